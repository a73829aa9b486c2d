/** Types of the disclosure engine: what the caller passes in and what the checks report. */

/** A half-open range of string indices into a revision body. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

export type DisclosureKind =
  'affiliate' | 'sponsored' | 'material-connection' | 'gifted-product' | 'other'

export const DISCLOSURE_KINDS: readonly DisclosureKind[] = [
  'affiliate',
  'sponsored',
  'material-connection',
  'gifted-product',
  'other',
]

export type Wording = 'clear' | 'ambiguous'

/** A disclosure statement found in the text. */
export interface DisclosureSpan extends TextRange {
  readonly text: string
  readonly kind: DisclosureKind
  readonly wording: Wording
  /** Brands the statement names, as spelled in the brand list. */
  readonly brands: readonly string[]
  /** Why the wording is ambiguous, when it is (one line). */
  readonly note?: string
}

/** Connection kinds, as in the people register (`ConnectionKindSchema`). */
export type ConnectionKind =
  | 'ambassador'
  | 'paid-consultant'
  | 'affiliate'
  | 'investor'
  | 'gifted-product'
  | 'family-or-business-tie'

/** The minimum the checks need of a person in the register. */
export interface PersonRef {
  readonly name: string
  readonly credentials?: readonly string[]
  readonly title?: string
  readonly connections: readonly { readonly brand: string; readonly kind: ConnectionKind }[]
}

/** A quote as the quotes engine reports it: its span and who says it (null: unattributed). */
export interface QuoteRef extends TextRange {
  readonly speaker: string | null
}

/** Draft relation kinds, as in `RelationKindSchema`. */
export type RelationKind = 'sponsor' | 'affiliate' | 'brand-mentioned' | 'gifted'

export interface BrandRelationRef {
  readonly brand: string
  readonly kind: RelationKind
}

export type BrandSource = 'relation' | 'person' | 'text'

/** A brand on the draft, where it comes from and where the text names it. */
export interface BrandInfo {
  readonly name: string
  readonly sources: readonly BrandSource[]
  readonly mentions: readonly TextRange[]
}

export type EndorsementKind =
  'product-link' | 'recommendation' | 'brand-mention' | 'connected-quote'

/** Something a disclosure must cover. */
export interface Endorsement extends TextRange {
  readonly kind: EndorsementKind
  readonly text: string
  readonly brand: string | null
  /** For a connected quote: the person speaking. */
  readonly person?: string
  /** For a product link: whether the URL looks like an affiliate link. */
  readonly affiliate?: boolean
}

/** Research the text says, or the caller knows, was paid for by a brand. */
export interface FundedResearchRef {
  /** How the text names the research ("VELLA-12", "Northmere Institute"). */
  readonly name: string
  readonly funder: string
}

export interface DisclosureCheckInput {
  /** Markdown body of the revision. */
  readonly body: string
  /** The draft's sponsor/brand list. */
  readonly relations?: readonly BrandRelationRef[]
  /** People the draft quotes or features (with their connections). */
  readonly people?: readonly PersonRef[]
  /** Quotes from the quotes engine; when absent, a simple built-in detector is used. */
  readonly quotes?: readonly QuoteRef[]
  /** Subject of the piece ("skincare", "personal finance") for the credentials check. */
  readonly subject?: string
  /** Research known (from sources or a transcript) to be paid for by a brand. */
  readonly fundedResearch?: readonly FundedResearchRef[]
}

export type RuleId =
  | 'material-connection-undisclosed'
  | 'affiliate-disclosure-missing'
  | 'affiliate-disclosure-late'
  | 'ambiguous-wording'
  | 'disclosure-buried'
  | 'paid-research-undisclosed'
  | 'expert-credentials-mismatch'
  | 'relation-undisclosed'

export type Severity = 'error' | 'warning' | 'info'

export interface Finding extends TextRange {
  /** Stable across revisions: rule plus a key that does not depend on position. */
  readonly id: string
  readonly rule: RuleId
  readonly severity: Severity
  /** One line that explains itself. */
  readonly message: string
  readonly related?: readonly TextRange[]
}

/** Everything the checks saw, for the disclosures panel. */
export interface DisclosureReport {
  readonly disclosures: readonly DisclosureSpan[]
  readonly brands: readonly BrandInfo[]
  readonly endorsements: readonly Endorsement[]
  readonly quotes: readonly QuoteRef[]
  readonly findings: readonly Finding[]
}

/** Exhaustiveness guard for switches over a kind. */
export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${String(x)}`)
}
