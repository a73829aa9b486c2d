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
    `d:${digest(input.body, JSON.stringify({ ...input, body: undefined }))}`,
  suggestions: (body: string) => `s:${digest(body)}`,
  people: (body: string) => `p:${digest(body)}`,
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
 * format, so it comes back exactly as a clone would) in parts — a list in runs of PART items —
 * so the main thread reads it a part at a time, with the event loop turning between parts,
 * instead of cloning a long draft's twenty thousand suggestions in one go.
 */
export interface PackedEntry {
  readonly kind: CacheEntry['kind']
  readonly key: string
  /** Whether the value is a list (its parts are runs of it), or one value in one part. */
  readonly list: boolean
  readonly parts: readonly Uint8Array[]
}

const PART = 500

/** The buffers of packed entries, to move them to another thread instead of copying them. */
export function packedBuffers(entries: readonly PackedEntry[]): ArrayBuffer[] {
  return entries.flatMap((e) => e.parts.map((p) => p.buffer as ArrayBuffer))
}

/** A part with a buffer of its own (one that can be moved to another thread). */
function own(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : new Uint8Array(bytes)
}

/** Serializes entries for the trip to the main thread (see PackedEntry). */
export function pack(entries: readonly CacheEntry[]): PackedEntry[] {
  return entries.map((e) => {
    const list = Array.isArray(e.value)
    const parts: Uint8Array[] = []
    if (!list) parts.push(own(serialize(e.value)))
    else {
      const items = e.value as readonly unknown[]
      for (let i = 0; i < items.length || i === 0; i += PART)
        parts.push(own(serialize(items.slice(i, i + PART))))
    }
    return { kind: e.kind, key: e.key, list, parts }
  })
}

/**
 * Puts packed entries into this thread's cache, reading one part per call of `between` (the
 * next turn of the event loop): nothing is cached until all its parts are read.
 */
export async function storePacked(
  entries: readonly PackedEntry[],
  between: () => Promise<void>,
): Promise<void> {
  for (const e of entries) {
    let value: unknown
    if (!e.list) value = deserialize(e.parts[0] as Uint8Array)
    else {
      const items: unknown[] = []
      for (const part of e.parts) {
        for (const item of deserialize(part) as unknown[]) items.push(item)
        if (e.parts.length > 1) await between()
      }
      value = items
    }
    remember(e.key, value as CacheEntry['value'])
    await between()
  }
}

/** Whether every result a draft's views need is already here. */
export function has(key: string): boolean {
  return cache.has(key)
}
