// Sharing a library through any Git smart-HTTP(S) server, and syncing it: commit this machine's
// changes, fetch, merge record by record, push; a push refused because someone pushed first
// fetches, merges and tries again. Being offline is a state, not an error.
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve as resolvePath } from 'node:path'
import http from 'isomorphic-git/http/node'
import { canonicalJson } from '@shared/audit/chain'
import type { Profile } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { LibraryMarkerSchema, type LibraryMarker } from '@shared/team/records'
import { newId } from '../ids'
import type { Library } from '../library'
import { isTempName, writeFileAtomic } from '../storage/atomic'
import { DraftFileSchema, type DraftFile } from '../storage/draft-file'
import { parseHead } from '../storage/draft-folder'
import {
  CLAIM_PART_NAMES,
  COLLECTION_NAMES,
  assembleDraft,
  isHead,
  type BadRecord,
} from '../storage/draft-records'
import { CorruptFileError, parseStored } from '../storage/json-store'
import { PeopleFileSchema, type PeopleFile } from '../storage/settings-file'
import { DRAFTS, draftSpec } from '../store/files'
import { alteredRevision } from '../store/records'
import { isDraftPath } from './changes'
import type { Keychain } from './identity'
import { excerpt, mergeDraftFiles, type DraftMergeReport } from './merge'
import {
  draftsOutOfStep,
  seedLeanIndex,
  writeLibraryIndex,
  writtenEntry,
  type NewEntry,
} from './git-index'
import { fetchFirstCopy } from './first-fetch'
import { type PackReader, parseTree } from './pack-reader'
import { commitsToSend, pushBranch } from './push'
import {
  BRANCH,
  GITIGNORE,
  LOCAL_DIR,
  MARKER,
  REMOTE_REF,
  authFor,
  authorOf,
  folderEntries,
  treeEntries,
  fs,
  git,
  gitFailure,
  writeTreeEntries,
  type TreeEntry,
  isOffline,
  isRepo,
  readBlobBytes,
  readBlobText,
  cacheFor,
  readCredentials,
  saveCredentials,
  withGitCache,
  shownUrl,
  threeWay,
  type PathChange,
  type RemoteAccess,
} from './repo'
import { ROSTER_FILE, founderRoster, parseRoster, readRoster, writeRoster } from './roster'

export type SyncState = 'not-shared' | 'synced' | 'pending' | 'offline' | 'error'

/** What the header shows: the state, changes each way, and when the last sync completed. */
export interface SyncStatus {
  readonly state: SyncState
  readonly remote: string | null
  /** Drafts (and other shared files) changed here and not yet in the shared library. */
  readonly toSend: number
  /** Drafts (and other shared files) changed in the shared library and not yet here. */
  readonly toReceive: number
  readonly lastSync: string | null
  /** Why the last sync did not complete, in a sentence (offline included). */
  readonly message: string | null
}

export interface SyncResult {
  readonly status: SyncStatus
  /** Files that came from the shared library. */
  readonly received: number
  /** Drafts merged record by record, with what the merge decided. */
  readonly merged: readonly DraftMergeReport[]
  /** Files from the shared library that failed validation: quarantined, never applied. */
  readonly quarantined: readonly string[]
}

interface LocalState {
  lastSync: string | null
  message: string | null
  offline: boolean
  failed: boolean
}

const STATE_FILE = 'sync.json'

async function readLocalState(dir: string): Promise<LocalState> {
  try {
    const json = JSON.parse(
      await fs.promises.readFile(join(dir, LOCAL_DIR, STATE_FILE), 'utf8'),
    ) as Partial<LocalState>
    return {
      lastSync: typeof json.lastSync === 'string' ? json.lastSync : null,
      message: typeof json.message === 'string' ? json.message : null,
      offline: json.offline === true,
      failed: json.failed === true,
    }
  } catch {
    return { lastSync: null, message: null, offline: false, failed: false }
  }
}

async function writeLocalState(dir: string, state: LocalState): Promise<void> {
  await mkdir(join(dir, LOCAL_DIR), { recursive: true, mode: 0o700 })
  await writeFileAtomic(join(dir, LOCAL_DIR, STATE_FILE), JSON.stringify(state))
}

/** One sync at a time per library folder (the timer and a click may ask at once). */
const running = new Map<string, Promise<unknown>>()
function oneAtATime<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const before = running.get(dir) ?? Promise.resolve()
  const run = before.then(fn, fn)
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  running.set(dir, settled)
  void settled.then(() => {
    if (running.get(dir) === settled) running.delete(dir)
  })
  return run
}

/**
 * What a shared library shares: every other file or folder stays on this machine, and the
 * status walk never enters folders where Galley writes temp files (cache/, quarantine/).
 */
const SHARED_PATHS = ['.gitignore', MARKER, 'people.json', 'drafts', 'attachments', 'team']
/** The shared paths but the drafts: few files, walked at every sync (see `commitLocal`). */
const OTHER_SHARED_PATHS = SHARED_PATHS.filter((p) => p !== 'drafts')

type StatusRow = [filepath: string, head: 0 | 1, workdir: 0 | 1 | 2, stage: 0 | 1 | 2 | 3]

/** Files of a folder of the library, recursively, as paths (backups and temp files left out). */
async function filesOnDisk(dir: string, rel: string): Promise<string[]> {
  const items = await readdir(join(dir, ...rel.split('/')), { withFileTypes: true }).catch(
    () => null,
  )
  if (!items) return []
  const out: string[] = []
  for (const item of items) {
    if (localOnly(item.name)) continue
    const path = `${rel}/${item.name}`
    if (item.isDirectory()) out.push(...(await filesOnDisk(dir, path)))
    else if (item.isFile()) out.push(path)
  }
  return out
}

/**
 * git status of the shared files but the drafts (people, roster, attachments, marker), in
 * statusMatrix's rows: [path, head (0 absent, 1 present), workdir (0 absent, 1 as HEAD, 2
 * changed), stage (0 absent, 1 as HEAD, 2 as workdir, 3 neither)].
 *
 * Not isomorphic-git's statusMatrix: its walk lists every child of a folder before asking
 * whether to enter it, so even a status of these few files read drafts/ of HEAD and of the
 * folder (10,000 entries each at 5,000 drafts; 0.05-1 s a call here). Attachments never change
 * once stored, so one whose size, inode and times match its index entry is not read again.
 */
async function status(dir: string): Promise<StatusRow[]> {
  await seedLeanIndex(dir)
  const head = await headOid(dir)
  const committed = new Map<string, string>()
  const collect = async (entries: Awaited<ReturnType<typeof folderEntries>>, prefix: string) => {
    for (const [name, e] of entries) {
      const path = `${prefix}/${name}`
      if (e.type === 'blob') committed.set(path, e.oid)
      else if (e.type === 'tree') await collect(await treeEntries(dir, e.oid), path)
    }
  }
  const staged = new Map<
    string,
    {
      oid: string
      mode: string
      stat: { size: number; ino: number; mtimeSeconds: number; ctimeSeconds: number }
    }
  >()
  await git.walk({
    fs,
    dir,
    cache: cacheFor(dir),
    trees: [git.STAGE()],
    map: async (filepath, [entry]) => {
      if (filepath === '.') return true
      if (!entry || !OTHER_SHARED_PATHS.includes(filepath.split('/')[0] ?? '')) return null
      if ((await entry.type()) === 'tree') return true
      const stat = await entry.stat()
      const mode = ((await entry.mode()) ?? 0o100644).toString(8)
      staged.set(filepath, { oid: (await entry.oid()) ?? '', mode, stat })
      return null
    },
  })
  // What HEAD has: a folder whose tree the index makes again is the index's (reading HEAD's
  // would read the pack of the first copy, 0.3-0.6 s at 5,000 drafts, for a roster).
  const rootEntries = await folderEntries(dir, head, '')
  const stagedFolders = new Map<string, Folder>()
  for (const [path, e] of staged) {
    const [top, ...rest] = path.split('/')
    if (!top || rest.length === 0) continue
    const folder = stagedFolders.get(top) ?? new Map()
    stagedFolders.set(top, folder)
    setAt(folder, rest, { mode: e.mode, path: '', oid: e.oid, type: 'blob' })
  }
  for (const [name, e] of rootEntries) {
    if (!OTHER_SHARED_PATHS.includes(name)) continue
    if (e.type === 'blob') committed.set(name, e.oid)
    else if (e.type !== 'tree') continue
    else if (
      stagedFolders.has(name) &&
      (await writeFolder(dir, stagedFolders.get(name)!)) === e.oid
    ) {
      for (const [path, st] of staged) if (path.startsWith(`${name}/`)) committed.set(path, st.oid)
    } else await collect(await treeEntries(dir, e.oid), name)
  }
  const onDisk: string[] = []
  for (const p of OTHER_SHARED_PATHS) {
    const st = await lstat(join(dir, p)).catch(() => null)
    if (st?.isFile()) onDisk.push(p)
    else if (st?.isDirectory()) onDisk.push(...(await filesOnDisk(dir, p)))
  }
  const rows: StatusRow[] = []
  const present = new Set(onDisk)
  for (const path of [...new Set([...committed.keys(), ...staged.keys(), ...onDisk])].sort()) {
    const h = committed.get(path) ?? null
    const st = staged.get(path) ?? null
    let w: string | null = null
    if (present.has(path)) {
      const full = join(dir, ...path.split('/'))
      const stat = await lstat(full)
      const same =
        st !== null &&
        path.startsWith('attachments/') &&
        st.stat.size === stat.size &&
        st.stat.ino === stat.ino % 2 ** 32 &&
        st.stat.mtimeSeconds === Math.floor(stat.mtimeMs / 1000) &&
        st.stat.ctimeSeconds === Math.floor(stat.ctimeMs / 1000)
      w = same ? st.oid : (await git.hashBlob({ object: await readFile(full) })).oid
    }
    rows.push([
      path,
      h ? 1 : 0,
      w === null ? 0 : w === h ? 1 : 2,
      st === null ? 0 : st.oid === h ? 1 : st.oid === w ? 2 : 3,
    ])
  }
  return rows
}

