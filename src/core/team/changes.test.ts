// The change journal (changes.ts): a sync commits the drafts it names instead of walking every
// file, and nothing is missed: a change it recorded survives a restart, a change made by another
// program while Galley was closed is found and committed, a damaged journal falls back to the
// walk of every file, and a quarantined draft is still not recorded as deleted.
import { execFile } from 'node:child_process'
import { readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, it } from 'vitest'
import type { GitServer } from '../../../test/harness/git-server'
import { caller, teamFixture } from '../../../test/support/team'
import { type GalleyCore } from '..'

const run = promisify(execFile)
const TOKEN = 'journal-token'

const team = teamFixture(TOKEN, 'galley-journal-')
let server: GitServer
let root: string
beforeEach(() => {
  server = team.server
  root = team.root
})
const open = (dir: string) => team.open(dir, false)
const close = (core: GalleyCore) => team.close(core)

/** A file as the shared repository on the server holds it (null: not there). */
async function onServer(repo: string, path: string): Promise<string | null> {
  try {
    const { stdout } = await run('git', [
      '--git-dir',
      server.repoPath(repo),
      'show',
      `main:${path}`,
    ])
    return stdout
  } catch {
    return null
  }
}

const journal = async (dir: string) =>
  JSON.parse(await readFile(join(dir, '.galley-local', 'changes.json'), 'utf8')) as {
    full: boolean
    paths: string[]
  }

/** A shared library of three drafts, synced. */
async function shared() {
  const repo = `j-${Math.random().toString(36).slice(2)}`
  const url = await server.createRepo(repo)
  const dir = join(root, 'lib')
  let core = await open(dir)
  let call = caller(core)
  await call('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
  const ids: string[] = []
  for (const n of [1, 2, 3]) {
    const d = await call('drafts:create', { title: `Draft ${n}`, body: `Text ${n}.\n\nMore.` })
    ids.push(d.id)
  }
  await call('team:share', { url, token: TOKEN })
  return {
    repo,
    dir,
    ids,
    get call() {
      return call
    },
    async restart() {
      await close(core)
      core = await open(dir)
      call = caller(core)
    },
    async stop() {
      await close(core)
    },
    async start() {
      core = await open(dir)
      call = caller(core)
    },
  }
}

describe('the change journal of a shared library', { timeout: 120_000 }, () => {
  it('commits a recorded change after a restart, and forgets it once committed', async () => {
    const lib = await shared()
    // Shared: everything committed, nothing recorded.
    expect(await journal(lib.dir)).toEqual({ version: 1, full: false, paths: [] })
    const id = lib.ids[1]!
    await lib.call('drafts:rename', { id, title: 'Renamed before the restart' })
    expect((await journal(lib.dir)).paths).toEqual([`drafts/${id}.json`])
    expect((await lib.call('team:status', {})).toSend).toBe(1)

    // Closed without a sync (as a kill would): the record is on disk and the next sync sends it.
    await lib.restart()
    const result = await lib.call('team:sync', {})
    expect(result.status.state).toBe('synced')
    expect(await onServer(lib.repo, `drafts/${id}.json`)).toContain('Renamed before the restart')
    expect(await journal(lib.dir)).toEqual({ version: 1, full: false, paths: [] })
    // Nothing else changed: the next sync makes no commit.
    const { stdout: before } = await run('git', ['-C', lib.dir, 'rev-parse', 'HEAD'])
    await lib.call('team:sync', {})
    const { stdout: after } = await run('git', ['-C', lib.dir, 'rev-parse', 'HEAD'])
    expect(after).toBe(before)

    // A draft deleted for good is committed as deleted.
    await lib.call('drafts:trash', { id: lib.ids[2]! })
    await lib.call('drafts:deleteForever', { id: lib.ids[2]! })
    await lib.call('team:sync', {})
    expect(await onServer(lib.repo, `drafts/${lib.ids[2]!}.json`)).toBeNull()
  })

  it('finds files another program changed while Galley was closed, and walks every file when the journal is damaged', async () => {
    const lib = await shared()
    await lib.stop()
    // Another program edits a draft and the people register while Galley is closed.
    const id = lib.ids[0]!
    const file = join(lib.dir, 'drafts', `${id}.json`)
    const data = JSON.parse(await readFile(file, 'utf8')) as { draft: { title: string } }
    data.draft.title = 'Retitled by a script'
    await writeFile(file, JSON.stringify(data))
    // And writes the people register (empty, with tabs: valid, and not what Galley writes).
    await writeFile(
      join(lib.dir, 'people.json'),
      JSON.stringify({ schemaVersion: 1, people: [] }, null, '\t'),
    )
    await lib.start()
    await lib.call('team:sync', {})
    expect(await onServer(lib.repo, `drafts/${id}.json`)).toContain('Retitled by a script')
    expect(await onServer(lib.repo, 'people.json')).toContain('\t')

    // A change the library index cannot see (same size, same modification time, same inode)
    // while the journal is damaged: the sync walks every file and Git's own status finds it.
    await lib.stop()
    const other = join(lib.dir, 'drafts', `${lib.ids[1]!}.json`)
    const s = await stat(other)
    const text = await readFile(other, 'utf8')
    const changed = text.replace('"Draft 2"', '"Draft Z"')
    expect(changed.length).toBe(text.length)
    await writeFile(other, changed)
    await utimes(other, s.atime, s.mtime)
    await writeFile(join(lib.dir, '.galley-local', 'changes.json'), '{"version":1,"full":fal')
    await lib.start()
    await lib.call('team:sync', {})
    expect(await onServer(lib.repo, `drafts/${lib.ids[1]!}.json`)).toContain('Draft Z')
    expect(await journal(lib.dir)).toEqual({ version: 1, full: false, paths: [] })
  })

  it('does not record a quarantined draft as deleted', async () => {
    const lib = await shared()
    const id = lib.ids[0]!
    await lib.call('drafts:rename', { id, title: 'Renamed, then damaged' })
    expect((await journal(lib.dir)).paths).toEqual([`drafts/${id}.json`])
    await lib.stop()
    await writeFile(join(lib.dir, 'drafts', `${id}.json`), '{"not a draft": true')
    await lib.start()
    const { problems } = await lib.call('app:info', {})
    expect(problems.some((p) => p.file.includes(id))).toBe(true)
    await lib.call('team:sync', {})
    // The shared library keeps the draft as last committed; the damage stays here.
    expect(await onServer(lib.repo, `drafts/${id}.json`)).toContain('Draft 1')
  })
})
