import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { closeLibrary, openLibrary } from '../library'
import { SEARCH_FILE, searchFileJson } from './library-search'
import { readDraft } from './files'
import { SEARCH_TERMS_VERSION } from './search-index'
import { seedSampleLibrary } from '../../../test/support/library'

// Reading a big library's search index leaves its file's bytes and text as garbage that V8 may
// not collect for minutes (issue 13's host memory): the host, started with --expose-gc
// (scripts/host-node-flags.js), collects once after reading a big one; elsewhere nothing is asked.

let dir = ''
const exposed = (globalThis as { gc?: unknown }).gc
afterEach(async () => {
  ;(globalThis as { gc?: unknown }).gc = exposed
  await rm(dir, { recursive: true, force: true })
})

/** A library whose kept search index has been built from its drafts and written. */
async function libraryWithIndex(): Promise<void> {
  dir = await mkdtemp(join(tmpdir(), 'galley-library-search-'))
  await seedSampleLibrary(dir)
  const first = await openLibrary(dir, { mode: 'test' })
  await first.store.search.settled()
  await closeLibrary(first)
  expect((await stat(join(dir, SEARCH_FILE))).size).toBeGreaterThan(0)
}

/** Opens the library with a stand-in for the exposed gc; how often it was called once settled. */
async function collectionsOnOpen(): Promise<number> {
  const gc = vi.fn()
  ;(globalThis as { gc?: unknown }).gc = gc
  const library = await openLibrary(dir, { mode: 'test' })
  try {
    expect((await library.store.search.search('council')).length).toBeGreaterThan(0)
    await library.store.search.settled()
    await new Promise((r) => setImmediate(r))
    return gc.mock.calls.length
  } finally {
    await closeLibrary(library)
  }
}

it('collects the garbage once after reading a big kept search index, where gc is exposed', async () => {
  await libraryWithIndex()
  // The kept index of a big library: 300,000 words (about 8 MB), of a draft no longer there.
  const file = join(dir, SEARCH_FILE)
  const kept = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  const words = Array.from({ length: 300_000 }, (_, i) => `padding${i}`)
  await writeFile(
    file,
    JSON.stringify({
      ...kept,
      docIds: ['gone'],
      docFingerprints: ['f'],
      words,
      postings: words.map(() => 'AQAAAA=='),
    }),
  )
  expect((await stat(file)).size).toBeGreaterThan(4 * 1024 * 1024)
  expect(await collectionsOnOpen()).toBe(1)
})

it('does not stop the loop for a full collection after reading a small kept index', async () => {
  // A full collection marks the whole heap: about 50 ms with a 5M-character draft open (issue 16).
  await libraryWithIndex()
  expect(await collectionsOnOpen()).toBe(0)
})

it('writes the kept search file as JSON.stringify would, a slice of each column per step', async () => {
  const data = {
    docs: [['a', 'fa'] as const, null, ['c', 'fc'] as const],
    terms: Array.from({ length: 123_456 }, (_, i) => [`w${i}"\\é`, `p${i}==`] as const),
  }
  let steps = 0
  const json = Buffer.concat(
    await searchFileJson(data, async () => {
      steps++
    }),
  ).toString('utf8')
  expect(json).toBe(
    JSON.stringify({
      schemaVersion: 2,
      termsVersion: SEARCH_TERMS_VERSION,
      docIds: ['a', null, 'c'],
      docFingerprints: ['fa', '', 'fc'],
      words: data.terms.map((t) => t[0]),
      postings: data.terms.map((t) => t[1]),
    }),
  )
  expect(steps).toBeGreaterThanOrEqual(3)
  const empty = await searchFileJson({ docs: [], terms: [] }, async () => undefined)
  expect(JSON.parse(Buffer.concat(empty).toString('utf8'))).toMatchObject({
    docIds: [],
    words: [],
    postings: [],
  })
})

it("drops a re-saved draft's old postings when it writes the kept index (review of d588f4a, finding 2)", async () => {
  // Every save puts the draft's words again; the one it replaced is dropped by the next write.
  await libraryWithIndex()
  const library = await openLibrary(dir, { mode: 'test' })
  try {
    const search = library.store.search
    await search.settled()
    const index = await search.ready()
    const before = index.size()
    const id = [...index.ids()][0] as string
    const file = (await readDraft(dir, id)).data
    for (let save = 1; save <= 5; save++) search.update(id, file, `saved ${save}`)
    expect(index.size()).toMatchObject({ dead: 5, docs: before.docs + 5 })
    await search.flush()
    expect(index.size()).toMatchObject({ dead: 0, docs: before.docs, postings: before.postings })
    expect((await search.search('council')).length).toBeGreaterThan(0)
  } finally {
    await closeLibrary(library)
  }
})
