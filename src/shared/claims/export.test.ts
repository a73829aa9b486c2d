import { describe, expect, it } from 'vitest'
import { sampleClaim } from '../../../test/fixtures/claims'
import { revisionUrn, toClaimReviews, toWebAnnotations } from './export'

const ctx = { draftId: 'd1', revisionId: 'r2', title: 'The kelp question', byline: 'Mara Voss' }

describe('toWebAnnotations', () => {
  it('makes one W3C annotation per claim with quote and position selectors', () => {
    const claim = sampleClaim({
      verdict: 'partly-true',
      note: 'Six weeks only in the small trial.',
      sources: [
        {
          id: 's1',
          citation: 'Lab report 12',
          url: 'https://example.org/r',
          accessed: '2025-03-02',
        },
      ],
    })
    const [a, ...rest] = toWebAnnotations([claim], ctx)
    expect(rest).toEqual([])
    expect(a).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'urn:galley:draft:d1:claim:c1',
      created: claim.createdAt,
      creator: { type: 'Person', name: 'Ana Ruiz' },
      target: {
        source: revisionUrn('d1', 'r2'),
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: claim.anchor.exact,
            prefix: claim.anchor.prefix,
            suffix: claim.anchor.suffix,
          },
          { type: 'TextPositionSelector', start: claim.anchor.start, end: claim.anchor.end },
        ],
      },
    })
    expect(a?.body.map((b) => [b.purpose, b.value])).toEqual([
      ['assessing', 'Partly true'],
      ['commenting', 'Six weeks only in the small trial.'],
      ['describing', 'Lab report 12 — <https://example.org/r> — accessed 2025-03-02'],
    ])
    // Survives a JSON round trip unchanged (what an export file holds).
    expect(JSON.parse(JSON.stringify(a))).toEqual(a)
  })
})

describe('toClaimReviews', () => {
  it('reviews resolved claims only, rated on a 1–5 scale, by whoever gave the verdict', () => {
    const claims = [
      sampleClaim({
        id: 'v',
        verdict: 'verified',
        history: [
          { verdict: 'false', by: 'Ben', role: 'fact-checker', at: '2025-03-02T09:00:00Z' },
          { verdict: 'verified', by: 'Ana', role: 'fact-checker', at: '2025-03-04T09:00:00Z' },
        ],
      }),
      sampleClaim({ id: 'p', verdict: 'partly-true' }),
      sampleClaim({ id: 'f', verdict: 'false', sources: [{ id: 's', citation: 'Label' }] }),
      sampleClaim({ id: 'u', verdict: 'unverifiable' }),
      sampleClaim({ id: 'o', verdict: 'opinion' }),
      sampleClaim({ id: 'n', verdict: 'unchecked' }),
      sampleClaim({ id: 'r', verdict: 'verified', needsRecheck: true }),
    ]
    const reviews = toClaimReviews(claims, ctx)
    expect(
      reviews.map((r) => [
        r.identifier.split(':').pop(),
        r.reviewRating.ratingValue,
        r.reviewRating.alternateName,
      ]),
    ).toEqual([
      ['v', 5, 'True'],
      ['p', 3, 'Partly true'],
      ['f', 1, 'False'],
      ['u', undefined, 'Unverifiable'],
    ])
    const v = reviews[0]!
    expect(v).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: claims[0]!.anchor.exact,
      reviewRating: { '@type': 'Rating', bestRating: 5, worstRating: 1 },
      author: { '@type': 'Person', name: 'Ana' },
      datePublished: '2025-03-04',
      itemReviewed: {
        '@type': 'Claim',
        appearance: {
          '@type': 'CreativeWork',
          headline: 'The kelp question',
          author: { '@type': 'Person', name: 'Mara Voss' },
        },
      },
    })
    expect(reviews[2]?.citation).toEqual([{ '@type': 'CreativeWork', name: 'Label' }])
  })
})
