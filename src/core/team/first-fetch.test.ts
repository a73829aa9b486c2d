// The first copy's own fetch against a real Git server (git http-backend): the repository it
// leaves is one the git program accepts whole (fsck, the branch and its upstream as a clone sets
// them), and the upload-pack answer is read in side-band or plain, a server's error raised.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGitServer, type GitServer } from '../../../test/harness/git-server'
import { fetchFirstCopy, packOfAnswer } from './first-fetch'
import { pktLine } from './push'

const run = promisify(execFile)
const TOKEN = 'first-fetch-token'
let server: GitServer
let root: string

beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
  root = await mkdtemp(join(tmpdir(), 'galley-first-fetch-'))
})
afterAll(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

const git = async (dir: string, ...args: string[]) =>
  (await run('git', ['-C', dir, ...args], { maxBuffer: 1 << 26 })).stdout.trim()

const band = (n: number, data: Buffer | string) => {
  const bytes = Buffer.concat([Buffer.from([n]), Buffer.from(data)])
  return Buffer.concat([Buffer.from((bytes.length + 4).toString(16).padStart(4, '0')), bytes])
}

describe('the upload-pack answer', () => {
  it('keeps band 1 of a side-band answer, skips the NAK and progress, stops at the flush', () => {
    const answer = Buffer.concat([
      pktLine('NAK\n'),
      band(2, 'Counting objects: 3\n'),
      band(1, 'PACK'),
      band(2, 'done\n'),
      band(1, '-rest'),
      Buffer.from('0000'),
    ])
    expect(packOfAnswer(answer, true).toString()).toBe('PACK-rest')
  })

  it('takes what follows the NAK as the pack when there is no side-band', () => {
    const answer = Buffer.concat([pktLine('NAK\n'), Buffer.from('PACK\u0000\u0001raw bytes')])
    expect(packOfAnswer(answer, false).toString()).toBe('PACK\u0000\u0001raw bytes')
  })

  it("raises the server's error (band 3) and refuses what is not pkt-lines", () => {
    const failed = Buffer.concat([pktLine('NAK\n'), band(3, 'upload-pack: not our ref\n')])
    expect(() => packOfAnswer(failed, true)).toThrow(/not our ref/)
    expect(() => packOfAnswer(Buffer.from('<html>oops</html>'), true)).toThrow(/form Git/)
  })
})

describe('the first copy', () => {
  it('leaves a repository the git program accepts whole, as a clone would', async () => {
    const url = await server.createRepo('lib')
    const work = join(root, 'work')
    await run('git', ['init', '-q', '-b', 'main', work])
    for (let round = 0; round < 3; round++) {
      for (let f = 0; f < 20; f++) {
        const lines = Array.from({ length: 40 + f }, (_, i) => `Line ${i + round} of file ${f}.\n`)
        await writeFile(join(work, `f${f}.txt`), lines.join(''))
      }
      await git(work, 'add', '.')
      await git(work, '-c', 'user.name=T', '-c', 'user.email=t@x', 'commit', '-qm', `r${round}`)
    }
    await git(work, 'push', '-q', server.repoPath('lib'), 'main')
    const head = await git(work, 'rev-parse', 'HEAD')

    const copy = join(root, 'copy')
    const fetched = await fetchFirstCopy(copy, { url, token: TOKEN })
    expect(fetched?.head).toBe(head)
    expect(fetched?.reader.read(head)?.type).toBe('commit')
    await git(copy, 'fsck', '--full', '--strict', '--no-dangling')
    expect(await git(copy, 'rev-parse', 'HEAD', 'refs/remotes/origin/main')).toBe(
      `${head}\n${head}`,
    )
    expect(await git(copy, 'symbolic-ref', 'HEAD')).toBe('refs/heads/main')
    expect(await git(copy, 'config', 'branch.main.merge')).toBe('refs/heads/main')
    expect(await git(copy, 'config', 'branch.main.remote')).toBe('origin')
    expect(await git(copy, 'config', 'remote.origin.url')).toBe(url)
    // Every object of every commit is there (fsck above), and the history too.
    expect(await git(copy, 'rev-list', '--count', 'HEAD')).toBe('3')

    // An empty repository has no branch to copy; a refused token fails as isomorphic-git's did.
    const empty = await server.createRepo('empty')
    expect(await fetchFirstCopy(join(root, 'e'), { url: empty, token: TOKEN })).toBeNull()
    await expect(fetchFirstCopy(join(root, 'n'), { url, token: 'wrong' })).rejects.toMatchObject({
      code: 'UserCanceledError',
    })
  })
})
