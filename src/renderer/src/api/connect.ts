import type { GalleyApi } from '@shared/contract'
import { createHttpApi } from './httpApi'
import { takeToken } from './token'

/** The api for this page: Electron's preload bridge when present, else the browser host. */
export function connectApi(): GalleyApi {
  if (window.galley) return window.galley
  const token = takeToken({
    location: window.location,
    history: window.history,
    storage: window.sessionStorage,
  })
  return createHttpApi({ token })
}

/** Electron's menu owns the app shortcuts there; in a browser the page handles them itself. */
export function isElectron(): boolean {
  return window.galley !== undefined
}
