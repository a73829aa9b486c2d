import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import type { Transcript } from '@shared/transcripts/align'
import { ReadinessIndex } from './legal/summary'
import { ProblemList } from './recovery/problems'
import type { SaveSteps } from './revisions/service'
import { QUARANTINE, ValidatedJsonFile, ensureFolder } from './storage/json-store'
import { acquireLock, type LibraryLock } from './storage/lock'
import {
  DEFAULT_PEOPLE,
  DEFAULT_SETTINGS,
  PeopleFileSchema,
  SettingsSchema,
  type PeopleFile,
  type Settings,
} from './storage/settings-file'
import { DraftStore, type ChangeListener } from './store/draft-store'
import { DRAFTS, filesIdle } from './store/files'
import { openSmallFile } from './store/small-file'
import { ChangeJournal } from './team/changes'
import {
  LOCAL_DIR,
  fileVault,
  loadIdentity,
  type Identity,
  type Keychain,
  type KeyVault,
} from './team/identity'
import { readRoster, type RosterState } from './team/roster'
import { auditSigner } from './team/signing'

export type { ChangeListener }

const LOCK = 'galley.lock'

/**
 * One open library folder: everything the feature services work on, built once by
 * `openLibrary` and handed to them explicitly (no state is kept anywhere else).
 */
export interface Library {
  /** The library folder. */
  readonly dir: string
  /** Each draft's file: reads, changes one at a time with their audit entries, atomic writes. */
  readonly store: DraftStore
  /** settings.json: the local profile and whether the sample library was written. */
  readonly settings: Low<Settings>
  /** people.json: the people register. */
  readonly people: Low<PeopleFile>
  /** Files in quarantine, and the turn restores and dismissals take. */
  readonly problems: ProblemList
  /** What a revision save does besides writing it (re-anchoring, the audit state hash). */
  readonly saving: SaveSteps
  /** Publish readiness of each draft as the library list shows it, kept between runs. */
  readonly readiness: ReadinessIndex
  /** Parsed transcripts by `draftId/attachmentId` (an attachment never changes once stored). */
  readonly transcripts: Map<string, Transcript>
  /** Tells the window that a draft (or, with null, the whole library) changed. */
  readonly onChange: ChangeListener
  /** Held while the library is open, so that only this process writes the folder. */
  readonly lock: LibraryLock
  /** The profile's signing key pair (Ed25519), created on first start (docs/team.md). */
  readonly identity: Identity | null
  /**
   * A shared library's team roster as checked when read (none: a single-person library), and the
   * drafts changed since its last commit (what the next sync commits).
   */
  readonly team: {
    roster: RosterState
    readonly changes: ChangeJournal
    /** The OS keychain that seals the remote's token (the desktop app), or null: a 0600 file. */
    readonly keychain: Keychain | null
  }
}

export interface OpenLibraryOptions {
  /** Who holds the lock, as a second Galley is told (electron, browser, test…). */
  readonly mode: string
  readonly onChange?: ChangeListener
  /** The app's version: readiness kept on disk by another version is worked out again. */
  readonly appVersion?: string
  /**
   * Where the profile's private key is kept; by default a file only its owner can read in the
   * library's `.galley-local/` (the Electron shell may pass one backed by safeStorage).
   */
  readonly keyVault?: KeyVault
  /** The OS keychain that seals the remote's access token (the Electron shell's safeStorage). */
  readonly keychain?: Keychain | null
  /**
   * How many drafts stay in memory once no request uses them (default 24); a library of no more
   * drafts than that is read whole as it opens, a bigger one a draft at a time when used.
   */
  readonly keepInMemory?: number
}

/** Opens (creating if needed) a library folder; refuses if another process holds it. */
export async function openLibrary(dir: string, options: OpenLibraryOptions): Promise<Library> {
  const { mode, onChange = () => undefined, appVersion = 'unknown' } = options
  await mkdir(dir, { recursive: true })
  const lock = await acquireLock(join(dir, LOCK), mode)
  try {
    // Anything but a folder where drafts/ or quarantine/ should be is moved aside and reported.
    await ensureFolder(dir, QUARANTINE)
    await ensureFolder(dir, DRAFTS)
    const settings = await openSmallFile(dir, 'settings.json', SettingsSchema, DEFAULT_SETTINGS)
    const identity = await loadIdentity(options.keyVault ?? fileVault(join(dir, LOCAL_DIR)))
    const people = await openSmallFile(dir, 'people.json', PeopleFileSchema, DEFAULT_PEOPLE)
    const changes = await ChangeJournal.open(dir)
    // The audit trail records whoever the profile names at the moment of each change.
    const store = await DraftStore.open(
      dir,
      () => settings.data.profile,
      onChange,
      auditSigner({ identity }),
      {
        ...(options.keepInMemory === undefined ? {} : { keep: options.keepInMemory }),
        // Recorded before the library index moves on, so a kill -9 never loses a change to sync.
        onFileChanged: (id) =>
          changes.record(`${DRAFTS}/${id}.json`).catch(() => changes.doubtInMemory()),
      },
    )
    const problems = new ProblemList(dir, () => store.unmoved)
    await problems.refresh()
    // A file another program changed under Galley was kept aside: report it at once.
    const conflict = async (): Promise<void> => {
      await problems.refresh()
      onChange(null, 'problems')
    }
    store.onConflict = conflict
    store.onProblem = () => void conflict()
    // Once the lock is lost (deleted, taken over), every write is refused with a sentence.
    const held = (): Promise<void> => lock.assertHeld()
    store.beforeWrite = held
    for (const db of [settings, people]) {
      if (db.adapter instanceof ValidatedJsonFile) {
        db.adapter.onConflict = conflict
        db.adapter.beforeWrite = held
      }
    }
    return {
      dir,
      store,
      settings,
      people,
      problems,
      saving: { hooks: [], stateHasher: null },
      readiness: new ReadinessIndex(dir, store, appVersion),
      transcripts: new Map(),
      onChange,
      lock,
      identity,
      team: { roster: await readRoster(dir), changes, keychain: options.keychain ?? null },
    }
  } catch (e) {
    await lock.release()
    throw e
  }
}

/**
 * Writes the readiness worked out so far, waits for writes in flight, then lets go of the lock.
 * Every change was written when it was made, so nothing is rewritten here (a file damaged on
 * disk meanwhile stays as it is, to be quarantined on the next open).
 */
export async function closeLibrary(library: Library): Promise<void> {
  await library.readiness.close()
  await Promise.all([library.store.close(), filesIdle([library.settings, library.people])])
  await library.lock.release()
}
