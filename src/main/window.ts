// The one place that creates windows, with the hardened webPreferences, and the guards every
// web contents gets (attached globally, through `web-contents-created`).
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  nativeTheme,
  shell,
  type Session,
  type WebContents,
} from 'electron'
import { CONTENT_SECURITY_POLICY } from './csp'
import { APP_HOST, APP_SCHEME, APP_URL } from './protocol'
import { keepSpellingOffline } from './spelling'

export { CONTENT_SECURITY_POLICY }

/** Where the renderer comes from: electron-vite's dev server, or the built files as app://. */
export type RendererSource =
  | { readonly kind: 'dev-server'; readonly url: string }
  | { readonly kind: 'app'; readonly dir: string }

const LIGHT_BACKGROUND = '#f7f5f0'
const DARK_BACKGROUND = '#1c1b19'

/** The renderer to load: the dev server only when unpackaged and electron-vite set its URL. */
export function rendererSource(): RendererSource {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  if (!app.isPackaged && devUrl) return { kind: 'dev-server', url: devUrl }
  return { kind: 'app', dir: join(import.meta.dirname, '../renderer') }
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
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.pathname === new URL(APP_URL).pathname
  )
}

/** The CSP for `source`; the dev server additionally needs Vite's inline preamble, styles and socket. */
export function contentSecurityPolicy(source: RendererSource): string {
  if (source.kind === 'app') return CONTENT_SECURITY_POLICY
  const dev = new URL(source.url)
  const socket = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${socket}`)
}

/** The link schemes that may leave Galley for the system's browser or mail program. */
const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:'])

/** `raw` as a URL that may be opened outside Galley, or null. */
export function externalUrl(raw: string): URL | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  return EXTERNAL_PROTOCOLS.has(url.protocol) ? url : null
}

/**
 * Offers to open `raw` outside Galley: only http(s) and mailto links that parse, and only once
 * the person confirms in a dialog that names the address. Resolves true when it was opened.
 */
export async function openExternalIfSafe(
  raw: string,
  parent: BrowserWindow | null = null,
): Promise<boolean> {
  const url = externalUrl(raw)
  if (!url) return false
  const mail = url.protocol === 'mailto:'
  const options = {
    type: 'question' as const,
    buttons: [mail ? 'Write Email' : 'Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: mail ? 'Write an email to this address?' : 'Open this link in your browser?',
    detail: url.href,
  }
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options)
  if (response !== 0) return false
  await shell.openExternal(url.href)
  return true
}

/**
 * The guards every web contents gets: no new windows (a link may be offered to the browser), no
 * navigation of any frame, no redirects, no webviews, and no DevTools in a packaged app.
 */
export function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    const parent = BrowserWindow.fromWebContents(contents)
    openExternalIfSafe(url, parent).catch((e: unknown) => console.error(e))
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools())
}

/** Attaches guardContents to every web contents Electron creates, from the first on. */
export function guardAllContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents))
}

function guardSession(session: Session, source: RendererSource): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  keepSpellingOffline(session)
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
      // Chromium's checker would download dictionaries; the window checks spelling itself.
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  })
  windows.add(win)
  win.on('closed', () => windows.delete(win))
  guardSession(win.webContents.session, source)
  win.once('ready-to-show', () => win.show())

  const load = win.loadURL(source.kind === 'dev-server' ? source.url : APP_URL)
  load.catch((e: unknown) => console.error('Galley could not load its window:', e))
  return win
}
