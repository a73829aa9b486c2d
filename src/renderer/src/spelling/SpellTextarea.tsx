import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react'
import { wordsToCheck, type SpelledWord } from '@shared/spelling/words'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { loadSpellChecker, type SpellChecker } from './checker'
import { SpellMenu } from './SpellMenu'

/** Longer texts are left unchecked: underlining millions of characters would slow typing. */
export const SPELL_CHECK_MAX_CHARS = 300_000

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  readonly value: string
  readonly onChange: (value: string) => void
}

interface MenuState {
  readonly word: string
  readonly start: number
  readonly end: number
  readonly x: number
  readonly y: number
  readonly suggestions: readonly string[] | null
  readonly error: string | null
}

/**
 * A textarea with Galley's own spell-checker: misspelled words are underlined (a copy of the
 * text behind the transparent textarea carries the marks) and a right-click on one (or the
 * context-menu key with the caret in it) offers suggestions and "Add to dictionary". Until the
 * checker has loaded, or where it cannot, the browser's own spell-checking is left on.
 */
export function SpellTextarea({ value, onChange, className, ...rest }: Props) {
  const api = useApi()
  const input = useRef<HTMLTextAreaElement>(null)
  const backdrop = useRef<HTMLDivElement>(null)
  const [checker, setChecker] = useState<SpellChecker | null>(null)
  // word → misspelled?, as the checker answered; `version` changes when answers arrive.
  const verdicts = useRef(new Map<string, boolean>())
  const [version, setVersion] = useState(0)
  const [menu, setMenu] = useState<MenuState | null>(null)

  useEffect(() => {
    // Without workers (a test's DOM) the browser's own checking stays on, quietly.
    if (typeof Worker === 'undefined') return
    let live = true
    loadSpellChecker(api).then(
      (c) => live && setChecker(c),
      (e: unknown) => console.warn('Spell-checking is off:', e),
    )
    return () => {
      live = false
    }
  }, [api])

  const words = useMemo(
    () => (value.length <= SPELL_CHECK_MAX_CHARS ? wordsToCheck(value) : []),
    [value],
  )

  useEffect(() => {
    if (!checker) return
    const unknown = [...new Set(words.map((w) => w.word))].filter((w) => !verdicts.current.has(w))
    if (unknown.length === 0) return
    let live = true
    void checker.check(unknown).then((wrong) => {
      for (const w of unknown) verdicts.current.set(w, wrong.has(w))
      if (live) setVersion((v) => v + 1)
    })
    return () => {
      live = false
    }
  }, [checker, words])

  const wrong = useMemo(() => {
    void version
    return words.filter((w) => verdicts.current.get(w.word) === true)
  }, [words, version])

  const marked = useMemo(() => {
    const out: ReactNode[] = []
    let at = 0
    for (const w of wrong) {
      out.push(value.slice(at, w.start))
      out.push(
        <mark key={w.start} className="spell-wrong" data-start={w.start} data-end={w.end}>
          {value.slice(w.start, w.end)}
        </mark>,
      )
      at = w.end
    }
    // A last line break needs a character after it to take up its line, as in the textarea.
    out.push(`${value.slice(at)}\n `)
    return out
  }, [value, wrong])

  const syncScroll = useCallback(() => {
    if (backdrop.current && input.current) {
      backdrop.current.scrollTop = input.current.scrollTop
      backdrop.current.scrollLeft = input.current.scrollLeft
    }
  }, [])
  useLayoutEffect(syncScroll, [marked, syncScroll])

  /** The misspelled word under the pointer, or (from the keyboard) around the caret. */
  const wordAt = (e: MouseEvent<HTMLTextAreaElement>): SpelledWord | null => {
    for (const el of backdrop.current?.querySelectorAll<HTMLElement>('mark.spell-wrong') ?? []) {
      for (const r of el.getClientRects()) {
        if (
          e.clientX >= r.left &&
          e.clientX <= r.right &&
          e.clientY >= r.top &&
          e.clientY <= r.bottom
        ) {
          return wrong.find((w) => w.start === Number(el.dataset['start'])) ?? null
        }
      }
    }
    const native = e.nativeEvent as PointerEvent
    const fromKeyboard = native.pointerType === '' || (e.clientX === 0 && e.clientY === 0)
    const ta = input.current
    if (!fromKeyboard || !ta || ta.selectionStart !== ta.selectionEnd) return null
    return wrong.find((w) => w.start <= ta.selectionStart && ta.selectionStart <= w.end) ?? null
  }

  const onContextMenu = (e: MouseEvent<HTMLTextAreaElement>) => {
    if (!checker) return
    const hit = wordAt(e)
    if (!hit) return
    e.preventDefault()
    let { clientX: x, clientY: y } = e
    if (x === 0 && y === 0) {
      const mark = backdrop.current?.querySelector(`mark[data-start="${hit.start}"]`)
      const box = mark?.getBoundingClientRect()
      if (box) ({ left: x, bottom: y } = box)
    }
    setMenu({ ...hit, x, y, suggestions: null, error: null })
    void checker
      .suggest(hit.word)
      .then((suggestions) =>
        setMenu((m) => (m && m.start === hit.start ? { ...m, suggestions } : m)),
      )
  }

  const close = useCallback(() => {
    setMenu(null)
    input.current?.focus()
  }, [])

  const replace = (m: MenuState, suggestion: string) => {
    const ta = input.current
    setMenu(null)
    if (!ta || value.slice(m.start, m.end) !== m.word) return
    ta.focus()
    ta.setSelectionRange(m.start, m.end)
    // As if typed, so Ctrl+Z takes it back; where the browser cannot, the value is set.
    if (!document.execCommand('insertText', false, suggestion)) {
      onChange(value.slice(0, m.start) + suggestion + value.slice(m.end))
    }
  }

  const add = async (m: MenuState) => {
    if (!checker) return
    try {
      await checker.addWord(m.word)
      const key = m.word.toLowerCase().replace(/’/g, "'")
      for (const w of verdicts.current.keys())
        if (w.toLowerCase().replace(/’/g, "'") === key) verdicts.current.set(w, false)
      setVersion((v) => v + 1)
      close()
    } catch (e) {
      setMenu((cur) => (cur ? { ...cur, error: toApiError(e).message } : cur))
    }
  }

  return (
    <div className="spell-field">
      <div ref={backdrop} className={`${className ?? ''} spell-backdrop`} aria-hidden="true">
        {marked}
      </div>
      <textarea
        {...rest}
        ref={input}
        className={`${className ?? ''} spell-input`}
        value={value}
        spellCheck={checker === null}
        data-spelling={checker ? 'galley' : 'browser'}
        onChange={(e) => onChange(e.target.value)}
        onScroll={syncScroll}
        onContextMenu={onContextMenu}
      />
      {menu ? (
        <SpellMenu
          word={menu.word}
          x={menu.x}
          y={menu.y}
          suggestions={menu.suggestions}
          error={menu.error}
          onReplace={(s) => replace(menu, s)}
          onAdd={() => void add(menu)}
          onClose={close}
        />
      ) : null}
    </div>
  )
}
