import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  createWindow,
  isRendererUrl,
  openWindows,
  rendererSource,
  type RendererSource,
} from './window'

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  class FakeEmitter {
    readonly listeners = new Map<string, ((...args: unknown[]) => unknown)[]>()
    on(name: string, fn: (...args: unknown[]) => unknown) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn])
      return this
    }
    once(name: string, fn: (...args: unknown[]) => unknown) {
      return this.on(name, fn)
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(name) ?? []) fn(...args)
    }
  }
  class FakeSession {
    permissionRequest: ((...args: unknown[]) => unknown) | null = null
    permissionCheck: ((...args: unknown[]) => unknown) | null = null
    headersReceived: ((...args: unknown[]) => unknown) | null = null
    setPermissionRequestHandler(fn: (...args: unknown[]) => unknown) {
      this.permissionRequest = fn
    }
    setPermissionCheckHandler(fn: (...args: unknown[]) => unknown) {
      this.permissionCheck = fn
    }
    webRequest = {
      onHeadersReceived: (fn: (...args: unknown[]) => unknown) => {
        this.headersReceived = fn
      },
    }
  }
  class FakeWebContents extends FakeEmitter {
    session = new FakeSession()
    windowOpenHandler: ((details: { url: string }) => unknown) | null = null
    setWindowOpenHandler(fn: (details: { url: string }) => unknown) {
      this.windowOpenHandler = fn
    }
  }
  const created: FakeBrowserWindow[] = []
  class FakeBrowserWindow extends FakeEmitter {
    readonly webContents = new FakeWebContents()
    destroyed = false
    shown = false
    loadFile = vi.fn(async () => {})
    loadURL = vi.fn(async () => {})
    constructor(readonly options: Record<string, unknown>) {
      super()
      created.push(this)
    }
    isDestroyed() {
      return this.destroyed
    }
    show() {
      this.shown = true
    }
  }
  return {
    created,
    BrowserWindow: FakeBrowserWindow,
    app: { isPackaged: true },
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn(async () => {}) },
  }
})
vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.BrowserWindow,
  nativeTheme: fake.nativeTheme,
  shell: fake.shell,
}))

const FILE_SOURCE: RendererSource = { kind: 'file', path: '/opt/galley/out/renderer/index.html' }
const DEV_SOURCE: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173/' }

function lastWindow() {
  const win = fake.created.at(-1)
  if (!win) throw new Error('no window was created')
  return win
}

function listener(emitter: { listeners: Map<string, Listener[]> }, name: string): Listener {
  const fns = emitter.listeners.get(name) ?? []
  expect(fns, name).toHaveLength(1)
  return fns[0] as Listener
}

beforeEach(() => {
  fake.created.length = 0
  fake.app.isPackaged = true
  fake.nativeTheme.shouldUseDarkColors = false
  fake.shell.openExternal.mockClear()
})
afterEach(() => {
  vi.unstubAllEnvs()
  for (const win of fake.created) win.emit('closed')
})

