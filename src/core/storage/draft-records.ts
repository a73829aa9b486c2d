// A draft on disk as one file per record (schema 5): the head `drafts/<id>.json` holds the draft
// record and its small mutable fields and lists every record file with the hash of its bytes;
// each revision, audit event, claim, query, quote, transcript, attachment, sign-off and accepted
// finding is its own file under `drafts/<id>/<collection>/<name>.json`. See docs/storage.md.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { AttachmentSchema, DraftRecordSchema, IdSchema, RevisionSchema } from '@shared/domain'
import { AuditEventSchema, canonicalJson } from '@shared/audit/chain'
import { DraftTeamStateSchema } from '@shared/team/records'
import { ClaimSchema } from '@shared/claims/domain'
import { QuerySchema } from '@shared/claims/queries'
import {
  AcceptedFindingSchema,
  ImportedLegalSchema,
  QuoteRecordSchema,
  StoredSignoffSchema,
  TranscriptRecordSchema,
} from '@shared/records'
import { DISMISSED_LIMIT, DRAFT_SCHEMA_VERSION, type DraftFile } from './draft-file'

/** Marks a head file (as opposed to a whole draft in one file, schemas 1 to 4). */
export const RECORDS_LAYOUT = 'records'

/** How a collection of records is kept: where it lives in the draft, its schema, its names. */
interface Collection {
  readonly name: CollectionName
  readonly schema: z.ZodType<unknown>
  /** Never changes once written (revisions, audit events): no backup is kept of its file. */
  readonly immutable: boolean
  get(file: DraftFile): readonly object[]
  set(file: Record<string, unknown>, records: unknown[]): void
  /** The record's own id when it has one (its file's name); else its file is named by hash. */
  key(record: Record<string, unknown>): unknown
  /** Why a record that has the right shape still cannot be used (null: it can). */
  check?(record: Record<string, unknown>): string | null
}

export const COLLECTION_NAMES = [
  'revisions',
  'audit',
  'claims',
  'queries',
  'quotes',
  'transcripts',
  'attachments',
  'signoffs',
  'accepted',
] as const
export type CollectionName = (typeof COLLECTION_NAMES)[number]

const top = (
  name: CollectionName,
  schema: z.ZodType<unknown>,
  key: (r: Record<string, unknown>) => unknown,
  immutable = false,
): Collection => ({
  name,
  schema,
  immutable,
  get: (file) => (file as unknown as Record<string, object[]>)[name] ?? [],
  set: (file, records) => {
    file[name] = records
  },
  key,
})

const legal = (
  name: 'signoffs' | 'accepted',
  schema: z.ZodType<unknown>,
  key: (r: Record<string, unknown>) => unknown,
): Collection => ({
  name,
  schema,
  immutable: false,
  get: (file) => file.legal[name],
  set: (file, records) => {
    const l = (file['legal'] ?? {}) as Record<string, unknown>
    file['legal'] = { ...l, [name]: records }
  },
  key,
})

export const COLLECTIONS: readonly Collection[] = [
  {
    ...top('revisions', RevisionSchema, (r) => r['id'], true),
    check: (r) =>
      createHash('sha256').update(String(r['body'])).digest('hex') === r['hash']
        ? null
        : `revision ${String(r['number'])}'s text does not match the sha-256 recorded when it was saved: it was changed outside Galley`,
  },
  top('audit', AuditEventSchema, (r) => r['hash'], true),
  top('claims', ClaimSchema, (r) => r['id']),
  top('queries', QuerySchema, (r) => r['id']),
  top('quotes', QuoteRecordSchema, (r) => r['id']),
  top('transcripts', TranscriptRecordSchema, (r) => r['attachmentId']),
  top('attachments', AttachmentSchema, (r) => r['id']),
  legal('signoffs', StoredSignoffSchema, (r) => r['id']),
  legal('accepted', AcceptedFindingSchema, () => null),
]

/** One record file listed in a head: its name (without .json) and the hash of its bytes. */
const ListedSchema = z.tuple([IdSchema, z.string().regex(/^[0-9a-f]{16}$/)])

/** The head file of a draft kept as records. */
export const DraftHeadSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  layout: z.literal(RECORDS_LAYOUT),
  draft: DraftRecordSchema,
  dismissedSuggestions: z.array(z.string().max(400)).max(DISMISSED_LIMIT),
  legal: z.object({
    subject: z.string().max(200),
    imported: z.array(ImportedLegalSchema).max(100).optional(),
  }),
  team: DraftTeamStateSchema.optional(),
  /** Every record file of the draft, per collection, in the draft's order. */
  records: z.object(
    Object.fromEntries(
      COLLECTION_NAMES.map((n) => [n, z.array(ListedSchema).max(200_000)]),
    ) as Record<CollectionName, z.ZodArray<typeof ListedSchema>>,
  ),
})
export type DraftHead = z.infer<typeof DraftHeadSchema>

/** The short hash a head lists for a record file's bytes. */
export function recordHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16)
}

/** Whether parsed JSON is a head (schema 5, records layout) rather than a whole draft. */
export function isHead(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as Record<string, unknown>)['layout'] === RECORDS_LAYOUT
  )
}

const SAFE = /^[A-Za-z0-9_-]{1,64}$/

// Immutable records (revisions, audit events) are encoded once while they live.
const encoded = new WeakMap<object, { bytes: Buffer; hash: string }>()

