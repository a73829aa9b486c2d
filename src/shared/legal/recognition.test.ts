import { describe, expect, it } from 'vitest'
import { readDocument } from '../language/document'
import type { QuoteRef } from './domain'
import { analyseDisclosures } from './rules'
import { readStatements } from './statements'

/**
 * Disclosure statements recognised by what they mean, in several wordings each: independence
 * and no-conflict statements, funding of research and events, ownership and other ties in any
 * combination, gifts and thank-yous, disclosures in bios, captions and notes, affiliate notices
 * and sponsorship labels. Every sentence is written for the behaviour; every name is invented.
 */

function quotes(body: string, speaker: string | null): QuoteRef[] {
  return [...body.matchAll(/“([^”]+)”/g)].map((m) => ({
    start: (m.index ?? 0) + 1,
    end: (m.index ?? 0) + 1 + (m[1]?.length ?? 0),
    speaker,
  }))
}

function read(text: string) {
  const body = `# A short piece\n\nSome opening words about the subject.\n\n${text}\n`
  const doc = readDocument(body)
  const found = readStatements({
    doc,
    quotes: quotes(body, null),
    people: [],
    brandKeys: new Set(),
    leadBrand: null,
  })
  return found.map((s) => ({ ...s, text: body.slice(s.start, s.end) }))
}

const kinds = (text: string) => read(text).map((s) => `${s.kind}/${s.wording}`)

