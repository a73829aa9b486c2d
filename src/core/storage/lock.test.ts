import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { GalleyError } from '@shared/errors'
import { acquireLock } from './lock'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-lock-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

it('refuses a second holder with a sentence naming the first, and frees on release', async () => {
  const file = join(dir, 'galley.lock')
  const first = await acquireLock(file, 'browser')
  const second = acquireLock(file, 'electron')
  await expect(second).rejects.toBeInstanceOf(GalleyError)
  await expect(acquireLock(file, 'electron')).rejects.toThrow(
    /already open in another Galley \(process \d+, browser mode/,
  )
  await first.release()
  const third = await acquireLock(file, 'electron')
  await third.release()
})

it('takes over a lock left by a process that no longer runs', async () => {
  const file = join(dir, 'galley.lock')
  // A real process that has exited: its pid is free (for now) on this machine.
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  })
  const deadPid = Number(child.stdout.trim())
  await writeFile(
    file,
    JSON.stringify({ pid: deadPid, host: hostname(), startedAt: 'earlier', mode: 'browser' }),
  )
  const lock = await acquireLock(file, 'browser')
  expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid)
  await lock.release()
})

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  })
  return Number(child.stdout.trim())
}

it('lets exactly one of several racing openers take over a stale lock', async () => {
  const file = join(dir, 'galley.lock')
  await writeFile(
    file,
    JSON.stringify({ pid: deadPid(), host: hostname(), startedAt: 'earlier', mode: 'browser' }),
  )
  const results = await Promise.allSettled(
    Array.from({ length: 6 }, () => acquireLock(file, 'browser')),
  )
  const won = results.filter((r) => r.status === 'fulfilled')
  expect(won).toHaveLength(1)
  for (const r of results) {
    if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'library-locked' })
  }
  expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid)
  await (won[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release()
})

it('never leaves the lock file empty, and sweeps temp files of dead attempts', async () => {
  const file = join(dir, 'galley.lock')
  const leftover = join(dir, `galley.lock.${deadPid()}.0123456789ab.tmp`)
  await writeFile(leftover, '')
  const lock = await acquireLock(file, 'browser')
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ pid: process.pid })
  expect(await readdir(dir)).toEqual(['galley.lock'])
  await lock.release()
  expect(await readdir(dir)).toEqual([])
})

it('waits out an unreadable lock only while it is fresh', async () => {
  const file = join(dir, 'galley.lock')
  await writeFile(file, '')
  await expect(acquireLock(file, 'browser')).rejects.toThrow(/another Galley that is starting/)
  const old = new Date(Date.now() - 60_000)
  await utimes(file, old, old)
  const lock = await acquireLock(file, 'browser')
  await lock.release()
})
