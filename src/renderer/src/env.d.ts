/// <reference types="vite/client" />
import type { GalleyApi } from '@shared/contract'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    galley?: GalleyApi
  }
}
