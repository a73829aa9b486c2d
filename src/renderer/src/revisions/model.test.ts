import { describe, expect, it } from 'vitest'
import { diffRevisions } from '@shared/diff'
import { computeImpact, impactSummary } from './impact'
import {
  acceptedIds,
  defaultMessage,
  firstUndecided,
  foldRows,
  shownSegments,
  tally,
} from './model'

const paras = (xs: readonly string[]) => xs.join('\n\n') + '\n'

describe('compare model', () => {
  const same = Array.from({ length: 6 }, (_, i) => `Same ${i}.`)
  const diff = diffRevisions(
    paras(['Start one.', ...same, 'End one.']),
    paras(['Start two.', ...same, 'End two.']),
  )

  it('folds unchanged stretches but keeps one paragraph of context next to a change', () => {
    const items = foldRows(diff.rows, new Set())
    expect(items).toEqual([
      { type: 'row', index: 0 },
      { type: 'row', index: 1 },
      { type: 'fold', start: 2, end: 6 },
      { type: 'row', index: 6 },
      { type: 'row', index: 7 },
    ])
    expect(foldRows(diff.rows, new Set([2])).every((i) => i.type === 'row')).toBe(true)
  })

  it('drops a row’s trailing separator for display but keeps changed whitespace', () => {
    const shown = shownSegments(diff.rows[1] as (typeof diff.rows)[number])
    expect(shown.map((s) => s.text).join('')).toBe('Same 0.')
  })

  it('sends undecided changes as the editor chose and writes the default message', () => {
    const decisions = new Map([['c1', 'rejected' as const]])
    expect(acceptedIds(diff, decisions, 'accepted')).toEqual(['c2'])
    expect(acceptedIds(diff, decisions, 'rejected')).toEqual([])
    expect(firstUndecided(diff, decisions)).toBe('c2')
    const counts = tally(diff, decisions)
    expect(counts).toEqual({ accepted: 0, rejected: 1, undecided: 1 })
    expect(defaultMessage(counts, 2, 4, 'accepted')).toBe(
      'Accepted 1 change, rejected 1 from revision 2 → 4',
    )
    expect(defaultMessage(counts, 2, 4, 'rejected')).toBe(
      'Accepted 0 changes, rejected 2 from revision 2 → 4',
    )
  })

  it('finds the quotes a change edits, in either text', () => {
    const a = paras(['“It works in six weeks,” said Ana Ruiz.', 'Plain text here.'])
    const b = paras(['“It works in eight weeks,” said Ana Ruiz.', 'Plain text here.'])
    const d = diffRevisions(a, b)
    // What main's analysers report for each text (revisions:spans).
    const quote = (text: string) => {
      const inner = text.slice(1, text.indexOf('”'))
      return {
        quotes: [{ start: 1, end: 1 + inner.length, text: inner, speaker: 'Ana Ruiz' }],
        disclosures: [],
      }
    }
    const impact = computeImpact(d, {
      claims: [],
      claimSide: null,
      oldSpans: quote(a),
      newSpans: quote(b),
    })
    const items = impact.byChange.get('c1') ?? []
    expect(items.map((i) => [i.kind, i.status])).toEqual([['quote', 'Ana Ruiz']])
    expect(impactSummary(impact.totals)).toBe('This comparison touches 1 quote')
  })
})
