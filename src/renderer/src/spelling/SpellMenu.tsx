import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'

export interface SpellMenuProps {
  readonly word: string
  /** Where the pointer (or the caret) was, in viewport pixels. */
  readonly x: number
  readonly y: number
  /** null while they are being worked out. */
  readonly suggestions: readonly string[] | null
  readonly error: string | null
  readonly onReplace: (suggestion: string) => void
  readonly onAdd: () => void
  readonly onClose: () => void
}

/**
 * The editor's spelling menu on a misspelled word: what to write instead and "Add to
 * dictionary". A menu of its own in both windows (the browser's and Electron's would need
 * dictionaries from the internet). Arrow keys move, Enter chooses, Escape closes.
 */
export function SpellMenu({
  word,
  x,
  y,
  suggestions,
  error,
  onReplace,
  onAdd,
  onClose,
}: SpellMenuProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState({ left: x, top: y })

  // Kept inside the window: flipped left or up where it would run off an edge.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect()
    if (!box) return
    const left = x + box.width > window.innerWidth - 8 ? Math.max(8, x - box.width) : x
    const top = y + box.height > window.innerHeight - 8 ? Math.max(8, y - box.height) : y
    setPlace({ left, top })
  }, [x, y, suggestions, error])

  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
  useEffect(() => {
    const first = items().find((el) => !el.hasAttribute('aria-disabled'))
    first?.focus()
  }, [suggestions])

  useEffect(() => {
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose()
    }
    window.addEventListener('mousedown', away)
    window.addEventListener('resize', onClose)
    return () => {
      window.removeEventListener('mousedown', away)
      window.removeEventListener('resize', onClose)
    }
  }, [onClose])

  const onKey = (e: KeyboardEvent) => {
    const all = items().filter((el) => !el.hasAttribute('aria-disabled'))
    const at = all.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      all[(at + step + all.length) % all.length]?.focus()
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      ;(e.key === 'Home' ? all[0] : all.at(-1))?.focus()
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault()
      e.stopPropagation()
      onClose()
    }
  }

  return (
    <div
      ref={ref}
      className="menu spell-menu"
      role="menu"
      aria-label={`Spelling of “${word}”`}
      style={{ left: place.left, top: place.top }}
      onKeyDown={onKey}
    >
      {suggestions === null ? (
        <div
          role="menuitem"
          aria-disabled="true"
          tabIndex={-1}
          className="menu-item spell-menu-note"
        >
          Looking for suggestions…
        </div>
      ) : suggestions.length === 0 ? (
        <div
          role="menuitem"
          aria-disabled="true"
          tabIndex={-1}
          className="menu-item spell-menu-note"
        >
          No suggestions
        </div>
      ) : (
        suggestions.map((s) => (
          <button
            key={s}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="menu-item spell-menu-item spell-menu-suggestion"
            onClick={() => onReplace(s)}
          >
            {s}
          </button>
        ))
      )}
      <div role="separator" className="menu-separator" />
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        className="menu-item spell-menu-item"
        onClick={onAdd}
      >
        Add “{word}” to dictionary
      </button>
      {error ? (
        <p className="spell-menu-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
