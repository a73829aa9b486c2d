// What a draft file keeps of the reviewers' work on quotes, transcripts and legal review.
import { z } from 'zod'
import { AnchorSchema, AnchorStatusSchema } from '../claims/domain'
import { IdSchema, RoleSchema } from '../domain'
import { SignoffRecordSchema } from '../legal/signoff'
import { SignatureSchema } from '../team/records'

const isoTime = z.string().max(40)
const actor = z.object({ name: z.string().max(120), role: RoleSchema, at: isoTime })

/**
 * A quote the reviewer touched: a detected one whose speaker was confirmed or changed, its
 * subject recorded, or which was unmarked (hidden); or one marked by hand. Quotes nobody
 * touched are detected afresh from the text and not stored.
 */
export const QuoteRecordSchema = z.object({
  id: IdSchema,
  revisionId: IdSchema,
  anchor: AnchorSchema,
  status: AnchorStatusSchema,
  origin: z.enum(['detected', 'manual']),
  /** The confirmed speaker; null with `confirmed` set means "confirmed: no speaker". */
  speaker: z.object({ name: z.string().min(1).max(120), personId: IdSchema.nullable() }).nullable(),
  confirmed: actor.nullable(),
  /** What the quote speaks about, for the credential check ("skincare", "nutrition"). */
  subject: z.string().max(200),
  /** Unmarked: not a quote after all (kept so detection does not bring it back). */
  hidden: z.boolean(),
  createdAt: isoTime,
  updatedAt: isoTime,
})
export type QuoteRecord = z.infer<typeof QuoteRecordSchema>

export const TranscriptFormatSchema = z.enum(['txt', 'md', 'vtt', 'srt', 'docx'])
export type TranscriptFormat = z.infer<typeof TranscriptFormatSchema>

/** An interview transcript attached to the draft, optionally tied to the person interviewed. */
export const TranscriptRecordSchema = z.object({
  attachmentId: IdSchema,
  format: TranscriptFormatSchema,
  personId: IdSchema.nullable(),
})
export type TranscriptRecord = z.infer<typeof TranscriptRecordSchema>

export const AcceptedFindingSchema = z.object({
  findingId: z.string().max(200),
  reason: z.string().min(1).max(2_000),
  by: z.string().max(120),
  role: RoleSchema,
  at: isoTime,
})
export type AcceptedFinding = z.infer<typeof AcceptedFindingSchema>

export const StoredSignoffSchema = SignoffRecordSchema.extend({
  id: IdSchema,
  /** Ed25519 signature of the person who signed off (team libraries; see src/core/team). */
  sig: SignatureSchema.optional(),
})
export type StoredSignoff = z.infer<typeof StoredSignoffSchema>

/**
 * Sign-offs and accepted findings that came with a portable file from another library: kept as
 * that library's history, shown as such, and never counted as approval here.
 */
export const ImportedLegalSchema = z.object({
  from: z.object({
    fileName: z.string().max(300),
    exportedAt: isoTime,
    exportedBy: z.string().max(120).nullable(),
    importedAt: isoTime,
  }),
  signoffs: z.array(StoredSignoffSchema).max(1_000),
  accepted: z.array(AcceptedFindingSchema).max(1_000),
})
export type ImportedLegal = z.infer<typeof ImportedLegalSchema>

/** Legal review of one draft: its subject, findings legal accepted, and every sign-off. */
export const LegalStateSchema = z.object({
  subject: z.string().max(200),
  accepted: z.array(AcceptedFindingSchema).max(1_000),
  signoffs: z.array(StoredSignoffSchema).max(1_000),
  /** Legal history imported with portable files (absent when there is none). */
  imported: z.array(ImportedLegalSchema).max(100).optional(),
})
export type LegalState = z.infer<typeof LegalStateSchema>

export const EMPTY_LEGAL: LegalState = { subject: '', accepted: [], signoffs: [] }
