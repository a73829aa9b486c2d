import search from 'approx-string-match'
import { diffWords } from 'diff'
import { z } from 'zod'
import { RoleSchema, type Role } from '../domain'
import type { TextRange } from './domain'

/** How much context a passage keeps on each side to tell repeated text apart. */
export const CONTEXT_CHARS = 32

export type PassageRole = 'disclosure' | 'covered'

export const SignedPassageSchema = z.object({
  key: z.string().max(64),
  role: z.enum(['disclosure', 'covered']),
  exact: z.string().max(20_000),
  prefix: z.string().max(CONTEXT_CHARS),
  suffix: z.string().max(CONTEXT_CHARS),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  hash: z.string().max(128),
})
export type SignedPassage = z.infer<typeof SignedPassageSchema>

export const SignoffDecisionSchema = z.enum(['approve', 'request-changes'])
export type SignoffDecision = z.infer<typeof SignoffDecisionSchema>

export const SignoffRecordSchema = z.object({
  revisionId: z.string().max(64),
  by: z.string().max(120),
  role: RoleSchema,
  at: z.string().max(40),
  decision: SignoffDecisionSchema,
  comment: z.string().max(2_000),
  /** Hash of the whole revision body when signed (for the report; staleness uses passages). */
  bodyHash: z.string().max(128),
  passages: z.array(SignedPassageSchema).max(500),
})
export type SignoffRecord = z.infer<typeof SignoffRecordSchema>

export interface CreateSignoffInput {
  readonly revisionId: string
  readonly body: string
  /** Disclosure statements the sign-off approves. */
  readonly disclosures: readonly TextRange[]
  /** Endorsement passages those disclosures cover. */
  readonly covered: readonly TextRange[]
  readonly hash: (s: string) => string
  readonly by: string
  readonly role: Role
  readonly at: string
  readonly decision: SignoffDecision
  readonly comment: string
}

/** Records a sign-off bound to the exact text of each disclosure and covered passage. */
export function createSignoffRecord(input: CreateSignoffInput): SignoffRecord {
  const { body, hash } = input
  const passages: SignedPassage[] = []
  const add = (role: PassageRole, ranges: readonly TextRange[]) => {
    ranges.forEach((r, i) => {
      if (r.start < 0 || r.end > body.length || r.start >= r.end) {
        throw new RangeError(`${role} passage ${i + 1} is outside the body (${r.start}–${r.end})`)
      }
      const exact = body.slice(r.start, r.end)
      passages.push({
        key: `${role}-${i + 1}`,
        role,
        exact,
        prefix: body.slice(Math.max(0, r.start - CONTEXT_CHARS), r.start),
        suffix: body.slice(r.end, r.end + CONTEXT_CHARS),
        start: r.start,
        end: r.end,
        hash: hash(exact),
      })
    })
  }
  add('disclosure', input.disclosures)
  add('covered', input.covered)
  return {
    revisionId: input.revisionId,
    by: input.by,
    role: input.role,
    at: input.at,
    decision: input.decision,
    comment: input.comment,
    bodyHash: hash(body),
    passages,
  }
}

/** What a locator needs to find a passage again in a new body. */
export interface PassageAnchor {
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
  readonly start: number
  readonly end: number
}

/** Finds a passage in a new body; null when it is gone. The text found may differ (edited). */
export type Locate = (body: string, anchor: PassageAnchor) => TextRange | null

function contextScore(body: string, at: number, a: PassageAnchor): number {
  let score = 0
  const before = body.slice(Math.max(0, at - a.prefix.length), at)
  for (
    let i = 1;
    i <= before.length && before[before.length - i] === a.prefix[a.prefix.length - i];
    i++
  ) {
    score++
  }
  const after = body.slice(at + a.exact.length, at + a.exact.length + a.suffix.length)
  for (let i = 0; i < after.length && after[i] === a.suffix[i]; i++) score++
  return score
}

/** Occurrences of the exact text; the one with most matching context wins, then the nearest. */
function locateExact(body: string, a: PassageAnchor): TextRange | null {
  let best: { at: number; score: number; dist: number } | null = null
  for (let at = body.indexOf(a.exact); at >= 0; at = body.indexOf(a.exact, at + 1)) {
    const score = contextScore(body, at, a)
    const dist = Math.abs(at - a.start)
    if (!best || score > best.score || (score === best.score && dist < best.dist)) {
      best = { at, score, dist }
    }
  }
  return best ? { start: best.at, end: best.at + a.exact.length } : null
}

/** Widens a fuzzy hit to the stored context on either side, so inserted words are included. */
function extendToContext(body: string, r: TextRange, a: PassageAnchor): TextRange {
  let { start, end } = r
  const head = a.suffix.slice(0, 16)
  if (head.length >= 4) {
    const at = body.indexOf(head, Math.max(start, end - 8))
    if (at >= 0 && at - end <= a.exact.length) end = Math.max(end, at)
  }
  const tail = a.prefix.slice(-16)
  if (tail.length >= 4) {
    const from = Math.max(0, start - a.exact.length - tail.length)
    const at = body.lastIndexOf(tail, start + 8)
    if (at >= from && at + tail.length <= start + 8) start = Math.min(start, at + tail.length)
  }
  return { start, end }
}

