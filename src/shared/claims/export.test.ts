import { describe, expect, it } from 'vitest'
import { sampleClaim } from '../../../test/fixtures/claims'
import { revisionUrn, toClaimReviews, toWebAnnotations, verdictReason } from './export'

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

describe('the verdict reason and comments in the exports', () => {
  const claim = sampleClaim({
    verdict: 'false',
    note: 'Trial had 12 people.',
    history: [
      {
        verdict: 'unchecked',
        by: 'Ana',
        role: 'fact-checker',
        at: '2025-03-01T09:00:00Z',
        reason: 'Marked as a claim',
      },
      {
        verdict: 'false',
        by: 'Ana',
        role: 'fact-checker',
        at: '2025-03-02T09:00:00Z',
        reason: 'The study found no effect.',
      },
      // Confirmed after a re-check, without a new reason: the given one still stands.
      {
        verdict: 'false',
        by: 'Ana',
        role: 'fact-checker',
        at: '2025-03-03T09:00:00Z',
        reason: 'Its text changed in revision 3; it was "False" and needs re-checking.',
      },
      { verdict: 'false', by: 'Ben', role: 'editor', at: '2025-03-04T09:00:00Z' },
    ],
    comments: [
      { id: 'm1', by: 'Ben', role: 'editor', at: '2025-03-02T10:00:00Z', text: 'Ask the lab too?' },
    ],
  })

  it('finds the reason given with the current verdict', () => {
    expect(verdictReason(claim)).toEqual({
      text: 'The study found no effect.',
      by: 'Ana',
      at: '2025-03-02T09:00:00Z',
    })
    // A later verdict without a reason: the old reason was for another verdict.
    expect(
      verdictReason({
        verdict: 'verified',
        history: [
          ...(claim.history ?? []),
          { verdict: 'verified', by: 'Ben', at: '2025-03-05T09:00:00Z' },
        ],
      }),
    ).toBeNull()
  })

  it('W3C: the reason as an assessing body and comments as replies, with who and when', () => {
    const [a] = toWebAnnotations([claim], ctx)
    expect(a?.body.map((b) => [b.purpose, b.value, b.creator?.name ?? null])).toEqual([
      ['assessing', 'False', null],
      ['assessing', 'The study found no effect.', 'Ana'],
      ['commenting', 'Trial had 12 people.', null],
      ['replying', 'Ask the lab too?', 'Ben'],
    ])
    expect(a?.body[3]?.created).toBe('2025-03-02T10:00:00Z')
  })

  it('ClaimReview: reviewBody holds the reason, the note and the comments', () => {
    const [r] = toClaimReviews([claim], ctx)
    expect(r?.reviewBody).toBe(
      'The study found no effect.\n\nTrial had 12 people.\n\nComments:\n- Ben, 2025-03-02: Ask the lab too?',
    )
  })
})
