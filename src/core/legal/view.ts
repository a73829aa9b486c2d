import type { LegalView, ReadinessView, SignoffView } from '@shared/channels/legal'
import { READINESS_SUGGESTIONS_LISTED } from '@shared/constants'
import { publishReadiness, suggestionItems, type ReadinessItem } from '@shared/legal/readiness'
import { RULES } from '@shared/legal/rules'
import { signoffIntact, signoffStaleness } from '@shared/legal/signoff'
import type { Revision } from '@shared/domain'
import type { StoredSignoff } from '@shared/records'
import type { Roster } from '@shared/team/records'
import { sha256 } from '../ids'
import { signoffTrust } from '../team/signing'
import type { Library } from '../library'
import type { AttachmentSource } from '../drafts/attachments'
import type { DraftFile } from '../storage/draft-file'
import type { PeopleFile, Settings } from '../storage/settings-file'
import type { DraftStore } from '../store/draft-store'
import type { RosterState } from '../team/roster'
import { analyseDraft, isCovered, type DraftAnalysis } from './analysis'
import { checkQuotes } from '../transcripts/check'
import { listPeople } from '../people/service'
import { suggestionsFor, suggestionsStepwise } from '../claims/service'
import { nextTurn } from '../workers/turn'

/**
 * What working out a draft's readiness reads of its library: the draft (read only), its folder
 * (transcripts), the people register, the roster and one setting. A library is one; the
 * background pass's worker thread (./readiness-task.ts) makes one from the draft's file alone.
 */
export interface ReadinessSource extends AttachmentSource {
  readonly store: Pick<DraftStore, 'read' | 'file'>
  readonly settings: { readonly data: Pick<Settings, 'suggestionsBlockReadiness'> }
  readonly people: { readonly data: Pick<PeopleFile, 'people'> }
  readonly team: { readonly roster: RosterState }
}

/** Characters beyond which a draft's readiness is worked out over several turns of the loop. */
const LONG_TEXT = 60_000
/** A long draft's suggestion items made per turn of the event loop. */
const ITEMS_PER_TURN = 5_000

/** The latest sign-off checked against the current revision (and, in a team, the roster). */
export function signoffView(
  file: Readonly<DraftFile>,
  current: Revision,
  roster: Roster | null = null,
): SignoffView | null {
  const record = file.legal.signoffs.at(-1)
  if (!record) return null
  const number = (id: string) => file.revisions.find((r) => r.id === id)?.number ?? null
  // Signed on this very revision: nothing can have changed.
  const staleness =
    record.revisionId === current.id
      ? { stale: false, changed: [] }
      : signoffStaleness(record, current.body)
  return {
    record: structuredClone(record) as StoredSignoff,
    revisionNumber: number(record.revisionId),
    stale: staleness.stale,
    changed: staleness.changed.map((c) => ({
      ...c,
      range: c.range ? { start: c.range.start, end: c.range.end } : null,
      diff: [...c.diff],
    })),
    intact: signoffIntact(record, sha256),
    trust: (() => {
      const t = signoffTrust(file.draft.id, record, roster)
      return t.kind === 'rejected' ? { kind: t.kind, reason: t.reason } : { kind: t.kind }
    })(),
  }
}

/** What a team sync left for people to settle: disputed verdicts, revisions made apart. */
function teamItems(
  library: ReadinessSource,
  file: Readonly<DraftFile>,
  signoff: SignoffView | null,
): ReadinessView['items'] {
  const items: ReadinessView['items'] = []
  for (const c of file.claims) {
    if (!c.dispute) continue
    const who = c.dispute.verdicts.map((v) => `${v.by} said ${v.verdict}`).join(', ')
    items.push({
      area: 'claims',
      severity: 'error',
      message: `Disputed claim (${who}): record a new verdict to settle it`,
      start: c.anchor.start,
      end: c.anchor.end,
    })
  }
  for (const d of file.team?.divergent ?? []) {
    const numbers = d.revisionIds.map(
      (id) => file.revisions.find((r) => r.id === id)?.number ?? '?',
    )
    items.push({
      area: 'claims',
      severity: 'error',
      message: `Revisions ${numbers.join(' and ')} were saved apart on two machines: compare them and save a reconciled revision`,
    })
  }
  if (signoff?.trust?.kind === 'rejected') {
    items.push({
      area: 'disclosures',
      severity: 'error',
      message: `The sign-off does not count: ${signoff.trust.reason ?? 'it failed verification'}`,
    })
  }
  if (library.team.roster.problem) {
    items.push({ area: 'disclosures', severity: 'error', message: library.team.roster.problem })
  }
  return items
}

