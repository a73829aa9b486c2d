import { readDocument } from '../language/document'
import { sameName, surname } from '../text/names'
import type { DetectedQuote } from './detect'
import { attributeSpeakers } from './speakers'

/** A person the caller already knows (the people register): name and other names. */
export interface KnownPerson {
  readonly name: string
  readonly aliases?: readonly string[]
}

/** A person named in the text, proposed for the people register. */
export interface FoundPerson {
  /** Full name as the text first gives it, without honorific ("Rosalind Achterberg"). */
  readonly name: string
  /** Honorific used with the name, if any ("Dr."). */
  readonly honorific: string | null
  /** Titles and descriptions the text gives: role titles and apposition nouns. */
  readonly titles: readonly string[]
  /** Offset of the first mention. */
  readonly firstStart: number
  /** How many times the person is mentioned (full name, short name or title + surname). */
  readonly mentions: number
}

export interface Attribution {
  /** Full name as the text gives it, or null when the quote has no named speaker. */
  readonly speaker: string | null
  /** Index into the `people` passed in, when the speaker is one of them. */
  readonly personIndex: number | null
  /** 0–1: how sure the rule that fired is. */
  readonly confidence: number
  /** One line a reviewer can read: which rule fired and on which words. */
  readonly reason: string
}

const HONORIFIC = /^(dr|mr|mrs|ms|mx|prof|professor|sir|dame|rev)\.?$/i

/**
 * The people the text names: entities the language layer typed as persons, with the honorific
 * and roles it gives them, in order of first mention.
 */
export function findPeople(markdown: string): FoundPerson[] {
  const doc = readDocument(markdown)
  return doc.entities
    .filter((e) => e.kind === 'person')
    .map((e) => {
      const titled = e.mentions.find((m) => m.title)
      const honorific = titled?.title.split(/\s+/).find((w) => HONORIFIC.test(w)) ?? null
      const titles = [
        ...new Set([
          ...e.mentions.map((m) => m.title).filter((t) => t && !HONORIFIC.test(t)),
          ...e.roles,
        ]),
      ]
      return {
        name: e.name,
        honorific,
        titles,
        firstStart: e.mentions[0]?.start ?? 0,
        mentions: e.mentions.length,
      }
    })
    .sort((a, b) => a.firstStart - b.firstStart)
}

/** Which register entry a name stands for: same name, an alias, or the same surname alone. */
function registerIndex(name: string, people: readonly KnownPerson[]): number | null {
  const exact = people.findIndex(
    (p) => sameName(p.name, name) || (p.aliases ?? []).some((a) => sameName(a, name)),
  )
  if (exact >= 0) return exact
  // The surname alone stands for the register's person of that surname; a full name whose given
  // name differs ("Lusia Teague" beside the register's "Marisol Teague") is someone else.
  const short = name.trim().split(/\s+/).length === 1
  const bySurname = people.findIndex((p) =>
    short
      ? surname(p.name).toLowerCase() === name.trim().toLowerCase()
      : p.name.trim().split(/\s+/).length === 1 &&
        p.name.trim().toLowerCase() === surname(name).toLowerCase(),
  )
  return bySurname >= 0 ? bySurname : null
}

/**
 * Proposes a speaker for each quote (see speakers.ts): the attribution's name, pronoun (gender
 * and number agreeing), role or spokesperson, a Q&A's interviewee, or the speaker the quote
 * continues. A speaker in the people register is returned under the register's name.
 */
export function attributeQuotes(
  markdown: string,
  quotes: readonly DetectedQuote[],
  people: readonly KnownPerson[] = [],
): Attribution[] {
  const doc = readDocument(markdown)
  return attributeSpeakers(doc, quotes).map((g) => {
    const index = g.speaker ? registerIndex(g.speaker, people) : null
    const known = index === null ? null : people[index]
    return {
      speaker: known ? known.name : g.speaker,
      personIndex: index,
      confidence: g.confidence,
      reason: g.reason,
    }
  })
}
