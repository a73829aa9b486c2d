import { z } from 'zod'
import { ProfileSchema } from '../domain'
import { empty } from './fields'

/** Who is acting on this machine: a name and a role. */
export const profileChannels = {
  'profile:get': { input: empty, output: ProfileSchema.nullable() },
  'profile:set': { input: z.strictObject(ProfileSchema.shape), output: ProfileSchema },
} as const
