import { z } from 'zod'
import { AttachmentSchema, IdSchema, LIMITS } from '../domain'
import { CLAIM_LIMITS, ClaimSchema, RuleIdSchema, VerdictSchema } from '../claims/domain'
import { QuerySchema } from '../claims/queries'
import { SOURCE_FILE_BYTES } from '../constants'

export { SOURCE_FILE_BYTES } from '../constants'

const sourceBase64Max = Math.ceil((SOURCE_FILE_BYTES * 4) / 3) + 8

const draftAndClaim = { draftId: IdSchema, claimId: IdSchema }
const offset = z.number().int().nonnegative().max(LIMITS.bodyChars)
const text = (max: number) => z.string().max(max)
/** A suggestion is remembered by its sentence text, normalised (see suggestionKey). */
const suggestionKey = z.string().min(1).max(400)

/** A spotter suggestion as the margin shows it. */
export const SuggestionSchema = z.object({
  key: suggestionKey,
  start: offset,
  end: offset,
  text: z.string(),
  rules: z.array(RuleIdSchema).readonly(),
  reasons: z.array(z.string()).readonly(),
})
export type Suggestion = z.infer<typeof SuggestionSchema>

const accessedDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'The accessed date must look like 2026-03-14')
  .optional()

/** The fact-check channels; contract.ts lists them with every other channel. */
export const claimChannels = {
  'claims:list': {
    input: z.strictObject({ draftId: IdSchema }),
    output: z.object({
      /** The revision every anchored claim and suggestion refers to (the current one). */
      revisionId: IdSchema,
      claims: z.array(ClaimSchema),
      /** Comment threads on spans that are not claims (from Word comments). */
      queries: z.array(QuerySchema),
      suggestions: z.array(SuggestionSchema),
    }),
  },
  'claims:create': {
    access: 'profile',
    input: z.strictObject({
      draftId: IdSchema,
      /** The revision the selection was made in; a stale one is refused as a conflict. */
      revisionId: IdSchema,
      start: offset,
      end: offset,
      /** When the claim is a suggestion accepted. */
      suggestionKey: suggestionKey.optional(),
    }),
    output: ClaimSchema,
  },
  'claims:setVerdict': {
    access: 'profile',
    input: z.strictObject({
      ...draftAndClaim,
      verdict: VerdictSchema,
      reason: text(CLAIM_LIMITS.reasonChars).optional(),
    }),
    output: ClaimSchema,
  },
  'claims:update': {
    access: 'profile',
    input: z.strictObject({
      ...draftAndClaim,
      note: text(CLAIM_LIMITS.noteChars).optional(),
      assignee: z.string().trim().max(LIMITS.profileNameChars).nullable().optional(),
    }),
    output: ClaimSchema,
  },
  'claims:addSource': {
    access: 'profile',
    input: z.strictObject({
      ...draftAndClaim,
      citation: z.string().trim().min(1, 'A citation is required').max(CLAIM_LIMITS.citationChars),
      url: text(CLAIM_LIMITS.urlChars).optional(),
      accessed: accessedDate,
      note: text(CLAIM_LIMITS.sourceNoteChars).optional(),
      file: z
        .strictObject({
          fileName: z.string().min(1).max(LIMITS.fileNameChars),
          dataBase64: z.string().max(sourceBase64Max, 'The file is larger than 25 MB'),
        })
        .optional(),
    }),
    output: z.object({ claim: ClaimSchema, attachment: AttachmentSchema.nullable() }),
  },
  'claims:removeSource': {
    access: 'profile',
    input: z.strictObject({ ...draftAndClaim, sourceId: IdSchema }),
    output: ClaimSchema,
  },
  'claims:comment': {
    access: 'profile',
    input: z.strictObject({
      ...draftAndClaim,
      text: z.string().trim().min(1, 'A comment needs some text').max(CLAIM_LIMITS.commentChars),
    }),
    output: ClaimSchema,
  },
  'claims:delete': {
    access: 'profile',
    input: z.strictObject(draftAndClaim),
    output: z.object({ ok: z.literal(true) }),
  },
  'claims:dismissSuggestion': {
    access: 'profile',
    input: z.strictObject({ draftId: IdSchema, key: suggestionKey }),
    output: z.object({ ok: z.literal(true) }),
  },
  'claims:export': {
    input: z.strictObject({
      draftId: IdSchema,
      format: z.enum(['web-annotation', 'claim-review']),
    }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), text: z.string() }),
  },
  'queries:resolve': {
    access: 'profile',
    input: z.strictObject({ draftId: IdSchema, queryId: IdSchema, resolved: z.boolean() }),
    output: QuerySchema,
  },
  'queries:comment': {
    access: 'profile',
    input: z.strictObject({
      draftId: IdSchema,
      queryId: IdSchema,
      text: z.string().trim().min(1, 'A comment needs some text').max(CLAIM_LIMITS.commentChars),
    }),
    output: QuerySchema,
  },
  'queries:delete': {
    access: 'profile',
    input: z.strictObject({ draftId: IdSchema, queryId: IdSchema }),
    output: z.object({ ok: z.literal(true) }),
  },
} as const

/** The key a dismissed suggestion is remembered by: its sentence, case and spacing ignored. */
export function suggestionKeyOf(sentence: string): string {
  return sentence.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 400)
}
