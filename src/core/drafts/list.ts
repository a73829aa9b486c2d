import type { DraftSummary, LibraryView } from '@shared/domain'
import type { Library } from '../library'
import { searchKey, snippetAround } from '../search'
import { readDraftText, type DraftText } from '../store/files'
import type { SearchField } from '../store/search-index'
import { terms } from '../store/search-index'

/** Rows of a search that get a snippet (read from their files); the rest show without one. */
const SNIPPETS = 40

function inView(row: { trashedAt: string | null; archivedAt: string | null }, view: LibraryView) {
  return view === 'trash'
    ? row.trashedAt !== null
    : row.trashedAt === null && (view === 'archived') === (row.archivedAt !== null)
}

/** Drafts in one view, newest change first, from the library index (no draft is read). */
export function listDrafts(library: Library, view: LibraryView): DraftSummary[] {
  const out: DraftSummary[] = []
  for (const { row } of library.store.entries()) {
    if (inView(row, view)) out.push({ ...row, snippet: null })
  }
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

/**
 * The drafts of one view whose title, text, claims, sources or people hold every word of the
 * query (the last also as the start of a word), best match first, from the search index; the
 * first rows carry a few words around the match. A query of no searchable word lists the view.
 */
export async function searchDrafts(
  library: Library,
  view: LibraryView,
  query: string,
): Promise<DraftSummary[]> {
  const q = query.trim()
  if (terms(q).length === 0) return listDrafts(library, view)
  const hits = await library.store.search.search(q)
  const rows: { row: DraftSummary; fields: readonly SearchField[]; score: number }[] = []
  for (const hit of hits) {
    const row = library.store.index.get(hit.id)?.row
    if (row && inView(row, view)) {
      rows.push({ row: { ...row, snippet: null }, fields: hit.fields, score: hit.score })
    }
  }
  // Best match first; among equal matches, the newest change first, as the list is.
  rows.sort((a, b) => b.score - a.score || b.row.updatedAt.localeCompare(a.row.updatedAt))
  await Promise.all(
    rows.slice(0, SNIPPETS).map(async (r) => {
      const text = await readDraftText(library.dir, r.row.id).catch(() => null)
      if (text) r.row = { ...r.row, snippet: snippetOf(text, q, r.fields) }
    }),
  )
  return rows.map((r) => r.row)
}

/** A few words around the match: in the text, else the claim, source or person it is in. */
function snippetOf(text: DraftText, query: string, fields: readonly SearchField[]): string | null {
  const words = terms(query)
  const find = (s: string) => {
    for (const w of [searchKey(query), ...words]) {
      const got = snippetAround(s, w)
      if (got) return got
    }
    return null
  }
  if (fields.includes('text')) {
    const got = find(text.body)
    if (got) return got
  }
  const labelled: [SearchField, string, readonly string[]][] = [
    ['claims', 'Claim', text.claims],
    ['sources', 'Source', text.sources],
    ['people', 'Person', text.people],
  ]
  for (const [field, label, items] of labelled) {
    if (!fields.includes(field)) continue
    for (const item of items) {
      const got = find(item)
      if (got) return `${label}: ${got}`
    }
  }
  return null
}
