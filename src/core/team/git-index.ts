// Git's index (`.git/index`) of a shared library, written by Galley in one pass so that the git
// program's `git status` in the library folder sees the tree as committed: every committed file
// listed, drafts included, with the stat data of the file that holds it.
//
// isomorphic-git keeps its own index in `.git/galley-index` (see repo.ts's `fs`), with the few
// shared files that are not drafts: it reads that file whole, rewrites it at every `add`, and turns
// it into folders at every status walk, which at 57,000 entries (5,000 drafts kept as records) cost
// 0.3-1.4 s a call, and its whole-index writer took 0.7-3 s for one changed entry here. So this
// file is Git's index format v2 (gitformat-index(5)) read and written directly: after a commit,
// the entries of the drafts it changed are replaced and every other entry is copied byte for byte
// (entries of versions 2 and 3 do not depend on their position), in one write of the whole file.
import { createHash } from 'node:crypto'
import { lstat, readFile } from 'node:fs/promises'
import { fstatSync, type BigIntStats } from 'node:fs'
import { join } from 'node:path'
import { LEAN_INDEX, folderEntries, treeEntries, writeGitFile, type TreeEntry } from './repo'

const DRAFTS = 'drafts'

/** An index read for splicing: its entries' offsets, never decoded whole. */
export interface ParsedIndex {
  readonly buf: Buffer
  /** Where entry i starts; offsets[count] is where the entries end. */
  readonly offsets: Uint32Array
  readonly count: number
  /** Some entry carries version 3's extended flags. */
  readonly extended: boolean
}

const EMPTY_OID = Buffer.alloc(20)

/**
 * Reads an index of version 2 or 3 (what git and isomorphic-git write unless told otherwise), or
 * 4 (paths compressed: `feature.manyFiles`), turned into version 3's entries. Null when it is not
 * one Galley can splice: a required extension (split or sparse index), a wrong checksum, or cut
 * bytes. Optional extensions (the cached trees, the untracked cache, ...) are dropped: git works
 * them out again.
 */
export function parseIndex(buf: Buffer): ParsedIndex | null {
  if (buf.length < 32 || buf.toString('latin1', 0, 4) !== 'DIRC') return null
  const version = buf.readUInt32BE(4)
  const body = buf.length - 20
  const trailer = buf.subarray(body)
  // index.skipHash writes no checksum (all zeros).
  if (!trailer.equals(EMPTY_OID)) {
    const sum = createHash('sha1').update(buf.subarray(0, body)).digest()
    if (!sum.equals(trailer)) return null
  }
  if (version === 4) {
    const v3 = fromVersion4(buf)
    return v3 ? parseIndex(v3) : null
  }
  if (version !== 2 && version !== 3) return null
  const count = buf.readUInt32BE(8)
  const offsets = new Uint32Array(count + 1)
  let at = 12
  let extended = false
  for (let i = 0; i < count; i++) {
    if (at + 64 > body) return null
    offsets[i] = at
    const flags = buf.readUInt16BE(at + 60)
    const ext = (flags & 0x4000) !== 0
    if (ext && version < 3) return null
    extended ||= ext
    const pathAt = at + 62 + (ext ? 2 : 0)
    let len = flags & 0xfff
    if (len === 0xfff) len = buf.indexOf(0, pathAt) - pathAt
    if (len < 0) return null
    at += (pathAt - at + len + 8) & ~7
  }
  if (at > body) return null
  offsets[count] = at
  // Extensions: optional ones (first letter A-Z) are dropped; a required one cannot be.
  while (at < body) {
    if (at + 8 > body) return null
    const first = buf[at]!
    if (first < 0x41 || first > 0x5a) return null
    at += 8 + buf.readUInt32BE(at + 4)
  }
  return at === body ? { buf, offsets, count, extended } : null
}

/**
 * An index of version 4 as version 3 (or 2) bytes: each entry's path is written whole again (in
 * version 4 it is the previous path cut by N bytes, plus a suffix) and padded.
 */
