// A team library of 5,000 drafts (a year of a magazine), issue 13's scale targets: host start
// from the library index, drafts:list, search, host memory (RSS) and the list on screen in
// Chromium. The library is generated once (realistic sizes: 800–2,400 words in two revisions,
// claims with sources, quoted people) and kept in the temp folder for later runs.
import { readFileSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { countWords } from '@shared/text'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium'
import { openCore } from '../src/core'
import { searchDrafts, listDrafts } from '../src/core/drafts/list'
import { sha256 } from '../src/core/ids'
import { closeLibrary, openLibrary } from '../src/core/library'
import { withReadiness } from '../src/core/legal/summary'
import type { DraftFile } from '../src/core/storage/draft-file'
import { splitDraft } from '../src/core/storage/draft-records'
import { readDraft } from '../src/core/store/files'
import { rng } from './fixtures'
import { hostApi as api, startHost, stopHost as stop } from './host'
import { median, type Result } from './report'

const root = join(import.meta.dirname, '..')
/** Bump when the generated library changes, so a kept copy is made again. */
// 2: drafts kept as one file per record (schema 5).
// 3: a claim's sources, comments and verdict changes files of their own (head schema 6), as
//    Galley writes them now.
const GENERATION = 3

/** Words in English frequency order are not at hand; a dictionary's, drawn with Zipf's law, are. */
function vocabulary(): string[] {
  const dic = join(root, 'node_modules', 'dictionary-en', 'index.dic')
  return readFileSync(dic, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('/')[0] ?? '')
    .filter((w) => /^[a-z]{2,}$/.test(w))
    .slice(0, 30_000)
}

const FIRST = ['Amara', 'Lena', 'Tomas', 'Mara', 'Ines', 'Kofi', 'Priya', 'Jonas', 'Aiko', 'Rafael']
const LAST = ['Osei', 'Quist', 'Reyes', 'Lindqvist', 'Novak', 'Haddad', 'Okafor', 'Brandt', 'Sato']

function generator(seed: number) {
  const words = vocabulary()
  const rand = rng(seed)
  const word = () => words[Math.floor(Math.exp(rand() * Math.log(words.length))) - 1] ?? 'word'
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T
  const person = () => `${pick(FIRST)} ${pick(LAST)}`
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, word)
    w[0] = (w[0] ?? 'A').replace(/^./, (c) => c.toUpperCase())
    return `${w.join(' ')}.`
  }
  const article = (n: number) => {
    const paras = [`# ${sentence(6).slice(0, -1)}`]
    let left = n
    while (left > 0) {
      const k = Math.min(left, 60 + Math.floor(rand() * 60))
      const sentences: string[] = []
      for (let s = k; s > 0; s -= 15) sentences.push(sentence(Math.min(15, s)))
      paras.push(sentences.join(' '))
      left -= k
    }
    return `${paras.join('\n\n')}\n`
  }
  return { rand, word, pick, person, sentence, article }
}

/** One real draft made by Galley's own services: every generated draft is a copy of its shape. */
async function template(dir: string): Promise<DraftFile> {
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Bench Editor', role: 'editor' })
  const made = await core.dispatch('drafts:create', { title: 'T', body: 'One.\n\nTwo.' })
  if (!made.ok) throw new Error(made.error.message)
  const id = (made.value as { id: string }).id
  await core.close()
  return structuredClone((await readDraft(dir, id)).data)
}

/** Writes a draft as Galley keeps it: its head and one file per record. */
async function writeRecords(dir: string, file: DraftFile): Promise<void> {
  const { head, records } = splitDraft(file)
  const folder = join(dir, 'drafts', file.draft.id)
  for (const c of new Set(records.map((r) => r.collection))) {
    await mkdir(join(folder, c), { recursive: true })
  }
  await Promise.all(records.map((r) => writeFile(join(folder, ...r.path.split('/')), r.bytes)))
  await writeFile(join(dir, 'drafts', `${file.draft.id}.json`), head)
}

