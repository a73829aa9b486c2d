// A draft on disk as one file per record (head schema 6): the head `drafts/<id>.json` holds the
// draft record and its small mutable fields and lists every record file with the hash of its
// bytes; each revision, audit event, claim, query, quote, transcript, attachment, sign-off and
// accepted finding is its own file under `drafts/<id>/<collection>/<name>.json`, and each of a
// claim's sources, comments and verdict changes its own file under
// `drafts/<id>/claims/<claim>/<sources|comments|verdicts>/<name>.json`. A head of schema 5 (the
// claim's sources, comments and verdict history inside the claim's file) reads as before and is
// written in this layout at its next write. See docs/storage.md.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { AttachmentSchema, DraftRecordSchema, IdSchema, RevisionSchema } from '@shared/domain'
import { AuditEventSchema, canonicalJson } from '@shared/audit/chain'
import { DraftTeamStateSchema } from '@shared/team/records'
import {
  ClaimCommentSchema,
  ClaimSchema,
  ClaimSourceSchema,
  VerdictChangeSchema,
} from '@shared/claims/domain'
import { QuerySchema } from '@shared/claims/queries'
import {
  AcceptedFindingSchema,
  ImportedLegalSchema,
  QuoteRecordSchema,
  StoredSignoffSchema,
  TranscriptRecordSchema,
} from '@shared/records'
import { DISMISSED_LIMIT, DRAFT_SCHEMA_VERSION, type DraftFile } from './draft-file'

/** Marks a head file (as opposed to a whole draft in one file, schemas 1 to 5). */
export const RECORDS_LAYOUT = 'records'

/**
 * A head's schema: 5, a claim's sources, comments and verdict history inside its file; 6, each
 * of them a file of its own (what Galley writes). A whole-draft file's content is still schema 5.
 */
export const HEAD_SCHEMA_VERSION = 6

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
  top('claims', ClaimSchema.omit({ sources: true, comments: true, history: true }), (r) => r['id']),
  top('queries', QuerySchema, (r) => r['id']),
  top('quotes', QuoteRecordSchema, (r) => r['id']),
  top('transcripts', TranscriptRecordSchema, (r) => r['attachmentId']),
  top('attachments', AttachmentSchema, (r) => r['id']),
  legal('signoffs', StoredSignoffSchema, (r) => r['id']),
  legal('accepted', AcceptedFindingSchema, () => null),
]

/** The parts of a claim kept as files of their own, under `claims/<claim>/<part>/`. */
export const CLAIM_PART_NAMES = ['sources', 'comments', 'verdicts'] as const
export type ClaimPartName = (typeof CLAIM_PART_NAMES)[number]

interface ClaimPart {
  readonly name: ClaimPartName
  /** The claim's field that holds them, in order. */
  readonly field: 'sources' | 'comments' | 'history'
  readonly schema: z.ZodType<unknown>
  readonly immutable: boolean
  readonly key: (record: Record<string, unknown>) => unknown
  /** What one is, for a sentence. */
  readonly what: string
}

const CLAIM_PARTS: readonly ClaimPart[] = [
  {
    name: 'sources',
    field: 'sources',
    schema: ClaimSourceSchema,
    immutable: false,
    key: (r) => r['id'],
    what: 'a source of a claim',
  },
  // A comment is never edited once made: named by its id.
  {
    name: 'comments',
    field: 'comments',
    schema: ClaimCommentSchema,
    immutable: true,
    key: (r) => r['id'],
    what: 'a comment on a claim',
  },
  // A verdict change has no id: named by the hash of its bytes, so the same change is the same
  // file on every machine and two machines recording changes never write the same file.
  {
    name: 'verdicts',
    field: 'history',
    schema: VerdictChangeSchema,
    immutable: true,
    key: () => null,
    what: 'a verdict change of a claim',
  },
]

const HashSchema = z.string().regex(/^[0-9a-f]{16}$/)

/** One record file listed in a head: its name (without .json) and the hash of its bytes. */
const ListedSchema = z.tuple([IdSchema, HashSchema])

/** One file of a claim's part listed in a head: the claim's file name, its name, its hash. */
const ListedPartSchema = z.tuple([IdSchema, IdSchema, HashSchema])

const listings = Object.fromEntries(
  COLLECTION_NAMES.map((n) => [n, z.array(ListedSchema).max(200_000)]),
) as Record<CollectionName, z.ZodArray<typeof ListedSchema>>

/** The head file of a draft kept as records (schema 6). */
export const DraftHeadSchema = z.object({
  schemaVersion: z.literal(HEAD_SCHEMA_VERSION),
  layout: z.literal(RECORDS_LAYOUT),
  draft: DraftRecordSchema,
  dismissedSuggestions: z.array(z.string().max(400)).max(DISMISSED_LIMIT),
  legal: z.object({
    subject: z.string().max(200),
    imported: z.array(ImportedLegalSchema).max(100).optional(),
  }),
  team: DraftTeamStateSchema.optional(),
  /**
   * Every record file of the draft, per collection, in the draft's order; a claim's parts in
   * the claim's order, claim by claim.
   */
  records: z.object({
    ...listings,
    ...(Object.fromEntries(
      CLAIM_PART_NAMES.map((n) => [n, z.array(ListedPartSchema).max(1_000_000)]),
    ) as Record<ClaimPartName, z.ZodArray<typeof ListedPartSchema>>),
  }),
})
export type DraftHead = z.infer<typeof DraftHeadSchema>

