import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { closeLibrary, openLibrary } from '../library'
import { SEARCH_FILE, searchFileJson } from './library-search'
import { SEARCH_TERMS_VERSION } from './search-index'
import { seedSampleLibrary } from '../../../test/support/library'

// Reading a big library's search index leaves its file's bytes and text as garbage that V8 may
// not collect for minutes (issue 13's host memory): the host, started with --expose-gc
// (scripts/host-node-flags.js), collects once after the read; elsewhere nothing is asked.

let dir = ''
const exposed = (globalThis as { gc?: unknown }).gc
afterEach(async () => {
  ;(globalThis as { gc?: unknown }).gc = exposed
  await rm(dir, { recursive: true, force: true })
})

it('collects the garbage once after reading the kept search index, where gc is exposed', async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-library-search-'))
  await seedSampleLibrary(dir)
  // A first open builds the search index from the drafts and keeps it.
  const first = await openLibrary(dir, { mode: 'test' })
  await first.store.search.settled()
  await closeLibrary(first)
  expect((await stat(join(dir, SEARCH_FILE))).size).toBeGreaterThan(0)
  const gc = vi.fn()
  ;(globalThis as { gc?: unknown }).gc = gc
  const library = await openLibrary(dir, { mode: 'test' })
  try {
    expect((await library.store.search.search('council')).length).toBeGreaterThan(0)
    await vi.waitFor(() => expect(gc).toHaveBeenCalledTimes(1))
  } finally {
    await closeLibrary(library)
  }
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
