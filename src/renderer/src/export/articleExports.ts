import type { GalleyApi } from '@shared/contract'
import type { ExportedFileOut } from '@shared/channels/export'
import { call } from '../api/call'

/** What the draft's Export menu and File › Export make. */
export type DraftExport =
  'article-docx' | 'article-md' | 'article-html' | 'review-docx' | 'claim-log'

export const DRAFT_EXPORTS: readonly { readonly kind: DraftExport; readonly label: string }[] = [
  { kind: 'article-docx', label: 'Article as Word (.docx)' },
  { kind: 'article-md', label: 'Article as Markdown (.md)' },
  { kind: 'article-html', label: 'Article as web page (.html)' },
  { kind: 'review-docx', label: 'Review with comments (.docx)' },
  { kind: 'claim-log', label: 'Claim log (.csv)' },
]

/** What the progress line calls each export while it is made. */
export const EXPORT_NAMES: Readonly<Record<DraftExport, string>> = {
  'article-docx': 'Word article',
  'article-md': 'Markdown article',
  'article-html': 'web page',
  'review-docx': 'review document',
  'claim-log': 'claim log',
}

/** Calls the channel of one export; the article is of `revisionId` (default the current one). */
export function makeDraftExport(
  api: GalleyApi,
  kind: DraftExport,
  draftId: string,
  revisionId?: string,
): Promise<ExportedFileOut> {
  const rev = revisionId ? { revisionId } : {}
  switch (kind) {
    case 'article-docx':
      return call(api, 'export:article', { draftId, format: 'docx', ...rev })
    case 'article-md':
      return call(api, 'export:article', { draftId, format: 'md', ...rev })
    case 'article-html':
      return call(api, 'export:article', { draftId, format: 'html', ...rev })
    case 'review-docx':
      return call(api, 'export:reviewDocx', { draftId })
    case 'claim-log':
      return call(api, 'export:claimLog', { draftId })
  }
}
