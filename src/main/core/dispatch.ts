import type { z } from 'zod'
import { channels, isChannelName, type ChannelName, type Handlers } from '@shared/contract'
import { GalleyError, type Envelope } from '@shared/errors'

/** Turns zod issues into one sentence a person can read. */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : ''
    return `${where}${issue.message}`
  })
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''
  return `The request was not valid — ${parts.join('; ')}${more}.`
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>

/**
 * The one wrapper every transport uses: checks the channel, parses the input, calls the handler
 * and returns an envelope. Nothing thrown escapes.
 */
export function createDispatch(
  handlers: Handlers,
  log: (e: unknown) => void = console.error,
): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return {
        ok: false,
        error: { code: 'unknown-channel', message: 'Galley does not know that request.' },
      }
    }
    const spec = channels[channel]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } }
    }
    try {
      const handler = handlers[channel] as (i: unknown) => Promise<unknown>
      const value = await handler(parsed.data)
      return { ok: true, value }
    } catch (e) {
      if (e instanceof GalleyError)
        return { ok: false, error: { code: e.code, message: e.message } }
      log(e)
      return {
        ok: false,
        error: {
          code: 'internal',
          message:
            'Something unexpected went wrong inside Galley; the details were written to its log.',
        },
      }
    }
  }
}

export type { ChannelName }
