import { describe, expect, it } from 'vitest'
import { brandKey } from '../language/brands'
import { readDocument } from '../language/document'
import type { QuoteRef } from './domain'
import { readStatements } from './statements'

/** Quotes in curly marks, all said by `speaker` (the tests write who says what). */
function quotes(body: string, speaker: string | null): QuoteRef[] {
  return [...body.matchAll(/“([^”]+)”/g)].map((m) => ({
    start: (m.index ?? 0) + 1,
    end: (m.index ?? 0) + 1 + (m[1]?.length ?? 0),
    speaker,
  }))
}

function read(body: string, speaker: string | null = null, known: string[] = []) {
  const doc = readDocument(body)
  return readStatements(
    {
      doc,
      quotes: quotes(body, speaker),
      people: [],
      brandKeys: new Set(known.map(brandKey)),
      leadBrand: null,
    },
    { knownBrands: known },
  )
}

const kinds = (body: string, speaker: string | null = null, known: string[] = []) =>
  read(`# A short piece\n\nSome opening words about the subject.\n\n${body}\n`, speaker, known).map(
    (s) => `${s.kind}/${s.wording}`,
  )

describe('affiliate notices, in any ordinary wording', () => {
  it.each([
    'We may earn a commission when you buy through links on this page.',
    'We may receive a small share of the sale if you purchase through the links below.',
    'This post contains affiliate links.',
    'When readers shop via our links, the Daily Crumb may be compensated.',
    'As an Amazon Associate, we earn from qualifying purchases.',
    'Items you purchase through links in this guide may earn Northwind Reviews a commission.',
    'We are paid a referral fee when you sign up for a card through this page.',
    'Retail partners may compensate us if you click through and buy.',
    'Heads up: Larkfield earns a commission on anything you buy through these links.',
  ])('“%s” is a clear affiliate notice', (text) => {
    expect(kinds(text)).toContain('affiliate/clear')
  })

  it('reads “offers from our partners” as an affiliate notice that does not say money changes hands', () => {
    expect(kinds('Some of the offers on this page are from our partners.')).toEqual([
      'affiliate/ambiguous',
    ])
    // Whatever the things are, when the page presents them.
    expect(
      kinds('Several of the savings accounts mentioned below come from our partners.'),
    ).toEqual(['affiliate/ambiguous'])
    expect(kinds('Many of the mattresses we review are from our partners.')).toEqual([
      'affiliate/ambiguous',
    ])
    expect(kinds('Some of the volunteers are from our partners at the food bank.')).toEqual([])
  })

  it('does not read money or links in ordinary prose as a notice', () => {
    expect(kinds('The company reported revenue of $41 million, up from last year.')).toEqual([])
    // Buying what is tested is an independence statement, not an affiliate notice.
    expect(kinds('We paid for everything we tested ourselves.')).toEqual(['other/clear'])
    expect(kinds('We do not earn commissions on any link in this guide.')).not.toContain(
      'affiliate/clear',
    )
  })
})

describe('sponsorship labels of every common form', () => {
  it.each([
    ['ADVERTISEMENT', 'sponsored/clear'],
    ['Sponsored content from Brightway Insurance', 'sponsored/clear'],
    ['Paid partnership with Calloway Energy', 'sponsored/clear'],
    ['Paid post from Orla Coffee', 'sponsored/clear'],
    ['This article was paid for by Kestrel Motors.', 'sponsored/clear'],
    ['This newsletter is sponsored by Orla Coffee.', 'sponsored/clear'],
    ['This is a paid promotion for Orla Coffee.', 'sponsored/clear'],
    ['This content was produced by our brand studio for Orla Coffee.', 'sponsored/clear'],
    ["A word from this week's sponsor, Orla Coffee.", 'sponsored/clear'],
    ['#travel #sponsored #sea', 'sponsored/clear'],
    ['Orla Coffee paid for this post.', 'sponsored/clear'],
    ['This piece is part of a paid partnership with Orla Coffee.', 'sponsored/clear'],
    ['This post is in partnership with Orla Coffee.', 'sponsored/clear'],
    ['Promoted', 'sponsored/ambiguous'],
    ["Today's issue is brought to you by Orla Coffee.", 'sponsored/clear'],
    ['Created in partnership with Orla Coffee', 'sponsored/clear'],
    ['This post was made in collaboration with Orla Coffee.', 'sponsored/ambiguous'],
    ['Great walk today #hiking #spon #outdoors', 'sponsored/ambiguous'],
    ['Out on the hills #sp', 'sponsored/ambiguous'],
  ])('“%s” → %s', (text, want) => {
    expect(kinds(text)).toContain(want)
  })

  it('takes a credit to a foundation or a nonprofit as a clear funding credit', () => {
    expect(
      kinds(
        'Our coverage of schools is produced in partnership with the Harlow Trust, a charity that funds local reporting.',
      ),
    ).toEqual(['sponsored/clear'])
    expect(kinds('Our health coverage is presented by the Mirren Foundation.')).toEqual([
      'sponsored/clear',
    ])
  })

  it('reads a known brand alone over the piece as a vague label', () => {
    expect(kinds('**ORLA COFFEE**', null, ['Orla Coffee'])).toEqual(['sponsored/ambiguous'])
  })

  it('does not read a bill’s sponsor, a promotion at work or an ad in the news as a label', () => {
    expect(kinds('The senator is the lead sponsor of the bill.')).toEqual([])
    expect(kinds('She was promoted to editor in 2019.')).toEqual([])
    expect(kinds('The party began running a television ad on Monday.')).toEqual([])
  })
})

