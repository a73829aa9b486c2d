import { verdictPayload } from '../team/signing'
import {
  anchorAt,
  CLAIM_LIMITS,
  RESOLVED_VERDICTS,
  remainingSuggestions,
  toClaimReviews,
  toWebAnnotations,
  VERDICT_LABELS,
  type Claim,
  type ClaimSuggestion,
  type Verdict,
} from '@shared/claims'
import type { Span } from '@shared/text'
import { suggestionKeyOf, type Suggestion } from '@shared/channels/claims'
import type { Profile } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { suggestionsOf, textDigest } from '../analysis/engines'
import { newId } from '../ids'
import { nextTurn } from '../workers/turn'
import type { Library } from '../library'
import type { DraftFile } from '../storage/draft-file'

function findClaim(file: DraftFile, claimId: string): Claim {
  const claim = file.claims.find((c) => c.id === claimId)
  if (!claim) {
    throw new GalleyError(
      'not-found',
      'That claim is not in this draft (it may have been deleted).',
    )
  }
  return claim
}

/** Narrows a selection to its text: surrounding spaces and line breaks are not part of a claim. */
function trimRange(body: string, start: number, end: number): [number, number] {
  let s = start
  let e = end
  while (s < e && /\s/.test(body[s] ?? '')) s++
  while (e > s && /\s/.test(body[e - 1] ?? '')) e--
  return [s, e]
}

/** The spotter's suggestions beside the claims already marked (the rest of a partly marked one). */
function openSuggestions(file: Readonly<DraftFile>, body: string) {
  const live = file.claims.filter((c) => c.status !== 'orphaned').map((c) => c.anchor)
  return remainingSuggestions(suggestionsOf(body), live, body)
}

/** Each suggestion's key, worked out once per suggestion (a long draft has tens of thousands). */
const keyOf = new WeakMap<object, string>()
const suggestionKey = (s: { readonly text: string }): string => {
  let key = keyOf.get(s)
  if (key === undefined) keyOf.set(s, (key = suggestionKeyOf(s.text)))
  return key
}

/**
 * The last few answers of suggestionsFor, by what they are worked out from (the text, the live
 * claims' anchors, the dismissed keys): the Claims tab and the readiness check of a long draft
 * both ask, and the answer is tens of thousands of items.
 */
const answered = new Map<string, Suggestion[]>()

/** What a draft's open suggestions depend on besides its text. */
interface SuggestionState {
  readonly live: readonly Span[]
  readonly dismissed: readonly string[]
}

const stateOf = (file: Readonly<DraftFile>): SuggestionState => ({
  live: file.claims.filter((c) => c.status !== 'orphaned').map((c) => c.anchor),
  dismissed: file.dismissedSuggestions,
})

const answerKey = (body: string, state: SuggestionState) =>
  JSON.stringify([textDigest(body), state.live, state.dismissed])

function keep(key: string, value: Suggestion[]): Suggestion[] {
  answered.set(key, value)
  while (answered.size > 8) answered.delete(answered.keys().next().value as string)
  return value
}

/** Suggestions the spotter made, open and not dismissed, as the Claims tab lists them. */
function workOut(
  body: string,
  state: SuggestionState,
  suggestions: readonly ClaimSuggestion[],
): Suggestion[] {
  const dismissed = new Set(state.dismissed)
  return remainingSuggestions(suggestions, state.live, body)
    .map((s) => ({
      key: suggestionKey(s),
      start: s.start,
      end: s.end,
      text: s.text,
      // The spotter's own lists, not copies: read-only, and at 5,000,000 characters a copy of
      // each was 129,000 more arrays on the main thread's heap (see DecodeMemo).
      rules: s.rules,
      reasons: s.reasons,
    }))
    .filter((s) => !dismissed.has(s.key))
}

/**
 * Suggestions for the current text: minus dismissed ones; what a claim already covers is left out,
 * and a suggestion a claim covers in part keeps its rest.
 */
