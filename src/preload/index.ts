// Exposes `window.galley`: the contract's invoke and on, and nothing else of Electron.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNEL, isChannelName, isEventName, type GalleyApi } from '@shared/contract'

interface EventMessage {
  readonly event: string
  readonly payload: unknown
}

function isEventMessage(value: unknown): value is EventMessage {
  return typeof value === 'object' && value !== null && 'event' in value && 'payload' in value
}

/** The api object the preload exposes; built as a value so it can be tested. */
export const api: GalleyApi = {
  invoke(channel, input) {
    if (!isChannelName(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-channel', message: 'Galley does not know that request.' },
      })
    }
    return ipcRenderer.invoke(channel, input)
  },
  on(event, listener) {
    if (!isEventName(event)) return () => {}
    // Only the payload crosses: never the IpcRendererEvent, which reaches ipcRenderer.
    const handler = (_e: IpcRendererEvent, message: unknown) => {
      if (isEventMessage(message) && message.event === event) {
        listener(message.payload as Parameters<typeof listener>[0])
      }
    }
    ipcRenderer.on(EVENT_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler)
    }
  },
}

contextBridge.exposeInMainWorld('galley', api)
