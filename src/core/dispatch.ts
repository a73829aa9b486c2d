import type { z } from 'zod'
import {
  accessOf,
  channels,
  isChannelName,
  type ChannelName,
  type Handlers,
} from '@shared/contract'
import { ROLE_LABELS, type Profile } from '@shared/domain'
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
 * The caller a channel's spec allows, or a GalleyError that says who may call it: a change needs
 * a profile (so the audit trail can say who made it), and some need a role.
 */
export function checkCaller(channel: ChannelName, profile: Profile | null): Profile | null {
  const access = accessOf(channel)
  if (access === 'anyone') return profile
  if (!profile) {
    throw new GalleyError(
      'no-profile',
      'Set your name and role first, so Galley can record who made this change.',
    )
  }
  if (access !== 'profile' && profile.role !== access.role) {
    throw new GalleyError(
      'forbidden-role',
      `Only a profile with the ${ROLE_LABELS[access.role]} role can ${access.to}; you are working as ${profile.name} (${ROLE_LABELS[profile.role]}).`,
    )
  }
  return profile
}

/**
 * The one wrapper every transport uses: checks the channel, parses the input, checks the caller
 * against the channel's access, calls the handler and returns an envelope. Nothing thrown escapes.
 */
export function createDispatch(
  handlers: Handlers,
  profile: () => Profile | null,
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
      const caller = checkCaller(channel, profile())
      const handler = handlers[channel] as (i: unknown, c: Profile | null) => Promise<unknown>
      const value = await handler(parsed.data, caller)
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
