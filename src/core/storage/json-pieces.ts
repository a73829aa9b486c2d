import { nextTurn } from '../workers/turn'

// Immutable records (revisions, audit events) are encoded once, while they live, and their bytes
// reused by every later write of their file: a big file's write then encodes only what changed.
const encoded = new WeakMap<object, Buffer>()

/** Freezes a value and everything in it, so changing it throws instead of going unwritten. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return
  Object.freeze(value)
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) deepFreeze(child)
  }
}

function bytesOf(record: object): Buffer {
  let bytes = encoded.get(record)
  if (bytes === undefined) {
    deepFreeze(record)
    bytes = Buffer.from(JSON.stringify(record))
    encoded.set(record, bytes)
  }
  return bytes
}

type Piece = string | { readonly records: readonly object[] }

const COMMA = Buffer.from(',')

/**
 * A JSON document to write, as raw JSON text and arrays of immutable records. Adding a record
 * freezes it (what is written later is what it holds now); its bytes are made when written and
 * kept for the next write. Everything else is text taken when added, so the document is a
 * snapshot of the moment it was built.
 */
export class JsonPieces {
  private readonly pieces: Piece[] = []

  /** Appends raw JSON text. */
  text(json: string): this {
    this.pieces.push(json)
    return this
  }

  /** Appends a JSON array of records that nobody changes any more (they are frozen here). */
  records(records: readonly object[]): this {
    for (const r of records) if (!encoded.has(r)) Object.freeze(r)
    this.pieces.push({ records: [...records] })
    return this
  }

  /**
   * The document's bytes, in order, to write one after another. Encoding starts on a later turn
   * of the event loop and works in slices of about `sliceMs`, letting the loop run between them.
   */
  async bytes(sliceMs = 3): Promise<Buffer[]> {
    const out: Buffer[] = []
    await nextTurn()
    let slice = performance.now()
    for (const chunk of this.chunks()) {
      out.push(chunk)
      if (performance.now() - slice > sliceMs) {
        await nextTurn()
        slice = performance.now()
      }
    }
    return out
  }

  /** The whole document as one string, encoded at once. */
  toString(): string {
    return Buffer.concat([...this.chunks()]).toString('utf8')
  }

  private *chunks(): Generator<Buffer> {
    let text = ''
    for (const piece of this.pieces) {
      if (typeof piece === 'string') {
        text += piece
        continue
      }
      text += '['
      for (let i = 0; i < piece.records.length; i++) {
        if (i > 0) text += ','
        if (text === ',') yield COMMA
        else yield* encodeText(text)
        text = ''
        yield bytesOf(piece.records[i] as object)
      }
      text += ']'
    }
    yield* encodeText(text)
  }
}

// Characters of text encoded in one go: big texts (2,000 claims) are encoded in a few slices.
const TEXT_SLICE = 1 << 17

/** UTF-8 of `text`, in slices that never split a surrogate pair. */
function* encodeText(text: string): Generator<Buffer> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + TEXT_SLICE, text.length)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++
    yield Buffer.from(text.slice(start, end))
    start = end
  }
}
