import { ORG_WORDS } from './lexicon'
import type { Mention } from './mentions'
import { isFirstName } from './names'

/**
 * "Ewan and Noor Okafor-Reyes": two first names joined by "and" before one surname share
 * it, so the first is "Ewan Okafor-Reyes" too. Only when the second name is a first name
 * and a surname (two words), the first is one capitalised word that is no organisation word
 * and is a known first name or one of a pair the sentence speaks of as such ("… bought their
 * flat"), and the text names the first with no other surname.
 */
export function shareSurnames(mentions: readonly Mention[]): Mention[] {
  const out = [...mentions]
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]
    const b = out[i + 1]
    if (!a || !b || a.sentence !== b.sentence) continue
    if (a.tokenEnd + 1 !== b.tokenIndex || a.sentence.tokens[a.tokenEnd]?.lower !== 'and') continue
    if (a.possessive || /\s/.test(a.name) || !/^\p{Lu}\p{Ll}+$/u.test(a.name)) continue
    const words = b.name.split(/\s+/)
    const [first, surname] = words
    if (words.length !== 2 || !first || !surname || !isFirstName(first.toLowerCase())) continue
    if (ORG_WORDS.has(a.name.toLowerCase()) || ORG_WORDS.has(surname.toLowerCase())) continue
    // The first is a first name too: a known one, or the pair is spoken of as a pair ("… bought
    // their flat", "both", "the couple"), not a shop beside a person ("Harwick and Sarah Jones").
    const rest = a.sentence.tokens.slice(b.tokenEnd).map((t) => t.lower)
    const pair = rest.some((w) => ['their', 'they', 'both', 'together', 'couple'].includes(w))
    if (!isFirstName(a.name.toLowerCase()) && !pair) continue
    const other = mentions.some(
      (m) => m.name.startsWith(`${a.name} `) && !m.name.endsWith(` ${surname}`),
    )
    // "Ruiz and Sara Bell both abstained" after "Ana Ruiz": a word the text gives someone as a
    // surname is that person, not a first name.
    const surnameElsewhere = mentions.some(
      (m) => m !== a && !m.name.startsWith(`${a.name} `) && m.name.endsWith(` ${a.name}`),
    )
    if (other || surnameElsewhere) continue
    out[i] = { ...a, name: `${a.name} ${surname}` }
  }
  return out
}
