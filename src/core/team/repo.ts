// The Git side of a shared library: isomorphic-git over the library folder (its .git beside
// the drafts), what is shared and what stays on this machine, and errors in sentences.
import * as nodeFs from 'node:fs'
import { chmod, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import git from 'isomorphic-git'
import { GalleyError } from '@shared/errors'
import { writeFileAtomic } from '../storage/atomic'

let writes = 0
/**
 * isomorphic-git writes `.git/index`, refs and objects in place: a kill -9 in the middle left an
 * empty index ("Index file is empty") or a cut object that later syncs could not read. Every file
 * it writes under `.git/` is written beside (a temp file in `.git/` itself, where no listing
 * looks) and renamed over the old one, so it is whole or not there. No fsync: this is about a
 * killed process, and Git's objects are fetched again if a power cut ever cut one.
 */
export async function writeGitFile(
  file: string,
  data: Parameters<typeof nodeFs.promises.writeFile>[1],
  options?: Parameters<typeof nodeFs.promises.writeFile>[2],
): Promise<void> {
  const at = file.replace(/\\/g, '/').lastIndexOf('/.git/')
  if (at < 0) return nodeFs.promises.writeFile(file, data, options)
  const temp = `${file.slice(0, at)}/.git/galley-${process.pid}-${++writes}.tmp`
  try {
    await nodeFs.promises.writeFile(temp, data, options)
    await nodeFs.promises.rename(temp, file)
  } catch (e) {
    await nodeFs.promises.unlink(temp).catch(() => undefined)
    throw e
  }
}

/**
 * isomorphic-git's index, in place of `.git/index`: the few shared files that are not drafts.
 * `.git/index` is Galley's own writing (git-index.ts), with every committed file, drafts
 * included, for the git program; isomorphic-git read it whole at every call and rewrote it
 * whole at every `add` (57,000 entries at 5,000 drafts).
 */
export const LEAN_INDEX = 'galley-index'

/** `.git/index` (any library's) as isomorphic-git names it → its own index file. */
function leanPath<T>(file: T): T {
  if (typeof file !== 'string' || !/[\\/]\.git[\\/]index$/.test(file)) return file
  return `${file.slice(0, -'index'.length)}${LEAN_INDEX}` as T
}

type Promises = typeof nodeFs.promises

/**
 * node:fs for isomorphic-git, with whole-file writes under `.git/` (see `writeGitFile`) and its
 * index kept in `.git/galley-index` (see `LEAN_INDEX`).
 */
const fs: typeof nodeFs = {
  ...nodeFs,
  promises: {
    ...nodeFs.promises,
    writeFile: (
      file: Parameters<Promises['writeFile']>[0],
      data: Parameters<Promises['writeFile']>[1],
      options?: Parameters<Promises['writeFile']>[2],
    ) =>
      typeof file === 'string'
        ? writeGitFile(leanPath(file), data, options)
        : nodeFs.promises.writeFile(file, data, options),
    readFile: ((file: Parameters<Promises['readFile']>[0], options?: unknown) =>
      nodeFs.promises.readFile(leanPath(file), options as undefined)) as Promises['readFile'],
    lstat: ((file: Parameters<Promises['lstat']>[0], options?: unknown) =>
      nodeFs.promises.lstat(leanPath(file), options as undefined)) as Promises['lstat'],
    stat: ((file: Parameters<Promises['stat']>[0], options?: unknown) =>
      nodeFs.promises.stat(leanPath(file), options as undefined)) as Promises['stat'],
    unlink: (file: Parameters<Promises['unlink']>[0]) => nodeFs.promises.unlink(leanPath(file)),
  },
}

export { fs, git }

import { LOCAL_DIR, type Keychain } from './identity'

export { LOCAL_DIR }
/** At the root of a shared library's repository: says it is a Galley library. */
export const MARKER = 'galley-library.json'
export const BRANCH = 'main'
export const REMOTE_REF = `refs/remotes/origin/${BRANCH}`

/** What Git must leave alone: files that belong to this machine or are worked out again. */
export const GITIGNORE = `# Galley: files that stay on this machine (never shared)
/galley.lock*
/*.lock
/settings.json
/cache/
/quarantine/
/${LOCAL_DIR}/
*.bak
.*.tmp
.*.tmp.bak
`

/** Where and how to reach the shared library. The token is sent as HTTP Basic auth. */
export interface RemoteAccess {
  readonly url: string
  readonly token?: string | undefined
}

export const COMMITTER = { name: 'Galley', email: 'galley@localhost' }

export function authorOf(name: string): { name: string; email: string } {
  return { name, email: 'galley@localhost' }
}

/** onAuth for isomorphic-git: the token as the password (GitLab, Gitea, GitHub accept this). */
export function authFor(remote: RemoteAccess) {
  return remote.token
    ? {
        onAuth: () => ({ username: 'galley', password: remote.token }),
        // A refused token is not asked again: the person is told and fixes it.
        onAuthFailure: () => ({ cancel: true }),
      }
    : {}
}

export async function isRepo(dir: string): Promise<boolean> {
  try {
    await fs.promises.stat(join(dir, '.git', 'HEAD'))
    return true
  } catch {
    return false
  }
}

/** The remote saved for this library; `tokenProblem` says why its saved token cannot be used. */
export interface SavedRemote extends RemoteAccess {
  readonly tokenProblem: string | null
}

const REMOTE_FILE = 'remote.json'

interface RemoteFile {
  url?: unknown
  /** The token in the clear (browser host, command line, no keychain). */
  token?: unknown
  /** The token sealed by the OS keychain (desktop app), base64. */
  sealedToken?: unknown
}

async function writeRemoteFile(dir: string, content: RemoteFile): Promise<void> {
  const local = join(dir, LOCAL_DIR)
  await mkdir(local, { recursive: true, mode: 0o700 })
  const file = join(local, REMOTE_FILE)
  await writeFileAtomic(file, JSON.stringify(content))
  await chmod(file, 0o600)
}

function sealToken(keychain: Keychain, token: string): string {
  try {
    return keychain.seal(token).toString('base64')
  } catch {
    throw new GalleyError(
      'unreadable-file',
      'The system keychain could not seal the access token. Unlock the keychain and try again; nothing was changed.',
    )
  }
}

/**
 * The address and token saved for this library (`.galley-local/remote.json`, readable by its
 * owner only). With a keychain (the desktop app) the token is kept sealed by it, and a token
 * found in the clear (saved by the browser host, the command line or an earlier version) is
 * sealed on this first use. A sealed token that cannot be opened (the keychain was reset, the
 * library was copied from another account, or this is the browser host or the command line) is
 * left as it is and comes back with a sentence in `tokenProblem`; the address still counts.
 */
export async function readCredentials(
  dir: string,
  keychain: Keychain | null = null,
): Promise<SavedRemote | null> {
  let json: RemoteFile
  try {
    json = JSON.parse(await readFile(join(dir, LOCAL_DIR, REMOTE_FILE), 'utf8')) as RemoteFile
  } catch {
    return null
  }
  if (!json || typeof json.url !== 'string') return null
  const { url } = json
  if (typeof json.sealedToken === 'string') {
    if (!keychain) {
      return {
        url,
        token: undefined,
        tokenProblem: `The access token for ${shownUrl(url)} was saved sealed by the desktop app's system keychain, which the browser host and the command line cannot open. Enter the token again (Access token… in the team dialog, or GALLEY_TOKEN for galley sync); nothing else was changed.`,
      }
    }
    try {
      return {
        url,
        token: keychain.open(Buffer.from(json.sealedToken, 'base64')),
        tokenProblem: null,
      }
    } catch {
      return {
        url,
        token: undefined,
        tokenProblem: `The system keychain could not unlock the access token saved for ${shownUrl(url)} (it was reset, or the library comes from another account). Enter the token again with Access token… in the team dialog; nothing else was changed.`,
      }
    }
  }
  const token = typeof json.token === 'string' && json.token !== '' ? json.token : undefined
  if (token && keychain) {
    // Sealed on first use; the token in the clear goes with the same atomic write.
    try {
      await writeRemoteFile(dir, { url, token: null, sealedToken: sealToken(keychain, token) })
    } catch {
      // Left in its owner-only file; sealing is tried again at the next use.
    }
  }
  return { url, token, tokenProblem: null }
}

/** Saves the address and token: sealed by `keychain` when there is one, else in the clear. */
export async function saveCredentials(
  dir: string,
  remote: RemoteAccess,
  keychain: Keychain | null = null,
): Promise<void> {
  const token = remote.token || undefined
  await writeRemoteFile(
    dir,
    token && keychain
      ? { url: remote.url, token: null, sealedToken: sealToken(keychain, token) }
      : { url: remote.url, token: token ?? null },
  )
}

/** The URL as shown to people: never the token. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url)
    u.username = ''
    u.password = ''
    return u.toString()
  } catch {
    return url
  }
}

/** Network failures that mean "not reachable now": being offline is a state, not an error. */
export function isOffline(e: unknown): boolean {
  const codes = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'ECONNRESET',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'EPIPE',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
  ])
  for (let err = e as { code?: unknown; cause?: unknown } | undefined, i = 0; err && i < 5; i++) {
    if (typeof err.code === 'string' && codes.has(err.code)) return true
    err = err.cause as typeof err
  }
  const text = String((e as Error | undefined)?.message ?? '')
  return /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|EHOSTUNREACH|socket hang up/.test(
    text,
  )
}

