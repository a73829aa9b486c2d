// Person names as running text uses them: "Dr. Rosalind Achterberg" is "Achterberg" on second
// mention, "R. Achterberg" in a caption and "Rosalind M. Achterberg" in a register.
const HONORIFIC = /(?<![\p{L}\p{N}])(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+/gu

/** The name's words, honorifics dropped ("Dr. Rosalind Achterberg" → Rosalind, Achterberg). */
export function nameWords(name: string): string[] {
  return name.replace(HONORIFIC, '').trim().split(/\s+/).filter(Boolean)
}

/**
 * The family name used in running text: the last word once honorifics are dropped. Worked out
 * once per name: it is asked for every entity or register name against every mention.
 */
export function surname(name: string): string {
  let last = SURNAMES.get(name)
  if (last === undefined) {
    if (SURNAMES.size > 50_000) SURNAMES.clear()
    last = nameWords(name).at(-1) ?? name.trim()
    SURNAMES.set(name, last)
  }
  return last
}

const SURNAMES = new Map<string, string>()

/** The given name: the first word once honorifics are dropped. */
export function firstName(name: string): string {
  return nameWords(name)[0] ?? name.trim()
}

/** Lower case, accents folded, curly apostrophes straightened, trailing dots dropped. */
function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\.+$/, '')
    .toLowerCase()
}

/** A name's words folded for comparison, worked out once per name (names are compared often). */
function foldedWords(name: string): readonly string[] {
  let words = FOLDED.get(name)
  if (!words) {
    if (FOLDED.size > 50_000) FOLDED.clear()
    words = nameWords(name).map(fold)
    FOLDED.set(name, words)
  }
  return words
}

const FOLDED = new Map<string, readonly string[]>()

/**
 * A name's last word folded as `sameName` compares it ('' for a name with no words): two names
 * `sameName` calls the same person share it, so a list of names can be indexed by it.
 */
export function foldedSurname(name: string): string {
  return foldedWords(name).at(-1) ?? ''
}

/** Whether one given name stands for the other: equal, or one is the other's initial ("R."). */
function sameGiven(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length === 1 && long.startsWith(short)
}

/**
 * Whether two names name the same person, ignoring case, accents, honorifics, middle names and
 * initials: the surnames must be equal and the given names equal or one the other's initial
 * ("R. Achterberg" = "Dr. Rosalind M. Achterberg"). A one-word name matches only itself; use
 * `surname` to match a bare surname.
 */
export function sameName(a: string, b: string): boolean {
  const x = foldedWords(a)
  const y = foldedWords(b)
  if (x.length === 0 || y.length === 0) return false
  if (x.length === 1 || y.length === 1) return x.length === y.length && x[0] === y[0]
  return x.at(-1) === y.at(-1) && sameGiven(x[0] as string, y[0] as string)
}

/** The string with every RegExp metacharacter escaped, to match it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A global regex that finds a name as whole words, possessive included, any case. */
export function nameRegExp(name: string): RegExp {
  const words = name.trim().split(/\s+/).map(escapeRegExp).join('\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:['’]s)?(?![\\p{L}\\p{N}])`, 'giu')
}