describe('createWindow', () => {
  it('uses exactly the hardened webPreferences', () => {
    createWindow(FILE_SOURCE)
    expect(lastWindow().options['webPreferences']).toStrictEqual({
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
    })
  })

  it('is calm: hidden until ready, a minimum size, a background that follows the theme', () => {
    createWindow(FILE_SOURCE)
    const light = lastWindow()
    expect(light.options).toMatchObject({ show: false, minWidth: 880, minHeight: 560 })
    expect(light.options['backgroundColor']).toBe('#f7f5f0')
    expect(light.shown).toBe(false)
    light.emit('ready-to-show')
    expect(light.shown).toBe(true)

    fake.nativeTheme.shouldUseDarkColors = true
    createWindow(FILE_SOURCE)
    expect(lastWindow().options['backgroundColor']).toBe('#1c1b19')
  })

  it('denies window.open, opening only https URLs in the browser', () => {
    createWindow(FILE_SOURCE)
    const open = lastWindow().webContents.windowOpenHandler
    expect(open).not.toBeNull()
    expect(open?.({ url: 'https://example.org/a?b=1' })).toEqual({ action: 'deny' })
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/a?b=1')

    fake.shell.openExternal.mockClear()
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-msdt:/id',
      'not a url',
      '',
    ]) {
      expect(open?.({ url }), url).toEqual({ action: 'deny' })
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled()
  })

  it('prevents every navigation and every webview', () => {
    createWindow(FILE_SOURCE)
    const contents = lastWindow().webContents
    for (const name of ['will-navigate', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() }
      listener(contents, name)(event, { url: 'https://example.org/' })
      expect(event.preventDefault, name).toHaveBeenCalledOnce()
    }
  })

  it('denies every permission request and check', () => {
    createWindow(FILE_SOURCE)
    const session = lastWindow().webContents.session
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn()
      session.permissionRequest?.({}, permission, callback, {})
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false)
      expect(session.permissionCheck?.({}, permission, 'file://', {}), permission).toBe(false)
    }
  })

  it('sets the CSP on every response, replacing any the response carried', () => {
    createWindow(FILE_SOURCE)
    const onHeaders = lastWindow().webContents.session.headersReceived
    const callback = vi.fn()
    onHeaders?.(
      {
        responseHeaders: {
          'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    )
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    })
  })

  it('loads the built renderer from disk, or the dev server when it was given one', () => {
    createWindow(FILE_SOURCE)
    expect(lastWindow().loadFile).toHaveBeenCalledExactlyOnceWith(FILE_SOURCE.path)
    expect(lastWindow().loadURL).not.toHaveBeenCalled()

    createWindow(DEV_SOURCE)
    expect(lastWindow().loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/')
    expect(lastWindow().loadFile).not.toHaveBeenCalled()
  })

  it('keeps track of its open windows until they close', () => {
    createWindow(FILE_SOURCE)
    const first = lastWindow()
    createWindow(FILE_SOURCE)
    expect(openWindows()).toHaveLength(2)
    first.emit('closed')
    expect(openWindows()).toEqual([lastWindow()])
  })
})

describe('rendererSource', () => {
  it('uses the built renderer beside out/main', () => {
    expect(rendererSource()).toEqual({
      kind: 'file',
      path: join(import.meta.dirname, '../renderer/index.html'),
    })
  })

  it('uses the dev server only when not packaged', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(rendererSource().kind).toBe('file')
    fake.app.isPackaged = false
    expect(rendererSource()).toEqual({ kind: 'dev-server', url: 'http://localhost:5173' })
  })
})

describe('isRendererUrl', () => {
  const page = pathToFileURL(FILE_SOURCE.path).href

  it('accepts our page with any hash or query, and nothing else', () => {
    expect(isRendererUrl(page, FILE_SOURCE)).toBe(true)
    expect(isRendererUrl(`${page}#/drafts/d1`, FILE_SOURCE)).toBe(true)
    expect(isRendererUrl(`${page}?x=1`, FILE_SOURCE)).toBe(true)
    for (const url of [
      'file:///opt/galley/out/renderer/other.html',
      'file:///tmp/index.html',
      'https://example.org/',
      'http://localhost:5173/',
      'about:blank',
      '',
      'garbage',
    ]) {
      expect(isRendererUrl(url, FILE_SOURCE), url).toBe(false)
    }
  })

  it('accepts the dev server origin only', () => {
    expect(isRendererUrl('http://localhost:5173/', DEV_SOURCE)).toBe(true)
    expect(isRendererUrl('http://localhost:5173/#/x', DEV_SOURCE)).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', DEV_SOURCE)).toBe(false)
    expect(isRendererUrl('https://localhost:5173/', DEV_SOURCE)).toBe(false)
    expect(isRendererUrl(pathToFileURL(FILE_SOURCE.path).href, DEV_SOURCE)).toBe(false)
  })
})

describe('contentSecurityPolicy', () => {
  it('is the strict policy for the built renderer', () => {
    expect(contentSecurityPolicy(FILE_SOURCE)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })

  it("loosens only what Vite's dev server needs", () => {
    const dev = contentSecurityPolicy(DEV_SOURCE)
    expect(dev).toContain("script-src 'self' 'unsafe-inline';")
    expect(dev).toContain("style-src 'self' 'unsafe-inline';")
    expect(dev).toContain("connect-src 'self' ws://localhost:5173;")
    expect(dev).toContain("default-src 'self';")
    expect(dev).toContain("object-src 'none'")
  })
})
