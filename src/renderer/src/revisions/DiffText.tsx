import { createContext, memo, useContext, type ReactNode } from 'react'
import clsx from 'clsx'
import { Check, X } from 'lucide-react'
import type { RevisionDiff, Row, Segment } from '@shared/diff'
import { MarkedText } from './marked'
import { shownSegments, type Decision, type Decisions, type Item } from './model'

export type Layout = 'side' | 'inline'

/** What every row calls back; one stable object so memoised rows skip re-rendering. */
export interface TextActions {
  readonly select: (changeId: string, from: 'text' | 'list' | 'key') => void
  readonly decide: (ids: readonly string[], decision: Decision | null) => void
  readonly jumpToRow: (row: number) => void
  readonly expand: (foldStart: number) => void
}

const ActionsContext = createContext<TextActions | null>(null)

function useActions(): TextActions {
  const actions = useContext(ActionsContext)
  if (!actions) throw new Error('DiffText rows need their actions')
  return actions
}

/** For each move: its moved-from and moved-to rows, so each place can link to the other. */
export function moveRows(rows: readonly Row[]): Map<string, { from: number; to: number }> {
  const map = new Map<string, { from: number; to: number }>()
  rows.forEach((row, i) => {
    if (!row.moveId) return
    const m = map.get(row.moveId) ?? { from: -1, to: -1 }
    if (row.kind === 'moved-from') m.from = i
    if (row.kind === 'moved-to') m.to = i
    map.set(row.moveId, m)
  })
  return map
}

const HIDDEN_MARK: Readonly<Record<Segment['op'], [string, string]>> = {
  equal: ['', ''],
  delete: ['[deleted: ', ']'],
  insert: ['[inserted: ', ']'],
}

function Piece({
  seg,
  decision,
  current,
  moved,
}: {
  seg: Segment
  decision: Decision | undefined
  current: boolean
  moved: 'away' | 'here' | null
}) {
  const actions = useActions()
  const id = seg.changeId
  if (id === null) return <MarkedText seg={seg} text={seg.text} />
  const blank = seg.text.trim() === ''
  const text = blank ? (seg.text.includes('\n') ? '¶' : '␣') : seg.text
  const props = {
    className: clsx(
      moved === 'away' && 'cmp-moved-away',
      moved === 'here' && seg.op === 'equal' && 'cmp-moved-here',
      seg.op === 'delete' && moved !== 'away' && 'cmp-del',
      seg.op === 'insert' && 'cmp-ins',
      blank && 'cmp-blank',
      current && 'is-current',
      decision && `is-${decision}`,
    ),
    'data-change': id,
    onClick: () => actions.select(id, 'text'),
  }
  const [open, close] = moved === 'away' ? ['[moved away: ', ']'] : HIDDEN_MARK[seg.op]
  const state =
    decision === 'rejected' ? ' (rejected)' : decision === 'accepted' ? ' (accepted)' : ''
  const inner = (
    <>
      {open ? <span className="visually-hidden">{open}</span> : null}
      <MarkedText seg={seg} text={text} />
      {close ? <span className="visually-hidden">{`${close}${state}`}</span> : null}
    </>
  )
  if (seg.op === 'delete') return <del {...props}>{inner}</del>
  if (seg.op === 'insert') return <ins {...props}>{inner}</ins>
  return <span {...props}>{inner}</span>
}

function Cell({
  segments,
  ops,
  decisions,
  current,
  moved = null,
  className,
  number,
}: {
  segments: readonly Segment[]
  ops: readonly Segment['op'][]
  decisions: Decisions
  current: string | null
  moved?: 'away' | 'here' | null
  className?: string
  number: number | null
}) {
  const shown = segments.filter((s) => ops.includes(s.op))
  const heading = /^#{1,6}\s/.test(shown[0]?.text ?? '')
  return (
    <>
      <span className="cmp-num" aria-hidden="true">
        {number === null ? '' : number}
      </span>
      <div className={clsx('cmp-cell', heading && 'cmp-heading', className)}>
        {shown.map((seg, i) => (
          <Piece
            key={i}
            seg={seg}
            decision={seg.changeId ? decisions.get(seg.changeId) : undefined}
            current={seg.changeId !== null && seg.changeId === current}
            moved={moved}
          />
        ))}
      </div>
    </>
  )
}

