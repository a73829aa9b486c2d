// Disclosure frames read by meaning (issue 11, round 28). Every sentence is invented.
import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'
import { check, errors, filler } from '../../../test/support/legal'

/** "kind/wording [text]" of every disclosure in a short piece around `text`. */
function read(text: string): string[] {
  const body = `# A short piece\n\nSome opening words about the subject.\n\n${text}\n\n${filler(1)}\n`
  return analyseDisclosures({ body }).disclosures.map(
    (d) => `${d.kind}/${d.wording} [${body.slice(d.start, d.end)}]`,
  )
}
const kinds = (text: string) => read(text).map((d) => d.split(' ')[0])

describe('a verb of giving is a gift only when a thing is handed over', () => {
  it.each([
    'Halbrook Outdoors gave me an interview after weeks of asking.',
    'Pellmar gave me a quote for the repair.',
    'Redfern Audio gave us a tour of the factory.',
    'Oakbran Oats give me 24g of protein a bowl.',
    'Oakbran Oats give you 30% of your daily iron.',
    'The Loma lamp gives you 20 hours of light on one charge.',
    'The Corvane jacket gives me confidence on wet descents.',
    'Tessly Bars give me energy for the last ten kilometres.',
    'We were given an interview by Pellmar.',
  ])('“%s” is no gift', (text) => {
    expect(kinds(text)).toEqual([])
  })

  it.each([
    'Halbrook Outdoors gave me the jacket to test.',
    'Redfern Audio gave us two pairs of headphones for this review.',
    'Pellmar gave us a number of samples to try.',
    'Pellmar gave us early access to the app.',
    'Pellmar gave me a free night at the hotel.',
    'We were given the tent by Pellmar.',
  ])('“%s” stays a gift', (text) => {
    expect(kinds(text)).toEqual(['gifted-product/clear'])
  })

  it.each([
    'Pellmar gave me 200ml of its night serum to try.',
    'Redfern Coffee sent us 3kg of beans for this test.',
    'Halbrook gave our testers 2 litres of its chain wax.',
  ])('“%s”, a quantity of goods handed over, stays a gift', (text) => {
    expect(kinds(text)).toEqual(['gifted-product/clear'])
  })

  it.each([
    'The Loma flask gives you 2 litres of hot water on the hill.',
    'Oakbran Oats gave me 24g of protein a bowl.',
  ])('“%s”, what a product holds, is no gift', (text) => {
    expect(kinds(text)).toEqual([])
  })

  it('reads no gift from people paying for their own meals', () => {
    expect(kinds('Residents paid for their meals at the hall.')).toEqual([])
  })

  it('reads a cost told or paid as no gift, and “at no cost” as one', () => {
    for (const text of [
      'Bellcourt Civil built the road in 2019.\n\nA spokesperson for the firm declined to give a cost, saying only that the figure was the county’s.',
      'Tallow College restored the clock.\n\nThe college has agreed to cover the cost of materials.',
      'Harwick Mills makes the flour.\n\nThe maker gave us the cost of the upgrade.',
    ])
      expect(kinds(text)).toEqual([])
    for (const text of [
      'Halden lent us the tent at no cost.',
      'The makers sent us samples at no charge.',
      'Halden supplied the tent free of charge.',
      'Halden covered the cost of my stay.',
    ])
      expect(kinds(text)).toEqual(['gifted-product/clear'])
  })

  it('reads “at no extra cost” and “without any charge” as free too', () => {
    for (const text of [
      'Pellmar supplied the stove without any charge.',
      'Redfern Audio provided the amplifier at no additional cost.',
      'The makers supplied a spare battery at no extra charge.',
    ])
      expect(kinds(text)).toEqual(['gifted-product/clear'])
    // A price said with the same words, with no verb of giving, is none.
    expect(kinds('Pellmar fits the stove at no extra cost to buyers.')).toEqual([])
  })
})

