import clsx from 'clsx'
import { FilePlus2, History } from 'lucide-react'
import type { DropZone } from './useFileDrop'

/**
 * Shown while files are dragged over the window: one zone imports as a new draft; with a draft
 * open, a second zone (over the draft) imports as a new revision of it.
 */
export function DropOverlay({ zone, draftTitle }: { zone: DropZone; draftTitle: string | null }) {
  return (
    <div className={clsx('drop-overlay', draftTitle && 'has-draft')} aria-hidden="true">
      <div
        className={clsx('drop-zone', zone === 'new-draft' && 'is-active')}
        data-drop-zone="new-draft"
      >
        <FilePlus2 size={28} />
        <p className="drop-title">Drop to import as a new draft</p>
      </div>
      {draftTitle ? (
        <div
          className={clsx('drop-zone', zone === 'new-revision' && 'is-active')}
          data-drop-zone="new-revision"
        >
          <History size={28} />
          <p className="drop-title">Drop to import as a new revision of</p>
          <p className="drop-subject">{draftTitle}</p>
        </div>
      ) : null}
    </div>
  )
}
