import { plainMarkdown } from '../text/markdown'
import type { Finding, Severity } from './domain'

export type ClaimVerdict =
  'unchecked' | 'verified' | 'partly-true' | 'false' | 'unverifiable' | 'opinion'

export interface ReadinessClaim {
  readonly id: string
  readonly verdict: ClaimVerdict
  readonly needsRecheck: boolean
  readonly start: number
  readonly end: number
  /** The claimed text, so an item can say which claim it is. */
  readonly text?: string
}

/**
 * Quote check labels from the transcript check; 'not-found' means not in the attached transcript
 * (which may cover only part of the interview), so it is listed but does not block.
 */
export type QuoteLabel = 'exact' | 'trivial-edit' | 'altered' | 'not-found' | 'unchecked'

export interface ReadinessQuote {
  readonly id: string
  readonly speaker: string | null
  readonly label: QuoteLabel
  readonly start: number
  readonly end: number
  /** The quoted words, so an item can say which quote it is. */
  readonly text?: string
}

/** A span the claim spotter suggested that nobody accepted or dismissed. */
export interface ReadinessSuggestion {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** A finding as readiness needs it; `id` lets legal's accepted findings stop blocking. */
export type ReadinessFinding = Pick<Finding, 'rule' | 'severity' | 'message' | 'start' | 'end'> & {
  readonly id?: string
}

export interface ReadinessSignoff {
  readonly decision: 'approve' | 'request-changes'
  readonly stale: boolean
}

export interface ReadinessInput {
  readonly claims: readonly ReadinessClaim[]
  readonly quotes: readonly ReadinessQuote[]
  readonly findings: readonly ReadinessFinding[]
  readonly signoff: ReadinessSignoff | null
  /** Whether the draft has anything to disclose (disclosures or endorsements); default true. */
  readonly needsSignoff?: boolean
  /** Finding ids legal accepted with a reason; they no longer block. */
  readonly accepted?: readonly string[]
  /** Suggested claims never accepted or dismissed: listed, and counted. */
  readonly suggestions?: readonly ReadinessSuggestion[]
  /** Whether those suggestions block (a library setting; default false: listed, not blocking). */
  readonly suggestionsBlock?: boolean
  /**
   * The suggestions' items made beforehand (suggestionItems, a part at a time: a long draft has
   * tens of thousands); when given, `suggestions` only counts them.
   */
  readonly suggestionItems?: readonly ReadinessItem[]
}

export type ReadinessArea = 'claims' | 'quotes' | 'disclosures'

export interface ReadinessItem {
  readonly area: ReadinessArea
  /** error blocks "ready"; warning and info are shown but do not block. */
  readonly severity: Severity
  readonly message: string
  readonly start?: number
  readonly end?: number
  /** Set on a suggested claim nobody accepted or dismissed (listed apart from the claims). */
  readonly kind?: 'suggestion'
}

export interface Readiness {
  readonly ready: boolean
  readonly items: readonly ReadinessItem[]
  /** Per area: clear when it has no blocking item. */
  readonly clear: Readonly<Record<ReadinessArea, boolean>>
  /** Suggested claims nobody accepted or dismissed, and whether they block. */
  readonly suggestions: { readonly open: number; readonly block: boolean }
}

const VERDICT_BLOCKS: Partial<Record<ClaimVerdict, string>> = {
  unchecked: 'not checked yet',
  false: 'marked false',
}

const EXCERPT_CHARS = 60

/** ‘The first words of a passage…’, on one line, cut at a word: how an item names its text. */
export function excerptOf(text: string): string {
  // Asked for every open suggestion and quote at each readiness check: each text is read once.
  let out = EXCERPTS.get(text)
  if (out === undefined) {
    if (EXCERPTS.size > 20_000) EXCERPTS.clear()
    out = excerptNow(text)
    EXCERPTS.set(text, out)
  }
  return out
}

const EXCERPTS = new Map<string, string>()

function excerptNow(text: string): string {
  // A quote's own closing comma ("…moisturiser," she said) is not part of what is named.
  const flat = plainMarkdown(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:]+$/, '')
  if (flat.length <= EXCERPT_CHARS) return `‘${flat}’`
  const cut = flat.slice(0, EXCERPT_CHARS)
  const space = cut.lastIndexOf(' ')
  return `‘${(space > EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…’`
}

