import { z } from 'zod'
import { PersonSchema, ProfileSchema } from '@shared/domain'

export const SettingsSchema = z.object({
  schemaVersion: z.literal(1),
  profile: ProfileSchema.nullable(),
  /** Set once the sample library was written, so it is never re-created over a user's library. */
  sampleSeededAt: z.string().nullable(),
  /** Whether suggested claims nobody accepted or dismissed block readiness (absent: they do not). */
  suggestionsBlockReadiness: z.boolean().optional(),
  /** The house word list the spell-checker accepts ("Add to dictionary"), lower case. */
  houseWords: z.array(z.string().max(64)).max(10_000).optional(),
})
export type Settings = z.infer<typeof SettingsSchema>
export const DEFAULT_SETTINGS: Settings = { schemaVersion: 1, profile: null, sampleSeededAt: null }

export const PeopleFileSchema = z.object({
  schemaVersion: z.literal(1),
  people: z.array(PersonSchema),
})
export type PeopleFile = z.infer<typeof PeopleFileSchema>
export const DEFAULT_PEOPLE: PeopleFile = { schemaVersion: 1, people: [] }
