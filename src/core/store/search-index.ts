import { searchKey } from '../search'
import type { DraftFile } from '../storage/draft-file'
import { currentRevision } from './records'

/**
 * What search looks in, in order of weight: a word in a title counts most, in the body least.
 * Each posting keeps one bit per field (`doc * 32 + fields`).
 */
export const SEARCH_FIELDS = ['title', 'people', 'claims', 'sources', 'text'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]
const WEIGHT: Record<SearchField, number> = { title: 8, people: 4, claims: 4, sources: 3, text: 1 }
const FIELD_BIT = Object.fromEntries(SEARCH_FIELDS.map((f, i) => [f, 1 << i])) as Record<
  SearchField,
  number
>

/** Bump when the words taken from a draft change: a kept index of another version is rebuilt. */
export const SEARCH_TERMS_VERSION = 1

/** Words too common to tell drafts apart; leaving them out keeps the index small. */
const STOP = new Set(
  (
    'a an and are as at be but by for from has have he her his i if in into is it its of on or ' +
    'our she so that the their them they this to was we were which who will with you'
  ).split(' '),
)

/** The words of a text as search keys: accents and case folded, 2 to 40 letters or digits. */
export function terms(text: string): string[] {
  const out: string[] = []
  for (const w of searchKey(text).split(/[^\p{L}\p{N}]+/u)) {
    if (w.length >= 2 && w.length <= 40 && !STOP.has(w)) out.push(w)
  }
  return out
}

/** The text of each field of a draft that search looks in. */
export function searchFields(file: Readonly<DraftFile>): Record<SearchField, string> {
  const d = file.draft
  const people = [d.byline, ...d.credits]
  for (const q of file.quotes) if (q.speaker && !q.hidden) people.push(q.speaker.name)
  const claims: string[] = []
  const sources: string[] = []
  for (const c of file.claims) {
    claims.push(c.anchor.exact, c.note ?? '')
    for (const s of c.sources) sources.push(s.citation, s.url ?? '', s.note ?? '')
  }
  return {
    title: d.title,
    people: people.join('\n'),
    claims: claims.join('\n'),
    sources: sources.join('\n'),
    text: currentRevision(file).body,
  }
}

/** Each distinct word of a draft with the bits of the fields it is in. */
export function draftTerms(file: Readonly<DraftFile>): Map<string, number> {
  const fields = searchFields(file)
  const out = new Map<string, number>()
  for (const f of SEARCH_FIELDS) {
    for (const t of terms(fields[f])) out.set(t, (out.get(t) ?? 0) | FIELD_BIT[f])
  }
  return out
}

/** What one word counts for in toDataStepwise's batches, in postings. */
const WORD_WEIGHT = 10

/** Characters of a field read per step by draftTermsStepwise. */
const STEP_CHARS = 25_000

/**
 * draftTerms a step at a time, `between` awaited after each step of about STEP_CHARS characters
 * (cut just after a space, so no word is split and letter case reads the same): a long draft's
 * text (1.6M characters held the event loop for about 100 ms) is read while the host answers.
 */
export async function draftTermsStepwise(
  file: Readonly<DraftFile>,
  between: () => Promise<void>,
): Promise<Map<string, number>> {
  const fields = searchFields(file)
  const out = new Map<string, number>()
  for (const f of SEARCH_FIELDS) {
    const text = fields[f]
    let from = 0
    do {
      let to = Math.min(text.length, from + STEP_CHARS)
      while (to < text.length && !/\s/.test(text[to - 1] ?? '')) to++
      for (const t of terms(text.slice(from, to))) out.set(t, (out.get(t) ?? 0) | FIELD_BIT[f])
      from = to
      if (from < text.length) await between()
    } while (from < text.length)
  }
  return out
}

/**
 * A growable list of postings (`doc * 32 + fields`), in increasing document order: `items`
 * from `start`. The lists read from the kept file, and those a stepwise write compacted, are
 * slices of one array they share (at 5,000 drafts, 45,000 words: a typed array and a buffer of
 * its own each cost about 12 MB more of the host's memory, issue 13); a shared list is copied
 * into one of its own when it grows.
 */
