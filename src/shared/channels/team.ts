import { z } from 'zod'
import { RoleSchema } from '../domain'
import { PublicKeySchema, RosterMemberSchema } from '../team/records'

/** A Git smart-HTTP(S) address: http or https only (no file:, ssh: or credentials in it). */
const RemoteUrlSchema = z
  .string()
  .trim()
  .max(2_000)
  .refine((s) => {
    try {
      const u = new URL(s)
      return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password
    } catch {
      return false
    }
  }, 'must be an http(s) address of a Git repository, without a name or password in it')

/**
 * An access token as servers issue them: no spaces, line breaks or control characters (one
 * pasted with a line break inside would fail at the first request as a bad HTTP header).
 */
const TokenSchema = z
  .string()
  .trim()
  .max(1_000)
  .regex(
    /^[^\s\p{Cc}]*$/u,
    'An access token has no spaces or line breaks inside it: paste it again.',
  )
  .optional()

export const SyncStatusSchema = z.object({
  state: z.enum(['not-shared', 'synced', 'pending', 'offline', 'error']),
  remote: z.string().nullable(),
  toSend: z.number().int().nonnegative(),
  toReceive: z.number().int().nonnegative(),
  lastSync: z.string().nullable(),
  message: z.string().nullable(),
})
export type SyncStatusView = z.infer<typeof SyncStatusSchema>

export const SyncResultSchema = z.object({
  status: SyncStatusSchema,
  received: z.number().int().nonnegative(),
  merged: z.array(
    z.object({
      draftId: z.string(),
      title: z.string(),
      disputes: z.array(z.string()),
      divergent: z.array(z.string()),
      notes: z.array(z.string()),
    }),
  ),
  quarantined: z.array(z.string()),
})
export type SyncResultView = z.infer<typeof SyncResultSchema>

/** Sharing a library through a Git server, syncing it, and the team roster (docs/team.md). */
export const teamChannels = {
  'team:status': {
    input: z.strictObject({}),
    output: SyncStatusSchema,
  },
  'team:sync': {
    access: 'profile',
    input: z.strictObject({}),
    output: SyncResultSchema,
  },
  'team:share': {
    access: 'profile',
    input: z.strictObject({ url: RemoteUrlSchema, token: TokenSchema }),
    output: SyncResultSchema,
  },
  /**
   * Saves another access token for the shared library's address (a new token, or one the system
   * keychain can no longer open): sealed by the keychain in the desktop app. An empty token
   * (nothing but spaces) is refused with a sentence and the saved one left as it is.
   */
  'team:setToken': {
    access: 'profile',
    input: z.strictObject({ token: TokenSchema }),
    output: SyncStatusSchema,
  },
  'team:openShared': {
    access: 'profile',
    input: z.strictObject({
      url: RemoteUrlSchema,
      token: TokenSchema,
      /** An absolute folder that does not exist yet or is empty. */
      folder: z.string().trim().min(1).max(1_000),
    }),
    output: z.object({ folder: z.string() }),
  },
  'team:identity': {
    input: z.strictObject({}),
    output: z.object({
      publicKey: PublicKeySchema.nullable(),
      roster: z.array(RosterMemberSchema).nullable(),
      rosterProblem: z.string().nullable(),
      /** Whether this profile's key may change the roster. */
      admin: z.boolean(),
    }),
  },
  'team:setMember': {
    access: 'profile',
    input: z.strictObject({
      name: z.string().trim().min(1).max(120),
      role: RoleSchema,
      publicKey: PublicKeySchema,
      admin: z.boolean(),
    }),
    output: z.object({ roster: z.array(RosterMemberSchema) }),
  },
  /** Takes a member off the roster (a roster admin only; the last admin stays). */
  'team:removeMember': {
    access: 'profile',
    input: z.strictObject({ publicKey: PublicKeySchema }),
    output: z.object({ roster: z.array(RosterMemberSchema) }),
  },
} as const
