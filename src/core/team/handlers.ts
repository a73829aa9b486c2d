import { isAbsolute } from 'node:path'
import type { ChannelName, Handlers } from '@shared/contract'
import type { RosterMember } from '@shared/team/records'
import { GalleyError } from '@shared/errors'
import type { HandlerContext } from '../handlers'
import { readRoster, writeRoster } from './roster'
import {
  cloneSharedLibrary,
  setRemoteToken,
  shareLibrary,
  syncLibrary,
  syncStatus,
  type SyncResult,
} from './sync'

type TeamChannel = Extract<ChannelName, `team:${string}`>

/** A sync's result as the channel sends it (plain arrays). */
function view(r: SyncResult) {
  return {
    status: { ...r.status },
    received: r.received,
    merged: r.merged.map((m) => ({
      ...m,
      disputes: [...m.disputes],
      divergent: [...m.divergent],
      notes: [...m.notes],
    })),
    quarantined: [...r.quarantined],
  }
}

/** Writes the roster `change` makes of the current one, signed by this profile's key. */
async function changeRoster(
  library: HandlerContext['library'],
  change: (members: readonly RosterMember[]) => RosterMember[],
): Promise<{ roster: RosterMember[] }> {
  const { roster } = library.team.roster
  if (!roster || !library.identity) {
    throw new GalleyError(
      'conflict',
      'This library has no team roster yet: share it first (the person sharing becomes its admin).',
    )
  }
  const members = change(roster.members)
  if (!members.some((m) => m.admin)) {
    throw new GalleyError('invalid-input', 'The roster needs at least one admin.')
  }
  await writeRoster(library.dir, library.identity, roster, {
    schemaVersion: 1,
    libraryId: roster.libraryId,
    members,
  })
  library.team.roster = await readRoster(library.dir)
  return { roster: members.map((m) => ({ ...m })) }
}

/** Sharing, syncing and the roster of a team library. */
export function teamHandlers({ library }: HandlerContext): Pick<Handlers, TeamChannel> {
  return {
    'team:status': async () => syncStatus(library),
    'team:sync': async (_input, caller) => view(await syncLibrary(library, { actor: caller })),
    'team:share': async ({ url, token }, caller) =>
      view(await shareLibrary(library, { url, token }, caller)),
    'team:setToken': async ({ token }) => {
      // Saving no token would drop the saved one: an empty field (or spaces) is a slip.
      if (!token) {
        throw new GalleyError(
          'invalid-input',
          'Enter the access token the Git server gave you for this repository; the saved token was left as it is.',
        )
      }
      await setRemoteToken(library, token)
      return syncStatus(library)
    },
    'team:openShared': async ({ url, token, folder }) => {
      if (!isAbsolute(folder)) {
        throw new GalleyError('invalid-input', 'Choose a folder for the shared library.')
      }
      await cloneSharedLibrary(folder, { url, token }, library.team.keychain)
      return { folder }
    },
    'team:identity': async () => {
      const { roster, problem } = library.team.roster
      const key = library.identity?.publicKey ?? null
      return {
        publicKey: key,
        roster: roster ? roster.members.map((m) => ({ ...m })) : null,
        rosterProblem: problem,
        admin: roster?.members.some((m) => m.publicKey === key && m.admin) ?? false,
      }
    },
    'team:setMember': async (member) =>
      changeRoster(library, (members) => {
        const at = members.findIndex((m) => m.publicKey === member.publicKey)
        // A changed member keeps their place in the list; a new one goes last.
        return at < 0 ? [...members, member] : members.map((m, i) => (i === at ? member : m))
      }),
    'team:removeMember': async ({ publicKey }) =>
      changeRoster(library, (members) => {
        if (!members.some((m) => m.publicKey === publicKey)) {
          throw new GalleyError('not-found', 'That key is not on the team roster.')
        }
        return members.filter((m) => m.publicKey !== publicKey)
      }),
  }
}
