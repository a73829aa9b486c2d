import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { ChevronDown, ChevronUp, Search, X } from 'lucide-react'
import { revealRect, scrollParent } from '../article/scroll'
import { findMatches } from './matches'

// `::highlight(galley-find…)` in find.css.
const ALL = 'galley-find'
const CURRENT = 'galley-find-current'

type HighlightRegistry = Map<string, unknown>
type HighlightCtor = new (...ranges: Range[]) => { priority: number }

function paint(matches: readonly Range[], current: Range | null): void {
  const api = globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }
  const registry = api.CSS?.highlights
  const Ctor = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight
  if (!registry || !Ctor) return
  registry.set(ALL, new Ctor(...matches))
  const now = new Ctor(...(current ? [current] : []))
  now.priority = 1
  registry.set(CURRENT, now)
}

/** The element that scrolls the text: the root itself when it scrolls, else its scroller. */
function scrollerOf(root: HTMLElement): HTMLElement {
  const y = getComputedStyle(root).overflowY
  return y === 'auto' || y === 'scroll' ? root : scrollParent(root)
}

function clear(): void {
  const registry = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS
    ?.highlights
  registry?.delete(ALL)
  registry?.delete(CURRENT)
}

/**
 * Find in what a view shows (the draft's article, or the comparison's text): matches painted
 * in place, a count, next and previous (Enter, Shift+Enter, or the buttons), Escape to close.
 * `version` changes when the text does, so the matches are found again.
 */
export function FindBar({
  root,
  label,
  version,
  onClose,
}: {
  /** The element searched; null while it is not on screen. */
  root: HTMLElement | null
  label: string
  version: unknown
  onClose: () => void
}) {
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [matches, setMatches] = useState<readonly Range[]>([])
  const [index, setIndex] = useState(0)

  useLayoutEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])
  // Asked again (Ctrl+F while open): back to the field, its text selected.
  useEffect(() => {
    const refocus = () => {
      input.current?.focus()
      input.current?.select()
    }
    window.addEventListener('galley:find', refocus)
    return () => window.removeEventListener('galley:find', refocus)
  }, [])

  // Read from the page once it has the text to search (a fold just opened, a revision shown).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      setMatches(root ? findMatches(root, query) : [])
      setIndex(0)
    })
    return () => cancelAnimationFrame(frame)
  }, [root, query, version])

  const current = matches[index] ?? null
  useEffect(() => {
    paint(matches, current)
    if (current && root) revealRect(scrollerOf(root), current.getBoundingClientRect(), 96)
  }, [matches, current, root])
  useEffect(() => clear, [])

  const step = (by: 1 | -1) => {
    if (matches.length === 0) return
    setIndex((i) => (i + by + matches.length) % matches.length)
  }
  const count =
    query.trim() === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${index + 1} of ${matches.length}`

  return (
    <div className="find-bar" role="search" aria-label={label}>
      <Search aria-hidden="true" size={15} className="find-icon" />
      <input
        ref={input}
        className="input find-input"
        type="search"
        aria-label={label}
        placeholder="Find"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            step(e.shiftKey ? -1 : 1)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            onClose()
          }
        }}
      />
      <span className="find-count" role="status" aria-live="polite">
        {count}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={matches.length === 0}
        onClick={() => step(-1)}
      >
        <ChevronUp aria-hidden="true" size={16} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={matches.length === 0}
        onClick={() => step(1)}
      >
        <ChevronDown aria-hidden="true" size={16} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Close find"
        title="Close (Escape)"
        onClick={onClose}
      >
        <X aria-hidden="true" size={16} />
      </button>
    </div>
  )
}
