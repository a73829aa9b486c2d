import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { figures } from '../eval/figures'
import { DEFAULT_CORPUS, evaluateCorpus } from '../eval/run'
import { ANALYSERS } from '../src/core/check/analysers'
import { openCore } from '../src/core'
import { article } from './fixtures'
import { realArticles } from './real-articles'
import { startHost, startPinger, type BenchHost, type PingFigures } from './host'
import { median, type Result } from './report'

/** A long feature with quotes, people, brands and a disclosure (bench text, not the corpus). */
function longFeature(chars: number): string {
  const out = ['# The long read']
  let size = 0
  for (let i = 0; size < chars; i++) {
    const p =
      `Dr. Mara Quell${i % 7}, a dermatologist at Harrow Clinic, tested the Velnor Night Serum ${i}. ` +
      `“It calmed redness in ${(i % 9) + 2} weeks in most of my patients,” she said. ` +
      `Sales of the serum rose ${i % 50} percent in March, according to Shelfmark Analytics.`
    out.push(p)
    size += p.length + 2
  }
  out.push('Dr. Mara Quell0 is a paid ambassador for Velnor Labs.')
  return out.join('\n\n')
}

/**
 * The analysers: their figures on the labelled corpus (when it is beside the repo), the time
 * `galley check`'s analysers take on a 50k-word article, and a long draft analysed in the app
 * while a ping waits (issue 11 and issue 16, item 1).
 */
export async function analysersBench(smoke: boolean): Promise<Result[]> {
  const out: Result[] = []
  if (existsSync(DEFAULT_CORPUS) && !smoke) {
    const f = figures(await evaluateCorpus(DEFAULT_CORPUS))
    const row = (
      name: string,
      value: number,
      target: number,
      better: 'lower' | 'higher' = 'higher',
    ) => out.push({ name: `corpus: ${name}`, value, unit: 'ratio', target, better })
    row('quote recall', f.quoteRecall, 0.97)
    row('quote precision', f.quotePrecision, 0.97)
    row('speaker right', f.speakerRight, 0.95)
    row('claim recall', f.claimRecall, 0.92)
    row('claims matching nothing', f.claimExtra, 0.1, 'lower')
    row('disclosure recall', f.disclosureRecall, 0.95)
    row('error-level findings recall', f.errorRecall, 1)
    out.push({
      name: 'corpus: errors on clean articles',
      value: f.cleanWithErrors,
      unit: 'articles',
      target: 0,
      better: 'lower',
    })
  }
  const size = smoke ? '2k' : '50k'
  const words = smoke ? 2_000 : 50_000
  out.push({
    name: `galley check analysers, ${size} words`,
    value: await checkTime(article(words), smoke ? 1 : 5),
    unit: 'ms',
    target: 1000,
    better: 'lower',
  })
  // Random words have no names, quotes or disclosures: real articles cost what a draft costs.
  out.push({
    name: `galley check analysers, ${size} words of real articles`,
    value: await checkTime(await realArticles(words), smoke ? 1 : 5),
    unit: 'ms',
    target: 1000,
    better: 'lower',
  })

  // In the app: a long draft's analysis on the worker while app:info is asked every 20 ms.
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-analysis-'))
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })
  try {
    await core.dispatch('profile:set', { name: 'Bench', role: 'legal' })
    const chars = smoke ? 20_000 : 400_000
    const made = await core.dispatch('drafts:create', { title: 'Long', body: longFeature(chars) })
    if (!made.ok) throw new Error(made.error.message)
    const draftId = (made.value as { id: string }).id
    const pings: number[] = []
    let done = false
    const t = performance.now()
    const analysis = core.dispatch('legal:get', { draftId }).then(() => (done = true))
    while (!done) {
      const p = performance.now()
      await core.dispatch('app:info', {})
      pings.push(performance.now() - p)
      await new Promise((r) => setTimeout(r, 20))
    }
    await analysis
    const label = `${Math.round(chars / 1000)}k characters`
    out.push({
      name: `legal:get on ${label}, first time`,
      value: performance.now() - t,
      unit: 'ms',
      target: 10_000,
      better: 'lower',
    })
    out.push({
      name: `app:info during that analysis (worst)`,
      value: Math.max(...pings),
      unit: 'ms',
      target: 50,
      better: 'lower',
    })
  } finally {
    await core.close()
    await rm(dir, { recursive: true, force: true })
  }
  out.push(...(await openLongDraft(smoke ? 20_000 : 600_000)))
  // 1.6M characters: the size the issue measured legal:get at (21 s, all on the loop then).
  if (!smoke) out.push(...(await openLongDraft(1_600_000)))
  // 5M characters: the import limit, and the size the bound is set at (10 s, 50 ms).
  if (!smoke) out.push(...(await openLongDraft(5_000_000)))
  return out
}