class Postings {
  constructor(
    public items: Int32Array,
    public length: number,
    public start = 0,
    private shared = false,
  ) {}

  at(i: number): number {
    return this.items[this.start + i] as number
  }

  push(value: number): void {
    if (this.shared || this.length === this.items.length) {
      const bigger = new Int32Array(Math.max(4, this.length * 2))
      bigger.set(this.items.subarray(this.start, this.start + this.length))
      this.items = bigger
      this.start = 0
      this.shared = false
    }
    this.items[this.length++] = value
  }

  /**
   * Writes the postings of the documents kept by `renumber` (see renumbering), numbered again,
   * into `out` from `at`, and says how many. In place when `out` is `items` and `at` is `start`
   * (a posting is never written after one still to be read).
   */
  keep(renumber: Int32Array, out: Int32Array, at: number): number {
    let k = 0
    for (let i = 0; i < this.length; i++) {
      const v = this.at(i)
      const to = renumber[v >> 5] as number
      if (to >= 0) out[at + k++] = to * 32 + (v & 31)
    }
    return k
  }

  /** Becomes the slice of `items` shared with other lists (copied out when it grows). */
  share(items: Int32Array, start: number, length: number): void {
    this.items = items
    this.start = start
    this.length = length
    this.shared = true
  }

  /** The postings as bytes (a view, not a copy). */
  bytes(): Buffer {
    return Buffer.from(this.items.buffer, this.items.byteOffset + this.start * 4, this.length * 4)
  }
}

/**
 * The documents left once the replaced ones are dropped, and each document's new number
 * (`renumber[old]`, -1 for one dropped): compact and toDataStepwise number them the same way.
 */
function renumbering(docs: readonly ([string, string] | null)[]): {
  kept: [string, string][]
  renumber: Int32Array
} {
  const renumber = new Int32Array(docs.length).fill(-1)
  const kept: [string, string][] = []
  docs.forEach((d, i) => {
    if (d) {
      renumber[i] = kept.length
      kept.push(d)
    }
  })
  return { kept, renumber }
}

/** A hit: the draft, its score, and the fields a word matched in. */
export interface SearchHit {
  readonly id: string
  readonly score: number
  readonly fields: readonly SearchField[]
}

/** The kept form of the index: documents by number, and each word's postings in base64. */
export interface SearchIndexData {
  readonly docs: readonly (readonly [string, string] | null)[]
  readonly terms: readonly (readonly [string, string])[]
}

/**
 * An inverted index of the library's drafts: for each word, the drafts holding it and in which
 * fields. Postings are typed arrays (4 bytes each), so 5,000 long drafts take tens of MB, not
 * hundreds; a changed draft's old postings are skipped until the next write (toDataStepwise) or
 * compaction drops them.
 */
export class SearchIndex {
  private readonly postings = new Map<string, Postings>()
  /** Document number → [draft id, fingerprint of the file it was read from], null once replaced. */
  private docs: ([string, string] | null)[] = []
  private readonly docOf = new Map<string, number>()
  private dead = 0
  private sorted: string[] | null = null
  /** Counts the changes (a draft put, taken out, the index compacted): see toDataStepwise. */
  private changes = 0

  /** The fingerprint of the draft file the index holds for `id`, if any. */
  fingerprint(id: string): string | undefined {
    const n = this.docOf.get(id)
    return n === undefined ? undefined : (this.docs[n]?.[1] ?? undefined)
  }

  /** The drafts the index holds. */
  ids(): IterableIterator<string> {
    return this.docOf.keys()
  }

  /** Puts (or replaces) a draft's words. */
  set(id: string, fingerprint: string, words: ReadonlyMap<string, number>): void {
    this.changes++
    this.delete(id)
    const n = this.docs.length
    this.docs.push([id, fingerprint])
    this.docOf.set(id, n)
    for (const [word, bits] of words) {
      let p = this.postings.get(word)
      if (!p) {
        p = new Postings(new Int32Array(2), 0)
        this.postings.set(word, p)
        this.sorted = null
      }
      p.push(n * 32 + bits)
    }
    // Writes compact in steps; this is for a thousand drafts replaced with no write between.
    if (this.dead > 1000 && this.dead > this.docOf.size / 4) this.compact()
  }

