// Short articles through the disclosure analysers, as the legal engine's tests write them.
import { readDocument } from '../../src/shared/language/document'
import { attributeQuotes } from '../../src/shared/quotes/attribute'
import { detectQuotes } from '../../src/shared/quotes/detect'
import type { Finding } from '../../src/shared/legal/domain'
import { analyseDisclosures } from '../../src/shared/legal/rules'
import { readStatements } from '../../src/shared/legal/statements'
import { said } from './quotes'

/** The disclosure report of a body, its quotes attributed as `who` says. */
export const check = (body: string, who: Record<string, string> = {}) =>
  analyseDisclosures({ body, quotes: said(body, who) })

/** The rules of a body's error findings, its quotes and speakers read as the pipeline reads them. */
export function errorsOf(body: string): string[] {
  const quotes = detectQuotes(body)
  const who = attributeQuotes(body, quotes)
  const refs = quotes.map((q, i) => ({
    start: q.start,
    end: q.end,
    speaker: who[i]?.speaker ?? null,
  }))
  return analyseDisclosures({ body, quotes: refs })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.rule)
}

/** The error-level findings. */
export const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'error')

/** The text a finding points at. */
export const at = (body: string, f: Finding | undefined) => (f ? body.slice(f.start, f.end) : '')

const FILLER = [
  'The weather turned in the second week, which is when most people give up.',
  'Layers matter more than any single item, and so does a dry spare pair of socks.',
  'Nothing here needs special tools, and most of it lasts several seasons.',
  'Ask at a local club if you want to try things before you spend money.',
]

/** `n` paragraphs that say nothing the analysers read. */
export const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join('\n\n')

/** The statements (disclosures, ties, labels) read in `text`, set in a short piece. */
export function statements(text: string) {
  const body = `# A short piece\n\nSome opening words about the subject.\n\n${text}\n`
  const doc = readDocument(body)
  return readStatements({ doc, quotes: [], people: [], brandKeys: new Set(), leadBrand: null }).map(
    (s) => ({ ...s, text: body.slice(s.start, s.end) }),
  )
}
