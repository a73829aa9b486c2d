import { z } from 'zod'
import { IdSchema, LIMITS, RoleSchema } from '../domain'
import { ImportedLegalSchema, StoredSignoffSchema } from '../records'
import { SignoffDecisionSchema } from '../legal/signoff'

const offset = z.number().int().nonnegative()
const range = { start: offset, end: offset }
const findingId = z.string().min(1).max(200)
const reason = z
  .string()
  .max(2_000, 'A reason can be at most 2,000 characters')
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'Say why the finding is accepted'))
const byDraft = z.strictObject({ draftId: IdSchema })

const DisclosureKindSchema = z.enum([
  'affiliate',
  'sponsored',
  'material-connection',
  'gifted-product',
  'other',
])
const SeveritySchema = z.enum(['error', 'warning', 'info'])

export const LegalDisclosureSchema = z.object({
  ...range,
  text: z.string(),
  kind: DisclosureKindSchema,
  wording: z.enum(['clear', 'ambiguous']),
  brands: z.array(z.string()),
  note: z.string().optional(),
})
export type LegalDisclosure = z.infer<typeof LegalDisclosureSchema>

export const LegalBrandSchema = z.object({
  name: z.string(),
  sources: z.array(z.enum(['relation', 'person', 'text'])),
  mentions: z.array(z.object(range)),
})
export type LegalBrand = z.infer<typeof LegalBrandSchema>

export const LegalEndorsementSchema = z.object({
  ...range,
  kind: z.enum(['product-link', 'recommendation', 'brand-mention', 'connected-quote']),
  text: z.string(),
  brand: z.string().nullable(),
  person: z.string().optional(),
  affiliate: z.boolean().optional(),
  /** Whether a sign-off binds this passage (brand mentions alone are not bound). */
  covered: z.boolean(),
})
export type LegalEndorsement = z.infer<typeof LegalEndorsementSchema>

export const LegalFindingSchema = z.object({
  ...range,
  id: z.string(),
  rule: z.string(),
  /** The rule's one-line title, for the legend. */
  title: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  related: z.array(z.object(range)).optional(),
  accepted: z
    .object({ reason: z.string(), by: z.string(), role: RoleSchema, at: z.string() })
    .nullable(),
})
export type LegalFinding = z.infer<typeof LegalFindingSchema>

export const ChangedPassageSchema = z.object({
  key: z.string(),
  role: z.enum(['disclosure', 'covered']),
  oldText: z.string(),
  newText: z.string().nullable(),
  range: z.object(range).nullable(),
  diff: z.array(z.object({ type: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
})
export type ChangedPassageView = z.infer<typeof ChangedPassageSchema>

export const SignoffViewSchema = z.object({
  record: StoredSignoffSchema,
  /** Revision number the sign-off was made on (null if that revision is unknown). */
  revisionNumber: z.number().int().nullable(),
  stale: z.boolean(),
  changed: z.array(ChangedPassageSchema),
  /** Whether every stored passage hash still matches its stored text. */
  intact: z.boolean(),
  /**
   * In a team library: whether it counts (signed by a key the roster lists as Legal) or why
   * not; absent or 'single-user' in a one-person library, where every sign-off counts.
   */
  trust: z
    .object({
      kind: z.enum(['single-user', 'verified', 'rejected']),
      reason: z.string().optional(),
    })
    .optional(),
})
export type SignoffView = z.infer<typeof SignoffViewSchema>

export const ReadinessItemSchema = z.object({
  area: z.enum(['claims', 'quotes', 'disclosures']),
  severity: SeveritySchema,
  message: z.string(),
  start: offset.optional(),
  end: offset.optional(),
  kind: z.literal('suggestion').optional(),
})
export type ReadinessItemView = z.infer<typeof ReadinessItemSchema>

export const ReadinessSchema = z.object({
  ready: z.boolean(),
  items: z.array(ReadinessItemSchema),
  clear: z.object({ claims: z.boolean(), quotes: z.boolean(), disclosures: z.boolean() }),
  /** How quotes were checked against transcripts: how many were aligned, and what was not done. */
  transcripts: z.object({ checked: z.number().int(), note: z.string().nullable() }),
  /**
   * Suggested claims nobody accepted or dismissed, whether the library lets them block, and how
   * many of them `items` lists: the Legal tab's answer lists the first READINESS_SUGGESTIONS_LISTED
   * (@shared/constants)
   * (a long draft has tens of thousands, which the Claims tab lists), the count is of them all.
   */
  suggestions: z.object({
    open: z.number().int().nonnegative(),
    block: z.boolean(),
    listed: z.number().int().nonnegative(),
  }),
})
export type ReadinessView = z.infer<typeof ReadinessSchema>

export const LegalViewSchema = z.object({
  revisionId: IdSchema,
  revisionNumber: z.number().int(),
  subject: z.string(),
  /** False when the revision has nothing to disclose and no endorsement to cover. */
  needsSignoff: z.boolean(),
  disclosures: z.array(LegalDisclosureSchema),
  brands: z.array(LegalBrandSchema),
  endorsements: z.array(LegalEndorsementSchema),
  findings: z.array(LegalFindingSchema),
  /** The latest sign-off and whether it still holds for the current revision. */
  signoff: SignoffViewSchema.nullable(),
  /** Every sign-off, newest first. */
  history: z.array(
    StoredSignoffSchema.extend({ revisionNumber: z.number().int().nullable() }).omit({
      passages: true,
    }),
  ),
  readiness: ReadinessSchema,
  /**
   * Sign-offs and accepted findings imported with a portable file from another library: its
   * history, never approval here.
   */
  imported: z.array(ImportedLegalSchema).optional(),
})
export type LegalView = z.infer<typeof LegalViewSchema>

/** Legal review and publish readiness; contract.ts lists them with every other channel. */
export const legalChannels = {
  'legal:get': { input: byDraft, output: LegalViewSchema },
  'legal:setSubject': {
    access: 'profile',
    input: z.strictObject({
      draftId: IdSchema,
      subject: z
        .string()
        .max(LIMITS.subjectChars, `A subject can be at most ${LIMITS.subjectChars} characters`)
        .transform((s) => s.trim()),
    }),
    output: z.object({ subject: z.string() }),
  },
  'legal:acceptFinding': {
    access: { role: 'legal', to: 'accept a finding' },
    input: z.strictObject({ draftId: IdSchema, findingId, reason }),
    output: z.object({ ok: z.literal(true) }),
  },
  'legal:unacceptFinding': {
    access: { role: 'legal', to: 'withdraw an accepted finding' },
    input: z.strictObject({ draftId: IdSchema, findingId }),
    output: z.object({ ok: z.literal(true) }),
  },
  'legal:signoff': {
    access: { role: 'legal', to: 'sign off disclosures' },
    input: z.strictObject({
      draftId: IdSchema,
      /** The revision legal reviewed; it must still be the current one. */
      revisionId: IdSchema,
      decision: SignoffDecisionSchema,
      comment: z
        .string()
        .max(2_000, 'A comment can be at most 2,000 characters')
        .transform((s) => s.trim()),
    }),
    output: StoredSignoffSchema,
  },
} as const
