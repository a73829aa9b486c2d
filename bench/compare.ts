import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { openCore } from '../src/core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium'
import { scatterEdits } from './diff'
import { article } from './fixtures'
import { median, type Result } from './report'
import { startHost, stopHost as stop } from './host'

// Runs in the page, as a string: tsx would wrap named functions in a helper the page lacks.
// Presses Ctrl+Alt+C and waits until the frame holding the first rows has painted (the next
// frame has begun).
const MEASURE = `(async () => {
  const t0 = performance.now()
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', code: 'KeyC', ctrlKey: true, altKey: true }))
  await new Promise((resolve) => {
    const check = () => (document.querySelector('.cmp-side .cmp-row') ? resolve() : requestAnimationFrame(check))
    check()
  })
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
  return performance.now() - t0
})()`

const TITLE = 'Bench comparison'

/** A library with one draft of two revisions: `words` words, then 2% scattered word edits. */
async function makeLibrary(dir: string, words: number): Promise<void> {
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Bench', role: 'editor' })
  const base = article(words, 21)
  const made = await core.dispatch('drafts:create', {
    title: TITLE,
    byline: 'By Bench',
    body: base,
  })
  if (!made.ok) throw new Error(made.error.message)
  const d = made.value as { id: string; currentRevisionId: string }
  const saved = await core.dispatch('revisions:save', {
    draftId: d.id,
    baseRevisionId: d.currentRevisionId,
    body: scatterEdits(base, 0.02, 7),
    message: '2% edits',
  })
  if (!saved.ok) throw new Error(saved.error.message)
  await core.close()
}

/**
 * Opening the side-by-side comparison of a 20k-word pair with 2% scattered edits in Chromium:
 * ms from the "Compare revisions" shortcut until the frame with the first rows has painted
 * (fetching both revisions and the claims, the diff, the impact scan and the render included).
 */
export async function compareBench(smoke: boolean): Promise<Result[]> {
  const words = smoke ? 2_000 : 20_000
  const runs = smoke ? 1 : 5
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-compare-'))
  await makeLibrary(dir, words)
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  })
  const { child, url } = await startHost(dir)
  const times: number[] = []
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    // One untimed pass first, so that every timed run finds the browser's cache and JIT warm.
    for (let i = 0; i <= runs; i++) {
      await page.goto(url)
      await page
        .getByRole('list', { name: 'Drafts' })
        .getByRole('button', { name: TITLE, exact: true })
        .click()
      await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).first().waitFor()
      const ms = Number(await page.evaluate(MEASURE))
      if (i > 0) times.push(ms)
    }
    await context.close()
  } finally {
    await stop(child)
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
  return [
    {
      name: `compare ${words.toLocaleString('en')}-word revisions, 2% edits: side by side painted in Chromium`,
      value: median(times),
      unit: 'ms',
      target: 1000,
      better: 'lower',
    },
  ]
}
