import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import git from 'isomorphic-git'
import http from 'isomorphic-git/http/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGitServer, type GitServer } from './git-server'

const run = promisify(execFile)

describe('the Git smart-HTTP test server (git http-backend)', () => {
  let server: GitServer
  let work: string
  beforeAll(async () => {
    server = await startGitServer({ token: 's3cret' })
    work = await mkdtemp(join(tmpdir(), 'galley-git-client-'))
  })
  afterAll(async () => {
    await server.close()
    await rm(work, { recursive: true, force: true })
  })

  it('takes a push from isomorphic-git and serves a clone to the git binary', async () => {
    const url = await server.createRepo('one')
    const dir = join(work, 'a')
    await git.init({ fs, dir, defaultBranch: 'main' })
    await writeFile(join(dir, 'hello.txt'), 'hello\n')
    await git.add({ fs, dir, filepath: 'hello.txt' })
    await git.commit({ fs, dir, message: 'first', author: { name: 'T', email: 't@x' } })
    const pushed = await git.push({
      fs,
      http,
      dir,
      url,
      ref: 'main',
      onAuth: () => ({ username: 'galley', password: 's3cret' }),
    })
    expect(pushed.ok).toBe(true)
    const authed = url.replace('http://', 'http://x:s3cret@')
    await run('git', ['clone', '--quiet', authed, join(work, 'b')])
    expect(await readFile(join(work, 'b', 'hello.txt'), 'utf8')).toBe('hello\n')
  })

  it('answers a wrong token with 401', async () => {
    const url = await server.createRepo('two')
    await expect(
      git.getRemoteInfo({
        http,
        url,
        onAuth: () => ({ username: 'galley', password: 'wrong' }),
      }),
    ).rejects.toMatchObject({ code: 'HttpError', data: { statusCode: 401 } })
  })

  it('refuses connections while paused and serves again after resume', async () => {
    const url = await server.createRepo('three')
    await server.pause()
    await expect(git.getRemoteInfo({ http, url })).rejects.toThrow(/ECONNREFUSED/)
    await server.resume()
    const info = await git.getRemoteInfo2({
      http,
      url: url.replace(/:\d+\//, `:${new URL(server.origin).port}/`),
      onAuth: () => ({ username: 'galley', password: 's3cret' }),
    })
    expect(info.capabilities['ls-refs']).toBeDefined()
  })
})
