import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The shell's entry, loaded with `electron` replaced: what it sets up before the app is ready,
// and in which order it starts once it is.
const fake = vi.hoisted(() => {
  const order: string[] = []
  const listeners = new Map<string, ((...args: unknown[]) => unknown)[]>()
  let ready: () => void = () => undefined
  const whenReady = new Promise<void>((resolve) => (ready = resolve))
  let quit: () => void = () => undefined
  const quitted = new Promise<void>((resolve) => (quit = resolve))
  const on = (name: string, fn: (...args: unknown[]) => unknown) => {
    order.push(`app.on ${name}`)
    listeners.set(name, [...(listeners.get(name) ?? []), fn])
  }
  class FakeBrowserWindow {
    webContents = {
      id: 1,
      session: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
        setSpellCheckerEnabled: () => undefined,
        setSpellCheckerDictionaryDownloadURL: () => undefined,
      },
    }
    constructor(readonly options: Record<string, unknown>) {
      order.push('new BrowserWindow')
    }
    on() {}
    once() {}
    isDestroyed() {
      return false
    }
    loadURL(url: string) {
      order.push(`loadURL ${url}`)
      return Promise.resolve()
    }
    static getFocusedWindow() {
      return null
    }
  }
  return {
    order,
    listeners,
    ready: () => ready(),
    quitted,
    electron: {
      app: {
        isPackaged: true,
        name: 'Galley',
        requestSingleInstanceLock: () => true,
        enableSandbox: () => order.push('enableSandbox'),
        on,
        whenReady: () => whenReady,
        getVersion: () => '0.0.0-test',
        getPath: () => '/nowhere',
        quit: () => quit(),
        exit: () => undefined,
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: { scheme: string }[]) =>
          order.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
      },
      session: {
        defaultSession: {
          protocol: { handle: (scheme: string) => order.push(`session.protocol.handle ${scheme}`) },
        },
      },
      BrowserWindow: FakeBrowserWindow,
      ipcMain: { handle: () => undefined, removeHandler: () => undefined },
      Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => undefined },
      dialog: { showErrorBox: (...args: unknown[]) => order.push(`showErrorBox ${args.join()}`) },
      nativeTheme: { shouldUseDarkColors: false },
      shell: { openExternal: async () => undefined },
      safeStorage: {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'keychain',
        encryptString: (text: string) => Buffer.from(text).reverse(),
        decryptString: (b: Buffer) => Buffer.from(b).reverse().toString(),
      },
    },
  }
})
vi.mock('electron', () => fake.electron)

let library = ''
beforeAll(async () => {
  library = await mkdtemp(join(tmpdir(), 'galley-shell-'))
  vi.stubEnv('GALLEY_LIBRARY', library)
})
afterAll(async () => {
  vi.unstubAllEnvs()
  // The shell closes the library on before-quit, then quits.
  for (const quit of fake.listeners.get('before-quit') ?? []) quit({ preventDefault: () => {} })
  await fake.quitted
  await rm(library, { recursive: true, force: true })
})

describe('the shell entry (src/main/index.ts)', () => {
  it('before the app is ready: sandbox, the app:// scheme, and guards for every web contents', async () => {
    await import('./index')
    expect(fake.order).toEqual([
      'enableSandbox',
      'registerSchemesAsPrivileged app',
      'app.on web-contents-created',
      'app.on second-instance',
      'app.on window-all-closed',
    ])
  })

  it('once ready: serves app:// in the session before the first window loads app://galley/', async () => {
    fake.order.length = 0
    fake.ready()
    await vi.waitFor(() => expect(fake.order).toContain('loadURL app://galley/index.html'), {
      timeout: 20_000,
    })
    const at = (step: string) => fake.order.indexOf(step)
    expect(at('session.protocol.handle app')).toBeGreaterThanOrEqual(0)
    expect(at('session.protocol.handle app')).toBeLessThan(at('new BrowserWindow'))
    expect(fake.order.filter((s) => s.startsWith('showErrorBox'))).toEqual([])
  })

  it('keeps the profile’s signing key sealed by the OS keychain, not in a plain file', async () => {
    const local = join(library, '.galley-local')
    expect((await readdir(local)).filter((f) => f.startsWith('signing-key'))).toEqual([
      'signing-key.sealed',
    ])
  })
})
