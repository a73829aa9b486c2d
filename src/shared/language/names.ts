import FIRST_NAMES from './first-names.json'

const FEMALE = new Set(FIRST_NAMES.female)
const MALE = new Set(FIRST_NAMES.male)
const EITHER = new Set(FIRST_NAMES.unisex)

/** Whether a lower-case word is a known first name (compromise's lexicon, see first-names.json). */
export function isFirstName(word: string): boolean {
  return FEMALE.has(word) || MALE.has(word) || EITHER.has(word)
}

/** The gender a name's first word usually has, or null. */
export function firstNameGender(name: string): 'female' | 'male' | null {
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase()
  return FEMALE.has(first) ? 'female' : MALE.has(first) ? 'male' : null
}
