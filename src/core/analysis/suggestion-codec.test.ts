import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { spotClaims, type ClaimSuggestion } from '@shared/claims/spotter'
import { DEFAULT_CORPUS } from '../../../eval/run'
import { READ_SETS } from '../../../eval/sets'
import { decodeMemo, decodeSuggestions, encodeSuggestions } from './suggestion-codec'

/** A feature with what makes a sentence's text differ from its markup: links, emphasis, lists. */
const marked = [
  '# Harbour *council* buys a ferry for £4.2 million',
  '**By Ana Ruiz** · 6 min read',
  'The council voted 7 to 2 on Tuesday, according to [the minutes](https://example.com/m?id=4).',
  '- The _fastest_ boat on the coast, said 82% of the 1,200 people asked in March 2024.',
  '> “It will halve the wait in summer,” said Tomas Reyes, the harbour master at Port Alder.',
  'Dr. Ilka Moss, a paid adviser to Corvane Marine, called it `the safest` design since 1998.',
].join('\n\n')

function roundTrip(list: readonly ClaimSuggestion[], body: string): ClaimSuggestion[] {
  return decodeSuggestions(encodeSuggestions(list, body), body)
}

describe('suggestions sent compactly from the analysis worker (issue 16)', () => {
  it('come back equal, key order included, for every labelled article read while tuning', () => {
    // The sets kept in eval/ that have been read (eval/sets.ts), and the development corpus
    // beside the repository where it is; never a measure-only set, whose sentences a failure
    // here would print.
    const root = join(import.meta.dirname, '..', '..', '..', 'eval')
    const dirs = READ_SETS.map((name) => join(root, name))
    if (existsSync(DEFAULT_CORPUS)) dirs.push(DEFAULT_CORPUS)
    const texts = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(md|txt|html)$/.test(f))
        .map((f) => readFileSync(join(dir, f), 'utf8')),
    )
    expect(texts.length).toBeGreaterThan(50)
    for (const f of [...texts, marked]) {
      const list = spotClaims(f)
      const back = roundTrip(list, f)
      expect(back).toStrictEqual(list)
      expect(JSON.stringify(back)).toBe(JSON.stringify(list))
    }
  })

  it('carries what the compact form cannot say as it is', () => {
    const body = 'Sales rose 40% in March.'
    const odd: ClaimSuggestion[] = [
      {
        start: 0,
        end: 24,
        text: 'not the body at these offsets',
        rules: ['percentage', 'no-such-rule' as never],
        reasons: ['A reason in a wording of its own', 'another'],
        evidence: [{ rule: 'percentage', start: 11, end: 14, text: 'forty per cent' }],
      },
      {
        start: 0,
        end: 5,
        text: 'Sales',
        rules: ['number'],
        reasons: ['one', 'two'],
        evidence: [],
      },
    ]
    expect(roundTrip(odd, body)).toStrictEqual(odd)
  })

  it('is a small part of the structured clone of a long draft’s suggestions', () => {
    const body = Array.from(
      { length: 400 },
      (_, i) =>
        `Dr. Mara Quell${i % 7}, a dermatologist at Harrow Clinic, tested the serum ${i}. ` +
        `“It calmed redness in ${(i % 9) + 2} weeks in most of my patients,” she said.`,
    ).join('\n\n')
    const list = spotClaims(body)
    const encoded = encodeSuggestions(list, body)
    expect(roundTrip(list, body)).toStrictEqual(list)
    expect(serialize(encoded).byteLength).toBeLessThan(serialize(list).byteLength / 3)
  })

  it('share one value for each equal reason and list across the chunks of one list', () => {
    const body = Array.from(
      { length: 300 },
      (_, i) =>
        `Dr. Mara Quell${i % 7}, a dermatologist at Harrow Clinic, tested the serum. ` +
        `Sales rose ${i % 5} percent in March, according to Shelfmark Analytics.`,
    ).join('\n\n')
    const list = spotClaims(body)
    const half = list.length >> 1
    const memo = decodeMemo()
    const back = [
      ...decodeSuggestions(encodeSuggestions(list.slice(0, half), body), body, memo),
      ...decodeSuggestions(encodeSuggestions(list.slice(half), body), body, memo),
    ]
    expect(back).toStrictEqual(list)
    // Three hundred paragraphs saying the same few things: the lists are a handful of values
    // (each suggestion's own copies before), the same in either chunk.
    expect(list.length).toBeGreaterThan(500)
    expect(new Set(back.map((s) => s.reasons)).size).toBeLessThan(20)
    expect(new Set(back.map((s) => s.rules)).size).toBeLessThan(10)
    const first = back.find((s) => s.text.startsWith('Sales rose 3'))
    const last = back.findLast((s) => s.text.startsWith('Sales rose 3'))
    expect(first && last && first !== last).toBe(true)
    expect(last?.reasons).toBe(first?.reasons)
  })
})