/** A Git or HTTP failure in a sentence a person understands (offline is handled before). */
export function gitFailure(e: unknown, remote: RemoteAccess): GalleyError {
  if (e instanceof GalleyError) return e
  const err = e as { code?: string; data?: { statusCode?: number }; message?: string }
  const where = shownUrl(remote.url)
  const status = err.data?.statusCode
  if (err.code === 'UserCanceledError' || status === 401 || status === 403) {
    return new GalleyError(
      'unauthorized',
      `The server at ${where} refused the token. Check it (it needs read and write access to the repository) and try again; nothing was changed.`,
    )
  }
  if (status === 404) {
    return new GalleyError('not-found', `There is no repository at ${where}. Check the address.`)
  }
  if (
    err.code === 'ReadObjectFail' ||
    err.code === 'NotFoundError' ||
    err.code === 'InternalError' ||
    /corrupt|inflate|checksum|invalid (object|pack)|incorrect header/i.test(err.message ?? '')
  ) {
    return new GalleyError(
      'corrupt-file',
      `Sync stopped: a Git object is damaged (${err.message ?? 'unreadable'}). Nothing in your library was changed; the next sync fetches it again.`,
    )
  }
  return new GalleyError(
    'internal',
    `Sync could not finish (${err.message ?? String(e)}). Nothing in your library was lost; the next sync tries again.`,
  )
}

