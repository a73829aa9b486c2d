// `galley sync --library DIR [--remote URL]`: the app's team sync from the command line. The
// token is read from GALLEY_TOKEN (never an argument: other users can see arguments).
import { existsSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { GalleyError } from '@shared/errors'
import { openCore } from '../core'
import { cloneSharedLibrary, type SyncResult } from '../core/team/sync'
import { isRepo, readCredentials, saveCredentials } from '../core/team/repo'
import type { Io } from './main'

export const SYNC_USAGE = `  galley sync --library DIR [--remote URL]
      Syncs a shared library with its Git server: sends this machine's changes, receives and
      merges the others' (disputed verdicts and revisions made apart are reported). With
      --remote: a library not shared yet is shared to that (empty) repository; a DIR that does
      not exist or is empty gets a copy of the shared library. The token is read from the
      GALLEY_TOKEN environment variable. Exit 4: the server could not be reached (nothing is
      lost; run it again later).`

/** Exit statuses beyond the library commands': 4, the shared library is out of reach. */
const EXIT = { ok: 0, input: 2, locked: 3, offline: 4 } as const

function report(result: SyncResult, io: Io): number {
  const s = result.status
  for (const q of result.quarantined) io.err(`galley sync: quarantined ${q}\n`)
  for (const m of result.merged) {
    for (const line of [...m.disputes, ...m.divergent, ...m.notes]) {
      io.out(`${m.title}: ${line}\n`)
    }
  }
  if (s.state === 'offline') {
    io.err(`galley sync: ${s.message ?? 'the shared library cannot be reached'}\n`)
    return EXIT.offline
  }
  io.out(
    `${s.state === 'synced' ? 'Synced' : 'Sync incomplete'} with ${s.remote ?? 'the shared library'}: ${result.received} file${result.received === 1 ? '' : 's'} received${s.toSend > 0 ? `, ${s.toSend} still to send` : ''}.\n`,
  )
  return EXIT.ok
}

export async function syncCommand(args: readonly string[], io: Io): Promise<number> {
  let values: { library?: string; remote?: string }
  try {
    values = parseArgs({
      args: [...args],
      options: { library: { type: 'string' }, remote: { type: 'string' } },
      strict: true,
    }).values
  } catch (e) {
    io.err(`galley sync: ${((e as Error).message.split('\n')[0] ?? '').replace(/\.$/, '')}.\n`)
    return EXIT.input
  }
  if (!values.library) {
    io.err('galley sync: --library is required.\n')
    return EXIT.input
  }
  const dir = resolve(values.library)
  const token = process.env['GALLEY_TOKEN'] || undefined
  const remote = values.remote ? { url: values.remote, token } : undefined
  if (remote && !/^https?:\/\//.test(remote.url)) {
    io.err('galley sync: --remote takes the http(s) address of a Git repository.\n')
    return EXIT.input
  }
  try {
    const empty = !existsSync(dir) || readdirSync(dir).length === 0
    if (empty) {
      if (!remote) {
        io.err(`galley sync: there is no library at ${dir}; give --remote to get a copy.\n`)
        return EXIT.input
      }
      await cloneSharedLibrary(dir, remote)
      io.out(`Opened the shared library from ${remote.url} in ${dir}.\n`)
      return EXIT.ok
    }
    const core = await openCore({
      libraryPath: dir,
      mode: 'browser',
      lockLabel: 'command-line',
      version: 'cli',
      emit: () => undefined,
      seedSample: false,
    })
    try {
      const saved = (await isRepo(dir)) ? await readCredentials(dir) : null
      const shared = saved !== null
      if (!shared && !remote) {
        io.err('galley sync: this library is not shared yet; give --remote URL to share it.\n')
        return EXIT.input
      }
      // GALLEY_TOKEN alone replaces the saved token (say, one sealed by the desktop app's
      // keychain, which the command line cannot open), kept in the owner-only file.
      const given = remote ?? (saved && token ? { url: saved.url, token } : undefined)
      if (given && shared) await saveCredentials(dir, given)
      const res =
        !shared && remote
          ? await core.dispatch('team:share', { url: remote.url, token: remote.token })
          : await core.dispatch('team:sync', {})
      if (!res.ok) {
        if (res.error.code === 'no-profile') {
          io.err(
            'galley sync: this library has no profile yet, and every change is recorded with who made it: open the library in Galley once and say who you are.\n',
          )
        } else io.err(`galley sync: ${res.error.message}\n`)
        return EXIT.input
      }
      return report(res.value as SyncResult, io)
    } finally {
      await core.close()
    }
  } catch (e) {
    if (e instanceof GalleyError) {
      io.err(`galley sync: ${e.message}\n`)
      return e.code === 'library-locked' ? EXIT.locked : EXIT.input
    }
    throw e
  }
}
