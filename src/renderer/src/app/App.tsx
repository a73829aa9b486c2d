import type { GalleyApi } from '@shared/contract'
import { ApiProvider } from '../api/context'
import { ProfileProvider, useProfile } from '../profile/context'
import { ErrorState } from '../ui/States'
import { NoticesProvider } from './notices'
import { Shell } from './Shell'

function Gate({ electron }: { electron: boolean }) {
  const { profile } = useProfile()
  // The shell renders while the profile loads, so the library list is fetched at the same time.
  if (profile.status === 'error') {
    return (
      <div className="app app-centered">
        <ErrorState
          title="Galley could not open its library"
          error={profile.error}
          onRetry={profile.reload}
          retrying={profile.refreshing}
        />
      </div>
    )
  }
  return <Shell electron={electron} />
}

/** Galley's renderer over a given api (Electron's bridge, the browser host, or a test's fake). */
export function App({ api, electron = false }: { api: GalleyApi; electron?: boolean }) {
  return (
    <ApiProvider api={api}>
      <NoticesProvider>
        <ProfileProvider>
          <Gate electron={electron} />
        </ProfileProvider>
      </NoticesProvider>
    </ApiProvider>
  )
}
