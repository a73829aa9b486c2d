import { createHash } from 'node:crypto'
import { deserialize, serialize } from 'node:v8'
import { spotClaims, type ClaimSuggestion } from '@shared/claims/spotter'
import type { Person } from '@shared/domain'
import type { DisclosureCheckInput, DisclosureReport } from '@shared/legal/domain'
import { analyseDisclosures } from '@shared/legal/rules'
import {
  attributeQuotes,
  findPeople,
  type Attribution,
  type FoundPerson,
} from '@shared/quotes/attribute'
import { detectQuotes, type DetectedQuote } from '@shared/quotes/detect'
import type { QuoteRecord } from '@shared/records'
import type { CurrentQuote } from '../quotes/current'
import {
  decodeMemo,
  decodeSuggestions,
  encodeSuggestions,
  type EncodedSuggestions,
} from './suggestion-codec'

/**
 * The analysers' results, kept by what they were computed from. The window's requests read
 * them here; the analysis worker (./service.ts) fills them ahead, off the event loop, so a
 * request for a long draft waits without freezing the host. Anything missing is computed here,
 * in this thread: slower for the loop, never wrong.
 */
export interface QuoteResults {
  readonly quotes: readonly DetectedQuote[]
  readonly attributions: readonly Attribution[]
}

/** One entry of the cache, as the worker sends it back. */
export type CacheEntry =
  | { readonly kind: 'quotes'; readonly key: string; readonly value: QuoteResults }
  | { readonly kind: 'disclosures'; readonly key: string; readonly value: DisclosureReport }
  | {
      readonly kind: 'suggestions'
      readonly key: string
      readonly value: readonly ClaimSuggestion[]
    }
  | { readonly kind: 'people'; readonly key: string; readonly value: readonly FoundPerson[] }
  | { readonly kind: 'current'; readonly key: string; readonly value: readonly CurrentQuote[] }

const LIMIT = 64
const cache = new Map<string, CacheEntry['value']>()

const digests = new Map<string, string>()

/**
 * The SHA-1 of a text, remembered for the last few texts: every request of an open draft works
 * out its cache keys, and hashing a 5,000,000-character body each time held the loop. (A map
 * finds a long string by its length and then its identity, so a hit costs next to nothing.)
 */
export function textDigest(text: string): string {
  const known = digests.get(text)
  if (known) return known
  const d = createHash('sha1').update(text).digest('hex')
  digests.set(text, d)
  while (digests.size > 8) digests.delete(digests.keys().next().value as string)
  return d
}

const listDigests = new WeakMap<object, string>()

/**
 * The SHA-1 of a list's JSON, kept for the list while it lives: a long draft's quotes as the
 * disclosure check reads them are one list for as long as its merged quotes are kept.
 */
function listDigest(list: readonly unknown[] | undefined): string {
  if (!list) return ''
  const known = listDigests.get(list)
  if (known) return known
  const d = createHash('sha1').update(JSON.stringify(list)).digest('hex')
  listDigests.set(list, d)
  return d
}

const digest = (...parts: readonly string[]) => {
  const h = createHash('sha1')
  for (const p of parts) h.update(p.length > 10_000 ? textDigest(p) : p).update('\u0000')
  return h.digest('hex')
}

function remember<T extends CacheEntry['value']>(key: string, value: T): T {
  cache.delete(key)
  cache.set(key, value)
  // Least recently used goes first.
  while (cache.size > LIMIT) cache.delete(cache.keys().next().value as string)
  return value
}

function lookup(key: string): CacheEntry['value'] | undefined {
  const hit = cache.get(key)
  if (hit !== undefined) remember(key, hit)
  return hit
}

/** Keys: the body and every other input, hashed together. */
export const keys = {
  quotes: (body: string, people: readonly Person[]) =>
    `q:${digest(body, JSON.stringify(people.map((p) => [p.id, p.name])))}`,
  disclosures: (input: DisclosureCheckInput) =>
    `d:${digest(input.body, JSON.stringify({ ...input, body: undefined, quotes: undefined }), listDigest(input.quotes))}`,
  suggestions: (body: string) => `s:${digest(body)}`,
  people: (body: string) => `p:${digest(body)}`,
  current: (body: string, people: readonly Person[], records: readonly QuoteRecord[]) =>
    `c:${digest(body, JSON.stringify(people.map((p) => [p.id, p.name])), JSON.stringify(records))}`,
}

/**
 * The quotes every view reads (detected quotes merged with the reviewer's records), kept like
 * the analysers' results: at 5,000,000 characters working them out again took 25-70 ms of the
 * loop for each request of the window (the legal view, the quotes tab, the library's
 * readiness); the analysis worker sends them with the rest.
 */
export function cachedCurrent(key: string): readonly CurrentQuote[] | undefined {
  return lookup(key) as readonly CurrentQuote[] | undefined
}

