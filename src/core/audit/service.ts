import { canonicalJson, sealEvent, verifyChain, type AuditEvent } from '@shared/audit/chain'
import type { Profile } from '@shared/domain'
import type { Signature } from '@shared/team/records'
import { sha256 } from '../ids'
import type { Library } from '../library'
import type { DraftFile } from '../storage/draft-file'
import { alteredRevision } from '../store/records'

/** One change to record: what happened, to what, and the values before and after. */
export interface AuditEntry {
  readonly action: string
  readonly target: string
  readonly before?: unknown
  readonly after?: unknown
}

/** Collects the audit entries of one change to a draft. */
export type AuditSink = (entry: AuditEntry) => void

/** Signs an audit event's hash for the person recording it (team libraries). */
export type AuditSigner = (hash: string) => Signature

/** Who Galley records when nobody has set a profile yet (only the sample seeding does that). */
const NOBODY: Profile = { name: 'Galley', role: 'editor' }

/**
 * The hash of everything reviewers did to a draft: revisions (by id and content hash), status,
 * claims, quotes, transcripts and legal review. Each audit event carries it, so a change made
 * to the file outside Galley no longer matches the last event.
 */
export function reviewStateHash(file: Readonly<DraftFile>): string {
  return sha256(canonicalJson(reviewState(file)))
}

/** What the state hash covers. */
export function reviewState(file: Readonly<DraftFile>): Record<string, unknown> {
  return {
    revisions: file.revisions.map((r) => [r.id, r.hash]),
    current: file.draft.currentRevisionId,
    status: file.draft.status,
    claims: file.claims,
    // Queries (Word comments); absent when there are none, so older drafts hash as before.
    queries: file.queries.length > 0 ? file.queries : undefined,
    quotes: file.quotes,
    transcripts: file.transcripts,
    legal: file.legal,
    // Revisions saved apart on two machines (team sync); absent otherwise, so the hash of a
    // single person's draft is what it always was.
    team: file.team,
  }
}

/** The same hash from the state's JSON: cheap to send to a worker thread. */
export function stateHashOfJson(json: string): string {
  return sha256(canonicalJson(JSON.parse(json)))
}

/** JSON-safe copy of a value for an event (undefined members dropped). */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown)
}

/** Appends the entries as sealed events, the last carrying the state they leave behind. */
export function appendAudit(
  file: DraftFile,
  entries: readonly AuditEntry[],
  actor: Profile | null,
  at = new Date(),
  /** The state hash when already worked out (off the main thread, for big drafts). */
  precomputed?: string,
  /** Signs each event (team libraries). */
  signer?: AuditSigner | null,
): void {
  if (entries.length === 0) return
  const who = actor ?? NOBODY
  const state = precomputed ?? reviewStateHash(file)
  let last: AuditEvent | undefined = file.audit[file.audit.length - 1]
  const added: AuditEvent[] = []
  for (const entry of entries) {
    last = sealEvent(
      last,
      {
        at: at.toISOString(),
        by: who.name,
        role: who.role,
        action: entry.action,
        target: entry.target,
        before: plain(entry.before),
        after: plain(entry.after),
        state,
      },
      sha256,
    )
    if (signer) last = { ...last, sig: signer(last.hash) }
    added.push(last)
  }
  file.audit = [...file.audit, ...added]
}

export type AuditVerdict =
  | { readonly intact: true; readonly events: number }
  | {
      readonly intact: false
      readonly events: number
      readonly firstBadSeq: number | null
      readonly reason: string
    }

/**
 * "Intact" when every event links to the one before and the last event's state hash matches
 * the draft as it is; otherwise names the first altered event, or says the data was changed
 * after the last one. `leftOut`: the draft's record files left out of it, because they came
 * from the shared library damaged and sync quarantined them (issue 13), or because they could
 * not be read here: the data then differs from the last event because of them, and the verdict
 * says so, where they are and what to do.
 */
