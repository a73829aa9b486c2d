import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- test fixture: the sample article the app ships
import { SAMPLE_DRAFTS } from '../../core/sample/content'
import type { TextRange } from './domain'
import {
  createSignoffRecord,
  signoffIntact,
  signoffStaleness,
  signoffStalenessMany,
  SignoffRecordSchema,
  type Locate,
} from './signoff'
import { shortHash } from './text'

// Pure stand-in for sha-256 (the lead passes node:crypto's).
const hash = (s: string) => shortHash(s).repeat(8)
const rangeOf = (body: string, text: string): TextRange => {
  const start = body.indexOf(text)
  if (start < 0) throw new Error(`not in body: ${text}`)
  return { start, end: start + text.length }
}

const feature = SAMPLE_DRAFTS[0]
const [v1, v2, v3] = (feature?.revisions ?? []).map((r) => r.body) as [string, string, string]
const DISCLOSURE = 'Dr. Achterberg is a paid ambassador for Orrenby.'
const ENDORSEMENT = "“I often suggest the Orrenby serum to patients who can't tolerate retinol,”"
const NOTICE = 'We may earn a commission when you buy through links on this page.'

const sign = (body: string, covered: string[] = [ENDORSEMENT]) =>
  createSignoffRecord({
    revisionId: 'r1',
    body,
    disclosures: [rangeOf(body, DISCLOSURE), rangeOf(body, NOTICE)],
    covered: covered.map((c) => rangeOf(body, c)),
    hash,
    by: 'Lena Park',
    role: 'legal',
    at: '2025-06-10T10:00:00Z',
    decision: 'approve',
    comment: 'Disclosure sits right under the pick.',
  })

describe('sign-off record', () => {
  it('stores each passage with its exact text, context and hash, and parses with its schema', () => {
    const r = sign(v1)
    expect(SignoffRecordSchema.parse(r)).toEqual(r)
    expect(r.passages.map((p) => [p.key, p.role, p.exact])).toEqual([
      ['disclosure-1', 'disclosure', DISCLOSURE],
      ['disclosure-2', 'disclosure', NOTICE],
      ['covered-1', 'covered', ENDORSEMENT],
    ])
    expect(r.passages[0]?.hash).toBe(hash(DISCLOSURE))
    expect(r.passages[0]?.prefix.length).toBe(32)
    expect(signoffIntact(r, hash)).toBe(true)
    expect(signoffIntact({ ...r, passages: [{ ...r.passages[0]!, exact: 'edited' }] }, hash)).toBe(
      false,
    )
  })

  it('refuses a range outside the body', () => {
    expect(() =>
      createSignoffRecord({
        ...sign(v1),
        body: 'short',
        disclosures: [{ start: 2, end: 40 }],
        covered: [],
        hash,
      }),
    ).toThrow(RangeError)
  })
})

describe('staleness', () => {
  it('stays fresh when only other passages change (revision 2 edits the trial, not the signed text)', () => {
    const s = signoffStaleness(sign(v1), v2)
    expect(s).toEqual({ stale: false, changed: [], moved: [] })
  })

  it('a moved passage is not stale, only reported as moved', () => {
    const r = sign(v2, ["Achterberg's own first choice is Orrenby's serum"])
    const s = signoffStaleness(r, v3)
    expect(s.stale).toBe(false)
    expect(s.moved).toContain('disclosure-1')
  })

  it('goes stale when a covered passage is edited, naming it with a word diff', () => {
    const endorsement = v2.slice(
      rangeOf(v2, "Achterberg's own first").start,
      v2.indexOf(' she says', v2.indexOf('I often suggest')),
    )
    const s = signoffStaleness(sign(v2, [endorsement]), v3)
    expect(s.stale).toBe(true)
    expect(s.changed.map((c) => c.key)).toEqual(['covered-1'])
    const [c] = s.changed
    expect(c?.newText).toContain("Honestly, it's the one I reach for first")
    expect(c?.diff.some((d) => d.type === 'insert' && /Honestly/.test(d.text))).toBe(true)
  })

  it('goes stale when a disclosure is edited or removed', () => {
    const r = sign(v1)
    const edited = v1.replace(DISCLOSURE, 'Dr. Achterberg has worked with Orrenby.')
    const s = signoffStaleness(r, edited)
    expect(s.stale).toBe(true)
    expect(s.changed[0]?.key).toBe('disclosure-1')
    expect(s.changed[0]?.newText).toBe('Dr. Achterberg has worked with Orrenby.')
    const removed = signoffStaleness(r, v1.replace(`*${DISCLOSURE}*\n\n`, ''))
    expect(removed.changed).toEqual([
      expect.objectContaining({
        key: 'disclosure-1',
        newText: null,
        diff: [{ type: 'delete', text: DISCLOSURE }],
      }),
    ])
  })

  it('uses context to pick the right copy of repeated text', () => {
    const body = 'Intro. Ad. Middle part of it. Then Ad. End.'
    const r = createSignoffRecord({
      ...sign(v1),
      body,
      disclosures: [{ start: body.lastIndexOf('Ad.'), end: body.lastIndexOf('Ad.') + 3 }],
      covered: [],
      hash,
    })
    const newBody = 'New intro here. Intro. Ad. Middle part of it. Then Ad. End.'
    expect(signoffStaleness(r, newBody)).toEqual({ stale: false, changed: [], moved: [] })
    // Editing the other copy leaves the signed one alone; editing the signed one does not.
    expect(signoffStaleness(r, body.replace('Intro. Ad.', 'Intro. Advert.')).stale).toBe(false)
    const edited = signoffStaleness(r, body.replace('Then Ad.', 'Then Advert.'))
    expect(edited.changed.map((c) => c.newText)).toEqual(['Advert.'])
  })

  it('takes a pluggable locator', () => {
    const nowhere: Locate = () => null
    expect(signoffStaleness(sign(v1), v1, nowhere).stale).toBe(true)
  })

  it('re-checks many sign-offs sharing passages', () => {
    const records = Array.from({ length: 5 }, () => sign(v1))
    const edited = v1.replace(NOTICE, 'We might earn money from links.')
    const all = signoffStalenessMany(records, edited)
    expect(all.every((s) => s.stale && s.changed[0]?.key === 'disclosure-2')).toBe(true)
  })
})
