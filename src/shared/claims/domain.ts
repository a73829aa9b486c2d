import { z } from 'zod'
import { IdSchema, LIMITS, RoleSchema } from '../domain'
import { VERDICTS } from '../constants'
import { RULE_IDS } from './rules'
import { DisputeSchema, SignatureSchema } from '../team/records'

export { RESOLVED_VERDICTS, VERDICTS, VERDICT_LABELS, type Verdict } from '../constants'

/** Limits every claim channel enforces; the UI shows them in its messages. */
export const CLAIM_LIMITS = {
  /** The claimed span itself (an anchor's exact text). */
  exactChars: 10_000,
  /** Context kept on each side of an anchor (32 is what Galley records). */
  contextChars: 64,
  noteChars: 10_000,
  citationChars: 1_000,
  urlChars: 2_048,
  sourceNoteChars: 2_000,
  sources: 50,
  commentChars: 5_000,
  comments: 500,
  historyEntries: 1_000,
  reasonChars: 2_000,
  claimsPerDraft: 10_000,
} as const

/** How many characters of context an anchor records on each side. */
export const ANCHOR_CONTEXT = 32

export const VerdictSchema = z.enum(VERDICTS)

export const AnchorStatusSchema = z.enum(['anchored', 'moved', 'changed', 'orphaned'])
export type AnchorStatus = z.infer<typeof AnchorStatusSchema>

const isoTime = z.string().max(40)
const offset = z.number().int().nonnegative().max(LIMITS.bodyChars)

/** W3C-style anchor: quote with context plus position, in the revision it was recorded on. */
export const AnchorSchema = z
  .object({
    start: offset,
    end: offset,
    exact: z.string().min(1).max(CLAIM_LIMITS.exactChars),
    prefix: z.string().max(CLAIM_LIMITS.contextChars),
    suffix: z.string().max(CLAIM_LIMITS.contextChars),
  })
  .refine((a) => a.end > a.start, { message: 'An anchor must end after it starts' })
export type Anchor = z.infer<typeof AnchorSchema>

export const RuleIdSchema = z.enum(RULE_IDS)

export const ClaimSourceSchema = z.object({
  id: IdSchema,
  citation: z.string().trim().min(1, 'A citation is required').max(CLAIM_LIMITS.citationChars),
  /** Kept as text: Galley never fetches it or renders it as a live link. */
  url: z.string().max(CLAIM_LIMITS.urlChars).optional(),
  /** The day the source was consulted, YYYY-MM-DD. */
  accessed: z.string().max(40).optional(),
  note: z.string().max(CLAIM_LIMITS.sourceNoteChars).optional(),
  /** A file copied into the library (see AttachmentSchema). */
  attachmentId: IdSchema.optional(),
})
export type ClaimSource = z.infer<typeof ClaimSourceSchema>

export const VerdictChangeSchema = z.object({
  verdict: VerdictSchema,
  by: z.string().max(LIMITS.profileNameChars),
  role: RoleSchema,
  at: isoTime,
  /** Why, e.g. "claimed text changed in revision 3: needs re-check". */
  reason: z.string().max(CLAIM_LIMITS.reasonChars).optional(),
  /** Ed25519 signature of whoever recorded it (team libraries; see src/core/team). */
  sig: SignatureSchema.optional(),
})
export type VerdictChange = z.infer<typeof VerdictChangeSchema>

export const ClaimCommentSchema = z.object({
  id: IdSchema,
  by: z.string().max(LIMITS.profileNameChars),
  /** For a comment from Word: the role of whoever imported it (Word has no roles). */
  role: RoleSchema,
  at: isoTime,
  text: z.string().trim().min(1).max(CLAIM_LIMITS.commentChars),
  /** Written in Word (a comment or a reply in an imported .docx), not in Galley. */
  from: z.literal('word').optional(),
})
export type ClaimComment = z.infer<typeof ClaimCommentSchema>

/** Where an annotation came from when it was not made in Galley: a Word comment. */
export const WordOriginSchema = z.object({
  kind: z.literal('word-comment'),
  /** The .docx it came in with. */
  fileName: z.string().max(LIMITS.fileNameChars),
  /** The comment's author and date as Word recorded them (the date may be absent). */
  author: z.string().max(LIMITS.profileNameChars),
  at: isoTime.nullable(),
  /** The comment's `w:id` in that file. */
  commentId: z.string().max(40),
})
export type WordOrigin = z.infer<typeof WordOriginSchema>

/** A marked claim in a draft, with its verdict, sources, thread and history. */
export const ClaimSchema = z.object({
  id: IdSchema,
  /** The revision the anchor's offsets and quote were recorded against. */
  revisionId: IdSchema,
  anchor: AnchorSchema,
  status: AnchorStatusSchema,
  verdict: VerdictSchema,
  /** Set when the claimed text changed after a verdict; cleared by the next verdict. */
  needsRecheck: z.boolean(),
  note: z.string().max(CLAIM_LIMITS.noteChars).optional(),
  sources: z.array(ClaimSourceSchema).max(CLAIM_LIMITS.sources),
  comments: z.array(ClaimCommentSchema).max(CLAIM_LIMITS.comments),
  history: z.array(VerdictChangeSchema).max(CLAIM_LIMITS.historyEntries),
  assignee: z.string().max(LIMITS.profileNameChars).nullable().optional(),
  /** The spotter rules that proposed it, when it was accepted from a suggestion. */
  suggestedBy: z.array(RuleIdSchema).max(RULE_IDS.length).optional(),
  /** Given different verdicts on two machines before they synced; cleared by a new verdict. */
  dispute: DisputeSchema.optional(),
  /** Made from a Word comment on import. */
  origin: WordOriginSchema.optional(),
  createdAt: isoTime,
  createdBy: z.object({ name: z.string().max(LIMITS.profileNameChars), role: RoleSchema }),
  updatedAt: isoTime,
})
export type Claim = z.infer<typeof ClaimSchema>

/** Records the anchor of `start..end` in `body`, with Galley's 32 characters of context. */
export function anchorAt(body: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: body.slice(end, end + ANCHOR_CONTEXT),
  }
}
