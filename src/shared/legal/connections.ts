import { familyOf, type BrandFamily } from '../language/brands'
import { sameName, surname } from '../text'
import type { Connection, ConnectionKind, ConnectionSource, PersonRef, TextRange } from './domain'
import type { Statement } from './statements'

/** Whether two names are the same person: the same name, or one is the other's surname. */
export function samePerson(a: string, b: string): boolean {
  // Asked for every pair of a long text's names and ties again and again: answer each pair once.
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
  let same = SAME.get(key)
  if (same === undefined) {
    if (SAME.size > 100_000) SAME.clear()
    same = comparePeople(a, b)
    SAME.set(key, same)
  }
  return same
}

const SAME = new Map<string, boolean>()

function comparePeople(a: string, b: string): boolean {
  if (sameName(a, b)) return true
  const x = surname(a).toLowerCase()
  const y = surname(b).toLowerCase()
  if (x !== y) return false
  // "Castellane" = "Imogen Castellane"; two different given names are two people.
  const one = (n: string) =>
    n
      .replace(/\b(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+/g, '')
      .trim()
      .split(/\s+/).length === 1
  return one(a) || one(b)
}

/** A tie a quote reveals by itself: a personal referral or discount code for a brand. */
export interface CodeTie {
  readonly person: string
  readonly brand: string
  readonly at: TextRange
}

interface Draft {
  person: string
  family: BrandFamily | null
  brand: string
  kind: ConnectionKind
  source: ConnectionSource
  disclosures: TextRange[]
}

/**
 * Every person–brand tie the checks know: from the people register, from statements in the text
 * ("X is a paid adviser to Y", "Y pays me"), and from referral codes in quotes. Ties to the
 * same brand family merge; the text's statements are kept as the tie's disclosures.
 */
export function collectConnections(
  register: readonly PersonRef[],
  statements: readonly Statement[],
  families: readonly BrandFamily[],
  codes: readonly CodeTie[] = [],
  funded: readonly CodeTie[] = [],
  gifts: readonly CodeTie[] = [],
  owned: readonly CodeTie[] = [],
): Connection[] {
  const out: Draft[] = []
  const add = (
    person: string,
    brand: string,
    kind: ConnectionKind,
    source: ConnectionSource,
    disclosure?: TextRange,
  ) => {
    const family = familyOf(families, brand) ?? null
    const hit = out.find(
      (d) =>
        samePerson(d.person, person) &&
        (family ? d.family === family : d.brand.toLowerCase() === brand.toLowerCase()),
    )
    if (hit) {
      if (disclosure && !hit.disclosures.some((r) => r.start === disclosure.start))
        hit.disclosures.push(disclosure)
      // The register's full name wins over a surname the text uses.
      if (person.length > hit.person.length && sameName(person, hit.person)) hit.person = person
      return
    }
    out.push({
      person,
      family,
      brand: family?.name ?? brand,
      kind,
      source,
      disclosures: disclosure ? [disclosure] : [],
    })
  }
  for (const p of register) for (const c of p.connections) add(p.name, c.brand, c.kind, 'register')
  for (const s of statements) {
    if (!s.tie || s.people.length === 0) continue
    for (const person of s.people)
      for (const brand of s.brandNames)
        add(person, brand, s.tie, 'text', { start: s.start, end: s.end })
  }
  for (const c of codes) add(c.person, c.brand, 'affiliate', 'referral-code')
  // A brand that pays for a person's own research ("X funds Dr. Y's lab"): a business tie, the
  // funding statement its disclosure.
  for (const f of funded) add(f.person, f.brand, 'family-or-business-tie', 'text', f.at)
  // The writer's own gift, said with "my" and no name ("X provided my stay free of charge").
  for (const g of gifts) add(g.person, g.brand, 'gifted-product', 'text', g.at)
  // The publication's owner also owns the brand ("X is published by Y, which also owns Z").
  for (const o of owned) add(o.person, o.brand, 'investor', 'publication', o.at)
  return out.map(({ person, brand, kind, source, disclosures }) => ({
    person,
    brand,
    kind,
    source,
    disclosures: disclosures.sort((a, b) => a.start - b.start),
  }))
}
