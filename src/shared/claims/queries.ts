import { z } from 'zod'
import { IdSchema, LIMITS, RoleSchema } from '../domain'
import { AnchorSchema, AnchorStatusSchema, ClaimCommentSchema, WordOriginSchema } from './domain'

/** Limits of queries, the free-standing comment threads on a span. */
export const QUERY_LIMITS = {
  queriesPerDraft: 10_000,
  comments: 500,
  events: 200,
} as const

const isoTime = z.string().max(40)
const who = z.object({ name: z.string().max(LIMITS.profileNameChars), role: RoleSchema })

/** A query was resolved or reopened: who, in which role, when. */
export const QueryEventSchema = z.object({
  action: z.enum(['resolved', 'reopened']),
  by: z.string().max(LIMITS.profileNameChars),
  role: RoleSchema.nullable(),
  at: isoTime,
})
export type QueryEvent = z.infer<typeof QueryEventSchema>

/**
 * A query: a comment thread on a span that is not a fact to check (a Word comment such as
 * "Tighten this?"). It follows its text into new revisions like a claim and can be resolved.
 * The first comment is the query itself.
 */
export const QuerySchema = z.object({
  id: IdSchema,
  revisionId: IdSchema,
  anchor: AnchorSchema,
  status: AnchorStatusSchema,
  comments: z.array(ClaimCommentSchema).min(1).max(QUERY_LIMITS.comments),
  /** Set while it is resolved; null when open. */
  resolved: z.object({ by: z.string().max(LIMITS.profileNameChars), at: isoTime }).nullable(),
  /** Every resolve and reopen, oldest first. */
  events: z.array(QueryEventSchema).max(QUERY_LIMITS.events),
  origin: WordOriginSchema.optional(),
  createdAt: isoTime,
  createdBy: who,
  updatedAt: isoTime,
})
export type Query = z.infer<typeof QuerySchema>
