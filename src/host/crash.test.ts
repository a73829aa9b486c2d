// Crash safety and the one-writer lock, against the built browser host as a child process.
// Needs `out/main/serve.js`: build it first with `npx electron-vite build` (or `npm run build`).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, exited, runKillLoop, startHost } from '../../test/harness/kill-loop'

const SERVE = join(import.meta.dirname, '..', '..', 'out', 'main', 'serve.js')
const KILLS = 24

let library: string
const children: ReturnType<typeof startHost>['child'][] = []

beforeEach(async () => {
  if (!existsSync(SERVE)) {
    throw new Error(`${SERVE} is missing: build the host first with "npx electron-vite build".`)
  }
  library = await mkdtemp(join(tmpdir(), 'galley-crash-'))
})
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL')
    await exited(child)
  }
  await rm(library, { recursive: true, force: true })
})

function start() {
  const started = startHost(SERVE, library)
  children.push(started.child)
  return started
}

/** Runs a host that is expected to refuse to start: its exit code and what it printed. */
function refused(): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    [SERVE, '--port', '0', '--library', library, '--no-sample'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  children.push(child)
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })))
}

async function lockPid(): Promise<number> {
  // The lock is a folder (proper-lockfile's mkdir lock) with its holder in owner.json.
  const owner = join(library, 'galley.lock', 'owner.json')
  return (JSON.parse(await readFile(owner, 'utf8')) as { pid: number }).pid
}

describe('kill -9 during writes', () => {
  it(
    `loses no acknowledged write over ${KILLS} kills at random moments`,
    // A fixed amount of work (24 host starts, writes and kills): 20-30 s on an idle machine, and
    // nearly 90 s under two busy loops, where the old 90 s bound cut it off.
    { timeout: 300_000 },
    async () => {
      const report = await runKillLoop({
        serveEntry: SERVE,
        kills: KILLS,
        library,
        seed: Date.now(),
      })
      expect(report.failures).toEqual([])
      expect(report.kills).toBe(KILLS)
      expect(report.survived).toBe(KILLS)
      expect(report.lost).toBe(0)
      // The loop really wrote (three lanes, each cycle that started at least three writes), and
      // really left locks behind for the next start to recover.
      expect(report.acknowledged).toBeGreaterThanOrEqual((KILLS - report.startupKills) * 3)
      expect(report.staleLocks).toBeGreaterThanOrEqual(KILLS - report.startupKills)
    },
  )
})

describe('one writer per library', () => {
  it(
    'refuses a second host on the same library with a sentence naming the first',
    { timeout: 30_000 },
    async () => {
      const first = start()
      const host = await first.ready
      const second = await refused()
      expect(second.code).toBe(3)
      expect(second.output).toContain(
        `This library is already open in another Galley (process ${first.child.pid}, browser mode`,
      )
      expect(second.output).toMatch(
        /Close that one first, or open a different library with --library\./,
      )
      // The first one is unharmed and still answers.
      expect(await call<{ problems: unknown[] }>(host, 'app:info', {})).toMatchObject({
        problems: [],
      })
      first.child.kill('SIGTERM')
      await exited(first.child)
      expect(first.child.exitCode).toBe(0)
      expect(existsSync(join(library, 'galley.lock'))).toBe(false)
    },
  )

  it('recovers the lock left by a host killed with SIGKILL', { timeout: 30_000 }, async () => {
    const first = start()
    await first.ready
    first.child.kill('SIGKILL')
    await exited(first.child)
    expect(await lockPid()).toBe(first.child.pid)

    const next = start()
    const host = await next.ready
    expect(await lockPid()).toBe(next.child.pid)
    expect(await call<{ problems: unknown[] }>(host, 'app:info', {})).toMatchObject({
      problems: [],
    })
  })

  it(
    'lets exactly one of two hosts started at once take over a stale lock',
    { timeout: 30_000 },
    async () => {
      const first = start()
      await first.ready
      first.child.kill('SIGKILL')
      await exited(first.child)

      const a = start()
      const b = start()
      const outcomes = await Promise.allSettled([a.ready, b.ready])
      const winners = outcomes.filter((o) => o.status === 'fulfilled')
      expect(winners).toHaveLength(1)
      const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult
      expect(String(loser.reason)).toMatch(/code 3.*already open in another Galley/s)
      const winner = outcomes[0]?.status === 'fulfilled' ? a : b
      expect(await lockPid()).toBe(winner.child.pid)
    },
  )
})
