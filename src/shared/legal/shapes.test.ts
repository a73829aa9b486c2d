import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'

/**
 * Round 30 shapes: gifts stated by how they came, business ties by referral or custom, money to
 * us denied, public bodies in news, a label read once, family ties by a passive or a relative
 * clause, investors listed, and a source's thanks for an event. Each with look-alikes in an
 * innocent sense. The sentences are written for the behaviour, not taken from any set.
 */

/** "kind tie [people] [brands] | text" for each disclosure of a whole short article. */
function read(body: string): string[] {
  const r = analyseDisclosures({ body })
  return r.disclosures.map(
    (d) =>
      `${d.kind}${d.tie ? ` ${d.tie}` : ''}${d.people?.length ? ` [${d.people.join(', ')}]` : ''}${d.brands?.length ? ` [${d.brands.join(', ')}]` : ''} | ${body.slice(d.start, d.end)}`,
  )
}

/** The kinds of disclosure read in a paragraph set in a short piece. */
function kinds(text: string): string[] {
  return analyseDisclosures({
    body: `# A short piece\n\n*By Mara Lindqvist*\n\nSome opening words about the subject.\n\n${text}\n`,
  }).disclosures.map((d) => d.kind)
}

/** The error findings of a whole article. */
function errorRules(body: string): string[] {
  return analyseDisclosures({ body })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.rule)
}

describe('a gift stated by how it came', () => {
  it('reads a thing that arrived free or as a sample, from its maker or to us', () => {
    for (const line of [
      'The Fenwick Barrier Balm ($18) is our pick. Each of the three balms arrived as a free sample from its maker.',
      'The Brevik Pour kettle ($89) is the best we have used. Our test unit came to us free from the brand.',
      'The Holt Ring lock ($65) is our top pick. It arrived as a gift from Holt Security.',
      'We liked the Tesk jacket ($120). The jacket came to us free of charge.',
      'The Dellmark Air laptop ($899) is our top pick. The laptop arrived free from Dellmark for this review.',
      'The Brevik Pour kettle ($89) is our top pick. All five kettles came courtesy of their makers.',
      'The Brevik Pour kettle ($89) is our top pick. Each one was a free sample from its maker.',
    ])
      expect(kinds(line)).toContain('gifted-product')
  })

  it('leaves arriving free of something, samples of water and giveaways to customers alone', () => {
    for (const line of [
      'Our mirror arrived free of scratches, which felt like a miracle after three moves.',
      'The lab tested a free sample of the city’s tap water and found it safe.',
      'Halden Water sends customers a free sample of its filter jug each spring, the company said.',
      'The software update came free for all owners in March.',
      'The first vaccines arrived free at the hospital from the maker, the ministry said.',
      'She came to us from Brevik Labs in 2019 and now runs the test kitchen.',
      // Advice, help or a magazine that came free is no product given.
      'The advice came to us free from the garden centre, and it was good advice.',
      'The magazine came to us free with the Sunday paper.',
      'Help came to us free from the neighbours when the shed blew down.',
      // Given free to someone else.
      'The laptops arrived free from Dellmark for the school’s pupils last week.',
      'The water was a sample from the river, taken at dawn.',
      'Each vial was a blood sample from the patient.',
      'The results came courtesy of the county lab.',
      'Her first pair of boots came courtesy of her grandmother.',
    ])
      expect(kinds(line)).toEqual([])
  })
})