function fromVersion4(buf: Buffer): Buffer | null {
  const body = buf.length - 20
  const count = buf.readUInt32BE(8)
  const parts: Buffer[] = []
  let at = 12
  let prev = Buffer.alloc(0)
  let extended = false
  for (let i = 0; i < count; i++) {
    if (at + 64 > body) return null
    const flags = buf.readUInt16BE(at + 60)
    const head = 62 + ((flags & 0x4000) !== 0 ? 2 : 0)
    extended ||= (flags & 0x4000) !== 0
    let p = at + head
    // How many bytes of the previous path to cut (git's offset encoding).
    let c = buf[p++] ?? 0
    let cut = c & 0x7f
    while (c & 0x80) {
      c = buf[p++] ?? 0
      cut = ((cut + 1) << 7) | (c & 0x7f)
    }
    const end = buf.indexOf(0, p)
    if (end < 0 || end >= body || cut > prev.length) return null
    const path = Buffer.concat([prev.subarray(0, prev.length - cut), buf.subarray(p, end)])
    const entry = Buffer.alloc((head + path.length + 8) & ~7)
    buf.copy(entry, 0, at, at + head)
    entry.writeUInt16BE((flags & 0xf000) | Math.min(path.length, 0xfff), 60)
    path.copy(entry, head)
    parts.push(entry)
    prev = path
    at = end + 1
  }
  const header = Buffer.alloc(12)
  header.write('DIRC', 0, 'latin1')
  header.writeUInt32BE(extended ? 3 : 2, 4)
  header.writeUInt32BE(count, 8)
  const main = Buffer.concat([header, ...parts, buf.subarray(at, body)])
  return Buffer.concat([main, createHash('sha1').update(main).digest()])
}

/** The path of entry i, as bytes (no copy). */
export function pathOf(index: ParsedIndex, i: number): Buffer {
  const { buf, offsets } = index
  const at = offsets[i]!
  const flags = buf.readUInt16BE(at + 60)
  const pathAt = at + 62 + ((flags & 0x4000) !== 0 ? 2 : 0)
  let len = flags & 0xfff
  if (len === 0xfff) len = buf.indexOf(0, pathAt) - pathAt
  return buf.subarray(pathAt, pathAt + len)
}

/** The blob id of entry i. */
const oidOf = (index: ParsedIndex, i: number) =>
  index.buf.subarray(index.offsets[i]! + 40, index.offsets[i]! + 60)

