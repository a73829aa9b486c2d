import type { ErrorCode } from '@shared/errors'

/** A refusal or failure from Galley's host; `message` is written for the person using Galley. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** Turns anything thrown into an ApiError, keeping a readable message. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  if (e instanceof Error) return new ApiError('internal', e.message)
  return new ApiError('internal', 'Something unexpected went wrong inside Galley.')
}
