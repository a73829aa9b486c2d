// The shared library's access token in the desktop app: sealed by the OS keychain (safeStorage),
// read back for every sync, a token saved in the clear (browser host, command line, an earlier
// version) sealed on first use, and a sealed token the keychain can no longer open a sentence
// asking for it again, with nothing else lost. Against a real Git server (git http-backend).
import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { caller, teamFixture } from '../../test/support/team'
import { openCore, type GalleyCore, type Keychain } from '../core'
import { readCredentials, saveCredentials } from '../core/team/repo'

// The real safeStorage needs the Electron binary; this one seals with a secret of its own (a
// reset keychain has another), so sealed bytes open only with the secret that sealed them.
const keychain = vi.hoisted(() => {
  const state = { available: true, backend: 'kwallet5' as 'kwallet5' | 'basic_text', secret: 7 }
  const flip = (b: Buffer, k: number) => Buffer.from(b.map((x) => x ^ k))
  return {
    state,
    safeStorage: {
      isEncryptionAvailable: () => state.available,
      getSelectedStorageBackend: () => state.backend,
      encryptString: (text: string) =>
        Buffer.concat([Buffer.from([0x53, state.secret]), flip(Buffer.from(text), state.secret)]),
      decryptString: (b: Buffer) => {
        if (b[0] !== 0x53 || b[1] !== state.secret) {
          throw new Error(
            'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
          )
        }
        return flip(b.subarray(2), state.secret).toString('utf8')
      },
    },
  }
})
vi.mock('electron', () => ({ safeStorage: keychain.safeStorage }))

const { osKeychain } = await import('./keyvault')

const TOKEN = 'token-of-the-newsroom-42'
const team = teamFixture(TOKEN, 'galley-remote-token-')

const cores: GalleyCore[] = []
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()))
  Object.assign(keychain.state, { available: true, backend: 'kwallet5', secret: 7 })
})

/** A library opened as the desktop app opens it (keychain), or as the browser host (none). */
async function open(dir: string, chain: Keychain | null, seedSample = false) {
  const core = await openCore({
    libraryPath: dir,
    mode: chain ? 'electron' : 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample,
    keychain: chain,
  })
  cores.push(core)
  return caller(core)
}

async function close() {
  await Promise.all(cores.splice(0).map((c) => c.close()))
}

const remoteFile = (dir: string) => join(dir, '.galley-local', 'remote.json')
const remoteJson = async (dir: string) =>
  JSON.parse(await readFile(remoteFile(dir), 'utf8')) as {
    url: string
    token: string | null
    sealedToken?: string
  }

/** A library with the sample drafts, shared to a new repository. */
async function sharedLibrary(chain: Keychain | null) {
  const url = await team.server.createRepo(`lib-${Math.random().toString(36).slice(2)}`)
  const dir = join(team.root, 'a')
  const call = await open(dir, chain, true)
  await call('profile:set', { name: 'Eda Editor', role: 'editor' })
  await call('team:share', { url, token: TOKEN })
  return { url, dir, call }
}

