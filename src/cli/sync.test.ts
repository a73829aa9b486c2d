import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startGitServer, type GitServer } from '../../test/harness/git-server'
import { openCore } from '../core'
import { main } from './main'

const TOKEN = 'cli-token'
let server: GitServer
let root: string
beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
  root = await mkdtemp(join(tmpdir(), 'galley-cli-sync-'))
  process.env['GALLEY_TOKEN'] = TOKEN
})
afterAll(async () => {
  delete process.env['GALLEY_TOKEN']
  await server.close()
  await rm(root, { recursive: true, force: true })
})

async function galley(...args: string[]) {
  let out = ''
  let err = ''
  const status = await main(args, { out: (s) => (out += s), err: (s) => (err += s) })
  return { status, out, err }
}

/** A new library in the temp folder with a Legal profile, closed again. */
async function newLibrary(name: string): Promise<string> {
  const path = join(root, name)
  const core = await openCore({
    libraryPath: path,
    mode: 'browser',
    version: 't',
    emit: () => undefined,
  })
  await core.dispatch('profile:set', { name: 'Lena Legal', role: 'legal' })
  await core.close()
  return path
}

it('galley sync shares a library, copies it elsewhere, syncs, and says when the server is out of reach', async () => {
  const url = await server.createRepo('cli')
  const a = await newLibrary('a')

  const unshared = await galley('sync', '--library', a)
  expect(unshared.status).toBe(2)
  expect(unshared.err).toMatch(/not shared yet; give --remote/)

  const share = await galley('sync', '--library', a, '--remote', url)
  expect(share.err).toBe('')
  expect(share.status).toBe(0)
  expect(share.out).toMatch(/^Synced with http:\/\/127\.0\.0\.1/)

  const b = join(root, 'b')
  const copy = await galley('sync', '--library', b, '--remote', url)
  expect(copy.status).toBe(0)
  expect(copy.out).toMatch(/Opened the shared library/)

  const again = await galley('sync', '--library', a)
  expect(again.status).toBe(0)

  await server.pause()
  try {
    const off = await galley('sync', '--library', a)
    expect(off.status).toBe(4)
    expect(off.err).toMatch(/cannot be reached/)
  } finally {
    await server.resume()
  }
})

it('galley sync cannot open a token the desktop app sealed: it says so, and GALLEY_TOKEN alone replaces it', async () => {
  const url = await server.createRepo('cli-sealed')
  const a = await newLibrary('sealed')
  expect((await galley('sync', '--library', a, '--remote', url)).status).toBe(0)
  // As the desktop app leaves it: the token sealed by the OS keychain, the address in the clear.
  const remote = join(a, '.galley-local', 'remote.json')
  await writeFile(remote, JSON.stringify({ url, token: null, sealedToken: 'c2VhbGVk' }))

  delete process.env['GALLEY_TOKEN']
  try {
    const refused = await galley('sync', '--library', a)
    expect(refused.status).toBe(2)
    expect(refused.err).toMatch(/sealed by the desktop app's system keychain.*GALLEY_TOKEN/)
  } finally {
    process.env['GALLEY_TOKEN'] = TOKEN
  }
  const synced = await galley('sync', '--library', a)
  expect(synced.err).toBe('')
  expect(synced.status).toBe(0)
  expect(JSON.parse(await readFile(remote, 'utf8'))).toEqual({ url, token: TOKEN })
})