/** A head of schema 5: a claim's file holds its sources, comments and verdict history. */
export const DraftHeadV5Schema = DraftHeadSchema.extend({
  schemaVersion: z.literal(5),
  records: z.object(listings),
})
export type DraftHeadV5 = z.infer<typeof DraftHeadV5Schema>

/** Either head Galley reads. */
export type AnyDraftHead = DraftHead | DraftHeadV5

/** The short hash a head lists for a record file's bytes. */
export function recordHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16)
}

/**
 * Whether parsed JSON is a head (schema 5 or 6, records layout) rather than a whole draft: it
 * says so, or it has a schema only heads have (then read, and refused, as a head).
 */
export function isHead(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false
  const r = raw as Record<string, unknown>
  return r['layout'] === RECORDS_LAYOUT || r['schemaVersion'] === HEAD_SCHEMA_VERSION
}

const SAFE = /^[A-Za-z0-9_-]{1,64}$/

// Revisions and audit events are encoded once while they live.
const encoded = new WeakMap<object, { bytes: Buffer; hash: string }>()

/** A name made of the hash of a record's bytes (the same record: the same name everywhere). */
const hashName = (bytes: Uint8Array) =>
  `h${createHash('sha256').update(bytes).digest('hex').slice(0, 40)}`

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
 * machine whatever built it, and Git sees a file change only when the record did. `cache`: the
 * record is frozen and its bytes kept (revisions and audit events, which nothing changes).
 */
function encode(record: object, cache: boolean): { bytes: Buffer; hash: string } {
  if (cache) {
    const known = encoded.get(record)
    if (known) return known
  }
  const bytes = Buffer.from(canonicalJson(record))
  const out = { bytes, hash: recordHash(bytes) }
  if (cache) {
    deepFreeze(record)
    encoded.set(record, out)
  }
  return out
}

/** One file of a draft kept as records: its path inside `drafts/<id>/`, bytes and hash. */
export interface RecordFile {
  /** The folder it is kept in, inside `drafts/<id>/`: `<collection>` or `claims/<claim>/<part>`. */
  readonly collection: string
  /** `<collection>/<name>.json` or `claims/<claim>/<part>/<name>.json` */
  readonly path: string
  readonly bytes: Buffer
  readonly hash: string
  readonly immutable: boolean
}

/** Picks a record's file name in a folder: its id when safe and unused there, else its hash. */
function nameIn(used: Set<string>, key: unknown, bytes: Uint8Array): string {
  let name = typeof key === 'string' && SAFE.test(key) && !used.has(key) ? key : hashName(bytes)
  for (let n = 2; used.has(name); n++) name = `${name.slice(0, 56)}-${n}`
  used.add(name)
  return name
}

/** A claim without the parts kept as files of their own. */
function claimOwn(claim: Record<string, unknown>): Record<string, unknown> {
  const { sources: _s, comments: _c, history: _h, ...own } = claim
  return own
}

/**
 * Splits a draft into its record files and its head (which lists them). A record is named by its
 * id when that is a safe file name and unique in its folder, else by the hash of its bytes
 * (the same record is then the same name on every machine). A claim's file holds the claim's own
 * fields; its sources, comments and verdict changes are files in `claims/<claim>/<part>/`.
 */
export function splitDraft(file: DraftFile): { head: string; records: RecordFile[] } {
  const records: RecordFile[] = []
  const listing = {} as Record<CollectionName, Array<[string, string]>>
  const parts = Object.fromEntries(CLAIM_PART_NAMES.map((n) => [n, []])) as unknown as Record<
    ClaimPartName,
    Array<[string, string, string]>
  >
  for (const c of COLLECTIONS) {
    const used = new Set<string>()
    const list: Array<[string, string]> = []
    for (const record of c.get(file)) {
      const isClaim = c.name === 'claims'
      const own = isClaim ? claimOwn(record as Record<string, unknown>) : record
      const { bytes, hash } = encode(own, c.immutable)
      const name = nameIn(used, c.key(own as Record<string, unknown>), bytes)
      list.push([name, hash])
      records.push({
        collection: c.name,
        path: `${c.name}/${name}.json`,
        bytes,
        hash,
        immutable: c.immutable,
      })
      if (!isClaim) continue
      for (const p of CLAIM_PARTS) {
        const folder = `claims/${name}/${p.name}`
        const usedHere = new Set<string>()
        for (const part of (record as Record<string, readonly object[]>)[p.field] ?? []) {
          const encodedPart = encode(part, false)
          const partName = nameIn(
            usedHere,
            p.key(part as Record<string, unknown>),
            encodedPart.bytes,
          )
          parts[p.name].push([name, partName, encodedPart.hash])
          records.push({
            collection: folder,
            path: `${folder}/${partName}.json`,
            bytes: encodedPart.bytes,
            hash: encodedPart.hash,
            immutable: p.immutable,
          })
        }
      }
    }
    listing[c.name] = list
  }
  const { legal } = file
  const head: DraftHead = {
    schemaVersion: HEAD_SCHEMA_VERSION,
    layout: RECORDS_LAYOUT,
    draft: file.draft,
    dismissedSuggestions: file.dismissedSuggestions,
    legal: {
      subject: legal.subject,
      ...(legal.imported === undefined ? {} : { imported: legal.imported }),
    },
    ...(file.team === undefined ? {} : { team: file.team }),
    records: { ...listing, ...parts },
  }
  // Canonical too: the same draft is the same head on every machine, whoever built it.
  return { head: canonicalJson(head), records }
}