/** Keeps merged quotes worked out in this thread (see cachedCurrent). */
export function rememberCurrent(key: string, value: readonly CurrentQuote[]): void {
  remember(key, value)
}

/** Detected quotes and their proposed speakers (the register consulted). */
export function quotesOf(body: string, people: readonly Person[]): QuoteResults {
  const key = keys.quotes(body, people)
  const hit = lookup(key) as QuoteResults | undefined
  if (hit) return hit
  const quotes = detectQuotes(body)
  return remember(key, { quotes, attributions: attributeQuotes(body, quotes, people) })
}

/** The disclosure report of a revision. */
export function disclosuresOf(input: DisclosureCheckInput): DisclosureReport {
  const key = keys.disclosures(input)
  return (lookup(key) as DisclosureReport | undefined) ?? remember(key, analyseDisclosures(input))
}

/** The claims the spotter proposes. */
export function suggestionsOf(body: string): readonly ClaimSuggestion[] {
  const key = keys.suggestions(body)
  return (lookup(key) as readonly ClaimSuggestion[] | undefined) ?? remember(key, spotClaims(body))
}

/** People the text names. */
export function peopleIn(body: string): readonly FoundPerson[] {
  const key = keys.people(body)
  return (lookup(key) as readonly FoundPerson[] | undefined) ?? remember(key, findPeople(body))
}

/** Puts results computed elsewhere (the analysis worker) into this thread's cache. */
export function store(entries: readonly CacheEntry[]): void {
  for (const e of entries) remember(e.key, e.value)
}

/**
 * A cache entry as the analysis worker sends it: its value serialized (v8's structured-clone
 * format, so each part comes back exactly as a clone would) in parts — a list in runs of PART
 * items, and an object's long lists (a report's quotes, a quote result's attributions) field by
 * field the same way — so the main thread reads it a part at a time, with the event loop
 * turning between parts, instead of cloning a long draft's twenty thousand suggestions or
 * quotes in one go.
 */
export interface PackedEntry {
  readonly kind: CacheEntry['kind']
  readonly key: string
  /**
   * How the parts make the value: `list`, runs of one list; `value`, one value in one part;
   * `fields`, the object without its long lists in the first part, then each long list's runs
   * in the order of `fields`; `suggestions`, the claim spotter's suggestions in runs of
   * SUGGESTION_PART, each in the compact form of ./suggestion-codec.ts (read back over the body
   * they were found in).
   */
  readonly shape: 'list' | 'value' | 'fields' | 'suggestions'
  readonly fields?: readonly { readonly name: string; readonly parts: number }[]
  readonly parts: readonly Uint8Array[]
}

const PART = 500

/** The buffers of packed entries, to move them to another thread instead of copying them. */
export function packedBuffers(entries: readonly Pick<PackedEntry, 'parts'>[]): ArrayBuffer[] {
  return entries.flatMap((e) => e.parts.map((p) => p.buffer as ArrayBuffer))
}

/** A part with a buffer of its own (one that can be moved to another thread). */
function own(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : new Uint8Array(bytes)
}

/** A list in runs of PART items, each serialized (an empty list is one part). */
function runs(items: readonly unknown[]): Uint8Array[] {
  const parts: Uint8Array[] = []
  for (let i = 0; i < items.length || i === 0; i += PART)
    parts.push(own(serialize(items.slice(i, i + PART))))
  return parts
}

/** Whether a value is a plain object (not a list, a Set, a Map or a class instance). */
const plain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype

/** One value packed for the trip to another thread: its parts and how they make it. */
export type PackedValue = Pick<PackedEntry, 'shape' | 'fields' | 'parts'>

/** Serializes one value in parts (see PackedEntry). */
export function packValue(value: unknown): PackedValue {
  if (Array.isArray(value)) return { shape: 'list', parts: runs(value) }
  const long = plain(value)
    ? Object.keys(value).filter((k) => {
        const v = value[k]
        return Array.isArray(v) && v.length > PART
      })
    : []
  if (!plain(value) || long.length === 0) return { shape: 'value', parts: [own(serialize(value))] }
  const rest: Record<string, unknown> = { ...value }
  const fields: { name: string; parts: number }[] = []
  const parts: Uint8Array[] = []
  for (const name of long) {
    const p = runs(value[name] as unknown[])
    // The field keeps its place among the others; its items come in the parts after.
    rest[name] = []
    fields.push({ name, parts: p.length })
    parts.push(...p)
  }
  return { shape: 'fields', fields, parts: [own(serialize(rest)), ...parts] }
}

/** Suggestions per part in the compact form (a part is read back in a few milliseconds). */
const SUGGESTION_PART = 2_000

/**
 * Serializes entries for the trip to the main thread (see PackedEntry). Given the body they were
 * worked out from, the claim suggestions go in the compact form: at 5,000,000 characters 75 MB
 * as structured clones, which the main thread took about half a second to read in.
 */
