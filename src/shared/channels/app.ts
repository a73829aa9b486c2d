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
  /**
   * Opens another library folder in this window's place (a shared library just copied, or any
   * library): a library, an empty folder or a new one. The current library stays open if the
   * new one cannot be opened.
   */
  'app:openLibrary': {
    input: z.strictObject({
      /** The library folder's full path. */
      folder: z.string().trim().min(1).max(1_000),
    }),
    output: z.object({ libraryPath: z.string() }),
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
