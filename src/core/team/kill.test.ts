// kill -9 in the middle of a sync: a child Galley edits and syncs a shared library and is killed
// at a random moment; the next Galley on the folder opens with no problem, syncs to completion,
// every acknowledged edit is there, and every draft's audit trail verifies.
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startGitServer, type GitServer } from '../../../test/harness/git-server'
import { openCore, type GalleyCore } from '..'

const TOKEN = 'kill-token'
const ROUNDS = Number(process.env['GALLEY_TEAM_KILLS'] ?? 6)
const ROOT = join(import.meta.dirname, '..', '..', '..')

let server: GitServer
let root: string
beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
  root = await mkdtemp(join(tmpdir(), 'galley-team-kill-'))
})
afterAll(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

async function open(dir: string): Promise<GalleyCore> {
  return openCore({ libraryPath: dir, mode: 'browser', version: 't', emit: () => undefined })
}

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>) {
  const r = await p
  if (!r.ok) throw new Error(r.error?.message)
  return r.value as T
}

/** Runs the child until it has acknowledged an edit, then kills it -9 a random moment later. */
function runAndKill(dir: string): Promise<{ acks: Map<string, string>; synced: number }> {
  return new Promise((resolve, reject) => {
    // node itself runs the child (tsx as a loader, not its CLI, which would start a second
    // process that a kill of the first leaves running).
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test', 'harness', 'team-sync-child.ts'), dir],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json') },
      },
    )
    const acks = new Map<string, string>()
    let synced = 0
    let out = ''
    let err = ''
    let armed = false
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString()
      const lines = out.split('\n')
      out = lines.pop() ?? ''
      for (const line of lines) {
        const m = /^ack (\S+) (.+)$/.exec(line)
        if (m?.[1] && m[2]) acks.set(m[1], m[2])
        if (line === 'synced') synced++
        if (m && !armed) {
          armed = true
          // Somewhere in the sync that follows the acknowledged edit (or a later one).
          setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 1_200))
        }
      }
    })
    child.once('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ acks, synced })
      else reject(new Error(`the child ended by itself: ${err}`))
    })
  })
}

it(`survives kill -9 during sync (${ROUNDS} kills): nothing lost, the next sync completes`, async () => {
  const url = await server.createRepo('kill')
  const a = join(root, 'a')
  const b = join(root, 'b')
  let core = await open(a)
  await ok(core.dispatch('profile:set', { name: 'Lena Legal', role: 'legal' }))
  await ok(core.dispatch('team:share', { url, token: TOKEN }))
  await ok(core.dispatch('team:openShared', { url, token: TOKEN, folder: b }))
  await core.close()
  const other = await open(b)
  await ok(other.dispatch('profile:set', { name: 'Eda Editor', role: 'editor' }))
  const drafts = await ok<{ id: string }[]>(other.dispatch('drafts:list', { view: 'active' }))
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // The other machine changes something, so the killed sync has a merge to do.
      const d = drafts[round % drafts.length]?.id ?? ''
      await ok(other.dispatch('drafts:updateMeta', { id: d, byline: `By Eda ${round}` }))
      await ok(other.dispatch('team:sync', {}))

      const { acks } = await runAndKill(a)
      core = await open(a)
      try {
        const info = await ok<{ problems: unknown[] }>(core.dispatch('app:info', {}))
        expect(info.problems).toEqual([])
        const result = await ok<{ status: { state: string } }>(core.dispatch('team:sync', {}))
        expect(result.status.state).toBe('synced')
        for (const [id, title] of acks) {
          const detail = await ok<{ draft: { title: string } }>(core.dispatch('drafts:get', { id }))
          // The last acknowledged title, or a later one the child saved before the kill.
          const [, pid, n] = /^Child (\d+) (\d+)$/.exec(title) ?? []
          const [, pidNow, nNow] = /^Child (\d+) (\d+)$/.exec(detail.draft.title) ?? []
          expect(pidNow).toBe(pid)
          expect(Number(nNow)).toBeGreaterThanOrEqual(Number(n))
        }
        const list = await ok<{ id: string }[]>(core.dispatch('drafts:list', { view: 'active' }))
        for (const { id } of list) {
          const audit = await ok<{ verdict: { intact: boolean } }>(
            core.dispatch('audit:get', { draftId: id }),
          )
          expect(audit.verdict.intact).toBe(true)
        }
        const mine = await ok<{ draft: { byline: string } }>(core.dispatch('drafts:get', { id: d }))
        expect(mine.draft.byline).toBe(`By Eda ${round}`)
        // Git's index is in step with the commit again, for the git program (git-index.ts).
        const git = (...args: string[]) =>
          promisify(execFile)('git', ['-C', a, ...args], { maxBuffer: 1 << 26 })
        expect((await git('diff-index', '--cached', '--name-status', 'HEAD')).stdout).toBe('')
        expect((await git('status', '--porcelain')).stdout).toBe('')
      } finally {
        await core.close()
      }
    }
  } finally {
    await other.close()
  }
}, 600_000)
