// The Electron shell's entry: app lifecycle, one library, windows, menu and the contract binding.
import { join } from 'node:path'
import { app, BrowserWindow, dialog, session } from 'electron'
import type { EventSink } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import { lastLibraryFile, LibrarySwitcher, LOCAL_DIR, openCore } from '../core'
import { bindContract, sendEvent } from './ipc'
import { keychainVault, osKeychain } from './keyvault'
import { installMenu, shellActions, type MenuCommand } from './menu'
import { printHtmlToPdf, withPdfExport } from './pdf'
import { registerAppScheme, serveApp } from './protocol'
import {
  createWindow,
  guardAllContents,
  isRendererUrl,
  openWindows,
  rendererSource,
} from './window'

/** `--library DIR` or `--library=DIR` from the command line. */
function libraryArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--library') return argv[i + 1]
    if (arg?.startsWith('--library=')) return arg.slice('--library='.length)
  }
  return undefined
}

/** The library named on the command line or in GALLEY_LIBRARY, if any. */
function namedLibrary(): string | undefined {
  return libraryArgument(process.argv) ?? process.env['GALLEY_LIBRARY']
}

/** The library opened last (File › Open Library…), kept beside the app's own settings. */
function lastLibrary() {
  return lastLibraryFile(join(app.getPath('userData'), 'last-library.json'))
}

/** The focused Galley window, else the first one. */
function targetWindow(): BrowserWindow | null {
  const ours = openWindows()
  const focused = BrowserWindow.getFocusedWindow()
  return focused && ours.includes(focused) ? focused : (ours[0] ?? null)
}

function focusFirstWindow(): void {
  const win = openWindows()[0]
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.focus()
}

function reloadWindows(): void {
  for (const win of openWindows()) win.webContents.reload()
}

async function openLibrary(emit: EventSink): Promise<LibrarySwitcher | null> {
  const named = namedLibrary()
  const last = lastLibrary()
  const path = named ?? (await last.read()) ?? join(app.getPath('userData'), 'library')
  const core: LibrarySwitcher = new LibrarySwitcher(
    (libraryPath) =>
      openCore({
        libraryPath,
        // The signing key and the remote's token sealed by the OS keychain where there is one
        // (docs/team.md).
        keyVault: keychainVault(join(libraryPath, LOCAL_DIR)),
        keychain: osKeychain(),
        mode: 'electron',
        version: app.getVersion(),
        emit,
        // Redlines print with the app's own Chromium, like the review report.
        printPdf: printHtmlToPdf,
        warmAnalysers: true,
        // The window's "Open it now" (a shared library just copied); it reloads itself after.
        openLibrary: (folder) => core.open(folder),
      }),
    // A library named at start is not remembered over the one chosen in the app.
    named ? undefined : (p) => last.write(p),
  )
  try {
    await core.start(path)
    return core
  } catch (e) {
    if (e instanceof GalleyError) {
      dialog.showErrorBox(
        e.code === 'library-locked' ? 'The library is in use' : 'Galley could not open the library',
        e.message,
      )
    } else {
      console.error(e)
      dialog.showErrorBox(
        'Galley could not start',
        'Something unexpected went wrong while opening the library; the details were written to the log.',
      )
    }
    return null
  }
}

async function start(): Promise<void> {
  const emit: EventSink = (event, payload) => {
    sendEvent(openWindows(), event, payload)
  }
  const core = await openLibrary(emit)
  if (!core) {
    app.exit(1)
    return
  }

  let closed = false
  app.on('before-quit', (event) => {
    if (closed) return
    // Flush pending writes and release the lock before the process goes.
    event.preventDefault()
    closed = true
    core
      .close()
      .catch((e: unknown) => console.error('Closing the library failed:', e))
      .finally(() => app.quit())
  })

  const source = rendererSource()
  if (source.kind === 'app') serveApp(session.defaultSession, source.dir)
  bindContract({
    dispatch: withPdfExport(core.dispatch),
    windows: openWindows,
    isRendererUrl: (url) => isRendererUrl(url, source),
  })

  const command = (name: MenuCommand) => {
    const win = targetWindow()
    sendEvent(win ? [win] : [], 'menu:command', { command: name })
  }
  installMenu(
    shellActions({ core, targetWindow, command, reloadWindows, version: app.getVersion() }),
    {
      platform: process.platform,
      isPackaged: app.isPackaged,
      appName: app.name,
    },
  )

  createWindow(source)
  app.on('activate', () => {
    if (openWindows().length === 0) createWindow(source)
  })
}

if (!app.requestSingleInstanceLock()) {
  // Another Galley owns the library; it focuses its window on 'second-instance'.
  app.quit()
} else {
  app.enableSandbox()
  // Both before the app is ready: the scheme must be known to the first renderer, and the guards
  // must be on every web contents from the first one.
  registerAppScheme()
  guardAllContents()
  app.on('second-instance', focusFirstWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error(e)
      app.exit(1)
    })
}
