// Record-by-record three-way merge of one draft file changed on two machines (base: the last
// version both had; ours: this machine's; theirs: the shared library's). Records are matched by
// id; additions are united; a verdict or a sign-off is never decided silently: the same claim
// given different verdicts becomes disputed, sign-offs are all kept, two revisions made apart
// are both kept and marked divergent, and the audit trails are joined into a graph.
import {
  canonicalJson,
  sealEvent,
  sealJoin,
  type AuditEvent,
  type AuditEventInput,
} from '@shared/audit/chain'
import type { Claim, VerdictChange } from '@shared/claims/domain'
import type { Profile, Revision } from '@shared/domain'
import type { Divergence, DisputedVerdict, Signature } from '@shared/team/records'
import { reviewStateHash } from '../audit/service'
import { sha256 } from '../ids'
import type { DraftFile } from '../storage/draft-file'
import { auditPayload } from './signing'

/** What a merge decided that someone should know about, in sentences. */
export interface DraftMergeReport {
  readonly draftId: string
  readonly title: string
  readonly disputes: readonly string[]
  readonly divergent: readonly string[]
  readonly notes: readonly string[]
}

export interface MergeContext {
  readonly at: Date
  /** Who runs the sync: the join event is recorded in their name. */
  readonly actor: Profile
  readonly sign?: ((text: string) => Signature) | undefined
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b)

/** Three-way pick of one value: the side that changed it; both changed alike: that. */
function pick3<T>(base: T | undefined, ours: T, theirs: T, prefer: 'ours' | 'theirs'): T {
  if (same(ours, theirs)) return ours
  if (same(base, ours)) return theirs
  if (same(base, theirs)) return ours
  return prefer === 'ours' ? ours : theirs
}

function changedBoth<T>(base: T | undefined, ours: T, theirs: T): boolean {
  return !same(ours, theirs) && !same(base, ours) && !same(base, theirs)
}

const later = (a: string | undefined, b: string | undefined) => (a ?? '') > (b ?? '')

interface Keyed {
  readonly [key: string]: unknown
}

/**
 * Merges lists of records matched by `key`: added on either side: kept; removed on one side and
 * untouched on the other: removed; removed on one side and changed on the other: kept (nothing
 * is lost); changed on both: `both` decides. Order: ours, then what only theirs has.
 */
function mergeById<T extends Keyed>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  key: (t: T) => string,
  both: (b: T | undefined, o: T, t: T) => T,
  onKeptDeleted?: (t: T) => void,
): T[] {
  const b = new Map(base.map((x) => [key(x), x]))
  const o = new Map(ours.map((x) => [key(x), x]))
  const t = new Map(theirs.map((x) => [key(x), x]))
  const out: T[] = []
  for (const [k, ov] of o) {
    const tv = t.get(k)
    const bv = b.get(k)
    if (tv) out.push(same(ov, tv) ? ov : both(bv, ov, tv))
    else if (!bv)
      out.push(ov) // added here
    else if (!same(bv, ov)) {
      out.push(ov) // removed there, changed here: kept
      onKeptDeleted?.(ov)
    } // else removed there, untouched here: removed
  }
  for (const [k, tv] of t) {
    if (o.has(k)) continue
    const bv = b.get(k)
    if (!bv) out.push(tv)
    else if (!same(bv, tv)) {
      out.push(tv)
      onKeptDeleted?.(tv)
    }
  }
  return out
}

/** Whole records: the side that changed; both: the one changed last (by `updatedAt`). */
function newerRecord<T extends Keyed>(b: T | undefined, o: T, t: T): T {
  if (!changedBoth(b, o, t)) return pick3(b, o, t, 'ours')
  return later(t['updatedAt'] as string, o['updatedAt'] as string) ? t : o
}

const historyKey = (h: VerdictChange) => canonicalJson([h.at, h.by, h.verdict, h.reason ?? ''])

function disputedOf(h: VerdictChange): DisputedVerdict {
  return {
    verdict: h.verdict,
    by: h.by,
    role: h.role,
    at: h.at,
    ...(h.reason ? { reason: h.reason } : {}),
    ...(h.sig ? { sig: h.sig } : {}),
  }
}

