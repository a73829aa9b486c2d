import { GalleyError } from '@shared/errors'

/** Decodes a file sent as base64, refusing data that is not (a sentence, not a stack trace). */
export function decodeBase64(data: string): Uint8Array {
  if (data.length % 4 !== 0 || /[^A-Za-z0-9+/=]/.test(data.slice(0, 4096))) {
    throw new GalleyError(
      'invalid-input',
      'The file did not arrive intact (its data is not base64). Try sending it again.',
    )
  }
  return Buffer.from(data, 'base64')
}