describe('gifts and loans', () => {
  it.each([
    'Kestrel loaned me the car for a week.',
    'Review units were provided by the manufacturers.',
    'Manufacturers lent us the bikes, which we returned after testing.',
    'The hotel covered the cost of my stay.',
    'Our trip was paid for by Visit Harlow.',
    'We received the jacket free of charge from Alder Outdoors.',
    'Brands provided most of the tents in this guide for testing.',
    'Alder Outdoors sent complimentary jackets to our testers.',
    'It was a PR sample.',
    'This trip was organised and paid for by Visit Harlow.',
    'The writer travelled as a guest of Harlow Hotels.',
    'Accommodation was provided by Harlow Hotels.',
    'Samples were provided by the brands.',
    'The makers sent the kettles we tested.',
  ])('“%s” is a clear gift', (text) => {
    expect(kinds(text)).toContain('gifted-product/clear')
  })

  it('reads a thank-you to a brand as a gift it does not spell out', () => {
    expect(kinds('Thanks to Alder Outdoors for sending the jacket!')).toEqual([
      'gifted-product/ambiguous',
    ])
    expect(kinds('With thanks to Harlow Hotels for hosting my stay.')).toEqual([
      'gifted-product/ambiguous',
    ])
    // "A big thank-you to" (one word), "thank you to", and the brand's town between.
    expect(kinds('A big thank-you to Alder Outdoors for kitting us out.')).toEqual([
      'gifted-product/ambiguous',
    ])
    expect(kinds('Thank you to Alder Outdoors in Brennock for lending us tents.')).toEqual([
      'gifted-product/ambiguous',
    ])
    // A company whose name ends like a place ("&" makes it one); a place is thanked for nothing.
    expect(kinds('Thanks to Reel & Harbour for lending us rods.')).toEqual([
      'gifted-product/ambiguous',
    ])
    expect(kinds('Thanks to Marlow Harbour for the views.')).toEqual([])
    expect(
      kinds('We made it round thanks to Alder Outdoors in Brennock, which opens early.'),
    ).toEqual([])
  })

  it('does not read “thanks to” a cause, or readers sending questions, as a gift', () => {
    expect(kinds("Thanks to Kestrel's new motor, the car is quieter.")).toEqual([])
    expect(kinds('We put the questions readers send us to the doctor.')).toEqual([])
    expect(kinds('The company sent a statement to reporters.')).toEqual([])
    expect(kinds('Readers sent questions we tried to answer.')).toEqual([])
  })
})

describe('research a brand paid for', () => {
  it.each([
    'The survey was commissioned by Norvane Labs.',
    'According to a study paid for by Norvane Labs, the cream halves redness.',
    'Norvane-funded research found the cream halves redness.',
    'Testing was carried out by Halden Labs and paid for by Norvane.',
    'The trial, which Norvane sponsored, found fewer lines.',
    'Survey of 1,204 drivers conducted online by Pollmark on behalf of Kestrel Motors.',
    'Savings figures based on Kestrel customer data, 2024.',
  ])('“%s” discloses funded research', (text) => {
    expect(kinds(text)).toContain('material-connection/clear')
  })

  it('does not count research a public body paid for as an advertiser’s', () => {
    // Said so, it is an independence statement.
    expect(kinds('The study was funded by the Harlow City Council.')).toEqual(['other/clear'])
  })
})

describe('no-influence, independence and ownership statements', () => {
  it.each([
    'Norvane did not review this article before publication.',
    'The fund has no say over what we cover.',
    'Neither the author nor Galley Weekly has any financial interest in the companies mentioned.',
    'Our editors choose every product independently.',
    'We were not paid to write this review.',
    'Disclosure: the chairman of Kestrel sits on the board of Harlow Media, which owns this newspaper.',
    'Pellow Advisers holds no position in either bank.',
    'The writer owns no shares in Kestrel.',
    'The funder had no role in the design of the trial or the analysis of the data.',
    'The authors declare no competing interests.',
    'The researchers reported no other conflicts of interest.',
  ])('“%s” is an “other” disclosure', (text) => {
    expect(kinds(text)).toEqual(['other/clear'])
  })

  it('does not read an outside expert’s distance from a study as a disclosure', () => {
    expect(
      kinds('Dr. Hana Ode, who was not involved in the study, said the results were modest.'),
    ).toEqual([])
  })

  it('keeps a funder credit and the independence clause about the funder apart', () => {
    const found = read(
      'Our coverage of work is presented by the Mirren Foundation, which has no control over our reporting.\n',
    )
    expect(found.map((s) => `${s.kind}: ${s.form}`)).toEqual([
      'sponsored: statement',
      'other: statement',
    ])
  })

  it('keeps the no-influence half of a notice with the notice', () => {
    const [s, ...rest] = read(
      'Our editors pick every product independently; retailers may pay us when you buy through the links on this page.\n',
    )
    expect(rest).toEqual([])
    expect(s?.kind).toBe('affiliate')
  })
})

describe('a tie in a relative clause set off by dashes or brackets', () => {
  it.each([
    'The launch comes from the label Quillon—which pays Dr. Mara Vell as an ambassador—and its new balm.',
    'The label Quillon (which pays Dr. Mara Vell as an ambassador) launched a balm.',
  ])('“%s” is a material connection', (text) => {
    expect(kinds(text)).toContain('material-connection/clear')
  })
})

describe('news attributions are not disclosures', () => {
  it.each([
    'The cream works, said a spokeswoman for the company.',
    'Kestrel chief executive Jo Lee said sales rose.',
    'Sam Hart, a senior adviser at Ferrow Securities, said the deal was fair.',
    'Sam Hart, an adviser to the mayor, said the plan was fair.',
    'Sam Hart, a former consultant for the City Council, said the plan was fair.',
    'Jo Lee, who has led the company since 2015, said the bikes sold out.',
  ])('“%s”', (text) => {
    expect(kinds(text)).toEqual([])
  })
})
