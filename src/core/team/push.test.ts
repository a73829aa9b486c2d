// The sync's push against a real Git smart-HTTP server (git http-backend): only the objects of
// what changed are sent, the server's repository stays whole (git fsck), a push refused because
// someone pushed first (before or during the request) says so and the next sync completes, and
// drafts are committed from the folder, never through isomorphic-git's index.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, it } from 'vitest'
import type { GitServer } from '../../../test/harness/git-server'
import { caller, teamFixture } from '../../../test/support/team'
import { commitsToSend, objectsToSend, pushBranch, readPktLines, sendPack } from './push'
import { REMOTE_REF, fs, git, gitFailure, readCredentials } from './repo'

const run = promisify(execFile)
const TOKEN = 'push-token-1'

const team = teamFixture(TOKEN, 'galley-push-')
let server: GitServer
let root: string
beforeEach(() => {
  server = team.server
  root = team.root
})
const open = (dir: string, seedSample = true) => team.open(dir, seedSample)

const gitIn = async (dir: string, ...args: string[]) =>
  (await run('git', ['-C', dir, ...args], { maxBuffer: 1 << 26 })).stdout.trim()

/** Renames a draft, then syncs with the server paused: the change is committed, not sent. */
async function commitOffline(call: ReturnType<typeof caller>, id: string, title: string) {
  await call('drafts:rename', { id, title })
  await server.pause()
  try {
    expect((await call('team:sync', {})).status.state).toBe('offline')
  } finally {
    await server.resume()
  }
}

/** A shared library of the sample drafts and `extra` more; and a second machine's copy. */
async function shared(extra: number) {
  const name = `push-${Math.random().toString(36).slice(2)}`
  const url = await server.createRepo(name)
  const dirA = join(root, 'a')
  const callA = caller(await open(dirA))
  await callA('profile:set', { name: 'Lena Legal', role: 'legal' })
  for (let i = 0; i < extra; i++) {
    await callA('drafts:create', { title: `Draft ${i}`, byline: 'By A', body: `Body ${i}.` })
  }
  await callA('team:share', { url, token: TOKEN })
  const dirB = join(root, 'b')
  await callA('team:openShared', { url, token: TOKEN, folder: dirB })
  const callB = caller(await open(dirB, false))
  await callB('profile:set', { name: 'Eda Editor', role: 'editor' })
  const ids = (await callA('drafts:list', { view: 'active' })).map((d) => d.id)
  return { name, url, dirA, dirB, callA, callB, ids }
}

describe('the push of a sync', { timeout: 120_000 }, () => {
  it('sends only the objects of the changed draft, and the server repository stays whole', async () => {
    const { name, dirA, dirB, callA, callB, ids } = await shared(12)
    const id = ids[3]!
    const all = (await gitIn(dirA, 'rev-list', '--objects', 'HEAD')).split('\n').length
    await commitOffline(callA, id, 'Renamed while offline')
    const remote = (await readCredentials(dirA))!
    const before = await git.resolveRef({ fs, dir: dirA, ref: REMOTE_REF })
    const { objects } = await pushBranch(dirA, remote)
    // The commit, the root, drafts/ and the draft's folder: a few dozen of the library's hundreds.
    expect(objects).not.toBeNull()
    expect(objects!).toBeGreaterThan(3)
    expect(objects!).toBeLessThan(40)
    expect(all).toBeGreaterThan(objects! * 4)
    const head = await git.resolveRef({ fs, dir: dirA, ref: 'HEAD' })
    expect(head).not.toBe(before)
    expect(await git.resolveRef({ fs, dir: dirA, ref: REMOTE_REF })).toBe(head)
    const bare = server.repoPath(name)
    expect(await gitIn(bare, 'rev-parse', 'refs/heads/main')).toBe(head)
    // Every object of every commit is on the server (a missing one fails fsck's connectivity).
    await gitIn(bare, 'fsck', '--full', '--strict')
    // What the other machine receives is the rename.
    await callB('team:sync', {})
    expect((await callB('drafts:get', { id })).draft.title).toBe('Renamed while offline')
    // The drafts are committed from the folder, no backup committed; Git's index (written by
    // Galley for the git program, git-index.ts) lists what HEAD holds on both machines.
    const tracked = await gitIn(dirA, 'ls-tree', '-r', '--name-only', 'HEAD')
    expect(tracked).toContain(`drafts/${id}.json`)
    expect(tracked).not.toMatch(/\.bak$|\.tmp$/m)
    expect(await gitIn(dirA, 'ls-files')).toBe(tracked)
    expect(await gitIn(dirB, 'ls-files')).toBe(tracked)
  })

  it('is refused when someone pushed first, and the next sync merges both and completes', async () => {
    const { name, dirA, callA, callB, ids } = await shared(0)
    const [one, two] = [ids[0]!, ids[1]!]
    await callB('drafts:rename', { id: two, title: 'Renamed by B' })
    await callB('team:sync', {})
    await commitOffline(callA, one, 'Renamed by A')
    // A has not fetched B's commit: its push is refused, nothing sent.
    const remote = (await readCredentials(dirA))!
    const refused = await pushBranch(dirA, remote).catch((e: unknown) => e)
    expect((refused as { code?: string }).code).toBe('PushRejectedError')
    const done = await callA('team:sync', {})
    expect(done.status.state).toBe('synced')
    expect((await callA('drafts:get', { id: two })).draft.title).toBe('Renamed by B')
    await callB('team:sync', {})
    expect((await callB('drafts:get', { id: one })).draft.title).toBe('Renamed by A')
    const bare = server.repoPath(name)
    await gitIn(bare, 'fsck', '--full', '--strict')
    expect(await gitIn(bare, 'rev-parse', 'refs/heads/main')).toBe(
      await git.resolveRef({ fs, dir: dirA, ref: 'HEAD' }),
    )
  })

  it('is refused when the branch moved between reading it and the request', async () => {
    const { name, dirA, callA, callB, ids } = await shared(0)
    await commitOffline(callA, ids[0]!, 'Renamed by A')
    const remote = (await readCredentials(dirA))!
    const old = await git.resolveRef({ fs, dir: dirA, ref: REMOTE_REF })
    const head = await git.resolveRef({ fs, dir: dirA, ref: 'HEAD' })
    // B pushes after A read the branch (old) and before A's request.
    await callB('drafts:rename', { id: ids[1]!, title: 'Renamed by B' })
    await callB('team:sync', {})
    const moved = await gitIn(server.repoPath(name), 'rev-parse', 'refs/heads/main')
    expect(moved).not.toBe(old)
    const objects = await objectsToSend(dirA, await commitsToSend(dirA, head, old))
    const refused = await sendPack(dirA, remote, old, head, objects).catch((e: unknown) => e)
    expect(String(refused)).toMatch(/changed meanwhile/)
    expect((refused as { code?: string }).code).toBe('PushRejectedError')
    expect(await gitIn(server.repoPath(name), 'rev-parse', 'refs/heads/main')).toBe(moved)
    // A wrong token is the sentence every sync gives for it.
    const denied = await sendPack(dirA, { ...remote, token: 'wrong' }, old, head, [head]).catch(
      (e: unknown) => e,
    )
    expect(gitFailure(denied, remote).code).toBe('unauthorized')
    expect((await callA('team:sync', {})).status.state).toBe('synced')
  })

  it('reads the report of a receive-pack answer', async () => {
    const answer = Buffer.from('000eunpack ok\n0017ok refs/heads/main\n0000')
    expect(readPktLines(answer)).toEqual(['unpack ok', 'ok refs/heads/main'])
  })
})
