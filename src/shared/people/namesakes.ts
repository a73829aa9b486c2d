// One person, one record: the register finds records that name the same person (by name or
// other name, honorifics, initials and middle names aside), merges two into one, and lets the
// checks see every namesake's connections while duplicates remain.
import type { Person } from '../domain'
import { sameName } from '../text/names'

type Connection = Person['connections'][number]

/** The names a record answers to: its name, then its other names. */
export function namesOf(person: Pick<Person, 'name' | 'aliases'>): string[] {
  return [person.name, ...(person.aliases ?? [])]
}

/** Records (other than `exceptId`) that answer to one of `names` ("R. Achterberg" included). */
export function namesakes<P extends Pick<Person, 'id' | 'name' | 'aliases'>>(
  people: readonly P[],
  names: readonly string[],
  exceptId?: string,
): P[] {
  const wanted = names.map((n) => n.trim()).filter(Boolean)
  return people.filter(
    (p) => p.id !== exceptId && namesOf(p).some((n) => wanted.some((w) => sameName(n, w))),
  )
}

/** The list without repeats, case and spacing aside; the first spelling is kept. */
function union(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const s of lists.flat()) {
    const key = s.trim().replace(/\s+/g, ' ').toLowerCase()
    if (!key || seen.has(key)) continue
    seen.add(key)
    out.push(s.trim())
  }
  return out
}

/** Every connection of both, one per brand and kind; `into`'s details win, `from` fills gaps. */
function unionConnections(into: readonly Connection[], from: readonly Connection[]): Connection[] {
  const out: Connection[] = into.map((c) => ({ ...c }))
  for (const c of from) {
    const same = out.find(
      (o) => o.kind === c.kind && o.brand.trim().toLowerCase() === c.brand.trim().toLowerCase(),
    )
    if (!same) out.push({ ...c })
    else {
      if (!same.since) same.since = c.since
      if (!same.source) same.source = c.source
    }
  }
  return out
}

/**
 * `from` folded into `into`: `into`'s name and id; `from`'s name (if spelled differently) and
 * other names become other names; credentials, affiliations and connections are the union;
 * `into`'s title and contact win, `from`'s fill them when empty. Nothing of either is lost.
 */
export function mergePerson<P extends Omit<Person, 'id'> & { readonly id?: string }>(
  into: P,
  from: Omit<Person, 'id'>,
): P & { aliases: string[] } {
  const intoKey = into.name.trim().toLowerCase()
  return {
    ...into,
    aliases: union(into.aliases ?? [], namesOf(from)).filter((n) => n.toLowerCase() !== intoKey),
    title: into.title || from.title,
    credentials: union(into.credentials, from.credentials),
    affiliations: union(into.affiliations, from.affiliations),
    contact: into.contact || from.contact,
    connections: unionConnections(into.connections, from.connections),
  }
}

/**
 * The register as the checks read it: each record with the credentials, affiliations,
 * other names and connections of every record that names the same person, so a connection
 * recorded on a duplicate is never missed, whichever record a quote resolves to.
 */
export function withNamesakes(people: readonly Person[]): Person[] {
  return people.map((p) => {
    const others = namesakes(people, namesOf(p), p.id)
    if (others.length === 0) return p
    const merged = others.reduce<Person>((acc, o) => ({ ...mergePerson(acc, o), id: p.id }), p)
    return merged
  })
}
