import { hostname } from 'node:os'
import { open, readFile, stat, unlink } from 'node:fs/promises'
import { GalleyError } from '@shared/errors'

interface LockInfo {
  readonly pid: number
  readonly host: string
  readonly startedAt: string
  readonly mode: string
}

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

/** True when the lock's owner is certainly gone (same machine and its process no longer runs). */
async function isStale(file: string, info: LockInfo | null): Promise<boolean> {
  if (info === null) {
    // Unreadable: a process died between creating and writing it. Give a live writer a moment.
    const age = Date.now() - (await stat(file)).mtimeMs
    return age > 5_000
  }
  return info.host === hostname() && info.pid !== process.pid && !isAlive(info.pid)
}

export interface LibraryLock {
  release(): Promise<void>
}

/**
 * Takes the one-writer lock of a library folder, or refuses with a sentence saying who holds it.
 * A lock left by a process that no longer runs is taken over.
 */
export async function acquireLock(file: string, mode: string): Promise<LibraryLock> {
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    mode,
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await open(file, 'wx', 0o600)
      await fh.writeFile(JSON.stringify(mine))
      await fh.sync()
      await fh.close()
      return {
        async release() {
          const now = await readLock(file)
          if (now && now.pid === mine.pid && now.startedAt === mine.startedAt) {
            await unlink(file).catch(() => undefined)
          }
        },
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const info = await readLock(file)
      if (await isStale(file, info)) {
        await unlink(file).catch(() => undefined)
        continue
      }
      const who = info
        ? `another Galley (process ${info.pid}${info.host === hostname() ? '' : ` on ${info.host}`}, ${info.mode} mode, since ${info.startedAt})`
        : 'another Galley that is starting'
      throw new GalleyError(
        'library-locked',
        `This library is already open in ${who}. Close that one first, or open a different library with --library.`,
      )
    }
  }
  throw new GalleyError('library-locked', 'Could not take the library lock; try again in a moment.')
}
