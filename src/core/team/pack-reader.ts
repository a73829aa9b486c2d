// Reading many objects out of one Git pack quickly, for the first copy of a shared library:
// isomorphic-git inflates each object through a stream and keeps few delta bases, so reading the
// 57,000 files of a 5,000-draft copy back out of its pack took most of the copy. This reads the
// pack (version 2, with its version 2 index) with node:zlib and keeps the delta bases it met.
// Every object it returns is checked against its id (the SHA-1 Git names it by): anything it
// cannot read, or reads wrong, is null, and the caller reads that object through isomorphic-git.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { crc32, inflateSync } from 'node:zlib'

export type PackObjectType = 'commit' | 'tree' | 'blob' | 'tag'
const TYPES: Record<number, PackObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' }
const OFS_DELTA = 6
const REF_DELTA = 7
/** Delta bases kept, in bytes (the copy's pack of 5,000 drafts: 77 MB in all). */
const BASES_KEPT = 48 * 1024 * 1024

interface Unpacked {
  readonly type: PackObjectType
  readonly data: Buffer
}

/** A pack that cannot be indexed: damaged, cut short, or with a delta whose base is missing. */
export class PackIndexError extends Error {
  readonly code = 'InternalError' // gitFailure's "a Git object is damaged"
  constructor(why: string) {
    super(`invalid pack: ${why}`)
  }
}

/** A pack object's header at `at`: its kind, its size, and where what follows it starts. */
function objectHead(pack: Buffer, at: number): { kind: number; size: number; at: number } {
  let c = pack[at++]!
  const kind = (c >> 4) & 7
  let size = c & 15
  let scale = 16
  while (c & 0x80) {
    c = pack[at++]!
    size += (c & 0x7f) * scale
    scale *= 128
  }
  return { kind, size, at }
}

/** An offset delta's distance back to its base, at `at`, and where what follows it starts. */
function baseDistance(pack: Buffer, at: number): { back: number; at: number } {
  let c = pack[at++]!
  let back = c & 0x7f
  while (c & 0x80) {
    c = pack[at++]!
    back = (back + 1) * 128 + (c & 0x7f)
  }
  return { back, at }
}

const hashOf = (type: PackObjectType, data: Buffer) =>
  createHash('sha1').update(`${type} ${data.length}\0`).update(data).digest('hex')

export class PackReader {
  private readonly bases = new Map<number, Unpacked>()
  private basesBytes = 0

  private constructor(
    private readonly pack: Buffer,
    private readonly offsets: ReadonlyMap<string, number>,
    /** Where the object at an offset ends: the next object's offset (or the checksum). */
    private readonly ends: ReadonlyMap<number, number>,
  ) {}

  /** Opens a pack and its index; null when either is not the version 2 this reads. */
  static async open(packFile: string, idxFile: string): Promise<PackReader | null> {
    const [pack, idx] = await Promise.all([readFile(packFile), readFile(idxFile)])
    if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK') return null
    if (pack.readUInt32BE(4) !== 2) return null
    if (
      idx.length < 8 + 256 * 4 ||
      idx.readUInt32BE(0) !== 0xff744f63 ||
      idx.readUInt32BE(4) !== 2
    ) {
      return null
    }
    const count = idx.readUInt32BE(8 + 255 * 4)
    const shas = 8 + 256 * 4
    const crcs = shas + count * 20
    const small = crcs + count * 4
    const large = small + count * 4
    if (idx.length < large + 40) return null
    const offsets = new Map<string, number>()
    for (let i = 0; i < count; i++) {
      const oid = idx.toString('hex', shas + i * 20, shas + i * 20 + 20)
      let offset = idx.readUInt32BE(small + i * 4)
      if (offset & 0x80000000) {
        const at = large + (offset & 0x7fffffff) * 8
        if (at + 8 > idx.length - 40) return null
        offset = Number(idx.readBigUInt64BE(at))
      }
      if (offset < 12 || offset >= pack.length - 20) return null
      offsets.set(oid, offset)
    }
    const sorted = [...offsets.values()].sort((a, b) => a - b)
    const ends = new Map<number, number>()
    sorted.forEach((o, i) => ends.set(o, sorted[i + 1] ?? pack.length - 20))
    return new PackReader(pack, offsets, ends)
  }

