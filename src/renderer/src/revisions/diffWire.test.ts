import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RESOLVE_DIFF_OPTIONS } from '@shared/constants'
import { diffRevisions, type DiffOptions, type RevisionDiff } from '@shared/diff'
import { edit, edits, render, repetitiveDoc, uniqueDoc } from '../../../../test/fixtures/diff-gen'
import { packDiff, unpackDiff, Unpackable } from './diffWire'
import { answerDiff } from './diffJob'
import { answerMarks } from './marksJob'
import { madeUpDraft, madeUpEdit } from '../test/madeUp'

// The shapes compared here are the full diff's: no time budget a busy machine could exhaust.
const FULL = { timeoutMs: Number.POSITIVE_INFINITY }

/** The diff of a and b, packed and unpacked as between the compare worker and the window. */
function roundTrip(d: RevisionDiff, a: string, b: string): RevisionDiff {
  const packed = packDiff(d, a, b)
  // As postMessage would: a structured clone of what is sent.
  return unpackDiff(structuredClone(packed), a, b)
}

/** Same values, same keys in the same order, nothing more or less. */
function expectSame(got: RevisionDiff, want: RevisionDiff): void {
  expect(got).toStrictEqual(want)
  expect(JSON.stringify(got)).toBe(JSON.stringify(want))
}

const OLD = [
  '# Kelp serum',
  'The serum is clinically proven to reduce wrinkles within six weeks, said Dr Mara Quill.',
  '“It is gentler than retinol,” Quill told us.',
  '\u00a0 A paragraph led by odd spaces\u2003and one inside.',
  'We may earn a commission on purchases made through links.',
].join('\n\n')

describe('the packed revision diff', () => {
  const cases: [string, string, string, DiffOptions][] = [
    ['identical', OLD, OLD, FULL],
    ['from nothing', '', OLD, FULL],
    ['to nothing', OLD, '', FULL],
    ['a word, a number, a name', OLD, OLD.replace('six', '8').replace('Quill,', 'Quell,'), FULL],
    [
      'a move and a changed move',
      OLD,
      OLD.split('\n\n').reverse().join('\n\n').replace('Quill told', 'Quill said'),
      FULL,
    ],
    ['only the tail', OLD, `${OLD}\n\n\n`, FULL],
    ['line endings', OLD, OLD.replaceAll('\n', '\r\n'), FULL],
    [
      'a protected range',
      OLD,
      OLD.replace('We may earn', 'We might earn'),
      {
        ...FULL,
        protectedRanges: [{ start: OLD.indexOf('We may'), end: OLD.length, label: 'ad' }],
      },
    ],
    ['out of time: whole paragraphs', OLD, OLD.replace('serum', 'oil'), { timeoutMs: 0 }],
    ['a made-up draft', madeUpDraft(3_000), madeUpEdit(madeUpDraft(3_000)), FULL],
  ]
  it.each(cases)('gives back the same diff: %s', (_, a, b, options) => {
    const d = diffRevisions(a, b, options)
    expectSame(roundTrip(d, a, b), d)
  })

  it('sends the texts as where they sit, not as strings', () => {
    const a = madeUpDraft(10_000)
    const b = madeUpEdit(a)
    const d = diffRevisions(a, b, FULL)
    const packed = packDiff(d, a, b)
    // Only the changes' contexts (two each) go as strings.
    expect(packed.strings.length).toBe(2 * d.changes.length)
    expectSame(unpackDiff(packed, a, b), d)
  })

  it('gives back any diff of made-up texts and edits', () => {
    fc.assert(
      fc.property(fc.oneof(uniqueDoc(), repetitiveDoc()), edits(), (doc, list) => {
        const a = render(doc)
        const b = render(edit(doc, list))
        const d = diffRevisions(a, b, FULL)
        expectSame(roundTrip(d, a, b), d)
      }),
      { numRuns: 300 },
    )
  })

  it('refuses a diff with more than it knows, rather than lose it', () => {
    const b = OLD.replace('six', 'eight')
    const d = diffRevisions(OLD, b, FULL)
    const rows = d.rows.map((r) => ({ ...r, note: 'new field' }))
    expect(() => packDiff({ ...d, rows }, OLD, b)).toThrow(Unpackable)
    expect(() => packDiff({ ...d, extra: 1 } as RevisionDiff, OLD, b)).toThrow(Unpackable)
  })
})

describe("the compare worker's answer", () => {
  it("is, unpacked, the diff the window would work out itself (main's options)", () => {
    const a = madeUpDraft(20_000)
    const b = madeUpEdit(a)
    const [reply, transfer] = answerDiff({ id: 1, kind: 'diff', old: a, new: b })
    if (!('packed' in reply)) throw new Error(`not packed: ${JSON.stringify(reply)}`)
    expect(transfer).toEqual([reply.packed.ints.buffer])
    const want = diffRevisions(a, b, RESOLVE_DIFF_OPTIONS)
    const got = unpackDiff(reply.packed, a, b)
    // Only how long it took differs between two runs.
    expectSame({ ...got, elapsedMs: 0 }, { ...want, elapsedMs: 0 })
    expect(got.fallback).toBe('none')
  })

  it('moves the marks rather than copy them', () => {
    const [reply, moved] = answerMarks({ id: 2, kind: 'marks', body: '# A *b*' })
    if (!('marks' in reply)) throw new Error(`no marks: ${JSON.stringify(reply)}`)
    expect(moved).toEqual([reply.marks.flags.buffer])
  })
})
