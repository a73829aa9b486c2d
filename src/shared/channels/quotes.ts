import { z } from 'zod'
import { IdSchema, LIMITS } from '../domain'
import { AlignLabelSchema, QuoteFlagSchema } from '../quotes/domain'
import { TranscriptFormatSchema } from '../records'

const offset = z.number().int().nonnegative().max(LIMITS.bodyChars)
const name = z.string().trim().min(1, 'A name is required').max(LIMITS.profileNameChars)
const field = (max: number) => z.string().trim().max(max)

/** Which quote a change is about: its span in the revision the reviewer was looking at. */
const quoteAt = {
  draftId: IdSchema,
  /** The revision the span was read from; a stale one is refused as a conflict. */
  revisionId: IdSchema,
  start: offset,
  end: offset,
}

export const DiffPartSchema = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
})
export type QuoteDiffPart = z.infer<typeof DiffPartSchema>

/** A quote checked against the draft's transcripts: the best match among them. */
export const QuoteAlignmentSchema = z.object({
  label: AlignLabelSchema,
  attachmentId: IdSchema.nullable(),
  transcriptName: z.string().nullable(),
  /** What was said, as the transcript has it ('' when not found). */
  passage: z.string(),
  passageSpeaker: z.string().nullable(),
  /** Whether the passage's speaker is the quote's speaker (null when either is unknown). */
  speakerMatches: z.boolean().nullable(),
  /** Printed quote against the passage: 'added' printed but not said, 'removed' said, not printed. */
  diff: z.array(DiffPartSchema),
})
export type QuoteAlignment = z.infer<typeof QuoteAlignmentSchema>

export const QuoteViewSchema = z.object({
  key: z.string(),
  recordId: IdSchema.nullable(),
  start: offset,
  end: offset,
  text: z.string(),
  kind: z.enum(['direct', 'qa-answer', 'manual']),
  speaker: z.string().nullable(),
  personId: IdSchema.nullable(),
  speakerSource: z.enum(['confirmed', 'detected', 'none']),
  confidence: z.number(),
  reason: z.string(),
  subject: z.string(),
  groupId: z.number().int().nullable(),
  flags: z.array(QuoteFlagSchema),
  /** Null when the draft has no transcript to check against. */
  alignment: QuoteAlignmentSchema.nullable(),
})
export type QuoteView = z.infer<typeof QuoteViewSchema>

export const FoundPersonSchema = z.object({
  name: z.string(),
  honorific: z.string().nullable(),
  titles: z.array(z.string()),
  firstStart: z.number().int(),
  mentions: z.number().int(),
})
export type FoundPersonView = z.infer<typeof FoundPersonSchema>

export const TranscriptViewSchema = z.object({
  attachmentId: IdSchema,
  name: z.string(),
  format: TranscriptFormatSchema,
  personId: IdSchema.nullable(),
  segments: z.number().int().nonnegative(),
  /** Why the transcript could not be read, when it could not. */
  problem: z.string().nullable(),
})
export type TranscriptView = z.infer<typeof TranscriptViewSchema>

/** A quote record whose text is gone from the current revision: kept and shown, never dropped. */
export const OrphanedQuoteSchema = z.object({
  recordId: IdSchema,
  text: z.string(),
  speaker: z.string().nullable(),
})

export const QuotesListSchema = z.object({
  revisionId: IdSchema,
  quotes: z.array(QuoteViewSchema),
  orphaned: z.array(OrphanedQuoteSchema),
  /** People named in the text who are not in the register yet. */
  peopleFound: z.array(FoundPersonSchema),
  transcripts: z.array(TranscriptViewSchema),
})
export type QuotesList = z.infer<typeof QuotesListSchema>

/** The Quotes tab: detected quotes, their speakers and labels; contract.ts lists them with the rest. */
export const quoteChannels = {
  'quotes:list': {
    input: z.strictObject({ draftId: IdSchema }),
    output: QuotesListSchema,
  },
  'quotes:setSpeaker': {
    access: 'profile',
    input: z.strictObject({
      ...quoteAt,
      /** Null confirms that the quote has no known speaker. */
      speaker: z.strictObject({ name, personId: IdSchema.nullable() }).nullable(),
    }),
    output: QuotesListSchema,
  },
  'quotes:mark': {
    access: 'profile',
    input: z.strictObject(quoteAt),
    output: QuotesListSchema,
  },
  'quotes:unmark': {
    access: 'profile',
    input: z.strictObject(quoteAt),
    output: QuotesListSchema,
  },
  'quotes:setSubject': {
    access: 'profile',
    input: z.strictObject({ ...quoteAt, subject: field(200) }),
    output: QuotesListSchema,
  },
} as const
