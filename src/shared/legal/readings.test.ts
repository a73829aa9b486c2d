import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'

/**
 * Round 31 readings (issue 11): research funding stated by a compound ("a company-funded trial"),
 * a source's ties denied after "was not involved", favours below the price (a discounted or
 * loaned thing, travel at a brand's expense), holders listed with no possessor, the writer's own
 * custom with a bank; and misreadings removed (a source's "we" or an idiom read as paying our
 * way, a company's plan to fund more research, a job title in a news attribution). Every
 * sentence is written for the behaviour, with look-alikes in an innocent sense.
 */

/** "kind [people] | text" for each disclosure of a whole short article. */
function read(body: string): string[] {
  return analyseDisclosures({ body }).disclosures.map(
    (d) =>
      `${d.kind}${d.people?.length ? ` [${d.people.join(', ')}]` : ''} | ${body.slice(d.start, d.end)}`,
  )
}

/** A short news piece about a brand, with `text` as one of its paragraphs. */
function piece(text: string, brand = 'Oatwell', more = ''): string {
  return `# A short piece\n\nBy Tessa Whitcombe\n\n${brand}, a drinks maker in Leeds, sells ${brand} Barley in 400 shops. ${brand} was founded in 2015.\n\n${text}\n\n${more}${brand} Barley, £2, is sold at most supermarkets.\n`
}

/** The kinds of the disclosures read in `text`, set in a piece about a brand. */
function kindsIn(text: string, brand?: string, more?: string): string[] {
  const body = piece(text, brand, more)
  const at = body.indexOf(text)
  return analyseDisclosures({ body })
    .disclosures.filter((d) => d.start < at + text.length && d.end > at)
    .map((d) => d.kind)
}

describe('research funding stated by a compound', () => {
  it('reads a company, a maker or a manufacturer as the funder of the research after it', () => {
    for (const line of [
      'Daily barley drink cut cholesterol in office workers, company-funded trial finds',
      'A maker-backed study of 120 adults found the drink lowered cholesterol by 6%.',
      'The figures come from a manufacturer-sponsored 12-week clinical trial in Leeds.',
      'In a brand-funded survey, 61% of drinkers said they slept better.',
    ])
      expect(kindsIn(line), line).toEqual(['material-connection'])
  })

  it('leaves a compound that funds no research, and general funders, alone', () => {
    for (const line of [
      'The town’s company-funded pension scheme closed to new members in 2019.',
      'Staff get a company-funded phone and a gym pass.',
      'Industry-funded trials tend to report larger effects, researchers have long warned.',
      'A publicly funded study in Norway found no effect.',
    ])
      expect(kindsIn(line), line).not.toContain('material-connection')
  })
})

describe('a source who denies ties, after saying the source was not involved', () => {
  it('reads the ties denied after the first relative clause', () => {
    for (const line of [
      'Dr. Priya Lomax, a cardiologist who was not involved in the study and who said she has no ties to Oatwell or its competitors, called the results “modest”.',
      'Dr. Priya Lomax, who was not involved in the trial and has no financial ties to any drinks maker, called the results “modest”.',
      'Dr. Priya Lomax, who was not involved in the research and holds no shares in Oatwell, called the results “modest”.',
    ])
      expect(kindsIn(line), line).toEqual(['other'])
  })

  it('still reads an outside source who was only not involved as no disclosure', () => {
    for (const line of [
      'Dr. Priya Lomax, a cardiologist who was not involved in the study, called the results “modest”.',
      'Dr. Priya Lomax, who was not involved in the study and did not respond to questions about it, said the effect was small.',
      'Dr. Priya Lomax, who was not involved in the study and has not worked on barley, said the effect was small.',
    ])
      expect(kindsIn(line), line).toEqual([])
  })
})

