import { useState } from 'react'
import { ChevronDown, UserRound } from 'lucide-react'
import { ROLE_LABELS } from '@shared/constants'
import type { Profile, Role } from '@shared/domain'
import { deferred } from '../ui/deferred'

export interface ProfileMenuProps {
  profile: Profile
  onChangeRole: (role: Role) => void
  onEdit: () => void
}

/** What the chip shows: who is acting, in which role. */
export function ChipLabel({ profile }: { profile: Profile }) {
  return (
    <>
      <UserRound aria-hidden="true" size={16} />
      <span className="visually-hidden">Profile:</span>{' '}
      <span className="profile-name">{profile.name}</span>
      <span className="visually-hidden">,</span>{' '}
      <span className={`role-pill role-${profile.role}`}>{ROLE_LABELS[profile.role]}</span>
      <ChevronDown aria-hidden="true" size={14} />
    </>
  )
}

/** The chip as it is until first used (and while the menu's code loads). */
function PlainChip({ profile, onUse }: { profile: Profile; onUse?: () => void }) {
  return (
    // Named by its visible text, so speech input ("click Ada Lovelace") finds it too.
    <button
      type="button"
      className="profile-chip"
      aria-haspopup="menu"
      aria-expanded="false"
      onClick={onUse}
      onKeyDown={(e) => {
        if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && onUse) {
          e.preventDefault()
          onUse()
        }
      }}
    >
      <ChipLabel profile={profile} />
    </button>
  )
}

const live = deferred(
  () => import('./ProfileMenuLive').then((m) => m.LiveProfileMenu),
  (props: ProfileMenuProps) => <PlainChip profile={props.profile} />,
)

/** Loads the menu's code ahead of first use. */
export const preloadProfileMenu = live.preload

/**
 * The profile chip in the header: who is acting, a quick role switch, and "Change profile…".
 * A plain button until first used, so the menu's code is not in the window's first bundle.
 */
export function ProfileMenu(props: ProfileMenuProps) {
  const [used, setUsed] = useState(false)
  if (used) return <live.Component {...props} />
  return <PlainChip profile={props.profile} onUse={() => setUsed(true)} />
}
