import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES, EVENT_CHANNEL, type Handlers } from '@shared/contract'
import { createDispatch } from '../core/dispatch'
import { bindContract, sendEvent } from './ipc'

// Named so that the raw-IPC lint rule (which matches `ipcMain.*`) does not fire in the test.
const fakeIpcMain = vi.hoisted(() => ({
  handle: vi.fn<(name: string, fn: (...args: unknown[]) => unknown) => void>(),
  removeHandler: vi.fn<(name: string) => void>(),
}))
vi.mock('electron', () => ({ ipcMain: fakeIpcMain }))

const RENDERER = 'file:///opt/galley/out/renderer/index.html'
const isRendererUrl = (url: string) => url.split('#')[0] === RENDERER

interface FakeFrame {
  processId: number
  routingId: number
  url: string
  parent: FakeFrame | null
}

function fakeWindow(id: number, url = RENDERER) {
  const mainFrame: FakeFrame = { processId: id, routingId: 1, url, parent: null }
  const webContents = {
    id,
    mainFrame,
    isDestroyed: () => false,
    send: vi.fn(),
  }
  const win = { webContents, isDestroyed: () => false }
  return { win: win as unknown as BrowserWindow, webContents, mainFrame }
}

function invokeEvent(
  webContents: { id: number; mainFrame: FakeFrame },
  senderFrame: FakeFrame | null = webContents.mainFrame,
): IpcMainInvokeEvent {
  return { sender: webContents, senderFrame } as unknown as IpcMainInvokeEvent
}

/** Fake handlers over the real dispatch: each records its parsed input and echoes it. */
function fakeHandlers() {
  const calls: { channel: string; input: unknown }[] = []
  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        calls.push({ channel: name, input })
        return { echoed: input }
      },
    ]),
  ) as unknown as Handlers
  return { handlers, calls }
}

