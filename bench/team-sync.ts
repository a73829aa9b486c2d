// Team sync against a real local Git server (git http-backend): one changed draft synced, and a
// first copy (clone) of a shared library (issue 13's targets: ≤ 1 s; ≤ 60 s for 5,000 drafts).
// The sync is measured on a 300-draft library made by Galley, and (not in --smoke) on the
// 5,000-draft library of bench/library-scale.ts, put on the server with the git binary (an
// isomorphic-git push of its 174 MB takes about five minutes). Each figure is printed with the
// machine's load average, which moves these figures a lot on a shared machine.
import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { openCore, type GalleyCore } from '../src/core'
import { GITIGNORE, MARKER, REMOTE_REF, saveCredentials } from '../src/core/team/repo'
import { cloneSharedLibrary } from '../src/core/team/sync'
import { startGitServer, type GitServer } from '../test/harness/git-server'
import { article } from './fixtures'
import { keptLibrary } from './library-scale'
import { median, type Result } from './report'

const run = promisify(execFile)
const TOKEN = 'bench-token'

async function must<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>) {
  const r = await p
  if (!r.ok) throw new Error(r.error?.message ?? 'refused')
  return r.value as T
}

const load = () => loadavg()[0]!.toFixed(1)

function note(line: string): void {
  process.stderr.write(`  ${line} (load average ${load()})\n`)
}

async function openBench(dir: string): Promise<GalleyCore> {
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'bench',
    emit: () => undefined,
    seedSample: false,
  })
  await must(core.dispatch('profile:set', { name: 'Bench', role: 'editor' }))
  return core
}

/** Renames one draft and syncs, `rounds` times; the sync times. */
async function syncRounds(core: GalleyCore, ids: readonly string[], rounds: number) {
  const syncs: number[] = []
  for (let r = 0; r < rounds; r++) {
    const id = ids[(r * 37) % ids.length] ?? ''
    await must(core.dispatch('drafts:rename', { id, title: `Renamed ${r} ${Date.now()}` }))
    const t0 = performance.now()
    await must(core.dispatch('team:sync', {}))
    syncs.push(performance.now() - t0)
  }
  return syncs
}

/**
 * The 5,000-draft library shared as Galley shares one (marker, .gitignore, every draft in one
 * commit, pushed), made with the git binary; then opened by Galley with no change journal yet.
 */
export async function sharedScaleLibrary(server: GitServer, root: string): Promise<string> {
  const kept = await keptLibrary(5_000)
  const dir = join(root, 'scale')
  await cp(kept, dir, { recursive: true })
  const marker = {
    format: 'galley-library',
    version: 1,
    libraryId: 'lib-bench-scale',
    createdAt: new Date().toISOString(),
  }
  await writeFile(join(dir, '.gitignore'), GITIGNORE)
  await writeFile(join(dir, MARKER), `${JSON.stringify(marker, null, 2)}\n`)
  const url = await server.createRepo('scale')
  const git = (...args: string[]) => run('git', ['-C', dir, ...args], { maxBuffer: 1 << 26 })
  await git('init', '-q', '-b', 'main')
  await git('add', '.gitignore', MARKER, 'drafts')
  // Git's automatic gc (87,000 loose objects) runs before the figures, not in the background under them.
  await git(
    '-c',
    'gc.autoDetach=false',
    '-c',
    'user.name=Bench',
    '-c',
    'user.email=b@x',
    'commit',
    '-qm',
    'shared',
  )
  await git('push', '-q', server.repoPath('scale'), 'main')
  await git('update-ref', REMOTE_REF, 'HEAD')
  await git('remote', 'add', 'origin', url)
  await saveCredentials(dir, { url, token: TOKEN })
  scaleUrl = url
  return dir
}
let scaleUrl = ''

