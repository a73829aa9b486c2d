import { describe, expect, it } from 'vitest'
import { said } from '../../../test/support/quotes'
import { readDocument } from '../language/document'
import type { Finding } from './domain'
import { readStatements } from './statements'
import { analyseDisclosures } from './rules'

/** The person–tie–brand facts a passage states, as "Person | tie | Brand". */
function ties(text: string): string[] {
  const body = `# A feature\n\nAn opening paragraph about shops and their owners.\n\n${text}\n`
  return readStatements({
    doc: readDocument(body),
    quotes: [],
    people: [],
    brandKeys: new Set(),
    leadBrand: null,
  })
    .filter((s) => s.tie)
    .map((s) => `${s.people.join(' & ')} | ${s.tie} | ${s.brandNames.join(', ')}`)
}

describe('a tie stated with "its" for the brand', () => {
  it('reads investors, shareholders and board seats owned by the brand named before', () => {
    expect(
      ties(
        'Pellam Outdoor now sells its tents in 40 countries, and Rhea Varga is one of its investors.',
      ),
    ).toEqual(['Rhea Varga | investor | Pellam Outdoor'])
    expect(
      ties(
        'Corrow Foods grew fast last year. Imran Dale, one of its shareholders, said he stayed calm.',
      ),
    ).toEqual(['Imran Dale | investor | Corrow Foods'])
    expect(ties('Halden Labs hired 40 chemists. Sofia Brandt has a seat on its board.')).toEqual([
      'Sofia Brandt | paid-consultant | Halden Labs',
    ])
    expect(
      ties('Halden Labs hired 40 chemists. Sofia Brandt sits on the company’s board.'),
    ).toEqual(['Sofia Brandt | paid-consultant | Halden Labs'])
    expect(ties('Halden Labs hired 40 chemists. Sofia Brandt joined its board in May.')).toEqual([
      'Sofia Brandt | paid-consultant | Halden Labs',
    ])
    expect(
      ties(
        'Halden Labs hired 40 chemists. One of its investors, Sofia Brandt, said it would grow.',
      ),
    ).toEqual(['Sofia Brandt | investor | Halden Labs'])
  })

  it('reads nothing when the tie noun is someone unnamed, or the board is no company’s', () => {
    // An investor who speaks is an unnamed person, no named person's tie.
    expect(
      ties('Pellam Outdoor had a slow winter. One of its investors said the market was cold.'),
    ).toEqual([])
    expect(
      ties('Pellam Outdoor had a slow winter. Rhea Varga said one of its investors was worried.'),
    ).toEqual([])
    // A library's board is a public body's.
    expect(ties('Rhea Varga has a seat on the board of the city library.')).toEqual([])
    // "its board" without a seat on it: what the company's board did.
    expect(ties('Pellam Outdoor met in May, and Rhea Varga praised its board.')).toEqual([])
    expect(ties('Pellam Outdoor met in May, and Rhea Varga wrote to its board.')).toEqual([])
    expect(ties('Rhea Varga teaches. She sits on the school’s board.')).toEqual([])
    expect(
      ties('Pellam Outdoor met in May, and Rhea Varga praised the company’s investors.'),
    ).toEqual([])
  })
})