describe('a business tie by referral or custom', () => {
  it('reads a company that sends a person work, refers clients, or brings her bookings', () => {
    expect(
      read(
        '# Roofs\n\nJolene Varga runs a roofing firm and is one of 900 contractors in Northgable’s repair network, which sends her insurance work. She says most roofs fail early.\n',
      ),
    ).toEqual([
      'material-connection family-or-business-tie [Jolene Varga] [Northgable] | which sends her insurance work.',
    ])
    expect(
      read(
        '# Physio\n\nDr Ivo Lund runs a small physiotherapy practice. Calder Sports Clinic refers patients to him.\n',
      ),
    ).toEqual([
      'material-connection family-or-business-tie [Ivo Lund] [Calder Sports Clinic] | Calder Sports Clinic refers patients to him.',
    ])
    // (Review of e97d51d: work a company hands out, not the public's bookings through a site.)
    expect(
      read(
        '# Holiday lets\n\nAna Ruiz cleans holiday cottages. Most of Ana Ruiz’s work comes through Stayful, the letting agency.\n',
      ),
    ).toEqual([
      'material-connection family-or-business-tie [Ana Ruiz] [Stayful] | Most of Ana Ruiz’s work comes through Stayful, the letting agency.',
    ])
  })

  it('leaves cards, a supplier relationship between companies and referrals to a body alone', () => {
    expect(
      read(
        '# Supplier deal for Halden Foods\n\nHalden Foods sends most of its orders through Brightway Logistics, the company said on Monday.\n\nAna Ruiz’s aunt sends her a card every Christmas.\n\nThe GP surgery refers patients to the Tarrow Hospital for scans.\n\nMost of her post comes through the letterbox late.\n',
      ),
    ).toEqual([])
    // Clients sent something, and clients from a city, are no custom passed on.
    expect(
      read(
        '# Notes from the high street\n\n*By Mara Lindqvist*\n\nHalden Bank sends her clients a newsletter every month, Ana Ruiz says.\n\nMost of Tom Hale’s clients come from London and Leeds.\n\nBrightway sends him a bill every quarter.\n',
      ),
    ).toEqual([])
    // A brand that is one of a person's clients still is a tie.
    expect(
      read('# Agencies\n\nAna Ruiz runs a small design agency. Orvo is one of her clients.\n'),
    ).toEqual([
      'material-connection paid-consultant [Ana Ruiz] [Orvo] | Orvo is one of her clients.',
    ])
    // What the clients do with a product the sentence points at is no tie; an apposition is.
    expect(
      read(
        '# Lamps\n\nAna Ruiz coaches shift workers. She recommends the Dormi Halo lamp. “It wakes you gently, and my clients fall asleep faster within a fortnight of using it,” she said.\n',
      ),
    ).toEqual([])
    expect(
      read(
        '# Agencies\n\nAna Ruiz runs a small design agency. Orvo, one of her clients, makes lamps.\n',
      ),
    ).toEqual([
      'material-connection paid-consultant [Ana Ruiz] [Orvo] | Orvo, one of her clients, makes lamps.',
    ])
    // Review, round 31: a name's possessive owns the list too, and a list the verb "include"
    // opens names its clients; people of the brand are not the brand.
    expect(
      read(
        '# Agencies\n\nAna Ruiz runs a small design agency. Orvo has been one of Ruiz’s clients since 2019.\n',
      ),
    ).toHaveLength(1)
    expect(
      read(
        '# Agencies\n\nAna Ruiz runs a small design agency. Ruiz’s clients include Orvo and two hotel chains.\n',
      ),
    ).toHaveLength(1)
    for (const line of [
      'Ruiz’s clients include Orvo customers who bought the lamp and still sleep badly.',
      'Ruiz’s clients include nurses who work nights at Orvo’s plant.',
      'Orvo sends Ruiz’s clients a discount code.',
      'Many of Ruiz’s clients use the Orvo Halo.',
    ])
      expect(read(`# Lamps\n\nAna Ruiz coaches shift workers. ${line}\n`), line).toEqual([])
  })
})

