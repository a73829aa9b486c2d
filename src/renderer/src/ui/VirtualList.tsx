// A long list of cards in a panel that scrolls, rendering only the cards near its visible part.
// TanStack Virtual (@tanstack/react-virtual) does the windowing: it is headless (our own markup
// and roles stay), measures each card's real height as it renders (cards here grow and shrink:
// a speaker picker opens, a transcript check unfolds) and handles a list that starts below other
// content in the same scroller (`scrollMargin`); react-window needs fixed or pre-known sizes.
import {
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

/** Lists up to this long are rendered whole: nothing to gain, and every card stays in the DOM. */
export const VIRTUAL_FROM = 60

/** What a parent may ask of the list. */
export interface VirtualListHandle {
  /** Scrolls the item at `index` into view (rendering it first when it is not). */
  reveal(index: number): void
}

/**
 * Renders `count` items (`renderItem(index)`) as a `role="list"`, each in a `role="listitem"`
 * that says its place (aria-posinset/setsize): all of them when there are few, else only those
 * near the visible part of `scroller`.
 */
export function VirtualList({
  count,
  itemKey,
  renderItem,
  scroller,
  label,
  className,
  estimate,
  gap,
  handle,
}: {
  count: number
  itemKey: (index: number) => string
  renderItem: (index: number) => ReactNode
  /** The element that scrolls the list (the list may start below other content in it). */
  scroller: RefObject<HTMLElement | null>
  label: string
  className: string
  /** A typical card's height (px), until it is measured. */
  estimate: number
  /** Space between cards (px). */
  gap: number
  handle?: Ref<VirtualListHandle>
}) {
  const list = useRef<HTMLDivElement>(null)
  const whole = count <= VIRTUAL_FROM
  // Where the list starts in its scroller: the panel's head and sections come first.
  const [margin, setMargin] = useState(0)
  useLayoutEffect(() => {
    const el = list.current
    const box = scroller.current
    if (!el || !box || whole) return
    const measure = () => {
      const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop
      setMargin((m) => (Math.abs(m - top) < 1 ? m : top))
    }
    measure()
    // What is above the list grows (a transcript attached, a section opened): measure again.
    const observer = new ResizeObserver(measure)
    for (const child of box.children) if (child !== el) observer.observe(child)
    return () => observer.disconnect()
  }, [scroller, whole])
  // The React Compiler is not used here; the virtualizer re-renders this list itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: whole ? 0 : count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    getItemKey: itemKey,
    overscan: 4,
    gap,
    scrollMargin: margin,
  })

  useImperativeHandle(
    handle,
    () => ({
      reveal(index: number) {
        if (index < 0) return
        if (whole) {
          list.current?.children[index]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
        } else virtualizer.scrollToIndex(index, { align: 'center' })
      },
    }),
    [whole, virtualizer],
  )
  if (whole) {
    return (
      <div ref={list} className={className} role="list" aria-label={label}>
        {Array.from({ length: count }, (_, i) => (
          <div role="listitem" key={itemKey(i)}>
            {renderItem(i)}
          </div>
        ))}
      </div>
    )
  }
  return (
    <div
      ref={list}
      className={`${className} is-virtual`}
      role="list"
      aria-label={label}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((item) => (
        <div
          role="listitem"
          key={item.key}
          data-index={item.index}
          aria-posinset={item.index + 1}
          aria-setsize={count}
          ref={virtualizer.measureElement}
          className="virtual-item"
          style={{ transform: `translateY(${item.start - margin}px)` }}
        >
          {renderItem(item.index)}
        </div>
      ))}
    </div>
  )
}