/** Writes `count` drafts of realistic sizes into `dir` (a fresh library folder). */
async function generate(dir: string, count: number): Promise<void> {
  const base = await template(join(dir, '..', 'template'))
  const g = generator(7)
  await mkdir(join(dir, 'drafts'), { recursive: true })
  const year = Date.UTC(2026, 0, 1)
  for (let i = 0; i < count; i++) {
    const id = `bench${String(i).padStart(5, '0')}`
    const words = 800 + Math.floor(g.rand() * 1_600)
    const first = g.article(words)
    const second = `${first}\n${g.article(80)}`
    const at = (k: number) => new Date(year + i * 6_000_000 + k * 60_000).toISOString()
    const [r1] = base.revisions
    if (!r1) throw new Error('template has no revision')
    const revisions = [
      {
        ...r1,
        id: `${id}r1`,
        body: first,
        hash: sha256(first),
        words: countWords(first),
        at: at(0),
      },
      {
        ...r1,
        id: `${id}r2`,
        parentId: `${id}r1`,
        number: 2,
        body: second,
        hash: sha256(second),
        words: countWords(second),
        at: at(1),
        message: 'Second draft',
        origin: { kind: 'edited' as const },
      },
    ]
    const claims = Array.from({ length: 3 + Math.floor(g.rand() * 6) }, (_, k) => {
      const start = Math.floor(g.rand() * (second.length - 200))
      const exact = second.slice(start, start + 60 + Math.floor(g.rand() * 80))
      return {
        id: `${id}c${k}`,
        revisionId: `${id}r2`,
        anchor: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
        status: 'anchored' as const,
        verdict: g.pick(['unchecked', 'verified', 'false', 'unverifiable'] as const),
        needsRecheck: false,
        note: g.sentence(8),
        sources: [
          {
            id: `${id}s${k}`,
            citation: `${g.person()}, ${g.sentence(5).slice(0, -1)}, Journal of ${g.word()} ${g.word()}`,
            url: `https://example.org/${g.word()}/${g.word()}`,
          },
        ],
        comments: [],
        history: [],
        createdAt: at(2),
        createdBy: { name: 'Bench Checker', role: 'fact-checker' as const },
        updatedAt: at(2),
      }
    })
    const quotes = Array.from({ length: 1 + Math.floor(g.rand() * 3) }, (_, k) => {
      const start = Math.floor(g.rand() * (second.length - 100))
      const exact = second.slice(start, start + 50)
      return {
        id: `${id}q${k}`,
        revisionId: `${id}r2`,
        anchor: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
        status: 'anchored' as const,
        origin: 'manual' as const,
        speaker: { name: g.person(), personId: null },
        confirmed: null,
        subject: '',
        hidden: false,
        createdAt: at(2),
        updatedAt: at(2),
      }
    })
    const file: DraftFile = {
      ...base,
      draft: {
        ...base.draft,
        id,
        title: `${g.sentence(5).slice(0, -1)} ${i + 1}`,
        byline: `By ${g.person()}`,
        currentRevisionId: `${id}r2`,
        createdAt: at(0),
        updatedAt: at(3),
      },
      revisions,
      claims,
      quotes,
    }
    await writeRecords(dir, file)
  }
  await writeFile(
    join(dir, 'settings.json'),
    await readFile(join(dir, '..', 'template', 'settings.json')),
  )
}

/**
 * The kept generated library (made on first use: the drafts, then one start that builds the
 * index, the search index and every draft's readiness, as a library in use has them).
 */
