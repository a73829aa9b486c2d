import { DropdownMenu } from 'radix-ui'
import { ChevronDown, UserRound } from 'lucide-react'
import { ROLE_LABELS } from '@shared/constants'
import type { Profile, Role } from '@shared/domain'
import { ROLES } from './roles'

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/** The profile chip in the header: who is acting, a quick role switch, and "Change profile…". */
export function ProfileMenu({
  profile,
  onChangeRole,
  onEdit,
}: {
  profile: Profile
  onChangeRole: (role: Role) => void
  onEdit: () => void
}) {
  return (
    <DropdownMenu.Root modal={false}>
      {/* Named by its visible text, so speech input ("click Ada Lovelace") finds it too. */}
      <DropdownMenu.Trigger className="profile-chip">
        <UserRound aria-hidden="true" size={16} />
        <span className="visually-hidden">Profile:</span>{' '}
        <span className="profile-name">{profile.name}</span>
        <span className="visually-hidden">,</span>{' '}
        <span className={`role-pill role-${profile.role}`}>{ROLE_LABELS[profile.role]}</span>
        <ChevronDown aria-hidden="true" size={14} />
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