describe('the access token in the OS keychain', { timeout: 120_000 }, () => {
  it('is sealed when saved, never in the clear, and read back for every sync', async () => {
    const { dir } = await sharedLibrary(osKeychain(keychain.safeStorage, 'linux'))
    const saved = await remoteJson(dir)
    expect(saved.token).toBeNull()
    expect(await readFile(remoteFile(dir), 'utf8')).not.toContain(TOKEN)
    expect(saved.sealedToken).toBeTruthy()
    expect((await stat(remoteFile(dir))).mode & 0o777).toBe(0o600)

    // Read back: the next start syncs with it (the server refuses any other token).
    await close()
    const again = await open(dir, osKeychain(keychain.safeStorage, 'linux'))
    const ids = (await again('drafts:list', { view: 'active' })).map((d) => d.id)
    await again('drafts:rename', { id: ids[0]!, title: 'Renamed in the desktop app' })
    const result = await again('team:sync', {})
    expect(result.status.state).toBe('synced')
    expect(result.status.message).toBeNull()

    // A copy opened from the desktop app seals its token too.
    const copy = join(team.root, 'copy')
    await again('team:openShared', { url: saved.url, token: TOKEN, folder: copy })
    expect(await readFile(remoteFile(copy), 'utf8')).not.toContain(TOKEN)
    expect(await readCredentials(copy, osKeychain(keychain.safeStorage, 'linux'))).toMatchObject({
      token: TOKEN,
      tokenProblem: null,
    })
  })

  it('a token saved in the clear (browser host) is sealed on first use in the desktop app', async () => {
    const { dir } = await sharedLibrary(null)
    expect((await remoteJson(dir)).token).toBe(TOKEN)
    await close()

    const call = await open(dir, osKeychain(keychain.safeStorage, 'darwin'))
    expect((await call('team:status', {})).state).toBe('synced')
    const saved = await remoteJson(dir)
    expect(saved.token).toBeNull()
    expect(saved.sealedToken).toBeTruthy()
    expect(await readFile(remoteFile(dir), 'utf8')).not.toContain(TOKEN)
    expect((await call('team:sync', {})).status.state).toBe('synced')
  })

  it('one the keychain can no longer open asks for the token again and loses nothing else', async () => {
    const { dir, call } = await sharedLibrary(osKeychain(keychain.safeStorage, 'win32'))
    const ids = (await call('drafts:list', { view: 'active' })).map((d) => d.id)
    await call('drafts:rename', { id: ids[0]!, title: 'Renamed before the keychain was reset' })
    await close()
    const sealed = await readFile(remoteFile(dir))
    const local = await readdir(join(dir, '.galley-local'))

    keychain.state.secret = 9 // the keychain was reset, or the library comes from another account
    const after = await open(dir, osKeychain(keychain.safeStorage, 'win32'))
    const status = await after('team:status', {})
    expect(status.state).toBe('error')
    expect(status.remote).toContain('/lib-')
    expect(status.message).toMatch(
      /system keychain could not unlock the access token saved for .*Enter the token again with Access token… in the team dialog; nothing else was changed\./,
    )
    expect(status.toSend).toBeGreaterThan(0) // the rename still waits to be sent
    await expect(after('team:sync', {})).rejects.toThrow(
      /unauthorized: The system keychain could not unlock the access token/,
    )
    // Nothing else changed: the sealed token, this machine's files, the library's drafts.
    expect((await readFile(remoteFile(dir))).equals(sealed)).toBe(true)
    expect(await readdir(join(dir, '.galley-local'))).toEqual(local)
    expect((await after('drafts:list', { view: 'active' })).map((d) => d.title)).toContain(
      'Renamed before the keychain was reset',
    )

    // Entered again: sealed with the keychain as it is now, and the waiting change is sent.
    const fixed = await after('team:setToken', { token: TOKEN })
    expect(fixed.message).toBeNull()
    expect(await readFile(remoteFile(dir), 'utf8')).not.toContain(TOKEN)
    const result = await after('team:sync', {})
    expect(result.status.state).toBe('synced')
    expect(result.status.toSend).toBe(0)
  })

  it('the browser host cannot open a sealed token: it says so and takes the token again, in its owner-only file', async () => {
    const { dir } = await sharedLibrary(osKeychain(keychain.safeStorage, 'darwin'))
    await close()
    const browser = await open(dir, null)
    const status = await browser('team:status', {})
    expect(status.state).toBe('error')
    expect(status.message).toMatch(/sealed by the desktop app's system keychain/)
    await browser('team:setToken', { token: TOKEN })
    expect((await remoteJson(dir)).token).toBe(TOKEN)
    expect((await stat(remoteFile(dir))).mode & 0o777).toBe(0o600)
    expect((await browser('team:sync', {})).status.state).toBe('synced')
  })

  it.each([
    ['no keychain at all', { available: false }, 'darwin'],
    ["Linux's hard-coded basic_text password", { backend: 'basic_text' }, 'linux'],
  ] as const)('with %s, the token stays in the owner-only file', async (_, state, platform) => {
    Object.assign(keychain.state, state)
    expect(osKeychain(keychain.safeStorage, platform)).toBeNull()
    const dir = join(team.root, 'plain')
    await saveCredentials(dir, { url: 'https://git.example.org/l.git', token: TOKEN })
    expect((await remoteJson(dir)).token).toBe(TOKEN)
    expect((await stat(remoteFile(dir))).mode & 0o777).toBe(0o600)
  })

  it('setting a token on a library that is not shared is refused and writes nothing', async () => {
    const dir = join(team.root, 'alone')
    const call = await open(dir, osKeychain(keychain.safeStorage, 'darwin'), true)
    await call('profile:set', { name: 'Eda Editor', role: 'editor' })
    await expect(call('team:setToken', { token: TOKEN })).rejects.toThrow(/not shared yet/)
    await expect(stat(remoteFile(dir))).rejects.toThrow(/ENOENT/)
  })

  it('an empty token, or one of spaces, is refused with a sentence and the saved one kept', async () => {
    const { dir, call } = await sharedLibrary(osKeychain(keychain.safeStorage, 'darwin'))
    const before = await readFile(remoteFile(dir))
    for (const input of [{}, { token: '' }, { token: '   ' }]) {
      await expect(call('team:setToken', input)).rejects.toThrow(
        /Enter the access token the Git server gave you for this repository; the saved token was left as it is\./,
      )
    }
    expect((await readFile(remoteFile(dir))).equals(before)).toBe(true)
    expect((await call('team:sync', {})).status.state).toBe('synced')
  })

  it('a token pasted with a line break or a space inside is refused with a sentence, before anything is written', async () => {
    const dir = join(team.root, 'pasted')
    const call = await open(dir, osKeychain(keychain.safeStorage, 'darwin'), true)
    await call('profile:set', { name: 'Eda Editor', role: 'editor' })
    for (const token of ['abc\ndef', 'abc def', 'abc\u0007'])
      await expect(call('team:setToken', { token })).rejects.toThrow(/no spaces or line breaks/)
    await expect(
      call('team:share', { url: 'http://127.0.0.1:9/x.git', token: 'a\tb' }),
    ).rejects.toThrow(/no spaces or line breaks/)
    await expect(stat(remoteFile(dir))).rejects.toThrow(/ENOENT/)
  })
})
