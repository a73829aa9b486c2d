import { assertNever } from '../errors'
import { VERDICT_LABELS, type Anchor, type Verdict } from './domain'

/** What the exports need of a claim; a stored `Claim` fits it as it is. */
export interface ClaimForExport {
  readonly id: string
  readonly anchor: Anchor
  readonly verdict: Verdict
  /** The claimed text changed after the verdict: it no longer stands for the text as it is. */
  readonly needsRecheck?: boolean | undefined
  readonly note?: string | undefined
  readonly createdAt: string
  readonly createdBy: { readonly name: string }
  readonly updatedAt: string
  readonly sources: readonly {
    readonly citation: string
    readonly url?: string | undefined
    readonly accessed?: string | undefined
    readonly note?: string | undefined
  }[]
  /** Verdict changes, oldest first; the last one names who gave the current verdict. */
  readonly history?: readonly {
    readonly verdict: Verdict
    readonly by: string
    readonly at: string
    readonly reason?: string | undefined
  }[]
  /** The claim's comment thread, oldest first. */
  readonly comments?: readonly {
    readonly by: string
    readonly at: string
    readonly text: string
  }[]
}

/**
 * History reasons Galley writes itself (marking, Word imports, re-checks, orphans), as opposed
 * to a reason a person gave with a verdict.
 */
const SYSTEM_REASON =
  /^(?:Marked as a claim$|From a Word comment by |Its text (?:changed|was not found) in revision \d+)/

/** Whether a history entry's reason is one a person gave with a verdict. */
export function isGivenReason(reason: string | undefined): reason is string {
  return reason !== undefined && reason.trim() !== '' && !SYSTEM_REASON.test(reason)
}

/**
 * Why the claim has its current verdict: the reason given with the latest verdict a person
 * recorded, or with an earlier recording of the same verdict when it was confirmed without one.
 * Null when none was given (or the latest verdict differs from the current one).
 */
export function verdictReason(
  c: Pick<ClaimForExport, 'verdict' | 'history'>,
): { readonly text: string; readonly by: string; readonly at: string } | null {
  const history = c.history ?? []
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]
    if (!h || (h.reason !== undefined && SYSTEM_REASON.test(h.reason))) continue
    if (h.verdict !== c.verdict) return null
    if (isGivenReason(h.reason)) return { text: h.reason.trim(), by: h.by, at: h.at }
  }
  return null
}

/** A comment as one line of text: "Ana Ruiz, 2026-03-01: the text". */
export function commentLine(m: { by: string; at: string; text: string }): string {
  return `${m.by}, ${m.at.slice(0, 10)}: ${m.text}`
}

/** Which draft and revision the claims are anchored in. */
export interface ExportContext {
  readonly draftId: string
  readonly revisionId: string
  /** The draft's title, for ClaimReview's `itemReviewed.appearance`. */
  readonly title?: string
  /** The article's author (byline), for `itemReviewed.appearance.author`. */
  readonly byline?: string
  /** Where the article is published, if known (kept as text). */
  readonly url?: string
}

/** The URN naming one revision of a draft: the `target.source` of every annotation. */
export function revisionUrn(draftId: string, revisionId: string): string {
  return `urn:galley:draft:${encodeURIComponent(draftId)}:revision:${encodeURIComponent(revisionId)}`
}

export interface TextualBody {
  readonly type: 'TextualBody'
  readonly purpose: 'assessing' | 'commenting' | 'describing' | 'replying'
  readonly value: string
  readonly format: 'text/plain'
  /** Who wrote it and when (the verdict's reason, a comment). */
  readonly creator?: { readonly type: 'Person'; readonly name: string }
  readonly created?: string
}

/** A W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for one claim. */
export interface WebAnnotation {
  readonly '@context': 'http://www.w3.org/ns/anno.jsonld'
  readonly id: string
  readonly type: 'Annotation'
  readonly motivation: 'assessing'
  readonly created: string
  readonly modified: string
  readonly creator: { readonly type: 'Person'; readonly name: string }
  readonly body: readonly TextualBody[]
  readonly target: {
    readonly source: string
    readonly selector: readonly [
      {
        readonly type: 'TextQuoteSelector'
        readonly exact: string
        readonly prefix: string
        readonly suffix: string
      },
      { readonly type: 'TextPositionSelector'; readonly start: number; readonly end: number },
    ]
  }
}

const text = (purpose: TextualBody['purpose'], value: string): TextualBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
})

function sourceLine(s: ClaimForExport['sources'][number]): string {
  return [
    s.citation,
    s.url ? `<${s.url}>` : '',
    s.accessed ? `accessed ${s.accessed}` : '',
    s.note ?? '',
  ]
    .filter(Boolean)
    .join(' — ')
}

const byWhom = (value: TextualBody, by: string, at: string): TextualBody => ({
  ...value,
  creator: { type: 'Person', name: by },
  created: at,
})

/**
 * One Web Annotation per claim: the verdict as an "assessing" body and the reason given for it
 * as a second one, the note as "commenting", each source as "describing", each comment as
 * "replying" (with its author and time); the target names the revision and carries both a
 * quote and a position selector.
 */
