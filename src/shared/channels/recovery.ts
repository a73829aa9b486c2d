import { z } from 'zod'
import { IdSchema, LibraryProblemSchema } from '../domain'

/**
 * A problem is named by its quarantined file's name (`<time>-<file name>`): letters, digits,
 * "-", "_" and single dots, never a path.
 */
export const ProblemIdSchema = z
  .string()
  .max(200)
  .regex(
    /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/,
    'must be the name of a file in quarantine (letters, digits, "-", "_", ".")',
  )

export { problemId } from '../constants'

/** Dealing with files the library quarantined: put back the last good version, or leave it. */
export const recoveryChannels = {
  'recovery:restoreBackup': {
    input: z.strictObject({ problemId: ProblemIdSchema }),
    output: z.object({
      /** The library file that was put back, relative to the library folder. */
      file: z.string(),
      /** The draft it holds, when it is a draft file. */
      draftId: IdSchema.nullable(),
      /** The problems still open. */
      problems: z.array(LibraryProblemSchema),
    }),
  },
  'recovery:dismissProblem': {
    input: z.strictObject({ problemId: ProblemIdSchema }),
    output: z.object({ problems: z.array(LibraryProblemSchema) }),
  },
} as const
