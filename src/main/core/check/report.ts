import type { RuleId } from '@shared/claims/spotter'

/** How bad a finding is: only "error" makes `galley check` exit with status 1. */
export type Severity = 'error' | 'warning' | 'info'

/** A problem an analyser found, with where it is when it has a place in the text. */
export interface Finding {
  readonly severity: Severity
  /** A stable code, e.g. "disclosure-missing". */
  readonly code: string
  readonly message: string
  readonly start?: number
  readonly end?: number
}

/** A suggested claim as `galley check` reports it. */
export interface CheckClaim {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly rules: readonly RuleId[]
}

/** What `galley check --json` prints. Offsets are into the imported Markdown text. */
export interface CheckReport {
  readonly file: string
  readonly claims: readonly CheckClaim[]
  /** Filled by the quotes analyser (a later issue). */
  readonly quotes: readonly Record<string, unknown>[]
  /** Filled by the disclosures analyser (a later issue). */
  readonly disclosures: readonly Record<string, unknown>[]
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