export function pack(entries: readonly CacheEntry[], body?: string): PackedEntry[] {
  return entries.map((e) => {
    if (e.kind !== 'suggestions' || body === undefined)
      return { kind: e.kind, key: e.key, ...packValue(e.value) }
    const parts: Uint8Array[] = []
    for (let i = 0; i < e.value.length || i === 0; i += SUGGESTION_PART)
      parts.push(own(serialize(encodeSuggestions(e.value.slice(i, i + SUGGESTION_PART), body))))
    return { kind: e.kind, key: e.key, shape: 'suggestions', parts }
  })
}

/**
 * One copy of each short string read back from a worker. A clone brings every string as a copy
 * of its own: at 5,000,000 characters the same speaker, kind, reason and quote came 21,000 times
 * over in each of the quote results, the merged quotes, the disclosure report and the compare
 * spans (about 300,000 strings on the main thread's heap, each one more object for every full
 * garbage collection to mark). Only strings up to SAME_LENGTH characters (names, kinds, rule ids)
 * go through the table: a quote's text is seldom repeated, and hashing every such text to look it
 * up cost 0.5 s before a 5,000,000-character draft was ready (in process: ready 8.7 -> 9.1-9.6 s
 * with 400 characters, 8.6-8.7 s with 24) for no shorter collection (a full one 62 ms either
 * way; the heap 13 MB larger without). The table keeps what it holds alive, for the host's life, so it is emptied
 * once its entries weigh SAME_BYTES: each weighed as a two-byte string with its header and its
 * map entry (measured with gc(): 53 bytes for an 8-character string, 135 for 60 characters), so
 * at most about 8 MB is kept that no result still uses.
 */
const sameStrings = new Map<string, string>()
const SAME_LENGTH = 32
const SAME_BYTES = 8_000_000
let sameBytes = 0

const weight = (s: string) => 2 * s.length + 80

function same(s: string): string {
  if (s.length > SAME_LENGTH) return s
  const kept = sameStrings.get(s)
  if (kept !== undefined) return kept
  if (sameBytes + weight(s) > SAME_BYTES) {
    sameStrings.clear()
    sameBytes = 0
  }
  sameStrings.set(s, s)
  sameBytes += weight(s)
  return s
}

/**
 * A value just read back (so this thread's own), with each string in it, at any depth of plain
 * objects and lists, replaced by its one kept copy (see sameStrings). Changes it in place.
 */
function withSameStrings<T>(value: T): T {
  if (typeof value === 'string') return same(value) as T
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = withSameStrings(value[i])
  } else if (plain(value)) {
    const object: Record<string, unknown> = value
    for (const k of Object.keys(object)) object[k] = withSameStrings(object[k])
  }
  return value
}

/** Reads `count` parts of one list from `at`, a part per call of `between`. */
async function readRuns(
  parts: readonly Uint8Array[],
  at: number,
  count: number,
  between: () => Promise<void>,
): Promise<unknown[]> {
  const items: unknown[] = []
  for (let k = at; k < at + count; k++) {
    for (const item of withSameStrings(deserialize(parts[k] as Uint8Array) as unknown[]))
      items.push(item)
    if (count > 1) await between()
  }
  return items
}

/**
 * A packed value read back, a part per call of `between` (the next turn of the event loop);
 * suggestions in the compact form need the body they were found in.
 */
export async function unpackValue(
  e: PackedValue,
  between: () => Promise<void>,
  body?: string,
): Promise<unknown> {
  if (e.shape === 'value') return withSameStrings(deserialize(e.parts[0] as Uint8Array))
  if (e.shape === 'suggestions') {
    if (body === undefined) throw new Error('Suggestions in the compact form need their body.')
    const items: ClaimSuggestion[] = []
    const memo = decodeMemo()
    for (const part of e.parts) {
      for (const s of decodeSuggestions(deserialize(part) as EncodedSuggestions, body, memo))
        items.push(s)
      if (e.parts.length > 1) await between()
    }
    return items
  }
  if (e.shape === 'list') return readRuns(e.parts, 0, e.parts.length, between)
  const rest = withSameStrings(deserialize(e.parts[0] as Uint8Array) as Record<string, unknown>)
  let at = 1
  for (const f of e.fields ?? []) {
    await between()
    rest[f.name] = await readRuns(e.parts, at, f.parts, between)
    at += f.parts
  }
  return rest
}

/**
 * Puts packed entries into this thread's cache, reading one part per call of `between` (the
 * next turn of the event loop): nothing is cached until all its parts are read.
 */
export async function storePacked(
  entries: readonly PackedEntry[],
  between: () => Promise<void>,
  /** The body the entries were worked out from (pack's compact suggestions need it). */
  body?: string,
): Promise<void> {
  for (const e of entries) {
    remember(e.key, (await unpackValue(e, between, body)) as CacheEntry['value'])
    await between()
  }
}

/** Whether every result a draft's views need is already here. */
export function has(key: string): boolean {
  return cache.has(key)
}
