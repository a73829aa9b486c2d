import type { DraftSummary } from '@shared/domain'
import { sha256 } from '../ids'
import type { Library } from '../library'
import { legalView } from './view'

type Cached = { readonly key: string; readonly value: NonNullable<DraftSummary['readiness']> }

const caches = new WeakMap<Library, Map<string, Cached>>()

/** What a draft's readiness depends on; a new key means it is worked out again. */
function cacheKey(library: Library, id: string, people: string): string {
  return library.read(
    id,
    (file) =>
      `${file.audit.at(-1)?.hash ?? ''}|${file.draft.currentRevisionId}|${file.attachments.length}|${file.draft.status}|${people}`,
  )
}

/** Time a list request may spend working out readiness; the rest follows in the background. */
const LIST_BUDGET_MS = 40

const pending = new WeakMap<Library, Promise<void>>()

/**
 * Adds publish readiness (ready, and how many items block) to library list rows. Each draft's
 * answer is kept until its audit head, current revision, attachments or the people register
 * change, so listing again after an unrelated change does not re-run the checks. A list request
 * spends at most LIST_BUDGET_MS on it: a big library opening cold lists at once, and the rows
 * left without readiness get it in the background, after which `onFilled` asks for a reload.
 */
export async function withReadiness(
  library: Library,
  rows: readonly DraftSummary[],
  onFilled: () => void = () => undefined,
): Promise<DraftSummary[]> {
  const started = performance.now()
  const later: string[] = []
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
      const key = cacheKey(library, row.id, people)
      let hit = cache.get(row.id)
      if (hit?.key !== key && performance.now() - started > LIST_BUDGET_MS) {
        later.push(row.id)
        out.push(row)
        continue
      }
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
  if (later.length > 0 && !pending.has(library)) {
    const fill = fillLater(library, cache, later)
      .then(onFilled)
      .finally(() => pending.delete(library))
    pending.set(library, fill)
  }
  return out
}

/** Works out readiness for the drafts a list left without it, one per turn of the event loop. */
async function fillLater(library: Library, cache: Map<string, Cached>, ids: readonly string[]) {
  for (const id of ids) {
    await new Promise((r) => setImmediate(r))
    try {
      const people = sha256(JSON.stringify(library.listPeople()))
      const key = cacheKey(library, id, people)
      if (cache.get(id)?.key === key) continue
      const { readiness } = await legalView(library, id)
      cache.set(id, {
        key,
        value: {
          ready: readiness.ready,
          blocking: readiness.items.filter((i) => i.severity === 'error').length,
        },
      })
    } catch {
      // Deleted or unreadable meanwhile: it lists without readiness.
    }
  }
}