describe('money to us denied', () => {
  it('reads "we receive nothing from X", "which pays us nothing", "ones that pay us nothing"', () => {
    const body =
      '# Savings accounts\n\n*By Mara Lindqvist*\n\nSome banks pay us a fee when readers open an account through our links.\n\n- Orrin Bank Easy Saver: 4.2% interest. We receive nothing from Orrin.\n\nI bank with Fallow Building Society, which pays us nothing.\n\nWe list every account we found, including ones that pay us nothing, and the order is set by rate alone.\n\nNo bank paid to be included.\n'
    expect(read(body)).toEqual([
      'affiliate | Some banks pay us a fee when readers open an account through our links.',
      'other | We receive nothing from Orrin.',
      // (The writer's own account and the relative clause on it: one statement, round 31.)
      'other | I bank with Fallow Building Society, which pays us nothing.',
      'other | We list every account we found, including ones that pay us nothing',
      'other | No bank paid to be included.',
    ])
  })

  // Review of e97d51d (round 30): "gives us nothing" from no payer.
  it('leaves what the weather gives us alone; a payer that gives us nothing still reads', () => {
    expect(kinds('The sun gives us nothing in December, so the hotel lights fires.')).toEqual([])
    expect(
      kinds('I bank with Fallow Building Society, which gives us nothing for the mention.'),
    ).toEqual(['other'])
  })

  it('leaves what a council pays, what sources get and what a landlord pays tenants alone', () => {
    const body =
      '# Bridge bill split\n\nThe new footbridge will cost $4 million. The council pays nothing towards the bridge, and Kellet Rail will cover the rest, a spokesman said.\n\n"We receive nothing from the county for this," said councillor Ada Brook.\n\nWe get nothing from the council for running the food bank, volunteers say.\n\nTenants said the landlord pays them nothing for the repairs.\n\nI make nothing from selling eggs at the gate; it barely covers the feed.\n'
    expect(read(body)).toEqual([])
  })
})

describe('public bodies in news', () => {
  it('reads no tie in a board member’s title and no disclosure in a public body’s own review', () => {
    expect(
      read(
        '# Ferry board raises fares\n\nThe Tarrow Ferry Authority board voted 4-3 on Thursday to raise fares.\n\nCommuter passes will rise by about 12%, under a compromise offered by board member Ada Kell.\n\nA 2024 engineering review commissioned by the authority estimated that a new boat would cost $38 million.\n',
      ),
    ).toEqual([])
  })

  it('still reads a survey a company commissioned, and a board seat at a company', () => {
    expect(
      kinds(
        'In a 2026 survey of 2,000 homeowners commissioned by Northgable Home Insurance, 61% could not say how old their roof was.',
      ),
    ).toEqual(['material-connection'])
    expect(
      read(
        '# Labs\n\nHalden Labs hired 40 chemists. Sofia Brandt is a board member at Halden Labs.\n',
      ),
    ).toEqual([
      'material-connection paid-consultant [Sofia Brandt] [Halden Labs] | Sofia Brandt is a board member at Halden Labs.',
    ])
  })
})

describe('a sponsorship label read once', () => {
  it('reads “Paid partnership with X” as one sponsorship, and a person’s paid partnership as a tie', () => {
    expect(
      read(
        '# Protein\n\nTomas Wren praised Corewell protein in a post. The post is labelled "Paid partnership with Corewell" at the top.\n',
      ).map((x) => x.split(' |')[0]),
    ).toEqual(['sponsored [Corewell]'])
    expect(read('# Protein\n\nNews in brief.\n\nSupplier deal for Halden Foods agreed.\n')).toEqual(
      [],
    )
  })

  // Review of e97d51d: a relative "who" on a person's name keeps the person's tie beside the
  // sponsorship read from the same words (the endorsement two paragraphs before is an error).
  it('keeps the tie of a person named before “who has a paid partnership with X”', () => {
    const body =
      '# Running the coast path\n\n*By Ruth Ames*\n\n"The Kestrel Glide is the best trail shoe I have ever worn," said Maren Oduya.\n\nThe path is 30 miles long.\n\nThe race is held every December.\n\nOduya, who has a paid partnership with Kestrel, finished third.\n'
    expect(read(body).map((x) => x.split(' |')[0])).toContain(
      'material-connection family-or-business-tie [Maren Oduya] [Kestrel]',
    )
    expect(errorRules(body)).toContain('material-connection-undisclosed')
  })
})