export function toWebAnnotations(
  claims: readonly ClaimForExport[],
  ctx: ExportContext,
): WebAnnotation[] {
  const source = revisionUrn(ctx.draftId, ctx.revisionId)
  return claims.map((c) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:galley:draft:${encodeURIComponent(ctx.draftId)}:claim:${encodeURIComponent(c.id)}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: c.createdAt,
    modified: c.updatedAt,
    creator: { type: 'Person', name: c.createdBy.name },
    body: [
      text('assessing', VERDICT_LABELS[c.verdict]),
      ...reasonBody(c),
      ...(c.note ? [text('commenting', c.note)] : []),
      ...c.sources.map((s) => text('describing', sourceLine(s))),
      ...(c.comments ?? []).map((m) => byWhom(text('replying', m.text), m.by, m.at)),
    ],
    target: {
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: c.anchor.exact,
          prefix: c.anchor.prefix,
          suffix: c.anchor.suffix,
        },
        { type: 'TextPositionSelector', start: c.anchor.start, end: c.anchor.end },
      ],
    },
  }))
}

function reasonBody(c: ClaimForExport): TextualBody[] {
  const reason = verdictReason(c)
  return reason ? [byWhom(text('assessing', reason.text), reason.by, reason.at)] : []
}

/** ClaimReview's `reviewBody`: the reason for the verdict, the research note, then the comments. */
export function reviewBodyOf(c: ClaimForExport): string | null {
  const parts = [
    verdictReason(c)?.text ?? '',
    c.note?.trim() ?? '',
    (c.comments ?? []).length > 0
      ? `Comments:\n${(c.comments ?? []).map((m) => `- ${commentLine(m)}`).join('\n')}`
      : '',
  ].filter(Boolean)
  return parts.length > 0 ? parts.join('\n\n') : null
}

/** Verdicts that ClaimReview can publish. */
export type ResolvedVerdict = 'verified' | 'partly-true' | 'false' | 'unverifiable'

export function isResolved(v: Verdict): v is ResolvedVerdict {
  return v === 'verified' || v === 'partly-true' || v === 'false' || v === 'unverifiable'
}

/** schema.org ClaimReview (https://schema.org/ClaimReview) as JSON-LD. */
export interface ClaimReview {
  readonly '@context': 'https://schema.org'
  readonly '@type': 'ClaimReview'
  readonly identifier: string
  readonly claimReviewed: string
  readonly reviewRating: {
    readonly '@type': 'Rating'
    /** Absent for "unverifiable", which is not a point on the scale. */
    readonly ratingValue?: number
    readonly bestRating: number
    readonly worstRating: number
    readonly alternateName: string
  }
  readonly author: { readonly '@type': 'Person'; readonly name: string }
  readonly datePublished: string
  readonly reviewBody?: string
  readonly citation: readonly {
    readonly '@type': 'CreativeWork'
    readonly name: string
    readonly url?: string
  }[]
  readonly itemReviewed: {
    readonly '@type': 'Claim'
    readonly text: string
    readonly appearance: {
      readonly '@type': 'CreativeWork'
      readonly identifier: string
      readonly headline?: string
      readonly url?: string
      readonly author?: { readonly '@type': 'Person'; readonly name: string }
    }
  }
}

/** The rating scale: 1 = false, 3 = partly true, 5 = true; unverifiable has no value. */
export const RATING_SCALE = { worst: 1, best: 5 } as const

function rating(v: ResolvedVerdict): { value: number | null; name: string } {
  switch (v) {
    case 'verified':
      return { value: 5, name: 'True' }
    case 'partly-true':
      return { value: 3, name: 'Partly true' }
    case 'false':
      return { value: 1, name: 'False' }
    case 'unverifiable':
      return { value: null, name: 'Unverifiable' }
    default:
      return assertNever(v)
  }
}

/** Who gave the current verdict and when: the last matching history entry, else the claim's own. */
function decidedBy(c: ClaimForExport): { by: string; at: string } {
  const last = [...(c.history ?? [])].reverse().find((h) => h.verdict === c.verdict)
  return last ? { by: last.by, at: last.at } : { by: c.createdBy.name, at: c.updatedAt }
}

/**
 * ClaimReview JSON-LD for every resolved claim (verified, partly true, false, unverifiable);
 * unchecked claims, opinions and claims whose text changed since their verdict (needing a
 * re-check) are left out: a published review must be of the text as it stands.
 */
export function toClaimReviews(
  claims: readonly ClaimForExport[],
  ctx: ExportContext,
): ClaimReview[] {
  const out: ClaimReview[] = []
  for (const c of claims) {
    if (!isResolved(c.verdict) || c.needsRecheck) continue
    const r = rating(c.verdict)
    const who = decidedBy(c)
    const reviewBody = reviewBodyOf(c)
    out.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: `urn:galley:draft:${encodeURIComponent(ctx.draftId)}:claim:${encodeURIComponent(c.id)}`,
      claimReviewed: c.anchor.exact,
      reviewRating: {
        '@type': 'Rating',
        ...(r.value === null ? {} : { ratingValue: r.value }),
        bestRating: RATING_SCALE.best,
        worstRating: RATING_SCALE.worst,
        alternateName: r.name,
      },
      author: { '@type': 'Person', name: who.by },
      datePublished: who.at.slice(0, 10),
      ...(reviewBody ? { reviewBody } : {}),
      citation: c.sources.map((s) => ({
        '@type': 'CreativeWork',
        name: s.citation,
        ...(s.url ? { url: s.url } : {}),
      })),
      itemReviewed: {
        '@type': 'Claim',
        text: c.anchor.exact,
        appearance: {
          '@type': 'CreativeWork',
          identifier: revisionUrn(ctx.draftId, ctx.revisionId),
          ...(ctx.title ? { headline: ctx.title } : {}),
          ...(ctx.url ? { url: ctx.url } : {}),
          ...(ctx.byline ? { author: { '@type': 'Person' as const, name: ctx.byline } } : {}),
        },
      },
    })
  }
  return out
}