function Placeholder({ children }: { children?: ReactNode }) {
  return (
    <>
      <span className="cmp-num" aria-hidden="true" />
      <div className="cmp-cell cmp-empty">{children}</div>
    </>
  )
}

function MoveLink({ toRow, label }: { toRow: number; label: string }) {
  const actions = useActions()
  return (
    <button type="button" className="cmp-move-link" onClick={() => actions.jumpToRow(toRow)}>
      {label}
    </button>
  )
}

const ROW_LABELS: Readonly<Record<Row['kind'], string>> = {
  unchanged: 'Unchanged',
  changed: 'Changed paragraph',
  inserted: 'Inserted paragraph',
  deleted: 'Deleted paragraph',
  'moved-from': 'Paragraph moved away',
  'moved-to': 'Moved paragraph',
}

function paraLabel(row: Row): string {
  const o = row.oldIndex === null ? null : `¶ ${row.oldIndex + 1}`
  const n = row.newIndex === null ? null : `¶ ${row.newIndex + 1}`
  if (o && n) return o === n ? o : `${o} → ${n}`
  return o ? `${o} (old)` : `${n ?? ''} (new)`
}

function RowBar({
  row,
  current,
  decisions,
  link,
}: {
  row: Row
  current: string | null
  decisions: Decisions
  link: ReactNode
}) {
  const actions = useActions()
  const ids = row.changeIds
  const all = (d: Decision) => ids.length > 0 && ids.every((id) => decisions.get(id) === d)
  const what = row.moveId ? 'move' : 'paragraph'
  return (
    <div className="cmp-row-bar">
      <span className="cmp-row-label">
        {ROW_LABELS[row.kind]} · {paraLabel(row)}
        {ids.length > 1 ? ` · ${ids.length} changes` : null}
      </span>
      {link}
      <span className="cmp-row-actions">
        {current ? (
          <span className="cmp-current-actions" aria-label="Current change">
            <button
              type="button"
              className={clsx('cmp-mini', decisions.get(current) === 'accepted' && 'is-on')}
              aria-pressed={decisions.get(current) === 'accepted'}
              onClick={() =>
                actions.decide([current], decisions.get(current) === 'accepted' ? null : 'accepted')
              }
            >
              <Check aria-hidden="true" size={13} /> Accept change
            </button>
            <button
              type="button"
              className={clsx('cmp-mini', decisions.get(current) === 'rejected' && 'is-on')}
              aria-pressed={decisions.get(current) === 'rejected'}
              onClick={() =>
                actions.decide([current], decisions.get(current) === 'rejected' ? null : 'rejected')
              }
            >
              <X aria-hidden="true" size={13} /> Reject change
            </button>
          </span>
        ) : null}
        {ids.length > 1 || !current ? (
          <>
            <button
              type="button"
              className={clsx('cmp-mini', all('accepted') && 'is-on')}
              aria-pressed={all('accepted')}
              onClick={() => actions.decide(ids, 'accepted')}
            >
              Accept {what}
            </button>
            <button
              type="button"
              className={clsx('cmp-mini', all('rejected') && 'is-on')}
              aria-pressed={all('rejected')}
              onClick={() => actions.decide(ids, 'rejected')}
            >
              Reject {what}
            </button>
          </>
        ) : null}
      </span>
    </div>
  )
}

interface RowProps {
  readonly row: Row
  readonly index: number
  readonly layout: Layout
  /** The row's decisions as a string, so that memo sees when they change. */
  readonly signature: string
  readonly decisions: Decisions
  /** The current change when it is in this row. */
  readonly current: string | null
  /** The other place of a moved paragraph (a row index), or -1. */
  readonly other: number
  readonly otherNumber: number | null
}

