import { join } from 'node:path'
import { Low } from 'lowdb'
import {
  DRAFT_MIGRATIONS,
  DRAFT_SCHEMA_VERSION,
  DraftFileSchema,
  type DraftFile,
} from '../storage/draft-file'
import { DraftFolder, type ReadMode } from '../storage/draft-folder'
import { isHead } from '../storage/draft-records'
import { CorruptFileError, ValidatedJsonFile } from '../storage/json-store'
import { readLibraryFile } from '../storage/safe-read'
import { alteredRevision, freezeRevision } from './records'

/** The library's folder of draft files. */
export const DRAFTS = 'drafts'

/** How a whole draft in one file is read: its schema, version and migrations (synced files too). */
export const draftSpec = {
  schema: DraftFileSchema,
  version: DRAFT_SCHEMA_VERSION,
  migrations: DRAFT_MIGRATIONS,
}

/** Where a draft's head file lives in a library folder (its records are in `drafts/<id>/`). */
export function draftPath(libraryDir: string, id: string): string {
  return join(libraryDir, DRAFTS, `${id}.json`)
}

/** A lowdb handle on a draft (validated reads, atomic writes of its record files), holding `data`. */
export function draftDb(libraryDir: string, id: string, data: DraftFile): Low<DraftFile> {
  return new Low<DraftFile>(new DraftFolder(libraryDir, id), data)
}

/**
 * Reads draft `id` (its head and record files) with its revisions frozen; throws CorruptFileError
 * when it cannot be read or holds another draft. `mode.quarantine` false only looks: bad record
 * files are left where they are.
 */
export async function readDraft(
  libraryDir: string,
  id: string,
  mode: Partial<ReadMode> = {},
): Promise<Low<DraftFile>> {
  const file = draftPath(libraryDir, id)
  const db = draftDb(libraryDir, id, null as unknown as DraftFile)
  const adapter = db.adapter as DraftFolder
  adapter.mode = { quarantine: true, migrate: false, ...mode }
  await db.read()
  if (db.data === null)
    throw new CorruptFileError(file, 'it is gone (removed while Galley read it)')
  if (db.data.draft.id !== id) {
    throw new CorruptFileError(
      file,
      `it names draft "${db.data.draft.id}" but is stored as ${id}.json`,
    )
  }
  const altered = alteredRevision(db.data)
  if (altered !== null) {
    throw new CorruptFileError(
      file,
      `revision ${altered.number}'s text does not match the sha-256 recorded when it was saved: it was changed outside Galley. Restore the last good version, or keep the file in quarantine to see what was changed`,
    )
  }
  db.data.revisions = db.data.revisions.map(freezeRevision)
  return db
}

/** Resolves once every write queued so far to these library files has finished (or failed). */
export async function filesIdle(dbs: Iterable<{ readonly adapter: unknown }>): Promise<void> {
  await Promise.all(
    [...dbs].map(({ adapter }) =>
      adapter instanceof ValidatedJsonFile || adapter instanceof DraftFolder
        ? adapter.idle()
        : Promise.resolve(),
    ),
  )
}

/** What a search result shows of a draft: its current text and its claims, sources and people. */
export interface DraftText {
  readonly body: string
  readonly claims: readonly string[]
  readonly sources: readonly string[]
  readonly people: readonly string[]
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v)
    ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && !!x)
    : []

/**
 * A draft's text for a search snippet, read from its file without keeping it in memory or
 * checking it the way an open does (it is only shown; opening the draft checks it).
 */
export async function readDraftText(libraryDir: string, id: string): Promise<DraftText | null> {
  const bytes = await readLibraryFile(draftPath(libraryDir, id))
  if (bytes === null) return null
  let doc = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
  if (isHead(doc)) {
    // Kept as records: put together without checking (what is shown is only a snippet).
    doc = await headText(libraryDir, id, doc)
  }
  const draft = (doc['draft'] ?? {}) as Record<string, unknown>
  const current = list(doc['revisions']).find((r) => r['id'] === draft['currentRevisionId'])
  const claims: string[] = []
  const sources: string[] = []
  for (const c of list(doc['claims'])) {
    claims.push(
      str((c['anchor'] as Record<string, unknown> | undefined)?.['exact']),
      str(c['note']),
    )
    for (const s of list(c['sources']))
      sources.push(str(s['citation']), str(s['url']), str(s['note']))
  }
  const people = [str(draft['byline'])]
  for (const q of list(doc['quotes'])) {
    people.push(str((q['speaker'] as Record<string, unknown> | null | undefined)?.['name']))
  }
  return {
    body: str(current?.['body']),
    claims: claims.filter(Boolean),
    sources: sources.filter(Boolean),
    people: people.filter(Boolean),
  }
}

/** The parts of a draft kept as records that a snippet shows: current revision, claims, quotes. */
async function headText(
  libraryDir: string,
  id: string,
  head: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const records = (head['records'] ?? {}) as Record<string, unknown>
  const draft = (head['draft'] ?? {}) as Record<string, unknown>
  const named = async (collection: string, only?: unknown) => {
    const listed = Array.isArray(records[collection]) ? (records[collection] as unknown[]) : []
    const out: Array<[string, Record<string, unknown>]> = []
    for (const entry of listed) {
      const name = Array.isArray(entry) ? entry[0] : null
      if (typeof name !== 'string' || !SAFE.test(name)) continue
      if (only !== undefined && name !== only) continue
      const bytes = await readLibraryFile(join(libraryDir, DRAFTS, id, collection, `${name}.json`))
      if (bytes !== null)
        out.push([name, JSON.parse(bytes.toString('utf8')) as Record<string, unknown>])
    }
    return out
  }
  const read = async (collection: string, only?: unknown) =>
    (await named(collection, only)).map(([, record]) => record)
  const claims = await named('claims')
  // Head schema 6: a claim's sources are files of their own, listed with the claim's file name.
  const byName = new Map(claims)
  const listedSources = Array.isArray(records['sources']) ? (records['sources'] as unknown[]) : []
  for (const entry of listedSources) {
    const [claimName, name] = Array.isArray(entry) ? (entry as unknown[]) : []
    const claim = typeof claimName === 'string' ? byName.get(claimName) : undefined
    if (!claim || typeof claimName !== 'string' || typeof name !== 'string' || !SAFE.test(name))
      continue
    const bytes = await readLibraryFile(
      join(libraryDir, DRAFTS, id, 'claims', claimName, 'sources', `${name}.json`),
    )
    if (bytes === null) continue
    const sources = Array.isArray(claim['sources']) ? (claim['sources'] as unknown[]) : []
    claim['sources'] = [...sources, JSON.parse(bytes.toString('utf8'))]
  }
  return {
    draft,
    revisions: await read('revisions', draft['currentRevisionId']),
    claims: claims.map(([, claim]) => claim),
    quotes: await read('quotes'),
  }
}

const SAFE = /^[A-Za-z0-9_-]{1,64}$/
