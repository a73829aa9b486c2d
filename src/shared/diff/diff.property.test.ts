import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalForm } from './engine'
import { applyDecisions, diffRevisions } from './index'
import type { Span } from '../text'
import type { Change, RevisionDiff } from './types'
import { edit, edits, render, repetitiveDoc, uniqueDoc } from '../../../test/fixtures/diff-gen'

// The engine's time budget falls back to coarser (still exact) diffs when a busy machine stalls
// it; these properties are about the full diff, so the budget never runs out here.
const FULL = { timeoutMs: Number.POSITIVE_INFINITY }
const WORD = /[\p{L}\p{N}]+/gu
const words = (texts: readonly string[]): string[] =>
  texts.flatMap((t) => t.match(WORD) ?? []).sort()
// Closed intervals widened over neighbouring whitespace: where a space goes is not unique.
const widen = (r: Span, text: string): Span => {
  let { start, end } = r
  while (start > 0 && /\s/.test(text[start - 1] ?? '')) start--
  while (end < text.length && /\s/.test(text[end] ?? '')) end++
  return { start, end }
}
const touch = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end
const oldSpans = (c: Change): Span[] => c.parts.map((p) => ({ start: p.oldStart, end: p.oldEnd }))
const newSpans = (c: Change): Span[] => c.parts.map((p) => ({ start: p.newStart, end: p.newEnd }))
const touchesAny = (
  spans: Span[],
  others: readonly Change[],
  of: (c: Change) => Span[],
  text: string,
) => others.some((o) => of(o).some((r) => spans.some((s) => touch(widen(s, text), widen(r, text)))))

/**
 * "D explains R by exactly the changes S" (texts with distinct words, so the explanation is unique
 * up to where whitespace goes): every change of the fresh diff D touches a change of S and every
 * change of S touches one of D, in the coordinates of the text they share (old against old, new
 * against new), allowing for the whitespace around them; and the words D deletes
 * and inserts are exactly the words S deletes and inserts.
 */
function explains(
  fresh: RevisionDiff,
  s: readonly Change[],
  side: 'old' | 'new',
  text: string,
): void {
  const spans = side === 'old' ? oldSpans : newSpans
  for (const c of fresh.changes)
    expect(touchesAny(spans(c), s, spans, text), `stray ${c.id}`).toBe(true)
  for (const c of s)
    expect(touchesAny(spans(c), fresh.changes, spans, text), `lost ${c.id}`).toBe(true)
  expect(words(fresh.changes.map((c) => c.oldText))).toEqual(words(s.map((c) => c.oldText)))
  expect(words(fresh.changes.map((c) => c.newText))).toEqual(words(s.map((c) => c.newText)))
}

describe('diffRevisions properties', () => {
  it('accepting everything gives the new text, rejecting everything the old, byte for byte', () => {
    fc.assert(
      fc.property(fc.oneof(uniqueDoc(), repetitiveDoc()), edits(), (doc, list) => {
        const a = render(doc)
        const b = render(edit(doc, list))
        const d = diffRevisions(a, b, FULL)
        expect(applyDecisions(a, b, d, new Set(d.changes.map((c) => c.id)))).toBe(b)
        expect(applyDecisions(a, b, d, new Set())).toBe(a)
        // Rows show every character of both (canonical) texts once.
        const oldShown = d.rows
          .filter((r) => r.kind !== 'moved-to')
          .flatMap((r) => r.segments.filter((s) => s.op !== 'insert').map((s) => s.text))
        const newShown = d.rows
          .filter((r) => r.kind !== 'moved-from')
          .flatMap((r) => r.segments.filter((s) => s.op !== 'delete').map((s) => s.text))
        expect(oldShown.join('')).toBe(canonicalForm(a).text)
        expect(newShown.join('')).toBe(canonicalForm(b).text)
      }),
      { numRuns: 400 },
    )
  })

  it('any subset of accepts is explained by exactly the accepted changes against old and the rejected against new', () => {
    fc.assert(
      fc.property(
        uniqueDoc(),
        edits(),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (doc, list, bits) => {
          const a = render(doc)
          const b = render(edit(doc, list))
          const d = diffRevisions(a, b, FULL)
          const accepted = d.changes.filter((_, i) => bits[i % bits.length])
          const rejected = d.changes.filter((_, i) => !bits[i % bits.length])
          const r = applyDecisions(a, b, d, new Set(accepted.map((c) => c.id)))
          explains(diffRevisions(a, r, FULL), accepted, 'old', a)
          explains(diffRevisions(r, b, FULL), rejected, 'new', b)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('moves are found and round-trip whichever way they are decided', () => {
    fc.assert(
      fc.property(uniqueDoc(), fc.nat(20), fc.nat(20), (doc, from, to) => {
        fc.pre(doc.paras.length >= 3)
        const moved = edit(doc, [{ kind: 9, a: from, b: to, c: 0 }])
        const a = render(doc)
        const b = render(moved)
        fc.pre(a !== b)
        const d = diffRevisions(a, b, FULL)
        const moves = d.changes.filter((c) => c.kind === 'move')
        expect(moves.length).toBeGreaterThanOrEqual(1)
        for (const m of moves) {
          const rows = d.rows.filter((r) => r.moveId === m.id).map((r) => r.kind)
          expect(rows.sort()).toEqual(['moved-from', 'moved-to'])
        }
        for (const subset of [[], moves.map((m) => m.id)]) {
          const rest = d.changes.filter((c) => c.kind !== 'move').map((c) => c.id)
          expect(applyDecisions(a, b, d, new Set([...subset, ...rest]))).toBe(
            subset.length ? b : applyDecisions(a, b, d, new Set(rest)),
          )
        }
        expect(applyDecisions(a, b, d, new Set(d.changes.map((c) => c.id)))).toBe(b)
      }),
      { numRuns: 200 },
    )
  })
})
