import search from 'approx-string-match'
import type { Span } from '../text'
import type { TextAnchor } from './anchor'
import { buildOffsetMap, type OffsetMap } from './offset-map'

export type AnchorStatus = 'anchored' | 'moved' | 'changed' | 'orphaned'

export interface Reanchored extends Span {
  readonly status: AnchorStatus
  /** The anchored text in the new revision (for an orphan: the old quote). */
  readonly exact: string
  /** Edit distance between the old quote and the new text, when found by fuzzy search. */
  readonly errors: number
  /** How it was found: through the diff, fuzzy near the mapped place, or in the whole text. */
  readonly via: 'map' | 'near' | 'exact-anywhere' | 'fuzzy-anywhere' | 'none'
}

export interface ReanchorOptions {
  /** Errors allowed per character near the mapped place (0.3) and over the whole text (0.2). */
  readonly nearErrorRate?: number
  readonly globalErrorRate?: number
  /** Characters searched either side of the mapped place beyond the quote's length (64). */
  readonly slack?: number
}

/**
 * Re-anchor W3C-style anchors from `oldText` to `newText`:
 * - **anchored**: the offset map puts it where the new text still holds the quote;
 * - **moved**: the quote is unchanged but travelled — with a moved paragraph, or found verbatim
 *   away from where the diff put it (cut and pasted elsewhere);
 * - **changed**: its text was edited: both ends mapped cleanly through the diff but the text
 *   between them differs, or fuzzy search (near the mapped place, then the whole text) found it
 *   with edits;
 * - **orphaned**: not found; it keeps its old position (clamped) and quote for display.
 */
export function reanchor(
  anchors: readonly TextAnchor[],
  oldText: string,
  newText: string,
  map: OffsetMap = buildOffsetMap(oldText, newText),
  options: ReanchorOptions = {},
): Reanchored[] {
  const nearRate = options.nearErrorRate ?? 0.3
  const globalRate = options.globalErrorRate ?? 0.2
  const slack = options.slack ?? 64
  return anchors.map((a) => {
    const len = a.exact.length
    const s = map.map(a.start, 1)
    const e = map.map(a.end, -1)
    const start = s.pos
    const end = Math.max(start, e.pos)
    const here = newText.slice(start, end)
    const moved = s.moved || e.moved
    if (here === a.exact)
      return {
        status: moved ? 'moved' : 'anchored',
        start,
        end,
        exact: here,
        errors: 0,
        via: 'map',
      }
    if (!s.approximate && !e.approximate && end > start && len > 0)
      return { status: 'changed', start, end, exact: here, errors: -1, via: 'map' }
    if (len === 0)
      return { status: 'anchored', start, end: start, exact: '', errors: 0, via: 'map' }

    const from = Math.max(0, start - len - slack)
    // When both ends mapped to one point (the paragraph was replaced), leave room for the whole quote.
    const to = Math.min(newText.length, Math.max(end, start + len) + len + slack)
    const near = best(
      search(newText.slice(from, to), a.exact, Math.max(1, Math.floor(len * nearRate))),
      start - from,
    )
    if (near) {
      const ns = from + near.start
      const ne = from + near.end
      const status = near.errors === 0 ? (moved ? 'moved' : 'anchored') : 'changed'
      return {
        status,
        start: ns,
        end: ne,
        exact: newText.slice(ns, ne),
        errors: near.errors,
        via: 'near',
      }
    }
    const found = nearestIndexOf(newText, a.exact, start)
    if (found >= 0)
      return {
        status: 'moved',
        start: found,
        end: found + len,
        exact: a.exact,
        errors: 0,
        via: 'exact-anywhere',
      }
    if (len >= 8) {
      const far = best(search(newText, a.exact, Math.max(1, Math.floor(len * globalRate))), start)
      if (far)
        return {
          status: 'changed',
          start: far.start,
          end: far.end,
          exact: newText.slice(far.start, far.end),
          errors: far.errors,
          via: 'fuzzy-anywhere',
        }
    }
    const os = Math.min(a.start, newText.length)
    return {
      status: 'orphaned',
      start: os,
      end: Math.min(a.end, newText.length),
      exact: a.exact,
      errors: -1,
      via: 'none',
    }
  })
}

interface Match {
  start: number
  end: number
  errors: number
}

/** Fewest errors first, then nearest to `at`. */
function best(matches: readonly Match[], at: number): Match | null {
  let out: Match | null = null
  for (const m of matches) {
    if (
      !out ||
      m.errors < out.errors ||
      (m.errors === out.errors && Math.abs(m.start - at) < Math.abs(out.start - at))
    )
      out = m
  }
  return out
}

function nearestIndexOf(text: string, needle: string, at: number): number {
  let bestAt = -1
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (bestAt < 0 || Math.abs(i - at) < Math.abs(bestAt - at)) bestAt = i
    if (i > at) break
  }
  return bestAt
}