/**
 * isomorphic-git's object cache for one library while a sync runs: with it, packfiles and their
 * indexes are parsed once per sync instead of once per call (a 300-draft library's no-change
 * commit took 0.6 s without it).
 */
const caches = new Map<string, object>()

/** The cache of `dir`'s current sync (an empty one outside a sync). */
export function cacheFor(dir: string): object {
  return caches.get(dir) ?? {}
}

/**
 * The object cache of each library, kept from one sync to the next for what isomorphic-git parsed
 * of its packs' indexes: a copy of a 5,000-draft library has one pack of 87,000 objects, and any
 * read of a packed object (a fetched commit) parsed its 2 MB index first, 0.1-0.3 s a sync here.
 * The packs' bytes themselves are let go after each sync (see `dropPackBytes`).
 */
const lasting = new Map<string, object>()

/** Runs `fn` with one object cache for every Git call on `dir`. */
export async function withGitCache<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  if (caches.has(dir)) return fn() // already inside one: share it
  const cache = lasting.get(dir) ?? {}
  lasting.set(dir, cache)
  caches.set(dir, cache)
  try {
    return await fn()
  } finally {
    caches.delete(dir)
    trees.delete(cache)
    dropPackBytes(cache)
  }
}

/**
 * Lets go of the packfiles isomorphic-git read whole into `cache` (77 MB for the first copy of a
 * 5,000-draft library), keeping their parsed indexes and the fact that their checksum was checked.
 * isomorphic-git reads a pack again when its bytes are not there. Its cache is not a public
 * API: if its shape changes, this does nothing and the bytes are simply kept.
 */
function dropPackBytes(cache: object): void {
  for (const key of Object.getOwnPropertySymbols(cache)) {
    const map = (cache as Record<symbol, unknown>)[key]
    if (!(map instanceof Map)) continue
    for (const value of map.values()) {
      if (!(value instanceof Promise)) continue
      value.then(
        (p: unknown) => {
          if (p && typeof p === 'object' && 'pack' in p) (p as { pack: unknown }).pack = null
        },
        () => undefined,
      )
    }
  }
}

/** One path that differs between the merge base, this machine and the shared library. */
export interface PathChange {
  readonly path: string
  readonly base: string | null
  readonly ours: string | null
  readonly theirs: string | null
}

/**
 * Blob ids of every file that differs between three commits (null: absent in that one), read
 * from their trees: a folder whose tree is the same in all of them is not entered, and a changed
 * folder costs one read of its tree per commit (5,000 drafts: three lists, not a walk). A folder
 * `whole` names is reported as one change (its tree ids) and never entered.
 */
export async function threeWay(
  dir: string,
  base: string | null,
  ours: string,
  theirs: string,
  whole: (folder: string) => boolean = () => false,
): Promise<PathChange[]> {
  const out: PathChange[] = []
  await diffTrees(dir, '', [base, ours, theirs], base !== null, out, whole)
  return out
}

