import type { Person } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { mergePerson, namesakes, namesOf, withNamesakes } from '@shared/people/namesakes'
import { newId } from '../ids'
import type { Library } from '../library'

/** The register's records as stored: what the register shows, edits and exports. */
export function registerPeople(library: Library): readonly Person[] {
  return library.people.data.people
}

const forChecks = new WeakMap<readonly Person[], { length: number; people: readonly Person[] }>()

/**
 * The people register as the checks read it: every record, each with the connections,
 * credentials and other names of the records that name the same person, so a tie recorded on
 * a duplicate is seen whichever record a quote resolves to. Ids and order are the register's.
 */
export function listPeople(library: {
  readonly people: { readonly data: { readonly people: readonly Person[] } }
}): readonly Person[] {
  const stored = library.people.data.people
  const hit = forChecks.get(stored)
  if (hit && hit.length === stored.length) return hit.people
  const people = withNamesakes(stored)
  forChecks.set(stored, { length: stored.length, people })
  return people
}

/** Adds people to the register, each with a new id. */
export async function addPeople(
  library: Library,
  people: readonly Omit<Person, 'id'>[],
): Promise<void> {
  for (const p of people) library.people.data.people.push({ ...p, id: newId('p') })
  await library.people.write()
}

function duplicateError(existing: Person): GalleyError {
  return new GalleyError(
    'conflict',
    `${existing.name}${existing.title ? ` (${existing.title})` : ''} is already in the register: one person, one record. Open that record, or merge into it.`,
  )
}

/**
 * Adds a person (no id) or replaces the one with that id; returns it as it was and is. A name
 * or other name another record already answers to is refused: open or merge that one instead
 * (a record already sharing a name from before may still be edited, not given new namesakes).
 */
export async function savePerson(
  library: Library,
  person: Omit<Person, 'id'> & { readonly id?: string | undefined },
): Promise<{ before: Person | null; after: Person }> {
  const all = library.people.data.people
  const before = person.id ? (all.find((p) => p.id === person.id) ?? null) : null
  if (person.id && !before)
    throw new GalleyError('not-found', 'That person is not in the register any more.')
  const known = new Set(before ? namesakes(all, namesOf(before), before.id).map((p) => p.id) : [])
  const clash = namesakes(all, namesOf(person), before?.id).find((p) => !known.has(p.id))
  if (clash) throw duplicateError(clash)
  const after: Person = { ...structuredClone(person), id: before?.id ?? newId('p') }
  await writePeople(
    library,
    before ? all.map((p) => (p.id === after.id ? after : p)) : [...all, after],
  )
  return { before, after }
}

/**
 * Folds the record `fromId` into `intoId` (every name, credential, affiliation and connection
 * kept) and removes it; returns both as they were and the merged record. Moving quotes and
 * transcripts over is the caller's (they live in the drafts).
 */
export async function mergePeople(
  library: Library,
  intoId: string,
  fromId: string,
): Promise<{ into: Person; from: Person; merged: Person }> {
  if (intoId === fromId) throw new GalleyError('invalid-input', 'Choose two different records.')
  const all = library.people.data.people
  const into = all.find((p) => p.id === intoId)
  const from = all.find((p) => p.id === fromId)
  if (!into || !from)
    throw new GalleyError('not-found', 'That person is not in the register any more.')
  const merged: Person = { ...mergePerson(into, from), id: into.id }
  await writePeople(
    library,
    all.filter((p) => p.id !== fromId).map((p) => (p.id === intoId ? merged : p)),
  )
  return { into, from, merged }
}

/** Removes a person from the register; returns who was removed. */
export async function deletePerson(library: Library, id: string): Promise<Person> {
  const gone = library.people.data.people.find((p) => p.id === id)
  if (!gone) throw new GalleyError('not-found', 'That person is not in the register any more.')
  await writePeople(
    library,
    library.people.data.people.filter((p) => p.id !== id),
  )
  return gone
}

/** Writes the register (temp file, fsync, rename); on failure the old list stays. */
async function writePeople(library: Library, people: Person[]): Promise<void> {
  const file = library.people
  const previous = file.data.people
  file.data.people = people
  try {
    await file.write()
  } catch (e) {
    file.data.people = previous
    throw e
  }
}
