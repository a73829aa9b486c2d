// Who is acting, loaded once for the whole window: every view reads it from here, so a role
// changed in the header reaches the open draft's tabs at once.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import type { Profile } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { takeEarly } from '../api/early'
import { useGalleyEvent } from '../api/useEvent'
import { useQuery, type Query } from '../api/useQuery'

export interface ProfileStore {
  /** null once loaded means nobody has set a profile yet (first start). */
  readonly profile: Query<Profile | null>
  /** The profile to act as: the one just saved, else the one loaded (null until known). */
  readonly current: Profile | null
  readonly save: (profile: Profile) => Promise<Profile>
}

const ProfileContext = createContext<ProfileStore | null>(null)

/** Loads the profile through `profile:get` and keeps it current for every component below. */
export function ProfileProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const profile = useQuery(
    'profile',
    () => call(api, 'profile:get', {}),
    () => takeEarly(api, 'profile:get', {}),
  )
  const loaded = profile.status === 'ok' ? profile.value : null
  // Shown at once after a save, until the next load answers (that answer is a new object).
  const [saved, setSaved] = useState<{ readonly profile: Profile; readonly over: unknown } | null>(
    null,
  )
  const { reload } = profile
  const save = useCallback(
    async (next: Profile) => {
      const stored = await call(api, 'profile:set', next)
      setSaved({ profile: stored, over: loaded })
      reload()
      return stored
    },
    [api, reload, loaded],
  )
  // Another window on the same library may change it: read it again on focus and when the
  // whole library changed (a restore).
  useEffect(() => {
    window.addEventListener('focus', reload)
    return () => window.removeEventListener('focus', reload)
  }, [reload])
  useGalleyEvent('library:changed', ({ draftId }) => {
    if (draftId === null) reload()
  })
  const current = saved && saved.over === loaded ? saved.profile : loaded
  return (
    <ProfileContext.Provider value={{ profile, current, save }}>{children}</ProfileContext.Provider>
  )
}

/** The window's profile store (needs a ProfileProvider above). */
export function useProfile(): ProfileStore {
  const store = useContext(ProfileContext)
  if (!store) throw new Error('useProfile needs a ProfileProvider above it')
  return store
}

/** Who is acting now, or null until the profile is known (or when none is set yet). */
export function useCurrentProfile(): Profile | null {
  return useProfile().current
}