/** Stages what a status walk found changed; returns how many files differ from HEAD. */
async function stageRows(
  dir: string,
  rows: readonly StatusRow[],
  quarantined: ReadonlySet<string>,
): Promise<number> {
  let changes = 0
  for (const [filepath, head, workdir, stage] of rows) {
    if (head === 1 && workdir === 1 && stage === 1) continue
    if (workdir === 0) {
      if (quarantined.has(filepath)) continue
      if (head === 0 && stage === 0) continue
      await git.remove({ fs, dir, cache: cacheFor(dir), filepath })
    } else {
      await git.add({ fs, dir, cache: cacheFor(dir), filepath })
    }
    changes++
  }
  return changes
}

/** The library's files quarantined here, as paths of the shared library. */
const quarantinedPaths = (library: Library): ReadonlySet<string> =>
  new Set(library.problems.all.map((p) => p.file.split('\\').join('/')))

/**
 * Commits every change of this machine (drafts, people, roster, attachments). A draft file that
 * was quarantined here is not recorded as deleted: its damage stays local.
 *
 * Drafts: only the ones the change journal names (src/core/team/changes.ts) are committed, from
 * the folder (never through isomorphic-git's index, see `leanIndex`), so a sync costs what
 * changed, not the library's size; when the journal cannot say (none yet, damaged, a merge a
 * kill interrupted, many changes) or `full` is asked, every draft's head is compared with the
 * last commit. The few other shared files (people, roster, attachments, marker) are always
 * walked and staged. Git's index (`.git/index`, for the git program) is then brought in step
 * with the commit for the drafts looked at (git-index.ts).
 */
async function commitLocal(
  library: Library,
  actor: Profile,
  message: string,
  full = false,
  touched: ReadonlySet<string> = new Set(),
): Promise<number> {
  const { dir } = library
  const journal = library.team.changes
  await library.store.idle()
  const snap = journal.snapshot()
  const quarantined = quarantinedPaths(library)
  let changes: number
  let drafts: DraftEntries = new Map()
  const walk = full || snap.full
  // The drafts whose entries in `.git/index` (the git program's) are written again after the
  // commit: the ones committed or looked at, and when the journal cannot say, any whose head
  // there is not the commit's (a kill before the index was written).
  const indexNames = new Set(touched)
  {
    await leanIndex(dir)
    changes = await stageRows(dir, await status(dir), quarantined)
    const head = await headOid(dir)
    // When the journal cannot say, every draft's head is compared with the commit (a draft's
    // record files change only with its head, which lists them by hash).
    const paths = walk ? await changedHeads(dir, head) : snap.paths
    const ids = draftIdsOf(paths)
    for (const id of ids) indexNames.add(id)
    if (ids.size > 0) {
      drafts = await draftsOnDisk(dir, head, ids, quarantined)
      const committed = await folderEntries(dir, head, DRAFTS)
      for (const [name, entry] of drafts) {
        if ((entry?.oid ?? null) !== (committed.get(name)?.oid ?? null)) changes++
      }
    }
    // Staged before (an interrupted sync) but not committed: still to commit.
    const staged = walk && (await status(dir)).some(([, h, , s]) => h !== s)
    if (changes === 0 && !staged) {
      await updateLibraryIndex(dir, indexNames, walk)
      await journal.settle(snap)
      return 0
    }
  }
  const head = await headOid(dir)
  await git.commit({
    fs,
    dir,
    cache: cacheFor(dir),
    message,
    author: authorOf(actor.name),
    tree: await treeToCommit(dir, head, drafts),
  })
  // Before the journal forgets these drafts: a kill in between leaves them named for next time.
  await updateLibraryIndex(dir, indexNames, walk)
  await journal.settle(snap)
  return changes
}

/**
 * Writes `.git/index` for the git program (git-index.ts): the entries of the drafts named, and
 * of every shared file that is not a draft, as the last commit and the folder have them.
 */
async function updateLibraryIndex(
  dir: string,
  names: ReadonlySet<string>,
  walk: boolean,
): Promise<void> {
  const head = await headOid(dir)
  const all = walk ? new Set([...names, ...(await draftsOutOfStep(dir, head))]) : names
  await writeLibraryIndex(dir, head, all)
}

async function headOid(dir: string): Promise<string | null> {
  return git.resolveRef({ fs, dir, ref: 'HEAD' }).catch(() => null)
}

async function remoteOid(dir: string): Promise<string | null> {
  return git.resolveRef({ fs, dir, ref: REMOTE_REF }).catch(() => null)
}

async function fetchRemote(dir: string, remote: RemoteAccess): Promise<void> {
  await git.fetch({
    fs,
    http,
    dir,
    cache: cacheFor(dir),
    url: remote.url,
    remote: 'origin',
    // What the server is told this machine has is the remote branch as last fetched or pushed
    // (a commit the server knows), not this machine's own newer commit: told only that, the
    // server finds nothing in common and sends the whole history (5,000 drafts: 10-18 s).
    ref: REMOTE_REF,
    remoteRef: BRANCH,
    singleBranch: true,
    tags: false,
    ...authFor(remote),
  })
}

