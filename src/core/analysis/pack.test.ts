import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { spotClaims } from '@shared/claims/spotter'
import {
  keys,
  pack,
  packedBuffers,
  quotesOf,
  storePacked,
  suggestionsOf,
  unpackValue,
  packValue,
  type CacheEntry,
} from './engines'

/** The heap in use after a full collection (V8's gc, exposed for this test). */
function heapUsed(): number {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
  return getHeapStatistics().used_heap_size
}

describe('packed analysis results', () => {
  it('come back exactly as a structured clone would, a list in parts read a part per step', async () => {
    const body = 'A text only this test analyses.'
    const suggestions = Array.from({ length: 1_234 }, (_, i) => ({
      start: i,
      end: i + 3,
      text: `claim ${i} “quoted”`,
      rules: ['number'],
      reasons: [`Contains a number (“${i}”)`],
      evidence: [{ rule: 'number', start: i, end: i + 1, text: String(i) }],
    }))
    const quotes = { quotes: [], attributions: [], extra: new Set(['x']), missing: undefined }
    const entries = [
      { kind: 'suggestions', key: keys.suggestions(body), value: suggestions },
      { kind: 'people', key: keys.people(body), value: [] },
      { kind: 'quotes', key: keys.quotes(body, []), value: quotes },
    ] as unknown as CacheEntry[]
    const packed = pack(entries)
    expect(packed.map((e) => e.parts.length)).toEqual([3, 1, 1]) // 500 + 500 + 234; [] is a part
    // Each part has a buffer of its own, so all of them can move to another thread.
    const buffers = packedBuffers(packed)
    expect(new Set(buffers).size).toBe(buffers.length)
    let steps = 0
    await storePacked(packed, async () => {
      steps++
    })
    expect(steps).toBeGreaterThanOrEqual(5)
    // Read back from the cache (a hit: nothing is analysed here).
    expect(suggestionsOf(body)).toEqual(structuredClone(suggestions))
    const back = quotesOf(body, []) as unknown as typeof quotes
    expect(back.extra).toBeInstanceOf(Set)
    expect([...back.extra]).toEqual(['x'])
    expect('missing' in back).toBe(true)
  })

  it('sends an object’s long lists field by field, so no one part holds a long draft’s quotes', async () => {
    const body = 'Another text only this test analyses.'
    const quotes = Array.from({ length: 1_100 }, (_, i) => ({
      start: i,
      end: i + 2,
      text: `q${i}`,
    }))
    const attributions = quotes.map((_, i) => ({
      speaker: i % 2 ? `Ana Ruiz ${i}` : null,
      personIndex: null,
      confidence: 0.9,
      reason: 'said',
    }))
    const value = { quotes, attributions, note: 'kept', few: [1, 2, 3], tags: new Set(['a']) }
    const [packed] = pack([
      { kind: 'quotes', key: keys.quotes(body, []), value },
    ] as unknown as CacheEntry[])
    expect(packed?.shape).toBe('fields')
    // The object without its long lists, then 3 runs of quotes and 3 of attributions.
    expect(packed?.parts.length).toBe(7)
    expect(packed?.fields).toEqual([
      { name: 'quotes', parts: 3 },
      { name: 'attributions', parts: 3 },
    ])
    let steps = 0
    await storePacked(packed ? [packed] : [], async () => {
      steps++
    })
    expect(steps).toBeGreaterThanOrEqual(7)
    const back = quotesOf(body, []) as unknown as typeof value
    expect(back).toEqual(structuredClone(value))
    // The fields keep their order.
    expect(Object.keys(back)).toEqual(Object.keys(value))
  })

  it('sends the spotter’s suggestions in the compact form when given their body, and reads them back equal', async () => {
    const body = Array.from(
      { length: 2_400 },
      (_, i) =>
        `Sales of the Velnor serum ${i} rose ${i % 50}% in March 2024, said Dr. Mara Quell of Harrow Clinic.`,
    ).join('\n\n')
    const suggestions = spotClaims(body)
    expect(suggestions.length).toBeGreaterThan(2_000)
    const entries = [
      { kind: 'suggestions', key: keys.suggestions(body), value: suggestions },
    ] as CacheEntry[]
    const [packed] = pack(entries, body)
    expect(packed?.shape).toBe('suggestions')
    const [plainPacked] = pack(entries)
    const size = (p: typeof packed) => p?.parts.reduce((n, b) => n + b.byteLength, 0) ?? 0
    expect(size(packed)).toBeLessThan(size(plainPacked) / 3)
    // Without the body there is nothing to read the offsets against.
    await expect(unpackValue(packed as NonNullable<typeof packed>, async () => {})).rejects.toThrow(
      /body/,
    )
    let steps = 0
    await storePacked(
      packed ? [packed] : [],
      async () => {
        steps++
      },
      body,
    )
    expect(steps).toBeGreaterThanOrEqual(2)
    expect(suggestionsOf(body)).toStrictEqual(suggestions)
  })

  it('reads each repeated short string back as one copy, not one per item (a smaller heap to collect)', async () => {
    // A long draft's quotes name the same few speakers, kinds and sources thousands of times over;
    // a clone brings each as a copy of its own. 60,000 items × 3 short strings are about 9 MB as
    // copies, a few kilobytes as one copy each; the 60,000 objects and their list about 3.5 MB.
    const speakers = Array.from({ length: 8 }, (_, i) => `Dr. Mara Quellington-Vance ${i}`)
    const value = Array.from({ length: 60_000 }, (_, i) => ({
      start: i,
      speaker: speakers[i % 8],
      kind: i % 2 ? 'direct-quote' : 'qa-answer-line',
      source: `speaker named before ${i % 3}`,
    }))
    const packed = packValue(value)
    const before = heapUsed()
    const back = (await unpackValue(packed, async () => {})) as typeof value
    const grown = heapUsed() - before
    expect(back).toEqual(value)
    expect(grown).toBeLessThan(7_000_000)
  })
})
