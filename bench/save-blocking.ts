import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { anchorAt, type Claim } from '../src/shared/claims'
import type { QuoteRecord } from '../src/shared/records'
import { openCore, type GalleyCore } from '../src/core'
import { article } from './fixtures'
import { median, type Result } from './report'
import { readDraft } from '../src/core/store/files'

/**
 * Saving a revision of a 50k-word draft through the contract's wrapper: the longest the main
 * event loop stays blocked while it runs (event-loop delay histogram, 1 ms resolution).
 */
export async function saveBlocking(smoke: boolean): Promise<Result[]> {
  const plain = await measureSaves(smoke, 0)
  const claims = smoke ? 100 : 2_000
  const quotes = smoke ? 10 : 50
  const annotated = await measureSaves(smoke, claims, quotes)
  return [
    {
      name: `save 50k-word revision: longest event-loop block (worst of ${plain.runs})`,
      value: Math.max(...plain.blocks),
      unit: 'ms',
      target: 16,
      better: 'lower',
    },
    {
      name: 'save 50k-word revision: total time',
      value: median(plain.durations),
      unit: 'ms',
      target: 500,
      better: 'lower',
    },
    {
      name: `save 50k-word revision with ${claims} claims and ${quotes} quotes re-anchored: longest block`,
      value: Math.max(...annotated.blocks),
      unit: 'ms',
      target: 16,
      better: 'lower',
    },
    {
      name: `save 50k-word revision with ${claims} claims and ${quotes} quotes re-anchored: total time`,
      value: median(annotated.durations),
      unit: 'ms',
      target: 500,
      better: 'lower',
    },
  ]
}

const open = (dir: string): Promise<GalleyCore> =>
  openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })

/**
 * Writes `count` claims and `quotes` confirmed quotes on spans spread through the draft straight
 * into its file.
 */
async function addAnnotations(
  dir: string,
  id: string,
  body: string,
  count: number,
  quotes: number,
): Promise<void> {
  const file = join(dir, 'drafts', `${id}.json`)
  // The whole draft, put together from its records (written back below as one whole-draft
  // file, which Galley reads as before).
  const data = structuredClone((await readDraft(dir, id)).data) as unknown as {
    claims: Claim[]
    quotes: QuoteRecord[]
    draft: { currentRevisionId: string }
  }
  const step = Math.floor(body.length / (count + 1))
  const at = new Date().toISOString()
  for (let i = 0; i < count; i++) {
    const start = body.indexOf(' ', i * step) + 1
    const end = body.indexOf(' ', start + 40)
    data.claims.push({
      id: `c-bench-${i}`,
      revisionId: data.draft.currentRevisionId,
      anchor: anchorAt(body, start, end),
      status: 'anchored',
      verdict: i % 3 === 0 ? 'verified' : 'unchecked',
      needsRecheck: false,
      sources: [],
      comments: [],
      history: [],
      createdAt: at,
      createdBy: { name: 'Bench', role: 'fact-checker' },
      updatedAt: at,
    })
  }
  const quoteStep = Math.floor(body.length / (quotes + 1))
  for (let i = 0; i < quotes; i++) {
    const start = body.indexOf(' ', i * quoteStep + 7) + 1
    const end = body.indexOf(' ', start + 60)
    data.quotes.push({
      id: `q-bench-${i}`,
      revisionId: data.draft.currentRevisionId,
      anchor: anchorAt(body, start, end),
      status: 'anchored',
      origin: 'detected',
      speaker: { name: `Speaker ${i}`, personId: null },
      confirmed: { name: 'Bench', role: 'editor', at },
      subject: '',
      hidden: false,
      createdAt: at,
      updatedAt: at,
    })
  }
  await writeFile(file, JSON.stringify(data))
}

/** 2% of the words replaced, scattered through the text. */
function scatterEdits(body: string, run: number): string {
  const words = body.split(' ')
  for (let i = run; i < words.length; i += 50) words[i] = `edited${run}`
  return words.join(' ')
}

async function measureSaves(
  smoke: boolean,
  claims: number,
  quotes = 0,
): Promise<{ runs: number; blocks: number[]; durations: number[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-save-'))
  let core = await open(dir)
  try {
    await core.dispatch('profile:set', { name: 'Bench', role: 'editor' })
    const body = article(50_000, 7)
    const created = await core.dispatch('drafts:create', { title: 'Long feature', body })
    if (!created.ok) throw new Error(created.error.message)
    let base = (created.value as { currentRevisionId: string }).currentRevisionId
    const id = (created.value as { id: string }).id
    if (claims > 0) {
      await core.close()
      await addAnnotations(dir, id, body, claims, quotes)
      core = await open(dir)
    }
    const blocks: number[] = []
    const durations: number[] = []
    const runs = smoke ? 3 : 12
    for (let i = 0; i < runs; i++) {
      const next = claims > 0 ? scatterEdits(body, i + 1) : `${body}\nEdit number ${i}.\n`
      const h = monitorEventLoopDelay({ resolution: 1 })
      h.enable()
      // Let the histogram's timer start first: a block before its first tick goes unseen.
      await new Promise((r) => setTimeout(r, 5))
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
    return { runs, blocks, durations }
  } finally {
    await core.close()
    await rm(dir, { recursive: true, force: true })
  }
}
