import type { Person } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { newId } from '../ids'
import type { Library } from '../library'

/** The people register, shared by every draft of the library. */
export function listPeople(library: Library): readonly Person[] {
  return library.people.data.people
}

/** Adds people to the register, each with a new id. */
export async function addPeople(
  library: Library,
  people: readonly Omit<Person, 'id'>[],
): Promise<void> {
  for (const p of people) library.people.data.people.push({ ...p, id: newId('p') })
  await library.people.write()
}

/** Adds a person (no id) or replaces the one with that id; returns it as it was and is. */
export async function savePerson(
  library: Library,
  person: Omit<Person, 'id'> & { readonly id?: string | undefined },
): Promise<{ before: Person | null; after: Person }> {
  const all = library.people.data.people
  const before = person.id ? (all.find((p) => p.id === person.id) ?? null) : null
  if (person.id && !before)
    throw new GalleyError('not-found', 'That person is not in the register any more.')
  const after: Person = { ...structuredClone(person), id: before?.id ?? newId('p') }
  await writePeople(
    library,
    before ? all.map((p) => (p.id === after.id ? after : p)) : [...all, after],
  )
  return { before, after }
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