  /** Takes a draft out of the results (its postings go at the next compaction). */
  delete(id: string): void {
    const n = this.docOf.get(id)
    if (n === undefined) return
    this.changes++
    this.docs[n] = null
    this.docOf.delete(id)
    this.dead++
  }

  /** Drops replaced documents' postings and numbers the rest again from 0. */
  compact(): void {
    this.changes++
    const { kept, renumber } = renumbering(this.docs)
    for (const [word, p] of this.postings) {
      p.length = p.keep(renumber, p.items, p.start)
      if (p.length === 0) {
        this.postings.delete(word)
        this.sorted = null
      }
    }
    this.useDocs(kept)
  }

  /** Takes `docs` (no replaced ones) as the documents, numbered from 0. */
  private useDocs(docs: [string, string][]): void {
    this.docs = docs
    docs.forEach((d, i) => this.docOf.set(d[0], i))
    this.dead = 0
  }

  /** What the index holds: documents (replaced ones too), postings, and the bytes of their arrays. */
  size(): { docs: number; dead: number; postings: number; bytes: number } {
    let postings = 0
    const arrays = new Set<ArrayBufferLike>()
    for (const p of this.postings.values()) {
      postings += p.length
      arrays.add(p.items.buffer)
    }
    let bytes = 0
    for (const a of arrays) bytes += a.byteLength
    return { docs: this.docs.length, dead: this.dead, postings, bytes }
  }

  /**
   * Drafts holding every word of the query (the last one also as the start of a longer word,
   * as someone types), best first: a word in a title weighs most, in the body least.
   */
  search(query: string, limit = Infinity): SearchHit[] {
    const words = [...new Set(terms(query))]
    if (words.length === 0) return []
    let scores: Map<number, { score: number; bits: number }> | null = null
    words.forEach((word, i) => {
      const found = new Map<number, { score: number; bits: number }>()
      const prefix = i === words.length - 1 && word.length >= 2
      for (const [w, p] of this.matching(word, prefix)) {
        const exact = w === word ? 1 : 0.5
        for (let j = 0; j < p.length; j++) {
          const v = p.at(j)
          const doc = v >> 5
          if (this.docs[doc] === null) continue
          if (scores && !scores.has(doc)) continue
          const score = weightOf(v & 31) * exact
          const had = found.get(doc)
          if (!had) found.set(doc, { score, bits: v & 31 })
          else found.set(doc, { score: Math.max(had.score, score), bits: had.bits | (v & 31) })
        }
      }
      if (scores) {
        for (const [doc, s] of found) {
          const before = scores.get(doc) as { score: number; bits: number }
          found.set(doc, { score: before.score + s.score, bits: before.bits | s.bits })
        }
      }
      scores = found
    })
    const hits: SearchHit[] = []
    for (const [doc, { score, bits }] of scores as unknown as Map<
      number,
      { score: number; bits: number }
    >) {
      const d = this.docs[doc]
      if (d)
        hits.push({ id: d[0], score, fields: SEARCH_FIELDS.filter((f) => bits & FIELD_BIT[f]) })
    }
    hits.sort((a, b) => b.score - a.score)
    return hits.slice(0, limit)
  }

