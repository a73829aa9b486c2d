import { describe, expect, it } from 'vitest'
import { readDocument } from '../language/document'
import type { QuoteRef } from './domain'
import { readStatements } from './statements'

/** Quotes in curly marks, all said by `speaker`. */
function quotes(body: string, speaker: string | null): QuoteRef[] {
  return [...body.matchAll(/“([^”]+)”/g)].map((m) => ({
    start: (m.index ?? 0) + 1,
    end: (m.index ?? 0) + 1 + (m[1]?.length ?? 0),
    speaker,
  }))
}

/** The person–tie–brand facts a passage states, as "Person | tie | Brand | wording". */
function ties(text: string, speaker: string | null = null): string[] {
  const body = `# A feature\n\nAn opening paragraph about skin care and its fashions.\n\n${text}\n`
  return readStatements({
    doc: readDocument(body),
    quotes: quotes(body, speaker),
    people: [],
    brandKeys: new Set(),
    leadBrand: null,
  })
    .filter((s) => s.tie)
    .map((s) => `${s.people.join(' & ')} | ${s.tie} | ${s.brandNames.join(', ')} | ${s.wording}`)
}

describe('a person’s tie to a brand, in every form', () => {
  it('by apposition with commas, dashes or parentheses, with any modifiers', () => {
    expect(
      ties('Dr. Lena Fox, a paid clinical adviser to Norvane Labs, said the cream works.'),
    ).toEqual(['Lena Fox | paid-consultant | Norvane Labs | clear'])
    expect(ties('Dr. Lena Fox—a paid consultant for Norvane—says the cream works.')).toEqual([
      'Lena Fox | paid-consultant | Norvane | clear',
    ])
    expect(
      ties(
        'Nadia Holm, a chemist at Westmere College (she advises Norvane on packaging), said the jar keeps the cream stable.',
      ),
    ).toEqual(['Nadia Holm | paid-consultant | Norvane | clear'])
  })

  it('in a caption or a bio line, with the name before or after the tie', () => {
    expect(ties('*Dr. Lena Fox is a longtime paid brand ambassador for Norvane Labs.*')).toEqual([
      'Lena Fox | ambassador | Norvane Labs | clear',
    ])
    expect(ties("Norvane's brand ambassador, Ana Ruiz, swears by the serum.")).toEqual([
      'Ana Ruiz | ambassador | Norvane | clear',
    ])
    expect(ties('Ana Ruiz, a Norvane ambassador, loves the cream.')).toEqual([
      'Ana Ruiz | ambassador | Norvane | clear',
    ])
  })

  it('in a relative clause about the brand or the person', () => {
    expect(
      ties(
        'Norvane, for which Dr. Lena Fox serves as a paid scientific adviser, says the cream works.',
      ),
    ).toEqual(['Lena Fox | paid-consultant | Norvane | clear'])
    expect(
      ties(
        'Priya Shah, whose two shops were among the first to stock the Norvane serum, said it sold out.',
      ),
    ).toEqual(['Priya Shah | family-or-business-tie | Norvane | clear'])
  })

  it('by a pronoun resolved to the person named before', () => {
    expect(
      ties(
        'Mara Quill has made nine films. Last year she signed on as the global face of Norvane, a deal worth $2 million.',
      ),
    ).toEqual(['Mara Quill | ambassador | Norvane | clear'])
  })

  it('as ownership, investment, employment, payment or family', () => {
    expect(
      ties('“I hold a stake in Norvane, so weigh what I say,” says Dr. Lena Fox.', 'Lena Fox'),
    ).toEqual(['Lena Fox | investor | Norvane | clear'])
    expect(ties('Marco Diaz, an investor in Brightpath, said the bikes were sturdy.')).toEqual([
      'Marco Diaz | investor | Brightpath | clear',
    ])
    expect(ties('Marco Diaz owns shares in Brightpath.')).toEqual([
      'Marco Diaz | investor | Brightpath | clear',
    ])
    expect(ties('Ana Ruiz is employed by Norvane as a trainer.')).toEqual([
      'Ana Ruiz | paid-consultant | Norvane | clear',
    ])
    expect(ties('“Norvane pays me as an adviser,” says Dr. Lena Fox.', 'Lena Fox')).toEqual([
      'Lena Fox | paid-consultant | Norvane | clear',
    ])
    expect(
      ties('Dr. Lena Fox and Dr. Omar Reyes have both received consulting fees from Norvane.'),
    ).toEqual(['Lena Fox & Omar Reyes | paid-consultant | Norvane | clear'])
    expect(ties('Dr. Lena Fox co-founded Norvane in 2015.')).toEqual([
      'Lena Fox | investor | Norvane | clear',
    ])
    expect(ties('The author owns a small number of Kestrel shares.')).toEqual([
      'the writer | investor | Kestrel | clear',
    ])
    expect(ties('Dr. Ada Finch, whose husband co-owns Tessel, recommends the oats.')).toEqual([
      'Ada Finch | family-or-business-tie | Tessel | clear',
    ])
  })

  it('as ownership of a part of a company, a hyphenated verb, or a relative clause about it', () => {
    expect(ties('Dr. Lena Fox owns part of Norvane.')).toEqual([
      'Lena Fox | investor | Norvane | clear',
    ])
    expect(ties('Dr. Lena Fox holds a 10% share of Norvane Labs.')).toEqual([
      'Lena Fox | investor | Norvane Labs | clear',
    ])
    expect(ties('Omar Reyes part-owns Tessel with his cousin.')).toEqual([
      'Omar Reyes | investor | Tessel | clear',
    ])
    expect(ties('Omar Reyes told us he co-owns Tessel.')).toEqual([
      'Omar Reyes | investor | Tessel | clear',
    ])
    expect(
      ties(
        'Omar Reyes left teaching to start Tessel, an oat milk company in Dorne that he still owns.',
      ),
    ).toEqual(['Omar Reyes | investor | Tessel | clear'])
    // A company named before, called by its name's last word.
    expect(
      ties('Omar Reyes sells at Wenlock Dairy. He part-owns the dairy with his sisters.'),
    ).toEqual(['Omar Reyes | investor | Wenlock Dairy | clear'])
    // Owning a thing is no stake in its maker; owning no part is none.
    expect(ties('Omar Reyes wears the Tessel boots that he owns.')).toEqual([])
    expect(ties('Dr. Lena Fox owns no part of Norvane.')).toEqual([])
  })

  it('as a gift to the person', () => {
    expect(ties('Brightpath gave Marco Diaz the bike for free.')).toEqual([
      'Marco Diaz | gifted-product | Brightpath | clear',
    ])
    expect(ties('Ana Ruiz receives free product from Norvane.')).toEqual([
      'Ana Ruiz | gifted-product | Norvane | clear',
    ])
  })

  it('marks words that do not say money changes hands as vague', () => {
    expect(ties('“My collab with Norvane started last year,” says Ana Ruiz.', 'Ana Ruiz')).toEqual([
      'Ana Ruiz | family-or-business-tie | Norvane | ambiguous',
    ])
    expect(ties('Ana Ruiz, who works with Norvane, said the cream is gentle.')).toEqual([
      'Ana Ruiz | family-or-business-tie | Norvane | ambiguous',
    ])
  })

  it('reads no tie in a denial, a job title or a public body', () => {
    expect(ties('Dr. Lena Fox is not paid by Norvane.')).toEqual([])
    expect(ties('Norvane chief executive Jo Lee said the cream sold out.')).toEqual([])
    expect(ties('The cream sold out, said a spokeswoman for Norvane.')).toEqual([])
    expect(ties('Sam Hart, a consultant for the City Council, said the plan was fair.')).toEqual([])
  })

  it('reads no stake in what a relative clause says someone owned', () => {
    expect(
      ties(
        'The Ostvik Trail Mids from Ostvik Outdoor are the comfiest boots I have ever owned and they stayed dry all week.',
      ),
    ).toEqual([])
  })

  it('reads a tie stated of a research team’s members the text does not name', () => {
    expect(
      ties('Three of the trial’s eleven authors have received speaking fees from Palvane Health.'),
    ).toEqual(['Three of the trial’s eleven authors | paid-consultant | Palvane Health | clear'])
    expect(ties('None of the authors has received fees from Palvane Health.')).toEqual([])
  })
})

describe('a sponsored person "of" a brand (lead probe r1, round 29)', () => {
  it('reads "a sponsored athlete of X" as the athlete’s tie', () => {
    expect(ties('Maren Oduya is a sponsored athlete of Kestrel Running.')).toEqual([
      'Maren Oduya | ambassador | Kestrel Running | clear',
    ])
    expect(ties('Tom Hale, a paid rider of Orvo Cycles, won the stage.')).toEqual([
      'Tom Hale | ambassador | Orvo Cycles | clear',
    ])
  })

  it('reads no tie in a ranking or an award', () => {
    expect(
      ties('Tom Hale, the highest paid player of the Premier League, spoke on Monday.'),
    ).toEqual([])
    expect(
      ties('Maren Oduya was named sponsored athlete of the year by Lisvale Athletics.'),
    ).toEqual([])
  })
})
