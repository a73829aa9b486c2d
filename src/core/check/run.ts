import { constants as fsConstants, type Stats } from 'node:fs'
import { lstat, open, stat } from 'node:fs/promises'
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

/**
 * Reads the file to check: only a regular file (a symlink only when it leads to one), its size
 * checked before a byte is read, and never more than the limit read. A FIFO, a device or a socket
 * is refused with a sentence instead of waiting for a writer or reading for ever.
 */
async function readInput(file: string): Promise<Uint8Array> {
  const name = basename(file)
  /** What a file system entry that is not a regular file is, in words. */
  const kindOf = (info: Stats): string =>
    info.isDirectory()
      ? 'a folder'
      : info.isFIFO()
        ? 'a named pipe (FIFO)'
        : info.isCharacterDevice() || info.isBlockDevice()
          ? 'a device'
          : info.isSocket()
            ? 'a socket'
            : 'not a regular file'
  const onlyFiles = 'galley check reads only files.'
  const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  const tooLarge = (size: number): GalleyError =>
    new GalleyError(
      'file-too-large',
      `"${name}" is ${megabytes(size)}; Galley checks files up to ${megabytes(LIMITS.importBytes)}.`,
    )
  try {
    const link = await lstat(file)
    const info = link.isSymbolicLink() ? await stat(file) : link
    if (!info.isFile()) {
      if (info.isDirectory() && !link.isSymbolicLink())
        throw new GalleyError('unreadable-file', `"${file}" is a folder, not a file.`)
      const what = link.isSymbolicLink()
        ? `is a link to ${kindOf(info)}, not to a regular file`
        : `is ${kindOf(info)}, not a regular file`
      throw new GalleyError('unreadable-file', `"${name}" ${what}; ${onlyFiles}`)
    }
    if (info.size > LIMITS.importBytes) throw tooLarge(info.size)
    // Non-blocking, so that a FIFO swapped in after the check cannot hold the open; what was
    // opened is checked again before reading.
    const handle = await open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0))
    try {
      const opened = await handle.stat()
      if (!opened.isFile())
        throw new GalleyError('unreadable-file', `"${name}" is ${kindOf(opened)}; ${onlyFiles}`)
      if (opened.size > LIMITS.importBytes) throw tooLarge(opened.size)
      // At most one byte past the limit is read, however much the file grows meanwhile.
      let buffer = new Uint8Array(Math.min(opened.size, LIMITS.importBytes) + 1)
      let length = 0
      for (;;) {
        if (length === buffer.length) {
          if (length > LIMITS.importBytes)
            throw tooLarge(Math.max(length, (await handle.stat()).size))
          const bigger = new Uint8Array(Math.min(buffer.length * 2, LIMITS.importBytes + 1))
          bigger.set(buffer)
          buffer = bigger
        }
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
        if (bytesRead === 0) break
        length += bytesRead
      }
      return buffer.subarray(0, length)
    } finally {
      await handle.close()
    }
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
