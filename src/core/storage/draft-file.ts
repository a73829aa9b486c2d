import { z } from 'zod'
import { AttachmentSchema, DraftRecordSchema, RevisionSchema } from '@shared/domain'
import { countWords } from '@shared/text'
import { AuditEventSchema } from '@shared/audit/chain'
import { DraftTeamStateSchema } from '@shared/team/records'
import { CLAIM_LIMITS, ClaimSchema } from '@shared/claims/domain'
import { QUERY_LIMITS, QuerySchema } from '@shared/claims/queries'
import { LegalStateSchema, QuoteRecordSchema, TranscriptRecordSchema } from '@shared/records'
import { JsonPieces } from './json-pieces'
import type { Migration } from './migrations'

/** A dismissed suggestion is remembered by its normalised sentence text. */
export const DISMISSED_LIMIT = 5_000

/**
 * 5: the draft is kept as one file per record (src/core/storage/draft-records.ts); a whole draft
 * in one file (a portable file, a library of an earlier version) reads as before.
 */
export const DRAFT_SCHEMA_VERSION = 5

export const DraftFileSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  draft: DraftRecordSchema,
  revisions: z.array(RevisionSchema).min(1),
  attachments: z.array(AttachmentSchema),
  claims: z.array(ClaimSchema).max(CLAIM_LIMITS.claimsPerDraft),
  /** Comment threads on spans that are not claims (Word comments); absent in older files. */
  queries: z.array(QuerySchema).max(QUERY_LIMITS.queriesPerDraft).default([]),
  /** Keys of spotter suggestions the fact-checker dismissed for this draft. */
  dismissedSuggestions: z.array(z.string().max(400)).max(DISMISSED_LIMIT),
  quotes: z.array(QuoteRecordSchema).max(10_000),
  transcripts: z.array(TranscriptRecordSchema).max(100),
  legal: LegalStateSchema,
  /** Append-only, hash-chained record of every review change (see docs/disclosures.md). */
  audit: z.array(AuditEventSchema),
  /** Revisions saved apart on two machines and not reconciled yet (team libraries). */
  team: DraftTeamStateSchema.optional(),
})
export type DraftFile = z.infer<typeof DraftFileSchema>

type Json = Record<string, unknown>
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {})

/**
 * Schema 1 → 2: the draft gains credits and brand relations, `archived: boolean` becomes
 * `archivedAt`, status "review" is renamed "in-review", and a revision's author becomes
 * `{ name, role }` with its word count and origin recorded.
 */
const v1ToV2: Migration = (doc) => {
  const draft = obj(doc['draft'])
  const revisions = Array.isArray(doc['revisions']) ? doc['revisions'].map(obj) : []
  const { archived, ...rest } = draft
  return {
    ...doc,
    draft: {
      ...rest,
      credits: [],
      relations: [],
      status: draft['status'] === 'review' ? 'in-review' : draft['status'],
      archivedAt: archived === true ? draft['updatedAt'] : null,
    },
    revisions: revisions.map(({ authorRole, ...r }) => ({
      ...r,
      author: {
        name: typeof r['author'] === 'string' ? r['author'] : 'Unknown',
        role: authorRole ?? 'editor',
      },
      words: countWords(typeof r['body'] === 'string' ? r['body'] : ''),
      origin: { kind: 'edited' },
    })),
    attachments: [],
  }
}

/** Schema 2 → 3: drafts gain fact-check claims and the suggestions dismissed for them. */
const v2ToV3: Migration = (doc) => ({ ...doc, claims: [], dismissedSuggestions: [] })

/**
 * Schema 3 → 4: drafts gain quote records, transcript records (every attachment already kept as
 * a transcript becomes one, its format read from its name), legal review state and an audit trail.
 */
const v3ToV4: Migration = (doc) => {
  const attachments = Array.isArray(doc['attachments']) ? doc['attachments'].map(obj) : []
  const transcripts = attachments
    .filter((a) => a['kind'] === 'transcript')
    .map((a) => {
      const ext =
        String(a['name'] ?? '')
          .toLowerCase()
          .split('.')
          .pop() ?? ''
      const format = ['md', 'vtt', 'srt', 'docx'].includes(ext) ? ext : 'txt'
      return { attachmentId: a['id'], format, personId: null }
    })
  return {
    ...doc,
    quotes: [],
    transcripts,
    legal: { subject: '', accepted: [], signoffs: [] },
    audit: [],
  }
}

/**
 * Schema 4 → 5: the content is the same; on disk a draft becomes a head and one file per record,
 * which the draft store does when it first writes the draft (src/core/storage/draft-folder.ts).
 */
const v4ToV5: Migration = (doc) => ({ ...doc })

export const DRAFT_MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3, v3ToV4, v4ToV5]

/**
 * A draft file's JSON, as written: the same text as `JSON.stringify` with the revisions moved
 * last. The revisions and the audit trail never change once made, so their bytes are reused
 * from earlier writes; the rest (claims, quotes, legal review…) is serialised here and now.
 */
export function draftFileJson(file: DraftFile): JsonPieces {
  const json = new JsonPieces()
  let first = true
  for (const [key, value] of Object.entries(file)) {
    if (key === 'revisions') continue
    const member = `${first ? '{' : ','}${JSON.stringify(key)}:`
    if (key === 'audit' && Array.isArray(value)) {
      json.text(member).records(value as object[])
    } else {
      const text = JSON.stringify(value) as string | undefined
      if (text === undefined) continue
      json.text(`${member}${text}`)
    }
    first = false
  }
  return json
    .text(`${first ? '{' : ','}"revisions":`)
    .records(file.revisions)
    .text('}')
}

/** Serialises a draft file in one go (the text `draftFileJson` writes). */
export function serializeDraftFile(file: DraftFile): string {
  return draftFileJson(file).toString()
}
