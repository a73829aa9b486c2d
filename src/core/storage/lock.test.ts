import { spawn, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { GalleyError } from '@shared/errors'
import { createDraft, renameDraft } from '../drafts/service'
import { closeLibrary, openLibrary } from '../library'
import { acquireLock } from './lock'

const editor = { name: 'Mara Quist', role: 'editor' as const }

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

it("takes over a lock left by a process that no longer runs (an older Galley's lock file, or a lock folder)", async () => {
  const file = join(dir, 'galley.lock')
  const dead = { pid: deadPid(), host: hostname(), startedAt: 'earlier', mode: 'browser' }
  // An older Galley's lock was a file.
  await writeFile(file, JSON.stringify(dead))
  const first = await acquireLock(file, 'browser')
  expect(JSON.parse(await readFile(join(file, 'owner.json'), 'utf8')).pid).toBe(process.pid)
  await first.release()
  // Today's is a folder with its owner inside, here left by a kill -9 (never refreshed again).
  await mkdir(file)
  await writeFile(join(file, 'owner.json'), JSON.stringify(dead))
  const second = await acquireLock(file, 'browser')
  expect(JSON.parse(await readFile(join(file, 'owner.json'), 'utf8')).pid).toBe(process.pid)
  await second.release()
})

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  })
  return Number(child.stdout.trim())
}

it('lets exactly one of several racing openers take over a stale lock', async () => {
  const file = join(dir, 'galley.lock')
  await mkdir(file)
  await writeFile(
    join(file, 'owner.json'),
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
  expect(JSON.parse(await readFile(join(file, 'owner.json'), 'utf8')).pid).toBe(process.pid)
  await (won[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release()
})

it('takes over at once a lock folder whose maker was killed before writing its owner', async () => {
  const file = join(dir, 'galley.lock')
  await mkdir(file)
  // The dead opener's announcement is still beside it.
  const host = hostname().replace(/[^A-Za-z0-9_-]/g, '_')
  await writeFile(join(dir, `galley.lock.intent.${deadPid()}.${host}.0123456789ab`), '{}')
  const lock = await acquireLock(file, 'browser')
  expect(JSON.parse(await readFile(join(file, 'owner.json'), 'utf8'))).toMatchObject({
    pid: process.pid,
  })
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

describe('locks that work where libraries live (proper-lockfile, mkdir strategy)', () => {
  it('the running host refuses writes with a sentence once its lock is lost, and the second keeps its saves', async () => {
    const a = await openLibrary(dir, { mode: 'browser' })
    try {
      const d = await createDraft(a, { title: 'Shared', body: 'Text.' }, editor, {
        kind: 'created',
      })
      // Someone deletes the lock while A runs; B starts on the same folder.
      await rm(join(dir, 'galley.lock'), { recursive: true, force: true })
      const b = await openLibrary(dir, { mode: 'browser' })
      try {
        await renameDraft(b, d.id, 'Saved by B')
        await expect(renameDraft(a, d.id, 'Saved by A')).rejects.toMatchObject({
          code: 'library-locked',
          message: expect.stringMatching(/no longer holds this library's lock/),
        })
        const onDisk = JSON.parse(await readFile(join(dir, 'drafts', `${d.id}.json`), 'utf8'))
        expect(onDisk.draft.title).toBe('Saved by B')
      } finally {
        await closeLibrary(b)
      }
    } finally {
      await closeLibrary(a)
    }
  })

  it('notices a lock taken away between writes (onCompromised) and says so', async () => {
    const file = join(dir, 'galley.lock')
    const lock = await acquireLock(file, 'browser')
    expect(lock.lost()).toBeNull()
    // Another machine's Galley took the lock over: the folder's time is no longer ours.
    const later = new Date(Date.now() + 60_000)
    await utimes(file, later, later)
    await vi.waitFor(() => expect(lock.lost()).toMatch(/no longer holds/), {
      timeout: 20_000,
      interval: 100,
    })
    await lock.release()
  })

  it('keeps holding its lock across refreshes (its own refresh is never taken for a loss)', async () => {
    const file = join(dir, 'galley.lock')
    const lock = await acquireLock(file, 'browser')
    const first = (await stat(file)).mtimeMs
    // Wait for two refreshes of the folder's time by proper-lockfile.
    await vi.waitFor(async () => expect((await stat(file)).mtimeMs).not.toBe(first), {
      timeout: 20_000,
      interval: 200,
    })
    const second = (await stat(file)).mtimeMs
    await vi.waitFor(async () => expect((await stat(file)).mtimeMs).not.toBe(second), {
      timeout: 20_000,
      interval: 200,
    })
    expect(lock.lost()).toBeNull()
    await expect(lock.assertHeld()).resolves.toBeUndefined()
    await lock.release()
  })

  it('never takes over a lock of a running process of this machine, however old its time', async () => {
    const file = join(dir, 'galley.lock')
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    })
    try {
      await mkdir(file)
      const owner = { pid: child.pid, host: hostname(), startedAt: 'earlier', mode: 'browser' }
      await writeFile(join(file, 'owner.json'), JSON.stringify(owner))
      // Its event loop was busy for minutes: the folder's time is old.
      const old = new Date(Date.now() - 600_000)
      await utimes(file, old, old)
      await expect(acquireLock(file, 'electron')).rejects.toThrow(
        new RegExp(`process ${child.pid}, browser mode`),
      )
    } finally {
      child.kill('SIGKILL')
    }
  })

  it("takes over another machine's lock only once it is stale (not refreshed)", async () => {
    const file = join(dir, 'galley.lock')
    await mkdir(file)
    const owner = { pid: 1, host: 'other-laptop', startedAt: 'earlier', mode: 'electron' }
    await writeFile(join(file, 'owner.json'), JSON.stringify(owner))
    await expect(acquireLock(file, 'browser')).rejects.toThrow(/process 1 on other-laptop/)
    const old = new Date(Date.now() - 60_000)
    await utimes(file, old, old)
    const lock = await acquireLock(file, 'browser')
    expect(JSON.parse(await readFile(join(file, 'owner.json'), 'utf8'))).toMatchObject({
      pid: process.pid,
    })
    await lock.release()
    expect(await readdir(dir)).toEqual([])
  })
})
