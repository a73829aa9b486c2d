import type { DraftSummary, LibraryView } from '@shared/domain'
import type { Library } from '../library'
import { searchKey, snippetAround } from '../search'
import type { DraftFile } from '../storage/draft-file'
import { currentRevision } from '../store/records'

function claimCounts(file: Readonly<DraftFile>): DraftSummary['claims'] {
  const byVerdict: Record<string, number> = {}
  let needsRecheck = 0
  let orphaned = 0
  for (const c of file.claims) {
    byVerdict[c.verdict] = (byVerdict[c.verdict] ?? 0) + 1
    if (c.needsRecheck) needsRecheck++
    if (c.status === 'orphaned') orphaned++
  }
  return { total: file.claims.length, byVerdict, needsRecheck, orphaned }
}

/** Drafts in one view, newest change first; with a query, those whose title or text match. */
export function listDrafts(library: Library, view: LibraryView, query?: string): DraftSummary[] {
  const needle = query ? searchKey(query.trim()) : ''
  const out: DraftSummary[] = []
  for (const data of library.store.files()) {
    const d = data.draft
    const inView =
      view === 'trash'
        ? d.trashedAt !== null
        : d.trashedAt === null && (view === 'archived') === (d.archivedAt !== null)
    if (!inView) continue
    let snippet: string | null = null
    if (needle) {
      const inTitle = searchKey(d.title).includes(needle)
      snippet = snippetAround(currentRevision(data).body, needle)
      if (!inTitle && snippet === null) continue
    }
    out.push({
      id: d.id,
      title: d.title,
      byline: d.byline,
      status: d.status,
      updatedAt: d.updatedAt,
      revisionCount: data.revisions.length,
      archivedAt: d.archivedAt,
      trashedAt: d.trashedAt,
      snippet,
      claims: claimCounts(data),
    })
  }
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}
