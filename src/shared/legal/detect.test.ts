import { describe, expect, it } from 'vitest'
import {
  brandsFromText,
  collectBrands,
  detectDisclosures,
  detectEndorsements,
  detectQuotes,
  fundingStatements,
  isAffiliateUrl,
} from './detect'
import type { PersonRef } from './domain'

const kinds = (body: string, brands: string[] = []) =>
  detectDisclosures(body, brands).map((d) => `${d.kind}/${d.wording}: ${d.text}`)

describe('detectDisclosures', () => {
  it('finds clear affiliate, sponsored, material-connection and gifted statements', () => {
    const body = [
      '*We may earn a commission when you buy through links on this page.*',
      'Sponsored by Marrowby',
      'Dr. Vale is a paid ambassador for Lumio, and she owns shares in Glowa.',
      'Quillon sent us the balm free of charge.',
      'I get commissions for purchases made through links in this post.',
    ].join('\n\n')
    expect(kinds(body, ['Quillon'])).toEqual([
      'affiliate/clear: We may earn a commission when you buy through links on this page.',
      'sponsored/clear: Sponsored by Marrowby',
      'material-connection/clear: Dr. Vale is a paid ambassador for Lumio, and she owns shares in Glowa.',
      'gifted-product/clear: Quillon sent us the balm free of charge.',
      'affiliate/clear: I get commissions for purchases made through links in this post.',
    ])
  })

  it('labels "#sp", "#spon", "partner", "promoted", "thanks [Brand]" and a brand alone as ambiguous', () => {
    const body = [
      'Great walk. #sp',
      '#walks #spon',
      '*In partnership with Marrowby*',
      'Promoted by Marrowby',
      'It sank in fast. Thanks Quillon!',
      '**MARROWBY**',
    ].join('\n\n')
    const found = detectDisclosures(body, ['Marrowby', 'Quillon'])
    expect(found.every((d) => d.wording === 'ambiguous')).toBe(true)
    expect(found.map((d) => d.text)).toEqual([
      '#sp',
      '#spon',
      'In partnership with Marrowby',
      'Promoted by Marrowby',
      'Thanks Quillon!',
      'MARROWBY',
    ])
    expect(found.every((d) => (d.note ?? '').length > 10)).toBe(true)
  })

  it('prefers the clear reading of a sentence that is also "partner"-like', () => {
    expect(kinds('*Paid partnership with Marrowby*')).toEqual([
      'sponsored/clear: Paid partnership with Marrowby',
    ])
    expect(kinds('Thanks to Quillon, who sent the balm free of charge.', ['Quillon'])).toEqual([
      'gifted-product/clear: Thanks to Quillon, who sent the balm free of charge.',
    ])
  })

  it('does not read "thanks to Brand\'s formula" or ordinary prose as a disclosure', () => {
    expect(kinds("Thanks to Lumio's new formula, it no longer stings.", ['Lumio'])).toEqual([])
    expect(kinds('She was promoted to director in 2019. The advertisement ran for weeks.')).toEqual(
      [],
    )
  })

  it('keeps the span on the statement, not on links before it', () => {
    const body =
      'Shop: [A](https://shop.example/a) · [B](https://shop.example/b) · we may earn a commission.'
    const [d] = detectDisclosures(body)
    expect(d?.text).toBe('we may earn a commission.')
    expect(body.slice(d?.start, d?.end)).toBe(d?.text)
  })

  it('records the brands a statement names', () => {
    const [d] = detectDisclosures('Dr. Vale is a paid ambassador for Lumio.', ['Lumio', 'Glowa'])
    expect(d?.brands).toEqual(['Lumio'])
  })
})

describe('brands', () => {
  it('reads brand statements in the text', () => {
    expect(
      brandsFromText(
        'We tested Orrenby, for whom Dr. Achterberg is an ambassador. This post is sponsored by Pell & Quist.',
      ),
    ).toEqual(['Orrenby', 'Pell & Quist'])
  })

  it('merges relations, people connections and the text', () => {
    const people: PersonRef[] = [
      { name: 'Imogen Vale', connections: [{ brand: 'Lumio', kind: 'ambassador' }] },
    ]
    const brands = collectBrands(
      'Lumio and Glowa. Sponsored by Marrowby.',
      [{ brand: 'Glowa', kind: 'affiliate' }],
      people,
    )
    expect(brands.map((b) => [b.name, b.sources, b.mentions.length])).toEqual([
      ['Glowa', ['relation'], 1],
      ['Lumio', ['person'], 1],
      ['Marrowby', ['text'], 1],
    ])
  })
})

describe('endorsements', () => {
  const people: PersonRef[] = [
    { name: 'Imogen Vale', connections: [{ brand: 'Lumio', kind: 'ambassador' }] },
  ]

  it('finds product links, recommendations, brand mentions and connected quotes', () => {
    const body = [
      '## What to buy',
      'Try the Lumio serum. [Lumio Serum, £24](https://shop.example/lumio/serum)',
      '“The Lumio serum is the one I reach for,” says Dr. Imogen Vale.',
      'See the [study](https://journal.example/article/12).',
    ].join('\n\n')
    const brands = collectBrands(body, [], people)
    const quotes = detectQuotes(body, people)
    const found = detectEndorsements(body, brands, quotes, people).map(
      (e) => `${e.kind}:${e.brand}`,
    )
    expect(found).toEqual([
      'recommendation:Lumio',
      'brand-mention:Lumio',
      'product-link:Lumio',
      'brand-mention:Lumio',
      'connected-quote:Lumio',
      'brand-mention:Lumio',
    ])
  })

  it('tells affiliate URLs from plain ones', () => {
    expect(isAffiliateUrl('https://www.example.com/x?tag=galley-21')).toBe(true)
    expect(isAffiliateUrl('https://amzn.to/3xYz')).toBe(true)
    expect(isAffiliateUrl('https://shop.example/lumio/serum')).toBe(false)
  })
})

describe('detectQuotes (fallback)', () => {
  it('attributes quotes by name, by pronoun and Q&A answers to the interviewee', () => {
    const people: PersonRef[] = [{ name: 'Imogen Vale', connections: [] }]
    const body = [
      '“Start slowly with any new serum,” says Dr. Imogen Vale.',
      '"And always wear sunscreen every day," she adds.',
      '"My skin has never looked this calm," reads one review.',
      '## Ask the expert',
      '**Q:** When?',
      '**A:** At night, after cleansing.',
    ].join('\n\n')
    const quotes = detectQuotes(body, people).map((q) => [q.speaker, body.slice(q.start, q.end)])
    expect(quotes).toEqual([
      ['Imogen Vale', '“Start slowly with any new serum,”'],
      ['Imogen Vale', '"And always wear sunscreen every day,"'],
      [null, '"My skin has never looked this calm,"'],
      ['Imogen Vale', 'At night, after cleansing.'],
    ])
  })
})

describe('fundingStatements', () => {
  it('finds research a brand paid for, with the names it goes by', () => {
    const body =
      'The GLOW-8 trial was funded by Lumio. A Lumio-funded survey of 60 women agreed. Lumio funded a café.'
    expect(fundingStatements(body, ['Lumio']).map((s) => [s.funder, s.keys])).toEqual([
      ['Lumio', ['GLOW-8']],
      ['Lumio', []],
    ])
  })
})