export async function keptLibrary(count: number): Promise<string> {
  const kept = join(tmpdir(), `galley-bench-scale-${count}-g${GENERATION}`, 'library')
  const done = join(kept, '..', 'ready')
  if (await stat(done).catch(() => null)) return kept
  await rm(join(kept, '..'), { recursive: true, force: true })
  process.stderr.write(`  generating a ${count}-draft library (once; kept in ${kept})…\n`)
  await generate(kept, count)
  // One start builds the index and the search index. Readiness is left to each run's host
  // (worked out in the background after the first list, as on a library's first start: its
  // analysis workers are most of the memory measured after the list; see docs/storage.md).
  const lib = await openLibrary(kept, { mode: 'bench', appVersion: '0.1.0' })
  await lib.store.search.settled()
  await closeLibrary(lib)
  await writeFile(done, new Date().toISOString())
  return kept
}

/** Resident memory of a process, MB (Linux /proc). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return kb / 1024
}

const QUERIES = ['journal', 'osei', 'haddad quist', 'abac', 'verified', 'the council budget']

export async function libraryScale(smoke: boolean): Promise<Result[]> {
  const count = smoke ? 200 : 5_000
  const kept = await keptLibrary(count)
  const work = await mkdtemp(join(tmpdir(), 'galley-bench-scale-run-'))
  const dir = join(work, 'library')
  await cp(kept, dir, { recursive: true })
  const results: Result[] = []
  try {
    // In process: opening the library (the index read, every draft file stat'ed), then the
    // list and search as the handlers run them.
    const opens: number[] = []
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      const l = await openLibrary(dir, { mode: 'bench', appVersion: '0.1.0' })
      opens.push(performance.now() - t0)
      await closeLibrary(l)
    }
    const lib = await openLibrary(dir, { mode: 'bench', appVersion: '0.1.0' })
    const lists: number[] = []
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now()
      await withReadiness(lib, listDrafts(lib, 'active'))
      lists.push(performance.now() - t0)
    }
    await lib.store.search.settled()
    const searches: number[] = []
    const withSnippets: number[] = []
    let found = 0
    for (let round = 0; round < 5; round++) {
      for (const q of QUERIES) {
        let t0 = performance.now()
        found += (await lib.store.search.search(q)).length
        searches.push(performance.now() - t0)
        t0 = performance.now()
        await searchDrafts(lib, 'active', q)
        withSnippets.push(performance.now() - t0)
      }
    }
    await closeLibrary(lib)

    // The built host: start (index present), the list over HTTP, a search, memory.
    const starts: number[] = []
    const rss: number[] = []
    const rssStart: number[] = []
    const shown: number[] = []
    const newest = await newestTitle(dir)
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS],
    })
    try {
      for (let i = 0; i < (smoke ? 2 : 7); i++) {
        const { child, url, startMs } = await startHost(dir)
        starts.push(startMs)
        rssStart.push(await rssMb(child.pid ?? 0))
        try {
          const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
          const page = await context.newPage()
          await page.goto(url, { waitUntil: 'commit' })
          const ms = await page.waitForFunction(
            (title) =>
              (
                globalThis as unknown as { document: { body: { innerText: string } } }
              ).document.body.innerText.includes(title)
                ? performance.now()
                : 0,
            newest,
            { polling: 'raf', timeout: 60_000 },
          )
          shown.push(Number(await ms.jsonValue()))
          await context.close()
          for (const q of QUERIES) await api(url, 'drafts:list', { view: 'active', query: q })
          rss.push(await rssMb(child.pid ?? 0))
        } finally {
          await stop(child)
        }
      }
    } finally {
      await browser.close()
    }

    // Memory over the whole first readiness pass (every draft's readiness worked out in the
    // background after the first list): its peak, sampled every 250 ms, and how long it took.
    const pass = await readinessPass(dir, smoke)

    // A start with no index: every draft is read once to build it.
    await rm(join(dir, 'cache', 'index.json'), { force: true })
    const cold = await startHost(dir)
    await stop(cold.child)

    const n = count.toLocaleString('en')
    results.push(
      {
        name: `${n}-draft library: host start (from the index)`,
        value: median(starts),
        unit: 'ms',
        target: 1_000,
        better: 'lower',
      },
      {
        name: `${n}-draft library: library open in process (index read, every file stat'ed)`,
        value: median(opens),
        unit: 'ms',
        target: 500,
        better: 'lower',
      },
      {
        name: `${n}-draft library: host memory at start (RSS)`,
        value: median(rssStart),
        unit: 'MB',
        target: 300,
        better: 'lower',
      },
      {
        name: `${n}-draft library: drafts:list in the host (active view)`,
        value: median(lists),
        unit: 'ms',
        target: 100,
        better: 'lower',
      },
      {
        name: `${n}-draft library: list on screen in Chromium`,
        value: median(shown),
        unit: 'ms',
        target: 400,
        better: 'lower',
      },
      {
        name: `${n}-draft library: search (index query; ${QUERIES.length} queries, ${Math.round(found / 5)} hits)`,
        value: median(searches),
        unit: 'ms',
        target: 30,
        better: 'lower',
      },
      {
        name: `${n}-draft library: search as drafts:list (with snippets)`,
        value: median(withSnippets),
        unit: 'ms',
        target: 100,
        better: 'lower',
      },
      {
        name: `${n}-draft library: host memory after list and searches, readiness being worked out (RSS)`,
        value: median(rss),
        unit: 'MB',
        target: 300,
        better: 'lower',
      },
      {
        name: `${n}-draft library: host memory, peak over the first readiness pass (RSS)`,
        value: pass.peakMb,
        unit: 'MB',
        target: 300,
        better: 'lower',
      },
      {
        name: `${n}-draft library: first readiness pass, every draft (in the background)`,
        value: pass.ms,
        unit: 'ms',
        target: 600_000,
        better: 'lower',
      },
      {
        name: `${n}-draft library: host start with no index (rebuilt from every draft)`,
        value: cold.startMs,
        unit: 'ms',
        target: 60_000,
        better: 'lower',
      },
    )
  } finally {
    await rm(work, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined)
  }
  return results
}

/**
 * Starts the host on the library (no readiness kept yet), lists, and waits until every row has
 * its readiness, sampling the host's memory meanwhile.
 */
