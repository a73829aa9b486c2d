import { describe, expect, it } from 'vitest'
import { publishReadiness, suggestionItems, type ReadinessInput } from './readiness'

const clear: ReadinessInput = {
  claims: [{ id: 'c1', verdict: 'verified', needsRecheck: false, start: 0, end: 5 }],
  quotes: [{ id: 'q1', speaker: 'Imogen Vale', label: 'exact', start: 10, end: 20 }],
  findings: [
    { rule: 'ambiguous-wording', severity: 'warning', message: 'Ambiguous.', start: 30, end: 34 },
  ],
  signoff: { decision: 'approve', stale: false },
}

describe('publishReadiness', () => {
  it('is ready when nothing blocks; warnings are listed but do not block', () => {
    const r = publishReadiness(clear)
    expect(r.ready).toBe(true)
    expect(r.items).toEqual([expect.objectContaining({ area: 'disclosures', severity: 'warning' })])
  })

  it('blocks on unchecked, false and needs-re-check claims', () => {
    for (const claim of [
      { verdict: 'unchecked', needsRecheck: false },
      { verdict: 'false', needsRecheck: false },
      { verdict: 'verified', needsRecheck: true },
    ] as const) {
      const r = publishReadiness({ ...clear, claims: [{ id: 'c', start: 1, end: 2, ...claim }] })
      expect(r.ready).toBe(false)
      expect(r.clear).toEqual({ claims: false, quotes: true, disclosures: true })
      expect(r.items[0]).toMatchObject({ area: 'claims', severity: 'error', start: 1, end: 2 })
    }
  })

  it('blocks on unattributed and altered quotes', () => {
    for (const q of [
      { speaker: null, label: 'exact' },
      { speaker: 'X', label: 'altered' },
    ] as const) {
      const r = publishReadiness({ ...clear, quotes: [{ id: 'q', start: 3, end: 4, ...q }] })
      expect(r.clear.quotes).toBe(false)
    }
  })

  it('lists a quote that is not in the transcript without blocking: it may cover only part', () => {
    const r = publishReadiness({
      ...clear,
      quotes: [{ id: 'q', start: 3, end: 4, speaker: 'Ana Ruiz', label: 'not-found', text: 'Hi.' }],
    })
    expect(r.ready).toBe(true)
    expect(r.items[0]).toMatchObject({
      area: 'quotes',
      severity: 'warning',
      message: expect.stringMatching(/^Quote ‘Hi\.’ by Ana Ruiz is not in this transcript/),
    })
  })

  it('blocks on disclosure errors and on a missing, stale or changes-requested sign-off', () => {
    const error = {
      rule: 'material-connection-undisclosed',
      severity: 'error',
      message: 'm',
      start: 1,
      end: 2,
    } as const
    expect(publishReadiness({ ...clear, findings: [error] }).ready).toBe(false)
    expect(publishReadiness({ ...clear, signoff: null }).items.at(-1)?.message).toMatch(
      /not signed off/,
    )
    expect(
      publishReadiness({ ...clear, signoff: { decision: 'approve', stale: true } }).items.at(-1)
        ?.message,
    ).toMatch(/stale/)
    expect(
      publishReadiness({ ...clear, signoff: { decision: 'request-changes', stale: false } }).ready,
    ).toBe(false)
    expect(publishReadiness({ ...clear, signoff: null, needsSignoff: false }).ready).toBe(true)
    // Nothing left to disclose, but the signed text changed (the disclosure was cut): it blocks.
    expect(
      publishReadiness({
        ...clear,
        signoff: { decision: 'approve', stale: true },
        needsSignoff: false,
      }).ready,
    ).toBe(false)
    expect(
      publishReadiness({
        ...clear,
        signoff: { decision: 'request-changes', stale: false },
        needsSignoff: false,
      }).ready,
    ).toBe(false)
  })

  it('names the claim or quote each item is about', () => {
    const r = publishReadiness({
      ...clear,
      claims: [
        {
          id: 'c',
          verdict: 'unchecked',
          needsRecheck: false,
          start: 1,
          end: 2,
          text: 'The council will spend £12 million on the bridge.',
        },
        {
          id: 'd',
          verdict: 'false',
          needsRecheck: false,
          start: 3,
          end: 4,
          text: 'Sales of vellaria products tripled between March and May, and at least two brands have sold out.',
        },
      ],
      quotes: [
        { id: 'q', speaker: null, label: 'exact', start: 5, end: 6, text: 'It works, honestly.' },
      ],
    })
    expect(r.items.map((i) => i.message)).toEqual([
      'Claim ‘The council will spend £12 million on the bridge.’ not checked yet',
      'Claim ‘Sales of vellaria products tripled between March and May…’ marked false',
      'Quote ‘It works, honestly.’ has no speaker',
      'Ambiguous.',
    ])
  })

  it('lists and counts suggested claims nobody reviewed; they block only when the setting says so', () => {
    const suggestions = [{ start: 7, end: 9, text: 'Prices rose 40 percent.' }]
    const listed = publishReadiness({ ...clear, suggestions })
    expect(listed.ready).toBe(true)
    expect(listed.suggestions).toEqual({ open: 1, block: false })
    expect(listed.items).toContainEqual({
      area: 'claims',
      severity: 'info',
      message: 'Suggested claim ‘Prices rose 40 percent.’ never accepted or dismissed',
      start: 7,
      end: 9,
      kind: 'suggestion',
    })
    const blocking = publishReadiness({ ...clear, suggestions, suggestionsBlock: true })
    expect(blocking.ready).toBe(false)
    expect(blocking.clear.claims).toBe(false)
    expect(blocking.suggestions).toEqual({ open: 1, block: true })
  })

  it('lets legal accept a finding so it no longer blocks', () => {
    const error = {
      id: 'f1',
      rule: 'relation-undisclosed',
      severity: 'error',
      message: 'm',
      start: 1,
      end: 2,
    } as const
    const r = publishReadiness({ ...clear, findings: [error], accepted: ['f1'] })
    expect(r.ready).toBe(true)
    expect(r.items[0]?.severity).toBe('info')
  })

  it('lists suggestion items made beforehand, a part at a time, exactly as it would make them', () => {
    const suggestions = Array.from({ length: 12 }, (_, i) => ({
      start: i * 10,
      end: i * 10 + 8,
      text: `Claim number ${i} rose 4 percent`,
    }))
    for (const block of [false, true]) {
      const whole = publishReadiness({ ...clear, suggestions, suggestionsBlock: block })
      const parts = [
        ...suggestionItems(suggestions.slice(0, 5), block),
        ...suggestionItems(suggestions.slice(5), block),
      ]
      const given = publishReadiness({
        ...clear,
        suggestions,
        suggestionsBlock: block,
        suggestionItems: parts,
      })
      expect(given).toEqual(whole)
      expect(given.ready).toBe(!block)
    }
  })
})
