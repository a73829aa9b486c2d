import { call } from '../api/call'
import { useApi } from '../api/context'
import { takeEarly } from '../api/early'
import { useGalleyEvent } from '../api/useEvent'
import { useQuery } from '../api/useQuery'

/**
 * Galley's version, mode, library path and the library's problems (quarantined files), read
 * again when the library reports a new problem (a file another program changed, kept aside).
 */
export function useAppInfo() {
  const api = useApi()
  const query = useQuery(
    'app:info',
    () => call(api, 'app:info', {}),
    () => takeEarly(api, 'app:info', {}),
  )
  useGalleyEvent('library:changed', ({ reason }) => {
    if (reason === 'problems') query.reload()
  })
  return query
}
