// Issue 12: a 50,000-word article with 2,000 claims (each with a source and a comment) exported
// as the review .docx through the channel, as the app calls it: ≤ 3 s.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore } from '../src/core'
import { anchorAt, type Claim, type Verdict } from '../src/shared/claims'
import { article } from './fixtures'
import { median, type Result } from './report'
import { readDraft } from '../src/core/store/files'

const VERDICTS: readonly Verdict[] = ['unchecked', 'verified', 'partly-true', 'false', 'opinion']

/** A library with one long draft and `count` claims spread through it, written into its file. */
export async function makeLibrary(dir: string, words: number, count: number): Promise<string> {
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Bench', role: 'fact-checker' })
  const body = article(words, 12)
  const made = await core.dispatch('drafts:create', { title: 'Export bench', body })
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
    const verdict = VERDICTS[i % VERDICTS.length] ?? 'unchecked'
    data.claims.push({
      id: `c-export-${i}`,
      revisionId: data.draft.currentRevisionId,
      anchor: anchorAt(body, start, end),
      status: 'anchored',
      verdict,
      needsRecheck: false,
      sources: [
        {
          id: `s-export-${i}`,
          citation: `Annual report ${2000 + (i % 25)}, p. ${i % 300}`,
          url: `https://example.org/reports/${i}`,
        },
      ],
      comments: [
        {
          id: `m-export-${i}`,
          by: 'Bench',
          role: 'fact-checker',
          at,
          text: 'Checked against the source.',
        },
      ],
      history: [{ verdict, by: 'Bench', role: 'fact-checker', at, reason: 'Matches the report.' }],
      createdAt: at,
      createdBy: { name: 'Bench', role: 'fact-checker' },
      updatedAt: at,
    })
  }
  await writeFile(file, JSON.stringify(data))
  return id
}

/** Review .docx of a 50k-word, 2,000-claim draft through the channel: the median of 5. */
export async function exportsBench(smoke: boolean): Promise<Result[]> {
  const words = smoke ? 2_000 : 50_000
  const claims = smoke ? 80 : 2_000
  const runs = smoke ? 1 : 5
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-export-'))
  try {
    const draftId = await makeLibrary(dir, words, claims)
    const core = await openCore({
      libraryPath: dir,
      mode: 'browser',
      version: 'bench',
      emit: () => undefined,
      seedSample: false,
    })
    try {
      const once = async (): Promise<number> => {
        const t0 = performance.now()
        const res = await core.dispatch('export:reviewDocx', { draftId })
        const ms = performance.now() - t0
        if (!res.ok) throw new Error(res.error.message)
        return ms
      }
      // The first export also waits for the draft's analysis (quotes, disclosures), which the
      // app starts when a draft opens; the figure is for the export itself, analysis cached.
      await once()
      const times: number[] = []
      for (let i = 0; i < runs; i++) times.push(await once())
      return [
        {
          name: `review .docx, ${words / 1000}k words, ${claims} claims`,
          value: median(times),
          unit: 'ms',
          target: 3_000,
          better: 'lower',
        },
      ]
    } finally {
      await core.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
