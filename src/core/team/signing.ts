import { canonicalJson } from '@shared/audit/chain'
import type { VerdictChange } from '@shared/claims/domain'
import type { StoredSignoff } from '@shared/records'
import type { Roster, Signature } from '@shared/team/records'
import { verifySignature, type Identity } from './identity'

/** What a verdict's signature covers: the draft, the claim and the whole history line. */
export function verdictPayload(
  draftId: string,
  claimId: string,
  change: Omit<VerdictChange, 'sig'>,
): string {
  const { verdict, by, role, at, reason } = change
  return canonicalJson({ kind: 'galley.verdict', draftId, claimId, verdict, by, role, at, reason })
}

/** What a sign-off's signature covers: the draft and the whole record (passages and hashes). */
export function signoffPayload(draftId: string, record: StoredSignoff): string {
  const { sig: _sig, ...rest } = record
  return canonicalJson({ kind: 'galley.signoff', draftId, ...rest })
}

/** What an audit event's signature covers: its hash (which covers every field and its links). */
export function auditPayload(hash: string): string {
  return `galley.audit:${hash}`
}

/** What the roster's signature covers: everything in it but the signature. */
export function rosterPayload(roster: Omit<Roster, 'sig'> & { sig?: Signature }): string {
  const { sig: _sig, ...rest } = roster
  return canonicalJson({ kind: 'galley.roster', ...rest })
}

/** Signs with the identity when there is one (a library without a key pair signs nothing). */
export function maybeSign(identity: Identity | null, payload: string): Signature | undefined {
  return identity ? identity.sign(payload) : undefined
}

export type RosterCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string }

/**
 * Whether `next` may replace `prev`: its signature verifies, the key that signed it is an admin
 * of the roster it replaces (of itself for the first one), and its version is newer.
 */
export function checkRoster(prev: Roster | null, next: Roster): RosterCheck {
  if (!verifySignature(rosterPayload(next), next.sig)) {
    return { ok: false, reason: 'its signature does not verify (it was changed after signing)' }
  }
  const authority = prev ?? next
  const signer = authority.members.find((m) => m.publicKey === next.sig.key)
  if (!signer?.admin) {
    return {
      ok: false,
      reason: prev
        ? 'it was signed by a key that is not a roster admin'
        : 'it was signed by a key it does not list as an admin',
    }
  }
  if (prev && prev.libraryId !== next.libraryId) {
    return { ok: false, reason: 'it belongs to another library' }
  }
  if (prev && next.version <= prev.version) {
    return { ok: false, reason: `it is not newer than the roster in use (version ${prev.version})` }
  }
  return { ok: true }
}

export type SignoffTrust =
  /** No roster: a single-person library, where sign-offs count as they always did. */
  | { readonly kind: 'single-user' }
  | { readonly kind: 'verified'; readonly member: string }
  | { readonly kind: 'rejected'; readonly reason: string }

/**
 * Whether a sign-off counts in a team library: only one signed by a key the roster lists as
 * Legal, under that member's name, with a signature that verifies.
 */
export function signoffTrust(
  draftId: string,
  record: StoredSignoff,
  roster: Roster | null,
): SignoffTrust {
  if (!roster) return { kind: 'single-user' }
  if (!record.sig) {
    return { kind: 'rejected', reason: `the sign-off by ${record.by} is not signed` }
  }
  if (!verifySignature(signoffPayload(draftId, record), record.sig)) {
    return {
      kind: 'rejected',
      reason: `the sign-off by ${record.by} does not match its signature (forged or changed after signing)`,
    }
  }
  const member = roster.members.find((m) => m.publicKey === record.sig?.key)
  if (!member) {
    return {
      kind: 'rejected',
      reason: `the sign-off by ${record.by} was signed by a key the team roster does not list`,
    }
  }
  if (member.role !== 'legal') {
    return {
      kind: 'rejected',
      reason: `the sign-off by ${record.by} was signed by ${member.name}, whom the roster does not list as Legal`,
    }
  }
  if (member.name !== record.by) {
    return {
      kind: 'rejected',
      reason: `the sign-off names ${record.by} but was signed by ${member.name}`,
    }
  }
  return { kind: 'verified', member: member.name }
}

/** Signs audit events for the library's identity (used by the draft store). */
export function auditSigner(library: { readonly identity: Identity | null }) {
  const identity = library.identity
  return identity ? (hash: string) => identity.sign(auditPayload(hash)) : null
}
