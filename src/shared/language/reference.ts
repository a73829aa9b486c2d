import type { Doc } from './document'
import type { Entity } from './entities'
import type { Mention } from './mentions'

/**
 * What a pronoun or a short description ("the company", "her") refers to: the nearest entity
 * of the right kind named before it. Plain recency with gender and kind checks; good enough
 * for the bio lines, captions and attributions analysers read, not a full coreference model.
 */

const owners = new WeakMap<Doc, Map<Mention, Entity>>()

/** The entity each mention belongs to, built once per document. */
function ownerMap(doc: Doc): Map<Mention, Entity> {
  let map = owners.get(doc)
  if (!map) {
    map = new Map()
    for (const e of doc.entities) for (const m of e.mentions) map.set(m, e)
    owners.set(doc, map)
  }
  return map
}

/** The entity a mention belongs to. */
export function ownerOf(doc: Doc, m: Mention): Entity | undefined {
  return ownerMap(doc).get(m)
}

/** Mentions that lie inside [start, end), in text order. */
export function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  return doc.mentions.filter((m) => m.start >= start && m.end <= end)
}

/** Whether an entity can be a person: typed so, or untyped with a title or a gendered pronoun. */
export function maybePerson(e: Entity): boolean {
  if (e.kind === 'person') return true
  if (e.kind !== 'unknown') return false
  return e.gender !== null || e.mentions.some((m) => m.title !== '')
}

/** Whether an entity can be a company or a brand (untyped names count). */
export function maybeOrganisation(e: Entity): boolean {
  return e.kind === 'organisation' || e.kind === 'product' || e.kind === 'unknown'
}

function paragraphIndexAt(doc: Doc, pos: number): number {
  const ps = doc.paragraphs
  let lo = 0
  let hi = ps.length - 1
  let best = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = ps[mid]
    if (!p) break
    if (p.start <= pos) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}

/**
 * The nearest entity named before `pos` that passes `accept`, looking back at most
 * `paragraphs` paragraphs (0: this paragraph only).
 */
export function entityBefore(
  doc: Doc,
  pos: number,
  accept: (e: Entity, m: Mention) => boolean,
  paragraphs = 2,
): { entity: Entity; mention: Mention } | null {
  const first = doc.paragraphs[Math.max(0, paragraphIndexAt(doc, pos) - paragraphs)]
  const from = first?.start ?? 0
  const map = ownerMap(doc)
  // Mentions are in text order: start at the last one before `pos`.
  let lo = 0
  let hi = doc.mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((doc.mentions[mid]?.start ?? Infinity) < pos) lo = mid + 1
    else hi = mid
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = doc.mentions[i]
    if (!m || m.start >= pos) continue
    if (m.end <= from) break
    const e = map.get(m)
    if (e && accept(e, m)) return { entity: e, mention: m }
  }
  return null
}

/** The person a third-person pronoun ("she", "his") at `pos` most likely stands for. */
export function personBefore(
  doc: Doc,
  pos: number,
  gender: 'female' | 'male' | null,
  paragraphs = 3,
): Entity | null {
  return (
    entityBefore(
      doc,
      pos,
      (e) => maybePerson(e) && (gender === null || e.gender === null || e.gender === gender),
      paragraphs,
    )?.entity ?? null
  )
}

/** The company or brand "it", "its", "the company" or "their" at `pos` most likely stands for. */
export function organisationBefore(doc: Doc, pos: number, paragraphs = 2): Entity | null {
  return (
    entityBefore(
      doc,
      pos,
      (e) => (e.kind === 'organisation' || e.kind === 'product') && e.brand !== '',
      paragraphs,
    )?.entity ?? null
  )
}
