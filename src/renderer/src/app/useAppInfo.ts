import { call } from '../api/call'
import { useApi } from '../api/context'
import { takeEarly } from '../api/early'
import { useQuery } from '../api/useQuery'

/** Galley's version, mode, library path and the library's problems (quarantined files). */
export function useAppInfo() {
  const api = useApi()
  return useQuery(
    'app:info',
    () => call(api, 'app:info', {}),
    () => takeEarly(api, 'app:info', {}),
  )
}
