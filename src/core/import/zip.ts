import { inflateRawSync } from 'node:zlib'

/** Largest single part a Word document may inflate to (a long feature's XML is a few MB). */
export const ZIP_MAX_ENTRY_BYTES = 32 * 1024 * 1024
/** Largest total a Word document may inflate to, all parts together. */
export const ZIP_MAX_TOTAL_BYTES = 96 * 1024 * 1024
/** More parts than any Word document has; a zip of many tiny parts is another kind of bomb. */
export const ZIP_MAX_ENTRIES = 5_000

/** Why a zip package was refused. */
export type ZipProblem =
  | { readonly kind: 'damaged'; readonly detail: string }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'too-large'; readonly entry: string; readonly bytes: number }
  | { readonly kind: 'too-many'; readonly count: number }
  | { readonly kind: 'unsupported'; readonly detail: string }

export interface ZipEntry {
  readonly name: string
  readonly method: number
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly dataStart: number
}

const EOCD = 0x06054b50
const EOCD64_LOCATOR = 0x07064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MAX_COMMENT = 0xffff

class ZipRefusal extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind)
  }
}

const damaged = (detail: string) => new ZipRefusal({ kind: 'damaged', detail })

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const last = bytes.byteLength - 22
  const first = Math.max(0, last - MAX_COMMENT)
  for (let i = last; i >= first; i--) {
    if (dv.getUint32(i, true) === EOCD) return i
  }
  throw damaged('its table of contents is missing (the file may be cut short)')
}

/** Reads sizes from a zip64 extra field when the 32-bit fields are saturated. */
function zip64Sizes(
  dv: DataView,
  extraStart: number,
  extraEnd: number,
  sizes: { uncompressed: number; compressed: number; offset: number },
): void {
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = dv.getUint16(p, true)
    const len = dv.getUint16(p + 2, true)
    if (id === 0x0001) {
      let q = p + 4
      const read = (): number => {
        if (q + 8 > p + 4 + len) throw damaged('a zip64 size field is cut short')
        const v = dv.getBigUint64(q, true)
        q += 8
        if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('a size is impossibly large')
        return Number(v)
      }
      if (sizes.uncompressed === 0xffffffff) sizes.uncompressed = read()
      if (sizes.compressed === 0xffffffff) sizes.compressed = read()
      if (sizes.offset === 0xffffffff) sizes.offset = read()
      return
    }
    p += 4 + len
  }
}

/**
 * Lists a zip package's parts from its central directory, the same table JSZip (inside
 * mammoth) reads, without inflating anything. Throws a ZipRefusal on anything malformed,
 * encrypted or declared too large.
 */
function listEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.byteLength < 22) throw damaged('it is too short to be a zip package')
  const dv = view(bytes)
  const eocd = findEndOfCentralDirectory(bytes, dv)
  if (eocd >= 20 && dv.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    throw new ZipRefusal({ kind: 'unsupported', detail: 'it uses the zip64 format' })
  }
  const count = dv.getUint16(eocd + 10, true)
  const cdSize = dv.getUint32(eocd + 12, true)
  const cdOffset = dv.getUint32(eocd + 16, true)
  if (dv.getUint16(eocd + 4, true) !== 0 || dv.getUint16(eocd + 6, true) !== 0) {
    throw new ZipRefusal({ kind: 'unsupported', detail: 'it is split across several files' })
  }
  if (count > ZIP_MAX_ENTRIES) {
    throw new ZipRefusal({ kind: 'too-many', count })
  }
  if (cdOffset + cdSize > eocd) throw damaged('its table of contents points outside the file')
  const entries: ZipEntry[] = []
  let total = 0
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== CENTRAL) {
      throw damaged('its table of contents is damaged')
    }
    const flags = dv.getUint16(p + 8, true)
    const method = dv.getUint16(p + 10, true)
    const sizes = {
      compressed: dv.getUint32(p + 20, true),
      uncompressed: dv.getUint32(p + 24, true),
      offset: dv.getUint32(p + 42, true),
    }
    const nameLen = dv.getUint16(p + 28, true)
    const extraLen = dv.getUint16(p + 30, true)
    const commentLen = dv.getUint16(p + 32, true)
    const nameEnd = p + 46 + nameLen
    if (nameEnd + extraLen + commentLen > eocd) throw damaged('its table of contents is damaged')
    const name = new TextDecoder().decode(bytes.subarray(p + 46, nameEnd))
    zip64Sizes(dv, nameEnd, nameEnd + extraLen, sizes)
    p = nameEnd + extraLen + commentLen
    if (flags & 0x1) throw new ZipRefusal({ kind: 'encrypted' })
    if (method !== 0 && method !== 8) {
      throw new ZipRefusal({
        kind: 'unsupported',
        detail: `its part "${name.slice(0, 80)}" uses a compression method Word does not use`,
      })
    }
    total += sizes.uncompressed
    if (sizes.uncompressed > ZIP_MAX_ENTRY_BYTES || total > ZIP_MAX_TOTAL_BYTES) {
      throw new ZipRefusal({ kind: 'too-large', entry: name, bytes: sizes.uncompressed })
    }
    const local = sizes.offset
    if (local + 30 > bytes.byteLength || dv.getUint32(local, true) !== LOCAL) {
      throw damaged(`its part "${name.slice(0, 80)}" is missing`)
    }
    const dataStart = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true)
    if (dataStart + sizes.compressed > bytes.byteLength) {
      throw damaged(`its part "${name.slice(0, 80)}" is cut short`)
    }
    entries.push({
      name,
      method,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      dataStart,
    })
  }
  return entries
}

/** Inflates one part with a hard cap at its declared size: a part that lies about its size is refused. */
function verifyEntry(bytes: Uint8Array, entry: ZipEntry): void {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) {
      throw damaged(`its part "${entry.name.slice(0, 80)}" has inconsistent sizes`)
    }
    return
  }
  let out: Buffer
  try {
    out = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 })
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      // It inflates past the size it declares: a bomb that lies (bytes 0: "far more than it says").
      throw new ZipRefusal({ kind: 'too-large', entry: entry.name, bytes: 0 })
    }
    throw damaged(`its part "${entry.name.slice(0, 80)}" cannot be decompressed`)
  }
  if (out.byteLength !== entry.uncompressedSize) {
    // More than declared means a bomb that lies about its size; less means a damaged part.
    if (out.byteLength > entry.uncompressedSize) {
      throw new ZipRefusal({ kind: 'too-large', entry: entry.name, bytes: out.byteLength })
    }
    throw damaged(`its part "${entry.name.slice(0, 80)}" is shorter than it says`)
  }
}

/**
 * Checks a zip package before any library inflates it: the declared sizes from the central
 * directory (per part and in total), then each part inflated with a cap at its declared size.
 * Returns the parts, or the problem that makes it unsafe or unreadable.
 */
export function inspectZip(
  bytes: Uint8Array,
): { ok: true; entries: readonly ZipEntry[] } | { ok: false; problem: ZipProblem } {
  try {
    const entries = listEntries(bytes)
    for (const entry of entries) verifyEntry(bytes, entry)
    return { ok: true, entries }
  } catch (e) {
    if (e instanceof ZipRefusal) return { ok: false, problem: e.problem }
    if (e instanceof RangeError) {
      return { ok: false, problem: { kind: 'damaged', detail: 'its structure is damaged' } }
    }
    throw e
  }
}
