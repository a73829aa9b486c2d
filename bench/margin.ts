import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { openCore } from '../src/core'
import { anchorAt, type Claim, type Verdict } from '../src/shared/claims'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium'
import { article } from './fixtures'
import { median, type Result } from './report'
import { readDraft } from '../src/core/store/files'
import { startHost, stopHost as stop } from './host'

const TITLE = 'Margin bench feature'
let lastFrames: number[] = []
const VERDICTS: readonly Verdict[] = ['unchecked', 'verified', 'partly-true', 'false', 'opinion']

/** A library with one long draft and `count` claims spread through it, written into its file. */
async function makeLibrary(dir: string, words: number, count: number): Promise<void> {
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Bench', role: 'fact-checker' })
  const body = article(words, 11)
  const made = await core.dispatch('drafts:create', { title: TITLE, byline: 'By Bench', body })
  if (!made.ok) throw new Error(made.error.message)
  const id = (made.value as { id: string }).id
  await core.close()
  const file = join(dir, 'drafts', `${id}.json`)
  // The whole draft, put together from its records (written back below as one whole-draft
  // file, which Galley reads as before).
  const data = structuredClone((await readDraft(dir, id)).data) as unknown as {
    claims: Claim[]
    draft: { currentRevisionId: string }
  }
  const step = Math.floor(body.length / (count + 1))
  const at = new Date().toISOString()
  for (let i = 0; i < count; i++) {
    const start = body.indexOf(' ', i * step) + 1
    const end = body.indexOf(' ', start + 30)
    data.claims.push({
      id: `c-margin-${i}`,
      revisionId: data.draft.currentRevisionId,
      anchor: anchorAt(body, start, end),
      status: 'anchored',
      verdict: VERDICTS[i % VERDICTS.length] ?? 'unchecked',
      needsRecheck: i % 17 === 0,
      sources: [],
      comments: [],
      history: [],
      createdAt: at,
      createdBy: { name: 'Bench', role: 'fact-checker' },
      updatedAt: at,
    })
  }
  await writeFile(file, JSON.stringify(data))
}

/** From the click on the draft until its first margin card is painted (ms). */
async function openDraft(page: Page): Promise<number> {
  const row = page.getByRole('button', { name: TITLE, exact: true })
  await row.waitFor()
  const t0 = await page.evaluate<number>('performance.now()')
  await row.click()
  const painted = await page.waitForFunction(
    // A card exists and a frame has been painted with it: the next rAF after it appears.
    () =>
      (
        globalThis as unknown as { document: { querySelector: (s: string) => unknown } }
      ).document.querySelector('.margin-slot')
        ? performance.now()
        : 0,
    undefined,
    { polling: 'raf', timeout: 60_000 },
  )
  return Number(await painted.jsonValue()) - t0
}

interface Frames {
  /** Work per frame: rAF callback until a task posted from it runs (after style, layout, paint). */
  readonly work: number[]
  /** Time between frames (rAF timestamps). */
  readonly intervals: number[]
}

/** Scrolls the draft view steadily for `ms` and records every frame. */
function scrollFrames(page: Page, ms: number): Promise<Frames> {
  return page.evaluate<Frames>(`new Promise((resolve) => {
    const scroller = document.querySelector('.main')
    const work = []
    const intervals = []
    const channel = new MessageChannel()
    let rafAt = 0
    channel.port1.onmessage = () => work.push(performance.now() - rafAt)
    let last = 0
    const end = performance.now() + ${ms}
    const frame = (ts) => {
      if (last) intervals.push(ts - last)
      last = ts
      rafAt = performance.now()
      channel.port2.postMessage(0)
      scroller.scrollTop += 45
      if (performance.now() < end) requestAnimationFrame(frame)
      else setTimeout(() => resolve({ work, intervals }), 50)
    }
    requestAnimationFrame(frame)
  })`)
}

function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN
}

/**
 * The fact-check margin on a 50k-word draft with 2,000 claims in Chromium: time from opening
 * the draft to its first card painted, and frame times while the article and margin scroll.
 */
export async function marginBench(smoke: boolean): Promise<Result[]> {
  const words = smoke ? 5_000 : 50_000
  const claims = smoke ? 200 : 2_000
  const runs = smoke ? 1 : 5
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-margin-'))
  await makeLibrary(dir, words, claims)
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  })
  const { child, url } = await startHost(dir)
  const opened: number[] = []
  let frames: Frames = { work: [], intervals: [] }
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(url)
      opened.push(await openDraft(page))
      if (i === runs - 1) {
        // Let the first batches of positions settle, then scroll.
        await page.waitForTimeout(500)
        frames = await scrollFrames(page, smoke ? 1_000 : 4_000)
      }
      await context.close()
    }
  } finally {
    await stop(child)
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
  lastFrames = [...frames.work]
    .sort((a, b) => b - a)
    .slice(0, 12)
    .map((n) => Math.round(n))
  const label = `${(words / 1000).toFixed(0)}k words, ${claims.toLocaleString('en')} claims`
  return [
    {
      name: `margin (${label}): open draft to first card painted`,
      value: median(opened),
      unit: 'ms',
      target: 1000,
      better: 'lower',
    },
    {
      name: `margin (${label}): scrolling, worst frame's work`,
      value: Math.max(...frames.work),
      unit: 'ms',
      target: 16,
      better: 'lower',
    },
    {
      name: `margin (${label}): scrolling, 95th percentile frame's work`,
      value: percentile(frames.work, 95),
      unit: 'ms',
      target: 16,
      better: 'lower',
    },
    {
      name: `margin (${label}): scrolling, 95th percentile frame interval`,
      value: percentile(frames.intervals, 95),
      unit: 'ms',
      target: 17,
      better: 'lower',
    },
  ]
}

// `npx tsx --tsconfig tsconfig.node.json bench/margin.ts [--smoke] [--frames]` runs it alone.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const results = await marginBench(process.argv.includes('--smoke'))
  if (process.argv.includes('--frames')) console.log('slowest frames (ms):', lastFrames.join(' '))
  for (const r of results)
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit} (target ${r.target})`)
}
