import { createHash, randomBytes } from 'node:crypto'

/** A new id: a short prefix, the time in base 36 and 8 random base64url characters. */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(6).toString('base64url')}`
}

/** sha-256 of a text as lowercase hex. */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex')
}