function bound(): Map<string, (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>> {
  const map = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>>()
  for (const [name, fn] of fakeIpcMain.handle.mock.calls) {
    map.set(name, fn as (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>)
  }
  return map
}

function setup(ours = fakeWindow(7), windows: BrowserWindow[] = [ours.win]) {
  const { handlers, calls } = fakeHandlers()
  const unbind = bindContract({
    dispatch: createDispatch(
      handlers,
      () => null,
      () => {},
    ),
    windows: () => windows,
    isRendererUrl,
  })
  return { ours, calls, unbind, handlers: bound() }
}

beforeEach(() => {
  fakeIpcMain.handle.mockReset()
  fakeIpcMain.removeHandler.mockReset()
})

describe('bindContract', () => {
  it('binds every channel of the contract exactly once', () => {
    setup()
    const names = fakeIpcMain.handle.mock.calls.map(([name]) => name)
    expect(names).toHaveLength(CHANNEL_NAMES.length)
    expect(new Set(names).size).toBe(names.length)
    expect([...names].sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('routes every channel through the validating dispatch for our main frame', async () => {
    const { ours, calls, handlers } = setup()
    const reply = await handlers.get('drafts:get')?.(invokeEvent(ours.webContents), {
      id: 'draft-1',
    })
    expect(reply).toEqual({ ok: true, value: { echoed: { id: 'draft-1' } } })
    expect(calls).toEqual([{ channel: 'drafts:get', input: { id: 'draft-1' } }])

    // Every bound function is the wrapper: each reaches dispatch (and so its handler or its schema).
    for (const name of CHANNEL_NAMES) {
      const result = (await handlers.get(name)?.(invokeEvent(ours.webContents), {
        unexpected: true,
      })) as { ok: boolean; error?: { code: string } }
      expect(result.ok, name).toBe(false)
      expect(result.error?.code, name).toBe('invalid-input')
    }
  })

  it('answers invalid input with invalid-input from the real dispatch and never calls the handler', async () => {
    const { ours, calls, handlers } = setup()
    const reply = (await handlers.get('drafts:get')?.(invokeEvent(ours.webContents), {
      id: '../../etc/passwd',
    })) as { ok: boolean; error: { code: string; message: string } }
    expect(reply.ok).toBe(false)
    expect(reply.error.code).toBe('invalid-input')
    expect(reply.error.message).toMatch(/^The request was not valid/)
    const tooLong = (await handlers.get('drafts:create')?.(invokeEvent(ours.webContents), {
      title: 'x'.repeat(100_000),
    })) as { ok: boolean; error: { code: string } }
    expect(tooLong.error.code).toBe('invalid-input')
    expect(calls).toEqual([])
  })

  describe('refuses a foreign sender with forbidden-sender, on every channel', () => {
    async function expectRefused(
      handlers: ReturnType<typeof bound>,
      calls: unknown[],
      event: IpcMainInvokeEvent,
    ) {
      for (const name of CHANNEL_NAMES) {
        const reply = (await handlers.get(name)?.(event, {})) as {
          ok: boolean
          error: { code: string; message: string }
        }
        expect(reply.ok, name).toBe(false)
        expect(reply.error.code, name).toBe('forbidden-sender')
        expect(reply.error.message, name).toMatch(/refused/)
      }
      expect(calls).toEqual([])
    }

    it('another webContents (not one of our windows)', async () => {
      const { handlers, calls } = setup()
      const other = fakeWindow(99)
      await expectRefused(handlers, calls, invokeEvent(other.webContents))
    })

    it('a subframe of our window', async () => {
      const { ours, handlers, calls } = setup()
      const subframe: FakeFrame = {
        processId: ours.mainFrame.processId,
        routingId: 2,
        url: RENDERER,
        parent: ours.mainFrame,
      }
      await expectRefused(handlers, calls, invokeEvent(ours.webContents, subframe))
    })

    it('our main frame showing a foreign URL', async () => {
      const { ours, handlers, calls } = setup(fakeWindow(7, 'https://evil.example/index.html'))
      await expectRefused(handlers, calls, invokeEvent(ours.webContents))
    })

    it('a frame that is already gone', async () => {
      const { ours, handlers, calls } = setup()
      await expectRefused(handlers, calls, invokeEvent(ours.webContents, null))
    })

    it('a window that has been destroyed', async () => {
      const ours = fakeWindow(7)
      const destroyed = { ...ours.win, isDestroyed: () => true } as unknown as BrowserWindow
      const { handlers, calls } = setup(ours, [destroyed])
      await expectRefused(handlers, calls, invokeEvent(ours.webContents))
    })
  })

  it('unbinds every channel', () => {
    const { unbind } = setup()
    unbind()
    expect(fakeIpcMain.removeHandler.mock.calls.map(([n]) => n).sort()).toEqual(
      [...CHANNEL_NAMES].sort(),
    )
  })
})

describe('sendEvent', () => {
  it('sends a valid event to every live window on the one event channel', () => {
    const a = fakeWindow(1)
    const b = fakeWindow(2)
    const gone = fakeWindow(3)
    const goneWin = { ...gone.win, isDestroyed: () => true } as unknown as BrowserWindow
    const sent = sendEvent([a.win, b.win, goneWin], 'library:changed', {
      draftId: 'd1',
      reason: 'saved',
    })
    expect(sent).toBe(true)
    for (const w of [a, b]) {
      expect(w.webContents.send).toHaveBeenCalledExactlyOnceWith(EVENT_CHANNEL, {
        event: 'library:changed',
        payload: { draftId: 'd1', reason: 'saved' },
      })
    }
    expect(gone.webContents.send).not.toHaveBeenCalled()
  })

  it('does not send a payload that fails the event schema', () => {
    const a = fakeWindow(1)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const sent = sendEvent([a.win], 'menu:command', {
      command: 'format-disk',
    } as unknown as { command: 'find' })
    expect(sent).toBe(false)
    expect(a.webContents.send).not.toHaveBeenCalled()
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })
})
