// Git's index of a shared library, as the git program sees it: after sharing, the first copy, and
// syncs that send and receive a changed draft (and a draft deleted for good), `git status` in the
// library folder says the tree is clean, the index holds what HEAD holds (drafts included), and
// its stat data matches the files (git need not read them again). Real libraries, git's own
// `git http-backend`, the git binary to check.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, it } from 'vitest'
import type { GitServer } from '../../../test/harness/git-server'
import { caller, teamFixture } from '../../../test/support/team'
import { encodeEntry, parseIndex, pathOf, spliceIndex } from './git-index'

const run = promisify(execFile)
const TOKEN = 'index-token-1'

const team = teamFixture(TOKEN, 'galley-index-')
let server: GitServer
let root: string
beforeEach(() => {
  server = team.server
  root = team.root
})

const gitIn = async (dir: string, ...args: string[]) =>
  (await run('git', ['-C', dir, ...args], { maxBuffer: 1 << 26 })).stdout.trim()

/** What the git program says of a library folder: nothing changed, nothing staged, nothing new. */
async function expectClean(dir: string) {
  // Stat data first, before anything refreshes the index: no entry looks changed by its stat
  // (git compares the content only of an entry written in the same instant as the index).
  expect(await gitIn(dir, 'diff-files', '--name-status')).toBe('')
  // The index is HEAD: every committed file listed, drafts included, none staged apart.
  expect(await gitIn(dir, 'diff-index', '--cached', '--name-status', 'HEAD')).toBe('')
  const files = await gitIn(dir, 'ls-files')
  expect(files).toBe(await gitIn(dir, 'ls-tree', '-r', '--name-only', 'HEAD'))
  expect(files).toMatch(/^drafts\/[^/]+\.json$/m)
  expect(files).toMatch(/^drafts\/[^/]+\/[^/]+\/[^/]+\.json$/m)
  expect(await gitIn(dir, 'status', '--porcelain')).toBe('')
  // A commit made there has nothing to record.
  const commit = await run(
    'git',
    ['-C', dir, '-c', 'user.name=T', '-c', 'user.email=t@x', 'commit', '--dry-run', '-q'],
    { maxBuffer: 1 << 26 },
  ).catch((e: { stdout: string; code: number }) => e)
  expect('code' in commit ? commit.code : 0).toBe(1)
}

