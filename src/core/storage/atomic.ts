import { randomBytes } from 'node:crypto'
import { copyFile, open, rename, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** fsync a folder so a rename inside it survives a power cut (a no-op where folders can't be opened). */
export async function syncDir(dir: string): Promise<void> {
  let fh
  try {
    fh = await open(dir, 'r')
    await fh.sync()
  } catch {
    // Windows cannot open folders; rename is durable enough there.
  } finally {
    await fh?.close()
  }
}

/** Name of the temp file a write goes through; recognisable so stale ones can be cleaned up. */
export function isTempName(name: string): boolean {
  return /^\..*\.[0-9]+\.[0-9a-f]{12}\.tmp(\.bak)?$/.test(name)
}

// Buffers per writev call: within every platform's IOV_MAX.
const WRITEV_BATCH = 512

/** Writes the chunks one after another from the file's current position, short writes included. */
async function writeChunks(fh: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  for (let i = 0; i < chunks.length; i += WRITEV_BATCH) {
    const batch = chunks.slice(i, i + WRITEV_BATCH)
    let skip = (await fh.writev(batch)).bytesWritten
    for (const chunk of batch) {
      if (skip >= chunk.byteLength) {
        skip -= chunk.byteLength
        continue
      }
      let rest = chunk.subarray(skip)
      skip = 0
      while (rest.byteLength > 0) rest = rest.subarray((await fh.write(rest)).bytesWritten)
    }
  }
}

/**
 * Writes `data` to `file` atomically: temp file beside it, fsync, rename, fsync the folder.
 * With `backupTo`, the file being replaced is first copied there (itself atomically).
 */
export async function writeFileAtomic(
  file: string,
  /** The contents, or chunks of it to write in order (no copy into one buffer). */
  data: string | Uint8Array | readonly Uint8Array[],
  /** `mode`: the new file's permissions before the umask (default 0o600, private library data). */
  options: { backupTo?: string; mode?: number } = {},
): Promise<void> {
  const dir = dirname(file)
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const fh = await open(tmp, 'wx', options.mode ?? 0o600)
  try {
    if (Array.isArray(data)) await writeChunks(fh, data)
    else await fh.writeFile(data as string | Uint8Array)
    await fh.sync()
  } catch (e) {
    await fh.close()
    await unlink(tmp).catch(() => undefined)
    throw e
  }
  await fh.close()
  if (options.backupTo) {
    const bakTmp = `${tmp}.bak`
    try {
      await copyFile(file, bakTmp)
      await rename(bakTmp, options.backupTo)
    } catch (e) {
      await unlink(bakTmp).catch(() => undefined)
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
  }
  await rename(tmp, file)
  await syncDir(dir)
}
