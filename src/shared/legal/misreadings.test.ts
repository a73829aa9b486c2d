// Sentences that rules of the round after blind7 misread (a review of that round found them):
// each must read as it did before those rules, and the sentences the rules were built for as
// they do now (their own tests, in abilities.test.ts).
import { describe, expect, it } from 'vitest'
import { at, check, errors, filler, statements } from '../../../test/support/legal'

describe('doubt about independent evidence is not research presented as independent', () => {
  const article = (sentence: string) =>
    `# Nasal spray cut colds short, trial finds\n\nA trial of 300 adults found that a nasal spray from Pellcourt Labs shortened colds by a day.\n\n${sentence}\n\n${filler(6)}\n\n*The trial was paid for by Pellcourt Labs.*\n`

  it('gives no error when the clause denies, awaits or asks for the independent evidence', () => {
    for (const sentence of [
      'Critics say there is no independent evidence that the spray works.',
      'There is still no independent confirmation of the result.',
      'Regulators have asked for independent verification before the spray can carry the claim.',
      'Until there is independent proof, doctors should not recommend it, said Dr Ana Ruiz.',
      'Patient groups are calling for independent corroboration of the figures.',
    ])
      expect(errors(check(article(sentence)).findings)).toEqual([])
  })

  it('still gives the error when the research itself is called independent evidence', () => {
    const body = article(
      'Pellcourt Labs described the result as independent evidence of its claims.',
    )
    const err = errors(check(body).findings)
    expect(err.map((f) => f.rule)).toEqual(['paid-research-undisclosed'])
    expect(at(body, err[0])).toMatch(/independent evidence/)
  })

  it('reads no research from paragraphs far before', () => {
    const body = `# Colds\n\nA trial of 300 adults found that a nasal spray from Pellcourt Labs shortened colds by a day.\n\n${filler(4)}\n\nThe pharmacist called her advice independent proof that rest works.\n\n${filler(2)}\n\n*The trial was paid for by Pellcourt Labs.*\n`
    expect(errors(check(body).findings)).toEqual([])
  })
})

describe('only a choice of the brand urged, and only a review’s own verdict, is the writer’s endorsement', () => {
  const column = (sentence: string, headline = 'The hill road') =>
    `# ${headline}\n\n*By Ana Ruiz*\n\n${sentence}\n\n${filler(4)}\n\n*Ana Ruiz is a paid adviser to Hallworth Coaches.*\n`

  it('reads no endorsement from an ordinary imperative that names the brand', () => {
    for (const sentence of [
      'Pick any weekday and Hallworth Coaches runs late on the hill.',
      'Give Hallworth Coaches time, and the timetable will settle.',
      'Back in March, Hallworth Coaches cut the evening service.',
    ])
      expect(errors(check(column(sentence)).findings)).toEqual([])
  })

  it('still reads the writer urging the choice of the brand', () => {
    for (const sentence of [
      'Hallworth Coaches has run the airport route for a decade. Give it the contract.',
      'Choose Hallworth Coaches, and do it before the summer.',
    ])
      expect(errors(check(column(sentence)).findings).map((f) => f.rule)).toEqual([
        'material-connection-undisclosed',
      ])
  })

  it('reads no review of a product from a headline where "review" is a verb, or from words others wrote', () => {
    const headline = 'Council to review Hallworth Coaches contract'
    for (const sentence of [
      'The cheapest bid in the county, and the slowest. Ask anyone on the hill.',
      'Easily the most reliable timetable the town has had, officers wrote in March.',
    ])
      expect(errors(check(column(sentence, headline)).findings)).toEqual([])
  })
})

describe('a bracketed tag after a name', () => {
  it('reads nothing after a person’s name, or from “(AD)” in capitals', () => {
    for (const text of [
      'The owner, Marta Kovach (sp), said the shop opened in 2019.',
      'The fort was rebuilt by Hadrian (AD) and later abandoned.',
    ])
      expect(statements(text)).toEqual([])
  })

  it('still reads “(spon)” after a business’s name as a vague sponsorship label', () => {
    const found = statements('Our friends at Harlow Insurance (spon) have a cyclist policy.')
    expect(found.map((s) => [s.kind, s.wording, s.brandNames])).toEqual([
      ['sponsored', 'ambiguous', ['Harlow Insurance']],
    ])
  })
})

describe('“paying me for” a piece', () => {
  it('is the piece’s sponsorship whatever words come before the piece', () => {
    for (const text of [
      'Brightwell is paying me for this post.',
      'Brightwell is paying me for a sponsored post next month.',
    ]) {
      const found = statements(text)
      expect(found.map((s) => s.kind)).toEqual(['sponsored'])
    }
  })
})

