import { describe, expect, it } from 'vitest'
import { SearchIndex, type SearchIndexData } from './search-index'

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
    // The index is left as it was, and still answers.
    expect(index.size().dead).toBeGreaterThan(0)
    expect(ids(index, 'changed')).toEqual(['d7'])
  })

  it('gives what a twin index compacted in one go gives, and is compacted the same', async () => {
    const index = big(1200, 40)
    const twin = big(1200, 40)
    expect(await index.toDataStepwise(async () => undefined, 300)).toEqual(twin.toData())
    expect(index.size()).toMatchObject({ docs: 1200, dead: 0 })
    expect(index.toData()).toEqual(twin.toData())
  })
})

describe('a stepwise write compacts the index (review of d588f4a, finding 2)', () => {
  const many = (tag: string, n: number) =>
    new Map(Array.from({ length: n }, (_, i) => [`${tag}${i}`, 1 << (i % 5)]))

  /** 20 short drafts and one long one, as a small library where the long one is being edited. */
  function library(): SearchIndex {
    const index = new SearchIndex()
    for (let d = 0; d < 20; d++) index.set(`d${d}`, `f${d}`, many(`w${d}x`, 50))
    index.set('long', 'f0', many('long', 3000))
    return index
  }

  it("drops a re-saved draft's replaced postings: the index holds one copy of them", async () => {
    const index = library()
    const once = library().size()
    expect(once).toMatchObject({ docs: 21, dead: 0, postings: 4000 })
    for (let s = 1; s <= 30; s++) {
      index.set('long', `f${s}`, many('long', 3000))
      expect(await index.toDataStepwise(async () => undefined, 500)).not.toBeNull()
    }
    const now = index.size()
    // Before: 30 dead copies of the long draft's 3,000 postings (94,000 postings, 21 + 30 docs).
    expect(now).toMatchObject({ docs: 21, dead: 0, postings: once.postings })
    // One array, holding the kept postings and the last write's dropped ones (not yet reused).
    expect(now.bytes).toBeLessThanOrEqual((once.postings + 3000) * 4)
  })

  it('finds what an index built afresh finds, before and after drafts are put into it again', async () => {
    const [index, fresh] = [library(), library()]
    for (const i of [index, fresh]) {
      i.set('d3', 'g3', many('d3new', 10))
      i.set('long', 'g', new Map([...many('long', 2000), ['w5x7', 8]]))
      i.delete('d9')
    }
    const queries = ['long12', 'long2999', 'w5x7', 'w3x1', 'w9x1', 'd3new4', 'w1', 'w5x', 'long']
    const answer = (i: SearchIndex) => queries.map((q) => i.search(q))
    const data = await index.toDataStepwise(async () => undefined, 500)
    expect(index.size().dead).toBe(0)
    expect(answer(index)).toEqual(answer(fresh))
    expect(SearchIndex.fromData(data as SearchIndexData).search('w5x7')).toEqual(
      fresh.search('w5x7'),
    )
    // Lists that are slices of the one array grow into arrays of their own; the others stay.
    for (const i of [index, fresh]) {
      i.set('d4', 'g4', many('w4x', 60))
      i.set('new', 'n', words('w5x7', 'long7'))
    }
    expect(answer(index)).toEqual(answer(fresh))
    expect(index.fingerprint('d4')).toBe('g4')
    expect(index.fingerprint('d9')).toBeUndefined()
  })

  it('answers from the index as it was between steps, and takes the compacted lists at the end', async () => {
    const index = library()
    index.set('long', 'f1', many('long', 3000))
    const seen: number[] = []
    const data = await index.toDataStepwise(async () => {
      seen.push(index.size().dead)
      expect(ids(index, 'long42')).toEqual(['long'])
    }, 500)
    expect(seen.length).toBeGreaterThan(5)
    expect(seen.every((dead) => dead === 1)).toBe(true)
    expect(index.size().dead).toBe(0)
    expect(data?.docs).toHaveLength(21)
  })

  it('the docs it gives are not the live ones: a draft put while the file is written is not in it', async () => {
    // Finding 6: write() awaits before it serialises the docs; they must not change meanwhile.
    for (const write of [
      async (i: SearchIndex) => i.toData(),
      async (i: SearchIndex) => i.toDataStepwise(async () => undefined),
    ]) {
      const index = library()
      index.set('d2', 'g2', many('w2x', 50))
      const data = (await write(index)) as SearchIndexData
      index.set('late', 'l', many('late', 5))
      index.set('d5', 'g5', many('w5x', 50))
      expect(data.docs).toHaveLength(21)
      expect(data.docs.map((d) => d?.[0])).not.toContain('late')
      expect(data.docs.find((d) => d?.[0] === 'd5')?.[1]).toBe('f5')
    }
  })
})