export async function teamSyncBench(smoke: boolean): Promise<Result[]> {
  const drafts = smoke ? 10 : 300
  const rounds = smoke ? 2 : 7
  const server = await startGitServer({ token: TOKEN })
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-team-'))
  let core: GalleyCore | null = null
  const results: Result[] = []
  try {
    const url = await server.createRepo('bench')
    core = await openBench(join(root, 'a'))
    const c = core
    const ids: string[] = []
    for (let i = 1; i <= drafts; i++) {
      const d = await must<{ id: string }>(
        c.dispatch('drafts:create', {
          title: `Team ${i}`,
          byline: 'By Bench',
          body: article(1_500, i),
        }),
      )
      ids.push(d.id)
    }
    await must(c.dispatch('team:share', { url, token: TOKEN }))
    const syncs = await syncRounds(c, ids, rounds)
    note(`team sync, ${drafts} drafts: ${syncs.map((s) => s.toFixed(0)).join(', ')} ms`)
    results.push({
      name: `team sync: one changed draft, ${drafts} drafts, local Git server`,
      value: median(syncs),
      unit: 'ms',
      target: 1_000,
      better: 'lower',
    })

    const t0 = performance.now()
    await cloneSharedLibrary(join(root, 'b'), { url, token: TOKEN })
    const clone = performance.now() - t0
    note(`clone of ${drafts} drafts: ${clone.toFixed(0)} ms`)
    results.push({
      name: `team: first copy of a ${drafts}-draft shared library (target for 5,000)`,
      value: clone,
      unit: 'ms',
      target: 60_000,
      better: 'lower',
    })
    await core.close()
    core = null

    if (!smoke) {
      process.stderr.write('  sharing the 5,000-draft library with the git binary…\n')
      const dir = await sharedScaleLibrary(server, root)
      const scaleIds = Array.from({ length: 5_000 }, (_, i) => `bench${String(i).padStart(5, '0')}`)
      core = await openBench(dir)
      // No change journal yet (shared by another program): the first sync walks every file.
      const [walk = NaN] = await syncRounds(core, scaleIds, 1)
      note(`team sync, 5,000 drafts, no journal (every file walked): ${walk.toFixed(0)} ms`)
      const scale = await syncRounds(core, scaleIds, rounds)
      note(`team sync, 5,000 drafts: ${scale.map((s) => s.toFixed(0)).join(', ')} ms`)
      // A second machine's copy (cloned with the git binary), receiving one changed draft.
      const other = join(root, 'scale-b')
      await run('git', ['clone', '-q', server.repoPath('scale'), other], { maxBuffer: 1 << 26 })
      await saveCredentials(other, { url: scaleUrl, token: TOKEN })
      const coreB = await openBench(other)
      try {
        await must(coreB.dispatch('team:sync', {})) // its first: no journal, every file walked
        const receives: number[] = []
        for (let r = 0; r < rounds; r++) {
          await syncRounds(core, scaleIds.slice(1_000 + r), 1)
          const t0 = performance.now()
          const got = await must<{ received: number }>(coreB.dispatch('team:sync', {}))
          receives.push(performance.now() - t0)
          if (got.received !== 1) throw new Error(`received ${got.received} files, not 1`)
        }
        note(
          `team sync receiving, 5,000 drafts: ${receives.map((x) => x.toFixed(0)).join(', ')} ms`,
        )
        results.push({
          name: 'team sync: receiving one changed draft, 5,000 drafts',
          value: median(receives),
          unit: 'ms',
          target: 1_000,
          better: 'lower',
        })
      } finally {
        await coreB.close()
      }
      // A new teammate's first copy of the 5,000-draft library, as Galley makes it.
      const c0 = performance.now()
      await cloneSharedLibrary(join(root, 'scale-copy'), { url: scaleUrl, token: TOKEN })
      const scaleClone = performance.now() - c0
      note(`clone of 5,000 drafts: ${scaleClone.toFixed(0)} ms`)
      results.push({
        name: 'team: first copy of the 5,000-draft shared library',
        value: scaleClone,
        unit: 'ms',
        target: 60_000,
        better: 'lower',
      })
      results.push(
        {
          name: 'team sync: one changed draft, 5,000 drafts, local Git server',
          value: median(scale),
          unit: 'ms',
          target: 1_000,
          better: 'lower',
        },
        {
          name: 'team sync: 5,000 drafts, first sync without a change journal (walks every file)',
          value: walk,
          unit: 'ms',
          target: 60_000,
          better: 'lower',
        },
      )
    }
    return results
  } finally {
    if (core) await core.close()
    await server.close()
    await rm(root, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith('team-sync.ts')) {
  const { table } = await import('./report')
  console.log(table(await teamSyncBench(process.argv.includes('--smoke'))))
}
