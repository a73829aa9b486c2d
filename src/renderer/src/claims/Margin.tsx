import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react'
import clsx from 'clsx'
import { scrollParent } from '../article/scroll'
import { slotsIn, stackCards, type CardSizes, type Wanted } from './layout'

/** A card the margin places: its key, its span's range, and its accessible name. */
export interface MarginItem {
  readonly key: string
  readonly label: string
}

/** Height of a collapsed card; claims.css gives `.margin-slot .is-collapsed` the same. */
export const COLLAPSED_H = 80
/** A collapsed card squeezed between close spans keeps its chips line (`.is-short`). */
const SIZES: CardSizes = { full: COLLAPSED_H, oneLine: 58, least: 30, gap: 6 }
/** Positions are read from ranges this many at a time, one batch per frame. */
const BATCH = 400
/** Cards are rendered this far beyond the visible part of the margin. */
const OVERSCAN = 900
const STEP = 300

/**
 * The comment margin: every card level with its span (read from the span's Range). Collapsed
 * cards never overlap (a card between close spans shrinks to its chips); the open card sits
 * exactly level, over its neighbours, and moves no other card. Only the cards near the visible
 * part of the scroller are rendered; positions follow the article when it reflows
 * (ResizeObserver, fonts).
 */
export function Margin({
  items,
  ranges,
  article,
  focusKey,
  label,
  renderItem,
}: {
  items: readonly MarginItem[]
  ranges: ReadonlyMap<string, Range | null>
  article: HTMLElement | null
  focusKey: string | null
  label: string
  renderItem: (key: string, expanded: boolean) => ReactNode
}) {
  const ref = useRef<HTMLOListElement>(null)
  const [wants, setWants] = useState<ReadonlyMap<string, number>>(new Map())
  const [round, setRound] = useState(0)
  const [focusHeight, setFocusHeight] = useState(0)
  const [band, setBand] = useState<readonly [number, number]>([-OVERSCAN, 2400])

  // Reflow (window resize, fonts arriving, the header growing) moves spans: measure again.
  useEffect(() => {
    if (!article) return
    const draft = article.closest('.draft') ?? article
    let last = ''
    const observer = new ResizeObserver(() => {
      const a = article.getBoundingClientRect()
      const key = `${a.width}x${a.height}:${draft.getBoundingClientRect().height}`
      if (key !== last) {
        if (last) setRound((r) => r + 1)
        last = key
      }
    })
    observer.observe(article)
    observer.observe(draft)
    const fonts = document.fonts as FontFaceSet | undefined
    const onFonts = () => setRound((r) => r + 1)
    fonts?.addEventListener('loadingdone', onFonts)
    return () => {
      observer.disconnect()
      fonts?.removeEventListener('loadingdone', onFonts)
    }
  }, [article])

  // Where each span starts, relative to the margin's top, read in batches.
  useEffect(() => {
    const margin = ref.current
    if (!margin) return
    let cancelled = false
    let frame = 0
    let i = 0
    let last = 0
    const out = new Map<string, number>()
    const step = () => {
      if (cancelled) return
      const origin = margin.getBoundingClientRect().top
      const end = Math.min(items.length, i + BATCH)
      for (; i < end; i++) {
        const item = items[i] as MarginItem
        const rect = ranges.get(item.key)?.getBoundingClientRect()
        if (rect && (rect.width > 0 || rect.height > 0)) last = Math.round(rect.top - origin)
        out.set(item.key, last)
      }
      if (i < items.length) frame = requestAnimationFrame(step)
      if (i >= items.length || i === BATCH) setWants(new Map(out))
    }
    step()
    return () => {
      cancelled = true
      cancelAnimationFrame(frame)
    }
  }, [items, ranges, round])

  // Which part of the margin is on screen (in steps, so scrolling re-renders rarely).
  useEffect(() => {
    const margin = ref.current
    if (!margin) return
    const scroller = scrollParent(margin)
    const update = () => {
      const top = margin.getBoundingClientRect().top - scroller.getBoundingClientRect().top
      const from = Math.floor((-top - OVERSCAN) / STEP) * STEP
      const to = Math.ceil((-top + scroller.clientHeight + OVERSCAN) / STEP) * STEP
      setBand((b) => (b[0] === from && b[1] === to ? b : [from, to]))
    }
    update()
    scroller.addEventListener('scroll', update, { passive: true })
    window.addEventListener('resize', update)
    return () => {
      scroller.removeEventListener('scroll', update)
      window.removeEventListener('resize', update)
    }
  }, [])

  const slots = useMemo(() => {
    const wanted: Wanted[] = []
    for (const item of items) {
      const want = wants.get(item.key)
      if (want !== undefined) wanted.push({ key: item.key, want })
    }
    return stackCards(
      wanted,
      SIZES,
      focusKey ? { key: focusKey, height: focusHeight > 0 ? focusHeight : COLLAPSED_H } : null,
    )
  }, [items, wants, focusKey, focusHeight])

  const labels = useMemo(() => new Map(items.map((i) => [i.key, i.label])), [items])
  const shown = useMemo(() => {
    const inBand = slotsIn(slots, band[0], band[1])
    const focused = slots.find((s) => s.key === focusKey)
    return focused && !inBand.includes(focused) ? [...inBand, focused] : inBand
  }, [slots, band, focusKey])
  const height = slots.reduce((h, s) => Math.max(h, s.top + s.height + 48), 0)

  // The open card's real height, so the cards below it make room.
  const observer = useRef<ResizeObserver | null>(null)
  const measureFocused = useCallback((el: HTMLLIElement | null) => {
    observer.current?.disconnect()
    if (!el) return
    observer.current = new ResizeObserver(() => setFocusHeight(el.offsetHeight))
    observer.current.observe(el)
  }, [])
  useLayoutEffect(() => () => observer.current?.disconnect(), [])

  return (
    <ol ref={ref} className="claims-margin" aria-label={label} style={{ height }}>
      {shown.map((s) => (
        <li
          key={s.key}
          ref={s.key === focusKey ? measureFocused : undefined}
          className={clsx(
            'margin-slot',
            s.key === focusKey && 'is-focus',
            s.key !== focusKey && s.height === SIZES.least && 'is-short',
            s.key !== focusKey && s.height === SIZES.oneLine && 'is-one-line',
          )}
          aria-label={labels.get(s.key)}
          style={
            {
              transform: `translateY(${s.top}px)`,
              ...(s.key === focusKey ? {} : { '--card-h': `${s.height}px` }),
            } as CSSProperties
          }
        >
          <SlotContent itemKey={s.key} expanded={s.key === focusKey} render={renderItem} />
        </li>
      ))}
    </ol>
  )
}

/** A card's content: scrolling moves slots without rendering the cards again. */
const SlotContent = memo(function SlotContent({
  itemKey,
  expanded,
  render,
}: {
  itemKey: string
  expanded: boolean
  render: (key: string, expanded: boolean) => ReactNode
}) {
  return render(itemKey, expanded)
})
