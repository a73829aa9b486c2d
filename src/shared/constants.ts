// Plain values both sides share, with no validation library behind them: the renderer's first
// bundle imports these, not the zod schemas (domain.ts, contract.ts and channels/ build their
// schemas from them), so a window opens without building ~50 channels' schemas it never uses.

/** Limits that every channel and importer enforces; the UI shows them in its messages. */
export const LIMITS = {
  titleChars: 300,
  bylineChars: 300,
  messageChars: 2_000,
  bodyChars: 5_000_000,
  queryChars: 200,
  fileNameChars: 255,
  importBytes: 20 * 1024 * 1024,
  profileNameChars: 120,
  credits: 50,
  relations: 50,
  /** What a piece is about, for the legal credentials check ("skincare"). */
  subjectChars: 200,
} as const

/**
 * Suggested claims the Legal tab's answer lists as readiness items: a long draft has tens of
 * thousands, which the Claims tab lists; the readiness counts them all.
 */
export const READINESS_SUGGESTIONS_LISTED = 500

/**
 * Blocking items of a readiness answer: its listed errors, and every open suggestion when they
 * block (of those only the first READINESS_SUGGESTIONS_LISTED are listed).
 */
export function blockingCount(r: {
  readonly items: readonly { readonly severity: string; readonly kind?: string }[]
  readonly suggestions: { readonly open: number; readonly block: boolean }
}): number {
  let n = 0
  for (const i of r.items) if (i.severity === 'error' && i.kind !== 'suggestion') n++
  return n + (r.suggestions.block ? r.suggestions.open : 0)
}

/** Files attached to a claim's source are copied into the library, up to this size. */
export const SOURCE_FILE_BYTES = 25 * 1024 * 1024

/** Transcripts are read whole into memory; this is the most Galley accepts. */
export const TRANSCRIPT_BYTES = 10 * 1024 * 1024

/** The file types a transcript may come in, as the file picker offers them. */
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.md', '.vtt', '.srt', '.docx'] as const

/** The diff options both sides use, so the renderer's change ids are the ones main recomputes. */
export const RESOLVE_DIFF_OPTIONS = { timeoutMs: 2_000 } as const

export const ROLES = ['fact-checker', 'editor', 'legal'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value)
}

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  'fact-checker': 'Fact-checker',
  editor: 'Editor',
  legal: 'Legal',
}

export const DRAFT_STATUSES = ['draft', 'in-review', 'ready'] as const
export type DraftStatus = (typeof DRAFT_STATUSES)[number]

export const STATUS_LABELS: Readonly<Record<DraftStatus, string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  ready: 'Ready',
}

export function isDraftStatus(value: unknown): value is DraftStatus {
  return (DRAFT_STATUSES as readonly unknown[]).includes(value)
}

/** Claim verdicts, in the order the select, the counts and the keys 1–6 use. */
export const VERDICTS = [
  'unchecked',
  'verified',
  'partly-true',
  'false',
  'unverifiable',
  'opinion',
] as const
export type Verdict = (typeof VERDICTS)[number]

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  'partly-true': 'Partly true',
  false: 'False',
  unverifiable: 'Unverifiable',
  opinion: 'Opinion (not a factual claim)',
}

/** Verdicts that a later edit of the claimed text puts back to "needs re-check". */
export const RESOLVED_VERDICTS: readonly Verdict[] = ['verified', 'partly-true', 'false']

/** Events from main to the renderer (their payload schemas are in contract.ts). */
export const EVENT_NAMES = [
  'library:changed',
  'import:progress',
  'analysis:ready',
  'menu:command',
] as const

export function isEventName(name: unknown): name is (typeof EVENT_NAMES)[number] {
  return (EVENT_NAMES as readonly unknown[]).includes(name)
}

/** The id the recovery channels use for a quarantined file: its name in quarantine. */
export function problemId(problem: { readonly quarantinedAs: string }): string {
  return problem.quarantinedAs.split(/[\\/]/).pop() ?? ''
}
