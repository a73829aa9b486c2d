import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadIdentity } from '../core/team/identity'

// The real safeStorage needs the Electron binary; this one seals with a key of its own, so a
// sealed file is unreadable without it, as with the OS keychain.
const keychain = vi.hoisted(() => {
  const state = {
    available: true,
    backend: 'gnome_libsecret' as 'gnome_libsecret' | 'basic_text',
    secret: 7,
  }
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ state.secret))
  return {
    state,
    safeStorage: {
      isEncryptionAvailable: () => state.available,
      getSelectedStorageBackend: () => state.backend,
      encryptString: (text: string) =>
        Buffer.concat([Buffer.from('SEALED:'), flip(Buffer.from(text))]),
      decryptString: (b: Buffer) => {
        if (!b.subarray(0, 7).equals(Buffer.from('SEALED:'))) throw new Error('bad sealed data')
        const text = flip(b.subarray(7)).toString('utf8')
        if (!text.startsWith('-----BEGIN')) throw new Error('Error while decrypting the ciphertext')
        return text
      },
    },
  }
})
vi.mock('electron', () => ({ safeStorage: keychain.safeStorage }))

const { keychainVault, SEALED_KEY_FILE } = await import('./keyvault')

let dir = ''
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'galley-keyvault-')), '.galley-local')
  Object.assign(keychain.state, { available: true, backend: 'gnome_libsecret' as const, secret: 7 })
})
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true })
})

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  )

describe('the signing key in the OS keychain (safeStorage)', () => {
  it('a new key is sealed, readable by its owner only, and the same key pair on the next start', async () => {
    const first = await loadIdentity(keychainVault(dir, keychain.safeStorage, 'linux'))
    const sealed = join(dir, SEALED_KEY_FILE)
    expect(await readFile(sealed, 'utf8')).not.toContain('PRIVATE KEY')
    expect((await stat(sealed)).mode & 0o777).toBe(0o600)
    expect(await exists(join(dir, 'signing-key.pem'))).toBe(false)
    const again = await loadIdentity(keychainVault(dir, keychain.safeStorage, 'linux'))
    expect(again.publicKey).toBe(first.publicKey)
  })

  it('a key kept in the plain file before is sealed and the plain file removed; the key pair stays', async () => {
    const before = await loadIdentity(keychainVault(dir, keychain.safeStorage, 'darwin'))
    // As if that key had been written by browser mode: move it to the plain file.
    const pem = keychain.safeStorage.decryptString(await readFile(join(dir, SEALED_KEY_FILE)))
    await rm(join(dir, SEALED_KEY_FILE))
    await writeFile(join(dir, 'signing-key.pem'), pem, { mode: 0o600 })

    const after = await loadIdentity(keychainVault(dir, keychain.safeStorage, 'darwin'))
    expect(after.publicKey).toBe(before.publicKey)
    expect(await exists(join(dir, 'signing-key.pem'))).toBe(false)
    expect(await exists(join(dir, SEALED_KEY_FILE))).toBe(true)
  })

  it.each([
    ['no keychain at all', { available: false }, 'darwin'],
    ["Linux's hard-coded basic_text password", { backend: 'basic_text' }, 'linux'],
  ] as const)('with %s, the key stays in the owner-only file', async (_, state, platform) => {
    Object.assign(keychain.state, state)
    await loadIdentity(keychainVault(dir, keychain.safeStorage, platform))
    expect(await exists(join(dir, SEALED_KEY_FILE))).toBe(false)
    expect((await stat(join(dir, 'signing-key.pem'))).mode & 0o777).toBe(0o600)
  })

  it('a sealed key the keychain cannot open is refused with a sentence and left untouched', async () => {
    await loadIdentity(keychainVault(dir, keychain.safeStorage, 'win32'))
    const sealed = join(dir, SEALED_KEY_FILE)
    const bytes = await readFile(sealed)
    keychain.state.secret = 9 // the keychain was reset
    await expect(loadIdentity(keychainVault(dir, keychain.safeStorage, 'win32'))).rejects.toThrow(
      /system keychain could not unlock this profile's signing key/,
    )
    expect((await readFile(sealed)).equals(bytes)).toBe(true)
  })

  it('the default is Electron’s own safeStorage', async () => {
    await mkdir(dir, { recursive: true })
    await loadIdentity(keychainVault(dir))
    expect(await exists(join(dir, SEALED_KEY_FILE))).toBe(true)
  })
})
