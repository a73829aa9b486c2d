import { useState } from 'react'
import { DropdownMenu } from 'radix-ui'
import { MoreHorizontal } from 'lucide-react'
import type { DraftSummary } from '@shared/domain'

export type DraftMenuAction = 'rename' | 'archive' | 'unarchive' | 'trash' | 'restore' | 'delete'

interface DraftMenuProps {
  draft: DraftSummary
  onAction: (action: DraftMenuAction, draft: DraftSummary) => void
}

/**
 * The "…" menu of one draft in the list. Until first used it is a plain button: a menu
 * component in each of hundreds of rows made a big library slow to open.
 */
export function DraftMenu(props: DraftMenuProps) {
  const [used, setUsed] = useState(false)
  if (used) return <LiveDraftMenu {...props} />
  return (
    <button
      type="button"
      className="icon-button row-menu"
      aria-label={`Actions for ${props.draft.title}`}
      aria-haspopup="menu"
      aria-expanded="false"
      onClick={() => setUsed(true)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') {
          e.preventDefault()
          setUsed(true)
        }
      }}
    >
      <MoreHorizontal aria-hidden="true" size={18} />
    </button>
  )
}

/** The menu itself; it opens as it appears, since it appears when the button is used. */
function LiveDraftMenu({ draft, onAction }: DraftMenuProps) {
  const item = (action: DraftMenuAction, label: string, danger = false) => (
    <DropdownMenu.Item
      className={danger ? 'menu-item menu-item-danger' : 'menu-item'}
      onSelect={() => onAction(action, draft)}
    >
      {label}
    </DropdownMenu.Item>
  )
  const inTrash = draft.trashedAt !== null
  return (
    // Not modal: a modal menu locks scrolling with an injected <style>, which the CSP refuses.
    <DropdownMenu.Root modal={false} defaultOpen>
      <DropdownMenu.Trigger
        className="icon-button row-menu"
        aria-label={`Actions for ${draft.title}`}
      >
        <MoreHorizontal aria-hidden="true" size={18} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          {inTrash ? (
            <>
              {item('restore', 'Restore')}
              <DropdownMenu.Separator className="menu-separator" />
              {item('delete', 'Delete for good…', true)}
            </>
          ) : (
            <>
              {item('rename', 'Rename…')}
              {draft.archivedAt === null
                ? item('archive', 'Archive')
                : item('unarchive', 'Unarchive')}
              <DropdownMenu.Separator className="menu-separator" />
              {item('trash', 'Move to trash', true)}
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
