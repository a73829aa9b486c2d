import { z } from 'zod'
import { ConnectionKindSchema } from '@shared/domain'

// Schemas of what the quotes engine produces, for the lead to reuse in the contract and in
// storage. The person and material connection schemas already live in src/shared/domain.ts
// (PersonSchema); the engine only needs a structural subset of them (RegisterPerson).

export const QuoteKindSchema = z.enum(['direct', 'qa-answer'])
export const AlignLabelSchema = z.enum(['exact', 'trivial-edit', 'altered', 'not-found'])
export const FlagRuleSchema = z.enum(['no-speaker', 'material-connection', 'credential-mismatch'])
export const FlagSeveritySchema = z.enum(['info', 'warning', 'error'])

/** A material connection as the flag rules read it (`since`/`source` optional here). */
export const MaterialConnectionSchema = z.object({
  brand: z.string().min(1).max(120),
  kind: ConnectionKindSchema,
  since: z.string().max(40).optional(),
  source: z.string().max(500).optional(),
})
export type MaterialConnection = z.infer<typeof MaterialConnectionSchema>

/** What the flag rules need of a person; PersonSchema's records satisfy it. */
export const RegisterPersonSchema = z.object({
  name: z.string().min(1).max(120),
  aliases: z.array(z.string().min(1).max(120)).max(20).optional(),
  title: z.string().max(300).optional(),
  credentials: z.array(z.string().max(300)).max(50).optional(),
  connections: z.array(MaterialConnectionSchema).max(50).optional(),
})
/** Readonly view of RegisterPersonSchema, so register records and fixtures pass as they are. */
export interface RegisterPerson {
  readonly name: string
  readonly aliases?: readonly string[]
  readonly title?: string
  readonly credentials?: readonly string[]
  readonly connections?: readonly Readonly<MaterialConnection>[]
}

/** One quote as `galley check` reports it. */
export const CheckedQuoteSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  speaker: z.string().nullable(),
  kind: QuoteKindSchema,
})
export type CheckedQuote = z.infer<typeof CheckedQuoteSchema>

export const QuoteFlagSchema = z.object({
  rule: FlagRuleSchema,
  severity: FlagSeveritySchema,
  message: z.string(),
})
export type QuoteFlag = z.infer<typeof QuoteFlagSchema>
