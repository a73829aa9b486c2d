import { GalleyError } from '@shared/errors'
import type { Library } from '../library'

/** How many house words one library keeps. */
export const HOUSE_WORDS_MAX = 10_000

/** The library's house words, lower case and sorted. */
export function houseWords(library: Library): string[] {
  return [...(library.settings.data.houseWords ?? [])]
}

/** Adds a word to the house list (once, lower case) and writes settings.json. */
export async function addHouseWord(library: Library, word: string): Promise<string[]> {
  const { settings } = library
  const words = new Set(settings.data.houseWords ?? [])
  const key = word.toLowerCase()
  if (!words.has(key)) {
    if (words.size >= HOUSE_WORDS_MAX)
      throw new GalleyError(
        'invalid-input',
        `The house word list is full (${HOUSE_WORDS_MAX.toLocaleString('en')} words).`,
      )
    words.add(key)
    settings.data.houseWords = [...words].sort((a, b) => a.localeCompare(b, 'en'))
    await settings.write()
  }
  return houseWords(library)
}

let shipped: Promise<{ aff: string; dic: string }> | null = null

/**
 * The English dictionary Galley ships (dictionary-en: Hunspell's en_US, kept up to date by the
 * wooorm/dictionaries project), read from disk on first use and kept: never downloaded.
 */
export function shippedDictionary(): Promise<{ aff: string; dic: string }> {
  shipped ??= import('dictionary-en').then(({ default: d }) => {
    const text = new TextDecoder()
    return { aff: text.decode(d.aff), dic: text.decode(d.dic) }
  })
  shipped.catch(() => {
    shipped = null
  })
  return shipped
}