/** "Can this go out?" for one draft, from claims, quotes, disclosure findings and the sign-off. */
export async function readinessOf(
  library: ReadinessSource,
  draftId: string,
  file: Readonly<DraftFile>,
  current: Revision,
  analysis: DraftAnalysis,
  signoff: SignoffView | null,
  /** Whether to work out the open suggestions (false: none are listed; see listReadiness). */
  withSuggestions = true,
): Promise<ReadinessView> {
  const check = await checkQuotes(library, draftId, file, analysis.quotes)
  // A long draft's open suggestions (tens of thousands) are worked out a few thousand per turn
  // of the event loop, then listed on a turn of their own: the host answers in between.
  const long = current.body.length > LONG_TEXT
  // So is the quote check (20,000 quotes at 5,000,000 characters: about 10 ms), apart from the
  // readiness worked out from it (about 25 ms).
  if (long) await nextTurn()
  let suggestions: ReturnType<typeof suggestionsFor> = []
  const suggestionsBlock = library.settings.data.suggestionsBlockReadiness === true
  // Their readiness items too, a part per turn for a long draft (65,000 at 5,000,000 characters
  // were 20-60 ms of the loop in one go).
  let made: ReadinessItem[] | undefined
  if (withSuggestions) {
    await suggestionsStepwise(file, current.body)
    suggestions = suggestionsFor(file, current.body)
    if (long) {
      await nextTurn()
      made = []
      for (let i = 0; i < suggestions.length; i += ITEMS_PER_TURN) {
        for (const item of suggestionItems(
          suggestions.slice(i, i + ITEMS_PER_TURN),
          suggestionsBlock,
        ))
          made.push(item)
        await nextTurn()
      }
    }
  }
  const readiness = publishReadiness({
    claims: file.claims
      .filter((c) => c.status !== 'orphaned' && c.revisionId === current.id)
      .map((c) => ({
        id: c.id,
        verdict: c.verdict,
        needsRecheck: c.needsRecheck,
        start: c.anchor.start,
        end: c.anchor.end,
        text: c.anchor.exact,
      })),
    quotes: analysis.quotes.map((q) => ({
      id: q.key,
      speaker: q.speaker,
      label: check.labels.get(q.key) ?? 'unchecked',
      start: q.start,
      end: q.end,
      text: q.text,
    })),
    findings: analysis.report.findings,
    // A sign-off the roster does not vouch for does not count (see teamItems).
    signoff:
      signoff && signoff.trust?.kind !== 'rejected'
        ? { decision: signoff.record.decision, stale: signoff.stale }
        : null,
    needsSignoff: analysis.needsSignoff,
    accepted: file.legal.accepted.map((a) => a.findingId),
    suggestions,
    suggestionsBlock,
    ...(made ? { suggestionItems: made } : {}),
  })
  const team = teamItems(library, file, signoff)
  const items = [...readiness.items.map((i) => ({ ...i })), ...team]
  const clear = { ...readiness.clear }
  for (const i of team) if (i.severity === 'error') clear[i.area] = false
  return {
    ready: readiness.ready && !team.some((i) => i.severity === 'error'),
    items,
    clear,
    transcripts: { checked: check.checked, note: check.note },
    suggestions: {
      ...readiness.suggestions,
      listed: items.filter((i) => i.kind === 'suggestion').length,
    },
  }
}

/**
 * The readiness as the Legal tab's answer gives it: the open suggestions' items cut to the first
 * READINESS_SUGGESTIONS_LISTED (a 5,000,000-character draft's 65,000 were 12 of the answer's
 * 15 MB, the same suggestions the Claims tab's answer lists); every other item, and the counts,
 * as they are.
 */