const RowView = memo(
  function RowView({ row, index, layout, decisions, current, other, otherNumber }: RowProps) {
    const common = { decisions, current }
    const n = (i: number | null) => (i === null ? null : i + 1)
    const fromLink =
      other >= 0 ? <MoveLink toRow={other} label={`Moved from ¶ ${otherNumber ?? '?'}`} /> : null
    const toLink =
      other >= 0 ? <MoveLink toRow={other} label={`Moved to ¶ ${otherNumber ?? '?'}`} /> : null
    const link = row.kind === 'moved-to' ? fromLink : row.kind === 'moved-from' ? toLink : null
    let body: ReactNode
    if (layout === 'inline') {
      const moved = row.kind === 'moved-from' ? 'away' : row.kind === 'moved-to' ? 'here' : null
      body = (
        <Cell
          {...common}
          segments={shownSegments(row)}
          ops={['equal', 'delete', 'insert']}
          moved={moved}
          number={n(row.newIndex ?? row.oldIndex)}
        />
      )
    } else {
      const segs = shownSegments(row)
      const left =
        row.oldIndex === null ? (
          <Placeholder>{row.kind === 'moved-to' ? fromLink : null}</Placeholder>
        ) : (
          <Cell
            {...common}
            segments={segs}
            ops={['equal', 'delete']}
            moved={row.kind === 'moved-from' ? 'away' : null}
            number={n(row.oldIndex)}
            className="cmp-old"
          />
        )
      const right =
        row.newIndex === null ? (
          <Placeholder>{row.kind === 'moved-from' ? toLink : null}</Placeholder>
        ) : (
          <Cell
            {...common}
            segments={segs}
            // A moved paragraph's own edits show in its new place, where its old text is not.
            ops={row.kind === 'moved-to' ? ['equal', 'delete', 'insert'] : ['equal', 'insert']}
            moved={row.kind === 'moved-to' ? 'here' : null}
            number={n(row.newIndex)}
            className="cmp-new"
          />
        )
      body = (
        <>
          {left}
          {right}
        </>
      )
    }
    return (
      <div
        id={`cmp-row-${index}`}
        className={clsx('cmp-row', `cmp-row-${row.kind}`, current && 'has-current')}
        data-row={index}
      >
        {row.kind === 'unchanged' ? null : (
          <RowBar
            row={row}
            current={current}
            decisions={decisions}
            link={layout === 'inline' ? link : null}
          />
        )}
        {body}
      </div>
    )
  },
  (a, b) =>
    a.row === b.row &&
    a.layout === b.layout &&
    a.signature === b.signature &&
    a.current === b.current &&
    a.other === b.other &&
    a.otherNumber === b.otherNumber,
)

function Fold({ start, end }: { start: number; end: number }) {
  const actions = useActions()
  const count = end - start
  return (
    <div className="cmp-fold-row">
      <button type="button" className="cmp-fold" onClick={() => actions.expand(start)}>
        {count} unchanged paragraphs
        <span className="cmp-fold-hint">Show</span>
      </button>
    </div>
  )
}

/** The compared text: side by side (old left, new right, rows aligned) or inline. */
export function DiffText({
  diff,
  items,
  layout,
  decisions,
  current,
  actions,
}: {
  diff: RevisionDiff
  items: readonly Item[]
  layout: Layout
  decisions: Decisions
  current: string | null
  actions: TextActions
}) {
  const moves = moveRows(diff.rows)
  return (
    <ActionsContext.Provider value={actions}>
      <div
        className={clsx('cmp-text', layout === 'side' ? 'cmp-side' : 'cmp-inline')}
        aria-label={layout === 'side' ? 'Side by side comparison' : 'Inline comparison'}
        role="region"
      >
        {layout === 'side' ? (
          <div className="cmp-columns-head" aria-hidden="true">
            <span />
            <span>Old</span>
            <span />
            <span>New</span>
          </div>
        ) : null}
        {items.map((item) => {
          if (item.type === 'fold')
            return <Fold key={`f${item.start}`} start={item.start} end={item.end} />
          const row = diff.rows[item.index] as Row
          const move = row.moveId ? moves.get(row.moveId) : undefined
          const other = !move ? -1 : row.kind === 'moved-from' ? move.to : move.from
          const otherRow = other >= 0 ? diff.rows[other] : undefined
          const otherNumber = otherRow
            ? ((row.kind === 'moved-from' ? otherRow.newIndex : otherRow.oldIndex) ?? -1) + 1
            : null
          return (
            <RowView
              key={item.index}
              row={row}
              index={item.index}
              layout={layout}
              signature={row.changeIds.map((id) => decisions.get(id) ?? '-').join(',')}
              decisions={decisions}
              current={current !== null && row.changeIds.includes(current) ? current : null}
              other={other}
              otherNumber={otherNumber}
            />
          )
        })}
      </div>
    </ActionsContext.Provider>
  )
}
