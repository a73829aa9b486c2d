import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { link, open, readFile, readdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { GalleyError } from '@shared/errors'

interface LockInfo {
  readonly pid: number
  readonly host: string
  readonly startedAt: string
  readonly mode: string
}

/** How long an unreadable lock (or takeover guard) may be mid-creation before it counts as left behind. */
const UNREADABLE_GRACE_MS = 5_000

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await readFile(file, 'utf8')) as Partial<LockInfo>
    if (typeof info.pid === 'number' && typeof info.host === 'string') return info as LockInfo
    return null
  } catch {
    return null
  }
}

function sameLock(a: LockInfo | null, b: LockInfo | null): boolean {
  return a !== null && b !== null && a.pid === b.pid && a.startedAt === b.startedAt
}

/** True when the lock's owner is certainly gone (same machine and its process no longer runs). */
async function isStale(file: string, info: LockInfo | null): Promise<boolean> {
  if (info === null) {
    // Unreadable: written by an older Galley that died between creating and writing it.
    try {
      return Date.now() - (await stat(file)).mtimeMs > UNREADABLE_GRACE_MS
    } catch {
      return true
    }
  }
  return info.host === hostname() && info.pid !== process.pid && !isAlive(info.pid)
}

/**
 * Creates `file` with `text` only if it does not exist, never leaving it empty or half written:
 * the text goes to a temp file first, which is then hard-linked to the name (link fails if the
 * name exists, like O_EXCL). Returns false when the file already exists.
 */
async function createComplete(file: string, text: string): Promise<boolean> {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  const fh = await open(tmp, 'wx', 0o600)
  try {
    await fh.writeFile(text)
    await fh.sync()
  } finally {
    await fh.close()
  }
  try {
    await link(tmp, file)
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw e
  } finally {
    await unlink(tmp).catch(() => undefined)
  }
}

/**
 * Removes a stale lock, but only while holding a short-lived takeover guard and only if the lock
 * is still the same stale one: two processes that both saw it stale cannot remove each other's
 * fresh lock. Returns false if someone else is taking over right now.
 */
async function removeStale(file: string, seen: LockInfo | null): Promise<boolean> {
  const guard = `${file}.takeover`
  const me: LockInfo = { pid: process.pid, host: hostname(), startedAt: '', mode: 'takeover' }
  if (!(await createComplete(guard, JSON.stringify(me)))) {
    const holder = await readLock(guard)
    if (!(await isStale(guard, holder))) return false
    await unlink(guard).catch(() => undefined)
    return false
  }
  try {
    const now = await readLock(file)
    const unchanged = seen === null ? now === null : sameLock(seen, now)
    if (unchanged && (await isStale(file, now))) await unlink(file).catch(() => undefined)
    return true
  } finally {
    await unlink(guard).catch(() => undefined)
  }
}

/** Removes temp files of lock attempts whose process died between writing and linking them. */
async function sweepTemps(file: string): Promise<void> {
  const pattern = new RegExp(
    `^${basename(file).replace(/\./g, '\\.')}(?:\\.takeover)?\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`,
  )
  const names = await readdir(dirname(file)).catch(() => [] as string[])
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN)
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      await unlink(join(dirname(file), name)).catch(() => undefined)
    }
  }
}

export interface LibraryLock {
  release(): Promise<void>
}

function lockedMessage(info: LockInfo | null): string {
  const who = info
    ? `another Galley (process ${info.pid}${info.host === hostname() ? '' : ` on ${info.host}`}, ${info.mode} mode, since ${info.startedAt})`
    : 'another Galley that is starting'
  return `This library is already open in ${who}. Close that one first, or open a different library with --library.`
}

/**
 * Takes the one-writer lock of a library folder, or refuses with a sentence saying who holds it.
 * A lock left by a process that no longer runs (a crash, kill -9) is taken over.
 */
export async function acquireLock(file: string, mode: string): Promise<LibraryLock> {
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    mode,
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createComplete(file, JSON.stringify(mine))) {
      await sweepTemps(file)
      return {
        async release() {
          if (sameLock(await readLock(file), mine)) await unlink(file).catch(() => undefined)
        },
      }
    }
    const info = await readLock(file)
    if (!(await isStale(file, info))) throw new GalleyError('library-locked', lockedMessage(info))
    if (!(await removeStale(file, info))) {
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100))
    }
  }
  throw new GalleyError('library-locked', 'Could not take the library lock; try again in a moment.')
}