describe("the library's Git index", { timeout: 120_000 }, () => {
  it('is clean for the git program after share, first copy, and syncs both ways', async () => {
    const url = await server.createRepo(`lib-${Math.random().toString(36).slice(2)}`)
    const dirA = join(root, 'a')
    const callA = caller(await team.open(dirA))
    await callA('profile:set', { name: 'Lena Legal', role: 'legal' })
    await callA('team:share', { url, token: TOKEN })
    await expectClean(dirA)

    const dirB = join(root, 'b')
    await callA('team:openShared', { url, token: TOKEN, folder: dirB })
    await expectClean(dirB)
    const callB = caller(await team.open(dirB, false))
    await callB('profile:set', { name: 'Eda Editor', role: 'editor' })

    // A saves a new revision of a draft and sends it; B receives it.
    const list = await callA('drafts:list', { view: 'active' })
    const id = list[0]!.id
    const detail = await callA('drafts:get', { id })
    await callA('revisions:save', {
      draftId: id,
      baseRevisionId: detail.current.id,
      body: `${detail.current.body}\n\nA closing line from A.`,
      message: 'A',
    })
    expect((await callA('team:sync', {})).status.state).toBe('synced')
    await expectClean(dirA)
    expect((await callB('team:sync', {})).received).toBeGreaterThan(0)
    expect((await callB('drafts:get', { id })).current.body).toMatch(/closing line from A/)
    await expectClean(dirB)

    // B adds a claim to the same draft and deletes another for good; A receives both.
    const other = list[1]!.id
    const got = await callB('drafts:get', { id })
    await callB('claims:create', {
      draftId: id,
      revisionId: got.current.id,
      start: 0,
      end: Math.min(20, got.current.body.length),
    })
    await callB('drafts:trash', { id: other })
    await callB('drafts:deleteForever', { id: other })
    expect((await callB('team:sync', {})).status.state).toBe('synced')
    await expectClean(dirB)
    expect(await gitIn(dirB, 'ls-files', `drafts/${other}.json`)).toBe('')
    expect((await callA('team:sync', {})).received).toBeGreaterThan(0)
    await expectClean(dirA)
    expect(await gitIn(dirA, 'ls-files', `drafts/${other}.json`)).toBe('')
    // Both changed the same draft apart: merged, committed, and still clean on both.
    const a2 = await callA('drafts:get', { id })
    await callA('revisions:save', {
      draftId: id,
      baseRevisionId: a2.current.id,
      body: `${a2.current.body}\n\nAnother line from A.`,
      message: 'A2',
    })
    await callB('drafts:rename', { id, title: 'Renamed by B' })
    await callA('team:sync', {})
    await callB('team:sync', {})
    await callA('team:sync', {})
    await expectClean(dirA)
    await expectClean(dirB)
  })

  it('is rebuilt with every draft when it has none (kept by an earlier version)', async () => {
    const url = await server.createRepo(`lib-${Math.random().toString(36).slice(2)}`)
    const dirA = join(root, 'a')
    const callA = caller(await team.open(dirA))
    await callA('profile:set', { name: 'Lena Legal', role: 'legal' })
    await callA('team:share', { url, token: TOKEN })
    // The index as earlier versions left it: the drafts taken out of it.
    await gitIn(dirA, 'rm', '-r', '-q', '--cached', 'drafts')
    await gitIn(dirA, 'update-index', '--refresh')
    expect(await gitIn(dirA, 'ls-files', 'drafts')).toBe('')
    const id = (await callA('drafts:list', { view: 'active' }))[0]!.id
    await callA('drafts:rename', { id, title: 'Renamed' })
    expect((await callA('team:sync', {})).status.state).toBe('synced')
    await expectClean(dirA)
  })

  it('keeps every other entry byte for byte and writes what git reads back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'galley-index-unit-'))
    try {
      await gitIn(dir, 'init', '-q')
      for (const name of ['a.txt', 'b.txt', 'c/d.txt', 'c-e.txt', 'c.txt']) {
        await mkdir(join(dir, name, '..'), { recursive: true })
        await writeFile(join(dir, name), `${name}\n`)
      }
      await gitIn(dir, 'add', '.')
      const before = await readFile(join(dir, '.git', 'index'))
      const parsed = parseIndex(before)!
      expect(parsed).not.toBeNull()
      expect(Array.from({ length: parsed.count }, (_, i) => pathOf(parsed, i).toString())).toEqual([
        'a.txt',
        'b.txt',
        'c-e.txt',
        'c.txt',
        'c/d.txt',
      ])
      // Nothing dropped, nothing added: the same entries.
      expect(spliceIndex(parsed, [], [])).toEqual(before)
      // c/d.txt replaced by c/new.txt (no stat: git reads the file), b.txt dropped.
      await writeFile(join(dir, 'new.txt'), 'new\n')
      const blob = await gitIn(dir, 'hash-object', '-w', 'new.txt')
      const next = spliceIndex(
        parsed,
        [
          [Buffer.from('b.txt'), Buffer.from('b.txt\0')],
          [Buffer.from('c/'), Buffer.from('c0')],
        ],
        [encodeEntry({ path: 'c/new.txt', oid: blob, mode: '100644', stat: null })],
      )
      await writeFile(join(dir, '.git', 'index'), next)
      expect((await gitIn(dir, 'ls-files', '-s')).split('\n').map((l) => l.split('\t')[1])).toEqual(
        ['a.txt', 'c-e.txt', 'c.txt', 'c/new.txt'],
      )
      expect(await gitIn(dir, 'ls-files', '-s', 'c/new.txt')).toContain(blob)
      // An index cut short, or with a wrong checksum, is not read.
      expect(parseIndex(before.subarray(0, before.length - 1))).toBeNull()
      const wrong = Buffer.from(before)
      wrong.writeUInt32BE(5, 4)
      expect(parseIndex(wrong)).toBeNull()
      // Version 4 (paths compressed, as feature.manyFiles writes it) reads as the same entries.
      await gitIn(dir, 'add', 'new.txt')
      const v2 = await readFile(join(dir, '.git', 'index'))
      await gitIn(dir, 'update-index', '--index-version', '4')
      const v4 = await readFile(join(dir, '.git', 'index'))
      expect(v4.readUInt32BE(4)).toBe(4)
      const read4 = parseIndex(v4)!
      expect(read4).not.toBeNull()
      // (paths and blob ids: git may have smudged a racily clean entry's size in either write)
      const listed = (index: NonNullable<ReturnType<typeof parseIndex>>) =>
        Array.from({ length: index.count }, (_, i) => [
          pathOf(index, i).toString(),
          index.buf.toString('hex', index.offsets[i]! + 40, index.offsets[i]! + 60),
        ])
      expect(listed(read4)).toEqual(listed(parseIndex(v2)!))
      expect(listed(read4).map(([p]) => p)).toEqual([
        'a.txt',
        'c-e.txt',
        'c.txt',
        'c/new.txt',
        'new.txt',
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
