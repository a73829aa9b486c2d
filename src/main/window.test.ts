import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  createWindow,
  guardAllContents,
  guardContents,
  isRendererUrl,
  openExternalIfSafe,
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
    setSpellCheckerEnabled = vi.fn()
    setSpellCheckerDictionaryDownloadURL = vi.fn()
  }
  class FakeWebContents extends FakeEmitter {
    session = new FakeSession()
    windowOpenHandler: ((details: { url: string }) => unknown) | null = null
    closeDevTools = vi.fn()
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
    static fromWebContents(contents: unknown) {
      return created.find((w) => w.webContents === contents) ?? null
    }
    isDestroyed() {
      return this.destroyed
    }
    show() {
      this.shown = true
    }
  }
  const app = Object.assign(new FakeEmitter(), { isPackaged: true })
  return {
    created,
    FakeWebContents,
    BrowserWindow: FakeBrowserWindow,
    app,
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn(async () => {}) },
    // The confirmation dialog: answers "open" (0) or "cancel" (1).
    dialog: { showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })) },
  }
})
vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.BrowserWindow,
  nativeTheme: fake.nativeTheme,
  shell: fake.shell,
  dialog: fake.dialog,
  protocol: {},
}))

const APP_SOURCE: RendererSource = { kind: 'app', dir: '/opt/galley/out/renderer' }
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
  fake.dialog.showMessageBox.mockClear()
  fake.dialog.showMessageBox.mockImplementation(async () => ({ response: 0 }))
})
afterEach(() => {
  vi.unstubAllEnvs()
  for (const win of fake.created) win.emit('closed')
})

describe('createWindow', () => {
  it('uses exactly the hardened webPreferences', () => {
    createWindow(APP_SOURCE)
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
      spellcheck: false,
      devTools: false,
    })
    fake.app.isPackaged = false
    createWindow(APP_SOURCE)
    expect(lastWindow().options['webPreferences']).toMatchObject({ devTools: true })
  })

  it('is calm: hidden until ready, a minimum size, a background that follows the theme', () => {
    createWindow(APP_SOURCE)
    const light = lastWindow()
    expect(light.options).toMatchObject({ show: false, minWidth: 880, minHeight: 560 })
    expect(light.options['backgroundColor']).toBe('#f7f5f0')
    expect(light.shown).toBe(false)
    light.emit('ready-to-show')
    expect(light.shown).toBe(true)

    fake.nativeTheme.shouldUseDarkColors = true
    createWindow(APP_SOURCE)
    expect(lastWindow().options['backgroundColor']).toBe('#1c1b19')
  })

  it('leaves the guards to the global hook, which each web contents gets from its creation', () => {
    guardAllContents()
    const created = fake.app.listeners.get('web-contents-created') ?? []
    expect(created).toHaveLength(1)
    const contents = new fake.FakeWebContents()
    created[0]?.({}, contents)
    expect(contents.windowOpenHandler).not.toBeNull()
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.listeners.get(name), name).toHaveLength(1)
    }
    fake.app.listeners.delete('web-contents-created')
  })

  it('denies every permission request and check', () => {
    createWindow(APP_SOURCE)
    const session = lastWindow().webContents.session
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn()
      session.permissionRequest?.({}, permission, callback, {})
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false)
      expect(session.permissionCheck?.({}, permission, 'file://', {}), permission).toBe(false)
    }
  })

  it('keeps Chromium’s spell-checker off and its dictionary downloads inside the app', () => {
    createWindow(APP_SOURCE)
    const session = lastWindow().webContents.session
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledExactlyOnceWith(false)
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledExactlyOnceWith(
      'app://galley/no-dictionaries/',
    )
    expect(lastWindow().options['webPreferences']).toMatchObject({ spellcheck: false })
  })

  it('sets the CSP on every response, replacing any the response carried', () => {
    createWindow(APP_SOURCE)
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

  it('loads the built renderer from app://galley/, or the dev server when it was given one', () => {
    createWindow(APP_SOURCE)
    expect(lastWindow().loadURL).toHaveBeenCalledExactlyOnceWith('app://galley/index.html')
    expect(lastWindow().loadFile).not.toHaveBeenCalled()

    createWindow(DEV_SOURCE)
    expect(lastWindow().loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/')
    expect(lastWindow().loadFile).not.toHaveBeenCalled()
  })

  it('keeps track of its open windows until they close', () => {
    createWindow(APP_SOURCE)
    const first = lastWindow()
    createWindow(APP_SOURCE)
    expect(openWindows()).toHaveLength(2)
    first.emit('closed')
    expect(openWindows()).toEqual([lastWindow()])
  })
})

describe('guardContents (every web contents, through web-contents-created)', () => {
  const settle = () => new Promise((r) => setImmediate(r))

  it('denies window.open; an http(s) or mailto link opens outside only once the person confirms', async () => {
    const contents = new fake.FakeWebContents()
    guardContents(contents as never)
    const open = contents.windowOpenHandler
    for (const url of [
      'https://example.org/a?b=1',
      'http://example.org/',
      'mailto:desk@example.org',
    ]) {
      expect(open?.({ url }), url).toEqual({ action: 'deny' })
      await settle()
      expect(fake.dialog.showMessageBox, url).toHaveBeenCalledOnce()
      const options = fake.dialog.showMessageBox.mock.calls[0]?.at(-1) as Record<string, unknown>
      expect(options, url).toMatchObject({ detail: url, cancelId: 1, defaultId: 1 })
      expect(fake.shell.openExternal, url).toHaveBeenCalledExactlyOnceWith(url)
      fake.dialog.showMessageBox.mockClear()
      fake.shell.openExternal.mockClear()
    }

    fake.dialog.showMessageBox.mockImplementation(async () => ({ response: 1 }))
    expect(open?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    await settle()
    expect(fake.dialog.showMessageBox).toHaveBeenCalledOnce()
    expect(fake.shell.openExternal).not.toHaveBeenCalled()
  })

  it('never offers other schemes, or what does not parse', async () => {
    const contents = new fake.FakeWebContents()
    guardContents(contents as never)
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-msdt:/id',
      'app://galley/index.html',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' })
      expect(await openExternalIfSafe(url), url).toBe(false)
    }
    await settle()
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled()
    expect(fake.shell.openExternal).not.toHaveBeenCalled()
  })

  it('asks with the window it came from as the dialog’s parent', async () => {
    const win = createWindow(APP_SOURCE)
    guardContents(win.webContents)
    expect(await openExternalIfSafe('https://example.org/', win)).toBe(true)
    expect(fake.dialog.showMessageBox.mock.calls[0]?.[0]).toBe(win)
  })

  it('prevents every navigation of any frame, every redirect and every webview', () => {
    const contents = new fake.FakeWebContents()
    guardContents(contents as never)
    for (const name of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview',
    ]) {
      const event = { preventDefault: vi.fn() }
      listener(contents, name)(event, { url: 'https://example.org/' })
      expect(event.preventDefault, name).toHaveBeenCalledOnce()
    }
  })

  it('closes DevTools in a packaged app, and leaves them to the developer otherwise', () => {
    const packaged = new fake.FakeWebContents()
    guardContents(packaged as never)
    listener(packaged, 'devtools-opened')()
    expect(packaged.closeDevTools).toHaveBeenCalledOnce()

    fake.app.isPackaged = false
    const dev = new fake.FakeWebContents()
    guardContents(dev as never)
    expect(dev.listeners.get('devtools-opened')).toBeUndefined()
  })
})