/** "Claim ‘…’" or "Claim" when its text is not known. */
const named = (what: string, text: string | undefined) =>
  text ? `${what} ${excerptOf(text)}` : what

/** "Can this go out?": every blocking item across claims, quotes and disclosures. */
/** The readiness items of suggested claims never accepted or dismissed. */
export function suggestionItems(
  suggestions: readonly ReadinessSuggestion[],
  block: boolean,
): ReadinessItem[] {
  return suggestions.map((s) => ({
    area: 'claims',
    severity: block ? 'error' : 'info',
    message: `Suggested claim ${excerptOf(s.text)} never accepted or dismissed`,
    start: s.start,
    end: s.end,
    kind: 'suggestion',
  }))
}

export function publishReadiness(input: ReadinessInput): Readiness {
  const items: ReadinessItem[] = []
  for (const c of input.claims) {
    const claim = named('Claim', c.text)
    const why = c.needsRecheck
      ? 'changed since it was checked: re-check it'
      : VERDICT_BLOCKS[c.verdict]
    if (why) {
      items.push({
        area: 'claims',
        severity: 'error',
        message: `${claim} ${why}`,
        start: c.start,
        end: c.end,
      })
    } else if (c.verdict === 'unverifiable' || c.verdict === 'partly-true') {
      items.push({
        area: 'claims',
        severity: 'warning',
        message: `${claim} ${c.verdict === 'unverifiable' ? 'could not be verified' : 'only partly true'}`,
        start: c.start,
        end: c.end,
      })
    }
  }
  const suggestions = input.suggestions ?? []
  const suggestionsBlock = input.suggestionsBlock === true
  for (const item of input.suggestionItems ?? suggestionItems(suggestions, suggestionsBlock))
    items.push(item)
  for (const q of input.quotes) {
    const at = { start: q.start, end: q.end }
    const quote = named('Quote', q.text)
    const by = q.speaker ? ` by ${q.speaker}` : ''
    if (!q.speaker) {
      items.push({ area: 'quotes', severity: 'error', message: `${quote} has no speaker`, ...at })
    }
    if (q.label === 'altered') {
      items.push({
        area: 'quotes',
        severity: 'error',
        message: `${quote}${by} differs from the transcript`,
        ...at,
      })
    } else if (q.label === 'not-found') {
      // A transcript may cover only part of the interview: not being in it proves nothing.
      items.push({
        area: 'quotes',
        severity: 'warning',
        message: `${quote}${by} is not in this transcript (it may cover only part of the interview): check it against the recording or notes`,
        ...at,
      })
    }
  }
  const accepted = new Set(input.accepted ?? [])
  for (const f of input.findings) {
    const severity: Severity = f.id && accepted.has(f.id) ? 'info' : f.severity
    items.push({ area: 'disclosures', severity, message: f.message, start: f.start, end: f.end })
  }
  const s = input.signoff
  // A draft with nothing to disclose needs no sign-off; but one on record still counts: if the
  // text legal signed changed (a disclosure cut, say), or legal asked for changes, it blocks.
  if (!s) {
    if (input.needsSignoff !== false) {
      items.push({
        area: 'disclosures',
        severity: 'error',
        message: 'Disclosures not signed off by legal',
      })
    }
  } else if (s.stale) {
    items.push({
      area: 'disclosures',
      severity: 'error',
      message: 'Legal sign-off is stale: signed text has changed since; re-sign',
    })
  } else if (s.decision === 'request-changes') {
    items.push({ area: 'disclosures', severity: 'error', message: 'Legal requested changes' })
  }
  const blocked = (area: ReadinessArea) =>
    items.some((i) => i.area === area && i.severity === 'error')
  const clear = {
    claims: !blocked('claims'),
    quotes: !blocked('quotes'),
    disclosures: !blocked('disclosures'),
  }
  return {
    ready: clear.claims && clear.quotes && clear.disclosures,
    items,
    clear,
    suggestions: { open: suggestions.length, block: suggestionsBlock },
  }
}
