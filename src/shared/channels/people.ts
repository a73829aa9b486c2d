import { z } from 'zod'
import { IdSchema, LIMITS, PersonSchema } from '../domain'

const name = z.string().trim().min(1, 'A name is required').max(LIMITS.profileNameChars)
const field = (max: number) => z.string().trim().max(max)

const ConnectionInputSchema = z.strictObject({
  brand: z.string().trim().min(1, 'A connection needs a brand').max(120),
  kind: PersonSchema.shape.connections.element.shape.kind,
  since: field(40),
  source: field(500),
})

/** A person as the register form sends it; without an id it is new. */
export const PersonInputSchema = z.strictObject({
  id: IdSchema.optional(),
  name,
  aliases: z.array(name).max(20).optional(),
  title: field(300),
  credentials: z.array(z.string().trim().min(1).max(300)).max(50),
  affiliations: z.array(z.string().trim().min(1).max(300)).max(50),
  contact: field(300),
  connections: z.array(ConnectionInputSchema).max(50),
})
export type PersonInput = z.infer<typeof PersonInputSchema>

/** The people register shared by every draft: names, credentials, material connections. */
export const peopleChannels = {
  'people:list': {
    input: z.strictObject({}),
    output: z.object({ people: z.array(PersonSchema) }),
  },
  'people:save': {
    access: 'profile',
    input: z.strictObject({
      person: PersonInputSchema,
      /** The draft the change was made from: the change is recorded in its audit trail. */
      draftId: IdSchema.optional(),
    }),
    output: PersonSchema,
  },
  /** Folds one record into another (one person, one record): quotes and transcripts follow. */
  'people:merge': {
    access: 'profile',
    input: z.strictObject({
      /** The record that stays. */
      intoId: IdSchema,
      /** The record folded into it and removed. */
      fromId: IdSchema,
      draftId: IdSchema.optional(),
    }),
    output: PersonSchema,
  },
  'people:delete': {
    access: 'profile',
    input: z.strictObject({ id: IdSchema, draftId: IdSchema.optional() }),
    output: z.object({ ok: z.literal(true) }),
  },
} as const