describe('independence and no-conflict statements (other), read from a denied relation', () => {
  it.each([
    'Marta Vell has no financial ties to any of the companies named here.',
    'Dr. Osei has no relationship with Brindle Audio or any other headphone maker.',
    'Kellan Reyes received no payment from Orvo for this interview.',
    'Neither researcher received personal payment from the manufacturer.',
    'Kellan Reyes did not receive any money from the brands he tested.',
    'Jonas Pike was not involved in the study.',
    'This article was not sponsored.',
    'This review is not paid for by any brand.',
    'Nobody paid for this post.',
    'Brands cannot pay to appear on this list.',
    'No company can buy a place in our rankings.',
    'None of the companies featured paid to be included.',
    'Neither of the other two experts has any tie to the brands mentioned.',
    'She does not work for any of the brands she reviews.',
    'The reviewer is not employed by any manufacturer.',
    'Grove has never taken money from a supplement company.',
    'Dr. Lin says she has no commercial relationship with Pellow.',
  ])('“%s”', (text) => {
    expect(kinds(text)).toEqual(['other/clear'])
  })

  it.each([
    'We buy every product we test ourselves.',
    'We bought all the blenders at full price.',
    'Every mattress was bought at list price with our own money.',
    'I paid for the course out of my own pocket.',
  ])('the writer’s own purchase: “%s”', (text) => {
    expect(kinds(text)).toEqual(['other/clear'])
  })

  it('keeps the span of the statement', () => {
    const [s] = read('Disclosure: Marta Vell has no financial ties to Orvo; she tested it at home.')
    expect(s?.text).toBe('Disclosure: Marta Vell has no financial ties to Orvo')
  })

  it('reads no tie, gift or sponsorship out of a denial', () => {
    expect(kinds('This post is not sponsored by Orvo.')).toEqual(['other/clear'])
    expect(kinds('No brand sent us anything for this guide.')).toEqual(['other/clear'])
  })

  it.each([
    'The council did not fund the library’s repairs this year.',
    'Kestrel did not pay its suppliers on time.',
    'He never worked for a bank before joining the paper.',
    'No company has sold more phones this year.',
    'The firm never owned the building.',
    'Did Orvo pay for this trip?',
    'Dr. Hana Ode, who was not involved in the study, said the results were modest.',
    'She bought the shoes in 2019 and loved them.',
    'We bought it at the airport.',
    'The study did not find any benefit.',
    'The company has not said whether the trial was funded.',
  ])('news and narrative are not: “%s”', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('funding of research, projects and events', () => {
  it.each([
    'The trial was funded by Halvik Health.',
    'The study was paid for by Brisa Foods.',
    'Brisa Foods provided the devices and funded the trial.',
    'The project was carried out with support from Teller Pharma.',
    'The researchers received a grant from Teller Pharma.',
    'Teller Pharma paid for the conference where the results were presented.',
    'Teller Pharma funded half of the trial.',
  ])('by a company, a tie: “%s”', (text) => {
    expect(kinds(text)).toContain('material-connection/clear')
  })

  it.each([
    'The work was funded by the regional government and a national research council.',
    'The research received a grant from the Hallam Trust.',
    'The trial was paid for by the Orrin University Hospital.',
    'The study had funding from the national health service.',
  ])('by a public or independent body, said so (other): “%s”', (text) => {
    expect(kinds(text)).toEqual(['other/clear'])
  })

  it('keeps a foundation’s credit for the coverage a sponsorship', () => {
    expect(kinds('Our coverage of research is funded by the Mirren Foundation.')).toEqual([
      'sponsored/clear',
    ])
  })
})

describe('ownership, investment, advice, employment and family ties, in any combination', () => {
  const tie = (text: string) =>
    read(text)
      .filter((s) => s.kind === 'material-connection')
      .map((s) => `${s.people.join('+')} → ${s.brandNames.join('+')} (${s.tie}, ${s.wording})`)

  it.each([
    [
      'Last year Ana Ruiz bought a minority stake in Pellow and is paid to advise the company.',
      'Ana Ruiz → Pellow (investor, clear)',
    ],
    ['Ana Ruiz has an equity stake in Pellow.', 'Ana Ruiz → Pellow (investor, clear)'],
    ['Ana Ruiz holds shares in Pellow.', 'Ana Ruiz → Pellow (investor, clear)'],
    ['Tom Hale co-founded Brightloom in 2016.', 'Tom Hale → Brightloom (investor, clear)'],
    [
      'Tom Hale is a partner at Fenwick Ventures.',
      'Tom Hale → Fenwick Ventures (undefined, clear)',
    ],
    [
      'Tom Hale is a Brightloom partner.',
      'Tom Hale → Brightloom (family-or-business-tie, ambiguous)',
    ],
    [
      "Ana Ruiz is on Brightloom's advisory board.",
      'Ana Ruiz → Brightloom (paid-consultant, clear)',
    ],
    [
      'Ana Ruiz sits on the advisory board of Brightloom.',
      'Ana Ruiz → Brightloom (paid-consultant, clear)',
    ],
    [
      'Dr. Mei Lin works part-time for Pellow as a consultant.',
      'Mei Lin → Pellow (paid-consultant, clear)',
    ],
    ['Dr. Mei Lin was previously employed by Pellow.', 'Mei Lin → Pellow (paid-consultant, clear)'],
    [
      "Dr. Mei Lin's daughter works in marketing at Pellow.",
      'Mei Lin → Pellow (family-or-business-tie, clear)',
    ],
    [
      'Ana Ruiz is a dermatologist. Her husband runs Calder Optics.',
      'Ana Ruiz → Calder Optics (family-or-business-tie, clear)',
    ],
    ['Pellow pays Dr. Mei Lin a retainer.', 'Mei Lin → Pellow (paid-consultant, clear)'],
  ])('“%s”', (text, want) => {
    expect(tie(text)).toContain(want)
  })

  it('reads no tie from a denied holding or a reader’s purchase', () => {
    expect(kinds('Ana Ruiz has no stake in Pellow.')).toEqual(['other/clear'])
    expect(tie('Tom Hale is a partner at the law firm.')).toEqual([])
    expect(kinds('Ana Ruiz bought shares in Pellow last year.')).not.toContain('affiliate/clear')
  })
})

describe('gifts, loans and thank-yous', () => {
  it.each([
    'Orvo sent us the headphones to try.',
    'The blender was provided free of charge by Orvo.',
    'The bike was loaned by Orvo for a month.',
    'The jacket was gifted by Orvo.',
    'Our review unit was supplied by Orvo.',
  ])('a clear gift or loan: “%s”', (text) => {
    expect(kinds(text)).toContain('gifted-product/clear')
  })

  it('a gift to a person the piece quotes, named or as the group it features', () => {
    const body = `# Quiet homes\n\nPaid content from Orvo Audio\n\n“It changed our evenings,” says Lena Marsh.\n\n“I hear the birds again,” says Tomas Petrak.\n\n`
    const found = (note: string) => {
      const text = `${body}${note}\n`
      const doc = readDocument(text)
      const refs: QuoteRef[] = [...text.matchAll(/“([^”]+)” says ([A-Z][a-z]+ [A-Z][a-z]+)/g)].map(
        (m) => ({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + m[1]!.length, speaker: m[2]! }),
      )
      return readStatements({
        doc,
        quotes: refs,
        people: [],
        brandKeys: new Set(),
        leadBrand: null,
      })
        .filter((s) => s.kind === 'gifted-product')
        .map((s) => ({ people: [...s.people].sort(), brands: s.brandNames }))
    }
    expect(found('Lena Marsh received her hearing aids free of charge from Orvo Audio.')).toEqual([
      { people: ['Lena Marsh'], brands: ['Orvo Audio'] },
    ])
    expect(found('Tomas Petrak receives his batteries free from Orvo Audio.')).toEqual([
      { people: ['Tomas Petrak'], brands: ['Orvo Audio'] },
    ])
    expect(
      found('The customers quoted in this piece got their devices at no cost from Orvo Audio.'),
    ).toEqual([{ people: ['Lena Marsh', 'Tomas Petrak'], brands: ['Orvo Audio'] }])
    // A generic statement about all customers is no tie of the people quoted.
    expect(
      found('Customers receive free updates from Orvo Audio for two years.').flatMap(
        (f) => f.people,
      ),
    ).not.toContain('Lena Marsh')
  })

  it.each([
    'Thanks to Orvo for the sample.',
    'Thanks to Orvo for the review unit.',
    'Thanks again to Orvo for the eighth kettle!',
    'Big thanks to Orvo for inviting me to the launch.',
  ])('a thank-you that hints at a gift: “%s”', (text) => {
    expect(kinds(text)).toEqual(['gifted-product/ambiguous'])
  })

  it.each([
    'Thank you @orvo for having me as part of the launch family!',
    'Thanks to Orvo for making me part of the campaign.',
  ])('a thank-you for being part of a launch hints at a sponsorship: “%s”', (text) => {
    expect(kinds(text)).toEqual(['sponsored/ambiguous'])
  })

  it('reads a share of sales given to the publisher as an affiliate notice, not a gift', () => {
    expect(kinds('Retailers give us a percentage of sales made through our links.')).toEqual([
      'affiliate/clear',
    ])
  })

  it.each([
    'The statement was provided by Orvo.',
    'The parcel was sent by courier.',
    "Thanks to Orvo's new motor, the bike is quieter.",
  ])('not a gift: “%s”', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('affiliate notices and sponsorship labels in ordinary wording', () => {
  it.each([
    'If you buy something through a link here, we may get a share of the sale.',
    'Some links on this page make us money when you buy.',
    'How this page pays for itself: retailers pay us a small cut when you shop through our links.',
    'We get a small commission from some of the shops we link to.',
    'Buying through our links supports our journalism, as we may receive a commission.',
    'The author may receive compensation when readers purchase via these links.',
    'Shops pay us when you click through and buy.',
    'When you buy through our links, a share of the money comes to us.',
    'We are an affiliate of the shops we link to.',
  ])('affiliate: “%s”', (text) => {
    expect(kinds(text)).toContain('affiliate/clear')
  })

  it.each([
    ['Paid post', 'sponsored/clear'],
    ['Advertiser content from Orvo', 'sponsored/clear'],
    ['Promotional feature', 'sponsored/clear'],
    ['This is a sponsored post.', 'sponsored/clear'],
    ['Her latest video is a sponsored video for Orvo.', 'sponsored/clear'],
    ['#ad', 'sponsored/clear'],
    ['#sponsored', 'sponsored/clear'],
    ['Sponsored by Orvo', 'sponsored/clear'],
    ['Promoted', 'sponsored/ambiguous'],
    // Funder credits are plain sponsorship labels (the corpus lists them under sponsored).
    ['In partnership with Orvo', 'sponsored/clear'],
    ['Presented by Orvo', 'sponsored/clear'],
    ['Brought to you by Orvo', 'sponsored/clear'],
    ['In association with Orvo', 'sponsored/clear'],
    ['In collaboration with Orvo', 'sponsored/ambiguous'],
    ['Partner content', 'sponsored/ambiguous'],
  ])('label “%s” → %s', (text, want) => {
    expect(kinds(text)).toContain(want)
  })

  it('reads “not a sponsored post” as an independence statement', () => {
    expect(kinds('This is not a sponsored post.')).toEqual(['other/clear'])
  })
})

describe('disclosures in notes, bios and references back', () => {
  it.each([
    'Editor’s note: Ana Ruiz is a paid consultant to Orvo.',
    '*Ana Ruiz is a dermatologist and a paid adviser to Orvo.*',
    'Ana Ruiz is a chemist. Her role with Orvo is stated above.',
    'Ana Ruiz is a chemist. Her ties to Orvo are disclosed below.',
  ])('“%s”', (text) => {
    expect(kinds(text)).toContain('material-connection/clear')
  })

  it('does not read a job described as a tie pointed at elsewhere', () => {
    expect(kinds('Her role at the council is to set the budget.')).toEqual([])
  })
})

describe('a second round of wordings, written after the rules', () => {
  it.each([
    ['The author has no financial interest in Kelvin Audio.', 'other'],
    ['Ravi Mehta says he has never been paid by a headphone company.', 'other'],
    ['None of the experts quoted here has a commercial relationship with the brands.', 'other'],
    ['We were not paid to include any product in this roundup.', 'other'],
    ['No manufacturer saw this review before it was published.', 'other'],
    ['Orvo had no involvement in the research.', 'other'],
    ['Dr. Kim declared that she has no links to the dairy industry.', 'other'],
    ['We paid full price for every pair of boots in this test.', 'other'],
    ['All the phones were purchased from regular shops.', 'other'],
    ['The researchers say they received no funding from the food industry.', 'other'],
    ['This newsletter is not sponsored and never has been.', 'other'],
    ['The survey was underwritten by Orvo.', 'material-connection'],
    ['Funding for the study came from Orvo.', 'material-connection'],
    ['Orvo, which makes the tablets, paid for the trial.', 'material-connection'],
    ['The trial was part-funded by Orvo.', 'material-connection'],
    ['The study was supported by a grant from the Harlan Foundation.', 'other'],
    ['Ana Ruiz is a shareholder in Orvo.', 'material-connection'],
    ['Ana Ruiz has consulted for Orvo since 2020.', 'material-connection'],
    ['Ana Ruiz is also a paid spokesperson for Orvo.', 'material-connection'],
    ['Ana Ruiz, whose sister co-founded Orvo, said the serum works.', 'material-connection'],
    ['Ana Ruiz serves on the scientific advisory board of Orvo.', 'material-connection'],
    ['Ana Ruiz is a former Orvo employee.', 'material-connection'],
    ['Ana Ruiz receives royalties from Orvo.', 'material-connection'],
    ['Orvo lent me the camera for two weeks.', 'gifted-product'],
    ['The tent was a loan from Orvo.', 'gifted-product'],
    ['Orvo gave each tester a free pair.', 'gifted-product'],
    ['We received the mattress from Orvo at no cost.', 'gifted-product'],
    ['Orvo covered my flights and hotel.', 'gifted-product'],
    ['Cheers to Orvo for the freebies!', 'gifted-product'],
    ['Huge thanks to @orvo for making me part of their ambassador squad.', 'sponsored'],
    ['We make a little money if you shop through the links in this story.', 'affiliate'],
    ['Links marked with an asterisk earn us a commission.', 'affiliate'],
    ['Some of the retailers we link to pay us when you make a purchase.', 'affiliate'],
    ['We may be paid a fee by retailers if you buy through our links.', 'affiliate'],
    ['Advertisement feature', 'sponsored'],
    ['This post was created in partnership with Orvo.', 'sponsored'],
    ['Orvo paid for this episode.', 'sponsored'],
    ['¹ Ana Ruiz is paid by Orvo as a consultant.', 'material-connection'],
    ['Photo: Ana Ruiz, an Orvo ambassador, at the launch.', 'material-connection'],
    ['Note: Ana Ruiz advises Orvo.', 'material-connection'],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)).toContain(kind)
  })

  it.each([
    'The company was not paid for the land until 2021.',
    'She never owned a car until she was thirty.',
    'No brand has ever sold as many kettles.',
    'He was not employed at the time of the crash.',
    'The school did not receive the funding it asked for.',
    'The retailer sent a statement to reporters.',
    'Orvo paid $4 million for the site.',
    'Orvo bought the factory in 2019.',
    'We received an email from Orvo last night.',
  ])('not a disclosure: “%s”', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('a third round: credits, hosted travel, whose views, clients and payrolls', () => {
  it.each([
    [
      'Ana Ruiz is a chemist. “I use it every day,” says Ruiz, who is paid by Orvo to test its formulas.',
      'material-connection',
    ],
    ['Ana Ruiz is a chemist. Full disclosure: she is on Orvo’s payroll.', 'material-connection'],
    ['Ana Ruiz is a chemist. Orvo is one of her clients.', 'material-connection'],
    ['Ana Ruiz, an Orvo-sponsored climber, led the route.', 'material-connection'],
    ['Ana Ruiz is under contract with Orvo.', 'material-connection'],
    ['When you buy through links on our site, you support our journalism.', 'affiliate'],
    ['Funded by the Orvo Foundation', 'sponsored'],
    ['Commissioned by Orvo', 'sponsored'],
    ['Orvo paid us to write this guide.', 'sponsored'],
    ['This guide was made possible by Orvo.', 'sponsored'],
    ['Produced with Orvo', 'sponsored'],
    ['This feature is sponsored.', 'sponsored'],
    ['Today’s newsletter comes to you from our friends at Orvo.', 'sponsored'],
    ['Orvo flew me to Lisbon for the launch.', 'gifted-product'],
    ['I was invited on the trip by Orvo, which paid for travel and meals.', 'gifted-product'],
    ['We were given early access to the app by Orvo.', 'gifted-product'],
    ['Orvo had no editorial input.', 'other'],
    ['The views expressed are the author’s own.', 'other'],
    ['Products are chosen by our editors, not by advertisers.', 'other'],
    ['Our reviews are funded by readers, not advertisers.', 'other'],
    ['Advertisers do not influence our ratings.', 'other'],
    ['This article is editorially independent of our sponsors.', 'other'],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)).toContain(kind)
  })

  it('marks “you support us” and a seller’s “comes to you from” as vague', () => {
    expect(kinds('When you buy through links on our site, you support our journalism.')).toEqual([
      'affiliate/ambiguous',
    ])
    expect(kinds('Today’s newsletter comes to you from our friends at Orvo.')).toEqual([
      'sponsored/ambiguous',
    ])
  })

  it.each([
    'The views of residents were mixed.',
    'Orvo hosted a dinner for the mayor.',
    'She flew to Lisbon for the launch.',
    'The school is funded by the council, not parents.',
    "I'm grateful to the Senate for doing the hard work tonight.",
    'Nothing here is covered by the Savers Guarantee Scheme.',
    'Dr. Ines Roe, an epidemiologist at Harlow University who was not involved in the research, said the sample was small.',
  ])('not a disclosure: “%s”', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('a fourth round: notes, footnotes, captions, quote introductions, fees and panels', () => {
  it.each([
    ['[1] Ana Ruiz holds shares in Orvo.', 'material-connection'],
    [
      '_Editor’s note: This story was updated to disclose that Ana Ruiz is paid by Orvo._',
      'material-connection',
    ],
    [
      '**About the author:** Jo Marsh is a freelance writer who has worked with Orvo in the past.',
      'material-connection',
    ],
    [
      'As Ana Ruiz, a paid Orvo consultant, puts it: “Nothing else comes close.”',
      'material-connection',
    ],
    ['Caption: Ana Ruiz, who advises Orvo, at the launch in March.', 'material-connection'],
    ['Ana Ruiz (Orvo ambassador) tests the new boots.', 'material-connection'],
    ['Ana Ruiz is a chemist. She is paid a fee by Orvo for each talk.', 'material-connection'],
    ['Ana Ruiz is a chemist. She is a paid member of Orvo’s expert panel.', 'material-connection'],
    [
      'Ana Ruiz is a chemist. She designed the range with Orvo and earns royalties on it.',
      'material-connection',
    ],
    ['Full disclosure: I have no connection to any of these companies.', 'other'],
    ['I am not affiliated with Orvo in any way.', 'other'],
    ['We are not affiliated with any of the retailers listed.', 'other'],
    ['The author is independent of the manufacturers.', 'other'],
    ['Orvo was not given copy approval.', 'other'],
    ['The Tribune’s business desk works independently of the bank and its owners.', 'other'],
    ['Our food desk works independently of the market and its traders.', 'other'],
    ['The Marlow Herald’s parent company, Quell Media, holds a small stake in the club.', 'other'],
    ['Our parent company owns shares in the ferry operator.', 'other'],
    [
      'Note: The Marlow Evening Herald’s parent company, Quell Media, owns shares in the club.',
      'other',
    ],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)).toContain(kind)
  })

  it('does not read someone moving independently of a team as the publication’s independence', () => {
    expect(read('The winger ran independently of the team all night.')).toEqual([])
  })

  it('reads a stake held by a club’s owner, not the publication’s, as no statement', () => {
    expect(
      read('The club’s parent company, Quell Media, holds a small stake in the league.'),
    ).toEqual([])
  })

  it('keeps earning through links an affiliate notice, not a tie', () => {
    expect(
      kinds('Ana Ruiz is a chemist. She earns a commission when you buy through her links.'),
    ).not.toContain('material-connection/clear')
  })
})

describe('a fifth round: long sentences, appositions, relatives’ roles, services given free', () => {
  it.each([
    [
      'Neither Dr. Osei nor anyone else quoted in this article has received money, equipment or other support from the makers of the devices tested.',
      'other',
    ],
    [
      'To be clear, at no point did any of the brands featured here pay for coverage, and none of them saw the piece before it ran.',
      'other',
    ],
    [
      'The lab that ran the tests is owned by a university and takes no money from appliance makers.',
      'other',
    ],
    [
      'Osei, who runs the clinic, said she has no stake in any company that sells the device and accepts no sponsorship.',
      'other',
    ],
    ['We have never accepted payment for a review and we never will.', 'other'],
    ['The magazine does not accept advertising from supplement companies.', 'other'],
    ['Unlike many guides, this one has no sponsors.', 'other'],
    ['Our testers paid for every meal themselves.', 'other'],
    [
      'The research, published in the Journal of Home Energy, was paid for by Calloway Heat, which sells the pumps tested.',
      'material-connection',
    ],
    [
      'According to the paper, Calloway Heat supplied the pumps and covered the costs of the trial.',
      'material-connection',
    ],
    ['Calloway Heat, the pump maker, bankrolled the two-year study.', 'material-connection'],
    ["Money for the pilot came from the city's climate fund.", 'other'],
    [
      "In 2022 Jonas Brandt took a seat on Calloway's board and an undisclosed number of shares.",
      'material-connection',
    ],
    [
      "Jonas Brandt is an engineer. Brandt's wife is Calloway's head of marketing.",
      'material-connection',
    ],
    [
      'Jonas Brandt is an engineer. Brandt also sits on an advisory committee for Calloway.',
      'material-connection',
    ],
    [
      "Jonas Brandt is an engineer. Brandt is married to Calloway's chief executive.",
      'material-connection',
    ],
    ['Calloway lent the magazine two pumps for the winter.', 'gifted-product'],
    ['The pumps were installed free of charge by Calloway.', 'gifted-product'],
    ['Calloway picked up the bill for our stay.', 'gifted-product'],
    ['Heads up: we get a kickback if you sign up through our link.', 'affiliate'],
    [
      'Our recommendations are our own, but retailers pay us a small fee on sales from this page.',
      'affiliate',
    ],
    ['Buying from the retailers linked below sends a little money our way.', 'affiliate'],
    ['This episode is brought to you by Calloway Heat.', 'sponsored'],
    ['SPONSOR CONTENT · Calloway Heat', 'sponsored'],
    ['A message from our sponsor, Calloway Heat.', 'sponsored'],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)).toContain(kind)
  })

  it.each([
    'One we like pays 4.35% interest, has no minimum balance and no monthly fees.',
    'The senator sits on the budget committee for the state.',
    'Her husband is a keen cyclist.',
  ])('not a disclosure: “%s”', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('a sixth round: nothing received, places not for sale, lists after “including”', () => {
  it.each([
    [
      'None of our reviewers has a financial relationship with the manufacturers whose products appear here.',
      'other',
    ],
    ['Maya Ortiz, the nutritionist quoted above, takes no money from food companies.', 'other'],
    ['Osei says she received nothing from Orvo for taking part.', 'other'],
    ['No payment was made for inclusion in this list.', 'other'],
    ['Placement in our rankings is never for sale.', 'other'],
    ['We purchased all nine vacuums at retail.', 'other'],
    ['Every bike in this test was bought anonymously from shops.', 'other'],
    ['The authors report no conflicts of interest.', 'other'],
    ['The study received no industry funding.', 'other'],
    [
      'The trial was sponsored by Orvo, which makes one of the drinks tested.',
      'material-connection',
    ],
    [
      'Orvo, the maker of the drink, funded the study and supplied the bottles.',
      'material-connection',
    ],
    ['Public money from the national science agency paid for the trial.', 'other'],
    ['The survey was run by Pollwise for Orvo.', 'material-connection'],
    ['Ana Ruiz is a chemist. She is an early investor in Orvo.', 'material-connection'],
    [
      'Ana Ruiz is a chemist. She sold her stake in Orvo last year but still advises it.',
      'material-connection',
    ],
    [
      'Ana Ruiz is a chemist. Her brother co-owns the Orvo distributor in Spain.',
      'material-connection',
    ],
    [
      'Ana Ruiz is a chemist. She consults for several skincare firms, including Orvo.',
      'material-connection',
    ],
    [
      'Ana Ruiz is a chemist. Ruiz has been on retainer with Orvo since 2021.',
      'material-connection',
    ],
    ['Ana Ruiz is a chemist. She has a paid partnership with Orvo.', 'material-connection'],
    [
      'Ana Ruiz is a chemist. She is the co-founder and majority owner of Orvo.',
      'material-connection',
    ],
    ['Thanks so much to Orvo for the goodies!', 'gifted-product'],
    ['Orvo kindly sent over a few bottles for us to try.', 'gifted-product'],
    ['The brand gifted me the dress.', 'gifted-product'],
    ['Review samples came from the makers.', 'gifted-product'],
    ['I got the serum for free from Orvo.', 'gifted-product'],
    ['Thank you Orvo for partnering with me on this post!', 'sponsored'],
    ['If you make a purchase using one of these links, we may receive compensation.', 'affiliate'],
    ['Our site is supported by affiliate commissions.', 'affiliate'],
    ['Clicks on the links below may earn this blog a referral fee.', 'affiliate'],
    ['I get a small cut if you buy anything through my links.', 'affiliate'],
    ['Sponsored post: Orvo', 'sponsored'],
    ['AD | Orvo', 'sponsored'],
    ['Paid for by Orvo', 'sponsored'],
    ['This content is brought to you by Orvo.', 'sponsored'],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)).toContain(kind)
  })

  it.each([
    'The bill received no funding in the budget.',
    'We bought a house in 2020.',
    'The firm has no ties to the region.',
    'No company has a bigger share of the market than Orvo.',
    "Ana Ruiz, who represents the city's 3rd Ward, spoke first.",
  ])('not a disclosure: “%s”', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('disclosures in a quote’s introduction', () => {
  it.each([
    [
      '“The serum is great,” says Ana Ruiz, a dermatologist who consults for Orvo.',
      'material-connection',
    ],
    ['“It works,” said Ana Ruiz, whom Orvo pays to speak at its events.', 'material-connection'],
    [
      'According to Ana Ruiz, a longtime Orvo investor, the market is growing.',
      'material-connection',
    ],
    [
      'Ana Ruiz, a dermatologist (and, she notes, a paid Orvo adviser), recommends it.',
      'material-connection',
    ],
    [
      'Ana Ruiz, a dermatologist who has worked with Orvo as a paid consultant, says it helps.',
      'material-connection',
    ],
    [
      'We spoke to Ana Ruiz, who helped Orvo develop the formula and is paid a royalty.',
      'material-connection',
    ],
    ['Ana Ruiz, who has no ties to Orvo, tested the cream for us.', 'other'],
    ['Ruiz said she had never been paid by Orvo.', 'other'],
    ['Ana Ruiz, who was sent the cream free by Orvo, said it helped.', 'gifted-product'],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)).toContain(kind)
  })
})

describe('labels and credits in more forms', () => {
  it.each([
    ['PARTNER CONTENT', 'sponsored'],
    ['Paid Partnership', 'sponsored'],
    ['Sponsored | Orvo', 'sponsored'],
    ['This article is an advertisement for Orvo.', 'sponsored'],
    ['This is a paid advertisement by Orvo.', 'sponsored'],
    ['Orvo is the sponsor of this series.', 'sponsored'],
    ['This series is made in partnership with Orvo.', 'sponsored'],
    ['This newsletter has a sponsor: Orvo.', 'sponsored'],
    ['The following is a paid message from Orvo.', 'sponsored'],
    ["Orvo sponsors today's episode.", 'sponsored'],
    ['Psst: we earn a commission on purchases through these links.', 'affiliate'],
    ['Links in this post may be affiliate links.', 'affiliate'],
    ['Affiliate disclosure: some links earn us money.', 'affiliate'],
    ["We're reader-supported and may earn a fee when you buy through links.", 'affiliate'],
    ['If you buy via our links we may earn a small amount, at no cost to you.', 'affiliate'],
    ['#gifted', 'gifted-product'],
    ['Gifted by Orvo.', 'gifted-product'],
    ['PR sample from Orvo.', 'gifted-product'],
    ['This product was sent to me by Orvo.', 'gifted-product'],
    ['Press trip courtesy of Orvo.', 'gifted-product'],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)).toContain(kind)
  })

  it.each([
    'The senator is the lead sponsor of the bill.',
    'This is not an advertisement.',
    'The ad ran on Monday.',
    // A participle after a noun credits the piece only when the piece is the sentence's own.
    'The council runs a series supported by Orvo.',
  ])('not a sponsorship: “%s”', (text) => {
    expect(read(text).map((s) => s.kind)).not.toContain('sponsored')
  })

  it.each([
    'This article is part of Open Harbours, a series supported by the Orvo Trust.',
    'This story is part of a reporting project funded by the Orvo Trust.',
    'Our coverage, underwritten by Orvo Energy, runs all week.',
  ])('a funder credit for what the piece belongs to: “%s”', (text) => {
    expect(read(text).map((s) => s.kind)).toContain('sponsored')
  })

  it('reads every sentence of a paragraph headed as a disclosure as one, whatever its wording', () => {
    const found = read(
      'Disclosure: The Ledger’s parent company rents its offices from the port authority. The newsroom works apart from the business side.',
    )
    expect(found.map((s) => [s.kind, s.text])).toEqual([
      ['other', 'The Ledger’s parent company rents its offices from the port authority.'],
      ['other', 'The newsroom works apart from the business side.'],
    ])
    // A heading only when it opens the paragraph.
    expect(read('The disclosure came late: the port said so.')).toEqual([])
  })
})

describe('who funded the research decides the kind', () => {
  it.each([
    ['The trial was sponsored by the Harlan Foundation.', 'other'],
    ['The work was funded by a grant from the European Union.', 'other'],
    ['The study was paid for by taxpayers through the health ministry.', 'other'],
    ['Funding came from the National Institutes of Health.', 'other'],
    ['The survey was commissioned by the city council.', 'other'],
    ['The study was funded by Orvo Pharma, the maker of the drug.', 'material-connection'],
    ['Orvo Pharma, which sells the drug, paid for the research.', 'material-connection'],
    ['Nobody at Orvo saw this story before it was published.', 'other'],
    ['I have no financial stake in any of the products mentioned.', 'other'],
    ['Sponsors have no influence over our editorial content.', 'other'],
    ["Disclosure: I don't own shares in any company mentioned here.", 'other'],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)[0]).toBe(kind)
  })

  it.each([
    'The company paid no dividend this year.',
    'He has no plans to sell the business.',
    'No one was hurt in the fire at the Orvo plant.',
  ])('not a disclosure: “%s”', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('what a clause states before its denial still counts', () => {
  it.each([
    ['Ana Ruiz advises Orvo but has no stake in the company.', 'material-connection'],
    ['Orvo sent us the kettle, but it had no say in what we wrote.', 'gifted-product'],
    ['This newsletter is sponsored by Orvo but Orvo had no say in what we wrote.', 'sponsored'],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)).toContain(kind)
  })
})

describe('new disclosures do not turn into errors on their own', () => {
  const errorsIn = (body: string) =>
    analyseDisclosures({ body }).findings.filter((f) => f.severity === 'error')

  it('a firm’s partner quoted about the firm far from the line that says so', () => {
    const body = [
      '# Fund backs oat-drink maker',
      'Hugo Fenn is a partner at Fenmoor Capital, which led the round.',
      ...Array.from(
        { length: 5 },
        (_, i) => `The company sold ${i + 2} million cartons last year.`,
      ),
      '“Fenmoor has backed food makers for twenty years,” Fenn said.',
    ].join('\n\n')
    expect(errorsIn(body)).toEqual([])
  })

  it('independence statements, public funding and the writer’s purchases', () => {
    const body = [
      '# Ten kettles tested',
      'We buy every kettle we test ourselves at full price. Brands cannot pay to appear on this list.',
      'The study we cite was funded by the regional government and a national research council.',
      'Dr. Ana Ruiz has no financial ties to any of the companies named here.',
      'The Brisk Arc boiled fastest. The Pellow Mini is the quietest.',
    ].join('\n\n')
    expect(errorsIn(body)).toEqual([])
  })
})

describe('the publication’s own business with a company, and its newsroom kept apart', () => {
  it.each([
    'Orvo Foods is an advertiser in the Harlow Gazette.',
    'Orvo Foods advertises in this newspaper.',
    'Orvo Foods is one of our advertisers.',
    'The Harlow Courier newsroom was not involved in its production.',
    'The Courier retained editorial control over the reporting.',
    'We keep full editorial independence.',
  ])('“%s” is a disclosure (other)', (text) => {
    expect(read(text).map((s) => s.kind)).toEqual(['other'])
  })

  it.each([
    'The Harlow Courier donates advertising space to the lifeboat station each winter.',
    'The Harlow Ledger’s building on Quay Street is among the properties the new fee will bill.',
  ])('the publication as the subject, with a stake in the story: “%s”', (text) => {
    expect(read(text).map((s) => s.kind)).toEqual(['other'])
  })

  it.each([
    'Orvo Foods advertised on national television last year.',
    'The Harlow Gazette reported last week that the council had paid the contractor twice.',
    'The Harlow Gazette asked the council for comment.',
    'The editor had no say, he said.',
    'The paper lost editorial control of its website to hackers for an hour.',
  ])('“%s” is none', (text) => {
    expect(read(text)).toEqual([])
  })
})

describe('the writer’s place in a body, said in the bio at the foot', () => {
  const piece = (bio: string, byline = 'By Rhona Vale') =>
    `# Later starts for the high schools\n\n${byline}\n\nThe board votes on Tuesday.\n\nMost parents we asked were in favour.\n\n*${bio}*\n`
  const other = (body: string) => {
    const doc = readDocument(body)
    return readStatements({ doc, quotes: [], people: [], brandKeys: new Set(), leadBrand: null })
      .filter((s) => s.kind === 'other')
      .map((s) => body.slice(s.start, s.end))
  }

  it('is a disclosure when the sentence is about the writer', () => {
    expect(
      other(
        piece(
          'Rhona Vale writes about schools. She is a volunteer member of the district’s parent council, which has taken no side.',
        ),
      ),
    ).toEqual([
      'She is a volunteer member of the district’s parent council, which has taken no side.',
    ])
    expect(other(piece('Rhona Vale is a trustee of the Linwood Reading Trust.'))).toEqual([
      'Rhona Vale is a trustee of the Linwood Reading Trust.',
    ])
  })

  it('reads the writer named by role, and the writer kept apart from what the piece covers', () => {
    expect(
      other(
        piece(
          'The author has been a member of the Linwood Reading Trust since 2021. She had no role in the campaign.',
        ),
      ),
    ).toEqual([
      'The author has been a member of the Linwood Reading Trust since 2021.',
      'She had no role in the campaign.',
    ])
  })

  it('is none for someone else, in the body, or with no byline', () => {
    expect(
      other(piece('Rhona Vale writes about schools. Tom Reyes is a member of the board.')),
    ).toEqual([])
    expect(
      other(piece('She is a volunteer member of the parent council.', 'Staff report')),
    ).toEqual([])
  })
})

describe('who made or paid for a piece, read past the first name given', () => {
  it.each([
    ['This content was produced by the Harlow Courier’s commercial team.', 'sponsored'],
    ['This guide was produced by our advertising department for Orvo Energy.', 'sponsored'],
    [
      'The trial was funded by the Northfield Research Council and in part by Orvo Health, which makes the monitor.',
      'material-connection',
    ],
    [
      'The survey was funded by the Harlow Foundation and also by Orvo Energy.',
      'material-connection',
    ],
  ])('“%s” → %s', (text, kind) => {
    expect(read(text).map((s) => s.kind)).toEqual([kind])
  })

  it.each([
    ['This article was written by Ana Lee.', []],
    ['Harlow Studio is the commercial content team of the Harlow Courier.', ['other']],
    [
      'The study was funded by the Harlow Foundation and the results were reported by Orvo Health.',
      ['other'],
    ],
  ])('“%s” stays %j', (text, kinds) => {
    expect(read(text).map((s) => s.kind)).toEqual(kinds)
  })
})

describe('someone a brand pays to compete or create under its name', () => {
  it.each([
    'Ana Ruiz is a paid Orvo athlete.',
    'Ana Ruiz is a sponsored rider for Orvo.',
    'Ana Ruiz, a paid Orvo creator, tried the jacket.',
  ])('“%s” is a tie', (text) => {
    expect(read(text).map((s) => s.kind)).toContain('material-connection')
  })

  it.each([
    'Ana Ruiz is a professional athlete who trains in Leeds.',
    'Ana Ruiz is a fine athlete.',
  ])('“%s” is none', (text) => {
    expect(read(text)).toEqual([])
  })
})

describe('research authors on a brand’s advisory board', () => {
  it('reads "paid members of X’s scientific advisory board" as a tie', () => {
    expect(
      kinds(
        'Two of the study’s five authors, including Ilse Brandt, are paid members of Orvo’s scientific advisory board.',
      ),
    ).toContain('material-connection/clear')
  })
})
