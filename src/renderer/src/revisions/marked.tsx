// The compared text as a reader sees it: Markdown syntax that did not change is left out, text
// keeps its emphasis, strong, code and link styles; syntax a change added or removed stays
// visible (dimmed), so no change is ever hidden.
import { createContext, useContext, type ReactNode } from 'react'
import type { Segment } from '@shared/diff'
import { MARK, type InlineMarks } from '@shared/text/markdown'

/** The marks of both compared bodies. */
export interface BodyMarks {
  readonly old: InlineMarks
  readonly new: InlineMarks
}

const MarksContext = createContext<BodyMarks | null>(null)

export const MarksProvider = MarksContext.Provider

function wrap(text: string, flags: number, href: string | null, key: number): ReactNode {
  let node: ReactNode = text
  if (flags & MARK.code) node = <code>{node}</code>
  if (flags & MARK.em) node = <em>{node}</em>
  if (flags & MARK.strong) node = <strong>{node}</strong>
  if (flags & MARK.deleted) node = <s>{node}</s>
  if (flags & MARK.link) {
    node = (
      <span className="cmp-link" title={href ?? undefined}>
        {node}
      </span>
    )
  }
  return <span key={key}>{node}</span>
}

/** A segment's text with the body's Markdown applied (as it is, when no marks are given). */
export function MarkedText({ seg, text }: { seg: Segment; text: string }) {
  const marks = useContext(MarksContext)
  if (!marks || text !== seg.text) return <>{text}</>
  const side = seg.op === 'delete' ? marks.old : marks.new
  const base = seg.op === 'delete' ? seg.oldStart : seg.newStart
  const out: ReactNode[] = []
  let run = ''
  let runFlags = -1
  let runHref: string | null = null
  const flush = () => {
    if (!run) return
    out.push(
      runFlags & MARK.hidden ? (
        <span key={out.length} className="cmp-markup">
          {run}
        </span>
      ) : (
        wrap(run, runFlags, runHref, out.length)
      ),
    )
    run = ''
  }
  for (let i = 0; i < text.length; i++) {
    const f = side.flags[base + i] ?? 0
    // Syntax no change touched is not shown; changed syntax is, dimmed.
    if (f & MARK.hidden && seg.op === 'equal') continue
    const href = side.links.get(base + i) ?? null
    if (f !== runFlags || href !== runHref) {
      flush()
      runFlags = f
      runHref = href
    }
    run += text[i]
  }
  flush()
  return <>{out}</>
}
