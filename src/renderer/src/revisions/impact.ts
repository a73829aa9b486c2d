import type { Change, RevisionDiff } from '@shared/diff'
import { VERDICT_LABELS } from '@shared/constants'
import type { Claim } from '@shared/claims/domain'
import type { RevisionSpans } from '@shared/channels/revisions'
import { overlaps, type Span } from '@shared/text'
import { excerpt, sideSpans } from './model'

export type ImpactKind = 'claim' | 'quote' | 'disclosure'
export type ImpactTone = 'neutral' | 'good' | 'warning' | 'bad'

/** One thing a change touched, as a chip on the change shows it. */
export interface ImpactItem {
  readonly kind: ImpactKind
  /** Stable within one comparison: counts distinct things touched. */
  readonly key: string
  readonly text: string
  readonly status: string
  readonly tone: ImpactTone
}

/** Which text the claims' anchors are in: the claims belong to the current revision. */
export type ClaimSide = 'old' | 'new' | null

export interface ImpactInput {
  readonly claims: readonly Claim[]
  readonly claimSide: ClaimSide
  /** Quotes and disclosures main found in each revision (null while they load). */
  readonly oldSpans: RevisionSpans | null
  readonly newSpans: RevisionSpans | null
}

export interface Impact {
  readonly byChange: ReadonlyMap<string, readonly ImpactItem[]>
  readonly totals: Readonly<Record<ImpactKind, number>>
}

interface Spot extends Span {
  readonly item: Omit<ImpactItem, 'key'>
  readonly key: string
}

const CLAIM_TONES: Readonly<Record<Claim['verdict'], ImpactTone>> = {
  unchecked: 'neutral',
  verified: 'good',
  'partly-true': 'warning',
  false: 'bad',
  unverifiable: 'warning',
  opinion: 'neutral',
}

function claimSpots(claims: readonly Claim[]): Spot[] {
  return claims.map((c) => {
    const status = [
      VERDICT_LABELS[c.verdict].replace(/ \(.*\)$/, ''),
      c.needsRecheck ? 'needs re-check' : null,
      c.status === 'orphaned' ? 'orphaned' : null,
    ]
      .filter(Boolean)
      .join(' · ')
    return {
      start: c.anchor.start,
      end: c.anchor.end,
      key: `claim:${c.id}`,
      item: {
        kind: 'claim',
        text: excerpt(c.anchor.exact, 60),
        status,
        tone: c.needsRecheck ? 'warning' : CLAIM_TONES[c.verdict],
      },
    }
  })
}

function quoteSpots(spans: RevisionSpans | null, side: 'old' | 'new'): Spot[] {
  return (spans?.quotes ?? []).map((q) => {
    const speaker = q.speaker
    return {
      start: q.start,
      end: q.end,
      // The same quote in both texts is one thing: key it by its speaker and first words.
      key: `quote:${speaker ?? '?'}:${q.text.slice(0, 24)}`,
      item: {
        kind: 'quote',
        text: excerpt(q.text, 60),
        status: speaker
          ? `${side === 'old' ? 'was ' : ''}${speaker}`
          : `no speaker${side === 'old' ? ' (old text)' : ''}`,
        tone: speaker ? 'neutral' : 'warning',
      },
    }
  })
}

const DISCLOSURE_KINDS: Readonly<Record<RevisionSpans['disclosures'][number]['kind'], string>> = {
  affiliate: 'Affiliate',
  sponsored: 'Sponsored',
  'material-connection': 'Material connection',
  'gifted-product': 'Gifted product',
  other: 'Disclosure',
}

function disclosureSpots(spans: RevisionSpans | null): Spot[] {
  return (spans?.disclosures ?? []).map((d) => ({
    start: d.start,
    end: d.end,
    key: `disclosure:${d.kind}:${d.text.slice(0, 24)}`,
    item: {
      kind: 'disclosure',
      text: excerpt(d.text, 60),
      status: `${DISCLOSURE_KINDS[d.kind]}, ${d.wording} wording`,
      tone: d.wording === 'clear' ? 'neutral' : 'warning',
    },
  }))
}

function hits(change: Change, side: 'old' | 'new', spots: readonly Spot[]): Spot[] {
  const spans = sideSpans(change, side)
  return spots.filter((s) => spans.some((e) => overlaps(e, s)))
}

/**
 * What each change touched: claims (their anchors are in the current revision, `claimSide`),
 * quotes and disclosures found in either text. A quote or disclosure counts when the change's
 * old side edits it in the old text or its new side in the new text.
 */
export function computeImpact(diff: Pick<RevisionDiff, 'changes'>, input: ImpactInput): Impact {
  const claims = input.claimSide ? claimSpots(input.claims) : []
  const oldSpots = [...quoteSpots(input.oldSpans, 'old'), ...disclosureSpots(input.oldSpans)]
  const newSpots = [...quoteSpots(input.newSpans, 'new'), ...disclosureSpots(input.newSpans)]
  const byChange = new Map<string, ImpactItem[]>()
  const seen = new Set<string>()
  const totals: Record<ImpactKind, number> = { claim: 0, quote: 0, disclosure: 0 }
  for (const change of diff.changes) {
    const inNew = hits(change, 'new', newSpots)
    // An edited quote is one thing: its old form counts only when the new text has none.
    const newKinds = new Set(inNew.map((s) => s.item.kind))
    const found = [
      ...(input.claimSide ? hits(change, input.claimSide, claims) : []),
      ...inNew,
      ...hits(change, 'old', oldSpots).filter((s) => !newKinds.has(s.item.kind)),
    ]
    if (found.length === 0) continue
    const items: ImpactItem[] = []
    const keys = new Set<string>()
    for (const spot of found) {
      if (keys.has(spot.key)) continue
      keys.add(spot.key)
      items.push({ ...spot.item, key: spot.key })
      if (!seen.has(spot.key)) {
        seen.add(spot.key)
        totals[spot.item.kind]++
      }
    }
    byChange.set(change.id, items)
  }
  return { byChange, totals }
}

/** "This comparison touches 2 claims, 1 quote" (null when it touches nothing). */
export function impactSummary(totals: Readonly<Record<ImpactKind, number>>): string | null {
  const parts: string[] = []
  const add = (n: number, one: string) => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : `${one}s`}`)
  }
  add(totals.claim, 'claim')
  add(totals.quote, 'quote')
  add(totals.disclosure, 'disclosure')
  return parts.length ? `This comparison touches ${parts.join(', ')}` : null
}
