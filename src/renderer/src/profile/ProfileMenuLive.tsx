import { DropdownMenu } from 'radix-ui'
import { ROLES, ROLE_LABELS, isRole } from '@shared/constants'
import { ChipLabel, type ProfileMenuProps } from './ProfileMenu'

/** The profile menu itself; it opens as it appears, since it appears when the chip is used. */
export function LiveProfileMenu({ profile, onChangeRole, onEdit }: ProfileMenuProps) {
  return (
    <DropdownMenu.Root modal={false} defaultOpen>
      {/* Named by its visible text, so speech input ("click Ada Lovelace") finds it too. */}
      <DropdownMenu.Trigger className="profile-chip">
        <ChipLabel profile={profile} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Label className="menu-label">Acting as</DropdownMenu.Label>
          <DropdownMenu.RadioGroup
            value={profile.role}
            onValueChange={(v) => isRole(v) && v !== profile.role && onChangeRole(v)}
          >
            {ROLES.map((r) => (
              <DropdownMenu.RadioItem key={r} value={r} className="menu-item menu-radio">
                <DropdownMenu.ItemIndicator className="menu-indicator">
                  ✓
                </DropdownMenu.ItemIndicator>
                {ROLE_LABELS[r]}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item" onSelect={onEdit}>
            Change profile…
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