describe('idioms and relations between people are no ties', () => {
  const lead = 'Ridgeline Bikes sells the frame.\n\n'
  it('reads “backs you up” as agreeing, not funding', () => {
    expect(
      kinds(
        `${lead}Research backs you up on the bigger picture, too, says Ana Ruiz of Ridgeline Bikes.`,
      ),
    ).toEqual([])
    expect(kinds(`${lead}The numbers back you up here.`)).toEqual([])
    // Funding said with the same verb stays funding.
    expect(kinds(`${lead}The study was backed by Ridgeline Bikes.`)).toEqual([
      'material-connection/clear',
    ])
  })

  it('reads “backed … up to” an amount as funding, not as agreeing', () => {
    for (const text of [
      `${lead}Ridgeline Bikes backed the trial up to £40,000.`,
      `${lead}Ridgeline Bikes backs the study up to $25,000 a year.`,
    ])
      expect(kinds(text)).toEqual(['material-connection/clear'])
    // Agreeing "up to a point" is still the idiom.
    expect(kinds(`${lead}The numbers back you up to a point.`)).toEqual([])
  })

  it('reads a person’s business partner as a relation between people', () => {
    for (const text of [
      `${lead}The bakery on Mill Street is run by Tom Hale's business partner, Joel Marsh.`,
      'Corrow Kitchen opened in May. Its chef is Tom Hale.\n\nThe fish comes from a boat run by his business partner, Joel Marsh.',
      `${lead}She opened the shop with her longtime business partner, Ines Varga.`,
    ])
      expect(check(`# Piece\n\n${text}\n`).disclosures).toEqual([])
    // A business partner of a company is still a (vague) tie to it.
    expect(
      kinds('Corrow Kitchen opened in May.\n\nHale is a business partner of Corrow Kitchen.'),
    ).toEqual(['material-connection/ambiguous'])
  })

  const music = 'Tunewell is a distributor. Tunewell charges a flat fee.\n\n'
  it('reads a person in general, or owning their own things, as no one’s stake', () => {
    for (const text of [
      'For an independent artist who owns their recordings, the maths is different.',
      'A songwriter who owns her catalogue can license it anywhere.',
      'An investor who owns shares in Tunewell would be pleased.',
      'Any listener who owns Tunewell shares should read this.',
    ])
      expect(kinds(`${music}${text}`)).toEqual([])
    // Named people keep their stakes, also in an apposition.
    for (const text of [
      'Mara Oyelaran owns part of Tunewell.',
      'Mara Oyelaran, a producer who owns shares in Tunewell, said little.',
      'Mara Oyelaran, who owns shares in Tunewell, said little.',
    ])
      expect(kinds(`${music}${text}`)).toEqual(['material-connection/clear'])
  })

  it('reads unpaid work in general as no statement about the piece', () => {
    for (const text of [
      'Honestly, it is exposure I don’t get paid for.',
      'It is publicity we don’t get paid for, really.',
      'Where it helps is that people hear my playing. It’s marketing I don’t get paid for.',
    ])
      expect(kinds(`${music}${text}`)).toEqual([])
    for (const text of [
      'I don’t get paid by Tunewell.',
      'I am not paid for this review.',
      'This is a post I don’t get paid for.',
    ])
      expect(kinds(`${music}${text}`)).toEqual(['other/clear'])
  })
})

