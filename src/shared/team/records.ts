// What a shared (team) library stores beyond a single person's: signatures, disputes between
// verdicts made apart, revisions made apart, and the signed team roster. Pure: no Node.
import { z } from 'zod'
import { ROLES } from '../constants'

const isoTime = z.string().max(40)
const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')

/** An Ed25519 public key, raw (32 bytes), base64. */
export const PublicKeySchema = base64.length(44)

/** Who signed (their public key) and the Ed25519 signature, base64. */
export const SignatureSchema = z.object({
  key: PublicKeySchema,
  value: base64.length(88),
})
export type Signature = z.infer<typeof SignatureSchema>

/** One side of a dispute: a verdict someone recorded on another machine. */
export const DisputedVerdictSchema = z.object({
  verdict: z.string().max(40),
  by: z.string().max(120),
  role: z.enum(ROLES),
  at: isoTime,
  reason: z.string().max(2_000).optional(),
  sig: SignatureSchema.optional(),
})
export type DisputedVerdict = z.infer<typeof DisputedVerdictSchema>

/**
 * A claim given different verdicts on two machines before they synced. It stays disputed,
 * showing every verdict with who and when, until someone records a new verdict.
 */
export const DisputeSchema = z.object({
  verdicts: z.array(DisputedVerdictSchema).min(2).max(20),
  since: isoTime,
})
export type Dispute = z.infer<typeof DisputeSchema>

/**
 * Revisions of one draft saved on different machines from the same starting point: both are
 * kept; the draft shows them as divergent until an editor saves a reconciled revision.
 */
export const DivergenceSchema = z.object({
  revisionIds: z.array(z.string().max(64)).min(2).max(20),
  /** The revision both started from. */
  baseId: z.string().max(64).nullable(),
  at: isoTime,
})
export type Divergence = z.infer<typeof DivergenceSchema>

/** What a draft file keeps of the team: revisions made apart, not reconciled yet. */
export const DraftTeamStateSchema = z.object({
  divergent: z.array(DivergenceSchema).max(100),
})
export type DraftTeamState = z.infer<typeof DraftTeamStateSchema>

export const RosterMemberSchema = z.object({
  name: z.string().min(1).max(120),
  role: z.enum(ROLES),
  publicKey: PublicKeySchema,
  /** A roster admin may change the roster. */
  admin: z.boolean(),
})
export type RosterMember = z.infer<typeof RosterMemberSchema>

/** The team roster in a shared library: names, roles and public keys, signed by an admin. */
export const RosterSchema = z.object({
  schemaVersion: z.literal(1),
  libraryId: z.string().max(64),
  /** One more at every change, so the newest roster is known after a merge. */
  version: z.number().int().positive(),
  members: z.array(RosterMemberSchema).min(1).max(500),
  updatedAt: isoTime,
  sig: SignatureSchema,
})
export type Roster = z.infer<typeof RosterSchema>

/** The marker at the root of a shared library's repository. */
export const LibraryMarkerSchema = z.object({
  format: z.literal('galley-library'),
  version: z.literal(1),
  libraryId: z.string().max(64),
  createdAt: isoTime,
})
export type LibraryMarker = z.infer<typeof LibraryMarkerSchema>
