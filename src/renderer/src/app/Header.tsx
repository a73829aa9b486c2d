import type { Profile, Role } from '@shared/domain'
import { ProfileMenu } from '../profile/ProfileMenu'
import { SyncIndicator } from '../team/SyncIndicator'

/** The top bar: Galley, the library it has open, its sync state, and who is acting. */
export function Header({
  libraryPath,
  profile,
  onChangeRole,
  onEditProfile,
}: {
  libraryPath: string | null
  profile: Profile | null
  onChangeRole: (role: Role) => void
  onEditProfile: () => void
}) {
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          G
        </span>
        <span className="brand-name">Galley</span>
      </div>
      {libraryPath ? (
        <p className="library-path" title={libraryPath}>
          <span className="visually-hidden">Library: </span>
          {libraryPath}
        </p>
      ) : (
        <span />
      )}
      <div className="header-end">
        <SyncIndicator canAct={profile !== null} />
        {profile ? (
          <ProfileMenu profile={profile} onChangeRole={onChangeRole} onEdit={onEditProfile} />
        ) : null}
      </div>
    </header>
  )
}