/** The first entry whose path is not before `key` (memcmp order, as git sorts). */
function lowerBound(index: ParsedIndex, key: Buffer): number {
  let lo = 0
  let hi = index.count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (Buffer.compare(pathOf(index, mid), key) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** One entry to write: a file as committed, with the stat of the file holding it (null: none). */
export interface NewEntry {
  readonly path: string
  readonly oid: string
  /** The tree entry's mode: '100644', '100755', '120000', '160000'. */
  readonly mode: string
  readonly stat: BigIntStats | null
}

const U32 = 2n ** 32n
const u32 = (n: bigint) => Number(((n % U32) + U32) % U32)

/** An entry in the bytes of version 2 (stage 0), with its path as bytes for sorting. */
export function encodeEntry(e: NewEntry): { key: Buffer; bytes: Buffer } {
  const key = Buffer.from(e.path, 'utf8')
  const bytes = Buffer.alloc((62 + key.length + 8) & ~7)
  const s = e.stat
  if (s) {
    bytes.writeUInt32BE(u32(s.ctimeNs / 1_000_000_000n), 0)
    bytes.writeUInt32BE(u32(s.ctimeNs % 1_000_000_000n), 4)
    bytes.writeUInt32BE(u32(s.mtimeNs / 1_000_000_000n), 8)
    bytes.writeUInt32BE(u32(s.mtimeNs % 1_000_000_000n), 12)
    bytes.writeUInt32BE(u32(s.dev), 16)
    bytes.writeUInt32BE(u32(s.ino), 20)
    bytes.writeUInt32BE(u32(s.uid), 28)
    bytes.writeUInt32BE(u32(s.gid), 32)
    bytes.writeUInt32BE(u32(s.size), 36)
  }
  // No stat (the file is not there, or holds something else): all zeros, so git reads the file.
  bytes.writeUInt32BE(parseInt(e.mode, 8), 24)
  bytes.write(e.oid, 40, 20, 'hex')
  bytes.writeUInt16BE(Math.min(key.length, 0xfff), 60)
  key.copy(bytes, 62)
  return { key, bytes }
}

/** Paths from `lo` (included) to `hi` (excluded; null: to the end). */
type Range = readonly [lo: Buffer, hi: Buffer | null]

const exact = (path: string): Range => {
  const key = Buffer.from(path, 'utf8')
  return [key, Buffer.concat([key, Buffer.of(0)])]
}
/** Every path under a folder: "<folder>/" up to "<folder>0" ('0' follows '/'). */
const under = (folder: string): readonly [Buffer, Buffer] => [
  Buffer.from(`${folder}/`, 'utf8'),
  Buffer.from(`${folder}0`, 'utf8'),
]

/**
 * A whole index: the entries of `old` outside the `drop` ranges kept byte for byte, and `add`
 * (each inside a dropped range or where `old` has nothing) put in their places.
 */
export function spliceIndex(
  old: ParsedIndex | null,
  drop: readonly Range[],
  add: ReadonlyArray<{ key: Buffer; bytes: Buffer }>,
): Buffer {
  const adds = [...add].sort((a, b) => Buffer.compare(a.key, b.key))
  const dropped: Array<[number, number]> = old
    ? drop
        .map(([lo, hi]): [number, number] => [
          lowerBound(old, lo),
          hi ? lowerBound(old, hi) : old.count,
        ])
        .filter(([a, b]) => a < b)
        .sort((x, y) => x[0] - y[0])
    : []
  const parts: Buffer[] = []
  let count = 0
  let d = 0
  /** Copies the kept entries of `old` from `from` to `to`. */
  const keep = (from: number, to: number) => {
    if (!old) return
    let at = from
    while (at < to) {
      while (d < dropped.length && dropped[d]![1] <= at) d++
      const [ds, de] = dropped[d] ?? [Infinity, Infinity]
      const end = Math.min(to, ds)
      if (at < end) {
        parts.push(old.buf.subarray(old.offsets[at], old.offsets[end]))
        count += end - at
        at = end
      }
      if (at >= ds) at = Math.min(to, de)
    }
  }
  let cursor = 0
  for (const a of adds) {
    const at = old ? lowerBound(old, a.key) : 0
    if (at > cursor) {
      keep(cursor, at)
      cursor = at
    }
    parts.push(a.bytes)
    count++
  }
  keep(cursor, old?.count ?? 0)
  const header = Buffer.alloc(12)
  header.write('DIRC', 0, 'latin1')
  header.writeUInt32BE(old?.extended ? 3 : 2, 4)
  header.writeUInt32BE(count, 8)
  const main = Buffer.concat([header, ...parts])
  return Buffer.concat([main, createHash('sha1').update(main).digest()])
}

/** Git's blob id of these bytes. */
const blobOid = (bytes: Buffer) =>
  createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')

/**
 * A committed file's entry: the stat of the library's file when it holds exactly that blob (its
 * stat taken before it is read, so a file written meanwhile never looks unchanged), else none.
 */
async function committedEntry(dir: string, path: string, e: TreeEntry): Promise<NewEntry> {
  const full = join(dir, ...path.split('/'))
  let stat: BigIntStats | null = null
  if (e.mode === '100644' || e.mode === '100755') {
    const st = await lstat(full, { bigint: true }).catch(() => null)
    if (st?.isFile()) {
      const bytes = await readFile(full).catch(() => null)
      if (bytes && blobOid(bytes) === e.oid) stat = st
    }
  }
  return { path, oid: e.oid, mode: e.mode, stat }
}

/** The committed files of `drafts/<name>` and `drafts/<name>.json` in commit `head`. */
async function draftEntries(dir: string, head: string, name: string): Promise<NewEntry[]> {
  const drafts = await folderEntries(dir, head, DRAFTS)
  const out: NewEntry[] = []
  const visit = async (path: string, e: TreeEntry): Promise<void> => {
    if (e.type === 'tree') {
      for (const [child, ce] of await treeEntries(dir, e.oid)) await visit(`${path}/${child}`, ce)
    } else if (e.type === 'blob') out.push(await committedEntry(dir, path, e))
    else out.push({ path, oid: e.oid, mode: e.mode, stat: null })
  }
  for (const n of [`${name}.json`, name]) {
    const e = drafts.get(n)
    if (e) await visit(`${DRAFTS}/${n}`, e)
  }
  return out
}

const indexFile = (dir: string) => join(dir, '.git', 'index')
const leanFile = (dir: string) => join(dir, '.git', LEAN_INDEX)

async function readIndex(file: string): Promise<{ raw: Buffer | null; index: ParsedIndex | null }> {
  const raw = await readFile(file).catch(() => null)
  return { raw, index: raw !== null && raw.length > 0 ? parseIndex(raw) : null }
}

const DRAFTS_RANGE = under(DRAFTS)
/** Everything but drafts/: before "drafts/" and from "drafts0" on. */
const OTHER_RANGES: Range[] = [
  [Buffer.alloc(0), DRAFTS_RANGE[0]],
  [DRAFTS_RANGE[1], null],
]

/** The entries of an index outside drafts/, as whole entries' bytes. */
function otherEntries(index: ParsedIndex | null): Array<{ key: Buffer; bytes: Buffer }> {
  if (!index) return []
  const out: Array<{ key: Buffer; bytes: Buffer }> = []
  const [lo, hi] = [lowerBound(index, DRAFTS_RANGE[0]), lowerBound(index, DRAFTS_RANGE[1])]
  for (let i = 0; i < index.count; i++) {
    if (i >= lo && i < hi) continue
    out.push({
      key: Buffer.from(pathOf(index, i)),
      bytes: index.buf.subarray(index.offsets[i], index.offsets[i + 1]),
    })
  }
  return out
}

/** Whether two lists of entries are the same bytes. */
const sameEntries = (
  a: ReadonlyArray<{ bytes: Buffer }>,
  b: ReadonlyArray<{ bytes: Buffer }>,
): boolean => a.length === b.length && a.every((e, i) => e.bytes.equals(b[i]!.bytes))

/**
 * isomorphic-git's index of a library that has none yet (a library shared or copied by an earlier
 * version kept it in `.git/index`): the entries of `.git/index` outside drafts/.
 */
export async function seedLeanIndex(dir: string): Promise<void> {
  if (await lstat(leanFile(dir)).catch(() => null)) return
  const { index } = await readIndex(indexFile(dir))
  if (!index) return
  await writeGitFile(leanFile(dir), spliceIndex(null, [], otherEntries(index)))
}

/**
 * Brings `.git/index` in step with commit `head` for the drafts named (their ids, or other names
 * under drafts/) and for every file outside drafts/ (isomorphic-git's index, byte for byte); the
 * other drafts' entries are copied as they are. `prepared`: the whole of drafts/, known already
 * (a first copy writes every file itself). An index with no draft at all while `head` has some
 * (kept by an earlier version, or none yet) gets every draft.
 */
export async function writeLibraryIndex(
  dir: string,
  head: string | null,
  names: ReadonlySet<string>,
  prepared?: readonly NewEntry[],
): Promise<void> {
  if (!head) return
  // Nothing named, and neither index changed since this wrote `.git/index` in step: nothing to
  // do, and the 6 MB of a 5,000-draft library's index are not read.
  if (names.size === 0 && !prepared) {
    const stats = await statsOf(dir)
    if (stats !== null && inStep.get(dir) === stats) return
  }
  await writeInStep(dir, head, names, prepared)
  inStep.set(dir, await statsOf(dir))
}

/** Per library folder: both index files' stats right after `.git/index` was last in step. */
const inStep = new Map<string, string | null>()

async function statsOf(dir: string): Promise<string | null> {
  const [a, b] = await Promise.all(
    [indexFile(dir), leanFile(dir)].map((f) => lstat(f, { bigint: true }).catch(() => null)),
  )
  if (!a || !b) return null
  return [a, b].map((s) => `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`).join('|')
}

async function writeInStep(
  dir: string,
  head: string,
  names: ReadonlySet<string>,
  prepared?: readonly NewEntry[],
): Promise<void> {
  const { raw, index: old } = await readIndex(indexFile(dir))
  const { index: lean } = await readIndex(leanFile(dir))
  const others = otherEntries(lean)
  let all = prepared !== undefined || !old
  if (!all && old && lowerBound(old, DRAFTS_RANGE[0]) === lowerBound(old, DRAFTS_RANGE[1])) {
    all = (await folderEntries(dir, head, DRAFTS)).size > 0
  }
  if (!all && names.size === 0 && old && sameEntries(otherEntries(old), others)) return
  const drop: Range[] = [...OTHER_RANGES]
  let entries: NewEntry[] = []
  if (prepared) entries = [...prepared]
  let wanted = [...names]
  if (all) {
    drop.push(DRAFTS_RANGE)
    if (!prepared) {
      wanted = [
        ...new Set(
          [...(await folderEntries(dir, head, DRAFTS)).keys()].map((n) => n.replace(/\.json$/, '')),
        ),
      ]
    } else wanted = []
  } else {
    for (const name of wanted) {
      drop.push(
        exact(`${DRAFTS}/${name}.json`),
        exact(`${DRAFTS}/${name}`),
        under(`${DRAFTS}/${name}`),
      )
    }
  }
  for (let i = 0; i < wanted.length; i += 64) {
    const batch = await Promise.all(wanted.slice(i, i + 64).map((n) => draftEntries(dir, head, n)))
    for (const b of batch) entries.push(...b)
  }
  const next = spliceIndex(all ? null : old, drop, [...others, ...entries.map(encodeEntry)])
  if (raw?.equals(next)) return
  await writeGitFile(indexFile(dir), next)
}

/**
 * The entry of a file a first copy just wrote from blob `oid`, open as `fd`: its stat now (it
 * holds that blob; closing it changes no time).
 */
export function writtenEntry(fd: number, path: string, oid: string, mode: string): NewEntry {
  return { path, oid, mode, stat: fstatSync(fd, { bigint: true }) }
}

/**
 * Drafts whose head in `.git/index` is not the one of commit `head` (a kill between a commit and
 * the index's write, an index another program changed): their names under drafts/. Only the
 * heads are compared: a draft's record files change only with its head, and are written with it.
 */
export async function draftsOutOfStep(dir: string, head: string | null): Promise<Set<string>> {
  const out = new Set<string>()
  if (!head) return out
  const { index } = await readIndex(indexFile(dir))
  const committed = await folderEntries(dir, head, DRAFTS)
  const seen = new Set<string>()
  if (index) {
    const [lo, hi] = [lowerBound(index, DRAFTS_RANGE[0]), lowerBound(index, DRAFTS_RANGE[1])]
    for (let i = lo; i < hi; i++) {
      const path = pathOf(index, i)
      if (path.indexOf(0x2f, DRAFTS.length + 1) >= 0) continue
      const name = path.toString('utf8', DRAFTS.length + 1)
      seen.add(name)
      const e = committed.get(name)
      if (!e || e.type !== 'blob' || oidOf(index, i).toString('hex') !== e.oid) {
        out.add(name.replace(/\.json$/, ''))
      }
    }
  }
  for (const [name, e] of committed) {
    if (e.type === 'blob' && !seen.has(name)) out.add(name.replace(/\.json$/, ''))
  }
  return out
}