describe('“No” that is no subject', () => {
  it('reads the tie in “No wonder X has been paying me”, as without the “No wonder”', () => {
    // (A "No," before it, an interjection, is read past as well.)
    const piece = (line: string) =>
      `# Kettles\n\n*By Ana Ruiz*\n\nThe Brightwell Pour is the best kettle I have used this year.\n\n${filler(4)}\n\n${line}\n`
    for (const line of [
      'No wonder Brightwell has been paying me since May.',
      'No, Brightwell has been paying me since May.',
    ])
      expect(errors(check(piece(line)).findings).map((f) => f.rule)).toEqual(
        errors(check(piece('Brightwell has been paying me since May.')).findings).map(
          (f) => f.rule,
        ),
      )
  })

  it('still reads “Nobody is paying me” and “No brand is paying me” as saying no one pays', () => {
    for (const text of [
      'Nobody is paying me to write this.',
      'No brand is paying me to write this.',
    ])
      expect(statements(text).map((s) => s.kind)).toEqual(['other'])
  })
})

describe('a credit “in partnership with”', () => {
  it('is no sponsorship when what was made is a survey, an exhibition or an event of others', () => {
    for (const text of [
      'The exhibition was organised in partnership with Oxfam, and runs until May.',
      'The survey was produced in collaboration with Ipsos, which polled 2,000 adults.',
      'The match was hosted in association with Harnley Rugby Club.',
    ])
      expect(statements(text).filter((s) => s.kind === 'sponsored')).toEqual([])
  })
})

describe('“a X owner”: a customer who owns the product, not a stake in the maker', () => {
  const piece = (sentence: string) =>
    `# Mowers for small lawns\n\n${sentence}\n\n${filler(2)}\n\nThe Lawnwick Go is the quietest mower we tried, at £649.\n`

  it('makes no tie for an owner of the brand’s product', () => {
    for (const sentence of [
      'Ines Porter, a Lawnwick owner in the valley, said hers had “paid for itself in a summer.”',
      'Longtime Lawnwick owners say the mower “is the best you can buy.”',
    ])
      expect(check(piece(sentence), { paid: 'Ines Porter' }).connections).toEqual([])
  })

  it('still reads a stake: the brand’s owner, the owner of it, a co-owner, a café’s or a company’s owner, an owner since a year', () => {
    for (const [sentence, brand] of [
      ['Lawnwick’s owner, Ines Porter, said the mower “is the best you can buy.”', 'Lawnwick'],
      ['Ines Porter, the owner of Lawnwick, said the mower “is the best you can buy.”', 'Lawnwick'],
      ['Ines Porter, a Lawnwick co-owner, said the mower “is the best you can buy.”', 'Lawnwick'],
      ['Ines Porter, a Kestrel Café owner, said the beans “are the best you can buy.”', 'Kestrel'],
      [
        'Ines Porter, a Quayle Labs owner, says the Lawnwick Go “is the best you can buy.”',
        'Quayle',
      ],
      ['“It is the best you can buy,” said Ines Porter, a Lawnwick owner since 2016.', 'Lawnwick'],
    ] as const) {
      const ties = check(piece(sentence)).connections
      expect(ties.map((t) => [t.person, t.kind])).toEqual([['Ines Porter', 'investor']])
      expect(ties[0]?.brand).toContain(brand)
    }
  })
})

describe('paying someone a visit, or paying a trade oneself, is not the publication’s paid tie', () => {
  const tied = (text: string) =>
    check(`# Notes from the quay\n\nBy Tom Reyes\n\n${text}\n`)
      .disclosures.filter((d) => d.kind === 'material-connection')
      .map((d) => d.people)

  it('reads nothing from an idiom of paying or from the writer’s own errand', () => {
    for (const text of [
      'Orla Penhale has thrown pots by the harbour since 1981. In June we paid her a visit to look at the new wheel.',
      'The plasterer, Joss Merrow, came in May. I paid him to patch the ceiling in the hall, and he left in July with the job half done.',
      'When Orla Penhale closed the shop, we paid her a call to say goodbye.',
    ])
      expect(tied(text)).toEqual([])
  })

  it('still reads the publication paying a person for time or work', () => {
    expect(
      tied(
        'Orla Penhale, a potter, judged the glazes for us. We paid her for three hours of her time.',
      ),
    ).toEqual([['Orla Penhale']])
  })
})

