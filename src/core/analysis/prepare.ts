import type { BrandRelation, Person } from '@shared/domain'
import type { QuoteRecord } from '@shared/records'
import { disclosureInput } from '../legal/analysis'
import { currentQuotes } from '../quotes/current'
import {
  disclosuresOf,
  has,
  keys,
  peopleIn,
  quotesOf,
  suggestionsOf,
  type CacheEntry,
} from './engines'

/** Everything the analysers of one revision read, as plain data a worker can receive. */
export interface AnalysisInput {
  readonly body: string
  readonly people: readonly Person[]
  readonly quoteRecords: readonly QuoteRecord[]
  readonly relations: readonly BrandRelation[]
  readonly subject: string
}

/**
 * The cache keys of every result the views of this revision will ask for. The disclosure key
 * reads the quotes as merged with the reviewer's records, so it needs the quotes in the cache:
 * null while they are not.
 */
export function preparedKeys(input: AnalysisInput): string[] | null {
  const { body, people } = input
  const first = [keys.quotes(body, people), keys.suggestions(body), keys.people(body)]
  if (!first.every(has)) return null
  const quotes = currentQuotes({ quotes: [...input.quoteRecords] }, body, people)
  return [...first, keys.disclosures(disclosureInput(input, body, people, quotes))]
}

/** Whether every result the views of this revision will ask for is in this thread's cache. */
export function isPrepared(input: AnalysisInput): boolean {
  return preparedKeys(input)?.every(has) ?? false
}

/**
 * The analysers in two halves that share nothing but the text, so two threads can run them at
 * once: what people say and what legal reads from it, and the claims and names the text holds.
 */
export type AnalysisHalf = 'speech' | 'facts'
export const ANALYSIS_HALVES: readonly AnalysisHalf[] = ['speech', 'facts']

/**
 * Runs the analysers over one revision exactly as the views will ask for them (quotes merged
 * with the reviewer's records, then the disclosure checks on those quotes) and returns the
 * results keyed for the cache: every analyser, or one half of them. Pure: this is what the
 * analysis workers run.
 */
export function analyseRevision(input: AnalysisInput, half?: AnalysisHalf): CacheEntry[] {
  const { body, people } = input
  const out: CacheEntry[] = []
  if (half !== 'facts') {
    const quotes = currentQuotes({ quotes: [...input.quoteRecords] }, body, people)
    const disclosure = disclosureInput(input, body, people, quotes)
    out.push(
      { kind: 'quotes', key: keys.quotes(body, people), value: quotesOf(body, people) },
      { kind: 'current', key: keys.current(body, people, input.quoteRecords), value: quotes },
      { kind: 'disclosures', key: keys.disclosures(disclosure), value: disclosuresOf(disclosure) },
    )
  }
  if (half !== 'speech') {
    out.push(
      { kind: 'suggestions', key: keys.suggestions(body), value: suggestionsOf(body) },
      { kind: 'people', key: keys.people(body), value: peopleIn(body) },
    )
  }
  return out
}
