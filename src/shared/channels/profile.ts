import { z } from 'zod'
import { ProfileSchema } from '../domain'
import { HOUSE_WORD } from '../spelling/words'
import { empty } from './fields'

/** A word for the library's house list, as typed or right-clicked. */
const houseWord = z
  .string()
  .transform((s) => s.trim().replace(/’/g, "'"))
  .pipe(
    z
      .string()
      .regex(
        HOUSE_WORD,
        'A house word is one word of letters (apostrophes and hyphens inside), at most 64 characters',
      ),
  )

/** The library's house words, lower case, sorted. */
const houseWords = z.array(z.string().max(64)).max(10_000)

/**
 * Who is acting on this machine: a name and a role. With it, the spell-checker both windows use:
 * the English dictionary Galley ships (Hunspell .aff and .dic, from dictionary-en) and the
 * library's house word list, which "Add to dictionary" extends.
 */
export const profileChannels = {
  'profile:get': { input: empty, output: ProfileSchema.nullable() },
  'profile:set': { input: z.strictObject(ProfileSchema.shape), output: ProfileSchema },
  'profile:spelling': {
    input: empty,
    output: z.object({
      language: z.literal('en'),
      aff: z.string().max(1_000_000),
      dic: z.string().max(5_000_000),
      words: houseWords,
    }),
  },
  'profile:addWord': {
    input: z.strictObject({ word: houseWord }),
    output: z.object({ words: houseWords }),
    access: 'profile',
  },
} as const
