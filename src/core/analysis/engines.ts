import { createHash } from 'node:crypto'
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

const digest = (...parts: readonly string[]) => {
  const h = createHash('sha1')
  for (const p of parts) h.update(p).update('\u0000')
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

/** Whether every result a draft's views need is already here. */
export function has(key: string): boolean {
  return cache.has(key)
}
