// The claim log as CSV for the research desk: one row per claim, written by csv-stringify, with
// every cell a spreadsheet could run as a formula neutralised.
import { stringify } from 'csv-stringify/sync'
import { VERDICT_LABELS, type Claim } from '@shared/claims/domain'
import { verdictReason } from '@shared/claims/export'
import { plainMarkdown } from '@shared/text/markdown'
import type { Library } from '../library'
import { MEDIA_TYPES, type ExportedFile } from './article'
import { slug } from './report'
import { verdictEntry } from './review-docx'

export const CLAIM_LOG_COLUMNS = [
  'claim',
  'verdict',
  'status',
  'reason',
  'note',
  'sources',
  'assignee',
  'verdict by',
  'verdict at',
  'marked by',
  'marked at',
  'revision',
  'comments',
  'claim id',
] as const

/**
 * A cell as text a spreadsheet shows and never evaluates: one that starts with =, +, -, @, a tab
 * or a carriage return (OWASP's list for CSV injection) gets a leading apostrophe.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

function status(c: Claim): string {
  const parts: string[] = []
  if (c.needsRecheck) parts.push('needs re-check')
  if (c.status === 'orphaned') parts.push('orphaned')
  else if (c.status === 'changed') parts.push('text changed')
  else if (c.status === 'moved') parts.push('moved')
  return parts.join('; ') || 'ok'
}

/** One row per claim, in text order; revision numbers by id. */
export function claimLogRows(
  claims: readonly Claim[],
  revisionNumbers: ReadonlyMap<string, number>,
): string[][] {
  return [...claims]
    .sort((a, b) => a.anchor.start - b.anchor.start)
    .map((c) => {
      const last = verdictEntry(c)
      return [
        plainMarkdown(c.anchor.exact),
        VERDICT_LABELS[c.verdict],
        status(c),
        verdictReason(c)?.text ?? '',
        c.note ?? '',
        c.sources
          .map((s) =>
            [s.citation, s.url, s.accessed ? `accessed ${s.accessed}` : '']
              .filter(Boolean)
              .join(' — '),
          )
          .join('\n'),
        c.assignee ?? '',
        last ? `${last.by} (${last.role})` : '',
        last?.at ?? '',
        `${c.createdBy.name} (${c.createdBy.role})`,
        c.createdAt,
        String(revisionNumbers.get(c.revisionId) ?? ''),
        c.comments.map((m) => `${m.by}, ${m.at}: ${m.text}`).join('\n'),
        c.id,
      ].map(neutralise)
    })
}

/** The CSV text of a claim log: a header row, then the rows; CRLF line ends (RFC 4180). */
export function claimLogCsv(rows: readonly string[][]): string {
  return stringify([[...CLAIM_LOG_COLUMNS], ...rows], {
    record_delimiter: 'windows',
    quoted_match: /[\n\r",]/,
  })
}

/** The claim log of a draft as a .csv file (UTF-8 with a byte-order mark, for Excel). */
export function exportClaimLog(library: Library, draftId: string): ExportedFile {
  const { title, rows } = library.store.read(draftId, (file) => ({
    title: file.draft.title,
    rows: claimLogRows(file.claims, new Map(file.revisions.map((r) => [r.id, r.number]))),
  }))
  return {
    fileName: `${slug(title)}-claim-log.csv`,
    mediaType: MEDIA_TYPES.csv,
    data: new TextEncoder().encode(`\uFEFF${claimLogCsv(rows)}`),
  }
}
