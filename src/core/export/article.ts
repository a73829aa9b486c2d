// The article of one revision, as a reader or another tool takes it: .docx, Markdown or HTML.
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toHast } from 'mdast-util-to-hast'
import { toHtml } from 'hast-util-to-html'
import { gfm } from 'micromark-extension-gfm'
import type { DraftRecord, Revision } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import type { Library } from '../library'
import { articleDocx, bodyHasTitle, safeHref } from './docx-article'
import { esc, slug } from './report'

export type ArticleFormat = 'docx' | 'md' | 'html'

/** A file an export produced: its name, media type and bytes. */
export interface ExportedFile {
  readonly fileName: string
  readonly mediaType: string
  readonly data: Uint8Array
}

export const MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json',
} as const

/** The draft record and one of its revisions (the current one when `revisionId` is absent). */
export function revisionOf(
  library: Library,
  draftId: string,
  revisionId?: string,
): { draft: DraftRecord; revision: Revision; current: boolean } {
  return library.store.read(draftId, (file, current) => {
    const revision = revisionId ? file.revisions.find((r) => r.id === revisionId) : current
    if (!revision) {
      throw new GalleyError('not-found', 'That revision is not in this draft any more.')
    }
    return {
      draft: { ...file.draft },
      revision: { ...revision },
      current: revision.id === current.id,
    }
  })
}

/** The Markdown of an article: its title as a heading (unless the body has it), byline, body. */
export function articleMarkdown(draft: DraftRecord, body: string): string {
  const text = body.endsWith('\n') ? body : `${body}\n`
  if (bodyHasTitle(draft.title, body)) return text
  const byline = draft.byline ? `*${draft.byline.replace(/([*_\\])/g, '\\$1')}*\n\n` : ''
  return `# ${draft.title.replace(/^#+/, '')}\n\n${byline}${text}`
}

/** Links and images whose address is not http(s) or mailto lose it (javascript:, data:, file:). */
function disarm(tree: Root): void {
  const visit = (node: Nodes): void => {
    if ((node.type === 'link' || node.type === 'image') && !safeHref(node.url)) node.url = ''
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
}

/** A standalone HTML page of the article: no scripts, raw HTML in the body shown as text. */
export function articleHtml(draft: DraftRecord, revision: Revision): string {
  const tree = fromMarkdown(articleMarkdown(draft, revision.body), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  })
  disarm(tree)
  const html = toHtml(toHast(tree))
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="generator" content="Galley">
<meta name="galley:revision" content="${revision.number} ${revision.hash}">
<title>${esc(draft.title)}</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#1d1c1a}blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ccc;font-style:italic}code{font-family:Consolas,monospace}img{max-width:100%}</style>
</head><body>
<article>
${html}
</article>
</body></html>
`
}

/** The article of a revision in the asked format. */
export async function exportArticle(
  library: Library,
  draftId: string,
  format: ArticleFormat,
  revisionId?: string,
): Promise<ExportedFile> {
  const { draft, revision } = revisionOf(library, draftId, revisionId)
  const base = `${slug(draft.title)}-r${revision.number}`
  const enc = new TextEncoder()
  switch (format) {
    case 'md':
      return {
        fileName: `${base}.md`,
        mediaType: MEDIA_TYPES.md,
        data: enc.encode(articleMarkdown(draft, revision.body)),
      }
    case 'html':
      return {
        fileName: `${base}.html`,
        mediaType: MEDIA_TYPES.html,
        data: enc.encode(articleHtml(draft, revision)),
      }
    case 'docx':
      return {
        fileName: `${base}.docx`,
        mediaType: MEDIA_TYPES.docx,
        data: await articleDocx({
          title: draft.title,
          byline: draft.byline,
          body: revision.body,
          description: `Revision ${revision.number} (sha-256 ${revision.hash})`,
        }),
      }
  }
}
