import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { RULES } from '@shared/claims/spotter'
import { GalleyError } from '@shared/errors'
import { LIMITS } from '@shared/domain'
import { convertFile } from '../import/convert'
import { ANALYSERS } from './analysers'
import type {
  Analyser,
  CheckClaim,
  CheckDisclosure,
  CheckQuote,
  CheckReport,
  Finding,
} from './report'

async function readInput(file: string): Promise<Uint8Array> {
  const name = basename(file)
  try {
    const info = await stat(file)
    if (info.isDirectory())
      throw new GalleyError('unreadable-file', `"${file}" is a folder, not a file.`)
    // The importer refuses big files too; checking first avoids reading one into memory.
    if (info.size > LIMITS.importBytes) return new Uint8Array(LIMITS.importBytes + 1)
    return await readFile(file)
  } catch (e) {
    if (e instanceof GalleyError) throw e
    const code = (e as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? `"${file}" does not exist.`
        : code === 'EACCES' || code === 'EPERM'
          ? `"${name}" cannot be read: permission denied.`
          : `"${name}" cannot be read (${code ?? String(e)}).`
    throw new GalleyError('unreadable-file', why)
  }
}

/**
 * Reads a .md, .txt, .html or .docx file with Galley's importers and runs every offline
 * analyser over the text. Throws a GalleyError with a sentence when the file cannot be read.
 */
export async function runCheck(
  file: string,
  analysers: readonly Analyser[] = ANALYSERS,
): Promise<CheckReport> {
  const bytes = await readInput(file)
  const { title, body } = await convertFile(basename(file), bytes)
  const claims: CheckClaim[] = []
  const quotes: CheckQuote[] = []
  const disclosures: CheckDisclosure[] = []
  const findings: Finding[] = []
  for (const analyser of analysers) {
    const out = await analyser.run({ file, title, body })
    claims.push(...(out.claims ?? []))
    quotes.push(...(out.quotes ?? []))
    disclosures.push(...(out.disclosures ?? []))
    findings.push(...(out.findings ?? []))
  }
  claims.sort((a, b) => a.start - b.start)
  return { file, claims, quotes, disclosures, findings }
}

/** True when the report holds a finding of severity "error" (exit status 1). */
export function hasErrors(report: CheckReport): boolean {
  return report.findings.some((f) => f.severity === 'error')
}

const LABEL = new Map(RULES.map((r) => [r.id, r.label.toLowerCase()]))

/** A readable report for a terminal. */
export function formatReport(report: CheckReport): string {
  const lines: string[] = [`galley check: ${report.file}`, '']
  const n = report.claims.length
  lines.push(
    n === 0
      ? 'No claims to check were found.'
      : `${n} suggested claim${n === 1 ? '' : 's'} to check:`,
  )
  report.claims.forEach((c, i) => {
    const text = c.text.replace(/\s+/g, ' ')
    lines.push(
      `  ${i + 1}. [${c.start}–${c.end}] ${text.length > 160 ? `${text.slice(0, 157)}…` : text}`,
    )
    lines.push(`     rules: ${c.rules.map((r) => LABEL.get(r) ?? r).join('; ')}`)
  })
  const q = report.quotes.length
  lines.push('', q === 0 ? 'No quotes found.' : `${q} quote${q === 1 ? '' : 's'}:`)
  report.quotes.forEach((quote, i) => {
    const text = quote.text.replace(/\s+/g, ' ')
    const said = quote.speaker ?? 'no speaker found'
    const kind = quote.kind === 'qa-answer' ? 'Q&A answer' : 'quote'
    lines.push(
      `  ${i + 1}. [${quote.start}–${quote.end}] “${text.length > 120 ? `${text.slice(0, 117)}…` : text}” (${kind}; ${said})`,
    )
  })
  if (report.disclosures.length > 0)
    lines.push('', `${report.disclosures.length} disclosure(s) found.`)
  lines.push('')
  if (report.findings.length === 0) lines.push('No findings.')
  for (const f of report.findings) {
    const where =
      f.start === undefined ? '' : ` (at ${f.start}${f.end === undefined ? '' : `–${f.end}`})`
    lines.push(`${f.severity.toUpperCase()} ${f.rule}${where}: ${f.message}`)
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length
  lines.push(errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}.` : 'No errors.')
  return lines.join('\n') + '\n'
}