function mergeClaim(
  b: Claim | undefined,
  o: Claim,
  t: Claim,
  at: string,
  disputes: string[],
  notes: string[],
): Claim {
  const baseKeys = new Set((b?.history ?? []).map(historyKey))
  const history = mergeById(b?.history ?? [], o.history, t.history, historyKey, (_b, x) => x).sort(
    (x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0),
  )
  const newOurs = o.history.filter((h) => !baseKeys.has(historyKey(h)))
  const newTheirs = t.history.filter((h) => !baseKeys.has(historyKey(h)))
  const lastOurs = newOurs.at(-1)
  const lastTheirs = newTheirs.at(-1)
  const newer = later(t.updatedAt, o.updatedAt) ? t : o
  const merged: Claim = {
    ...newer,
    revisionId: pick3(b?.revisionId, o.revisionId, t.revisionId, newer === o ? 'ours' : 'theirs'),
    anchor: pick3(b?.anchor, o.anchor, t.anchor, newer === o ? 'ours' : 'theirs'),
    status: pick3(b?.status, o.status, t.status, newer === o ? 'ours' : 'theirs'),
    sources: mergeById(b?.sources ?? [], o.sources, t.sources, (s) => s.id, newerSource),
    comments: mergeById(
      b?.comments ?? [],
      o.comments,
      t.comments,
      (c) => c.id,
      (_b, x) => x,
    ),
    history,
    updatedAt: later(t.updatedAt, o.updatedAt) ? t.updatedAt : o.updatedAt,
  }
  const note = pick3(b?.note, o.note, t.note, newer === o ? 'ours' : 'theirs')
  if (changedBoth(b?.note, o.note, t.note)) {
    const other = newer === o ? t.note : o.note
    notes.push(
      `The note on claim “${excerpt(o.anchor.exact)}” was changed on both machines; the later one is kept, the other is in the claim's comments.`,
    )
    merged.comments = [
      ...merged.comments,
      {
        id: `note-${sha256(other ?? '').slice(0, 12)}`,
        by: 'Galley sync',
        role: 'editor',
        at,
        text: `Note as it was on the other machine: ${other ?? ''}`.slice(0, 5_000),
      },
    ]
  }
  if (note === undefined) delete merged.note
  else merged.note = note
  // A verdict change only one side lacks is not a conflict: the side that has every change the
  // other made is simply further on (what a portable file that went and came back looks like,
  // merged with no common base).
  const oursKeys = new Set(o.history.map(historyKey))
  const theirsKeys = new Set(t.history.map(historyKey))
  const oursAhead = newOurs.some((h) => !theirsKeys.has(historyKey(h)))
  const theirsAhead = newTheirs.some((h) => !oursKeys.has(historyKey(h)))
  const ahead = oursAhead && !theirsAhead ? o : theirsAhead && !oursAhead ? t : null
  if (
    lastOurs &&
    lastTheirs &&
    oursAhead &&
    theirsAhead &&
    lastOurs.verdict !== lastTheirs.verdict
  ) {
    const all = [
      ...(o.dispute?.verdicts ?? []),
      ...(t.dispute?.verdicts ?? []),
      disputedOf(lastOurs),
      disputedOf(lastTheirs),
    ]
    const verdicts = [
      ...new Map(all.map((v) => [canonicalJson([v.at, v.by, v.verdict]), v])).values(),
    ]
      .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))
      .slice(-20)
    merged.dispute = { verdicts, since: at }
    merged.verdict = (lastOurs.at > lastTheirs.at ? lastOurs : lastTheirs).verdict
    merged.needsRecheck = o.needsRecheck || t.needsRecheck
    disputes.push(
      `Claim “${excerpt(o.anchor.exact)}”: ${lastOurs.by} said ${lastOurs.verdict}, ${lastTheirs.by} said ${lastTheirs.verdict}.`,
    )
  } else {
    const last = ahead === t ? lastTheirs : ahead === o ? lastOurs : (lastOurs ?? lastTheirs)
    merged.verdict = last ? last.verdict : o.verdict
    // With no common base, the side further on decides the rest of the verdict's state.
    const noBase = !b && ahead !== null
    merged.needsRecheck = noBase
      ? ahead.needsRecheck
      : pick3(b?.needsRecheck, o.needsRecheck, t.needsRecheck, 'ours')
    // A new verdict on one side clears the dispute there, and that change wins.
    const dispute = noBase ? ahead.dispute : pick3(b?.dispute, o.dispute, t.dispute, 'ours')
    if (dispute) merged.dispute = dispute
    else delete merged.dispute
  }
  return merged
}