/** A record file that could not be used, and why (a sentence a person can read). */
export interface BadRecord {
  readonly path: string
  readonly reason: string
  /** A part of a claim left out only because its claim could not be used (the file may be fine). */
  readonly withClaim?: true
}

/**
 * Puts a draft together from its head and its record files: `read` gives each listed file's
 * bytes (null when missing). A record that is missing, not JSON or not what Galley expects is
 * left out and returned in `bad` (with a claim, the files of its parts); the draft as put
 * together is validated by the caller.
 */
export async function assembleDraft(
  head: AnyDraftHead,
  read: (path: string, hash: string) => Promise<Buffer | null>,
): Promise<{ draft: Record<string, unknown>; bad: BadRecord[] }> {
  const { records, layout: _layout, legal, ...rest } = head
  const draft: Record<string, unknown> = {
    ...rest,
    // The content is a draft of schema 5 whichever head lists it.
    schemaVersion: DRAFT_SCHEMA_VERSION,
    legal: { ...legal },
  }
  const bad: BadRecord[] = []
  const readOne = async (
    path: string,
    hash: string,
    check: (bytes: Buffer) => { record: unknown } | { reason: string },
  ): Promise<{ record: unknown } | null> => {
    let bytes: Buffer | null
    try {
      bytes = await read(path, hash)
    } catch (e) {
      bad.push({ path, reason: reasonOf(e) })
      return null
    }
    if (bytes === null) {
      bad.push({ path, reason: 'the record file is missing' })
      return null
    }
    const parsed = check(bytes)
    if ('reason' in parsed) {
      bad.push({ path, reason: parsed.reason })
      return null
    }
    return parsed
  }
  // Schema 5: a claim's file holds the whole claim.
  const partsApart = head.schemaVersion === HEAD_SCHEMA_VERSION
  const claims = new Map<string, Record<string, unknown>>()
  for (const c of COLLECTIONS) {
    const out: unknown[] = []
    const schema = c.name === 'claims' && !partsApart ? ClaimSchema : c.schema
    for (const [name, hash] of records[c.name]) {
      const got = await readOne(`${c.name}/${name}.json`, hash, (bytes) =>
        parseRecord(bytes, schema, whatOf(c.name), c.check),
      )
      if (got === null) continue
      out.push(got.record)
      if (c.name === 'claims' && partsApart) {
        const claim = got.record as Record<string, unknown>
        for (const p of CLAIM_PARTS) claim[p.field] = []
        claims.set(name, claim)
      }
    }
    c.set(draft, out)
  }
  if ('sources' in records) {
    for (const p of CLAIM_PARTS) {
      for (const [claimName, name, hash] of records[p.name]) {
        const path = `claims/${claimName}/${p.name}/${name}.json`
        const claim = claims.get(claimName)
        if (!claim) {
          const why = records.claims.some(([n]) => n === claimName)
            ? `the claim it belongs to (claims/${claimName}.json) could not be used`
            : `the claim it belongs to (${claimName}) is not in the draft`
          bad.push({ path, reason: why, withClaim: true })
          continue
        }
        const got = await readOne(path, hash, (bytes) => parseRecord(bytes, p.schema, p.what))
        if (got) (claim[p.field] as unknown[]).push(got.record)
      }
    }
  }
  return { draft, bad }
}

function reasonOf(e: unknown): string {
  const r = (e as { reason?: unknown }).reason
  return typeof r === 'string' ? r : `it could not be read (${String(e)})`
}

const whatOf = (name: CollectionName) =>
  name === 'audit' ? 'an audit event' : `a record of ${name}`

/** Parses one record file's bytes and checks it against its schema. */
function parseRecord(
  bytes: Buffer,
  schema: z.ZodType<unknown>,
  what: string,
  check?: (record: Record<string, unknown>) => string | null,
): { record: unknown } | { reason: string } {
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
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    return {
      reason: `its contents are not what Galley expects of ${what}${where}: ${issue?.message ?? 'invalid'}`,
    }
  }
  const why = check?.(parsed.data as Record<string, unknown>) ?? null
  return why === null ? { record: parsed.data } : { reason: why }
}
