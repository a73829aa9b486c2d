import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type GalleyCore } from '..'

let dir: string
let core: GalleyCore

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-analysis-'))
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

/** A long feature with quotes, people, brands and a disclosure, written for this test. */
function longFeature(paragraphs: number): string {
  const out = ['# The long read']
  for (let i = 0; i < paragraphs; i++) {
    out.push(
      `Dr. Mara Quell${i % 7}, a dermatologist at Harrow Clinic, tested the Velnor Night Serum ${i}. ` +
        `“It calmed redness in ${(i % 9) + 2} weeks in most of my patients,” she said. ` +
        `Sales of the serum rose ${i % 50} percent in March, according to Shelfmark Analytics.`,
    )
  }
  out.push('Dr. Mara Quell0 is a paid ambassador for Velnor Labs.')
  return out.join('\n\n')
}

async function ok<T>(channel: Parameters<GalleyCore['dispatch']>[0], input: unknown): Promise<T> {
  const res = await core.dispatch(channel, input)
  if (!res.ok) throw new Error(res.error.message)
  return res.value as T
}

describe('analysis runs off the event loop', () => {
  it('answers other requests while a long draft is analysed, and never blocks the loop over 100 ms', async () => {
    const draft = await ok<{ id: string }>('drafts:create', {
      title: 'Long',
      body: longFeature(300),
    })
    // The loop's longest gap while the Legal and Quotes tabs ask for the draft's analysis.
    let longest = 0
    let last = performance.now()
    const tick = setInterval(() => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
    }, 5)
    const pings: number[] = []
    const ping = async () => {
      const t = performance.now()
      await ok('app:info', {})
      pings.push(performance.now() - t)
    }
    const legal = ok<{ disclosures: unknown[] }>('legal:get', { draftId: draft.id })
    const quotes = ok<{ quotes: unknown[] }>('quotes:list', { draftId: draft.id })
    // Ask again and again while the analysis runs.
    while (pings.length < 20) {
      await ping()
      await new Promise((r) => setTimeout(r, 20))
    }
    const [view, list] = await Promise.all([legal, quotes])
    clearInterval(tick)
    expect(list.quotes.length).toBeGreaterThan(250)
    expect(view.disclosures.length).toBeGreaterThan(0)
    // Requests are answered within 100 ms while the analysis runs; the loop's longest gap is
    // bounded looser, for busy machines (npm run bench measures it on a quiet one).
    expect({ ping: Math.max(...pings) < 100, loop: longest < 250 }).toEqual({
      ping: true,
      loop: true,
    })
  }, 120_000)
})
