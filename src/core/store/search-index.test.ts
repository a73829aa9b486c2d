import { describe, expect, it } from 'vitest'
import { SearchIndex } from './search-index'

// The index read back from its kept form holds every word's postings as slices of one array
// (issue 13's host memory): it must answer as the index it was written from, and a word that
// gains a draft must not write into the next word's slice.

const words = (...w: string[]) => new Map(w.map((x) => [x, 1]))

function built(): SearchIndex {
  const index = new SearchIndex()
  index.set('d1', 'f1', words('harbour', 'ferry', 'council'))
  index.set('d2', 'f2', words('harbour', 'budget'))
  index.set('d3', 'f3', words('ferry', 'budget', 'council'))
  return index
}

const ids = (index: SearchIndex, q: string) =>
  index
    .search(q)
    .map((h) => h.id)
    .sort()

describe('the search index read back from its kept form', () => {
  it('finds what the index it was written from finds', () => {
    const before = built()
    const after = SearchIndex.fromData(before.toData())
    for (const q of ['harbour', 'ferry', 'budget council', 'harb', 'nothing']) {
      expect(ids(after, q)).toEqual(ids(before, q))
    }
  })

  it('a word gaining a draft is copied out of the shared array; its neighbours are unchanged', () => {
    const index = SearchIndex.fromData(built().toData())
    index.set('d4', 'f4', words('ferry'))
    index.set('d5', 'f5', words('ferry', 'harbour'))
    expect(ids(index, 'ferry')).toEqual(['d1', 'd3', 'd4', 'd5'])
    expect(ids(index, 'harbour')).toEqual(['d1', 'd2', 'd5'])
    expect(ids(index, 'budget')).toEqual(['d2', 'd3'])
    expect(ids(index, 'council')).toEqual(['d1', 'd3'])
  })

  it('replaced drafts compact in place and write back the same postings', () => {
    const index = SearchIndex.fromData(built().toData())
    index.set('d1', 'f1b', words('budget'))
    index.compact()
    expect(ids(index, 'budget')).toEqual(['d1', 'd2', 'd3'])
    expect(ids(index, 'harbour')).toEqual(['d2'])
    const again = SearchIndex.fromData(index.toData())
    for (const q of ['harbour', 'ferry', 'budget', 'council']) {
      expect(ids(again, q)).toEqual(ids(index, q))
    }
  })

  it('refuses postings out of range', () => {
    const data = built().toData()
    const bad = Buffer.from(new Int32Array([99 * 32 + 1]).buffer).toString('base64')
    expect(() => SearchIndex.fromData({ ...data, terms: [...data.terms, ['odd', bad]] })).toThrow(
      /out of range/,
    )
  })
})

describe('the search index written in steps (issue 16: a big index never holds the loop)', () => {
  /** An index of `n` drafts over many words, some drafts replaced since the last compaction. */
  function big(n: number, replaced: number): SearchIndex {
    const index = new SearchIndex()
    for (let d = 0; d < n; d++)
      index.set(`d${d}`, `f${d}`, words(`word${d % 97}`, `only${d}`, `pair${d % 13}x${d % 7}`))
    for (let d = 0; d < replaced; d++) index.set(`d${d * 3}`, `g${d}`, words(`word${d}`, 'later'))
    return index
  }

  it('gives what toData gives, with and without replaced drafts, taking many steps', async () => {
    for (const replaced of [0, 40]) {
      const index = big(1200, replaced)
      let steps = 0
      const stepwise = await index.toDataStepwise(async () => {
        steps++
      }, 300)
      expect(stepwise).toEqual(index.toData())
      expect(steps).toBeGreaterThan(10)
    }
  })

  it('counts words as well as postings: one long draft of many words takes many steps', async () => {
    // 5,000 words of one posting each: by postings alone, two batches of 2,000 (a 5M-character
    // draft's 30,000 words were one step of 35 ms of the host's loop).
    const index = new SearchIndex()
    index.set('long', 'f', words(...Array.from({ length: 5000 }, (_, i) => `w${i}`)))
    let steps = 0
    const stepwise = await index.toDataStepwise(async () => {
      steps++
    }, 2000)
    expect(stepwise).toEqual(index.toData())
    expect(steps).toBeGreaterThanOrEqual(20)
  })

  it('says so when the index changed between two steps, rather than mix two states', async () => {
    const index = big(500, 10)
    const stepwise = await index.toDataStepwise(async () => {
      index.set('d7', 'f7b', words('changed'))
    }, 100)
    expect(stepwise).toBeNull()
  })
})