describe('a favour below the price: a discounted or loaned thing, travel at a brand’s expense', () => {
  it('reads a person who had a thing cheaply or on loan from a brand', () => {
    const cases: [string, string][] = [
      [
        'Keira Lund, a nurse who received a discounted bike as part of Oatwell’s workplace pilot, rides to work.',
        'Keira Lund',
      ],
      ['Tomas Berg rides a loaned unit from Oatwell that he returns in March.', 'Tomas Berg'],
      ['Ana Price bought her bike at a reduced price through Oatwell’s staff scheme.', 'Ana Price'],
      ['Joel Hart was flown to Oatwell’s launch in Oslo at the company’s expense.', 'Joel Hart'],
      ['Mia Holt uses a subsidised e-bike from Oatwell on her commute.', 'Mia Holt'],
    ]
    for (const [line, who] of cases) {
      const got = read(piece(line)).filter((d) => d.startsWith('gifted-product'))
      expect(got, line).toHaveLength(1)
      expect(got[0], line).toContain(`[${who}]`)
    }
  })

  it('reads travel, a stay, a discount or a thing at cost a brand gave a person', () => {
    const cases: [string, string][] = [
      ['Oatwell flew Joel Hart to its launch in Oslo.', 'Joel Hart'],
      ['Oatwell covered Hart’s travel costs for the launch, Joel Hart said.', 'Joel Hart'],
      ['Oatwell paid Joel Hart’s travel expenses.', 'Joel Hart'],
      ['Oatwell put Joel Hart up at the Grand Hotel for the launch.', 'Joel Hart'],
      ['Joel Hart attended the launch as Oatwell’s guest.', 'Joel Hart'],
      ['Joel Hart got a 40 per cent discount from Oatwell on his order.', 'Joel Hart'],
      ['Oatwell gave Joel Hart a steep discount on the drink.', 'Joel Hart'],
      ['Joel Hart was given the crates at cost by Oatwell.', 'Joel Hart'],
      ['Joel Hart’s van was heavily discounted by Oatwell.', 'Joel Hart'],
      ['Joel Hart has been driving a van on loan from the company since March.', 'Joel Hart'],
    ]
    for (const [line, who] of cases) {
      const got = read(piece(line, 'Oatwell', '“It is a good drink,” said Joel Hart.\n\n')).filter(
        (d) => d.startsWith('gifted-product'),
      )
      expect(got, line).toHaveLength(1)
      expect(got[0], line).toContain(`[${who}]`)
    }
  })

  it('leaves a thing flown, one’s own costs, a guest of a person and codes alone', () => {
    const more = '“It is a good drink,” said Joel Hart.\n\n'
    for (const line of [
      'Oatwell flew its new crates to Oslo for the show.',
      'Oatwell flew Joel Hart’s van to Oslo for the show.',
      'The air ambulance flew Joel Hart to hospital.',
      'Joel Hart paid his own travel expenses.',
      'Joel Hart stayed in Oslo as his sister’s guest.',
      'Oatwell gave Joel Hart a discount code to share with his followers.',
      'Joel Hart got a 10 per cent discount from Oatwell, like every member of the cycling club.',
      'Joel Hart bought the van at cost from a friend.',
      'The new roof came at a cost of £40,000, Joel Hart said.',
      'Oatwell flew Joel Hart to hospital after the crash at the plant.',
      'Oatwell’s insurer, Harlow Cover, paid Joel Hart’s expenses after the crash.',
    ])
      expect(kindsIn(line, 'Oatwell', more), line).not.toContain('gifted-product')
  })

  it('reads the writer’s own as a gift to the publication', () => {
    expect(kindsIn('I was flown to Oatwell’s plant in Hull at the company’s expense.')).toEqual([
      'gifted-product',
    ])
    expect(kindsIn('I tested a loaned unit from Oatwell for a month.')).toEqual(['gifted-product'])
  })

  it('leaves a public offer, a loan of money and one’s own expense alone', () => {
    for (const line of [
      'Ferry tickets are sold at a reduced price on weekdays.',
      'Ana Price bought a discounted sofa from Oatwell in the January sale.',
      'Students can buy the drink at a reduced price through Oatwell’s website.',
      'Joel Hart flew to Oslo at his own expense.',
      'Joel Hart made jokes at the company’s expense all evening.',
      'Tomas Berg got a loaned painting from the city museum for his exhibition.',
      'The council loaned the school a minibus for the trip.',
    ])
      expect(kindsIn(line), line).not.toContain('gifted-product')
  })

  // Review, round 31: a customer's price, a customer's scheme, a brand's worker's own favour.
  it('leaves a customer’s discount and a worker’s loan alone', () => {
    for (const line of [
      'Mia Holt bought her heat pump at a reduced price through Oatwell’s trade-in scheme.',
      'Mia Holt bought her pump at a discounted rate through Oatwell’s cashback scheme, open to any household.',
      'Mia Holt got a discounted survey from Oatwell after her neighbour referred her.',
      'Mia Holt received a discounted quote from Oatwell, which she accepted.',
      'Mia Holt uses a discounted tariff from Oatwell that suits heat pumps.',
      'Mia Holt, who used a loaned ladder from Oatwell’s fitter to clear her gutters, laughed about it.',
      'Mia Holt got a 10 per cent discount from Oatwell for paying upfront.',
      'Mia Holt’s pump was discounted by Oatwell after a six-week delay.',
    ])
      expect(kindsIn(line), line).not.toContain('gifted-product')
  })
})