function newerSource<T extends Keyed>(b: T | undefined, o: T, t: T): T {
  return pick3(b, o, t, 'ours')
}

/** A claim's text for a sentence: at most about 60 characters, cut at a word. */
export function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  if (t.length <= 60) return t
  const cut = t.slice(0, 60)
  const space = cut.lastIndexOf(' ')
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`
}

/** Whether `ancestor` is `id` or reached from it through parents. */
function descends(revs: Map<string, Revision>, id: string, ancestor: string): boolean {
  for (let r = revs.get(id); r; r = r.parentId ? revs.get(r.parentId) : undefined) {
    if (r.id === ancestor) return true
  }
  return false
}

/** The events of `theirs` that `ours` does not have, in their order. */
function eventsNotIn(ours: readonly AuditEvent[], theirs: readonly AuditEvent[]): AuditEvent[] {
  const have = new Set(ours.map((e) => e.hash))
  return theirs.filter((e) => !have.has(e.hash))
}

/** Events no later event follows: the heads of each branch. */
function heads(events: readonly AuditEvent[]): AuditEvent[] {
  const followed = new Set<string>()
  for (const e of events) for (const h of e.parents ?? [e.prevHash]) followed.add(h)
  return events.filter((e) => !followed.has(e.hash))
}

/**
 * Revisions made apart carry the same number (both were "revision 2" where they were made).
 * Numbers are labels (the state hash covers ids and text hashes), so the one made first keeps
 * its number and the others take the next free ones, in the order they were made: the same
 * outcome on every machine, and one number per revision for the window and `--revision N`.
 */
function renumberRevisions(revisions: Revision[], notes: string[]): void {
  // Made first, then by id: the same order on every machine, whichever side is "ours".
  const made = (a: Revision, b: Revision) =>
    a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1
  const byNumber = new Map<number, Revision[]>()
  for (const r of revisions) byNumber.set(r.number, [...(byNumber.get(r.number) ?? []), r])
  const moved = [...byNumber.values()].flatMap((same) => same.sort(made).slice(1)).sort(made)
  let next = Math.max(...revisions.map((r) => r.number))
  for (const r of moved) {
    next += 1
    revisions[revisions.indexOf(r)] = Object.freeze({ ...r, number: next })
    notes.push(
      `Two revisions made apart were both numbered ${r.number}; the later one, by ${r.author.name}, is revision ${next} here.`,
    )
  }
}

/**
 * Merges one draft file. `base` is null when the draft is new on both sides (the same id made
 * twice: practically never). The result's audit trail verifies: its last event carries the
 * merged state's hash.
 */
export function mergeDraftFiles(
  base: DraftFile | null,
  ours: DraftFile,
  theirs: DraftFile,
  ctx: MergeContext,
): { file: DraftFile; report: DraftMergeReport } {
  const at = ctx.at.toISOString()
  const disputes: string[] = []
  const divergentNotes: string[] = []
  const notes: string[] = []
  const report = () => ({
    draftId: ours.draft.id,
    title: ours.draft.title,
    disputes,
    divergent: divergentNotes,
    notes,
  })
  if (same(ours, theirs)) return { file: ours, report: report() }
  if (base && same(base, ours)) return { file: theirs, report: report() }
  if (base && same(base, theirs)) return { file: ours, report: report() }

  // Revisions never change: a union by id, base order first, then new ones by time.
  const revisions = mergeById(
    base?.revisions ?? [],
    ours.revisions,
    theirs.revisions,
    (r) => r.id,
    (_b, o) => o,
  )
  renumberRevisions(revisions, notes)
  const byId = new Map(revisions.map((r) => [r.id, r]))

  // The draft's own record, field by field; where both changed a field, the later change wins.
  const bd = base?.draft
  const od = ours.draft
  const td = theirs.draft
  const prefer = later(td.updatedAt, od.updatedAt) ? 'theirs' : 'ours'
  const draft = { ...od }
  for (const key of new Set([...Object.keys(od), ...Object.keys(td)]) as Set<keyof typeof od>) {
    if (key === 'currentRevisionId' || key === 'updatedAt') continue
    const value = pick3(bd?.[key], od[key], td[key], prefer)
    if (changedBoth(bd?.[key], od[key], td[key]) && key !== 'status') {
      notes.push(
        `The draft's ${key} was changed on both machines; the later change (${JSON.stringify(value)}) is kept.`,
      )
    }
    if (value === undefined) delete (draft as Record<string, unknown>)[key]
    else (draft as Record<string, unknown>)[key] = value
  }
  draft.updatedAt = later(td.updatedAt, od.updatedAt) ? td.updatedAt : od.updatedAt

  // The current revision: one side moved on: that one; both saved from the same start: both are
  // kept, the later is current and the pair is marked divergent for an editor to reconcile.
  const team = {
    divergent: mergeById(
      base?.team?.divergent ?? [],
      ours.team?.divergent ?? [],
      theirs.team?.divergent ?? [],
      (d) => d.revisionIds.join(','),
      (_b, o) => o,
    ),
  }
  const oc = od.currentRevisionId
  const tc = td.currentRevisionId
  if (oc === tc) draft.currentRevisionId = oc
  else if (descends(byId, oc, tc)) draft.currentRevisionId = oc
  else if (descends(byId, tc, oc)) draft.currentRevisionId = tc
  else {
    const ro = byId.get(oc)
    const rt = byId.get(tc)
    const first =
      !rt ||
      (ro && (ro.createdAt > rt.createdAt || (ro.createdAt === rt.createdAt && ro.id > rt.id)))
        ? ro
        : rt
    draft.currentRevisionId = first?.id ?? oc
    const divergence: Divergence = {
      revisionIds: [oc, tc].sort(),
      baseId: bd?.currentRevisionId ?? null,
      at,
    }
    if (!team.divergent.some((d) => same(d.revisionIds, divergence.revisionIds))) {
      team.divergent.push(divergence)
    }
    const label = (id: string, word = 'revision') => {
      const r = byId.get(id)
      return r ? `${word} ${r.number} by ${r.author.name}` : id
    }
    const [lower, higher] = [oc, tc].sort(
      (a, b) => (byId.get(a)?.number ?? 0) - (byId.get(b)?.number ?? 0),
    )
    divergentNotes.push(
      `${label(lower!, 'Revision')} and ${label(higher!)} were saved apart from the same text; both are kept. Compare them and save a reconciled revision.`,
    )
  }

  const claims = mergeById(
    base?.claims ?? [],
    ours.claims,
    theirs.claims,
    (c) => c.id,
    (b, o, t) => mergeClaim(b, o, t, at, disputes, notes),
    (c) =>
      notes.push(
        `Claim “${excerpt(c.anchor.exact)}” was removed on one machine and changed on the other; it is kept.`,
      ),
  )
  const quotes = mergeById(base?.quotes ?? [], ours.quotes, theirs.quotes, (q) => q.id, newerRecord)
  const attachments = mergeById(
    base?.attachments ?? [],
    ours.attachments,
    theirs.attachments,
    (a) => a.id,
    (_b, o) => o,
  )
  const transcripts = mergeById(
    base?.transcripts ?? [],
    ours.transcripts,
    theirs.transcripts,
    (t) => t.attachmentId,
    (b, o, t) => pick3(b, o, t, 'ours'),
  )
  const baseDismissed = new Set(base?.dismissedSuggestions ?? [])
  const dismissedSuggestions = [
    ...new Set([...ours.dismissedSuggestions, ...theirs.dismissedSuggestions]),
  ].filter(
    (k) =>
      !baseDismissed.has(k) ||
      (ours.dismissedSuggestions.includes(k) && theirs.dismissedSuggestions.includes(k)),
  )
  const subject = pick3(base?.legal.subject, ours.legal.subject, theirs.legal.subject, prefer)
  if (changedBoth(base?.legal.subject, ours.legal.subject, theirs.legal.subject)) {
    notes.push(`The legal subject was changed on both machines; “${subject}” is kept.`)
  }
  const legal = {
    subject,
    accepted: mergeById(
      base?.legal.accepted ?? [],
      ours.legal.accepted,
      theirs.legal.accepted,
      (a) => a.findingId,
      (b, o, t) => (changedBoth(b, o, t) ? (later(t.at, o.at) ? t : o) : pick3(b, o, t, 'ours')),
    ),
    // Sign-offs are never dropped or chosen between: every one is kept, in the order made.
    signoffs: mergeById(
      base?.legal.signoffs ?? [],
      ours.legal.signoffs,
      theirs.legal.signoffs,
      (s) => s.id,
      (_b, o) => o,
    ).sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.id < y.id ? -1 : 1)),
  }
  // Sign-offs imported from other libraries are history: every entry of both sides is kept.
  const imported = [
    ...new Map(
      [...(ours.legal.imported ?? []), ...(theirs.legal.imported ?? [])].map((h) => [
        canonicalJson(h),
        h,
      ]),
    ).values(),
  ]
    .sort((x, y) =>
      x.from.importedAt < y.from.importedAt ? -1 : x.from.importedAt > y.from.importedAt ? 1 : 0,
    )
    .slice(-100)
  if (imported.length > 0) Object.assign(legal, { imported })

  // Members Galley does not know yet (added by a newer version): records by id, else the later.
  const known = new Set([
    'schemaVersion',
    'draft',
    'revisions',
    'attachments',
    'claims',
    'dismissedSuggestions',
    'quotes',
    'transcripts',
    'legal',
    'audit',
    'team',
  ])
  const extra: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (known.has(key)) continue
    const b = (base as Record<string, unknown> | null)?.[key]
    const o = (ours as Record<string, unknown>)[key]
    const t = (theirs as Record<string, unknown>)[key]
    const records = (v: unknown): v is Keyed[] =>
      Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && 'id' in x)
    extra[key] =
      records(o) && records(t)
        ? mergeById(records(b) ? b : [], o, t, (x) => String(x['id']), newerRecord)
        : pick3(b, o, t, prefer)
  }

  const file: DraftFile = {
    ...ours,
    ...extra,
    draft,
    revisions,
    attachments,
    claims,
    dismissedSuggestions,
    quotes,
    transcripts,
    legal,
    audit: [],
    ...(team.divergent.length > 0 ? { team } : {}),
  }
  if (team.divergent.length === 0) delete file.team

  // The audit trail: every event of both, then one event joining the heads, carrying the
  // merged state's hash, so the trail verifies on every machine.
  const audit = [...ours.audit, ...eventsNotIn(ours.audit, theirs.audit)]
  const tips = heads(audit)
  const state = reviewStateHash({ ...file, audit })
  const input: AuditEventInput = {
    at,
    by: ctx.actor.name,
    role: ctx.actor.role,
    action: 'sync.merge',
    target: `draft/${ours.draft.id}`,
    before: null,
    after: {
      disputes: disputes.length,
      divergent: divergentNotes.length,
      notes: notes.length,
    },
    state,
  }
  const last = audit.at(-1)
  if (tips.length >= 2 || last?.state !== state) {
    const joined =
      tips.length >= 2 ? sealJoin(tips.sort(byHash), input, sha256) : sealEvent(last, input, sha256)
    audit.push(ctx.sign ? { ...joined, sig: ctx.sign(auditPayload(joined.hash)) } : joined)
  }
  file.audit = audit
  return { file, report: report() }
}

const byHash = (a: AuditEvent, b: AuditEvent) => (a.hash < b.hash ? -1 : 1)