export function suggestionsFor(file: Readonly<DraftFile>, body: string): Suggestion[] {
  const state = stateOf(file)
  const key = answerKey(body, state)
  const known = answered.get(key)
  return [...(known ?? keep(key, workOut(body, state, suggestionsOf(body))))]
}

/** Suggestions worked out per step of a long list, each step on a turn of the loop. */
const STEP = 1_000

/**
 * Works out what suggestionsFor will answer for this file and text, a thousand suggestions
 * per turn of the event loop (each suggestion's rest is its own), so the host keeps answering
 * while a long draft's tens of thousands are gone through; suggestionsFor then finds it kept.
 */
export async function suggestionsStepwise(file: Readonly<DraftFile>, body: string): Promise<void> {
  // The file may change between steps: the answer is for the state it had now.
  const state: SuggestionState = {
    live: stateOf(file).live.map((a) => ({ ...a })),
    dismissed: [...file.dismissedSuggestions],
  }
  const key = answerKey(body, state)
  if (answered.has(key)) return
  const all = suggestionsOf(body)
  const out: Suggestion[] = []
  for (let i = 0; i < all.length; i += STEP) {
    if (i > 0) await nextTurn()
    for (const s of workOut(body, state, all.slice(i, i + STEP))) out.push(s)
  }
  keep(key, out)
}

/** Works out the current revision's open suggestions a step at a time (see suggestionsStepwise). */
export function prepareSuggestions(library: Library, draftId: string): Promise<void> {
  const { file, body } = library.store.read(draftId, (file, current) => ({
    file,
    body: current.body,
  }))
  return suggestionsStepwise(file, body)
}

export function listClaims(library: Library, draftId: string) {
  return library.store.read(draftId, (file, current) => ({
    revisionId: current.id,
    claims: structuredClone(file.claims),
    queries: structuredClone(file.queries),
    suggestions: suggestionsFor(file, current.body),
  }))
}

export interface NewClaim {
  readonly revisionId: string
  readonly start: number
  readonly end: number
  readonly suggestionKey?: string | undefined
}

export function createClaim(
  library: Library,
  draftId: string,
  input: NewClaim,
  by: Profile,
  at = new Date(),
): Promise<Claim> {
  return library.store.update(draftId, 'claims', (file, current, audit) => {
    if (current.id !== input.revisionId) {
      throw new GalleyError(
        'conflict',
        `A newer revision (${current.number}) was saved since you selected that text. Select it again in the current text.`,
      )
    }
    if (input.end > current.body.length || input.start >= input.end) {
      throw new GalleyError('invalid-input', 'The selection is not inside the text of this draft.')
    }
    const [start, end] = trimRange(current.body, input.start, input.end)
    if (end - start < 2) {
      throw new GalleyError('invalid-input', 'Select at least a few words to mark as a claim.')
    }
    if (end - start > CLAIM_LIMITS.exactChars) {
      throw new GalleyError(
        'invalid-input',
        `A claim can be at most ${CLAIM_LIMITS.exactChars.toLocaleString('en')} characters; select a shorter passage.`,
      )
    }
    if (file.claims.length >= CLAIM_LIMITS.claimsPerDraft) {
      throw new GalleyError(
        'invalid-input',
        'This draft already holds the most claims Galley keeps.',
      )
    }
    const suggestion = input.suggestionKey
      ? openSuggestions(file, current.body).find(
          (s) => suggestionKeyOf(s.text) === input.suggestionKey,
        )
      : undefined
    const when = at.toISOString()
    const claim: Claim = {
      id: newId('c'),
      revisionId: current.id,
      anchor: anchorAt(current.body, start, end),
      status: 'anchored',
      verdict: 'unchecked',
      needsRecheck: false,
      sources: [],
      comments: [],
      history: [
        { verdict: 'unchecked', by: by.name, role: by.role, at: when, reason: 'Marked as a claim' },
      ],
      assignee: null,
      ...(suggestion ? { suggestedBy: [...suggestion.rules] } : {}),
      createdAt: when,
      createdBy: { name: by.name, role: by.role },
      updatedAt: when,
    }
    file.claims.push(claim)
    audit({
      action: suggestion ? 'claim.accept-suggestion' : 'claim.create',
      target: `claim/${claim.id}`,
      after: { exact: claim.anchor.exact, start, end },
    })
    return structuredClone(claim)
  })
}

