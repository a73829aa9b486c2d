import { z } from 'zod'
import { IdSchema, LIMITS, RevisionInfoSchema } from '../domain'

export { RESOLVE_DIFF_OPTIONS } from '../constants'

/** Channels of tracked revisions (beyond get/save in contract.ts). */
export const revisionChannels = {
  /**
   * Saves the outcome of accepting some changes between two revisions and rejecting the rest
   * as a new revision whose parent is the newer one (which must be the current revision).
   */
  'revisions:resolve': {
    input: z.strictObject({
      draftId: IdSchema,
      oldRevisionId: IdSchema,
      newRevisionId: IdSchema,
      accepted: z.array(z.string().max(64)).max(100_000),
      /** The text the renderer computed; main recomputes it and refuses a mismatch. */
      body: z.string().max(LIMITS.bodyChars),
      message: z
        .string()
        .max(LIMITS.messageChars)
        .transform((s) => s.trim()),
    }),
    output: RevisionInfoSchema,
  },
} as const
