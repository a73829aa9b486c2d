// The one place that creates windows: hardened webPreferences and every guard attached here.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, nativeTheme, shell, type Session, type WebContents } from 'electron'

/** Where the renderer comes from: electron-vite's dev server, or the built files. */
export type RendererSource =
  | { readonly kind: 'dev-server'; readonly url: string }
  | { readonly kind: 'file'; readonly path: string }

/** The production policy; the browser host sends the same one. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const LIGHT_BACKGROUND = '#f7f5f0'
const DARK_BACKGROUND = '#1c1b19'

/** The renderer to load: the dev server only when unpackaged and electron-vite set its URL. */
export function rendererSource(): RendererSource {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  if (!app.isPackaged && devUrl) return { kind: 'dev-server', url: devUrl }
  return { kind: 'file', path: join(import.meta.dirname, '../renderer/index.html') }
}

/** True when `url` is our renderer page (any hash or query), as loaded from `source`. */
export function isRendererUrl(url: string, source: RendererSource): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (source.kind === 'dev-server') {
    const dev = new URL(source.url)
    return parsed.protocol === dev.protocol && parsed.host === dev.host
  }
  parsed.hash = ''
  parsed.search = ''
  return parsed.protocol === 'file:' && parsed.href === pathToFileURL(source.path).href
}

/** The CSP for `source`; the dev server additionally needs Vite's inline preamble, styles and socket. */
export function contentSecurityPolicy(source: RendererSource): string {
  if (source.kind === 'file') return CONTENT_SECURITY_POLICY
  const dev = new URL(source.url)
  const socket = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${socket}`)
}

/** Opens `raw` in the user's browser only when it parses as an https URL. */
export function openExternalIfSafe(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:') return false
  void shell.openExternal(url.href).catch((e: unknown) => console.error(e))
  return true
}

function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function guardSession(session: Session, source: RendererSource): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  const csp = contentSecurityPolicy(source)
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {}
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value
    }
    headers['Content-Security-Policy'] = [csp]
    callback({ responseHeaders: headers })
  })
}

const windows = new Set<BrowserWindow>()

/** Galley's open windows: the only senders the IPC binding accepts. */
export function openWindows(): readonly BrowserWindow[] {
  return [...windows].filter((w) => !w.isDestroyed())
}

/** Creates a Galley window with the hardened settings and loads the renderer. */
export function createWindow(source: RendererSource = rendererSource()): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Galley',
    backgroundColor: nativeTheme.shouldUseDarkColors ? DARK_BACKGROUND : LIGHT_BACKGROUND,
    // Written out here, not built elsewhere, so that Electronegativity can read them.
    webPreferences: {
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
    },
  })
  windows.add(win)
  win.on('closed', () => windows.delete(win))
  guardContents(win.webContents)
  guardSession(win.webContents.session, source)
  win.once('ready-to-show', () => win.show())

  const load = source.kind === 'dev-server' ? win.loadURL(source.url) : win.loadFile(source.path)
  load.catch((e: unknown) => console.error('Galley could not load its window:', e))
  return win
}
