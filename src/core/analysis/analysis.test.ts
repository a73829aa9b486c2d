import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type GalleyCore } from '..'

let dir: string
let core: GalleyCore
/** Events the core sends to the window, for the test that waits on analysis:ready. */
let onEvent: (name: string, payload: unknown) => void = () => undefined

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-analysis-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: (name, payload) => onEvent(name, payload),
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Tess Tester', role: 'legal' })
})

afterEach(async () => {
  onEvent = () => undefined
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
  it('answers other requests while a long draft is analysed, and never blocks the loop for a large part of it', async () => {
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
    const started = performance.now()
    let pending = true
    const legal = ok<{ disclosures: unknown[] }>('legal:get', { draftId: draft.id })
    const quotes = ok<{ quotes: unknown[] }>('quotes:list', { draftId: draft.id })
    const both = Promise.all([legal, quotes]).finally(() => (pending = false))
    // Ask again and again until the analysis is done, counting the answers that came meanwhile.
    let answeredMeanwhile = 0
    while (pending) {
      await ok('app:info', {})
      if (pending) answeredMeanwhile++
      await new Promise((r) => setTimeout(r, 20))
    }
    const [view, list] = await both
    const elapsed = performance.now() - started
    clearInterval(tick)
    expect(list.quotes.length).toBeGreaterThan(250)
    expect(view.disclosures.length).toBeGreaterThan(0)
    // Conditions, not milliseconds, so that a busy machine cannot fail it: other requests are
    // answered while the analysis runs, and the loop never stalls for a quarter of it (analysis
    // on the loop would stall it for all of it). The figures themselves (answers within 100 ms)
    // are for npm run bench, on a quiet machine.
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(3)
    expect(longest).toBeLessThan(elapsed / 4)
  }, 120_000)
})

/**
 * The longest stretch of this thread's own work between two turns of a 10 ms timer chain, and
 * the longest wall-clock gap. Work, not wall time, is what holds the loop: on a machine whose
 * cores are busy with other programs (and the analysis workers) the wall gap also counts the
 * time the thread waited for a core.
 */
function watchLoop(): { stop(): { work: number; wall: number } } {
  const cpu = () => {
    const { user, system } = process.threadCpuUsage?.() ?? process.cpuUsage()
    return (user + system) / 1000
  }
  let work = 0
  let wall = 0
  let lastCpu = cpu()
  let lastWall = performance.now()
  const measure = () => {
    const c = cpu()
    const w = performance.now()
    work = Math.max(work, c - lastCpu)
    wall = Math.max(wall, w - lastWall)
    lastCpu = c
    lastWall = w
  }
  const tick = setInterval(measure, 10)
  return {
    stop() {
      // The stretch since the last turn counts too (the last request may have held the loop).
      measure()
      clearInterval(tick)
      return { work, wall }
    },
  }
}

describe('opening a long draft never holds the event loop', () => {
  it('answers the requests the window makes when it opens a long draft without 100 ms of work on the loop at once', async () => {
    // About 200,000 characters and 700 quotes: a third of the draft the issue saw freeze the host.
    const made = await ok<{ id: string; currentRevisionId: string }>('drafts:create', {
      title: 'Long',
      body: longFeature(880),
    })
    const ready = new Promise<void>((resolve) => {
      onEvent = (name, payload) => {
        if (name === 'analysis:ready' && (payload as { draftId: string }).draftId === made.id)
          resolve()
      }
    })
    const loop = watchLoop()
    // What the window asks when the draft opens, the Legal, Quotes and Claims tabs once its
    // analysis is ready, the library list beside it, and the compare view's spans.
    await ok('drafts:list', { view: 'active' })
    await ok('drafts:get', { id: made.id })
    const gate = await ok<{ ready: boolean; characters: number }>('drafts:analysis', {
      draftId: made.id,
    })
    expect(gate.characters).toBeGreaterThan(195_000)
    expect(gate.ready).toBe(false)
    // app:info is answered while the analysis runs.
    await ok('app:info', {})
    await ready
    const [legal, quotes] = await Promise.all([
      ok<{ disclosures: unknown[] }>('legal:get', { draftId: made.id }),
      ok<{ quotes: unknown[] }>('quotes:list', { draftId: made.id }),
      ok('claims:list', { draftId: made.id }),
      ok('people:list', {}),
      ok('drafts:list', { view: 'active' }),
      ok('app:info', {}),
    ])
    const spans = await ok<{ quotes: unknown[] }>('revisions:spans', {
      draftId: made.id,
      revisionId: made.currentRevisionId,
    })
    const held = loop.stop()
    expect(quotes.quotes.length).toBeGreaterThan(850)
    expect(spans.quotes.length).toBe(quotes.quotes.length)
    expect(legal.disclosures.length).toBeGreaterThan(0)
    expect(
      held.work,
      `longest stretch of work on the loop (wall gap ${Math.round(held.wall)} ms)`,
    ).toBeLessThan(100)
  }, 180_000)
})
