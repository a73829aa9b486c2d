// While a draft's analysis runs, asking whether the draft is ready must not work out its cache
// keys on the event loop: that merges every quote with the reviewer's records and hashes the
// disclosure input (20-45 ms of the loop at 5,000,000 characters), and the window asks while the
// last results are read in. The keys come with the results (service.ts, `prepared`).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { openCore, type GalleyCore } from '..'
import type * as Prepare from './prepare'

const keysWorkedOut = vi.hoisted(() => ({ count: 0 }))
vi.mock('./prepare', async (load) => {
  const real = await load<typeof Prepare>()
  return {
    ...real,
    preparedKeys: (...args: Parameters<typeof real.preparedKeys>) => {
      keysWorkedOut.count++
      return real.preparedKeys(...args)
    },
  }
})

let dir: string
let core: GalleyCore

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-analysis-keys-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Tess Tester', role: 'legal' })
})

afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

it('does not work out a running analysis’s keys on the loop when asked whether it is ready', async () => {
  const paragraphs = Array.from(
    { length: 400 },
    (_, i) =>
      `“The ferry ${i} will run all winter,” said Tomas Reyes${i % 5}, the harbour master. ` +
      `It carried ${i * 3} people in March, the council said.`,
  )
  const made = await core.dispatch('drafts:create', {
    title: 'Long',
    body: ['# Ferries', ...paragraphs].join('\n\n'),
  })
  if (!made.ok) throw new Error(made.error.message)
  const draftId = (made.value as { id: string }).id
  keysWorkedOut.count = 0
  // The window opens the draft and asks for its gate until it says ready.
  const legal = core.dispatch('legal:get', { draftId })
  let asked = 0
  for (;;) {
    const gate = await core.dispatch('drafts:analysis', { draftId })
    if (!gate.ok) throw new Error(gate.error.message)
    asked++
    if ((gate.value as { ready: boolean }).ready) break
    await new Promise((r) => setImmediate(r))
  }
  expect((await legal).ok).toBe(true)
  expect(asked).toBeGreaterThan(3)
  // Once, when legal:get found nothing cached and started the analysis (the cheap first keys
  // said no); never again while it ran.
  expect(keysWorkedOut.count).toBeLessThanOrEqual(1)
}, 60_000)