describe('a tie through a relative’s business', () => {
  it('reads a business a relative founded, runs or owns, described beside its name', () => {
    expect(
      ties(
        'Lucan Ferris directs plays. Corvell Skin, the candle label his younger sister, Nell Ferris, started in 2020, now sells in 90 shops.',
      ),
    ).toEqual(['Lucan Ferris & Nell Ferris | family-or-business-tie | Corvell Skin'])
    expect(
      ties(
        'Jonah Reed sells bread. Copper Kettle, the café his sister runs with her husband, opened in 2019.',
      ),
    ).toEqual(['Jonah Reed | family-or-business-tie | Copper Kettle'])
    expect(
      ties('Jonah Reed sells bread. Copper Kettle, his sister’s café, opened in 2019.'),
    ).toEqual(['Jonah Reed | family-or-business-tie | Copper Kettle'])
    expect(ties('Jonah Reed sells bread. Copper Kettle is his sister’s café.')).toEqual([
      'Jonah Reed | family-or-business-tie | Copper Kettle',
    ])
  })

  it('reads a relative named before, in apposition, who opened or owns a business', () => {
    expect(
      ties(
        'Jonah Reed judges bread. Owner Fern Reed, Jonah’s sister, opened the Copper Kettle café in 2019.',
      ),
    ).toEqual(['Jonah Reed & Fern Reed | family-or-business-tie | Copper Kettle'])
    expect(
      ties('Jonah Reed judges bread. Fern Reed, his sister, opened Copper Kettle in 2019.'),
    ).toEqual(['Jonah Reed & Fern Reed | family-or-business-tie | Copper Kettle'])
  })

  it('reads no brand from a place after a relative’s business, or past a closed clause', () => {
    expect(ties('Nell Ferris writes. Her father ran a bakery in Leeds for years.')).toEqual([])
    expect(ties('Nell Ferris writes. The shop her sister runs sells Kestrel tents.')).toEqual([])
    // A name in the object still counts.
    expect(ties('Nell Ferris writes. Her husband co-owns the Kestrel bakery.')).toEqual([
      'Nell Ferris | family-or-business-tie | Kestrel',
    ])
  })

  it('reads a role in the business that the relative holds', () => {
    expect(ties('Harwell Bank sells loans. Its founder is Ada Brook’s brother.')).toEqual([
      'Ada Brook | family-or-business-tie | Harwell Bank',
    ])
    expect(ties('Harwell Bank sells loans. The bank’s owner is Ada Brook’s sister.')).toEqual([
      'Ada Brook | family-or-business-tie | Harwell Bank',
    ])
    expect(ties('Ada Brook sells loans. Her best friend is her brother.')).toEqual([])
    expect(ties('Ada Brook sells loans. The school’s founder is her brother.')).toEqual([])
  })

  it('reads nothing when what the relative opened is no business', () => {
    expect(ties('Jonah Reed judges bread. Fern Reed, his sister, opened the door.')).toEqual([])
    expect(
      ties('Jonah Reed judges bread. Fern Reed, Jonah’s sister, opened a Kestrel account in 2019.'),
    ).toEqual([])
  })

  it('reads nothing for a relative with no business, or a thing a relative only uses', () => {
    expect(ties('Jonah Reed sells bread. His sister lives in Leeds with her two dogs.')).toEqual([])
    expect(ties('Jonah Reed sells bread. Copper Kettle is his sister’s favourite café.')).toEqual(
      [],
    )
    expect(
      ties('Jonah Reed sells bread. His sister uses the Copper Kettle balm every day.'),
    ).toEqual([])
    // What a relative made that is no business: a school, a song.
    expect(
      ties('Jonah Reed sings. Hill Top, the school his mother founded in 1990, has 300 pupils.'),
    ).toEqual([])
  })
})

describe('a tie through pay for a task, or a company one owns', () => {
  it('reads "paid to <do something> for X" as paid work for X', () => {
    expect(
      ties('Ada Brook is a planner (she is also paid to run budgeting classes for Harwell Bank).'),
    ).toEqual(['Ada Brook | paid-consultant | Harwell Bank'])
    expect(ties('Ada Brook was paid to design two logos for Kestrel Mills last spring.')).toEqual([
      'Ada Brook | paid-consultant | Kestrel Mills',
    ])
  })

  it('reads no tie in paying to park, or a thing paid for by readers', () => {
    expect(ties('Ada Brook was paid to park for two hours by the gate.')).toEqual([])
    expect(ties('The new roof was paid for by readers.')).toEqual([])
  })

  it('reads an owner named before "who owns", and shares held through the company', () => {
    expect(
      ties(
        'Tom Hale—who owns Loaf & Ladle and, through it, one of Wenlow Dairy’s 20 shares—says the milk is good.',
      ),
    ).toEqual(['Tom Hale | investor | Loaf & Ladle, Wenlow Dairy'])
    expect(
      ties('Tom Hale owns Loaf & Ladle and, through it, one of Wenlow Dairy’s 20 shares.'),
    ).toEqual(['Tom Hale | investor | Loaf & Ladle, Wenlow Dairy'])
  })

  it('reads no stake in a company’s shares someone only talks about, or an owner in general', () => {
    expect(ties('Tom Hale said Wenlow Dairy’s shares fell 5 percent.')).toEqual([])
    expect(ties('A baker who owns a shop needs good flour.')).toEqual([])
    // A business the owner also has, which the piece is not about, is no tie it reads.
    expect(
      ties('The floor is run by Mia Lorne, who also owns Gull Lane Books across the road.'),
    ).toEqual([])
  })
})

