import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { openCore } from '../src/main/core'
import { article } from './fixtures'
import { median, type Result } from './report'

/**
 * Saving a revision of a 50k-word draft through the contract's wrapper: the longest the main
 * event loop stays blocked while it runs (event-loop delay histogram, 1 ms resolution).
 */
export async function saveBlocking(smoke: boolean): Promise<Result[]> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-save-'))
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })
  try {
    await core.dispatch('profile:set', { name: 'Bench', role: 'editor' })
    const body = article(50_000, 7)
    const created = await core.dispatch('drafts:create', { title: 'Long feature', body })
    if (!created.ok) throw new Error(created.error.message)
    let base = (created.value as { currentRevisionId: string }).currentRevisionId
    const id = (created.value as { id: string }).id
    const blocks: number[] = []
    const durations: number[] = []
    const runs = smoke ? 3 : 12
    for (let i = 0; i < runs; i++) {
      const next = `${body}\nEdit number ${i}.\n`
      const h = monitorEventLoopDelay({ resolution: 1 })
      h.enable()
      const t0 = performance.now()
      const saved = await core.dispatch('revisions:save', {
        draftId: id,
        baseRevisionId: base,
        body: next,
        message: `edit ${i}`,
      })
      durations.push(performance.now() - t0)
      // Let the histogram see the last tick.
      await new Promise((r) => setTimeout(r, 5))
      h.disable()
      if (!saved.ok) throw new Error(saved.error.message)
      base = (saved.value as { id: string }).id
      // The histogram's resolution adds ~1 ms to every sample; subtract it.
      blocks.push(Math.max(0, h.max / 1e6 - 1))
    }
    return [
      {
        name: `save 50k-word revision: longest event-loop block (worst of ${runs})`,
        value: Math.max(...blocks),
        unit: 'ms',
        target: 16,
        better: 'lower',
      },
      {
        name: 'save 50k-word revision: total time',
        value: median(durations),
        unit: 'ms',
        target: 500,
        better: 'lower',
      },
    ]
  } finally {
    await core.close()
    await rm(dir, { recursive: true, force: true })
  }
}