/** Applies `fn` to one claim of a draft and writes it; returns the claim as stored. */
export function changeClaim(
  library: Library,
  draftId: string,
  claimId: string,
  action: string,
  fn: (claim: Claim, file: DraftFile) => void,
  at = new Date(),
): Promise<Claim> {
  return library.store.update(draftId, 'claims', (file, _current, audit) => {
    const claim = findClaim(file, claimId)
    const before = structuredClone(claim)
    fn(claim, file)
    claim.updatedAt = at.toISOString()
    audit({ action, target: `claim/${claimId}`, ...changedFields(before, claim) })
    return structuredClone(claim)
  })
}

/** The top-level fields that differ, as before/after values for the audit trail. */
export function changedFields<T extends object>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {}
  const a: Partial<T> = {}
  for (const key of Object.keys({ ...before, ...after }) as (keyof T)[]) {
    if (key === 'updatedAt' || key === 'history') continue
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key]
      a[key] = after[key]
    }
  }
  return { before: b, after: a }
}

export function setVerdict(
  library: Library,
  draftId: string,
  claimId: string,
  verdict: Verdict,
  reason: string | undefined,
  by: Profile,
  at = new Date(),
): Promise<Claim> {
  return changeClaim(
    library,
    draftId,
    claimId,
    'claim.verdict',
    (claim) => {
      if (claim.history.length >= CLAIM_LIMITS.historyEntries) claim.history.shift()
      claim.verdict = verdict
      claim.needsRecheck = false
      const change = {
        verdict,
        by: by.name,
        role: by.role,
        at: at.toISOString(),
        ...(reason ? { reason } : {}),
      }
      // Signed by the person's key (team libraries), and it settles a dispute from a sync.
      const sig = library.identity?.sign(verdictPayload(draftId, claimId, change))
      claim.history.push(sig ? { ...change, sig } : change)
      delete claim.dispute
    },
    at,
  )
}

export function dismissSuggestion(library: Library, draftId: string, key: string): Promise<void> {
  return library.store.update(draftId, 'suggestions', (file, _current, audit) => {
    if (!file.dismissedSuggestions.includes(key)) {
      audit({ action: 'suggestion.dismiss', target: `suggestion/${key.slice(0, 60)}` })
      file.dismissedSuggestions.push(key)
      if (file.dismissedSuggestions.length > 5_000) file.dismissedSuggestions.shift()
    }
  })
}

/** The draft's claims as W3C Web Annotations or, for resolved ones, ClaimReview JSON-LD. */
export function exportClaims(
  library: Library,
  draftId: string,
  format: 'web-annotation' | 'claim-review',
): { fileName: string; mediaType: string; text: string } {
  return library.store.read(draftId, (file, current) => {
    const ctx = {
      draftId,
      revisionId: current.id,
      title: file.draft.title,
      ...(file.draft.byline ? { byline: file.draft.byline } : {}),
    }
    const anchored = file.claims.filter((c) => c.status !== 'orphaned')
    const slug =
      file.draft.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'draft'
    if (format === 'web-annotation') {
      return {
        fileName: `${slug}-claims.jsonld`,
        mediaType: 'application/ld+json',
        text: `${JSON.stringify(toWebAnnotations(anchored, ctx), null, 2)}\n`,
      }
    }
    return {
      fileName: `${slug}-claimreview.jsonld`,
      mediaType: 'application/ld+json',
      text: `${JSON.stringify(toClaimReviews(anchored, ctx), null, 2)}\n`,
    }
  })
}

/** The history line a claim gets when its text changed under a resolved verdict. */
export function recheckReason(revisionNumber: number, verdict: Verdict): string {
  return `Its text changed in revision ${revisionNumber}; it was "${VERDICT_LABELS[verdict]}" and needs re-checking.`
}

export function isResolvedVerdict(v: Verdict): boolean {
  return RESOLVED_VERDICTS.includes(v)
}
