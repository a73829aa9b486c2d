import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import { lstat, mkdir, readFile, readdir, rm, stat, unlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import lockfile from 'proper-lockfile'
import { GalleyError } from '@shared/errors'

/**
 * The library's one-writer lock: a folder made with `mkdir` (atomic on local disks, SMB and NFS
 * shares and exFAT drives alike, where hard links are not), taken and kept fresh by
 * proper-lockfile, which updates its modification time every few seconds. A lock whose time
 * has not been refreshed for STALE_MS was left by a Galley that is gone, on any machine, and is
 * taken over; one left by a process of this machine that no longer runs is taken over at once.
 * Who holds it is written inside, in `owner.json`.
 */

interface LockInfo {
  readonly pid: number
  readonly host: string
  readonly startedAt: string
  readonly mode: string
}

/** A lock not refreshed for this long is stale: its holder stopped (crash, sleep, lost share). */
const STALE_MS = 30_000
/** How often the holder refreshes the lock's time. */
const UPDATE_MS = 2_500
/** How long a takeover guard may stand before it counts as left behind. */
const GUARD_GRACE_MS = 5_000
const OWNER = 'owner.json'

/**
 * proper-lockfile's file system: removing a lock removes its owner record with it, and making a
 * lock writes the owner record inside it before proper-lockfile sets the folder's time (a file
 * created in the folder later would change that time and look like another Galley's refresh).
 */
function lockFs(owner: string | null = null) {
  return {
    mkdir: (path: string, cb: (err: NodeJS.ErrnoException | null) => void) =>
      fs.mkdir(path, (err) => {
        if (err || owner === null) return cb(err)
        const tmp = join(path, `.${OWNER}.${process.pid}.tmp`)
        fs.writeFile(tmp, owner, { mode: 0o600 }, (werr) => {
          if (werr) return fs.rm(path, { recursive: true, force: true }, () => cb(werr))
          fs.rename(tmp, join(path, OWNER), (rerr) => {
            if (rerr) return fs.rm(path, { recursive: true, force: true }, () => cb(rerr))
            cb(null)
          })
        })
      }),
    stat: fs.stat,
    utimes: fs.utimes,
    realpath: fs.realpath,
    rmdir: (path: string, cb: (err: NodeJS.ErrnoException | null) => void) => {
      // proper-lockfile removes a lock whose time was not refreshed for STALE_MS; a holder of
      // this machine whose process still runs (its event loop busy for that long) keeps it.
      const holder = ((): LockInfo | null => {
        try {
          return parseInfo(fs.readFileSync(join(path, OWNER), 'utf8'))
        } catch {
          return null
        }
      })()
      if (owner !== null && holder !== null && aliveHere(holder)) {
        return cb(Object.assign(new Error('held by a running Galley'), { code: 'ELOCKED' }))
      }
      fs.rm(path, { recursive: true, force: false }, cb)
    },
    rmdirSync: (path: string) => fs.rmSync(path, { recursive: true, force: true }),
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseInfo(text: string): LockInfo | null {
  try {
    const info = JSON.parse(text) as Partial<LockInfo>
    if (typeof info.pid === 'number' && typeof info.host === 'string') return info as LockInfo
    return null
  } catch {
    return null
  }
}

async function readInfo(file: string): Promise<LockInfo | null> {
  try {
    const s = await lstat(file)
    if (!s.isFile() || s.size > 4096) return null
    return parseInfo(await readFile(file, 'utf8'))
  } catch {
    return null
  }
}

/** Who holds the lock at `file`: the owner record of a lock folder, or an older Galley's lock file. */
async function readOwner(file: string): Promise<LockInfo | null> {
  const s = await lstat(file).catch(() => null)
  if (s === null) return null
  return s.isDirectory() ? readInfo(join(file, OWNER)) : readInfo(file)
}

function sameLock(a: LockInfo | null, b: LockInfo | null): boolean {
  return a !== null && b !== null && a.pid === b.pid && a.startedAt === b.startedAt
}

/** True when the holder is a process of this machine that still runs (not this one). */
function aliveHere(info: LockInfo): boolean {
  return info.host === hostname() && info.pid !== process.pid && isAlive(info.pid)
}

/** True when the holder is certainly gone: same machine, and its process no longer runs. */
function deadHere(info: LockInfo | null): boolean {
  return info !== null && info.host === hostname() && info.pid !== process.pid && !isAlive(info.pid)
}

const hostTag = (): string => hostname().replace(/[^A-Za-z0-9_-]/g, '_')

async function intents(file: string): Promise<string[]> {
  const names = await readdir(dirname(file)).catch(() => [] as string[])
  return names.filter((n) => INTENT.test(n))
}

/** Removes the intents of openers of this machine that died before removing their own. */
async function sweepIntents(file: string): Promise<void> {
  for (const name of await intents(file)) {
    const m = INTENT.exec(name)
    if (m && m[2] === hostTag() && Number(m[1]) !== process.pid && !isAlive(Number(m[1]))) {
      await unlink(join(dirname(file), name)).catch(() => undefined)
    }
  }
}

/** Openers announce themselves beside the lock before trying it (see `creatorsGone`). */
const INTENT = /^galley\.lock\.intent\.(\d+)\.([^.]+)\.[0-9a-f]{12}$/

/**
 * Whether every process that may have made an owner-less lock folder is gone: each opener writes
 * an intent file (pid and host) beside the lock before trying it and removes it after, so a
 * folder without an owner, with only intents of dead processes of this machine beside it, was
 * made by a process killed between `mkdir` and writing its owner record.
 */
async function creatorsGone(file: string, mine: string): Promise<boolean> {
  let any = false
  for (const name of await intents(file)) {
    const m = INTENT.exec(name)
    if (!m || name === mine) continue
    any = true
    if (m[2] !== hostTag()) return false
    if (isAlive(Number(m[1]))) return false
  }
  // No intent at all: the folder comes from before intents, or its maker removed its intent
  // after writing the owner; either way only its age can tell (proper-lockfile's staleness).
  return any
}

/**
 * Removes a lock whose holder is gone, only while holding a short-lived takeover guard (a folder,
 * like the lock) and only if it is still the same lock: two openers that both saw it stale cannot
 * remove each other's fresh lock. Returns false if someone else is taking over right now.
 */
async function removeGone(file: string, seen: LockInfo | null): Promise<boolean> {
  const guard = `${file}.takeover`
  try {
    await mkdir(guard)
  } catch {
    const s = await stat(guard).catch(() => null)
    if (s && Date.now() - s.mtimeMs > GUARD_GRACE_MS)
      await rm(guard, { recursive: true, force: true })
    return false
  }
  try {
    const now = await readOwner(file)
    const unchanged = seen === null ? now === null : sameLock(seen, now)
    if (unchanged && (seen === null || deadHere(now)))
      await rm(file, { recursive: true, force: true })
    return true
  } finally {
    await rm(guard, { recursive: true, force: true })
  }
}

export interface LibraryLock {
  /** Lets go of the lock (only if it is still this process's). */
  release(): Promise<void>
  /** Null while the lock is held; once it was lost (taken away, deleted), the sentence to show. */
  lost(): string | null
  /** Throws GalleyError('library-locked') with that sentence unless the lock is still ours on disk. */
  assertHeld(): Promise<void>
}

function lockedMessage(info: LockInfo | null): string {
  const who = info
    ? `another Galley (process ${info.pid}${info.host === hostname() ? '' : ` on ${info.host}`}, ${info.mode} mode, since ${info.startedAt})`
    : 'another Galley that is starting'
  return `This library is already open in ${who}. Close that one first, or open a different library with --library.`
}

const LOST =
  "This Galley no longer holds this library's lock (it was deleted, or another Galley took the library over), so it saves nothing more, to avoid overwriting the other one's work. Close this window and open the library again."

/**
 * Takes the one-writer lock of a library folder, or refuses with a sentence saying who holds it.
 * A lock left by a process of this machine that no longer runs (a crash, kill -9) is taken over
 * at once; one from another machine once it has not been refreshed for STALE_MS.
 */
export async function acquireLock(file: string, mode: string): Promise<LibraryLock> {
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    mode,
  }
  const token = randomBytes(6).toString('hex')
  const intent = `${basename(file)}.intent.${process.pid}.${hostTag()}.${token}`
  const intentPath = join(dirname(file), intent)
  await writeFile(intentPath, JSON.stringify(mine), { mode: 0o600 })
  try {
    for (let attempt = 0; attempt < 6; attempt++) {
      // An older Galley's lock is a file: taken over only when its holder is gone.
      const legacy = await lstat(file).catch(() => null)
      if (legacy && !legacy.isDirectory()) {
        const info = await readOwner(file)
        const abandoned =
          info === null ? Date.now() - legacy.mtimeMs > GUARD_GRACE_MS : deadHere(info)
        if (!abandoned) throw new GalleyError('library-locked', lockedMessage(info))
        if (!(await removeGone(file, info))) await pause()
        continue
      }
      let lostReason: string | null = null
      let release: () => Promise<void>
      const key = join(dirname(file), `.${basename(file)}.${token}`)
      /**
       * Stops refreshing a lock that is someone else's now, and takes it off proper-lockfile's
       * list, whose exit handler would otherwise remove the other Galley's lock.
       */
      const forget = (): Promise<void> =>
        lockfile
          .unlock(key, { lockfilePath: `${key}.gone`, realpath: false, fs: lockFs() })
          .catch(() => undefined)
      try {
        // Each lock is its own entry in proper-lockfile (keyed by this path, never created), so
        // two libraries, or a test opening one twice, never share a refresh timer.
        release = await lockfile.lock(key, {
          lockfilePath: file,
          realpath: false,
          stale: STALE_MS,
          update: UPDATE_MS,
          retries: 0,
          fs: lockFs(JSON.stringify({ ...mine, token })),
          onCompromised: () => {
            lostReason = LOST
          },
        })
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e
        const info = await readOwner(file)
        const gone = info === null ? await creatorsGone(file, intent) : deadHere(info)
        if (!gone) throw new GalleyError('library-locked', lockedMessage(info))
        if (!(await removeGone(file, info))) await pause()
        continue
      }
      await sweepIntents(file)
      const ours = async (): Promise<boolean> => {
        const now = await readInfo(join(file, OWNER))
        return (now as { token?: string } | null)?.token === token
      }
      let released = false
      return {
        lost: () => lostReason,
        async assertHeld() {
          if (lostReason === null && !released && !(await ours())) {
            lostReason = LOST
            await forget()
          }
          if (lostReason !== null) throw new GalleyError('library-locked', lostReason)
        },
        async release() {
          if (released) return
          released = true
          // A lock that is no longer ours is someone else's now: left alone.
          if (lostReason === null && (await ours())) await release().catch(() => undefined)
          else await forget()
        },
      }
    }
    throw new GalleyError(
      'library-locked',
      'Could not take the library lock; try again in a moment.',
    )
  } finally {
    await unlink(intentPath).catch(() => undefined)
  }
}

function pause(): Promise<void> {
  return new Promise((r) => setTimeout(r, 50 + Math.random() * 100))
}
