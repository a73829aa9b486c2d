import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { closeLibrary, openLibrary } from '../library'
import { SEARCH_FILE } from './library-search'
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
