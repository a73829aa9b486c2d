import { DropdownMenu } from 'radix-ui'
import { MoreHorizontal } from 'lucide-react'
import type { DraftMenuAction, DraftMenuProps } from './DraftMenu'

/** The menu itself; it opens as it appears, since it appears when the button is used. */
export function LiveDraftMenu({ draft, onAction, tabIndex }: DraftMenuProps) {
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
        tabIndex={tabIndex}
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