/** The median time `galley check`'s analysers take on `body`, a new text each run. */
async function checkTime(body: string, runs: number): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const text = `${body}\n\nRun ${run}.` // a new text each run: nothing cached
    const t = performance.now()
    for (const a of ANALYSERS) await a.run({ file: 'bench.md', title: 'Bench', body: text })
    times.push(performance.now() - t)
  }
  return median(times)
}

/**
 * A long draft opened as the window opens it, in the built browser host started afresh on the
 * library (nothing analysed yet; what people run, like the other host benches): the draft, its
 * analysis gate, then once the gate says ready the Legal, Quotes and Claims tabs, the people
 * register and the library list, and the compare view's spans. Meanwhile app:info is asked every
 * 15 ms from a thread of its own (startPinger); each answer is timed from when it was due, so a
 * request that arrives while the host's loop is held counts the wait (issue 16, item 1).
 */
export async function openLongDraft(chars: number): Promise<Result[]> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-open-'))
  const label = chars >= 1_000_000 ? `${chars / 1_000_000}M` : `${Math.round(chars / 1000)}k`
  let host: BenchHost | null = null
  try {
    const core = await openCore({
      libraryPath: dir,
      mode: 'browser' as const,
      version: 'bench',
      seedSample: false,
      emit: () => undefined,
    })
    await core.dispatch('profile:set', { name: 'Bench', role: 'legal' })
    // The feature overshoots its size by a paragraph: at the 5M import limit, it stops short.
    const made = await core.dispatch('drafts:create', {
      title: 'Long',
      body: longFeature(Math.min(chars, 4_999_000)),
    })
    await core.close()
    if (!made.ok) throw new Error(made.error.message)
    const { id, currentRevisionId } = made.value as { id: string; currentRevisionId: string }
    const h = await startHost(dir)
    host = h
    const pinger = await startPinger(h.url)
    let pings: PingFigures = { worst: 0, count: 0 }
    const t = performance.now()
    let ready = 0
    let legal = 0
    try {
      // Answers the window reads are only checked here: parsing a 13 MB answer would hold this
      // process, and the ping timed in it would count that against the host.
      await h.send('drafts:list', { view: 'active' })
      await h.send('drafts:get', { id })
      // The window hears analysis:ready; here the gate is asked again until it says ready.
      while (!((await h.api('drafts:analysis', { draftId: id })) as { ready: boolean }).ready)
        await new Promise((r) => setTimeout(r, 25))
      ready = performance.now() - t
      await Promise.all([
        h.send('legal:get', { draftId: id }).then(() => (legal = performance.now() - t)),
        h.send('quotes:list', { draftId: id }),
        h.send('claims:list', { draftId: id }),
        h.send('people:list', {}),
        h.send('drafts:list', { view: 'active' }),
      ])
      await h.send('revisions:spans', { draftId: id, revisionId: currentRevisionId })
    } finally {
      pings = await pinger.stop()
    }
    // No answer timed is no figure: a worst wait of 0 ms would read as a pass.
    if (pings.count === 0) {
      throw new Error(
        `open a ${label}-character draft: app:info was never answered while the draft opened, so there is no worst wait to report`,
      )
    }
    return [
      {
        name: `open a ${label}-character draft: worst app:info`,
        value: pings.worst,
        unit: 'ms',
        target: 50,
        better: 'lower',
      },
      // The bound is 5M characters analysed in 10 s; a shorter draft is held to it too.
      {
        name: `open a ${label}-character draft: legal:get answered`,
        value: legal,
        unit: 'ms',
        target: 10_000,
        better: 'lower',
      },
      {
        name: `open a ${label}-character draft: analysis ready`,
        value: ready,
        unit: 'ms',
        target: 10_000,
        better: 'lower',
      },
    ]
  } finally {
    await host?.stop()
    await rm(dir, { recursive: true, force: true })
  }
}
