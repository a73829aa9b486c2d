import { useEffect } from 'react'

type Granularity = 'character' | 'word' | 'line' | 'paragraph' | 'lineboundary'

/** What a key does to the caret: move or extend, which way, by how much; null when not ours. */
function caretMove(
  e: KeyboardEvent,
): { alter: 'move' | 'extend'; direction: 'forward' | 'backward'; by: Granularity } | null {
  if (e.altKey || e.metaKey) return null
  const alter = e.shiftKey ? 'extend' : 'move'
  const word = e.ctrlKey
  switch (e.key) {
    case 'ArrowRight':
      return { alter, direction: 'forward', by: word ? 'word' : 'character' }
    case 'ArrowLeft':
      return { alter, direction: 'backward', by: word ? 'word' : 'character' }
    case 'ArrowDown':
      return { alter, direction: 'forward', by: word ? 'paragraph' : 'line' }
    case 'ArrowUp':
      return { alter, direction: 'backward', by: word ? 'paragraph' : 'line' }
    case 'End':
      return word ? null : { alter, direction: 'forward', by: 'lineboundary' }
    case 'Home':
      return word ? null : { alter, direction: 'backward', by: 'lineboundary' }
    default:
      return null
  }
}

/** The first text in the article that is on screen, for a caret to start at. */
function firstVisibleText(article: HTMLElement): Text | null {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue
    const box = n.parentElement?.getBoundingClientRect()
    if (box && box.bottom > 80) return n as Text
  }
  return null
}

/**
 * Caret browsing in the (read-only) article, so text can be selected without a mouse: the
 * article takes focus (Tab), a caret starts at the first line on screen, arrows move it
 * (Ctrl: by word or paragraph; Home/End: line ends) and Shift extends the selection. The caret
 * is drawn as a thin bar, since browsers draw none in text that is not editable.
 */
export function useCaret(article: HTMLElement | null): void {
  useEffect(() => {
    if (!article) return
    article.setAttribute('tabindex', '0')
    const bar = document.createElement('div')
    bar.className = 'article-caret'
    bar.hidden = true
    document.body.append(bar)
    const inside = (sel: Selection) =>
      sel.rangeCount > 0 && article.contains(sel.getRangeAt(0).commonAncestorContainer)
    const draw = () => {
      const sel = document.getSelection()
      const show = document.activeElement === article && sel !== null && inside(sel)
      if (!show || !sel) return void (bar.hidden = true)
      const focus = document.createRange()
      if (!sel.focusNode) return void (bar.hidden = true)
      focus.setStart(sel.focusNode, sel.focusOffset)
      const rect = focus.getClientRects()[0] ?? focus.getBoundingClientRect()
      if (rect.height === 0) return void (bar.hidden = true)
      bar.hidden = false
      bar.style.setProperty('top', `${rect.top}px`)
      bar.style.setProperty('left', `${rect.left}px`)
      bar.style.setProperty('height', `${rect.height}px`)
    }
    const onFocus = () => {
      const sel = document.getSelection()
      if (!sel) return
      if (!inside(sel)) {
        const start = firstVisibleText(article)
        if (start) sel.collapse(start, 0)
      }
      draw()
    }
    const onKey = (e: KeyboardEvent) => {
      const move = caretMove(e)
      const sel = document.getSelection()
      if (!move || !sel || !inside(sel)) return
      e.preventDefault()
      sel.modify(move.alter, move.direction, move.by)
      if (sel.focusNode) {
        const el = sel.focusNode.nodeType === Node.TEXT_NODE ? sel.focusNode.parentElement : null
        el?.scrollIntoView({ block: 'nearest' })
      }
    }
    article.addEventListener('focus', onFocus)
    article.addEventListener('blur', draw)
    article.addEventListener('keydown', onKey)
    document.addEventListener('selectionchange', draw)
    document.addEventListener('scroll', draw, { capture: true, passive: true })
    return () => {
      article.removeEventListener('focus', onFocus)
      article.removeEventListener('blur', draw)
      article.removeEventListener('keydown', onKey)
      document.removeEventListener('selectionchange', draw)
      document.removeEventListener('scroll', draw, { capture: true })
      bar.remove()
    }
  }, [article])
}
