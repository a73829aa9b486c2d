// Team sync against a real local Git server (git http-backend): one changed draft synced, and a
// first copy (clone) of a shared library (issue 13's targets: ≤ 1 s; ≤ 60 s for 5,000 drafts).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore, type GalleyCore } from '../src/core'
import { cloneSharedLibrary } from '../src/core/team/sync'
import { startGitServer } from '../test/harness/git-server'
import { article } from './fixtures'
import { median, type Result } from './report'

const TOKEN = 'bench-token'

async function must<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>) {
  const r = await p
  if (!r.ok) throw new Error(r.error?.message ?? 'refused')
  return r.value as T
}

export async function teamSyncBench(smoke: boolean): Promise<Result[]> {
  const drafts = smoke ? 10 : 300
  const rounds = smoke ? 2 : 7
  const server = await startGitServer({ token: TOKEN })
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-team-'))
  let core: GalleyCore | null = null
  try {
    const url = await server.createRepo('bench')
    core = await openCore({
      libraryPath: join(root, 'a'),
      mode: 'browser',
      version: 'bench',
      emit: () => undefined,
      seedSample: false,
    })
    const c = core
    await must(c.dispatch('profile:set', { name: 'Bench', role: 'editor' }))
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

    const syncs: number[] = []
    for (let r = 0; r < rounds; r++) {
      await must(
        c.dispatch('drafts:rename', { id: ids[r % ids.length] ?? '', title: `Renamed ${r}` }),
      )
      const t0 = performance.now()
      await must(c.dispatch('team:sync', {}))
      syncs.push(performance.now() - t0)
    }

    const t0 = performance.now()
    await cloneSharedLibrary(join(root, 'b'), { url, token: TOKEN })
    const clone = performance.now() - t0
    return [
      {
        name: 'team sync: one changed draft, local Git server',
        value: median(syncs),
        unit: 'ms',
        target: 1_000,
        better: 'lower',
      },
      {
        name: `team: first copy of a ${drafts}-draft shared library (target for 5,000)`,
        value: clone,
        unit: 'ms',
        target: 60_000,
        better: 'lower',
      },
    ]
  } finally {
    if (core) await core.close()
    await server.close()
    await rm(root, { recursive: true, force: true })
  }
}
