import { z } from 'zod'
import { IdSchema, LIMITS, RevisionInfoSchema, RevisionSchema } from '../domain'
import { body, message } from './fields'

export { RESOLVE_DIFF_OPTIONS } from '../constants'

const offset = z.number().int().nonnegative()

/** The quotes and disclosures main's analysers find in one revision (the compare view's impact chips). */
export const RevisionSpansSchema = z.object({
  quotes: z.array(
    z.object({ start: offset, end: offset, text: z.string(), speaker: z.string().nullable() }),
  ),
  disclosures: z.array(
    z.object({
      start: offset,
      end: offset,
      text: z.string(),
      kind: z.enum(['affiliate', 'sponsored', 'material-connection', 'gifted-product', 'other']),
      wording: z.enum(['clear', 'ambiguous']),
    }),
  ),
})
export type RevisionSpans = z.infer<typeof RevisionSpansSchema>

/** Tracked revisions: read one, save a new one, resolve a comparison into a new one. */
export const revisionChannels = {
  /** What the analysers find in a revision: they run in main, never in the window. */
  'revisions:spans': {
    input: z.strictObject({ draftId: IdSchema, revisionId: IdSchema }),
    output: RevisionSpansSchema,
  },
  'revisions:get': {
    input: z.strictObject({ draftId: IdSchema, revisionId: IdSchema }),
    output: RevisionSchema,
  },
  'revisions:save': {
    access: 'profile',
    input: z.strictObject({ draftId: IdSchema, baseRevisionId: IdSchema, body, message }),
    output: RevisionInfoSchema,
  },
  /**
   * Saves the outcome of accepting some changes between two revisions and rejecting the rest
   * as a new revision whose parent is the newer one (which must be the current revision).
   */
  'revisions:resolve': {
    access: 'profile',
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