  /**
   * Indexes a pack as `git index-pack` does, for the first copy of a shared library: checks its
   * checksum, reads every object once (node:zlib, node:crypto), resolves every delta, and returns
   * its version 2 index with a reader over it. isomorphic-git's own indexing of a 5,000-draft
   * copy's pack (87,000 objects) inflated each in JavaScript, hashed each through an async
   * WebCrypto call and counted its fan-out table with 22 million `parseInt`s: about 40 s of CPU.
   * Throws a PackIndexError for anything it cannot read (git would refuse the pack too).
   */
  static index(pack: Buffer): { reader: PackReader; idx: Buffer } {
    if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK') {
      throw new PackIndexError('no pack header')
    }
    if (pack.readUInt32BE(4) !== 2 && pack.readUInt32BE(4) !== 3) {
      throw new PackIndexError(`version ${pack.readUInt32BE(4)}`)
    }
    const body = pack.length - 20
    const sum = createHash('sha1').update(pack.subarray(0, body)).digest()
    if (!sum.equals(pack.subarray(body))) throw new PackIndexError('checksum does not match')
    const count = pack.readUInt32BE(8)
    const offsets = new Map<string, number>()
    const ends = new Map<number, number>()
    const reader = new PackReader(pack, offsets, ends)
    const starts = new Array<number>(count)
    const oids = new Array<string | undefined>(count)
    const later: number[] = [] // deltas on a base not met yet (a ref-delta on a later object)
    let at = 12
    for (let i = 0; i < count; i++) {
      const start = at
      starts[i] = start
      if (at >= body) throw new PackIndexError('cut short')
      const head = objectHead(pack, at)
      const { kind, size } = head
      at = head.at
      let baseOffset: number | undefined
      let baseOid: string | null = null
      if (kind === OFS_DELTA) {
        const ofs = baseDistance(pack, at)
        at = ofs.at
        baseOffset = start - ofs.back
      } else if (kind === REF_DELTA) {
        baseOid = pack.toString('hex', at, at + 20)
        at += 20
        baseOffset = offsets.get(baseOid)
      } else if (!TYPES[kind]) throw new PackIndexError(`object type ${kind} at ${start}`)
      if (at >= body) throw new PackIndexError('cut short')
      let data: Buffer
      let used: number
      try {
        const out = inflateSync(pack.subarray(at, body), { info: true }) as unknown as {
          buffer: Buffer
          engine: { bytesWritten: number }
        }
        data = out.buffer
        used = out.engine.bytesWritten
      } catch {
        throw new PackIndexError(`object at ${start} does not inflate`)
      }
      if (data.length !== size) throw new PackIndexError(`object at ${start} has the wrong size`)
      at += used
      ends.set(start, at)
      let object: Unpacked
      if (baseOffset !== undefined || baseOid !== null) {
        if (baseOffset === undefined) {
          later.push(i) // a ref-delta on an object further on
          continue
        }
        const base = reader.readAt(baseOffset, 1)
        const applied = base ? applyDelta(data, base.data) : null
        if (!base || !applied) throw new PackIndexError(`delta at ${start} does not apply`)
        object = { type: base.type, data: applied }
      } else object = { type: TYPES[kind]!, data }
      const oid = hashOf(object.type, object.data)
      oids[i] = oid
      offsets.set(oid, start)
      reader.keep(start, object)
    }
    if (at !== body) throw new PackIndexError('data after the last object')
    for (let left = later; left.length > 0;) {
      const next = left.filter((i) => {
        const object = reader.readAt(starts[i]!, 0)
        if (!object) return true
        const oid = hashOf(object.type, object.data)
        oids[i] = oid
        offsets.set(oid, starts[i]!)
        return false
      })
      if (next.length === left.length) throw new PackIndexError('a delta has no base in the pack')
      left = next
    }
    return { reader, idx: indexFile(pack, starts, oids as string[], ends) }
  }

  /** Object `oid` of this pack, checked against its id; null if not here or not readable. */
  read(oid: string): Unpacked | null {
    const offset = this.offsets.get(oid)
    if (offset === undefined) return null
    let object: Unpacked | null
    try {
      object = this.readAt(offset, 0)
    } catch {
      return null
    }
    if (!object) return null
    const hash = createHash('sha1')
    hash.update(`${object.type} ${object.data.length}\0`)
    hash.update(object.data)
    return hash.digest('hex') === oid ? object : null
  }

  private readAt(offset: number, depth: number): Unpacked | null {
    if (depth > 64) return null
    const kept = this.bases.get(offset)
    if (kept) return kept
    const pack = this.pack
    const end = this.ends.get(offset)
    if (end === undefined) return null
    const head = objectHead(pack, offset)
    const { kind, size } = head
    let at = head.at
    let base: Unpacked | null = null
    if (kind === OFS_DELTA) {
      const ofs = baseDistance(pack, at)
      at = ofs.at
      base = this.readAt(offset - ofs.back, depth + 1)
      if (!base) return null
    } else if (kind === REF_DELTA) {
      const baseOffset = this.offsets.get(pack.toString('hex', at, at + 20))
      at += 20
      if (baseOffset === undefined) return null
      base = this.readAt(baseOffset, depth + 1)
      if (!base) return null
    } else if (!TYPES[kind]) return null
    if (at >= end) return null
    const data = inflateSync(pack.subarray(at, end))
    if (data.length !== size) return null
    const object = base
      ? { type: base.type, data: applyDelta(data, base.data) }
      : { type: TYPES[kind]!, data }
    if (!object.data) return null
    if (depth > 0) this.keep(offset, object as Unpacked)
    return object as Unpacked
  }

  private keep(offset: number, object: Unpacked): void {
    if (this.basesBytes + object.data.length > BASES_KEPT) {
      this.bases.clear()
      this.basesBytes = 0
    }
    this.bases.set(offset, object)
    this.basesBytes += object.data.length
  }
}

