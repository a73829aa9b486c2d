import { useEffect, useEffectEvent, useState } from 'react'
import clsx from 'clsx'
import { ArrowLeftRight, Columns2, Rows2, X } from 'lucide-react'
import type { DraftDetail, Revision, RevisionInfo } from '@shared/domain'
import { ErrorState, Empty, Loading } from '../ui/States'
import { TipProvider } from '../ui/Tip'
import { CompareBody } from './CompareBody'
import type { Layout } from './DiffText'
import { findRevision, useCompareData, type ComparePair } from './useCompareData'
import { RedlineExport } from '../export/RedlineExport'

export interface CompareViewProps {
  readonly pair: ComparePair
  /** Shows another pair (the pickers, the swap, and after saving: newer → result). */
  readonly onPairChange: (pair: ComparePair) => void
  readonly onClose: () => void
  /** A revision was saved (the library list may want to refresh). */
  readonly onSaved?: (revision: RevisionInfo) => void
}

function option(r: RevisionInfo, currentId: string): string {
  const msg = r.message.length > 48 ? `${r.message.slice(0, 47)}…` : r.message
  return `Revision ${r.number}${r.id === currentId ? ' (current)' : ''}${msg ? ` — ${msg}` : ''}`
}

function Pickers({
  detail,
  oldId,
  newId,
  onChange,
}: {
  detail: DraftDetail
  oldId: string
  newId: string
  onChange: (oldId: string, newId: string) => void
}) {
  const revisions = [...detail.revisions].sort((a, b) => b.number - a.number)
  const current = detail.draft.currentRevisionId
  return (
    <div className="cmp-pickers">
      <label className="cmp-picker">
        <span className="field-label-inline">From</span>
        <select
          className="select"
          aria-label="From revision"
          value={oldId}
          onChange={(e) => onChange(e.target.value, newId)}
        >
          {revisions.map((r) => (
            <option key={r.id} value={r.id}>
              {option(r, current)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="icon-button"
        aria-label="Swap revisions"
        title="Swap revisions"
        onClick={() => onChange(newId, oldId)}
      >
        <ArrowLeftRight aria-hidden="true" size={16} />
      </button>
      <label className="cmp-picker">
        <span className="field-label-inline">To</span>
        <select
          className="select"
          aria-label="To revision"
          value={newId}
          onChange={(e) => onChange(oldId, e.target.value)}
        >
          {revisions.map((r) => (
            <option key={r.id} value={r.id}>
              {option(r, current)}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

function LayoutToggle({ layout, onChange }: { layout: Layout; onChange: (l: Layout) => void }) {
  return (
    <div className="cmp-toggle" role="group" aria-label="Layout">
      <button
        type="button"
        className={clsx('button button-small', layout === 'side' && 'is-pressed')}
        aria-pressed={layout === 'side'}
        onClick={() => onChange('side')}
      >
        <Columns2 aria-hidden="true" size={15} /> Side by side
      </button>
      <button
        type="button"
        className={clsx('button button-small', layout === 'inline' && 'is-pressed')}
        aria-pressed={layout === 'inline'}
        onClick={() => onChange('inline')}
      >
        <Rows2 aria-hidden="true" size={15} /> Inline
      </button>
    </div>
  )
}

/**
 * Compares two revisions of a draft (any pair), side by side or inline, with the change list,
 * what each change touched, and accept/reject saved as a new revision.
 */
export function CompareView(props: CompareViewProps) {
  return (
    <TipProvider>
      <Comparison {...props} />
    </TipProvider>
  )
}

function Comparison({ pair, onPairChange, onClose, onSaved }: CompareViewProps) {
  const [layout, setLayout] = useState<Layout>('side')
  const data = useCompareData(pair)
  const { detail, bodies, claims } = data
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return
    // Escape belongs to an open dialog or menu first.
    if (document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]')) return
    e.preventDefault()
    onClose()
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  const close = (
    <button type="button" className="button button-small" onClick={onClose}>
      <X aria-hidden="true" size={15} /> Close comparison
    </button>
  )
  if (detail.status === 'loading') return <Loading label="Opening the comparison…" />
  if (detail.status === 'error') {
    return (
      <ErrorState
        title="The draft could not be opened for comparison"
        error={detail.error}
        onRetry={detail.reload}
        retrying={detail.refreshing}
      />
    )
  }
  const d = detail.value
  const oldId = data.oldId ?? ''
  const newId = data.newId ?? ''
  const oldInfo = findRevision(d.revisions, oldId)
  const newInfo = findRevision(d.revisions, newId)
  const setPair = (o: string, n: string) =>
    onPairChange({ draftId: pair.draftId, oldId: o, newId: n })

  let body
  if (d.revisions.length < 2) {
    body = (
      <Empty title="Nothing to compare yet">
        This draft has one revision. Save or import another version, then compare the two.
      </Empty>
    )
  } else if (bodies.status === 'error') {
    body = (
      <ErrorState
        title="The revisions could not be loaded"
        error={bodies.error}
        onRetry={bodies.reload}
        retrying={bodies.refreshing}
      />
    )
  } else if (
    bodies.status !== 'ok' ||
    !oldInfo ||
    !newInfo ||
    bodies.value[0].id !== oldId ||
    bodies.value[1].id !== newId
  ) {
    body = <Loading label="Comparing the revisions…" />
  } else {
    const [oldRev, newRev] = bodies.value as readonly [Revision, Revision]
    body = (
      <CompareBody
        key={`${oldId}:${newId}`}
        detail={d}
        oldRev={oldRev}
        newRev={newRev}
        claims={claims}
        layout={layout}
        onSaved={(info) => {
          onPairChange({ draftId: pair.draftId, oldId: newId, newId: info.id })
          data.reloadAll()
          onSaved?.(info)
        }}
      />
    )
  }

  return (
    <div className="compare">
      <header className="cmp-header">
        <div className="cmp-title-row">
          <h1 className="cmp-title">
            Compare revisions <span className="cmp-draft-title">{d.draft.title}</span>
          </h1>
          {close}
        </div>
        {d.revisions.length >= 2 ? (
          <div className="cmp-controls">
            <Pickers detail={d} oldId={oldId} newId={newId} onChange={setPair} />
            <LayoutToggle layout={layout} onChange={setLayout} />
            {oldInfo && newInfo ? (
              <RedlineExport draftId={pair.draftId} oldId={oldId} newId={newId} />
            ) : null}
          </div>
        ) : null}
      </header>
      {body}
    </div>
  )
}
