import type {
  DisclosureCheckInput,
  DisclosureReport,
  Endorsement,
  PersonRef,
  TextRange,
} from '@shared/legal/domain'
import { disclosuresOf } from '../analysis/engines'
import type { BrandRelation, Person } from '@shared/domain'
import { currentQuotes, type CurrentQuote } from '../quotes/current'
import type { DraftFile } from '../storage/draft-file'

/** What the legal view, the sign-off and the readiness gate read from one revision. */
export interface DraftAnalysis {
  readonly report: DisclosureReport
  readonly quotes: readonly CurrentQuote[]
  /** Endorsements a sign-off binds: everything but a bare brand mention. */
  readonly covered: readonly Endorsement[]
  /** Whether there is anything for legal to sign off. */
  readonly needsSignoff: boolean
}

/** A register entry as the disclosure checks need it. */
export function personRef(p: Person): PersonRef {
  return {
    name: p.name,
    title: p.title,
    credentials: p.credentials,
    connections: p.connections.map((c) => ({ brand: c.brand, kind: c.kind })),
  }
}

/** Whether a sign-off binds the text of this endorsement. */
export function isCovered(e: Endorsement): boolean {
  return e.kind !== 'brand-mention'
}

/**
 * Runs the disclosure checks over one revision body with the draft's brand relations, the
 * people register, the quotes as the quotes engine sees them and the draft's subject. Ties the
 * text states ("X is a paid ambassador for Y") join the register's inside the checks.
 */
export function analyseDraft(
  file: Readonly<DraftFile>,
  body: string,
  people: readonly Person[],
): DraftAnalysis {
  const quotes = currentQuotes(file, body, people)
  const draft = { relations: file.draft.relations, subject: file.legal.subject }
  const report = disclosuresOf(disclosureInput(draft, body, people, quotes))
  const covered = report.endorsements.filter(isCovered)
  return {
    report,
    quotes,
    covered,
    needsSignoff: report.disclosures.length > 0 || covered.length > 0,
  }
}

/** What the disclosure checks read: the text, relations, register, quotes as merged, subject. */
/**
 * The quotes as the disclosure check reads them, kept for each list of merged quotes (kept
 * themselves: ../quotes/current.ts), so the check's cache key is worked out from the same list
 * each time instead of 20,000 new objects per request at 5,000,000 characters.
 */
const quoteRefs = new WeakMap<readonly CurrentQuote[], DisclosureCheckInput['quotes']>()

export function disclosureInput(
  draft: { readonly relations: readonly BrandRelation[]; readonly subject: string },
  body: string,
  people: readonly Person[],
  quotes: readonly CurrentQuote[],
): DisclosureCheckInput {
  return {
    body,
    relations: draft.relations,
    people: people.map(personRef),
    quotes: refsOf(quotes),
    ...(draft.subject ? { subject: draft.subject } : {}),
  }
}

/** The ranges a sign-off binds: every disclosure statement and every covered endorsement. */
export function signedRanges(a: DraftAnalysis): {
  disclosures: TextRange[]
  covered: TextRange[]
} {
  const span = (r: TextRange) => ({ start: r.start, end: r.end })
  return {
    disclosures: a.report.disclosures.map(span).slice(0, 250),
    covered: a.covered.map(span).slice(0, 250),
  }
}

function refsOf(quotes: readonly CurrentQuote[]): DisclosureCheckInput['quotes'] {
  const kept = quoteRefs.get(quotes)
  if (kept) return kept
  const refs = quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker }))
  quoteRefs.set(quotes, refs)
  return refs
}