describe('holders listed with no possessor', () => {
  // The people are quoted further on, as a piece quotes the people it names.
  const quoted = '“It sells itself,” said Dane Whitfield. “We were lucky,” said Rosa Imrie.\n\n'
  it('reads every person a list of backers or investors names, and a stake said of them', () => {
    for (const line of [
      'Backers include Dane Whitfield himself, who holds a 30 per cent stake.',
      'Investors in Oatwell include Dane Whitfield and Rosa Imrie.',
      'Early backers included Dane Whitfield, a designer in Bristol.',
      'Dane Whitfield, who holds a 30 per cent stake, is its biggest backer.',
    ])
      expect(kindsIn(line, 'Oatwell', quoted), line).toEqual(['material-connection'])
    const [stake] = read(
      piece(
        'Backers include Dane Whitfield himself, who holds a 30 per cent stake.',
        'Oatwell',
        quoted,
      ),
    )
    expect(stake).toContain('who holds a 30 per cent stake')
  })

  it('leaves a list with no person, no company or not as the clause’s subject alone', () => {
    for (const line of [
      'Backers include two pension funds and a family office.',
      'Investors in government bonds include Dane Whitfield, he says.',
      'She met investors including Dane Whitfield at a dinner in Leeds.',
    ])
      expect(kindsIn(line, 'Oatwell', quoted), line).toEqual([])
  })
})

describe('the writer’s own custom with a bank', () => {
  const newsletter = (line: string) =>
    `# Small Coins Weekly\n\nBy Nell Farrow\n\nHarbour Bank pays 4.6 per cent on balances up to £25,000. Tarn Building Society pays 4.1 per cent.\n\n${line}\n\nThat is all for this week.\n`
  const kinds = (line: string) => {
    const body = newsletter(line)
    const at = body.indexOf(line)
    return analyseDisclosures({ body })
      .disclosures.filter((d) => d.start < at + line.length && d.end > at)
      .map((d) => d.kind)
  }

  it('reads the writer keeping money with, banking with or being a customer of a company', () => {
    for (const line of [
      'I keep my own emergency fund at Harbour Bank, because the app is simple.',
      'I have banked with Tarn Building Society for ten years.',
      'For the record, I hold my ISA with Harbour Bank.',
      'I’m a customer of Harbour Bank myself.',
      'I have an account with Harbour Bank myself.',
      'My own savings are with Tarn Building Society.',
    ])
      expect(kinds(line), line).toEqual(['other'])
  })

  it('leaves other people’s accounts, other things kept and advice alone', () => {
    for (const line of [
      'One reader said she keeps her emergency fund at a different bank entirely.',
      'I keep my bike at the station and I bank my wages on Fridays.',
      'Keep your emergency fund at a bank that pays at least 4 per cent.',
      '“I keep my savings at Harbour Bank,” said Rosa Imrie, a teacher in Hull.',
      'I have an account with a small building society in Hull.',
      'My mortgage is with a lender I found through a broker.',
      'I have an account with Instagram, but I rarely post.',
    ])
      expect(kinds(line), line).toEqual([])
  })
})