describe('“my … bought second-hand” outside the writer’s family and the piece’s brand is no independence statement', () => {
  const others = (text: string) =>
    check(`# Why the buses keep failing\n\n${text}\n`)
      .disclosures.filter((d) => d.kind === 'other')
      .map((d) => d.kind)

  it('reads nothing from a council, a source’s quote, a Q&A answer or a first car', () => {
    for (const text of [
      'Our council bought second-hand buses from Derby in 2016, and a third of them have failed inspection.',
      '“My baler was bought second-hand in 1988 and it has never let me down,” said Ines Porter, who farms near Lisk.',
      'Q: What do you drive to work?\n\nA: My Sprinter, bought used from a plumber in Lisk, has done 250,000 miles.',
      'My first car was a Vauxhall Nova, bought second-hand in 1997 for £500.',
    ])
      expect(others(text)).toEqual([])
  })
})

describe('a comma aside between the writer’s “I am” and the place held', () => {
  it('still reads the writer’s place', () => {
    const text = 'I am, as regular readers will know, a trustee of the Lisk Harbour Trust.'
    expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['other', text]])
  })
})

describe('a denial beside the piece’s name, in a statement of its own', () => {
  const kinds = (sentence: string) =>
    check(`# Heat pumps\n\n${sentence}\n\n${filler(3)}\n`).disclosures.map((d) => d.kind)

  it('reads no denial of the piece when a colon or a speech verb starts another statement', () => {
    for (const sentence of [
      'Every winter, the same letters arrive at this paper: heat pumps don’t work in the cold.',
      'This paper says heat pumps don’t work in the cold.',
      'The same question reaches this newsletter every week: why don’t the trains run on time?',
    ])
      expect(kinds(sentence)).toEqual([])
  })

  it('still reads the piece’s own denials', () => {
    for (const sentence of [
      'This article was not sponsored.',
      'This review, which we wrote ourselves, was not paid for by any brand.',
      'This newsletter is not funded by any of the companies it mentions.',
    ])
      expect(kinds(sentence)).toEqual(['other'])
  })
})

describe('what a place hands every customer is no gift', () => {
  it('gives no error on a travel review for a free map at check-in', () => {
    const body = `# Two nights at the Gullhaven Hotel\n\n*By Ana Ruiz*\n\nThe Gullhaven Hotel gave me a free map of the coast path at check-in.\n\n${filler(4)}\n\nThe Gullhaven Hotel is the best base on the coast, and its breakfast is superb.\n`
    expect(check(body).disclosures.map((d) => d.kind)).toEqual([])
    expect(errors(check(body).findings)).toEqual([])
  })

  it('still reads a free night or a pair of boots given to the writer', () => {
    for (const sentence of [
      'The Gullhaven Hotel gave me a free night to try the spa.',
      'Fellmark gave me a free pair of boots to test.',
    ])
      expect(check(`# Notes\n\n${sentence}\n`).disclosures.map((d) => d.kind)).toEqual([
        'gifted-product',
      ])
  })
})

describe('ties told in a credit or a bio line (blind13’s first look, a tuning set now)', () => {
  const ties = (sentence: string) =>
    check(`# Notes\n\nJo Pike races gravel for a living.\n\n${sentence}\n`).disclosures.map(
      (d) => d.kind,
    )

  it('reads "X, her team sponsor" and a relative’s job at a firm', () => {
    for (const sentence of [
      'Photo: Tom Hale, courtesy of Aerovane, her team sponsor since 2023.',
      'Aerovane, her sponsor since 2023, made the helmet.',
      'Her husband, Callum Reyes, is a senior adviser at Keystead Mortgage Partners.',
    ])
      expect(ties(sentence)).toEqual(['material-connection'])
  })

  it('reads no tie in a team, an employer named as a public body, or a sponsor of something else', () => {
    for (const sentence of [
      'Leeds Rhinos, her team, won the cup.',
      'The council, her employer, said no.',
      'Aerovane sponsors the race, which she won.',
    ])
      expect(ties(sentence)).toEqual([])
  })
})

// Review round 32: "my car", "our car" after a verb of giving read as a gift to the writer even
// when the writer was the one giving.
describe('the writer giving something away is no gift received', () => {
  const kinds = (line: string) =>
    check(`# Notes from a car-free year\n\nBy Wren Ashdown\n\n${line}\n`).disclosures.map(
      (d) => d.kind,
    )

  it('reads no disclosure in the writer’s own giving', () => {
    for (const line of [
      'I gave up my car last spring and have not missed it once.',
      'We gave up our car when the second baby came.',
      'I gave my car to my nephew in March.',
      'We gave our car away to a neighbour.',
    ])
      expect(kinds(line), line).toEqual([])
  })

  it('still reads a gift to the writer, passive or from a brand', () => {
    for (const line of [
      'We were lent our car by Tovik Motors for the trip.',
      'Tovik Motors covered the cost of my stay.',
    ])
      expect(kinds(line), line).toEqual(['gifted-product'])
  })
})
