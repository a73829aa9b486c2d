import type { DraftSummary } from '@shared/domain'
import { sha256 } from '../ids'
import type { Library } from '../library'
import { legalView } from './view'

type Cached = { readonly key: string; readonly value: NonNullable<DraftSummary['readiness']> }

const caches = new WeakMap<Library, Map<string, Cached>>()

/**
 * Adds publish readiness (ready, and how many items block) to library list rows. Each draft's
 * answer is kept until its audit head, current revision, attachments or the people register
 * change, so listing again after an unrelated change does not re-run the checks.
 */
export async function withReadiness(
  library: Library,
  rows: readonly DraftSummary[],
): Promise<DraftSummary[]> {
  let cache = caches.get(library)
  if (!cache) {
    cache = new Map()
    caches.set(library, cache)
  }
  const people = sha256(JSON.stringify(library.listPeople()))
  const out: DraftSummary[] = []
  for (const row of rows) {
    if (row.trashedAt !== null) {
      out.push(row)
      continue
    }
    try {
      const key = library.read(
        row.id,
        (file) =>
          `${file.audit.at(-1)?.hash ?? ''}|${file.draft.currentRevisionId}|${file.attachments.length}|${file.draft.status}|${people}`,
      )
      let hit = cache.get(row.id)
      if (hit?.key !== key) {
        const { readiness } = await legalView(library, row.id)
        hit = {
          key,
          value: {
            ready: readiness.ready,
            blocking: readiness.items.filter((i) => i.severity === 'error').length,
          },
        }
        cache.set(row.id, hit)
      }
      out.push({ ...row, readiness: hit.value })
    } catch {
      out.push(row) // a draft that cannot be analysed still lists
    }
  }
  return out
}
