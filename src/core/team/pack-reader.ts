// Reading many objects out of one Git pack quickly, for the first copy of a shared library:
// isomorphic-git inflates each object through a stream and keeps few delta bases, so reading the
// 57,000 files of a 5,000-draft copy back out of its pack took most of the copy. This reads the
// pack (version 2, with its version 2 index) with node:zlib and keeps the delta bases it met.
// Every object it returns is checked against its id (the SHA-1 Git names it by): anything it
// cannot read, or reads wrong, is null, and the caller reads that object through isomorphic-git.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { inflateSync } from 'node:zlib'

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
    let at = offset
    let c = pack[at++]!
    const kind = (c >> 4) & 7
    let size = c & 15
    let scale = 16
    while (c & 0x80) {
      c = pack[at++]!
      size += (c & 0x7f) * scale
      scale *= 128
    }
    let base: Unpacked | null = null
    if (kind === OFS_DELTA) {
      c = pack[at++]!
      let back = c & 0x7f
      while (c & 0x80) {
        c = pack[at++]!
        back = (back + 1) * 128 + (c & 0x7f)
      }
      base = this.readAt(offset - back, depth + 1)
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
