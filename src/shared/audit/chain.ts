import { z } from 'zod'
import { RoleSchema } from '../domain'
import { SignatureSchema } from '../team/records'

/** prevHash of the first event of a chain. */
export const GENESIS_HASH = '0'.repeat(64)

const JsonValueSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
)

export const AuditEventSchema = z.object({
  seq: z.number().int().positive(),
  at: z.string().max(40),
  by: z.string().max(120),
  role: RoleSchema,
  /** What happened, namespaced: "claim.verdict", "signoff.create", "revision.save". */
  action: z.string().min(1).max(80),
  /** What it happened to: "claim/c12", "draft/vellaria-feature". */
  target: z.string().max(200),
  before: JsonValueSchema.optional(),
  after: JsonValueSchema.optional(),
  /** Hash of the reviewed state right after the event, so edits outside Galley show. */
  state: z.string().max(128).optional(),
  prevHash: z.string().max(128),
  /**
   * Set on an event that joins branches of the trail made apart (a team sync): the hashes of the
   * events it follows, the first being `prevHash`, as a Git merge commit names its parents.
   */
  parents: z.array(z.string().max(128)).min(2).max(16).optional(),
  hash: z.string().max(128),
  /** The recording person's Ed25519 signature of `hash` (team libraries; not part of the hash). */
  sig: SignatureSchema.optional(),
})
export type AuditEvent = z.infer<typeof AuditEventSchema>

/** What the caller supplies; the chain adds seq, prevHash and hash. */
export type AuditEventInput = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash' | 'parents' | 'sig'>

/**
 * JSON with object keys sorted at every level and undefined members dropped, so the same
 * value always serialises to the same string whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null'
    if (typeof value === 'bigint') throw new TypeError('bigint is not JSON')
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** The hash an event must carry: over every field but `hash` itself. */
export function eventHash(
  event: Omit<AuditEvent, 'hash' | 'sig'>,
  hash: (s: string) => string,
): string {
  const { seq, at, by, role, action, target, before, after, state, prevHash, parents } = event
  return hash(
    canonicalJson({ seq, at, by, role, action, target, before, after, state, prevHash, parents }),
  )
}

/**
 * An event that joins two or more branches of a trail (each head made on another machine):
 * it follows every head, the first being its `prevHash`, and comes after the deepest of them.
 */
export function sealJoin(
  heads: readonly AuditEvent[],
  input: AuditEventInput,
  hash: (s: string) => string,
): AuditEvent {
  const first = heads[0]
  if (!first || heads.length < 2) throw new RangeError('a join follows at least two events')
  const unsealed = {
    ...input,
    seq: Math.max(...heads.map((h) => h.seq)) + 1,
    prevHash: first.hash,
    parents: heads.map((h) => h.hash),
  }
  return { ...unsealed, hash: eventHash(unsealed, hash) }
}

/** The next event of a chain, sealed with the previous event's hash. */
export function sealEvent(
  last: AuditEvent | undefined,
  input: AuditEventInput,
  hash: (s: string) => string,
): AuditEvent {
  const unsealed = {
    ...input,
    seq: last ? last.seq + 1 : 1,
    prevHash: last ? last.hash : GENESIS_HASH,
  }
  return { ...unsealed, hash: eventHash(unsealed, hash) }
}

/** A new chain with one more event (the input chain is not changed). */
export function appendEvent(
  chain: readonly AuditEvent[],
  input: AuditEventInput,
  hash: (s: string) => string,
): AuditEvent[] {
  return [...chain, sealEvent(chain[chain.length - 1], input, hash)]
}

export type ChainBreak = 'malformed' | 'sequence' | 'previous-hash' | 'hash'

export type ChainVerdict =
  | { readonly intact: true; readonly length: number }
  | {
      readonly intact: false
      readonly firstBadSeq: number
      readonly reason: string
      readonly kind: ChainBreak
    }

/**
 * Checks every link: each event follows one recorded before it in the file (sequence number one
 * more, prevHash its hash), the first follows nothing (sequence 1), and each hash is the hash of
 * its event. A trail merged from machines is a graph: a branch's events follow an earlier event
 * rather than the one just before them, and a join event names every head it follows; every
 * event but the last must be followed by a later one, so no branch can be cut off unseen. Names
 * the first position where the history was edited, removed, reordered or inserted into.
 */
export function verifyChain(events: readonly unknown[], hash: (s: string) => string): ChainVerdict {
  let prev: AuditEvent | undefined
  const known = new Map<string, AuditEvent>()
  const followed = new Set<string>()
  for (let i = 0; i < events.length; i++) {
    const expectedSeq = i + 1
    const parsed = AuditEventSchema.safeParse(events[i])
    if (!parsed.success) {
      return {
        intact: false,
        firstBadSeq: expectedSeq,
        kind: 'malformed',
        reason: `event ${expectedSeq} is not a valid audit event`,
      }
    }
    const e = parsed.data
    const follows = e.parents ?? [e.prevHash]
    const linked =
      e.prevHash === follows[0] &&
      (e.prevHash === GENESIS_HASH
        ? i === 0 && e.seq === 1 && e.parents === undefined
        : follows.every((h) => known.has(h)) &&
          e.seq === Math.max(...follows.map((h) => known.get(h)?.seq ?? 0)) + 1)
    if (!linked) {
      if (e.seq !== expectedSeq && e.parents === undefined && !known.has(e.prevHash)) {
        return {
          intact: false,
          firstBadSeq: expectedSeq,
          kind: 'sequence',
          reason: `event at position ${expectedSeq} has sequence number ${e.seq}: events were removed, inserted or reordered`,
        }
      }
      return {
        intact: false,
        firstBadSeq: expectedSeq,
        kind: 'previous-hash',
        reason: `event ${expectedSeq} does not carry the hash of event ${prev ? expectedSeq - 1 : 'before it'}: the history before it was changed`,
      }
    }
    if (eventHash(e, hash) !== e.hash) {
      return {
        intact: false,
        firstBadSeq: expectedSeq,
        kind: 'hash',
        reason: `event ${expectedSeq} (${e.action} on ${e.target}) was altered after it was recorded`,
      }
    }
    for (const h of follows) followed.add(h)
    known.set(e.hash, e)
    prev = e
  }
  for (let i = 0; i < events.length - 1; i++) {
    const e = events[i] as AuditEvent
    if (!followed.has(e.hash)) {
      return {
        intact: false,
        firstBadSeq: i + 2,
        kind: 'previous-hash',
        reason: `event ${i + 2} does not follow event ${i + 1} (${e.action} on ${e.target}), and no later event joins it: an event was inserted, or the one that joined two branches was removed`,
      }
    }
  }
  return { intact: true, length: events.length }
}