describe('family ties by a passive, a relative clause or an owner’s title', () => {
  it('reads a gallery run by a critic’s husband', () => {
    expect(
      read(
        '# At the Tollgate Gallery\n\nThe new show at the Tollgate Gallery is the best this year.\n\nCritic Rosa Linde called it "a triumph".\n\nThe weather was kind for the opening.\n\nThe gallery is run by Linde’s husband, Piet Varga, who opened it in 2015.\n',
      ),
    ).toEqual([
      'material-connection family-or-business-tie [Rosa Linde, Piet Varga] [Tollgate Gallery] | The gallery is run by Linde’s husband, Piet Varga',
    ])
  })

  it('reads a sister who owns the bakery, named by a relative clause or by her title', () => {
    const head =
      '# Bakery wins prize\n\nOven & Ash, the sourdough bakery on Cale Street, has won gold at the National Bread Awards.\n\n"Their rye is simply the best bread in the north," said Jonah Whitlock, a food writer.\n\nThe bakery opened in 2019 and now employs 14 people.\n\n'
    expect(read(`${head}Fern Whitlock, who owns Oven & Ash, is Jonah's sister.\n`)).toContain(
      "material-connection family-or-business-tie [Jonah Whitlock, Fern Whitlock] [Oven & Ash] | is Jonah's sister.",
    )
    const titled = `${head}Owner Fern Whitlock, Jonah's sister, said the prize would pay for a second oven.\n`
    expect(read(titled)).toEqual([
      "material-connection family-or-business-tie [Jonah Whitlock, Fern Whitlock] [Oven & Ash] | Owner Fern Whitlock, Jonah's sister, said the prize would pay for a second oven.",
    ])
    expect(errorRules(titled)).toEqual(['material-connection-undisclosed'])
  })

  it('leaves a school run by a relative, a former business and a plain sister alone', () => {
    expect(
      read(
        '# School news\n\nThe primary school is run by Ada Brook’s mother, Jean Brook.\n\nThe Anchor café was run by Tom Hale’s father until 1990.\n\nFern Reed, who lives in Tarrow, is Jonah Reed’s sister.\n\nFern Reed, who owns a Harbourside jacket, is Jonah Reed’s sister.\n',
      ),
    ).toEqual([])
  })
})

// Review of e97d51d (round 30): whole articles in which a false tie would be an error (the
// person praises the piece's brand two paragraphs before the look-alike).
describe('a business named by its kind is the piece’s only when the kind fits', () => {
  const boots =
    '# Harbourside’s Fell boot on a wet moor\n\n*By Ruth Ames*\n\nHarbourside launched its Fell boot this month.\n\n"The Fell is the best boot I have worn in twenty years," said Ana Ruiz, a walking guide.\n\nThe boot costs £140 and was dry after six hours of rain.\n\n'
  it('leaves a pub run by a relative alone in a piece about a boot maker', () => {
    const body = `${boots}After the walk we ate at the Anchor in Tarrow. The pub is run by her brother, who cooked.\n`
    expect(read(body)).toEqual([])
    expect(errorRules(body)).toEqual([])
  })

  it('still reads the business, and the company, run by a relative', () => {
    // (The piece's brand, as the reader resolves it.)
    const company = read(`${boots}The company is run by her brother, Tom Ruiz.\n`)
    expect(company).toHaveLength(1)
    expect(company[0]).toMatch(/^material-connection family-or-business-tie \[Ana Ruiz, Tom Ruiz\]/)
    const bakery =
      '# Bakery wins prize\n\nOven & Ash, the sourdough bakery on Cale Street, has won gold.\n\n"Their rye is simply the best bread in the north," said Jonah Whitlock, a food writer.\n\nIt opened in 2019.\n\n'
    // A shop owner whose shop is another kind from the piece's business ties no one to it.
    const tie =
      'material-connection family-or-business-tie [Jonah Whitlock, Fern Whitlock] [Oven & Ash]'
    const shop = `${bakery}On Saturday, bookshop owner Fern Whitlock, Jonah's sister, said it would be busy.\n`
    expect(read(shop)).toEqual([])
    const own = `${bakery}On Saturday, bakery owner Fern Whitlock, Jonah's sister, said it would be busy.\n`
    expect(read(own)[0]).toContain(tie)
  })
})