/** Last resort: the text between the stored prefix and suffix, if both are still there. */
function locateByContext(body: string, a: PassageAnchor): TextRange | null {
  if (a.prefix.length + a.suffix.length < 12) return null
  let best: TextRange | null = null
  for (let at = body.indexOf(a.prefix); at >= 0; at = body.indexOf(a.prefix, at + 1)) {
    const start = at + a.prefix.length
    const end = body.indexOf(a.suffix, start)
    if (end < 0 || end - start > a.exact.length * 3 + 64) continue
    if (!best || Math.abs(start - a.start) < Math.abs(best.start - a.start)) best = { start, end }
  }
  return best
}

/** Approximate search: near the old position first, then the whole body. */
function locateFuzzy(body: string, a: PassageAnchor): TextRange | null {
  const pattern = a.exact.length > 256 ? a.exact.slice(0, 256) : a.exact
  const maxErrors = Math.max(1, Math.floor(pattern.length * 0.3))
  const pick = (text: string, offset: number): TextRange | null => {
    const matches = search(text, pattern, maxErrors)
    if (!matches.length) return null
    const m = matches.reduce((x, y) =>
      y.errors < x.errors ||
      (y.errors === x.errors &&
        Math.abs(y.start + offset - a.start) < Math.abs(x.start + offset - a.start))
        ? y
        : x,
    )
    const start = offset + m.start
    // A long passage was searched by its head; extend by the old length difference.
    const end = pattern === a.exact ? offset + m.end : Math.min(body.length, start + a.exact.length)
    return { start, end }
  }
  const pad = a.exact.length * 2 + 2_000
  const lo = Math.max(0, a.start - pad)
  const hi = Math.min(body.length, a.end + pad)
  return pick(body.slice(lo, hi), lo) ?? (lo > 0 || hi < body.length ? pick(body, 0) : null)
}

/**
 * Default locator: exact text (context breaks ties), else an approximate match (≤ 30 % errors)
 * widened to the stored context, else whatever now sits between the stored prefix and suffix.
 */
export const defaultLocate: Locate = (body, anchor) => {
  const exact = locateExact(body, anchor)
  if (exact) {
    // A copy elsewhere with little of the signed context: the signed one may have been edited.
    const weak =
      contextScore(body, exact.start, anchor) < (anchor.prefix.length + anchor.suffix.length) / 4
    return (weak && locateByContext(body, anchor)) || exact
  }
  const fuzzy = locateFuzzy(body, anchor)
  return fuzzy ? extendToContext(body, fuzzy, anchor) : locateByContext(body, anchor)
}

/** Whether neither side of a located passage still has its signed context. */
function contextMoved(body: string, r: TextRange, p: PassageAnchor): boolean {
  const before = body.slice(Math.max(0, r.start - p.prefix.length), r.start)
  const after = body.slice(r.end, r.end + p.suffix.length)
  return before !== p.prefix && after !== p.suffix
}

export interface DiffSegment {
  readonly type: 'equal' | 'insert' | 'delete'
  readonly text: string
}

export interface ChangedPassage {
  readonly key: string
  readonly role: PassageRole
  readonly oldText: string
  /** null: the passage is gone from the new body. */
  readonly newText: string | null
  readonly range: TextRange | null
  readonly diff: readonly DiffSegment[]
}

export interface Staleness {
  readonly stale: boolean
  readonly changed: readonly ChangedPassage[]
  /** Passages found unchanged but in new surroundings (not stale; the rules judge placement). */
  readonly moved: readonly string[]
}

/** Word segments from old to new text. */
export function wordDiff(oldText: string, newText: string): DiffSegment[] {
  return diffWords(oldText, newText).map((c) => ({
    type: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }))
}

/**
 * Whether a sign-off still holds for a new body: every passage is re-located and compared
 * with its signed text. Only a changed or removed passage makes it stale.
 */
export function signoffStaleness(
  record: SignoffRecord,
  newBody: string,
  locate: Locate = defaultLocate,
): Staleness {
  const changed: ChangedPassage[] = []
  const moved: string[] = []
  for (const p of record.passages) {
    const r = locate(newBody, p)
    const text = r ? newBody.slice(r.start, r.end) : null
    if (text === p.exact) {
      if (r && contextMoved(newBody, r, p)) moved.push(p.key)
      continue
    }
    changed.push({
      key: p.key,
      role: p.role,
      oldText: p.exact,
      newText: text,
      range: r,
      diff: text === null ? [{ type: 'delete', text: p.exact }] : wordDiff(p.exact, text),
    })
  }
  return { stale: changed.length > 0, changed, moved }
}

/**
 * Re-checks many sign-offs of one draft against a new body, locating each distinct passage
 * once (sign-offs of the same draft mostly cover the same text).
 */
export function signoffStalenessMany(
  records: readonly SignoffRecord[],
  newBody: string,
  locate: Locate = defaultLocate,
): Staleness[] {
  const cache = new Map<string, TextRange | null>()
  const cached: Locate = (body, a) => {
    const key = `${a.start}\u0000${a.prefix}\u0000${a.exact}\u0000${a.suffix}`
    if (!cache.has(key)) cache.set(key, locate(body, a))
    return cache.get(key) ?? null
  }
  return records.map((r) => signoffStaleness(r, newBody, cached))
}

/** Whether every stored passage hash still matches its stored text (tamper check). */
export function signoffIntact(record: SignoffRecord, hash: (s: string) => string): boolean {
  return record.passages.every((p) => hash(p.exact) === p.hash)
}
