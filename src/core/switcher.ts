import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import { GalleyError } from '@shared/errors'
import type { Dispatch } from './dispatch'
import type { GalleyCore } from './index'
import { writeFileAtomic } from './storage/atomic'

/** What a folder must hold to be taken for a Galley library (any one of these). */
const LIBRARY_MARKS = ['drafts', 'settings.json', 'people.json', 'galley-library.json']

/**
 * Whether Galley may open `folder` as a library: a library, an empty folder or one that does not
 * exist yet (made). A file, or a folder of other things, is refused with a sentence: Galley would
 * otherwise write its drafts among someone's documents.
 */
export async function checkLibraryFolder(folder: string): Promise<string> {
  if (!isAbsolute(folder)) {
    throw new GalleyError('invalid-input', 'Give the library folder by its full path.')
  }
  const path = resolve(folder)
  let entries: string[]
  try {
    const s = await stat(path)
    if (!s.isDirectory()) {
      throw new GalleyError('invalid-input', `“${path}” is a file, not a folder: choose a folder.`)
    }
    entries = await readdir(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return path
    if (e instanceof GalleyError) throw e
    throw new GalleyError(
      'unreadable-file',
      `Galley cannot read the folder “${path}” (${(e as NodeJS.ErrnoException).code ?? 'error'}): check that you may open it.`,
    )
  }
  const visible = entries.filter((n) => !n.startsWith('.'))
  if (visible.length > 0 && !LIBRARY_MARKS.some((m) => entries.includes(m))) {
    throw new GalleyError(
      'invalid-input',
      `“${path}” holds other files and is not a Galley library: choose a library folder or an empty one.`,
    )
  }
  return path
}

/**
 * The library a host has open, and the way to open another without restarting: the window's
 * requests go to the current library's core; `open` takes the new library's lock and reads it
 * first, and only then closes the old one, so a library that cannot be opened (in use elsewhere,
 * not a library) leaves the current one open and working. Requests that arrive during the switch
 * wait for it and go to the new library.
 */
export class LibrarySwitcher {
  private current: GalleyCore | null = null
  private switching: Promise<unknown> | null = null

  constructor(
    /** Opens a library's core (the host's options: mode, events, key vault). */
    private readonly openCore: (libraryPath: string) => Promise<GalleyCore>,
    /** Told the library that is now open, to open it again at the next start. */
    private readonly remember: (libraryPath: string) => Promise<void> = async () => undefined,
  ) {}

  /** Opens the first library (its errors are the host's to report). */
  async start(libraryPath: string): Promise<void> {
    this.current = await this.openCore(libraryPath)
  }

  get libraryPath(): string {
    return this.core().libraryPath
  }

  /** The validating dispatch of whichever library is open. */
  readonly dispatch: Dispatch = async (channel, input) => {
    if (this.switching) await this.switching.catch(() => undefined)
    return this.core().dispatch(channel, input)
  }

  importPath(filePath: string, opts?: { draftId?: string }): Promise<{ draftId: string }> {
    return this.core().importPath(filePath, opts)
  }

  /** Opens the library in `folder` in place of the current one; returns its path. */
  async open(folder: string): Promise<string> {
    while (this.switching) await this.switching.catch(() => undefined)
    const run = this.swap(folder)
    this.switching = run
    try {
      return await run
    } finally {
      if (this.switching === run) this.switching = null
    }
  }

  async close(): Promise<void> {
    const core = this.current
    this.current = null
    await core?.close()
  }

  private async swap(folder: string): Promise<string> {
    const path = await checkLibraryFolder(folder)
    const old = this.core()
    if (path === old.libraryPath) return path
    const next = await this.openCore(path)
    // The same person on the same computer: a library with no profile yet (a shared library
    // just copied) takes the current one's name and role instead of asking again.
    const who = await old.dispatch('profile:get', {})
    const theirs = await next.dispatch('profile:get', {})
    if (who.ok && who.value && theirs.ok && theirs.value === null)
      await next.dispatch('profile:set', who.value)
    this.current = next
    try {
      await old.close()
    } catch (e) {
      // The new library is open and working; the old one's last writes are in its own files.
      console.error('Closing the previous library failed:', e)
    }
    await this.remember(path).catch((e: unknown) =>
      console.error('Galley could not note which library to open next time:', e),
    )
    return path
  }

  private core(): GalleyCore {
    if (!this.current) throw new GalleyError('internal', 'No library is open.')
    return this.current
  }
}

/**
 * The library opened last, kept in a small file of the app's own (not in any library), so the
 * next start opens it again. A missing or unreadable file means "the default library".
 */
export function lastLibraryFile(file: string) {
  return {
    async read(): Promise<string | null> {
      try {
        const data = JSON.parse(await readFile(file, 'utf8')) as { library?: unknown }
        const path = data.library
        if (typeof path !== 'string' || !isAbsolute(path)) return null
        return (await stat(path)).isDirectory() ? path : null
      } catch {
        return null
      }
    },
    async write(libraryPath: string): Promise<void> {
      await mkdir(dirname(file), { recursive: true })
      await writeFileAtomic(file, `${JSON.stringify({ library: libraryPath }, null, 2)}\n`)
    },
  }
}
