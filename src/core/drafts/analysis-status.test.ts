import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openCore, type GalleyCore } from '..'

let dir: string
let core: GalleyCore
let events: { name: string; payload: unknown }[]
let heard: () => void = () => undefined

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-analysis-status-'))
  events = []
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: (name, payload) => {
      events.push({ name, payload })
      heard()
    },
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Tess Tester', role: 'legal' })
})

afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

/** A long feature with quotes, people and a brand, well over the length analysed off the loop. */
function longFeature(paragraphs: number): string {
  const out = ['# The long read']
  for (let i = 0; i < paragraphs; i++)
    out.push(
      `Dr. Mara Quell${i % 7}, a dermatologist at Harrow Clinic, tested the Velnor Night Serum ${i}. ` +
        `“It calmed redness in ${(i % 9) + 2} weeks in most of my patients,” she said.`,
    )
  return out.join('\n\n')
}

async function ok<T>(channel: Parameters<GalleyCore['dispatch']>[0], input: unknown): Promise<T> {
  const res = await core.dispatch(channel, input)
  if (!res.ok) throw new Error(res.error.message)
  return res.value as T
}

type Status = { revisionId: string; ready: boolean; characters: number }

it('says a long draft is being analysed, starts it, and tells the window when it is done', async () => {
  const { id } = await ok<{ id: string }>('drafts:create', {
    title: 'Long',
    body: longFeature(500),
  })
  const done = new Promise<void>((resolve) => {
    heard = () => {
      if (events.some((e) => e.name === 'analysis:ready')) resolve()
    }
  })
  const first = await ok<Status>('drafts:analysis', { draftId: id })
  expect(first.ready).toBe(false)
  expect(first.characters).toBeGreaterThan(60_000)
  await done
  const ready = events.find((e) => e.name === 'analysis:ready')
  expect(ready?.payload).toEqual({ draftId: id, revisionId: first.revisionId })
  expect((await ok<Status>('drafts:analysis', { draftId: id })).ready).toBe(true)
  // The views then read the results at once.
  const quotes = await ok<{ quotes: unknown[] }>('quotes:list', { draftId: id })
  expect(quotes.quotes.length).toBeGreaterThan(400)
})

it('calls a short draft ready at once, and refuses an unknown one', async () => {
  const { id } = await ok<{ id: string }>('drafts:create', {
    title: 'Short',
    body: '“It works,” says Mara Quill.',
  })
  expect((await ok<Status>('drafts:analysis', { draftId: id })).ready).toBe(true)
  expect(events.filter((e) => e.name === 'analysis:ready')).toEqual([])
  const missing = await core.dispatch('drafts:analysis', { draftId: 'd_doesnotexist0000' })
  expect(missing.ok).toBe(false)
})
