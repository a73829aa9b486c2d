// THE one place binding the contract to ipcMain, and sending events to the renderer.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import {
  CHANNEL_NAMES,
  EVENT_CHANNEL,
  events,
  type ChannelName,
  type EventName,
  type EventPayload,
} from '@shared/contract'
import type { Envelope } from '@shared/errors'
import type { Dispatch } from '../core/dispatch'

export interface IpcBinding {
  /** The core's validating wrapper. */
  readonly dispatch: Dispatch
  /** Our own windows; only their main frames may call. */
  readonly windows: () => readonly BrowserWindow[]
  /** True for the URL of our renderer page (file:// build or the dev server). */
  readonly isRendererUrl: (url: string) => boolean
}

/** Why this sender is refused, or null when it is the main frame of one of our windows. */
export function senderProblem(
  event: IpcMainInvokeEvent,
  windows: readonly BrowserWindow[],
  isRendererUrl: (url: string) => boolean,
): string | null {
  const sender = event.sender
  const ours = windows.some((w) => !w.isDestroyed() && w.webContents.id === sender.id)
  if (!ours) return 'not one of Galley’s windows'
  let frame
  try {
    frame = event.senderFrame
  } catch {
    frame = null
  }
  if (!frame) return 'the frame is gone'
  const main = sender.mainFrame
  const isMain =
    frame === main || (frame.processId === main.processId && frame.routingId === main.routingId)
  if (!isMain || frame.parent !== null) return 'not the main frame'
  if (!isRendererUrl(frame.url)) return 'not Galley’s page'
  return null
}

function forbidden(reason: string): Envelope<never> {
  return {
    ok: false,
    error: { code: 'forbidden-sender', message: `Galley refused a request from ${reason}.` },
  }
}

/** The handler bound to one channel: sender check, then the core's validating dispatch. */
export function channelHandler(name: ChannelName, binding: IpcBinding) {
  return async (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
    const problem = senderProblem(event, binding.windows(), binding.isRendererUrl)
    if (problem !== null) return forbidden(problem)
    return binding.dispatch(name, input)
  }
}

/** Binds every channel of the contract to ipcMain; returns a function that unbinds them. */
export function bindContract(binding: IpcBinding): () => void {
  for (const name of CHANNEL_NAMES) ipcMain.handle(name, channelHandler(name, binding))
  return () => {
    for (const name of CHANNEL_NAMES) ipcMain.removeHandler(name)
  }
}

/** Sends a validated event to every window; an invalid payload is logged and not sent. */
export function sendEvent<E extends EventName>(
  windows: readonly BrowserWindow[],
  event: E,
  payload: EventPayload<E>,
): boolean {
  const parsed = events[event].safeParse(payload)
  if (!parsed.success) {
    console.error(`Galley did not send the event "${event}": its payload is invalid.`, parsed.error)
    return false
  }
  for (const win of windows) {
    if (win.isDestroyed() || win.webContents.isDestroyed()) continue
    win.webContents.send(EVENT_CHANNEL, { event, payload: parsed.data })
  }
  return true
}
