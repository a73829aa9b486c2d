/** Stable error codes that cross the bridge; the UI maps each to a sentence. */
export const ERROR_CODES = [
  'invalid-input',
  'unknown-channel',
  'forbidden-sender',
  'unauthorized',
  'not-found',
  'conflict',
  'no-profile',
  'forbidden-role',
  'unsupported-file',
  'file-too-large',
  'unreadable-file',
  'library-locked',
  'corrupt-file',
  'not-available-in-browser',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  readonly code: ErrorCode
  readonly message: string
}

export type Envelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError }

/** An error whose message is written for the person using Galley. */
export class GalleyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'GalleyError'
  }
}

/** Exhaustiveness check for switches over a kind. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`)
}