/** Freezes a value and everything in it, so changing it throws instead of going unwritten. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return
  Object.freeze(value)
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) deepFreeze(child)
  }
}

/**
 * A record's bytes: canonical JSON (keys sorted), so the same record is the same bytes on every
 * machine whatever built it, and Git sees a file change only when the record did.
 */
function encode(record: object, immutable: boolean): { bytes: Buffer; hash: string } {
  if (immutable) {
    const known = encoded.get(record)
    if (known) return known
  }
  const bytes = Buffer.from(canonicalJson(record))
  const out = { bytes, hash: recordHash(bytes) }
  if (immutable) {
    deepFreeze(record)
    encoded.set(record, out)
  }
  return out
}

/** One file of a draft kept as records: its path inside `drafts/<id>/`, bytes and hash. */
export interface RecordFile {
  readonly collection: CollectionName
  /** `<collection>/<name>.json` */
  readonly path: string
  readonly bytes: Buffer
  readonly hash: string
  readonly immutable: boolean
}

/**
 * Splits a draft into its record files and its head (which lists them). A record is named by its
 * id when that is a safe file name and unique in its collection, else by the hash of its bytes
 * (the same record is then the same name on every machine).
 */
export function splitDraft(file: DraftFile): { head: string; records: RecordFile[] } {
  const records: RecordFile[] = []
  const listing = {} as Record<CollectionName, Array<[string, string]>>
  for (const c of COLLECTIONS) {
    const used = new Set<string>()
    const list: Array<[string, string]> = []
    for (const record of c.get(file)) {
      const { bytes, hash } = encode(record, c.immutable)
      const key = c.key(record as Record<string, unknown>)
      let name =
        typeof key === 'string' && SAFE.test(key) && !used.has(key)
          ? key
          : `h${createHash('sha256').update(bytes).digest('hex').slice(0, 40)}`
      for (let n = 2; used.has(name); n++) name = `${name.slice(0, 56)}-${n}`
      used.add(name)
      list.push([name, hash])
      records.push({
        collection: c.name,
        path: `${c.name}/${name}.json`,
        bytes,
        hash,
        immutable: c.immutable,
      })
    }
    listing[c.name] = list
  }
  const { legal } = file
  const head: DraftHead = {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    layout: RECORDS_LAYOUT,
    draft: file.draft,
    dismissedSuggestions: file.dismissedSuggestions,
    legal: {
      subject: legal.subject,
      ...(legal.imported === undefined ? {} : { imported: legal.imported }),
    },
    ...(file.team === undefined ? {} : { team: file.team }),
    records: listing,
  }
  // Canonical too: the same draft is the same head on every machine, whoever built it.
  return { head: canonicalJson(head), records }
}

/** A record file that could not be used, and why (a sentence a person can read). */
export interface BadRecord {
  readonly path: string
  readonly reason: string
}

/**
 * Puts a draft together from its head and its record files: `read` gives each listed file's
 * bytes (null when missing). A record that is missing, not JSON or not what Galley expects is
 * left out and returned in `bad`; the draft as put together is validated by the caller.
 */
export async function assembleDraft(
  head: DraftHead,
  read: (path: string, hash: string) => Promise<Buffer | null>,
): Promise<{ draft: Record<string, unknown>; bad: BadRecord[] }> {
  const { records, layout: _layout, legal, ...rest } = head
  const draft: Record<string, unknown> = {
    ...rest,
    legal: { ...legal },
  }
  const bad: BadRecord[] = []
  for (const c of COLLECTIONS) {
    const out: unknown[] = []
    for (const [name, hash] of records[c.name]) {
      const path = `${c.name}/${name}.json`
      let bytes: Buffer | null
      try {
        bytes = await read(path, hash)
      } catch (e) {
        bad.push({ path, reason: reasonOf(e) })
        continue
      }
      if (bytes === null) {
        bad.push({ path, reason: 'the record file is missing' })
        continue
      }
      const parsed = parseRecord(c, bytes)
      if ('reason' in parsed) bad.push({ path, reason: parsed.reason })
      else out.push(parsed.record)
    }
    c.set(draft, out)
  }
  return { draft, bad }
}

function reasonOf(e: unknown): string {
  const r = (e as { reason?: unknown }).reason
  return typeof r === 'string' ? r : `it could not be read (${String(e)})`
}

/** Parses one record file's bytes and checks it against its collection's schema. */
function parseRecord(c: Collection, bytes: Buffer): { record: unknown } | { reason: string } {
  const text = new TextDecoder('utf-8', { fatal: true })
  let raw: unknown
  try {
    const s = text.decode(bytes)
    if (s.trim().length === 0) return { reason: 'the file is empty' }
    raw = JSON.parse(s)
  } catch (e) {
    if (e instanceof TypeError) return { reason: 'it is not valid UTF-8 text' }
    return {
      reason: /^\0+$/.test(bytes.subarray(0, 64).toString('latin1'))
        ? 'the file is filled with zero bytes (often left by a crash or full disk)'
        : 'it is not valid JSON (it may have been cut short)',
    }
  }
  const parsed = c.schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    return {
      reason: `its contents are not what Galley expects of ${c.name === 'audit' ? 'an audit event' : `a record of ${c.name}`}${where}: ${issue?.message ?? 'invalid'}`,
    }
  }
  const why = c.check?.(parsed.data as Record<string, unknown>) ?? null
  return why === null ? { record: parsed.data } : { reason: why }
}
