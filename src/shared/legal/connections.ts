import type { ConnectionKind, DisclosureSpan, PersonRef } from './domain'

const KIND_WORDS: readonly [RegExp, ConnectionKind][] = [
  [/\bambassador\b/i, 'ambassador'],
  [/\b(?:consult\w*|paid (?:adviser|advisor)|retain\w*)\b/i, 'paid-consultant'],
  [/\baffiliate\b/i, 'affiliate'],
  [/\b(?:invest\w*|shareholder|stake)\b/i, 'investor'],
  [/\b(?:gifted|free of charge|provided free|sent (?:us|her|him|them) )/i, 'gifted-product'],
]

function kindOf(text: string): ConnectionKind {
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(text)) return kind
  return 'family-or-business-tie'
}

/**
 * The material connections a text states about the people it names ("Dr. Achterberg is a paid
 * ambassador for Orrenby"): for each material-connection disclosure, every named person whose
 * surname it mentions is connected to the brands it names. Used when no register is at hand
 * (`galley check`) and to propose register entries.
 */
export function connectionsFromText(
  people: readonly { readonly name: string }[],
  disclosures: readonly DisclosureSpan[],
): PersonRef[] {
  const out = new Map<string, { brand: string; kind: ConnectionKind }[]>()
  for (const d of disclosures) {
    if (d.kind !== 'material-connection' || d.brands.length === 0) continue
    for (const person of people) {
      const surname = person.name.trim().split(/\s+/).at(-1)
      if (!surname || !new RegExp(`\\b${escape(surname)}\\b`).test(d.text)) continue
      const list = out.get(person.name) ?? []
      for (const brand of d.brands) {
        if (!list.some((c) => c.brand === brand)) list.push({ brand, kind: kindOf(d.text) })
      }
      out.set(person.name, list)
    }
  }
  return [...out].map(([name, connections]) => ({ name, connections }))
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
