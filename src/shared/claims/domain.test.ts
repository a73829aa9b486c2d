import { describe, expect, it } from 'vitest'
import { anchorAt, ClaimSchema, CLAIM_LIMITS } from './domain'
import { sampleClaim } from '../../../test/fixtures/claims'

describe('ClaimSchema', () => {
  it('accepts a full claim and records 32 characters of context', () => {
    const body = `${'x'.repeat(50)}THE CLAIM${'y'.repeat(50)}`
    const a = anchorAt(body, 50, 59)
    expect(a).toEqual({
      start: 50,
      end: 59,
      exact: 'THE CLAIM',
      prefix: 'x'.repeat(32),
      suffix: 'y'.repeat(32),
    })
    const claim = sampleClaim({
      verdict: 'verified',
      sources: [
        { id: 's1', citation: 'Trial report', url: 'https://example.org', attachmentId: 'a1' },
      ],
      comments: [
        { id: 'm1', by: 'Ana', role: 'fact-checker', at: '2025-03-02', text: 'Asked the lab.' },
      ],
      history: [
        {
          verdict: 'verified',
          by: 'Ana',
          role: 'fact-checker',
          at: '2025-03-02',
          reason: 'Matches table 2',
        },
      ],
      assignee: 'Ana',
      suggestedBy: ['evidence', 'date'],
    })
    expect(ClaimSchema.parse(claim)).toEqual(claim)
  })

  it('refuses bad ids, empty or inverted anchors, unknown verdicts and oversize fields', () => {
    expect(ClaimSchema.safeParse(sampleClaim({ id: '../x' })).success).toBe(false)
    const a = sampleClaim().anchor
    expect(ClaimSchema.safeParse(sampleClaim({ anchor: { ...a, end: a.start } })).success).toBe(
      false,
    )
    expect(ClaimSchema.safeParse({ ...sampleClaim(), verdict: 'maybe' }).success).toBe(false)
    expect(
      ClaimSchema.safeParse(sampleClaim({ note: 'n'.repeat(CLAIM_LIMITS.noteChars + 1) })).success,
    ).toBe(false)
    const tooMany = Array.from({ length: CLAIM_LIMITS.sources + 1 }, (_, i) => ({
      id: `s${i}`,
      citation: 'c',
    }))
    expect(ClaimSchema.safeParse(sampleClaim({ sources: tooMany })).success).toBe(false)
    expect(
      ClaimSchema.safeParse(sampleClaim({ sources: [{ id: 's1', citation: '   ' }] })).success,
    ).toBe(false)
  })
})