export function listedReadiness(r: ReadinessView): ReadinessView {
  if (r.suggestions.listed <= READINESS_SUGGESTIONS_LISTED) return r
  let listed = 0
  const items = r.items.filter(
    (i) => i.kind !== 'suggestion' || listed++ < READINESS_SUGGESTIONS_LISTED,
  )
  return { ...r, items, suggestions: { ...r.suggestions, listed: READINESS_SUGGESTIONS_LISTED } }
}

/** Everything the legal tab shows for a draft's current revision. */
export async function legalView(library: Library, draftId: string): Promise<LegalView> {
  const people = listPeople(library)
  // Take what is needed synchronously; transcripts are read after.
  const snap = library.store.read(draftId, (file, current) => {
    const analysis = analyseDraft(file, current.body, people)
    return {
      file: structuredClone({
        ...file,
        revisions: [],
        audit: [],
      }) as DraftFile,
      revisions: file.revisions,
      current,
      analysis,
      signoff: signoffView(file, current, library.team.roster.roster),
    }
  })
  const { analysis, current, signoff } = snap
  const file: DraftFile = { ...snap.file, revisions: snap.revisions }
  const accepted = new Map(file.legal.accepted.map((a) => [a.findingId, a]))
  const number = (id: string) => file.revisions.find((r) => r.id === id)?.number ?? null
  const { report } = analysis
  return {
    revisionId: current.id,
    revisionNumber: current.number,
    subject: file.legal.subject,
    needsSignoff: analysis.needsSignoff,
    disclosures: report.disclosures.map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      kind: d.kind,
      wording: d.wording,
      brands: [...d.brands],
      ...(d.note ? { note: d.note } : {}),
    })),
    brands: report.brands.map((b) => ({
      name: b.name,
      sources: [...b.sources],
      mentions: b.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    endorsements: report.endorsements.map((e) => ({
      start: e.start,
      end: e.end,
      kind: e.kind,
      text: e.text,
      brand: e.brand,
      ...(e.person ? { person: e.person } : {}),
      ...(e.affiliate !== undefined ? { affiliate: e.affiliate } : {}),
      covered: isCovered(e),
    })),
    findings: report.findings.map((f) => {
      const a = accepted.get(f.id)
      return {
        id: f.id,
        rule: f.rule,
        title: RULES[f.rule].title,
        severity: f.severity,
        message: f.message,
        start: f.start,
        end: f.end,
        ...(f.related ? { related: f.related.map((r) => ({ start: r.start, end: r.end })) } : {}),
        accepted: a ? { reason: a.reason, by: a.by, role: a.role, at: a.at } : null,
      }
    }),
    signoff,
    history: [...file.legal.signoffs].reverse().map(({ passages: _p, ...s }) => ({
      ...s,
      revisionNumber: number(s.revisionId),
    })),
    readiness: await readinessOf(library, draftId, file, current, analysis, signoff),
    // Another library's sign-offs, as its history: never the signoff or history above.
    imported: structuredClone(file.legal.imported ?? []),
  }
}

/**
 * A draft's readiness as the library list shows it: ready, and how many items block. The same
 * answer as the legal view's readiness, from what can block only: claims, quotes (and their
 * transcripts), the disclosure checks, the sign-off and what a team sync left. Open suggestions
 * are worked out only when the library makes them block: otherwise they are information, and
 * spotting them is about half of a draft's analysis.
 */
export async function listReadiness(
  library: ReadinessSource,
  draftId: string,
): Promise<{ ready: boolean; blocking: number }> {
  const people = listPeople(library)
  const snap = library.store.read(draftId, (file, current) => ({
    file: structuredClone({ ...file, revisions: [], audit: [] }) as DraftFile,
    revisions: file.revisions,
    current,
    analysis: analyseDraft(file, current.body, people),
    signoff: signoffView(file, current, library.team.roster.roster),
  }))
  const { analysis, current, signoff } = snap
  const file: DraftFile = { ...snap.file, revisions: snap.revisions }
  const block = library.settings.data.suggestionsBlockReadiness === true
  const readiness = await readinessOf(library, draftId, file, current, analysis, signoff, block)
  return {
    ready: readiness.ready,
    blocking: readiness.items.filter((i) => i.severity === 'error').length,
  }
}
