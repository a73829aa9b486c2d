import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
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
