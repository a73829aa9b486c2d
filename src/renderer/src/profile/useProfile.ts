import { useCallback, useState } from 'react'
import type { Profile } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { takeEarly } from '../api/early'
import { useQuery, type Query } from '../api/useQuery'

export interface ProfileStore {
  /** null once loaded means nobody has set a profile yet (first start). */
  readonly profile: Query<Profile | null>
  /** The profile just saved, shown at once while the query catches up. */
  readonly current: Profile | null
  readonly save: (profile: Profile) => Promise<Profile>
}

/** Who is acting: loaded from main, changed through `profile:set`. */
export function useProfile(): ProfileStore {
  const api = useApi()
  const profile = useQuery(
    'profile',
    () => call(api, 'profile:get', {}),
    () => takeEarly(api, 'profile:get', {}),
  )
  const [saved, setSaved] = useState<Profile | null>(null)
  const { reload } = profile
  const save = useCallback(
    async (next: Profile) => {
      const stored = await call(api, 'profile:set', next)
      setSaved(stored)
      reload()
      return stored
    },
    [api, reload],
  )
  const current = saved ?? (profile.status === 'ok' ? profile.value : null)
  return { profile, current, save }
}