describe('the publication paying its own way, funded by readers, or independent', () => {
  it.each([
    'We visited twice, unannounced, and paid for our meals.',
    'Our critic paid for all her tickets.',
    'I paid for my stay.',
    'Tidewater Review is reader-funded.',
    'The Consumer Desk is reader-funded.',
    'The Brindle Post is funded by its readers.',
    'Our newsletter is funded entirely by subscribers.',
    'We are listener-supported.',
    'Hollow Lane is an independent food magazine.',
    'The Argus Weekly is independent.',
    'This newsletter is independent and ad-free.',
  ])('“%s” is an independence statement', (text) => {
    expect(kinds(text)).toEqual(['other/clear'])
  })

  it.each([
    'Our reporting is funded by readers and by a grant from Corvane Bank.',
    'The Brindle Post is paid for by its subscribers and by Tessly Foods, its sponsor.',
  ])('“%s”: a funder named beside the readers is still a sponsor', (text) => {
    expect(kinds(text)).toEqual(['sponsored/clear'])
  })

  it.each([
    '“We paid for our tickets and the train never came,” said one commuter.',
    'Q: We paid for our meals but the bill was wrong. What can we do?',
    'The ferryman told me islanders once paid for their tickets with fish.',
    'A guide showed us where pilgrims paid for their meals in bread.',
    'The campaign is funded by its members.',
    'Fenwick Cycling is an independent bike shop.',
    'Fenwick Cycling is independent.',
    'The Corran Review is not independent.',
    'She is an independent consultant.',
  ])('“%s” is none', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('elliptical denials', () => {
  it('reads a bare “not sponsored” in a caption', () => {
    expect(read('Love these socks, not sponsored, just a fan.')).toEqual([
      'other/clear [not sponsored]',
    ])
    expect(read('Warmest gloves I own (not sponsored).')).toEqual(['other/clear [not sponsored]'])
    expect(kinds('Not sponsored. I just like them.')).toEqual(['other/clear'])
  })

  it('reads “no X contributed” after a funding clause as part of it', () => {
    expect(
      read('The study was funded by the Halden Institute; no drug company contributed.'),
    ).toEqual([
      'other/clear [The study was funded by the Halden Institute; no drug company contributed.]',
    ])
    expect(kinds('The trial was funded by Pellcourt Labs; no other company contributed.')).toEqual([
      'material-connection/clear',
      'other/clear',
    ])
    expect(kinds('The bridge was closed in May; no engineer contributed.')).toEqual([])
  })
})

describe('a sponsor read in a transcript', () => {
  const body = `# Fieldnotes, episode 12\n\n*A transcript of the Fieldnotes podcast. Host: Petra Vance. Guest: Joss Teal.*\n\n**VANCE:** Before we begin, a short message from this week's sponsor. This episode is sponsored by Grainly, the seed marketplace for small growers. Grainly ships seed anywhere for a flat fee. Joss, welcome.\n\n**TEAL:** Thanks for having me.\n\n**VANCE:** What does a grower earn?\n\n**TEAL:** For an independent grower who owns their land and sells direct, a tonne might bring in four hundred pounds.\n`

  it('is one disclosure, without the speaker’s label', () => {
    const r = analyseDisclosures({ body })
    expect(r.disclosures.map((d) => `${d.kind} [${body.slice(d.start, d.end)}]`)).toEqual([
      "sponsored [Before we begin, a short message from this week's sponsor. This episode is sponsored by Grainly, the seed marketplace for small growers.]",
    ])
    expect(errors(r.findings)).toEqual([])
  })
})

describe('reader support before an affiliate notice', () => {
  it('is part of the notice', () => {
    expect(
      read(
        'Lumen Kitchen is reader-supported. When you buy through links on our site, we may earn a commission.',
      ),
    ).toEqual([
      'affiliate/clear [Lumen Kitchen is reader-supported. When you buy through links on our site, we may earn a commission.]',
    ])
    // Standing alone, it says who pays for the publication.
    expect(read('Lumen Kitchen is reader-supported. Write to us at the address below.')).toEqual([
      'other/clear [Lumen Kitchen is reader-supported.]',
    ])
  })
})

describe('a measure put forward is no sponsorship', () => {
  it.each([
    'The bill was sponsored by Senator Ana Ruiz.',
    'The amendment was sponsored by two councillors.',
    'The motion was not sponsored by any councillor.',
  ])('“%s” is none', (text) => {
    expect(kinds(text)).toEqual([])
  })

  it.each([
    'The race is sponsored by Halden Bikes.',
    'The festival, sponsored by Dr. Ana Ruiz’s clinic, drew 4,000 people.',
  ])('“%s” stays a sponsorship', (text) => {
    expect(kinds(text)).toEqual(['sponsored/clear'])
  })
})
