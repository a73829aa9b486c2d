import { createSignoffRecord, type SignoffDecision } from '@shared/legal/signoff'
import type { Profile } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import type { StoredSignoff } from '@shared/records'
import { newId, sha256 } from '../ids'
import type { Library } from '../library'
import { analyseDraft, signedRanges } from './analysis'
import { listPeople } from '../people/service'
import { signoffPayload } from '../team/signing'

/**
 * Records legal's decision on the current revision, bound to the exact text of every disclosure
 * statement and every covered endorsement (sha-256 of each), with an audit event.
 */
export function signOff(
  library: Library,
  profile: Profile,
  input: { draftId: string; revisionId: string; decision: SignoffDecision; comment: string },
): Promise<StoredSignoff> {
  if (input.decision === 'request-changes' && input.comment === '') {
    throw new GalleyError('invalid-input', 'Say which changes you need in the comment.')
  }
  const people = listPeople(library)
  return library.store.update(input.draftId, 'legal', (file, current, audit) => {
    if (current.id !== input.revisionId) {
      throw new GalleyError(
        'conflict',
        `Revision ${current.number} was saved after the one you reviewed. Review the current text and sign again.`,
      )
    }
    const ranges = signedRanges(analyseDraft(file, current.body, people))
    const unsigned: StoredSignoff = {
      id: newId('so'),
      ...createSignoffRecord({
        revisionId: current.id,
        body: current.body,
        ...ranges,
        hash: sha256,
        by: profile.name,
        role: profile.role,
        at: new Date().toISOString(),
        decision: input.decision,
        comment: input.comment,
      }),
    }
    // Signed with the profile's key: in a team library only a sign-off by a key the roster
    // lists as Legal counts (docs/team.md).
    const sig = library.identity?.sign(signoffPayload(input.draftId, unsigned))
    const record: StoredSignoff = sig ? { ...unsigned, sig } : unsigned
    const before = file.legal.signoffs.at(-1)
    if (file.legal.signoffs.length >= 1_000) file.legal.signoffs.shift()
    file.legal.signoffs.push(record)
    audit({
      action: 'legal.signoff',
      target: `signoff/${record.id}`,
      before: before
        ? { id: before.id, decision: before.decision, revision: before.revisionId }
        : null,
      after: {
        decision: record.decision,
        revision: current.number,
        revisionId: current.id,
        comment: record.comment,
        bodyHash: record.bodyHash,
        passages: record.passages.map((p) => ({ key: p.key, hash: p.hash })),
      },
    })
    return record
  })
}

/** Legal accepts a finding with a reason: it stays listed but no longer blocks readiness. */
export async function acceptFinding(
  library: Library,
  profile: Profile,
  input: { draftId: string; findingId: string; reason: string },
): Promise<void> {
  const people = listPeople(library)
  await library.store.update(input.draftId, 'legal', (file, current, audit) => {
    const finding = analyseDraft(file, current.body, people).report.findings.find(
      (f) => f.id === input.findingId,
    )
    if (!finding) {
      throw new GalleyError(
        'not-found',
        'That finding is not reported for the current text any more.',
      )
    }
    const before = file.legal.accepted.find((a) => a.findingId === input.findingId)
    const entry = {
      findingId: input.findingId,
      reason: input.reason,
      by: profile.name,
      role: profile.role,
      at: new Date().toISOString(),
    }
    file.legal.accepted = [
      ...file.legal.accepted.filter((a) => a.findingId !== input.findingId),
      entry,
    ]
    audit({
      action: 'legal.finding-accept',
      target: `finding/${input.findingId}`,
      before: before ? { reason: before.reason, by: before.by } : null,
      after: { rule: finding.rule, message: finding.message, reason: entry.reason },
    })
  })
}

/** Withdraws legal's acceptance of a finding. */
export async function unacceptFinding(
  library: Library,
  profile: Profile,
  input: { draftId: string; findingId: string },
): Promise<void> {
  await library.store.update(input.draftId, 'legal', (file, _current, audit) => {
    const before = file.legal.accepted.find((a) => a.findingId === input.findingId)
    if (!before) throw new GalleyError('not-found', 'That finding was not accepted.')
    file.legal.accepted = file.legal.accepted.filter((a) => a.findingId !== input.findingId)
    audit({
      action: 'legal.finding-unaccept',
      target: `finding/${input.findingId}`,
      before: { reason: before.reason, by: before.by },
      after: null,
    })
  })
}

/** The subject of the piece, for the credentials check ("skincare"). */
export function setSubject(library: Library, draftId: string, subject: string): Promise<string> {
  return library.store.update(draftId, 'legal', (file, _current, audit) => {
    if (file.legal.subject !== subject) {
      audit({
        action: 'legal.subject',
        target: `draft/${draftId}`,
        before: file.legal.subject,
        after: subject,
      })
      file.legal.subject = subject
    }
    return subject
  })
}
