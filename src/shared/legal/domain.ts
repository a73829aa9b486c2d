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
  /** Brands the statement names, by their family's name ("Velisse Skin" for "Velisse’s serum"). */
  readonly brands: readonly string[]
  /** Why the wording is ambiguous, when it is (one line). */
  readonly note?: string
  /** People the statement ties to a brand (a material connection, a gift to a person). */
  readonly people?: readonly string[]
  /** The kind of tie, for a person's connection. */
  readonly tie?: ConnectionKind
  /** A label line, a hashtag, or a sentence. */
  readonly form?: 'label' | 'hashtag' | 'statement'
  /** Set when a quoted speaker says it rather than the publication. */
  readonly speaker?: string
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
  /** Quotes with their speakers; when absent, the quotes engine (detectQuotes, attributeQuotes) is run. */
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
  | 'sponsorship-undisclosed'
  | 'paid-research-undisclosed'
  | 'expert-credentials-mismatch'
  | 'relation-undisclosed'
  | 'analysis-limit'

export type Severity = 'error' | 'warning' | 'info'

export interface Finding extends TextRange {
  /** Stable across revisions: rule plus a key that does not depend on position. */
  readonly id: string
  readonly rule: RuleId
  readonly severity: Severity
  /** One sentence that says what is wrong and points at the endorsement and the disclosure. */
  readonly message: string
  /** Other places the finding is about: the far or ambiguous disclosure, later links. */
  readonly related?: readonly TextRange[]
}

/** Where the text or the register says a person is tied to a brand. */
/** `publication`: the piece's own publication, whose owner also owns the brand (ownership.ts). */
export type ConnectionSource = 'register' | 'text' | 'referral-code' | 'publication'

/** A person's tie to a brand family, with the statements in the text that disclose it. */
export interface Connection {
  readonly person: string
  /** The brand family's name. */
  readonly brand: string
  readonly kind: ConnectionKind
  readonly source: ConnectionSource
  /** Statements that disclose the tie (empty when only the register or a code shows it). */
  readonly disclosures: readonly TextRange[]
}

/** Everything the checks saw, for the disclosures panel. */
export interface DisclosureReport {
  readonly disclosures: readonly DisclosureSpan[]
  readonly brands: readonly BrandInfo[]
  readonly endorsements: readonly Endorsement[]
  readonly quotes: readonly QuoteRef[]
  readonly connections: readonly Connection[]
  readonly findings: readonly Finding[]
}

/** Exhaustiveness guard for switches over a kind. */
export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${String(x)}`)
}
