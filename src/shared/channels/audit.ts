import { z } from 'zod'
import { AuditEventSchema } from '../audit/chain'
import { IdSchema } from '../domain'

/** The audit trail of one draft, and its verification. */
export const auditChannels = {
  'audit:get': {
    input: z.strictObject({ draftId: IdSchema }),
    output: z.object({
      events: z.array(AuditEventSchema),
      verdict: z.union([
        z.object({ intact: z.literal(true), events: z.number().int() }),
        z.object({
          intact: z.literal(false),
          events: z.number().int(),
          firstBadSeq: z.number().int().nullable(),
          reason: z.string(),
        }),
      ]),
    }),
  },
} as const