describe('rendererSource', () => {
  it('uses the built renderer beside out/main', () => {
    expect(rendererSource()).toEqual({
      kind: 'app',
      dir: join(import.meta.dirname, '../renderer'),
    })
  })

  it('uses the dev server only when not packaged', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(rendererSource().kind).toBe('app')
    fake.app.isPackaged = false
    expect(rendererSource()).toEqual({ kind: 'dev-server', url: 'http://localhost:5173' })
  })
})

describe('isRendererUrl', () => {
  const page = 'app://galley/index.html'

  it('accepts our page with any hash or query, and nothing else', () => {
    expect(isRendererUrl(page, APP_SOURCE)).toBe(true)
    expect(isRendererUrl(`${page}#/drafts/d1`, APP_SOURCE)).toBe(true)
    expect(isRendererUrl(`${page}?x=1`, APP_SOURCE)).toBe(true)
    for (const url of [
      'app://galley/other.html',
      'app://galley/assets/index.js',
      'app://evil/index.html',
      'file:///opt/galley/out/renderer/index.html',
      'https://example.org/',
      'http://localhost:5173/',
      'about:blank',
      '',
      'garbage',
    ]) {
      expect(isRendererUrl(url, APP_SOURCE), url).toBe(false)
    }
  })

  it('accepts the dev server origin only', () => {
    expect(isRendererUrl('http://localhost:5173/', DEV_SOURCE)).toBe(true)
    expect(isRendererUrl('http://localhost:5173/#/x', DEV_SOURCE)).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', DEV_SOURCE)).toBe(false)
    expect(isRendererUrl('https://localhost:5173/', DEV_SOURCE)).toBe(false)
    expect(isRendererUrl('app://galley/index.html', DEV_SOURCE)).toBe(false)
  })
})

describe('contentSecurityPolicy', () => {
  it('is the strict policy for the built renderer', () => {
    expect(contentSecurityPolicy(APP_SOURCE)).toBe(
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
