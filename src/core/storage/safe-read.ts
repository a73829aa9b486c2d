import { constants as fsConstants, type Stats } from 'node:fs'
import { lstat, open, stat, type FileHandle } from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import { basename } from 'node:path'

/**
 * The largest library file Galley reads (a draft with all its revisions, settings, people, a
 * quarantine record). A draft holds at most 5,000,000 characters per revision; this leaves room
 * for many revisions while keeping a runaway file from filling memory before it is refused.
 */
export const MAX_LIBRARY_FILE_BYTES = 512 * 1024 * 1024

/** A library entry that cannot be read, with a sentence saying what it is and what to do. */
export class UnreadableEntryError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${basename(file)} could not be read: ${reason}`)
  }
}

/** What a file system entry that is not a regular file is, in words. */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder'
  if (info.isFIFO()) return 'a named pipe (FIFO)'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isSocket()) return 'a socket'
  if (info.isSymbolicLink()) return 'a symbolic link'
  return 'not a regular file'
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Why a symbolic link is not followed: where it leads, in words. */
async function describeLink(file: string): Promise<string> {
  try {
    const target = await stat(file)
    return target.isFile()
      ? 'it is a symbolic link; Galley reads only regular files inside the library and never follows links out of it'
      : `it is a symbolic link to ${kindOf(target)}, not a regular file`
  } catch {
    return 'it is a symbolic link to something that does not exist (a dangling link)'
  }
}

/**
 * Reads one library file, never anything else: a symbolic link is not followed (O_NOFOLLOW), a
 * FIFO cannot hold the open (O_NONBLOCK), what was opened must be a regular file, and its size is
 * checked before a byte is read and never more than `max` bytes are read however much it grows.
 * Returns null when nothing is there; throws UnreadableEntryError with a reason otherwise.
 */
export async function readLibraryFile(
  file: string,
  max = MAX_LIBRARY_FILE_BYTES,
): Promise<Buffer | null> {
  return (await readLibraryEntry(file, max))?.bytes ?? null
}

/** Opens one library file as `readLibraryEntry` does; null when nothing is there. */
async function openLibraryFile(file: string): Promise<FileHandle | null> {
  try {
    return await open(
      file,
      fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0),
    )
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      // A dangling link is ENOENT only where O_NOFOLLOW is missing; look before calling it absent.
      const link = await lstat(file).catch(() => null)
      if (link === null) return null
      throw new UnreadableEntryError(file, await describeLink(file))
    }
    if (code === 'ELOOP' || code === 'EMLINK') {
      throw new UnreadableEntryError(file, await describeLink(file))
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new UnreadableEntryError(
        file,
        'permission denied (Galley may not read it); give your user read access to the file',
      )
    }
    if (code === 'EISDIR') throw new UnreadableEntryError(file, 'it is a folder, not a file')
    throw new UnreadableEntryError(file, `the system refused to open it (${code ?? String(e)})`)
  }
}

/** What was opened must be a regular file of at most `max` bytes; its status, and the refusal. */
async function checkOpened(file: string, handle: FileHandle, max: number) {
  const info = await handle.stat()
  if (!info.isFile()) {
    throw new UnreadableEntryError(file, `it is ${kindOf(info)}, not a regular file`)
  }
  const tooLarge = (size: number) =>
    new UnreadableEntryError(
      file,
      `it is ${megabytes(size)}, more than the ${megabytes(max)} a library file may hold`,
    )
  if (info.size > max) throw tooLarge(info.size)
  return { info, tooLarge }
}

/** `readLibraryFile`, with the file's status as it was opened. */
export async function readLibraryEntry(
  file: string,
  max = MAX_LIBRARY_FILE_BYTES,
): Promise<{ bytes: Buffer; info: Stats } | null> {
  const handle = await openLibraryFile(file)
  if (handle === null) return null
  try {
    const { info, tooLarge } = await checkOpened(file, handle, max)
    let buffer = Buffer.allocUnsafe(Math.min(info.size, max) + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (length > max) throw tooLarge(Math.max(length, (await handle.stat()).size))
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, max + 1))
        buffer.copy(bigger, 0, 0, length)
        buffer = bigger
      }
      let bytesRead: number
      try {
        ;({ bytesRead } = await handle.read(buffer, length, buffer.length - length, null))
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        throw new UnreadableEntryError(file, `reading it failed (${code ?? String(e)})`)
      }
      if (bytesRead === 0) break
      length += bytesRead
    }
    return { bytes: buffer.subarray(0, length), info: await handle.stat() }
  } finally {
    await handle.close()
  }
}

/** Bytes `readLibraryText` reads at a time. */
const TEXT_PIECE_BYTES = 256 * 1024

/**
 * A library file's text (UTF-8; a bad sequence becomes U+FFFD, as with `Buffer#toString`), read
 * with `readLibraryFile`'s checks, for a file that may be tens of megabytes (the search index):
 * read a piece at a time into one buffer and decoded piece by piece, so its bytes are never one
 * block of the C library's and its text is a string in V8's heap. Read whole, a 5,000-draft
 * library's index was two 27 MB blocks at once (bytes and text), the host's peak 2 s after start;
 * and freed, such a block moves glibc's thresholds where they are not fixed (issue 13,
 * scripts/host-node-flags.js, docs/benchmarks.md).
 */
export async function readLibraryText(
  file: string,
  max = MAX_LIBRARY_FILE_BYTES,
): Promise<{ text: string; bytes: number } | null> {
  const handle = await openLibraryFile(file)
  if (handle === null) return null
  try {
    const { tooLarge } = await checkOpened(file, handle, max)
    const buffer = Buffer.allocUnsafe(TEXT_PIECE_BYTES)
    const decoder = new StringDecoder('utf8')
    const parts: string[] = []
    let bytes = 0
    for (;;) {
      let bytesRead: number
      try {
        ;({ bytesRead } = await handle.read(buffer, 0, buffer.length, null))
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        throw new UnreadableEntryError(file, `reading it failed (${code ?? String(e)})`)
      }
      if (bytesRead === 0) break
      bytes += bytesRead
      if (bytes > max) throw tooLarge(Math.max(bytes, (await handle.stat()).size))
      parts.push(decoder.write(buffer.subarray(0, bytesRead)))
    }
    parts.push(decoder.end())
    return { text: parts.join(''), bytes }
  } finally {
    await handle.close()
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes a library file's bytes as UTF-8, refusing invalid sequences instead of replacing them
 * (a replaced character would become permanent on the next save). Returns the reason or the text.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { invalidAt: number } {
  try {
    return { text: utf8.decode(bytes) }
  } catch {
    // Find the first bad byte, for the sentence; rare, so a slow scan is fine.
    let lo = 0
    let hi = bytes.length
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true })
        lo = mid
      } catch {
        hi = mid
      }
    }
    return { invalidAt: lo }
  }
}

/** True when `file` is a regular file (not followed through a link). */
export async function isRegularFile(file: string): Promise<boolean> {
  return lstat(file).then(
    (s) => s.isFile(),
    () => false,
  )
}
