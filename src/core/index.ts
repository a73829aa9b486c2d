// Public surface of the core, used by the Electron shell and the browser host.
import { open, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { EventSink, Handlers } from '@shared/contract'
import { LIMITS } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { createDispatch, type Dispatch } from './dispatch'
import { createHandlers, type HandlerContext } from './handlers'
import { requireProfile } from './profile/require'
import type { Keychain, KeyVault } from './team/identity'
import { closeLibrary, openLibrary } from './library'
import { reviewState } from './audit/service'
import { reanchorClaims } from './claims/reanchor'
import { reanchorQueries } from './claims/queries'
import { reanchorQuotesOffThread } from './quotes/reanchor'
import { seedSampleLibrary } from './sample/seed'
import { stringifyInSteps } from './workers/json-steps'
import { ComputePool } from './workers/pool'
import { AnalysisService, warmAnalysers } from './analysis/service'
import { profileOf } from './profile/service'
import { onNewRevision, useStateHasher } from './revisions/service'

export interface CoreOptions {
  /** Absolute path of the library folder; created if missing. */
  readonly libraryPath: string
  readonly mode: 'electron' | 'browser'
  readonly version: string
  /** Where events for the renderer go (ipc webContents.send or server-sent events). */
  readonly emit: EventSink
  /** Seed the sample library when the folder holds no drafts and was never seeded. Default true. */
  readonly seedSample?: boolean
  /** How the library lock names this process to another Galley (default: `mode`). */
  readonly lockLabel?: string
  /**
   * Where the profile's signing key is kept (docs/team.md): by default a file only its owner can
   * read in the library's .galley-local/; the Electron shell may pass one using safeStorage.
   */
  readonly keyVault?: KeyVault
  /**
   * The OS keychain (the Electron shell's safeStorage) that seals the remote's access token; by
   * default none, and the token is kept in a file only its owner can read (docs/team.md).
   */
  readonly keychain?: Keychain | null
  /** Prints HTML to PDF (the redline); default: a headless system Chromium (core/export/pdf.ts). */
  readonly printPdf?: (html: string) => Promise<Uint8Array>
  /**
   * Opens another library in this one's place (src/core/switcher.ts), for `app:openLibrary`;
   * without it (the command line) the channel is refused with a sentence.
   */
  readonly openLibrary?: (folder: string) => Promise<string>
  /**
   * Runs the analysers once over a short piece before the core is handed over (the hosts), so
   * the first draft opened does not hold the loop while they load and compile.
   */
  readonly warmAnalysers?: boolean
}

export interface GalleyCore {
  readonly handlers: Handlers
  /** The validating wrapper every transport calls. */
  readonly dispatch: Dispatch
  readonly libraryPath: string
  /** Import a file from disk (the shell's native Open dialog, a watched file). */
  importPath(filePath: string, opts?: { draftId?: string }): Promise<{ draftId: string }>
  /** Flush pending writes and release the library lock. */
  close(): Promise<void>
}

/** Opens the library (taking its lock, seeding the sample if new) and builds the handlers. */
export async function openCore(options: CoreOptions): Promise<GalleyCore> {
  const libraryPath = resolve(options.libraryPath)
  const library = await openLibrary(libraryPath, {
    mode: options.lockLabel ?? options.mode,
    onChange: (draftId, reason) => options.emit('library:changed', { draftId, reason }),
    appVersion: options.version,
    ...(options.keyVault ? { keyVault: options.keyVault } : {}),
    keychain: options.keychain ?? null,
  })
  const pool = new ComputePool()
  onNewRevision(library, reanchorClaims(pool))
  onNewRevision(library, reanchorQueries(pool))
  onNewRevision(library, reanchorQuotesOffThread(pool))
  // The state's JSON is made a batch of claims per turn; the worker parses and hashes it.
  useStateHasher(library, async (file) =>
    pool.run('stateHash', { json: (await stringifyInSteps(reviewState(file))) ?? 'null' }),
  )
  if (options.seedSample ?? true) await seedSampleLibrary(library)
  await library.readiness.load()
  const analysis = new AnalysisService(library)
  if (options.warmAnalysers) warmAnalysers()
  const ctx: HandlerContext = {
    analysis,
    library,
    emit: options.emit,
    mode: options.mode,
    version: options.version,
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
    ...(options.openLibrary ? { openLibrary: options.openLibrary } : {}),
  }
  const handlers = createHandlers(ctx)
  return {
    handlers,
    dispatch: createDispatch(handlers, () => profileOf(library)),
    libraryPath,
    async importPath(filePath, opts = {}) {
      const name = basename(filePath)
      const size = (await stat(filePath)).size
      if (size > LIMITS.importBytes) {
        // Refuse before reading a huge file into memory.
        throw new GalleyError(
          'file-too-large',
          `"${name}" is ${(size / 1048576).toFixed(1)} MB; Galley imports files up to 20.0 MB.`,
        )
      }
      const fh = await open(filePath, 'r')
      let bytes: Uint8Array
      try {
        bytes = await fh.readFile()
      } finally {
        await fh.close()
      }
      const author = requireProfile(library)
      // The draft a new version goes to is read into memory (and kept there) for the import.
      // The converters load on first use (they are not needed to start).
      const { importBytes } = await import('./import/handlers')
      const out = await library.store.using(opts.draftId ? [opts.draftId] : [], () =>
        importBytes(ctx, { fileName: name, bytes, draftId: opts.draftId }, author),
      )
      return { draftId: out.draft.id }
    },
    close: async () => {
      await closeLibrary(library)
      await pool.close()
      await analysis.close()
    },
  }
}

/** Electron-independent default library location (mirrors Electron's userData/library for "Galley"). */
export function defaultLibraryPath(): string {
  const home = homedir()
  const appData =
    process.platform === 'win32'
      ? (process.env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (process.env['XDG_CONFIG_HOME'] ?? join(home, '.config'))
  return join(appData, 'Galley', 'library')
}

export { GalleyError }
export { LibrarySwitcher, checkLibraryFolder, lastLibraryFile } from './switcher'
export { fileVault, LOCAL_DIR, type Keychain, type KeyVault } from './team/identity'
