import { z } from 'zod'
import { DRAFT_STATUSES, LIMITS, ROLES } from './constants'

export {
  DRAFT_STATUSES,
  LIMITS,
  ROLES,
  ROLE_LABELS,
  STATUS_LABELS,
  isDraftStatus,
  type DraftStatus,
  type Role,
} from './constants'

/** Ids become file names, so they are restricted to a safe alphabet (no dots, no slashes). */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"')

export const RoleSchema = z.enum(ROLES)

const trimmed = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} is longer than ${max} characters`)
    .transform((s) => s.trim())

export const ProfileSchema = z.object({
  name: trimmed(LIMITS.profileNameChars, 'The name').pipe(z.string().min(1, 'A name is required')),
  role: RoleSchema,
})
export type Profile = z.infer<typeof ProfileSchema>

export const DraftStatusSchema = z.enum(DRAFT_STATUSES)

export const RelationKindSchema = z.enum(['sponsor', 'affiliate', 'brand-mentioned', 'gifted'])

export const BrandRelationSchema = z.object({
  brand: z.string().min(1).max(120),
  kind: RelationKindSchema,
})
export type BrandRelation = z.infer<typeof BrandRelationSchema>

const isoTime = z.string().max(40)

/** A draft's own record: everything but its revisions and annotations. */
export const DraftRecordSchema = z.object({
  id: IdSchema,
  title: z.string().max(LIMITS.titleChars),
  byline: z.string().max(LIMITS.bylineChars),
  credits: z.array(z.string().max(LIMITS.bylineChars)).max(LIMITS.credits),
  status: DraftStatusSchema,
  relations: z.array(BrandRelationSchema).max(LIMITS.relations),
  createdAt: isoTime,
  updatedAt: isoTime,
  archivedAt: isoTime.nullable(),
  trashedAt: isoTime.nullable(),
  currentRevisionId: IdSchema,
  /** Set on a draft imported from a Galley file: what it is a copy of, and where it came from. */
  copyOf: z
    .object({
      title: z.string().max(LIMITS.titleChars),
      draftId: IdSchema,
      fileName: z.string().max(LIMITS.fileNameChars),
      exportedAt: isoTime.nullable(),
      exportedBy: z.string().max(LIMITS.profileNameChars).nullable(),
    })
    .optional(),
})
export type DraftRecord = z.infer<typeof DraftRecordSchema>

export const AuthorSchema = z.object({
  name: z.string().max(LIMITS.profileNameChars),
  role: RoleSchema,
})

export const RevisionOriginSchema = z.object({
  kind: z.enum(['created', 'edited', 'imported', 'sample']),
  fileName: z.string().max(LIMITS.fileNameChars).optional(),
})

/** Revision metadata; the body is fetched separately because it can be large. */
export const RevisionInfoSchema = z.object({
  id: IdSchema,
  parentId: IdSchema.nullable(),
  number: z.number().int().positive(),
  author: AuthorSchema,
  createdAt: isoTime,
  message: z.string().max(LIMITS.messageChars),
  /** sha-256 of the body, hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  words: z.number().int().nonnegative(),
  origin: RevisionOriginSchema,
})
export type RevisionInfo = z.infer<typeof RevisionInfoSchema>

export const RevisionSchema = RevisionInfoSchema.extend({
  body: z.string().max(LIMITS.bodyChars),
})
export type Revision = z.infer<typeof RevisionSchema>

export const AttachmentSchema = z.object({
  id: IdSchema,
  name: z.string().max(LIMITS.fileNameChars),
  kind: z.enum(['transcript', 'source']),
  bytes: z.number().int().nonnegative(),
  addedAt: isoTime,
})
export type Attachment = z.infer<typeof AttachmentSchema>

export const DraftSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  byline: z.string(),
  status: DraftStatusSchema,
  updatedAt: isoTime,
  revisionCount: z.number().int().nonnegative(),
  archivedAt: isoTime.nullable(),
  trashedAt: isoTime.nullable(),
  /** When searching: a few words around the first match in the text. */
  snippet: z.string().nullable(),
  /** Fact-check progress: claims per verdict (keys are verdicts), re-checks and orphans. */
  claims: z.object({
    total: z.number().int().nonnegative(),
    byVerdict: z.record(z.string(), z.number().int().nonnegative()),
    needsRecheck: z.number().int().nonnegative(),
    orphaned: z.number().int().nonnegative(),
  }),
  /** Publish readiness: ready, or how many items block it (see the legal view). */
  readiness: z.object({ ready: z.boolean(), blocking: z.number().int().nonnegative() }).optional(),
})
export type DraftSummary = z.infer<typeof DraftSummarySchema>

export const DraftDetailSchema = z.object({
  draft: DraftRecordSchema,
  revisions: z.array(RevisionInfoSchema),
  current: RevisionSchema,
  attachments: z.array(AttachmentSchema),
  /** Revisions saved apart from the same text (team sync, a merged Galley file), not reconciled. */
  divergent: z
    .array(z.object({ revisionIds: z.array(IdSchema).min(2).max(20), at: isoTime }))
    .optional(),
})
export type DraftDetail = z.infer<typeof DraftDetailSchema>

export const LibraryProblemSchema = z.object({
  file: z.string(),
  quarantinedAs: z.string(),
  reason: z.string(),
  at: isoTime,
  backupAvailable: z.boolean(),
  /** Set when the file was changed on disk by another program and kept aside (both versions kept). */
  conflict: z.boolean().optional(),
})
export type LibraryProblem = z.infer<typeof LibraryProblemSchema>

export const LibraryViewSchema = z.enum(['active', 'archived', 'trash'])
export type LibraryView = z.infer<typeof LibraryViewSchema>

export const ConnectionKindSchema = z.enum([
  'ambassador',
  'paid-consultant',
  'affiliate',
  'investor',
  'gifted-product',
  'family-or-business-tie',
])

/** A person in the shared people register (quoted experts, writers, photographers). */
export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(LIMITS.profileNameChars),
  /** Other names the person is printed under ("R. Achterberg"); a merged record's old name. */
  aliases: z.array(z.string().min(1).max(LIMITS.profileNameChars)).max(20).optional(),
  title: z.string().max(300),
  credentials: z.array(z.string().max(300)).max(50),
  affiliations: z.array(z.string().max(300)).max(50),
  contact: z.string().max(300),
  connections: z
    .array(
      z.object({
        brand: z.string().min(1).max(120),
        kind: ConnectionKindSchema,
        since: z.string().max(40),
        source: z.string().max(500),
      }),
    )
    .max(50),
})
export type Person = z.infer<typeof PersonSchema>