/** One entry of a Git tree, as isomorphic-git reads and writes it. */
export interface TreeEntry {
  readonly mode: string
  readonly path: string
  readonly oid: string
  readonly type: 'blob' | 'tree' | 'commit'
}
export type TreeEntries = Map<string, TreeEntry>

/**
 * Trees read during the current sync, by id (a tree never changes): drafts/ of a library kept as
 * records has 10,000 entries at 5,000 drafts, and parsing it took 0.15-0.4 s each time.
 */
const trees = new WeakMap<object, Map<string, TreeEntries>>()

/** A tree's entries by name (read once per sync; do not change the map returned). */
export async function treeEntries(dir: string, oid: string | null): Promise<TreeEntries> {
  if (!oid) return new Map()
  const cache = cacheFor(dir)
  let known = trees.get(cache)
  if (!known) {
    known = new Map()
    trees.set(cache, known)
  }
  const hit = known.get(oid)
  if (hit) return hit
  const { tree } = await git.readTree({ fs, dir, cache, oid })
  const entries: TreeEntries = new Map(tree.map((e) => [e.path, e as TreeEntry]))
  known.set(oid, entries)
  return entries
}

/** Writes a tree and keeps its entries for the rest of the sync; returns its id. */
export async function writeTreeEntries(
  dir: string,
  entries: readonly TreeEntry[],
): Promise<string> {
  const oid = await git.writeTree({ fs, dir, tree: [...entries] })
  const cache = cacheFor(dir)
  const known = trees.get(cache)
  if (known && !known.has(oid)) known.set(oid, new Map(entries.map((e) => [e.path, e])))
  return oid
}

/** The entries of a folder of a commit (empty when the folder is not there). */
export async function folderEntries(
  dir: string,
  commit: string | null,
  folder: string,
): Promise<TreeEntries> {
  if (!commit) return new Map()
  const { commit: c } = await git.readCommit({ fs, dir, cache: cacheFor(dir), oid: commit })
  let entries = await treeEntries(dir, c.tree)
  for (const part of folder.split('/').filter(Boolean)) {
    const e = entries.get(part)
    if (e?.type !== 'tree') return new Map()
    entries = await treeEntries(dir, e.oid)
  }
  return entries
}

async function diffTrees(
  dir: string,
  prefix: string,
  oids: readonly [string | null, string | null, string | null],
  withBase: boolean,
  out: PathChange[],
  whole: (folder: string) => boolean,
): Promise<void> {
  const [b, o, t] = await Promise.all(oids.map((oid) => treeEntries(dir, oid)))
  const names = new Set([...(withBase ? b!.keys() : []), ...o!.keys(), ...t!.keys()])
  for (const name of [...names].sort()) {
    const entries = [withBase ? b!.get(name) : undefined, o!.get(name), t!.get(name)]
    const [eb, eo, et] = entries
    const same = withBase ? eb?.oid === eo?.oid && eo?.oid === et?.oid : eo?.oid === et?.oid
    if (same) continue
    const path = prefix ? `${prefix}/${name}` : name
    const tree = (e: (typeof entries)[number]) => (e?.type === 'tree' ? e.oid : null)
    const blob = (e: (typeof entries)[number]) => (e?.type === 'blob' ? e.oid : null)
    if (whole(path) && entries.every((e) => !e || e.type === 'tree')) {
      // A folder `whole` names is one change, its tree ids standing for its files: not entered.
      out.push({ path, base: tree(eb), ours: tree(eo), theirs: tree(et) })
      continue
    }
    if (entries.some((e) => e?.type === 'tree')) {
      await diffTrees(dir, path, [tree(eb), tree(eo), tree(et)], withBase, out, whole)
    }
    const [bb, bo, bt] = entries.map(blob)
    if (withBase ? bb === bo && bo === bt : bo === bt) continue
    out.push({ path, base: bb ?? null, ours: bo ?? null, theirs: bt ?? null })
  }
}

/** Paths whose blob differs between two commits (either may be null: the empty tree). */
export async function changedBetween(dir: string, from: string, to: string): Promise<number> {
  return from === to ? 0 : (await threeWay(dir, null, from, to)).length
}

export async function readBlobText(dir: string, oid: string): Promise<string> {
  const { blob } = await git.readBlob({ fs, dir, oid, cache: cacheFor(dir) })
  return Buffer.from(blob).toString('utf8')
}

export async function readBlobBytes(dir: string, oid: string): Promise<Uint8Array> {
  return (await git.readBlob({ fs, dir, oid, cache: cacheFor(dir) })).blob
}