  /** The words equal to `word` or, with `prefix`, starting with it (binary search, not a scan). */
  private *matching(word: string, prefix: boolean): Generator<[string, Postings]> {
    if (!prefix) {
      const p = this.postings.get(word)
      if (p) yield [word, p]
      return
    }
    this.sorted ??= [...this.postings.keys()].sort()
    const sorted = this.sorted
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid] as string) < word) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(word); i++) {
      const p = this.postings.get(sorted[i] as string)
      if (p) yield [sorted[i] as string, p]
    }
  }

  /** The index as kept on disk (compacted first). */
  toData(): SearchIndexData {
    if (this.dead > 0) this.compact()
    const terms: [string, string][] = []
    for (const [word, p] of this.postings) {
      terms.push([word, p.bytes().toString('base64')])
    }
    // A copy: the caller writes it after an await, and a draft put meanwhile joins `this.docs`.
    return { docs: [...this.docs], terms }
  }

  /**
   * The same as toData, worked out about `batch` postings at a time (a word counts as
   * WORD_WEIGHT more, and its postings are all in one batch) with `between` awaited after each
   * batch, so a big library's index never holds the event loop (issue 16; at 5,000 drafts, one
   * write held the loop 110–127 ms in one go). With replaced documents, the postings kept are
   * written, numbered again, into one new array, which the index takes in the last step as
   * compact() would have left it (O(words + docs)), each word's list a slice of it (see
   * Postings). Null if the index changed meanwhile (what was worked out would mix two states,
   * and the index is left as it was): the caller tries again.
   */
  async toDataStepwise(
    between: () => Promise<void>,
    batch = 200_000,
  ): Promise<SearchIndexData | null> {
    const changes = this.changes
    const compacting = this.dead > 0
    const { kept: docs, renumber } = renumbering(this.docs)
    let total = 0
    if (compacting) for (const p of this.postings.values()) total += p.length
    const all = new Int32Array(total)
    /** How many postings each word keeps, in the order of `this.postings`. */
    const lengths = new Int32Array(compacting ? this.postings.size : 0)
    const terms: [string, string][] = []
    let done = 0
    let at = 0
    let w = 0
    for (const [word, p] of this.postings) {
      if (!compacting) terms.push([word, p.bytes().toString('base64')])
      else {
        const k = p.keep(renumber, all, at)
        lengths[w++] = k
        if (k > 0) terms.push([word, Buffer.from(all.buffer, at * 4, k * 4).toString('base64')])
        at += k
      }
      // A word costs about as much as ten postings (its buffer and its base64 text): a draft's
      // 30,000 words of one posting each were one step of 35 ms before this counted them.
      done += p.length + WORD_WEIGHT
      if (done >= batch) {
        done = 0
        await between()
        if (this.changes !== changes) return null
      }
    }
    if (compacting && this.changes === changes) {
      // The index compacted: each re-saved draft had left a copy of its postings behind.
      this.changes++
      let start = 0
      w = 0
      for (const [word, p] of this.postings) {
        const k = lengths[w++] as number
        if (k === 0) {
          this.postings.delete(word)
          this.sorted = null
        } else p.share(all, start, k)
        start += k
      }
      this.useDocs([...docs])
    }
    return { docs, terms }
  }

  /** An index read back from `toData`'s form. */
  static fromData(data: SearchIndexData): SearchIndex {
    const index = new SearchIndex()
    index.docs = data.docs.map((d) => (d ? [d[0], d[1]] : null))
    index.docs.forEach((d, i) => {
      if (d) index.docOf.set(d[0], i)
      else index.dead++
    })
    // Every word's postings decoded into one array (see Postings), each word's a slice of it.
    const counts = data.terms.map(([, b64]) => Buffer.byteLength(b64, 'base64') >> 2)
    const all = new Int32Array(counts.reduce((a, b) => a + b, 0) + 1)
    const bytes = Buffer.from(all.buffer)
    let start = 0
    data.terms.forEach(([word, b64], t) => {
      const length = counts[t] as number
      // A length not a multiple of 4 leaves its last bytes to be overwritten by the next word's.
      bytes.write(b64, start * 4, 'base64')
      for (let i = start; i < start + length; i++) {
        const v = all[i] as number
        if (v < 0 || v >> 5 >= index.docs.length)
          throw new Error(`a posting of "${word}" is out of range`)
      }
      index.postings.set(word, new Postings(all, length, start, true))
      start += length
    })
    return index
  }
}

function weightOf(bits: number): number {
  let best = 0
  SEARCH_FIELDS.forEach((f) => {
    if (bits & FIELD_BIT[f]) best = Math.max(best, WEIGHT[f])
  })
  return best
}
