import { useState } from 'react'
import { MoreHorizontal } from 'lucide-react'
import type { DraftSummary } from '@shared/domain'
import { deferred } from '../ui/deferred'

export type DraftMenuAction = 'rename' | 'archive' | 'unarchive' | 'trash' | 'restore' | 'delete'

export interface DraftMenuProps {
  draft: DraftSummary
  onAction: (action: DraftMenuAction, draft: DraftSummary) => void
  /** -1 keeps it out of the Tab order (only the list's current row is in it). */
  tabIndex?: number
}

/** The menu button as it is until first used (and while the menu's code loads). */
function PlainButton({
  draft,
  onUse,
  tabIndex,
}: {
  draft: DraftSummary
  onUse?: () => void
  tabIndex?: number
}) {
  return (
    <button
      type="button"
      tabIndex={tabIndex}
      className="icon-button row-menu"
      aria-label={`Actions for ${draft.title}`}
      aria-haspopup="menu"
      aria-expanded="false"
      onClick={onUse}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' && onUse) {
          e.preventDefault()
          onUse()
        }
      }}
    >
      <MoreHorizontal aria-hidden="true" size={18} />
    </button>
  )
}

const live = deferred(
  () => import('./DraftMenuLive').then((m) => m.LiveDraftMenu),
  (props: DraftMenuProps) => <PlainButton draft={props.draft} tabIndex={props.tabIndex} />,
)

/** Loads the menu's code ahead of first use. */
export const preloadDraftMenu = live.preload

/**
 * The "…" menu of one draft in the list. Until first used it is a plain button: a menu
 * component in each of hundreds of rows made a big library slow to open, and the menu's code
 * loads after the window has painted.
 */
export function DraftMenu(props: DraftMenuProps) {
  const [used, setUsed] = useState(false)
  if (used) return <live.Component {...props} />
  return <PlainButton draft={props.draft} tabIndex={props.tabIndex} onUse={() => setUsed(true)} />
}