export function verifyAudit(
  file: Readonly<DraftFile>,
  leftOut: readonly LeftOutRecord[] = [],
): AuditVerdict {
  const chain = verifyChain(file.audit, sha256)
  const events = file.audit.length
  // The trail vouches for the text only if every revision is still the text that was saved.
  const altered = alteredRevision(file)
  if (altered !== null) {
    return {
      intact: false,
      events,
      firstBadSeq: null,
      reason: `revision ${altered.number}'s text does not match the sha-256 recorded when it was saved (it was changed outside Galley)`,
    }
  }
  if (!chain.intact) {
    return { intact: false, events, firstBadSeq: chain.firstBadSeq, reason: chain.reason }
  }
  const last = file.audit[events - 1]
  if (last?.state !== undefined && last.state !== reviewStateHash(file)) {
    const why = [
      leftOutClause(leftOut.filter((r) => r.shared)),
      leftOutClause(leftOut.filter((r) => !r.shared)),
    ].filter((c) => c !== null)
    return {
      intact: false,
      events,
      firstBadSeq: null,
      reason:
        why.length > 0
          ? `the draft's review data differs from event ${last.seq} (${last.action}) because ${why.join('; and ')}`
          : `the draft's review data was changed outside Galley after event ${last.seq} (${last.action})`,
    }
  }
  return { intact: true, events }
}

/** A record file of a draft that the draft was read without (see leftOutRecords). */
export interface LeftOutRecord {
  readonly file: string
  /** Where it is now: its name in quarantine/, or its own place when it could not be moved. */
  readonly quarantinedAs: string
  /** Sync quarantined it as it came from the shared library; otherwise it was damaged here. */
  readonly shared: boolean
}

/** Why the records left out make the data differ, for one kind of them (null: none). */
function leftOutClause(records: readonly LeftOutRecord[]): string | null {
  const first = records[0]
  if (!first) return null
  const one = records.length === 1
  const some = one ? 'a record file' : `${records.length} record files`
  const was = one ? 'was' : 'were'
  const more = one ? '' : ', and more in Library problems'
  if (first.shared) {
    return `${some} from the shared library arrived damaged and ${was} left out (${first.file}, kept as ${first.quarantinedAs}${more}); ask whoever made the change to sync again`
  }
  // Not moved (or missing): reported where it was, with its own reason.
  const where = first.quarantinedAs === first.file ? '' : `, kept as ${first.quarantinedAs}`
  // A claim that cannot be used takes its sources, comments and verdict changes with it.
  return one
    ? `a record file of the draft could not be read and was left out (${first.file}${where}): it was damaged or changed outside Galley; see Library problems`
    : `${some} of the draft could not be used and were left out (${first.file}${where}${more}): damaged or changed outside Galley, or part of a record that was`
}

/**
 * The name sync gives a file it quarantines as it arrives from the shared library
 * (team/sync.ts, quarantineIncoming): `quarantine/<time>-shared-<file name>`. A file quarantined
 * here is `quarantine/<time>-<file name>`, so a record named `shared-….json` is told apart by
 * comparing what follows `-shared-` with the file's own name.
 */
const SHARED_QUARANTINE = /^quarantine\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-shared-([^/]+)$/

/**
 * The draft's record files it was read without (library problems under drafts/<id>/): those
 * sync quarantined as they came from the shared library damaged, and those damaged here
 * (quarantined as the draft was read, or reported where they are). Another program's version
 * kept aside (a conflict) is left out of this: Galley's own version stayed in its place.
 */
export function leftOutRecords(
  library: Pick<Library, 'problems'>,
  draftId: string,
): LeftOutRecord[] {
  const folder = `drafts/${draftId}/`
  return library.problems.all
    .filter((p) => p.conflict !== true)
    .map((p) => ({ file: p.file.split('\\').join('/'), quarantinedAs: p.quarantinedAs }))
    .filter((p) => p.file.startsWith(folder))
    .map((p) => ({
      ...p,
      shared: SHARED_QUARANTINE.exec(p.quarantinedAs)?.[1] === p.file.split('/').pop(),
    }))
}
