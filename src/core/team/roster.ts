import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Profile } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { RosterSchema, type Roster, type RosterMember } from '@shared/team/records'
import { writeFileAtomic } from '../storage/atomic'
import type { Identity } from './identity'
import { checkRoster, rosterPayload } from './signing'

/** Where the roster lives in a shared library (tracked by Git, like the drafts). */
export const ROSTER_FILE = 'team/roster.json'

/** The roster as this library uses it: trusted, absent, or refused with a reason. */
export interface RosterState {
  roster: Roster | null
  /** Set when the roster file is there but cannot be trusted (then no sign-off counts). */
  problem: string | null
}

/** Reads and checks the library's roster (absent: a single-person library). */
export async function readRoster(dir: string): Promise<RosterState> {
  let text: string
  try {
    text = await readFile(join(dir, ROSTER_FILE), 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { roster: null, problem: null }
    throw e
  }
  return parseRoster(text, null)
}

/** Parses a roster's text and checks it may follow `prev` (null: checked against itself). */
export function parseRoster(text: string, prev: Roster | null): RosterState {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { roster: null, problem: 'The team roster is not readable JSON.' }
  }
  const parsed = RosterSchema.safeParse(json)
  if (!parsed.success) {
    return { roster: null, problem: 'The team roster does not have the shape Galley expects.' }
  }
  const check = checkRoster(prev, parsed.data)
  if (!check.ok)
    return { roster: null, problem: `The team roster cannot be trusted: ${check.reason}.` }
  return { roster: parsed.data, problem: null }
}

/** Signs and writes a roster (the identity must be an admin of the one it replaces). */
export async function writeRoster(
  dir: string,
  identity: Identity,
  prev: Roster | null,
  next: Omit<Roster, 'sig' | 'version' | 'updatedAt'>,
  at = new Date(),
): Promise<Roster> {
  const unsigned = { ...next, version: (prev?.version ?? 0) + 1, updatedAt: at.toISOString() }
  const roster: Roster = { ...unsigned, sig: identity.sign(rosterPayload(unsigned)) }
  const check = checkRoster(prev, roster)
  if (!check.ok) {
    throw new GalleyError(
      'forbidden-role',
      'Only a roster admin can change the team roster, and your key is not one.',
    )
  }
  await mkdir(join(dir, 'team'), { recursive: true })
  await writeFileAtomic(join(dir, ROSTER_FILE), `${JSON.stringify(roster, null, 2)}\n`)
  return roster
}

/** The first roster of a library being shared: the person sharing it, as its admin. */
export function founderRoster(libraryId: string, profile: Profile, identity: Identity) {
  const member: RosterMember = {
    name: profile.name,
    role: profile.role,
    publicKey: identity.publicKey,
    admin: true,
  }
  return { schemaVersion: 1 as const, libraryId, members: [member] }
}
