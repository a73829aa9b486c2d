import { describe, expect, it } from 'vitest'
import { detectDisclosures, isAffiliateUrl } from './detect'

describe('detectDisclosures (statements alone, for the revision comparison)', () => {
  it('finds each kind with its span, wording and brand family', () => {
    const body = [
      '*We may earn a commission when you buy through links on this page.*',
      'Sponsored by Marrowby',
      'Dr. Vale is a paid ambassador for Lumio Skin, and she owns shares in Glowa.',
      'Quillon sent us the balm free of charge.',
      'Great walk. #hiking #spon',
    ].join('\n\n')
    const found = detectDisclosures(body, ['Lumio Skin']).map(
      (d) => `${d.kind}/${d.wording} [${d.brands.join(', ')}]: ${d.text}`,
    )
    expect(found).toEqual([
      'affiliate/clear []: We may earn a commission when you buy through links on this page.',
      'sponsored/clear [Marrowby]: Sponsored by Marrowby',
      // Two clauses, two ties: each its own statement.
      'material-connection/clear [Lumio Skin]: Dr. Vale is a paid ambassador for Lumio Skin',
      'material-connection/clear [Glowa]: she owns shares in Glowa.',
      'gifted-product/clear [Quillon]: Quillon sent us the balm free of charge.',
      'sponsored/ambiguous []: #spon',
    ])
    for (const d of detectDisclosures(body)) expect(body.slice(d.start, d.end)).toBe(d.text)
  })

  it('gives a vague disclosure a note saying why', () => {
    const [d] = detectDisclosures('Thanks Quillon!')
    expect(d?.wording).toBe('ambiguous')
    expect(d?.note).toMatch(/thank-you/)
  })

  it('keeps the span on the statement, not on links before it', () => {
    const body =
      'Shop: [A](https://shop.example/a) · [B](https://shop.example/b) · we may earn a commission when you buy through these links.'
    const [d] = detectDisclosures(body)
    expect(d?.text).toBe('we may earn a commission when you buy through these links.')
  })
})

describe('isAffiliateUrl', () => {
  it('tells affiliate and redirect links from plain ones', () => {
    expect(isAffiliateUrl('https://www.example.com/x?tag=galley-21')).toBe(true)
    expect(isAffiliateUrl('https://amzn.to/3xYz')).toBe(true)
    expect(isAffiliateUrl('https://go.example/?id=1&url=https%3A%2F%2Fshop.example%2Fx')).toBe(true)
    expect(isAffiliateUrl('https://site.example/go/lumio-serum')).toBe(true)
    expect(isAffiliateUrl('https://shop.example/lumio/serum')).toBe(false)
    expect(isAffiliateUrl('https://site.example/about/affiliates')).toBe(false)
  })
})
