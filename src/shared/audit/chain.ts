import { z } from 'zod'
import { RoleSchema } from '../domain'

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
  hash: z.string().max(128),
})
export type AuditEvent = z.infer<typeof AuditEventSchema>

/** What the caller supplies; the chain adds seq, prevHash and hash. */
export type AuditEventInput = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash'>

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
export function eventHash(event: Omit<AuditEvent, 'hash'>, hash: (s: string) => string): string {
  const { seq, at, by, role, action, target, before, after, state, prevHash } = event
  return hash(canonicalJson({ seq, at, by, role, action, target, before, after, state, prevHash }))
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
 * Checks every link: sequence numbers 1, 2, 3…, each prevHash equal to the previous hash, each
 * hash equal to the hash of its event. Names the first position where the history was edited,
 * removed, reordered or inserted into.
 */
export function verifyChain(events: readonly unknown[], hash: (s: string) => string): ChainVerdict {
  let prev: AuditEvent | undefined
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
    if (e.seq !== expectedSeq) {
      return {
        intact: false,
        firstBadSeq: expectedSeq,
        kind: 'sequence',
        reason: `event at position ${expectedSeq} has sequence number ${e.seq}: events were removed, inserted or reordered`,
      }
    }
    const wantPrev = prev ? prev.hash : GENESIS_HASH
    if (e.prevHash !== wantPrev) {
      return {
        intact: false,
        firstBadSeq: expectedSeq,
        kind: 'previous-hash',
        reason: `event ${expectedSeq} does not carry the hash of event ${expectedSeq - 1}: the history before it was changed`,
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
    prev = e
  }
  return { intact: true, length: events.length }
}
