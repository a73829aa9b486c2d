import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto'
import { chmod, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Signature } from '@shared/team/records'
import { writeFileAtomic } from '../storage/atomic'

/**
 * Where a profile's private key is kept. The default is a file readable only by its owner
 * (0600); the Electron shell may pass one backed by the OS keychain (safeStorage) instead.
 */
export interface KeyVault {
  /** The private key as PKCS#8 PEM, or null when none was stored yet. */
  load(): Promise<string | null>
  save(pem: string): Promise<void>
}

/**
 * The OS keychain as the Electron shell offers it (safeStorage): seals a secret so only this
 * account on this machine can open it. The browser host and the command line have none.
 */
export interface Keychain {
  seal(text: string): Buffer
  /** Throws when the keychain cannot open it (reset, another account, another machine). */
  open(sealed: Buffer): string
}

/** The signing key pair of the profile using this library (Ed25519). */
export interface Identity {
  /** Raw 32-byte public key, base64: how the roster and signatures name the key. */
  readonly publicKey: string
  /** Signs a text (UTF-8) with the private key. */
  sign(text: string): Signature
}

/** This machine's part of a library, never shared: key pair, remote token, sync state. */
export const LOCAL_DIR = '.galley-local'

const KEY_FILE = 'signing-key.pem'

/** A vault in a file readable and writable by its owner only. */
export function fileVault(dir: string): KeyVault & { readonly path: string } {
  const file = join(dir, KEY_FILE)
  return {
    path: file,
    async load() {
      try {
        return await readFile(file, 'utf8')
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw e
      }
    },
    async save(pem) {
      await mkdir(dir, { recursive: true, mode: 0o700 })
      await writeFileAtomic(file, pem)
      await chmod(file, 0o600)
    },
  }
}

function rawPublicKey(pem: string): string {
  const der = createPublicKey(createPrivateKey(pem)).export({ format: 'der', type: 'spki' })
  // An Ed25519 SPKI is a 12-byte header followed by the 32-byte key.
  return der.subarray(der.length - 32).toString('base64')
}

/** Loads the profile's key pair, creating and storing one on first start. */
export async function loadIdentity(vault: KeyVault): Promise<Identity> {
  let pem = await vault.load()
  if (pem === null) {
    const { privateKey } = generateKeyPairSync('ed25519')
    pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    await vault.save(pem)
  }
  const key = createPrivateKey(pem)
  const publicKey = rawPublicKey(pem)
  return {
    publicKey,
    sign: (text) => ({
      key: publicKey,
      value: sign(null, Buffer.from(text, 'utf8'), key).toString('base64'),
    }),
  }
}

const SPKI_HEADER = Buffer.from('302a300506032b6570032100', 'hex')

/** Whether `sig` is a valid signature of `text` by the key it names. Never throws. */
export function verifySignature(text: string, sig: Signature): boolean {
  try {
    const raw = Buffer.from(sig.key, 'base64')
    if (raw.length !== 32) return false
    const key = createPublicKey({
      key: Buffer.concat([SPKI_HEADER, raw]),
      format: 'der',
      type: 'spki',
    })
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(sig.value, 'base64'))
  } catch {
    return false
  }
}
