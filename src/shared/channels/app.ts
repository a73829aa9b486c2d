import { z } from 'zod'
import { LibraryProblemSchema } from '../domain'
import { empty } from './fields'

/** What the window asks first: which Galley, which library, what is wrong with it. */
export const appChannels = {
  'app:info': {
    input: empty,
    output: z.object({
      version: z.string(),
      mode: z.enum(['electron', 'browser']),
      libraryPath: z.string(),
      problems: z.array(LibraryProblemSchema),
    }),
  },
  /** The library's settings that change what its checks say (settings.json). */
  'app:setSettings': {
    access: 'profile',
    input: z.strictObject({
      /** Whether suggested claims nobody accepted or dismissed block publish readiness. */
      suggestionsBlockReadiness: z.boolean(),
    }),
    output: z.object({ suggestionsBlockReadiness: z.boolean() }),
  },
} as const