describe('research funding is not read from a fund that is a noun', () => {
  it('reads no research from "its parking fund", and still from "X funds the trial"', () => {
    const research = (text: string) =>
      readStatements({
        doc: readDocument(`# A feature\n\nAn opening paragraph.\n\n${text}\n`),
        quotes: [],
        people: [],
        brandKeys: new Set(),
        leadBrand: null,
      })
        .filter((s) => s.research)
        .map((s) => s.research?.funder)
    expect(
      research(
        'The new hall, a joint project of the town and the builder Stonegate Homes, will cost $9 million, with the town paying $2 million from its road fund.',
      ),
    ).toEqual([])
    expect(research('Norvane funds the trial of 40 adults.')).toEqual(['Norvane'])
  })
})

const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'error')
const FILLER = [
  'The tour opens in March with three nights in Porto.',
  'She has two dogs and a garden she rarely sees.',
  'The critics have been kind this year.',
  'Her first role was in a school play.',
]
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join('\n\n')

describe('praise by a person tied through a relative or an investment', () => {
  const praise =
    '“The Corvell Skin night cream is the only thing I put on my face before a show,” says Lucan Ferris.'
  const tie =
    'Corvell Skin, the skincare label his younger sister founded in 2020, is now sold in 90 shops, and Lucan Ferris is one of its investors.'

  it('is an error when the tie is stated only far from the praise', () => {
    const body = `# A winter on stage\n\nLucan Ferris has played Hamlet 300 times, and he is tired.\n\n${praise}\n\n${filler(6)}\n\n${tie}\n`
    const r = analyseDisclosures({ body, quotes: said(body, { 'night cream': 'Lucan Ferris' }) })
    expect(errors(r.findings).map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
  })

  it('is fine with the tie beside the praise, and no error when the relative has no business', () => {
    const near = `# A winter on stage\n\n${praise} ${tie}\n\n${filler(6)}\n`
    expect(
      errors(
        analyseDisclosures({ body: near, quotes: said(near, { 'night cream': 'Lucan Ferris' }) })
          .findings,
      ),
    ).toEqual([])
    const none = `# A winter on stage\n\n${praise}\n\n${filler(6)}\n\nHis younger sister lives in Leeds and uses the cream too.\n`
    expect(
      errors(
        analyseDisclosures({ body: none, quotes: said(none, { 'night cream': 'Lucan Ferris' }) })
          .findings,
      ),
    ).toEqual([])
  })
})

describe('look-alikes of an owner, a relative’s business and a business owned (review, round 29)', () => {
  it('reads no tie for a dog owner, a business a relative ran until a year, or a product owned', () => {
    expect(
      ties(
        'Jonah Reed praised Pellam Outdoor. Dog owner Fern Reed, Jonah’s sister, says the moor path is closed.',
      ),
    ).toEqual([])
    expect(
      ties(
        'Tom Hale grew up above the Anchor, the café his late mother ran until 1990; it is now a gift shop.',
      ),
    ).toEqual([])
    expect(
      ties(
        'Pellam Outdoor makes tents. Rhea Varga, who owns a Pellam Outdoor tent and two of its jackets, says it is dry.',
      ),
    ).toEqual([])
  })

  it('reads no brand’s board when "its" is a club the sentence names by its kind', () => {
    expect(
      ties(
        'Pellam Outdoor sold out twice. The walking club she helped found now has 300 members, and Rhea Varga has a seat on its board.',
      ),
    ).toEqual([])
    expect(
      ties(
        'Pellam Outdoor sold out twice. A local charity now runs the hut, and Rhea Varga is one of its advisers.',
      ),
    ).toEqual([])
  })

  it('still reads a business owner by title, a relative’s business kept now, an owner of a business', () => {
    expect(
      ties(
        'Jonah Reed praised the Corner Loaf. Bakery owner Fern Reed, Jonah’s sister, says the Corner Loaf sells out by noon.',
      ).length,
    ).toBeGreaterThan(0)
    expect(
      ties(
        'Tom Hale grew up above the Anchor, the café his mother still runs, and loves its scones.',
      ),
    ).toEqual(['Tom Hale | family-or-business-tie | Anchor'])
  })
})

describe('"its founder" after a body named by its kind (review, round 29)', () => {
  it('reads no tie when "its" is a charity the sentence before names', () => {
    expect(
      ties(
        'Pellam Outdoor sold out twice. Rhea Varga also volunteers for a mountain rescue charity. Its founder is her brother, Tom Varga.',
      ),
    ).toEqual([])
  })

  it('still reads the brand’s founder when the brand is the one named', () => {
    expect(
      ties('Pellam Outdoor sold out twice this winter. Its founder is Rhea Varga’s brother.')
        .length,
    ).toBeGreaterThan(0)
  })
})