async function readinessPass(dir: string, smoke: boolean): Promise<{ peakMb: number; ms: number }> {
  await rm(join(dir, 'cache', 'readiness.json'), { force: true })
  const { child, url } = await startHost(dir)
  let peakMb = await rssMb(child.pid ?? 0)
  const sampler = setInterval(() => {
    void rssMb(child.pid ?? 0)
      .then((mb) => (peakMb = Math.max(peakMb, mb)))
      .catch(() => undefined)
  }, 250)
  try {
    const t0 = performance.now()
    await api(url, 'drafts:list', { view: 'active', first: 100 })
    for (;;) {
      const rows = (await api(url, 'drafts:list', { view: 'active' })) as { readiness?: unknown }[]
      if (rows.every((r) => r.readiness)) break
      await new Promise((r) => setTimeout(r, smoke ? 250 : 2_000))
    }
    return { peakMb, ms: performance.now() - t0 }
  } finally {
    clearInterval(sampler)
    await stop(child)
  }
}

/** The title of the most recently changed draft: the first row of the list. */
async function newestTitle(dir: string): Promise<string> {
  const index = JSON.parse(await readFile(join(dir, 'cache', 'index.json'), 'utf8')) as {
    titles: string[]
    updatedAt: string[]
  }
  const rows = index.titles.map((title, i) => ({ title, updatedAt: index.updatedAt[i] ?? '' }))
  rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  return rows[0]?.title ?? ''
}

// Run alone: npx tsx --tsconfig tsconfig.node.json bench/library-scale.ts [--smoke]
if (process.argv[1]?.endsWith('library-scale.ts')) {
  const { table } = await import('./report')
  console.log(table(await libraryScale(process.argv.includes('--smoke'))))
}
