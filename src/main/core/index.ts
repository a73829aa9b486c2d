// Public surface of the core, used by the Electron shell and the browser host.
// (Stub signatures: the implementation lands alongside; the shapes are fixed.)
import type { EventSink, Handlers } from '@shared/contract'
import type { Dispatch } from './dispatch'

export interface CoreOptions {
  /** Absolute path of the library folder; created if missing. */
  readonly libraryPath: string
  readonly mode: 'electron' | 'browser'
  readonly version: string
  /** Where events for the renderer go (ipc webContents.send or server-sent events). */
  readonly emit: EventSink
  /** Seed the sample library when the folder holds no drafts and was never seeded. Default true. */
  readonly seedSample?: boolean
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

export declare function openCore(options: CoreOptions): Promise<GalleyCore>

/** Electron-independent default library location (mirrors Electron's userData/library). */
export declare function defaultLibraryPath(): string
