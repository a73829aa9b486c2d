// Where the Electron shell keeps the profile's signing key and the shared library's access
// token: encrypted by the OS keychain (Electron's safeStorage: Keychain on macOS, DPAPI on
// Windows, libsecret/kwallet on Linux) when one is available, else a file readable only by its
// owner, as in browser mode (docs/team.md).
import { chmod, mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { safeStorage } from 'electron'
import { fileVault, GalleyError, type Keychain, type KeyVault } from '../core'
import { writeFileAtomic } from '../core/storage/atomic'

/** The encrypted key, beside where the plain file would be; still only its owner may read it. */
export const SEALED_KEY_FILE = 'signing-key.sealed'

type SafeStorage = Pick<
  typeof safeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>

/**
 * Whether safeStorage protects anything here. On Linux, the "basic_text" backend means no
 * keyring answered and the key would be encrypted with a hard-coded password: that is no
 * better than the owner-only file, and a file that says so is more honest.
 */
function keychainAvailable(storage: SafeStorage, platform: NodeJS.Platform): boolean {
  if (!storage.isEncryptionAvailable()) return false
  if (platform !== 'linux') return true
  return storage.getSelectedStorageBackend() !== 'basic_text'
}

/**
 * The OS keychain as core takes it (the remote's token is sealed with it, src/core/team/repo.ts),
 * or null where safeStorage protects nothing (see keychainAvailable): the token then stays in
 * its owner-only file, as in browser mode.
 */
export function osKeychain(
  storage: SafeStorage = safeStorage,
  platform: NodeJS.Platform = process.platform,
): Keychain | null {
  if (!keychainAvailable(storage, platform)) return null
  return {
    seal: (text) => storage.encryptString(text),
    open: (sealed) => storage.decryptString(sealed),
  }
}

/**
 * A vault sealed by the OS keychain in `dir` (the library's .galley-local/), or the owner-only
 * file vault when no keychain is available. A key kept in the plain file by an earlier run (or
 * by browser mode on this machine) is sealed on first load and the plain file removed, so the
 * key pair, and with it the profile's signatures, stays the same.
 */
export function keychainVault(
  dir: string,
  storage: SafeStorage = safeStorage,
  platform: NodeJS.Platform = process.platform,
): KeyVault {
  const plain = fileVault(dir)
  if (!keychainAvailable(storage, platform)) return plain
  const sealedFile = join(dir, SEALED_KEY_FILE)
  const seal = async (pem: string): Promise<void> => {
    await mkdir(dir, { recursive: true, mode: 0o700 })
    await writeFileAtomic(sealedFile, storage.encryptString(pem))
    await chmod(sealedFile, 0o600)
  }
  return {
    async load() {
      let sealed: Buffer | null = null
      try {
        sealed = await readFile(sealedFile)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
      }
      if (sealed) {
        try {
          return storage.decryptString(sealed)
        } catch {
          // A keychain that was reset, or a library copied from another account: the key is
          // kept as it is, and the person is told; a new key would sign as someone else.
          throw new GalleyError(
            'unreadable-file',
            `The system keychain could not unlock this profile's signing key (${sealedFile}). ` +
              'Unlock the keychain, or sign in as the account that created it, and start Galley again; the key file was left as it is.',
          )
        }
      }
      const pem = await plain.load()
      if (pem === null) return null
      await seal(pem)
      await rm(plain.path, { force: true })
      return pem
    },
    save: seal,
  }
}