/** A pack's version 2 index (.idx), as git writes it. */
function indexFile(
  pack: Buffer,
  starts: readonly number[],
  oids: readonly string[],
  ends: ReadonlyMap<number, number>,
): Buffer {
  const order = oids.map((_, i) => i).sort((a, b) => (oids[a]! < oids[b]! ? -1 : 1))
  const n = order.length
  const large = starts.filter((o) => o > 0x7fffffff).length
  const out = Buffer.alloc(8 + 256 * 4 + n * 28 + large * 8 + 40)
  out.writeUInt32BE(0xff744f63, 0)
  out.writeUInt32BE(2, 4)
  const fanout = new Uint32Array(256)
  for (const oid of oids) fanout[Number.parseInt(oid.slice(0, 2), 16)]! += 1
  let total = 0
  for (let b = 0; b < 256; b++) {
    total += fanout[b]!
    out.writeUInt32BE(total, 8 + b * 4)
  }
  const shas = 8 + 256 * 4
  const crcs = shas + n * 20
  const small = crcs + n * 4
  let big = small + n * 4
  let bigCount = 0
  order.forEach((i, k) => {
    const start = starts[i]!
    out.write(oids[i]!, shas + k * 20, 'hex')
    out.writeUInt32BE(crc32(pack.subarray(start, ends.get(start))) >>> 0, crcs + k * 4)
    if (start > 0x7fffffff) {
      out.writeUInt32BE((0x80000000 | bigCount++) >>> 0, small + k * 4)
      out.writeBigUInt64BE(BigInt(start), big)
      big += 8
    } else out.writeUInt32BE(start, small + k * 4)
  })
  pack.copy(out, big, pack.length - 20)
  createHash('sha1')
    .update(out.subarray(0, big + 20))
    .digest()
    .copy(out, big + 20)
  return out
}

/** Applies a Git delta to its base; null when the delta does not fit it. */
export function applyDelta(delta: Buffer, base: Buffer): Buffer | null {
  let at = 0
  const varint = () => {
    let value = 0
    let scale = 1
    let c: number
    do {
      c = delta[at++]!
      value += (c & 0x7f) * scale
      scale *= 128
    } while (c & 0x80 && at < delta.length)
    return value
  }
  if (varint() !== base.length) return null
  const out = Buffer.alloc(varint())
  let put = 0
  while (at < delta.length) {
    const op = delta[at++]!
    if (op & 0x80) {
      let from = 0
      let length = 0
      for (let i = 0; i < 4; i++) if (op & (1 << i)) from += delta[at++]! * 2 ** (8 * i)
      for (let i = 0; i < 3; i++) if (op & (0x10 << i)) length += delta[at++]! * 2 ** (8 * i)
      if (length === 0) length = 0x10000
      if (from + length > base.length || put + length > out.length) return null
      base.copy(out, put, from, from + length)
      put += length
    } else if (op > 0) {
      if (at + op > delta.length || put + op > out.length) return null
      delta.copy(out, put, at, at + op)
      at += op
      put += op
    } else return null
  }
  return put === out.length ? out : null
}

/** The entries of a tree object: mode, name, id. */
export function parseTree(data: Buffer): Array<{ mode: string; name: string; oid: string }> {
  const out: Array<{ mode: string; name: string; oid: string }> = []
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    const nul = data.indexOf(0, space + 1)
    if (space < 0 || nul < 0 || nul + 21 > data.length) throw new Error('not a tree')
    out.push({
      mode: data.toString('latin1', at, space),
      name: data.toString('utf8', space + 1, nul),
      oid: data.toString('hex', nul + 1, nul + 21),
    })
    at = nul + 21
  }
  return out
}
