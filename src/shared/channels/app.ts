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
} as const
