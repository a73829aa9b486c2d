import { createContext, useContext, type ReactNode } from 'react'
import type { GalleyApi } from '@shared/contract'

const ApiContext = createContext<GalleyApi | null>(null)

/** Makes `api` available to every component below. */
export function ApiProvider({ api, children }: { api: GalleyApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

/** The api object given to ApiProvider. */
export function useApi(): GalleyApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi needs an ApiProvider above it')
  return api
}