describe('custom from the public through a site is no tie', () => {
  it('leaves bookings through a site or an app alone', () => {
    const body =
      '# The florist who never had a shop\n\nMia Holt has sold flowers from a van for six years.\n\n"Instagram is the best shop window I could ask for," said Holt.\n\nShe grows most of her stems on an allotment.\n\nMost of her bookings come through Instagram, she says.\n'
    expect(read(body)).toEqual([])
    expect(errorRules(body)).toEqual([])
    expect(
      read(
        '# Holiday lets\n\nAna Ruiz lets two cottages. Most of Ana Ruiz’s bookings come through Stayful, the holiday-rental site.\n',
      ),
    ).toEqual([])
  })
})

// Review of e97d51d (round 30), continued.
describe('a customer’s own orders, a panel of ours, a park given to a town', () => {
  it('leaves a shop sending a customer her orders alone', () => {
    const body =
      '# The village shop that went online\n\n*By Ruth Ames*\n\nMia Holt has lived in Fenby for twenty years.\n\n"Brightway is the best thing to happen to this village," said Holt.\n\nThe bus runs twice a week.\n\nBrightway sends her orders by van within a day.\n'
    expect(read(body)).toEqual([])
    expect(errorRules(body)).toEqual([])
    // A company passing a person its work still ties them.
    expect(
      read('# Roofs\n\nAna Ruiz fixes roofs. Northgable sends her insurance work.\n')[0],
    ).toContain('material-connection family-or-business-tie [Ana Ruiz] [Northgable]')
  })

  it('reads a gift to members of our own panel, not to a company’s customers', () => {
    expect(
      kinds('Halden Audio sent members of our review panel a pair each to test for a month.'),
    ).toEqual(['gifted-product'])
    expect(
      kinds('Halden Water sends customers a free sample of its filter jug each spring.'),
    ).toEqual([])
  })

  it('leaves a park or a hall given to a town alone; a tent lent to us is still a gift', () => {
    for (const line of [
      'The town park came as a gift from the Harbourside company in 1920.',
      'The village hall was a gift from Halden Mills to the parish.',
      'The benches on the promenade were a gift from the Harbourside company.',
    ])
      expect(kinds(line), line).toEqual([])
    expect(kinds('The tent we used was a loan from Harbourside.')).toEqual(['gifted-product'])
    expect(kinds('Our test unit arrived as a gift from Holt Security.')).toEqual(['gifted-product'])
  })
})

describe('investors listed', () => {
  it('reads the people a company’s investors include', () => {
    expect(
      read(
        '# Tents\n\nThe Pellam Ridge tent ($240) is the best two-person tent we have tested.\n\nPellam Outdoor makes tents in Kendal. Its investors include Ana Ruiz and Tom Hale.\n',
      ),
    ).toEqual([
      'material-connection investor [Ana Ruiz, Tom Hale] [Pellam Outdoor] | Its investors include Ana Ruiz and Tom Hale.',
    ])
  })

  it('leaves customers and funds among investors alone', () => {
    expect(
      read(
        '# Banks\n\nCorrow Foods had a slow year. Its customers include Rhea Varga.\n\nTarrow Bank grew. Its investors include a pension fund.\n',
      ),
    ).toEqual([])
  })
})

describe('a source’s thanks for an event', () => {
  it('is no gift; the writer’s own thanks for a stay still is one', () => {
    expect(
      read(
        '# Quiz night raises £2,000\n\n*By Ruth Ames*\n\nA charity quiz in Tarrow raised more than £2,000 for the lifeboat on Friday.\n\n"Thanks to Harrow Brewery for the prizes and to everyone who came," said organiser Pat Dunne.\n\nThe crew will spend the money on dry suits.\n',
      ),
    ).toEqual([])
    expect(kinds('Huge thanks to the Drover’s Arms for the room and the breakfasts.')).toEqual([
      'gifted-product',
    ])
  })
})
