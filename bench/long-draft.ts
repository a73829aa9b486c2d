import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { openCore } from '../src/core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium'
import { RESOLVE_DIFF_OPTIONS } from '../src/shared/constants'
import { diffRevisions } from '../src/shared/diff'
import { scatterEdits } from './diff'
import { rng } from './fixtures'
import { median, type Result } from './report'
import { startHost, stopHost as stop } from './host'

const TITLE = 'Long bench feature'

const WORDS = (
  'the council said budget ferry fares rise percent study skin kelp serum clinical trial ' +
  'within weeks expert board certified dermatologist recommends product brand ambassador ' +
  'research shows experts say always never only most effective gentler than retinol causes ' +
  'boosts hydration barrier week month year university institute program data results'
).split(' ')

/**
 * A feature of about `words` words in paragraphs of 60–120 words, each with a quote and its
 * speaker (so the Quotes tab lists about one per paragraph), and a last word to find.
 */
export function longFeature(words: number, seed = 5): string {
  const rand = rng(seed)
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)] ?? 'word'
  const paras: string[] = ['# A long feature']
  let left = words
  let i = 0
  while (left > 0) {
    const n = Math.min(left, 60 + Math.floor(rand() * 60))
    const w: string[] = []
    for (let k = 0; k < n - 14; k++) w.push(pick())
    const q: string[] = []
    for (let k = 0; k < 10; k++) q.push(pick())
    paras.push(`${w.join(' ')}. “${q.join(' ')},” said Dr. Mara Quell${i % 40}, a dermatologist.`)
    left -= n
    i++
  }
  paras.push('The last paragraph ends with a word found nowhere else: zephyrine.')
  return paras.join('\n\n') + '\n'
}

async function makeLibrary(dir: string, words: number): Promise<void> {
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Bench', role: 'fact-checker' })
  const body = longFeature(words)
  const made = await core.dispatch('drafts:create', { title: TITLE, byline: 'By Bench', body })
  if (!made.ok) throw new Error(made.error.message)
  const d = made.value as { id: string; currentRevisionId: string }
  const saved = await core.dispatch('revisions:save', {
    draftId: d.id,
    baseRevisionId: d.currentRevisionId,
    body: scatterEdits(body, 0.02, 7),
    message: '2% edits',
  })
  if (!saved.ok) throw new Error(saved.error.message)
  await core.close()
}

/** Milliseconds from `t0` (page clock) until `selector` exists and a frame with it has begun. */
async function until(page: Page, selector: string, t0: number): Promise<number> {
  const at = await page.waitForFunction(
    (s) =>
      (
        globalThis as unknown as { document: { querySelector: (s: string) => unknown } }
      ).document.querySelector(s)
        ? performance.now()
        : 0,
    selector,
    { polling: 'raf', timeout: 120_000 },
  )
  return Number(await at.jsonValue()) - t0
}

const now = (page: Page) => page.evaluate<number>('performance.now()')

export interface LongDraftTimes {
  article: number
  card: number
  quotes: number
  compare: number
  /**
   * The diff as the window waits for it: from asking its compare worker (both texts in hand)
   * until the diff is unpacked in the window, start, copies and all (`lastDiffMs`).
   */
  diff: number
  /** Of which the diff and its packing on the worker (`lastDiffWorkerMs`). */
  diffOnWorker: number
}

/** One pass: open the draft (article, first card), the Quotes tab, then the comparison. */
async function pass(page: Page, url: string): Promise<LongDraftTimes> {
  await page.goto(url)
  const row = page.getByRole('button', { name: TITLE, exact: true })
  await row.waitFor()
  let t0 = await now(page)
  await row.click()
  const article = await until(page, 'article.article p', t0)
  const card = await until(page, '.margin-slot', t0)
  t0 = await now(page)
  await page.getByRole('tab', { name: 'Quotes' }).click()
  const quotes = await until(page, '.quote-list .quote-card', t0)
  t0 = await now(page)
  await page.keyboard.press('Control+Alt+C')
  const compare = await until(page, '.cmp-side .cmp-row', t0)
  const figure = async (key: string) =>
    Number(await page.evaluate<string | undefined>(`document.documentElement.dataset.${key}`))
  const diff = await figure('lastDiffMs')
  const diffOnWorker = await figure('lastDiffWorkerMs')
  return { article, card, quotes, compare, diff, diffOnWorker }
}

/**
 * A 200k-word draft (about 1.4M characters, 2,200 quotes) in Chromium, on a host whose analysis
 * of it is done (one untimed pass first): from the click on its row until the article and the
 * first Claims card are painted; from the Quotes tab's click until its cards are painted; from
 * Ctrl+Alt+C until the comparison of its two revisions (2% edits) is painted, and within that,
 * from the window asking for the diff until it has it.
 */
export async function longDraftBench(smoke: boolean): Promise<Result[]> {
  const words = smoke ? 10_000 : 200_000
  const runs = Number(process.env['GALLEY_BENCH_RUNS'] ?? (smoke ? 1 : 5))
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-long-'))
  await makeLibrary(dir, words)
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  })
  const { child, url } = await startHost(dir)
  const all: LongDraftTimes[] = []
  try {
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      const page = await context.newPage()
      const t = await pass(page, url)
      if (process.env['GALLEY_BENCH_VERBOSE']) console.error(i === 0 ? 'warm-up' : 'run', t)
      if (i > 0) all.push(t)
      await context.close()
    }
  } finally {
    await stop(child)
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
  // The diff on its own in Node, as main's redline export and the window's worker run it.
  const base = longFeature(words)
  const edited = scatterEdits(base, 0.02, 7)
  const diffs: number[] = []
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now()
    diffRevisions(base, edited, RESOLVE_DIFF_OPTIONS)
    if (i > 0) diffs.push(performance.now() - t0)
  }
  const k = `${words / 1000}k-word draft`
  return [
    {
      name: `diff of two ${words / 1000}k-word revisions (2% edits), Node`,
      value: median(diffs),
      unit: 'ms',
      target: 300,
      better: 'lower',
    },
    // Short pairs are compared in the window without a worker (the smoke run's): no figure.
    ...(all.every((t) => Number.isFinite(t.diff))
      ? [
          {
            name: `diff of two ${words / 1000}k-word revisions (2% edits), in the window: asked of its worker to in hand`,
            value: median(all.map((t) => t.diff)),
            unit: 'ms',
            target: 300,
            better: 'lower' as const,
          },
        ]
      : []),
    {
      name: `${k}: open to first Claims card painted in Chromium (analysis done)`,
      value: median(all.map((t) => t.card)),
      unit: 'ms',
      target: 1500,
      better: 'lower',
    },
    {
      name: `${k}: Quotes tab with ${smoke ? 'its' : '2,000+'} quotes painted in Chromium`,
      value: median(all.map((t) => t.quotes)),
      unit: 'ms',
      target: 1000,
      better: 'lower',
    },
    {
      name: `${k}: compare its two revisions (2% edits), first rows painted in Chromium`,
      value: median(all.map((t) => t.compare)),
      unit: 'ms',
      target: 1500,
      better: 'lower',
    },
  ]
}

if (process.argv[1] === import.meta.filename) {
  const smoke = process.argv.includes('--smoke')
  console.log(await longDraftBench(smoke))
}
