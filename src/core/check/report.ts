import type { RuleId } from '@shared/claims/spotter'

/** How bad a finding is: only "error" makes `galley check` exit with status 1. */
export type Severity = 'error' | 'warning' | 'info'

/** A problem an analyser found, with where it is when it has a place in the text. */
export interface Finding {
  readonly severity: Severity
  /** The rule that fired, a stable id, e.g. "quote-no-speaker". */
  readonly rule: string
  readonly message: string
  readonly start?: number
  readonly end?: number
  /** Other places the finding points at (a far disclosure, later links). */
  readonly related?: readonly { readonly start: number; readonly end: number }[]
}

/** A suggested claim as `galley check` reports it. */
export interface CheckClaim {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly rules: readonly RuleId[]
}

/** A direct quote or Q&A answer, with its speaker's full name as the text gives it. */
export interface CheckQuote {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly speaker: string | null
  readonly kind: 'direct' | 'qa-answer'
}

/** A disclosure statement found in the text. */
export interface CheckDisclosure {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: string
}

/** What `galley check --json` prints. Offsets are into the imported Markdown text. */
export interface CheckReport {
  readonly file: string
  readonly claims: readonly CheckClaim[]
  readonly quotes: readonly CheckQuote[]
  readonly disclosures: readonly CheckDisclosure[]
  readonly findings: readonly Finding[]
}

/** The sections an analyser may add to; each analyser returns only its own. */
export type CheckSections = Omit<CheckReport, 'file'>

/** What every analyser is given: the imported text and where it came from. */
export interface CheckInput {
  readonly file: string
  readonly title: string
  readonly body: string
}

/** One offline check over the imported text (claims now; quotes and disclosures later). */
export interface Analyser {
  readonly name: string
  readonly run: (input: CheckInput) => Partial<CheckSections> | Promise<Partial<CheckSections>>
}
