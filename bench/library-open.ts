import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { openCore } from '../src/core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium'
import { article } from './fixtures'
import { median, type Result } from './report'
import { startHost, stopHost as stop } from './host'

async function makeLibrary(dir: string, drafts: number): Promise<void> {
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Bench', role: 'editor' })
  for (let i = 1; i <= drafts; i++) {
    const title = `Bench draft ${String(i).padStart(3, '0')}`
    const made = await core.dispatch('drafts:create', {
      title,
      byline: 'By Bench',
      body: article(1_500, i),
    })
    if (!made.ok) throw new Error(made.error.message)
    const d = made.value as { id: string; currentRevisionId: string }
    await core.dispatch('revisions:save', {
      draftId: d.id,
      baseRevisionId: d.currentRevisionId,
      body: article(1_550, i + 1000),
      message: 'second',
    })
  }
  await core.close()
}

/**
 * Opening a library of 200 drafts in the browser host: host start (reading every draft file),
 * and in Chromium the time from navigation start until the newest draft's title is on screen —
 * on the library's first start (one run) and on later ones (median of eleven).
 */
export async function libraryOpen(smoke: boolean): Promise<Result[]> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-lib-'))
  const drafts = smoke ? 20 : 200
  // The first start works out publish readiness for every row (nothing kept yet); the others
  // find it in cache/readiness.json, as every start after the first does.
  const runs = smoke ? 2 : 12
  const newest = `Bench draft ${String(drafts).padStart(3, '0')}`
  await makeLibrary(dir, drafts)
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  })
  const starts: number[] = []
  const shown: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const { child, url, startMs } = await startHost(dir)
      starts.push(startMs)
      try {
        const context = await browser.newContext()
        // A profile exists, so the list is the first thing shown.
        const page = await context.newPage()
        // Not waiting for the load event (fonts, favicon): the clock is read in the first frame
        // whose laid-out text holds the title (polled at every animation frame).
        await page.goto(url, { waitUntil: 'commit' })
        const ms = await page.waitForFunction(
          (title) =>
            (
              globalThis as unknown as { document: { body: { innerText: string } } }
            ).document.body.innerText.includes(title)
              ? performance.now()
              : 0,
          newest,
          { polling: 'raf', timeout: 30_000 },
        )
        shown.push(Number(await ms.jsonValue()))
        await context.close()
      } finally {
        await stop(child)
      }
    }
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
  return [
    {
      name: `library of ${drafts} drafts: list on screen in Chromium`,
      value: median(shown.slice(1)),
      unit: 'ms',
      target: 300,
      better: 'lower',
    },
    {
      name: `library of ${drafts} drafts: list on screen, first start (no kept readiness)`,
      value: shown[0] ?? NaN,
      unit: 'ms',
      target: 500,
      better: 'lower',
    },
    {
      name: `library of ${drafts} drafts: host start (reads every draft)`,
      value: median(starts),
      unit: 'ms',
      target: 2000,
      better: 'lower',
    },
  ]
}
