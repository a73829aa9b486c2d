import type { RevisionSpans } from '@shared/channels/revisions'
import { detectDisclosures } from '@shared/legal/detect'
import { attributeQuotes } from '@shared/quotes/attribute'
import { detectQuotes } from '@shared/quotes/detect'
import type { Library } from '../library'
import { listPeople } from '../people/service'
import { getRevision } from './service'

/**
 * The quotes (with speakers, the people register consulted) and disclosures in one revision,
 * for the compare view: the analysers run here in main, never in the window.
 */
export function revisionSpans(
  library: Library,
  draftId: string,
  revisionId: string,
): RevisionSpans {
  const { body } = getRevision(library, draftId, revisionId)
  const brands = library.store.read(draftId, (file) => [
    ...new Set(file.draft.relations.map((r) => r.brand)),
  ])
  const quotes = detectQuotes(body)
  const speakers = attributeQuotes(body, quotes, listPeople(library))
  return {
    quotes: quotes.map((q, i) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: speakers[i]?.speaker ?? null,
    })),
    disclosures: detectDisclosures(body, brands).map(({ start, end, text, kind, wording }) => ({
      start,
      end,
      text,
      kind,
      wording,
    })),
  }
}