describe('misreadings removed', () => {
  it('reads no independence statement from a source’s “we” or from “buy ourselves time”', () => {
    for (const line of [
      '“We are spending four million dollars to buy ourselves maybe twenty years,” said Dale Ostrow, a councillor.',
      '“We bought the spare parts ourselves,” said Dale Ostrow, who runs the repair café.',
    ])
      expect(kindsIn(line), line).toEqual([])
    // The publication's own purchase stays one, and so does the writer's "bought myself at".
    expect(kindsIn('We bought the other four drinks ourselves.')).toEqual(['other'])
    expect(kindsIn('The fifth drink, which I bought myself at the corner shop, was flat.')).toEqual(
      ['other'],
    )
  })

  it('reads no funding from a company’s plan to fund more research', () => {
    for (const line of [
      'Oatwell said in a statement that the results were encouraging and that it planned to fund a second trial next year.',
      'Oatwell hopes to sponsor a larger study in schools.',
      'Oatwell will fund a follow-up study in 2027, the company said.',
    ])
      expect(kindsIn(line), line).toEqual([])
    for (const line of [
      'Oatwell funded the trial.',
      'Oatwell will fund the trial, which starts in May.',
    ])
      expect(kindsIn(line), line).toEqual(['material-connection'])
  })

  it('reads no disclosure from a source’s job title in a news attribution', () => {
    for (const line of [
      '“Oatwell is the most exciting drinks company in the country,” said Felix Amani, a managing partner at Loftwell Capital.',
      '“The deck will be recycled steel,” said Sam Ortiz, head of product at Oatwell.',
      'Sam Ortiz, head of product at Oatwell, told the hearing the drink would be reformulated.',
    ])
      expect(kindsIn(line), line).toEqual([])
  })
})

describe('a gift whose thing stands before its giver', () => {
  const more = '“It is a good drink,” said Joel Hart.\n\n'
  it('reads a thing a brand gave, sent or lent a person, named before the giver', () => {
    for (const line of [
      'Above: Joel Hart beside the chiller that the company gave his shop in 2024.',
      'Joel Hart stores his crates in a chiller the company gave him in 2024.',
      'Joel Hart says the chiller Oatwell sent him last spring hums all night.',
      // The thing, then the person after "to": "gave it to him free of charge".
      'Joel Hart loves the chiller. Oatwell gave it to him free of charge last year.',
    ]) {
      const got = read(piece(line, 'Oatwell', more)).filter((d) => d.startsWith('gifted-product'))
      expect(got, line).toHaveLength(1)
      expect(got[0], line).toContain('[Joel Hart]')
    }
  })

  it('leaves advice, a job and a name given, and a giver who is no brand, alone', () => {
    for (const line of [
      'The advice the company gave him in 2024 turned out to be right, Joel Hart said.',
      'The job Oatwell gave him in 2019 was his first, Joel Hart said.',
      'Joel Hart still uses the name his parents gave him.',
      'The loan the company gave him in 2019 is paid off, Joel Hart said.',
    ])
      expect(kindsIn(line, 'Oatwell', more), line).not.toContain('gifted-product')
    // Given to a school: no person's gift.
    const school = 'Joel Hart built the chiller, and Oatwell gave it to the school free of charge.'
    expect(read(piece(school, 'Oatwell', more)).filter((d) => d.includes('[Joel Hart]'))).toEqual(
      [],
    )
  })
})

describe('a relative clause with an aside inside it', () => {
  const newsletter = (line: string) =>
    `# Spoke Notes, issue 41\n\nBy Pip Arden\n\nThree things this week: lights, locks and a ride to the coast.\n\n${line}\n\nThe Halvard D-lock costs £79 at most bike shops.\n\nSee you next week.\n`
  it('goes on after the aside: the antecedent pays for the issue', () => {
    for (const line of [
      'Halvard, who (again) are paying for this issue, asked me to mention their new D-lock.',
      'Halvard, who — once again — are paying for this issue, asked me to mention their D-lock.',
      'Halvard, who are paying for this issue, asked me to mention their new D-lock.',
    ]) {
      const body = newsletter(line)
      const at = body.indexOf(line)
      const got = analyseDisclosures({ body }).disclosures.filter(
        (d) => d.start < at + line.length && d.end > at,
      )
      expect(
        got.map((d) => d.kind),
        line,
      ).toEqual(['sponsored'])
    }
  })

  it('reads no sponsor when the antecedent is no brand or pays for something else', () => {
    for (const line of [
      'Our readers, who (as ever) are paying for this issue, deserve a thank-you.',
      'Halvard, who (again) are opening a shop in Leeds, asked me to mention their new D-lock.',
    ]) {
      const body = newsletter(line)
      const at = body.indexOf(line)
      const got = analyseDisclosures({ body }).disclosures.filter(
        (d) => d.start < at + line.length && d.end > at,
      )
      expect(
        got.map((d) => d.kind),
        line,
      ).not.toContain('sponsored')
    }
  })
})