/** Reads a Galley marker from a commit; null when the commit is not a Galley library. */
async function markerAt(dir: string, oid: string, gitdir?: string): Promise<LibraryMarker | null> {
  try {
    const { blob } = await git.readBlob({
      fs,
      dir,
      cache: cacheFor(dir),
      ...(gitdir ? { gitdir } : {}),
      oid,
      filepath: MARKER,
    })
    const parsed = LibraryMarkerSchema.safeParse(JSON.parse(Buffer.from(blob).toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function notGalley(remote: RemoteAccess): GalleyError {
  return new GalleyError(
    'unsupported-file',
    `The repository at ${shownUrl(remote.url)} is not a Galley library (it has no ${MARKER}). Nothing was changed; check the address.`,
  )
}

/** Quarantines a file that came from the shared library and failed validation. */
async function quarantineIncoming(
  library: Library,
  path: string,
  bytes: Uint8Array,
  reason: string,
): Promise<string> {
  const at = new Date().toISOString()
  const qdir = join(library.dir, 'quarantine')
  await mkdir(qdir, { recursive: true })
  const name = `${at.replace(/[:.]/g, '-')}-shared-${path.split('/').pop() ?? 'file'}`
  await writeFile(join(qdir, name), bytes)
  const problem = {
    file: path,
    quarantinedAs: `quarantine/${name}`,
    reason: `it came from the shared library and ${reason}; it was not applied`,
    at,
    backupAvailable: false,
  }
  await writeFile(join(qdir, `${name}.reason.json`), JSON.stringify(problem, null, 2))
  return `${path}: ${problem.reason}`
}

/** The folder of a draft's record files, from its head's path (drafts/<id>.json → drafts/<id>). */
const recordFolderOf = (headPath: string) => headPath.slice(0, -'.json'.length)

/**
 * A record file of a draft kept as records: drafts/<id>/<collection>/<name>.json, or a part of a
 * claim, drafts/<id>/claims/<claim>/<sources|comments|verdicts>/<name>.json.
 */
const RECORD_PATH = new RegExp(
  `^drafts/([A-Za-z0-9_-]{1,64})/(?:${COLLECTION_NAMES.join('|')}|claims/[A-Za-z0-9_-]{1,64}/(?:${CLAIM_PART_NAMES.join('|')}))/[A-Za-z0-9_-]{1,64}\\.json$`,
)

/** A draft's folder of record files: drafts/<id> (compared as a whole, see `threeWay`). */
const DRAFT_FOLDER = /^drafts\/([A-Za-z0-9_-]{1,64})$/
const isDraftFolder = (path: string) => DRAFT_FOLDER.test(path)

/**
 * One change per draft: its head and its record files are merged as one draft (the commits'
 * trees are read whole), so a change to any of them is a change to the draft. The unit's ids
 * join the ids of its head and of its folder's tree on each side (null: the draft has no head
 * there).
 */
function draftUnits(changes: readonly PathChange[]): PathChange[] {
  const units = new Map<string, PathChange[]>()
  const out: PathChange[] = []
  for (const change of changes) {
    const id = isDraftPath(change.path)
      ? change.path.slice('drafts/'.length, -'.json'.length)
      : (RECORD_PATH.exec(change.path)?.[1] ?? DRAFT_FOLDER.exec(change.path)?.[1])
    if (!id) {
      out.push(change)
      continue
    }
    units.set(id, [...(units.get(id) ?? []), change])
  }
  for (const [id, members] of units) {
    const head = `drafts/${id}.json`
    const side = (k: 'base' | 'ours' | 'theirs') => members.map((m) => m[k] ?? '-').join(',')
    const headChange = members.find((m) => m.path === head)
    // A side without the head has no draft, unless the head is the same there (not in changes).
    const present = (k: 'base' | 'ours' | 'theirs') => !headChange || headChange[k] !== null
    out.push({
      path: head,
      base: present('base') ? `unit:${side('base')}` : null,
      ours: present('ours') ? `unit:${side('ours')}` : null,
      theirs: present('theirs') ? `unit:${side('theirs')}` : null,
    })
  }
  return out
}

/** How many drafts (a head and its record files count once) and other files these paths are. */
function unitCount(paths: readonly string[]): number {
  return new Set(
    paths.map((p) => {
      const id = RECORD_PATH.exec(p)?.[1]
      return id ? `drafts/${id}.json` : p
    }),
  ).size
}

/** Drafts and other shared files that differ between two commits. */
async function changedDrafts(dir: string, from: string, to: string): Promise<number> {
  return from === to ? 0 : draftUnits(await threeWay(dir, null, from, to, isDraftFolder)).length
}

/**
 * Every draft head whose file differs from the commit `head` (changed, added or deleted): read
 * and hashed one by one, the record files not at all (a draft's record files change only with
 * its head). What the change journal would have named.
 */
async function changedHeads(dir: string, head: string | null): Promise<string[]> {
  const committed = new Map<string, string>()
  for (const [name, e] of await folderEntries(dir, head, DRAFTS)) {
    if (e.type === 'blob') committed.set(`${DRAFTS}/${name}`, e.oid)
  }
  const names = (await readdir(join(dir, DRAFTS)).catch(() => [] as string[]))
    .filter((n) => /^[A-Za-z0-9_-]{1,64}\.json$/.test(n))
    .map((n) => `${DRAFTS}/${n}`)
  const out: string[] = []
  for (let i = 0; i < names.length; i += 64) {
    await Promise.all(
      names.slice(i, i + 64).map(async (path) => {
        const bytes = await readFile(join(dir, ...path.split('/'))).catch(() => null)
        if (bytes === null) return
        const { oid } = await git.hashBlob({ object: bytes })
        if (oid !== committed.get(path)) out.push(path)
      }),
    )
  }
  const present = new Set(names)
  for (const path of committed.keys()) {
    if (isDraftPath(path) && !present.has(path)) out.push(path)
  }
  return out.sort()
}

type Entry = TreeEntry

/**
 * What replaces entries of drafts/ in the next commit, by name (`<id>.json`, the draft's head,
 * and `<id>`, its folder of record files); null: the entry goes.
 */
type DraftEntries = Map<string, Entry | null>

/**
 * Keeps drafts out of isomorphic-git's index (`.git/galley-index`, see repo.ts's LEAN_INDEX).
 * isomorphic-git reads, and on every change rewrites, the whole index, and every status walk
 * turns all of it into folders: with drafts kept as records that is 57,000 entries at 5,000
 * drafts (about 1.4 s a status walk, 0.3 s an add). Drafts are committed from the folder instead
 * (`draftsOnDisk`); its index keeps the few other shared files, and is made from `.git/index`
 * (without drafts) the first time. `.git/index`, with every file, is Galley's (git-index.ts).
 */
async function leanIndex(dir: string): Promise<void> {
  await seedLeanIndex(dir)
  const files = await git.listFiles({ fs, dir, cache: cacheFor(dir) })
  if (files.some((f) => f.startsWith(`${DRAFTS}/`))) {
    await git.remove({ fs, dir, cache: cacheFor(dir), filepath: DRAFTS })
  }
}

/** Files that stay on this machine inside a draft's folder (GITIGNORE: backups, temp files). */
const localOnly = (name: string) => name.endsWith('.bak') || isTempName(name)

type Folder = Map<string, Entry | Folder>

/** A folder of the library as Git would store it, its files written as blobs; null: none. */
async function folderOnDisk(dir: string, rel: string): Promise<Folder | null> {
  const items = await readdir(join(dir, ...rel.split('/')), { withFileTypes: true }).catch(
    (e: unknown) => {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return null
      throw e
    },
  )
  if (!items) return null
  const folder: Folder = new Map()
  for (const item of items) {
    if (localOnly(item.name)) continue
    const path = `${rel}/${item.name}`
    if (item.isDirectory()) {
      const sub = await folderOnDisk(dir, path)
      if (sub && sub.size > 0) folder.set(item.name, sub)
    } else if (item.isFile()) {
      const full = join(dir, ...path.split('/'))
      const bytes = await readFile(full).catch(() => null)
      if (bytes === null) continue
      const executable = ((await lstat(full)).mode & 0o111) !== 0
      const oid = await git.writeBlob({ fs, dir, blob: bytes })
      folder.set(item.name, {
        mode: executable ? '100755' : '100644',
        path: item.name,
        oid,
        type: 'blob',
      })
    }
  }
  return folder
}

/** Sets (or with null removes) the entry at `parts` of a folder, making the folders between. */
function setAt(folder: Folder, parts: readonly string[], entry: Entry | null): void {
  const [first, ...rest] = parts
  if (first === undefined) return
  if (rest.length === 0) {
    if (entry) folder.set(first, { ...entry, path: first })
    else folder.delete(first)
    return
  }
  let next = folder.get(first)
  if (!(next instanceof Map)) {
    if (!entry) return
    next = new Map()
    folder.set(first, next)
  }
  setAt(next, rest, entry)
  if (next.size === 0) folder.delete(first)
}

/** Writes a folder's trees bottom-up; null when it holds nothing. */
async function writeFolder(dir: string, folder: Folder, extra: readonly Entry[] = []) {
  const entries: Entry[] = [...extra]
  for (const [name, item] of folder) {
    if (item instanceof Map) {
      const oid = await writeFolder(dir, item)
      if (oid) entries.push({ mode: '040000', path: name, oid, type: 'tree' })
    } else entries.push(item)
  }
  if (entries.length === 0) return null
  return writeTreeEntries(dir, entries)
}

/** The entry at `path` of a commit (null: not there). */
async function entryAt(dir: string, commit: string | null, path: string): Promise<Entry | null> {
  const at = path.lastIndexOf('/')
  const entries = await folderEntries(dir, commit, path.slice(0, at))
  return entries.get(path.slice(at + 1)) ?? null
}

/**
 * The named drafts as they are in the library folder, for the next commit: each one's head and
 * folder of record files (backups and temp files left out), blobs and trees written.
 * A file quarantined here is not recorded as deleted: the commit `head`'s version stands (a
 * draft whose head was quarantined stays as committed). `overrides` sets paths under drafts/ to
 * a blob of the shared history that is never written to the folder (null: removed).
 */
async function draftsOnDisk(
  dir: string,
  head: string | null,
  ids: ReadonlySet<string>,
  quarantined: ReadonlySet<string>,
  overrides: ReadonlyMap<string, string | null> = new Map(),
): Promise<DraftEntries> {
  const root: Folder = new Map()
  const out: DraftEntries = new Map()
  for (const id of ids) {
    const headPath = `${DRAFTS}/${id}.json`
    const headOnDisk = await lstat(join(dir, DRAFTS, `${id}.json`)).catch(() => null)
    if (!headOnDisk && quarantined.has(headPath)) {
      // Quarantined here: its damage stays local.
      continue
    }
    if (headOnDisk?.isFile()) {
      const bytes = await readFile(join(dir, DRAFTS, `${id}.json`))
      const oid = await git.writeBlob({ fs, dir, blob: bytes })
      root.set(`${id}.json`, { mode: '100644', path: `${id}.json`, oid, type: 'blob' })
    }
    const folder = await folderOnDisk(dir, `${DRAFTS}/${id}`)
    if (folder && folder.size > 0) root.set(id, folder)
    for (const q of quarantined) {
      if (!q.startsWith(`${DRAFTS}/${id}/`)) continue
      const parts = q.slice(DRAFTS.length + 1).split('/')
      if (await lstat(join(dir, ...q.split('/'))).catch(() => null)) continue
      const was = await entryAt(dir, head, q)
      if (was?.type === 'blob') setAt(root, parts, was)
    }
    out.set(`${id}.json`, null)
    out.set(id, null)
  }
  for (const [path, oid] of overrides) {
    if (!path.startsWith(`${DRAFTS}/`)) continue
    const parts = path.slice(DRAFTS.length + 1).split('/')
    setAt(root, parts, oid ? { mode: '100644', path: '', oid, type: 'blob' } : null)
    out.set(parts[0] ?? '', null)
  }
  for (const [name, item] of root) {
    if (item instanceof Map) {
      const oid = await writeFolder(dir, item)
      out.set(name, oid ? { mode: '040000', path: name, oid, type: 'tree' } : null)
    } else out.set(name, item)
  }
  return out
}

/**
 * The tree to commit: everything outside drafts/ from the index; drafts/ as the commit `head`
 * has it, with the entries of `drafts` replaced (the drafts committed, from the folder). Neither
 * every folder of the index (30,000 trees at 5,000 drafts) nor drafts/ as a whole is rebuilt.
 */
async function treeToCommit(dir: string, head: string | null, drafts: DraftEntries) {
  const root: Folder = new Map()
  await git.walk({
    fs,
    dir,
    cache: cacheFor(dir),
    trees: [git.STAGE()],
    map: async (filepath, [entry]) => {
      if (filepath === '.') return true
      // Drafts are not taken from isomorphic-git's index (see leanIndex).
      if (filepath === DRAFTS || !entry) return null
      if ((await entry.type()) === 'tree') return true
      setAt(root, filepath.split('/'), {
        mode: ((await entry.mode()) ?? 0o100644).toString(8),
        path: '',
        oid: (await entry.oid()) ?? '',
        type: 'blob',
      })
      return null
    },
  })
  const entries = new Map(await folderEntries(dir, head, DRAFTS))
  for (const [name, entry] of drafts) {
    if (entry) entries.set(name, entry)
    else entries.delete(name)
  }
  const draftsOid = entries.size > 0 ? await writeTreeEntries(dir, [...entries.values()]) : null
  const rootEntries: Entry[] = draftsOid
    ? [{ mode: '040000', path: DRAFTS, oid: draftsOid, type: 'tree' }]
    : []
  return (await writeFolder(dir, root, rootEntries)) ?? (await git.writeTree({ fs, dir, tree: [] }))
}

/** The names under drafts/ (a draft's id, or another entry's name) of these changed paths. */
function draftIdsOf(paths: Iterable<string>): Set<string> {
  const ids = new Set<string>()
  for (const p of paths) {
    if (!p.startsWith(`${DRAFTS}/`)) continue
    ids.add((p.slice(DRAFTS.length + 1).split('/')[0] ?? '').replace(/\.json$/, ''))
  }
  return ids
}

/** A file of a commit's tree, or null when it is not there. */
async function blobAt(dir: string, commit: string, filepath: string): Promise<Buffer | null> {
  // Through the trees read once per sync: readBlob({ filepath }) parsed drafts/ (10,000 entries
  // at 5,000 drafts) again for every file.
  const at = filepath.lastIndexOf('/')
  const entry = (await folderEntries(dir, commit, filepath.slice(0, Math.max(at, 0)))).get(
    filepath.slice(at + 1),
  )
  if (entry?.type !== 'blob') return null
  return Buffer.from(await readBlobBytes(dir, entry.oid))
}

/**
 * Draft `id` as commit `commit` holds it, read from the library folder when its head there is
 * the committed one byte for byte (a head lists its record files by hash, so they are the
 * committed ones too, or the read reports them bad); null otherwise. Reading it from Git would
 * read the pack of the first copy (77 MB at 5,000 drafts, read and checked whole by
 * isomorphic-git: 0.3-0.6 s) for the few files of one draft.
 */
async function committedOnDisk(dir: string, commit: string, id: string): Promise<DraftFile | null> {
  const entry = (await folderEntries(dir, commit, DRAFTS)).get(`${id}.json`)
  if (entry?.type !== 'blob') return null
  const bytes = await readFile(join(dir, DRAFTS, `${id}.json`)).catch(() => null)
  if (!bytes || (await git.hashBlob({ object: bytes })).oid !== entry.oid) return null
  const bad: Array<BadRecord & { bytes: Buffer | null }> = []
  try {
    const draft = await readDraftAt(dir, commit, id, {
      bad,
      read: (p) =>
        p === `${DRAFTS}/${id}.json`
          ? Promise.resolve(bytes)
          : readFile(join(dir, ...p.split('/'))).catch(() => null),
    })
    return bad.length === 0 ? draft : null
  } catch {
    return null
  }
}

/**
 * A draft as a commit holds it: a whole-draft file, or a head and its record files, validated
 * like a draft read from disk. Record files that fail are left out and returned in `bad` (with
 * `fallback`, a commit whose version of each of them is used instead, if it has a good one).
 */
async function readDraftAt(
  dir: string,
  commit: string,
  id: string,
  options: {
    fallback?: string | null
    bad?: Array<BadRecord & { bytes: Buffer | null }>
    /** Reads a file of the library instead of the commit (see `committedOnDisk`). */
    read?: (path: string) => Promise<Buffer | null>
  } = {},
): Promise<DraftFile> {
  const path = `drafts/${id}.json`
  const read = options.read ?? ((p: string) => blobAt(dir, commit, p))
  const bytes = await read(path)
  if (bytes === null) throw new CorruptFileError(path, 'it is not in that commit')
  const text = bytes.toString('utf8')
  let raw: unknown = null
  try {
    raw = JSON.parse(text)
  } catch {
    // parseDraftText says why.
  }
  if (!isHead(raw)) return parseDraftText(path, text)
  const head = parseHead(path, text)
  const at = (c: string) => (p: string) => blobAt(dir, c, `drafts/${id}/${p}`)
  const mine = (p: string) => read(`drafts/${id}/${p}`)
  let { draft, bad } = await assembleDraft(head, mine)
  const first = bad
  const fallback = options.fallback
  if (bad.length > 0 && fallback) {
    const paths = new Set(bad.map((b) => b.path))
    ;({ draft, bad } = await assembleDraft(head, (p) => (paths.has(p) ? at(fallback)(p) : mine(p))))
  }
  if (first.length > 0 && options.bad) {
    // A claim's part left out only with its claim is reported when the fallback lacks it too.
    const still = new Set(bad.map((b) => b.path))
    for (const b of first) {
      if (b.withClaim && fallback && !still.has(b.path)) continue
      options.bad.push({ ...b, bytes: await mine(b.path) })
    }
  }
  if (bad.length > 0 && !options.bad) {
    throw new CorruptFileError(path, bad.map((b) => `${b.path}: ${b.reason}`).join('; '))
  }
  const parsed = DraftFileSchema.safeParse(draft)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CorruptFileError(
      path,
      `its contents are not what Galley expects${issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`,
    )
  }
  return checkDraft(path, id, parsed.data)
}

function parseDraftText(path: string, text: string): DraftFile {
  const { data } = parseStored(path, text, draftSpec)
  return checkDraft(path, path.slice('drafts/'.length, -'.json'.length), data)
}

/** The checks of a draft read from disk: its id, a current revision, each revision's text hash. */
function checkDraft(path: string, id: string, data: DraftFile): DraftFile {
  if (data.draft.id !== id) {
    throw new CorruptFileError(
      path,
      `it names draft "${data.draft.id}" but is stored as ${id}.json`,
    )
  }
  if (!data.revisions.some((r) => r.id === data.draft.currentRevisionId)) {
    throw new CorruptFileError(path, 'its current revision is missing')
  }
  // The same check as a draft read from disk: a revision's text must be the text saved.
  const altered = alteredRevision(data)
  if (altered !== null) {
    throw new CorruptFileError(
      path,
      `revision ${altered.number}'s text does not match the sha-256 recorded when it was saved`,
    )
  }
  return data
}

interface Integration {
  received: number
  merged: DraftMergeReport[]
  quarantined: string[]
  /** Names under drafts/ (draft ids) the merge wrote or kept in its commit. */
  touched?: Set<string>
}

type Incoming =
  | { readonly kind: 'keep' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | {
      readonly kind: 'draft'
      readonly file: DraftFile
      readonly oursCommitted: DraftFile | null
      readonly notes: readonly string[]
    }
  | { readonly kind: 'people'; readonly file: PeopleFile }
  /** Kept in the shared history (the index) without touching the working folder. */
  | { readonly kind: 'history-only'; readonly oid: string | null }

/** Merges the shared library's branch into this one, file by file, record by record. */
async function integrate(
  library: Library,
  actor: Profile,
  remote: RemoteAccess,
): Promise<Integration> {
  const { dir } = library
  const result: Integration = { received: 0, merged: [], quarantined: [] }
  const ours = await headOid(dir)
  const theirs = await remoteOid(dir)
  if (!ours || !theirs || ours === theirs) return result
  // Which is the other's ancestor, walked by commit time from both ends (commitsToSend): a few
  // commits, where isomorphic-git's isDescendent walks the whole history back to the first
  // commit when the answer is no (and reads the pack of the first copy for it).
  const fastForward = (await commitsToSend(dir, ours, theirs)).length === 0
  if (!fastForward && (await commitsToSend(dir, theirs, ours)).length === 0) return result
  // The same marker as here (usually) was checked when this machine got it.
  const marker = async (commit: string) => (await folderEntries(dir, commit, '')).get(MARKER)?.oid
  const theirsMarker = await marker(theirs)
  if (!theirsMarker || (theirsMarker !== (await marker(ours)) && !(await markerAt(dir, theirs)))) {
    throw notGalley(remote)
  }
  const [base = null] = fastForward
    ? [ours]
    : await git.findMergeBase({ fs, dir, cache: cacheFor(dir), oids: [ours, theirs] })
  const changes = draftUnits(await threeWay(dir, base, ours, theirs, isDraftFolder))
  const commits: Commits = { base, ours, theirs }
  const at = new Date()
  const rosterState = await readRoster(dir)
  const decisions: Array<{ change: PathChange; incoming: Incoming }> = []
  for (const change of changes) {
    const incoming = await decide(library, change, commits, actor, at, rosterState.roster, result)
    decisions.push({ change, incoming })
  }
  let quarantinedAny = false
  const overrides = new Map<string, string | null>()
  // Files written by the merge are staged as they are written: until its commit, a kill leaves
  // the change journal unable to say what is staged, so the next sync walks every file.
  const doubt = await library.team.changes.doubt()
  for (const { change, incoming } of decisions) {
    if (incoming.kind === 'keep') {
      if (change.theirs !== change.ours) quarantinedAny ||= change.theirs !== change.base
      continue
    }
    if (incoming.kind === 'history-only' && change.path.startsWith(`${DRAFTS}/`)) {
      // Not Galley's: kept in the merge commit, never written (drafts are not in isomorphic-git's
      // index).
      overrides.set(change.path, incoming.oid)
    } else await apply(library, change.path, incoming, actor, at, result)
    result.received++
  }
  await library.problems.refresh()
  if (fastForward && !quarantinedAny) {
    await git.writeRef({
      fs,
      dir,
      ref: `refs/heads/${BRANCH}`,
      value: theirs,
      force: true,
    })
  } else {
    await git.commit({
      fs,
      dir,
      message: `Galley: merged the shared library's changes (${result.received} file${result.received === 1 ? '' : 's'})`,
      author: authorOf(actor.name),
      parent: [ours, theirs],
      tree: await treeToCommit(
        dir,
        ours,
        await draftsOnDisk(
          dir,
          ours,
          draftIdsOf(decisions.filter((d) => d.incoming.kind !== 'keep').map((d) => d.change.path)),
          quarantinedPaths(library),
          overrides,
        ),
      ),
    })
  }
  await library.team.changes.resolved(doubt)
  result.touched = draftIdsOf(
    decisions.filter((d) => d.incoming.kind !== 'keep').map((d) => d.change.path),
  )
  return result
}

/** The merge base (null: none), this machine's commit and the shared library's. */
interface Commits {
  readonly base: string | null
  readonly ours: string
  readonly theirs: string
}

/** What to do with one path (or one draft: its head and record files) both sides may have changed. */
async function decide(
  library: Library,
  change: PathChange,
  commits: Commits,
  actor: Profile,
  at: Date,
  roster: Awaited<ReturnType<typeof readRoster>>['roster'],
  result: Integration,
): Promise<Incoming> {
  const { dir } = library
  const { path, base, ours, theirs } = change
  if (ours === theirs || theirs === base) return { kind: 'keep' }

  if (isDraftPath(path)) {
    const id = path.slice('drafts/'.length, -'.json'.length)
    if (theirs === null) {
      // Deleted for good there: deleted here too unless changed here since.
      return ours === base ? { kind: 'delete' } : { kind: 'keep' }
    }
    let incoming: DraftFile
    const bad: Array<BadRecord & { bytes: Buffer | null }> = []
    try {
      // A record file that fails is not applied: this machine's version of it (as of the
      // merge base) stands in for it, and it is quarantined below.
      // This machine's copy of the draft as Git objects first (loose, a few small files): the
      // incoming draft's records that did not change are then read from them, not from the pack
      // of the first copy (77 MB at 5,000 drafts, read and checked whole by isomorphic-git).
      const local = await folderOnDisk(dir, `${DRAFTS}/${id}`)
      if (local) await writeFolder(dir, local)
      incoming = await readDraftAt(dir, commits.theirs, id, { fallback: commits.base, bad })
    } catch (e) {
      if (!(e instanceof CorruptFileError)) throw e
      const bytes = (await blobAt(dir, commits.theirs, path)) ?? Buffer.of()
      result.quarantined.push(await quarantineIncoming(library, path, bytes, e.reason))
      return { kind: 'keep' }
    }
    for (const b of bad) {
      const where = `drafts/${id}/${b.path}`
      result.quarantined.push(
        await quarantineIncoming(library, where, b.bytes ?? Buffer.of(), b.reason),
      )
    }
    const parse = async (commit: string | null, present: string | null) => {
      if (commit === null || present === null) return null
      try {
        return await readDraftAt(dir, commit, id)
      } catch {
        return null
      }
    }
    const oursCommitted =
      ours === null
        ? null
        : ((await committedOnDisk(dir, commits.ours, id)) ?? (await parse(commits.ours, ours)))
    if (ours === base || !oursCommitted) {
      return { kind: 'draft', file: incoming, oursCommitted, notes: [] }
    }
    const merged = mergeDraftFiles(await parse(commits.base, base), oursCommitted, incoming, {
      at,
      actor,
      sign: library.identity ? (t) => library.identity!.sign(t) : undefined,
    })
    return { kind: 'draft', file: merged.file, oursCommitted, notes: merged.report.notes }
  }

  const theirsBytes = theirs ? await readBlobBytes(dir, theirs) : null
  const text = (oid: string | null) => (oid ? readBlobText(dir, oid) : Promise.resolve(null))

  if (path === 'people.json') {
    if (!theirsBytes) return { kind: 'keep' }
    let incoming: PeopleFile
    try {
      incoming = parseStored(path, Buffer.from(theirsBytes).toString('utf8'), {
        schema: PeopleFileSchema,
        version: 1,
        migrations: [],
      }).data
    } catch (e) {
      if (!(e instanceof CorruptFileError)) throw e
      result.quarantined.push(await quarantineIncoming(library, path, theirsBytes, e.reason))
      return { kind: 'keep' }
    }
    if (ours === base) return { kind: 'people', file: incoming }
    const b = JSON.parse((await text(base)) ?? '{"people":[]}') as PeopleFile
    const o = JSON.parse((await text(ours)) ?? '{"people":[]}') as PeopleFile
    return { kind: 'people', file: mergePeople(b, o, incoming) }
  }

  if (path === ROSTER_FILE) {
    if (!theirsBytes) return { kind: 'keep' }
    const next = parseRoster(Buffer.from(theirsBytes).toString('utf8'), roster)
    if (!next.roster) {
      result.quarantined.push(
        await quarantineIncoming(
          library,
          path,
          theirsBytes,
          (next.problem ?? '').replace(/\.$/, ''),
        ),
      )
      return { kind: 'keep' }
    }
    return { kind: 'bytes', bytes: theirsBytes }
  }

  if (path === MARKER || path === '.gitignore')
    return ours
      ? { kind: 'keep' }
      : theirsBytes
        ? { kind: 'bytes', bytes: theirsBytes }
        : { kind: 'keep' }

  // Attachments never change once stored: the side that has or removed one.
  if (isAttachmentPath(path)) {
    if (!theirsBytes) return ours === base ? { kind: 'delete' } : { kind: 'keep' }
    if (ours === base || ours === null) return { kind: 'bytes', bytes: theirsBytes }
    return { kind: 'keep' }
  }
  // Anything else (not Galley's, or aimed at a local file such as .galley-local/ or
  // settings.json) is carried in the shared history but never written into the library.
  return { kind: 'history-only', oid: theirs }
}

/** An attached file: attachments/<draft id>/<attachment id>, nothing else. */
const isAttachmentPath = (p: string) =>
  /^attachments\/[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_-]{1,64}$/.test(p)

function mergePeople(base: PeopleFile, ours: PeopleFile, theirs: PeopleFile): PeopleFile {
  const b = new Map(base.people.map((p) => [p.id, p]))
  const o = new Map(ours.people.map((p) => [p.id, p]))
  const same = (x: unknown, y: unknown) => canonicalJson(x) === canonicalJson(y)
  const people = [...ours.people]
  for (const p of theirs.people) {
    const mine = o.get(p.id)
    if (!mine) {
      if (!b.has(p.id)) people.push(p)
      continue
    }
    if (same(b.get(p.id), mine) && !same(mine, p)) people[people.indexOf(mine)] = p
  }
  const theirsIds = new Set(theirs.people.map((p) => p.id))
  return {
    ...ours,
    // Removed there and untouched here: removed.
    people: people.filter((p) => theirsIds.has(p.id) || !b.has(p.id) || !same(b.get(p.id), p)),
  }
}

/** Writes what the merge decided, through the draft store for drafts. */
async function apply(
  library: Library,
  path: string,
  incoming: Incoming,
  actor: Profile,
  at: Date,
  result: Integration,
): Promise<void> {
  const { dir } = library
  const full = join(dir, ...path.split('/'))
  if (incoming.kind === 'history-only') {
    if (incoming.oid) {
      await git.updateIndex({
        fs,
        dir,
        cache: cacheFor(dir),
        filepath: path,
        oid: incoming.oid,
        add: true,
      })
    } else {
      await git.updateIndex({
        fs,
        dir,
        cache: cacheFor(dir),
        filepath: path,
        remove: true,
        force: true,
      })
    }
    return
  }
  if (isDraftPath(path)) {
    const id = path.slice('drafts/'.length, -'.json'.length)
    await library.store.exclusive(id, async () => {
      if (incoming.kind === 'delete') {
        if (library.store.has(id)) await library.store.remove(id)
        else {
          await rm(full, { force: true })
          await rm(recordFolderOf(full), { recursive: true, force: true })
        }
        library.onChange(id, 'sync')
      } else if (incoming.kind === 'draft') {
        let file = incoming.file
        // Changed here while the sync ran: merge that in too, so nothing is lost.
        if (library.store.has(id)) {
          const now = library.store.file(id)
          if (
            incoming.oursCommitted &&
            canonicalJson(now) !== canonicalJson(incoming.oursCommitted)
          ) {
            file = mergeDraftFiles(incoming.oursCommitted, now, file, {
              at,
              actor,
              sign: library.identity ? (t) => library.identity!.sign(t) : undefined,
            }).file
          }
        }
        await library.store.put(id, file, 'sync')
      }
    })
    if (incoming.kind === 'draft') {
      const r = mergeReportOf(incoming.oursCommitted, incoming.file, incoming.notes)
      if (r.disputes.length + r.divergent.length + r.notes.length > 0) result.merged.push(r)
    }
  } else if (incoming.kind === 'people') {
    library.people.data = incoming.file
    await library.people.write()
    library.onChange(null, 'people')
  } else if (incoming.kind === 'bytes') {
    await mkdir(dirname(full), { recursive: true })
    await writeFileAtomic(full, incoming.bytes)
    if (path === ROSTER_FILE) library.team.roster = await readRoster(dir)
  } else if (incoming.kind === 'delete') {
    await rm(full, { force: true })
  }
  // A draft is committed from the folder as the store wrote it (draftsOnDisk), not staged.
  if (isDraftPath(path)) return
  if (incoming.kind === 'delete')
    await git.remove({ fs, dir, cache: cacheFor(dir), filepath: path })
  else await git.add({ fs, dir, cache: cacheFor(dir), filepath: path })
}

/** Disputes and divergent revisions a merged draft now shows that it did not before. */
function mergeReportOf(
  before: DraftFile | null,
  after: DraftFile,
  notes: readonly string[],
): DraftMergeReport {
  const disputed = after.claims.filter(
    (c) => c.dispute && !before?.claims.find((b) => b.id === c.id)?.dispute,
  )
  const had = new Set((before?.team?.divergent ?? []).map((d) => d.revisionIds.join(',')))
  const divergent = (after.team?.divergent ?? []).filter((d) => !had.has(d.revisionIds.join(',')))
  const number = (id: string) => after.revisions.find((r) => r.id === id)?.number ?? '?'
  return {
    draftId: after.draft.id,
    title: after.draft.title,
    disputes: disputed.map(
      (c) =>
        `Claim “${excerpt(c.anchor.exact)}”: ${(c.dispute?.verdicts ?? []).map((v) => `${v.by} said ${v.verdict}`).join(', ')}.`,
    ),
    divergent: divergent.map(
      (d) =>
        `Revisions ${d.revisionIds.map(number).join(' and ')} were saved apart; compare them and save a reconciled revision.`,
    ),
    notes,
  }
}

const rejected = (e: unknown) =>
  (e as { code?: string }).code === 'PushRejectedError' ||
  /not a simple fast-forward|non-fast-forward|fetch first|rejected/i.test(
    String((e as Error).message),
  )

/** The sync state as the header shows it, from the repository and the last attempt. */
export function syncStatus(library: Library): Promise<SyncStatus> {
  // After any sync under way (never reading the repository while a sync writes it).
  return oneAtATime(library.dir, () => withGitCache(library.dir, () => statusNow(library)))
}

async function statusNow(library: Library): Promise<SyncStatus> {
  const { dir } = library
  const remote = await readCredentials(dir, library.team.keychain)
  if (!remote || !(await isRepo(dir))) {
    return {
      state: 'not-shared',
      remote: null,
      toSend: 0,
      toReceive: 0,
      lastSync: null,
      message: null,
    }
  }
  const local = await readLocalState(dir)
  const head = await headOid(dir)
  const theirs = await remoteOid(dir)
  // Drafts: what the change journal names (a draft changed and changed back counts until the
  // next sync); every shared file walked only when the journal cannot say.
  const journal = library.team.changes
  const uncommitted =
    unitCount(
      (await status(dir))
        .filter(([, h, w, s]) => !(h === 1 && w === 1 && s === 1) && !(h === 0 && w === 0))
        .map(([path]) => path),
    ) + (journal.full ? (await changedHeads(dir, head)).length : journal.size)
  let toSend = uncommitted
  let toReceive = 0
  if (head && theirs && head !== theirs) {
    const [base] = await git.findMergeBase({ fs, dir, cache: cacheFor(dir), oids: [head, theirs] })
    if (base) {
      toSend += await changedDrafts(dir, base, head)
      toReceive = await changedDrafts(dir, base, theirs)
    }
  }
  // A saved token the keychain cannot open stops syncs until it is entered again.
  const state: SyncState = remote.tokenProblem
    ? 'error'
    : local.offline
      ? 'offline'
      : local.failed
        ? 'error'
        : toSend > 0 || toReceive > 0
          ? 'pending'
          : 'synced'
  return {
    state,
    remote: shownUrl(remote.url),
    toSend,
    toReceive,
    lastSync: local.lastSync,
    message: remote.tokenProblem ?? local.message,
  }
}

export interface SyncOptions {
  /** Another address or token than the one saved (saved for next time). */
  readonly remote?: RemoteAccess
  readonly actor: Profile
}

/**
 * Syncs the library with its shared copy. Offline: returns the state 'offline' (nothing thrown).
 * A refused token, a remote that is not a Galley library or a damaged object: throws a
 * GalleyError with a sentence; nothing local is lost and the next sync completes.
 */
export function syncLibrary(library: Library, options: SyncOptions): Promise<SyncResult> {
  return oneAtATime(library.dir, () => withGitCache(library.dir, () => syncNow(library, options)))
}

async function syncNow(library: Library, options: SyncOptions): Promise<SyncResult> {
  const { dir } = library
  const saved = await readCredentials(dir, library.team.keychain)
  const remote = options.remote ?? saved
  if (!remote || !(await isRepo(dir))) {
    throw new GalleyError(
      'conflict',
      'This library is not shared yet. Use Share library… to push it to an empty repository, or Open shared library… to work on one.',
    )
  }
  if (!options.remote && saved?.tokenProblem)
    throw new GalleyError('unauthorized', saved.tokenProblem)
  if (options.remote) await saveCredentials(dir, options.remote, library.team.keychain)
  await git.addRemote({
    fs,
    dir,
    remote: 'origin',
    url: remote.url,
    force: true,
  })
  const local = await readLocalState(dir)
  const done: Integration = { received: 0, merged: [], quarantined: [] }
  try {
    await commitLocal(library, options.actor, `Galley: changes by ${options.actor.name}`)
    for (let attempt = 1; ; attempt++) {
      await fetchRemote(dir, remote)
      const step = await integrate(library, options.actor, remote)
      done.received += step.received
      done.merged.push(...step.merged)
      done.quarantined.push(...step.quarantined)
      // What changed here while merging goes out with it.
      if (step.received > 0) {
        await commitLocal(
          library,
          options.actor,
          `Galley: changes by ${options.actor.name}`,
          false,
          step.touched,
        )
      }
      // The server already has this commit (nothing made here, or a fast-forward): no push.
      if ((await headOid(dir)) === (await remoteOid(dir))) break
      try {
        await pushBranch(dir, remote)
        break
      } catch (e) {
        // Someone pushed first: fetch, merge and try again.
        if (!rejected(e) || attempt >= 5) throw e
      }
    }
    await writeLocalState(dir, {
      lastSync: new Date().toISOString(),
      message: null,
      offline: false,
      failed: false,
    })
  } catch (e) {
    if (isOffline(e)) {
      await writeLocalState(dir, {
        ...local,
        offline: true,
        failed: false,
        message: `The shared library at ${shownUrl(remote.url)} cannot be reached; your changes are kept here and sent at the next sync.`,
      })
      return { status: await statusNow(library), ...done }
    }
    const failure = gitFailure(e, remote)
    await writeLocalState(dir, { ...local, offline: false, failed: true, message: failure.message })
    throw failure
  }
  return { status: await statusNow(library), ...done }
}

/** Whether a remote holds any branch, and if so whether it is a Galley library. */
async function inspectRemote(remote: RemoteAccess): Promise<'empty' | 'galley' | 'other'> {
  const refs = await git.listServerRefs({ http, url: remote.url, ...authFor(remote) })
  const branches = refs.filter((r) => r.ref.startsWith('refs/heads/'))
  if (branches.length === 0) return 'empty'
  const scratch = await mkdtemp(join(tmpdir(), 'galley-inspect-'))
  try {
    await git.init({ fs, dir: scratch, bare: true })
    await git.addRemote({ fs, gitdir: scratch, remote: 'origin', url: remote.url })
    const head = branches.find((r) => r.ref === `refs/heads/${BRANCH}`) ?? branches[0]
    if (!head) return 'other'
    await git.fetch({
      fs,
      http,
      gitdir: scratch,
      url: remote.url,
      ref: head.ref.slice('refs/heads/'.length),
      singleBranch: true,
      depth: 1,
      tags: false,
      ...authFor(remote),
    })
    return (await markerAt(scratch, head.oid, scratch)) ? 'galley' : 'other'
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * Shares the library: pushes it to an EMPTY repository. A repository that already holds
 * something is refused with a sentence (a Galley library: open it instead; anything else: not
 * touched). The person sharing becomes the roster's admin.
 */
export function shareLibrary(
  library: Library,
  remote: RemoteAccess,
  actor: Profile,
): Promise<SyncResult> {
  return oneAtATime(library.dir, async () => {
    const { dir } = library
    let kind: Awaited<ReturnType<typeof inspectRemote>>
    try {
      kind = await inspectRemote(remote)
    } catch (e) {
      if (isOffline(e)) {
        throw new GalleyError(
          'conflict',
          `The server at ${shownUrl(remote.url)} cannot be reached. Sharing needs it once; try again when you are online.`,
        )
      }
      throw gitFailure(e, remote)
    }
    if (kind === 'galley') {
      throw new GalleyError(
        'conflict',
        `The repository at ${shownUrl(remote.url)} already holds a Galley library. Use Open shared library… to work on it; nothing was changed.`,
      )
    }
    if (kind === 'other') {
      throw new GalleyError(
        'conflict',
        `The repository at ${shownUrl(remote.url)} is not empty and is not a Galley library. Share to a new, empty repository; nothing was changed.`,
      )
    }
    if (!(await isRepo(dir))) await git.init({ fs, dir, defaultBranch: BRANCH })
    await writeFileAtomic(join(dir, '.gitignore'), GITIGNORE)
    let marker = await readMarkerFile(dir)
    if (!marker) {
      marker = {
        format: 'galley-library',
        version: 1,
        libraryId: newId('lib'),
        createdAt: new Date().toISOString(),
      }
      await writeFileAtomic(join(dir, MARKER), `${JSON.stringify(marker, null, 2)}\n`)
    }
    if (!library.team.roster.roster && library.identity) {
      await mkdir(join(dir, 'team'), { recursive: true })
      await writeRoster(
        dir,
        library.identity,
        null,
        founderRoster(marker.libraryId, actor, library.identity),
      )
      library.team.roster = await readRoster(dir)
    }
    await saveCredentials(dir, remote, library.team.keychain)
    await git.addRemote({
      fs,
      dir,
      remote: 'origin',
      url: remote.url,
      force: true,
    })
    await library.team.changes.activate()
    await commitLocal(library, actor, `Galley: library shared by ${actor.name}`, true)
    try {
      await pushBranch(dir, remote)
    } catch (e) {
      throw isOffline(e)
        ? new GalleyError(
            'conflict',
            `The server at ${shownUrl(remote.url)} cannot be reached now; try again.`,
          )
        : gitFailure(e, remote)
    }
    await writeLocalState(dir, {
      lastSync: new Date().toISOString(),
      message: null,
      offline: false,
      failed: false,
    })
    return { status: await statusNow(library), received: 0, merged: [], quarantined: [] }
  })
}

async function readMarkerFile(dir: string): Promise<LibraryMarker | null> {
  try {
    const parsed = LibraryMarkerSchema.safeParse(
      JSON.parse(await fs.promises.readFile(join(dir, MARKER), 'utf8')),
    )
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Saves another access token for the library's saved address (sealed by the library's keychain
 * where there is one); the next sync uses it. Refused, with nothing changed, when not shared.
 */
export function setRemoteToken(library: Library, token: string | undefined): Promise<void> {
  return oneAtATime(library.dir, async () => {
    const saved = await readCredentials(library.dir, library.team.keychain)
    if (!saved || !(await isRepo(library.dir))) {
      throw new GalleyError(
        'conflict',
        'This library is not shared yet: Share library… and Open shared library… take the token with the address.',
      )
    }
    await saveCredentials(library.dir, { url: saved.url, token }, library.team.keychain)
  })
}

/**
 * Clones a shared library into a new folder (absent or empty), ready to open. A repository that
 * is not a Galley library is refused and the folder left as it was.
 */
export function cloneSharedLibrary(
  dir: string,
  remote: RemoteAccess,
  keychain: Keychain | null = null,
): Promise<void> {
  return withGitCache(dir, () => cloneNow(dir, remote, keychain))
}

/** A name Galley could have given a file or folder under drafts/ (no "..", no hidden file). */
const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/

/**
 * Writes drafts/ of commit `head` into the library folder (a copy just made): every draft's head
 * and record files, a few at a time. Not git.checkout: it writes every file at once (57,000 at
 * 5,000 drafts: "too many open files") and puts each in isomorphic-git's index, where drafts
 * are not kept (see `leanIndex`). Only regular files with names Galley gives are written.
 * Returns the entries of Git's index for every committed file of drafts/.
 */
async function writeDrafts(dir: string, head: string, reader: PackReader): Promise<NewEntry[]> {
  const bulk = await bulkReadFs(dir)
  const cache = cacheFor(dir)
  // The copy's pack read with node:zlib (pack-reader.ts); what it cannot read, isomorphic-git does.
  const fromPack = (oid: string, type: string) => {
    const o = reader.read(oid)
    return o?.type === type ? o.data : null
  }
  const treeOf = async (oid: string) => {
    const data = fromPack(oid, 'tree')
    if (data) {
      return parseTree(data).map((e) => ({
        path: e.name,
        oid: e.oid,
        mode: e.mode,
        type: e.mode === '40000' ? 'tree' : e.mode.startsWith('100') ? 'blob' : 'other',
      }))
    }
    return (await git.readTree({ fs: bulk, dir, cache, oid })).tree.map((e) => ({
      ...e,
      type: e.type as string,
    }))
  }
  const files: Array<{ path: string; oid: string; mode: string }> = []
  // Git's index gets every committed file: the ones written here with their stat, the others
  // (not Galley's: a link, a submodule) as committed and absent from the folder.
  const entries: NewEntry[] = []
  const collect = async (oid: string, prefix: string) => {
    for (const e of await treeOf(oid)) {
      if (!SAFE_NAME.test(e.path)) continue
      const path = `${prefix}/${e.path}`
      if (e.type === 'tree') await collect(e.oid, path)
      else if (e.type === 'blob' && (e.mode === '100644' || e.mode === '100755')) {
        files.push({ path, oid: e.oid, mode: e.mode })
      } else entries.push({ path, oid: e.oid, mode: e.mode, stat: null })
    }
  }
  const drafts = (await folderEntries(dir, head, '')).get(DRAFTS)
  if (drafts?.type === 'tree') await collect(drafts.oid, DRAFTS)
  // Written synchronously a batch at a time, between turns of the event loop: through the
  // thread pool, creating 57,000 small files (three round trips each) took most of a clone.
  // Each folder is made once, parent first (one mkdir each, where a recursive mkdir of a new
  // folder tried it, failed and went up); each file's stat for Git's index is taken on its fd.
  const made = new Set<string>([resolvePath(dir)])
  const folder = (full: string) => {
    if (made.has(full) || dirname(full) === full) return
    folder(dirname(full))
    mkdirSync(full, { recursive: true })
    made.add(full)
  }
  for (let i = 0; i < files.length; i += 200) {
    const batch = files.slice(i, i + 200).map((f) => {
      const bytes: Uint8Array | null = fromPack(f.oid, 'blob')
      return { ...f, bytes }
    })
    for (const f of batch) {
      f.bytes ??= (await git.readBlob({ fs: bulk, dir, cache, oid: f.oid })).blob
    }
    for (const { path, oid, mode, bytes } of batch) {
      const full = join(dir, ...path.split('/'))
      folder(dirname(full))
      const fd = openSync(full, 'w', mode === '100755' ? 0o755 : 0o644)
      try {
        for (let at = 0; at < bytes!.length;) at += writeSync(fd, bytes!, at)
        entries.push(writtenEntry(fd, path, oid, mode))
      } finally {
        closeSync(fd)
      }
    }
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  return entries
}

/**
 * node:fs for reading the many objects of a copy just made: isomorphic-git first looks for each
 * object as a loose file (none, after a clone: a failed open, and an error made, each time) and
 * lists the pack folder. Both are answered here from one listing taken now.
 */
async function bulkReadFs(dir: string): Promise<typeof fs> {
  const objects = join(dir, '.git', 'objects')
  const loose = new Set<string>()
  for (const sub of await readdir(objects).catch(() => [] as string[])) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue
    for (const name of await readdir(join(objects, sub)).catch(() => [] as string[])) {
      loose.add(`${sub}/${name}`)
    }
  }
  const packs = await readdir(join(objects, 'pack'))
  const missing = () => Object.assign(new Error('ENOENT: not a loose object'), { code: 'ENOENT' })
  const looseName = (file: string) => {
    const m = /[\\/]objects[\\/]([0-9a-f]{2})[\\/]([0-9a-f]{38})$/.exec(file)
    return m ? `${m[1]}/${m[2]}` : null
  }
  const promises = {
    ...fs.promises,
    readFile: ((file: unknown, options?: unknown) => {
      const name = typeof file === 'string' ? looseName(file) : null
      if (name && !loose.has(name)) return Promise.reject(missing())
      return fs.promises.readFile(file as string, options as undefined)
    }) as typeof fs.promises.readFile,
    readdir: ((path: unknown, options?: unknown) => {
      if (typeof path === 'string' && path.replace(/\\/g, '/').endsWith('.git/objects/pack')) {
        return Promise.resolve([...packs])
      }
      return fs.promises.readdir(path as string, options as undefined)
    }) as typeof fs.promises.readdir,
  }
  return { ...fs, promises } as typeof fs
}

async function cloneNow(
  dir: string,
  remote: RemoteAccess,
  keychain: Keychain | null,
): Promise<void> {
  const existing = await readdir(dir).catch(() => null)
  if (existing && existing.length > 0) {
    throw new GalleyError(
      'conflict',
      `The folder ${dir} is not empty. Choose a new or empty folder for the shared library.`,
    )
  }
  try {
    // Only the shared paths are written into the folder: a file in the repository aimed at
    // this machine's own (.galley-local/'s key, settings.json) never lands there.
    const fetched = await fetchFirstCopy(dir, remote)
    const head = fetched?.head ?? null
    if (!fetched || !head || !(await markerAt(dir, head))) throw notGalley(remote)
    await git.checkout({
      fs,
      dir,
      cache: cacheFor(dir),
      ref: BRANCH,
      filepaths: OTHER_SHARED_PATHS,
    })
    const entries = await writeDrafts(dir, head, fetched.reader)
    await writeLibraryIndex(dir, head, new Set(), entries)
    await saveCredentials(dir, remote, keychain)
    await writeLocalState(dir, {
      lastSync: new Date().toISOString(),
      message: null,
      offline: false,
      failed: false,
    })
  } catch (e) {
    // Leave the folder as it was: empty (or absent).
    if (existing) {
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        await rm(join(dir, name), { recursive: true, force: true })
      }
    } else {
      await rm(dir, { recursive: true, force: true })
    }
    if (isOffline(e)) {
      throw new GalleyError(
        'conflict',
        `The server at ${shownUrl(remote.url)} cannot be reached. Opening a shared library needs it once; try again when you are online.`,
      )
    }
    throw gitFailure(e, remote)
  }
}
