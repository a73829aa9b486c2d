import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { test as base, type Browser, type ElectronApplication, type Page } from '@playwright/test'
import type { ChannelInput, ChannelName, ChannelOutput, GalleyApi } from '../../src/shared/contract'
import type { Envelope } from '../../src/shared/errors'

/** The repository root: where `out/` and `test-results/` live. */
export const ROOT = join(import.meta.dirname, '..', '..')
const SERVE_ENTRY = join(ROOT, 'out', 'main', 'serve.js')
const ELECTRON_ENTRY = join(ROOT, 'out', 'main', 'index.js')
const START_TIMEOUT_MS = 20_000
const STOP_TIMEOUT_MS = 10_000
const READY_LINE = /Galley is running at (http:\/\/\S+)/

/** What the specs run against: the browser host in Chromium, or the Electron app. */
export type Target = 'chromium' | 'electron'

/** A running Galley on the test's own library. */
export interface GalleyHost {
  readonly target: Target
  /** The library folder (a fresh temp dir per test). */
  readonly library: string
  /** Where the page is: the browser host's URL with its token, or the Electron window's URL. */
  readonly url: string
  /** Stops Galley (SIGTERM, or closing the app), starts it again on the same library, brings `page` to it and returns the new URL. */
  restart(): Promise<string>
  /** Calls a contract channel directly: for setting up and verifying, never instead of the UI. */
  api<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Envelope<ChannelOutput<C>>>
  /** What the host printed so far (stdout and stderr), for error messages. */
  readonly log: string
}

export interface GalleyTestOptions {
  /** Seed the sample library into the empty temp library (default true). */
  sample: boolean
  /** A profile to set before the page opens; null (default) leaves the first-start prompt. */
  profile: ChannelInput<'profile:set'> | null
}

export interface GalleyWorkerOptions {
  target: Target
  /** The Electron binary; only the `electron` project sets it. */
  electronPath: string | null
}

interface TestFixtures {
  library: string
  host: GalleyHost
  /** Console errors, uncaught page errors and CSP violations seen by `page` so far. */
  consoleErrors: string[]
}

interface WorkerFixtures {
  galleyBrowser: Browser | null
}

/** Children still running if a worker dies, so none outlive it. */
const live = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL')
})

interface ServeProcess {
  readonly url: string
  readonly token: string
  readonly child: ChildProcess
}

/** Starts `node out/main/serve.js` on a library and waits for the line with its URL. */
function startServe(library: string, sample: boolean, log: string[]): Promise<ServeProcess> {
  if (!existsSync(SERVE_ENTRY)) {
    throw new Error(
      `${SERVE_ENTRY} does not exist: build Galley first (npm run build, or npx electron-vite build).`,
    )
  }
  const args = [SERVE_ENTRY, '--port', '0', '--library', library]
  if (!sample) args.push('--no-sample')
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  live.add(child)
  child.once('exit', () => live.delete(child))
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => log.push(chunk))

  return new Promise((resolve, reject) => {
    let stdout = ''
    const output = () => log.join('').trim() || '(nothing)'
    const fail = (why: string) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`The Galley host did not start: ${why}.\nIts output:\n${output()}`))
    }
    const timer = setTimeout(() => fail(`no URL within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS)
    child.once('error', (e) => fail(e.message))
    child.once('exit', (code, signal) => fail(`it exited with ${signal ?? `code ${code}`}`))
    child.stdout.on('data', (chunk: string) => {
      log.push(chunk)
      stdout += chunk
      const match = READY_LINE.exec(stdout)
      if (!match?.[1]) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      child.removeAllListeners('error')
      const url = match[1]
      const token = new URL(url).searchParams.get('token')
      if (!token) return fail(`its URL has no token: ${url}`)
      resolve({ url, token, child })
    })
  })
}

function alive(pid: number | undefined): boolean {
  if (pid === undefined) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

type Ending = { readonly code: number | null } | 'gone' | 'timeout'

/**
 * Waits for a child to end. It polls the pid as well: in a Playwright worker, a spawnSync
 * (in a spec or a helper) can swallow the 'exit' event of a child started before it.
 */
function waitForExit(child: ChildProcess, ms: number): Promise<Ending> {
  return new Promise((resolve) => {
    const done = (ending: Ending) => {
      clearInterval(poll)
      clearTimeout(timer)
      child.off('exit', onExit)
      resolve(ending)
    }
    const onExit = (code: number | null) => done({ code })
    child.once('exit', onExit)
    const poll = setInterval(() => {
      if (child.exitCode !== null || child.signalCode !== null) done({ code: child.exitCode })
      else if (!alive(child.pid)) done('gone')
    }, 100)
    const timer = setTimeout(() => done('timeout'), ms)
  })
}

/** Sends SIGTERM and waits for the exit; a host that does not stop cleanly fails the test. */
async function stopServe(child: ChildProcess, log: string[]): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const ending = await waitForExit(child, STOP_TIMEOUT_MS)
  if (ending === 'timeout') {
    child.kill('SIGKILL')
    await waitForExit(child, STOP_TIMEOUT_MS)
    throw new Error(`The Galley host did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM.`)
  }
  // 'gone': it ended but its exit code was lost (see waitForExit), so there is nothing to check.
  if (ending !== 'gone' && ending.code !== 0) {
    throw new Error(
      `The Galley host exited with code ${ending.code} on SIGTERM.\nIts output:\n${log.join('')}`,
    )
  }
}

/** Calls the browser host's API the way the page does: POST /api/<channel> with the token. */
async function callHost<C extends ChannelName>(
  url: string,
  token: string,
  channel: C,
  input: ChannelInput<C>,
): Promise<Envelope<ChannelOutput<C>>> {
  const res = await fetch(new URL(`/api/${channel}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Galley-Token': token },
    body: JSON.stringify(input),
  })
  const text = await res.text()
  try {
    return JSON.parse(text) as Envelope<ChannelOutput<C>>
  } catch {
    throw new Error(
      `${channel}: HTTP ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`,
    )
  }
}

/** Records console errors, uncaught errors and CSP violations (Chromium logs those as console errors). */
function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
  })
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
}

/**
 * The errors a test that restarted the host should have none of: while the host is down, the
 * page's requests fail at the network (its event stream reconnecting, code it preloads when
 * idle, which it fetches again on use), and Chromium logs each; those are left out.
 */
export function errorsBesidesRestart(errors: readonly string[]): string[] {
  return errors.filter(
    (e) =>
      !/net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|SOCKET_NOT_CONNECTED|EMPTY_RESPONSE)/.test(e),
  )
}

/** A Page that always forwards to the current window, so it survives an Electron restart. */
function followCurrent(current: () => Page): Page {
  return new Proxy(current(), {
    get(_initial, prop) {
      const page = current()
      const value: unknown = Reflect.get(page, prop, page)
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(page)
        : value
    },
  })
}

/** Electron's own flags: Chromium refuses to run as root with its sandbox. */
function electronArgs(library: string, sample: boolean): string[] {
  const root = process.platform === 'linux' && process.getuid?.() === 0
  return [
    ...(root ? ['--no-sandbox'] : []),
    ELECTRON_ENTRY,
    '--library',
    library,
    ...(sample ? [] : ['--no-sample']),
  ]
}

/**
 * Galley's fixtures: each test gets a fresh temp library, a started Galley on it, a `page`
 * showing it, `host.restart()` and `host.api()`, and everything stopped and removed after.
 */
export const test = base.extend<
  TestFixtures & GalleyTestOptions,
  WorkerFixtures & GalleyWorkerOptions
>({
  target: ['chromium', { scope: 'worker', option: true }],
  electronPath: [null, { scope: 'worker', option: true }],
  sample: [true, { option: true }],
  profile: [null, { option: true }],

  // Launched only for the chromium target, with the config's launch options (executablePath).
  galleyBrowser: [
    async ({ playwright, target }, use) => {
      if (target !== 'chromium') return use(null)
      const browser = await playwright.chromium.launch()
      await use(browser)
      await browser.close()
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture deps from this pattern
  library: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'galley-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true, maxRetries: 3 })
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture deps from this pattern
  consoleErrors: async ({}, use) => {
    await use([])
  },

  host: async (
    { target, electronPath, playwright, library, sample, profile, consoleErrors },
    use,
    info,
  ) => {
    const log: string[] = []
    let host: GalleyHost & { page: Page; stop(): Promise<void> }

    if (target === 'chromium') {
      let serve = await startServe(library, sample, log)
      let page: Page | null = null
      host = {
        target,
        library,
        get url() {
          return serve.url
        },
        get log() {
          return log.join('')
        },
        get page(): Page {
          if (!page) throw new Error('No page yet.')
          return page
        },
        set page(p: Page) {
          page = p
        },
        async restart() {
          await stopServe(serve.child, log)
          serve = await startServe(library, sample, log)
          if (page) await page.goto(serve.url)
          return serve.url
        },
        api: (channel, input) => callHost(serve.url, serve.token, channel, input),
        stop: () => stopServe(serve.child, log),
      }
    } else {
      if (!electronPath) throw new Error('The electron project needs an Electron binary.')
      const launch = async (): Promise<[ElectronApplication, Page]> => {
        const app = await playwright._electron.launch({
          executablePath: electronPath,
          args: electronArgs(library, sample),
          cwd: ROOT,
        })
        app.process().stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()))
        app.process().stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()))
        const window = await app.firstWindow()
        watchErrors(window, consoleErrors)
        await window.waitForLoadState('domcontentloaded')
        return [app, window]
      }
      let [app, window] = await launch()
      const page = followCurrent(() => window)
      host = {
        target,
        library,
        get url() {
          return window.url()
        },
        get log() {
          return log.join('')
        },
        page,
        async restart() {
          await app.close()
          ;[app, window] = await launch()
          return window.url()
        },
        api: (channel, input) =>
          window.evaluate(
            ([c, i]) =>
              (globalThis as unknown as { galley: GalleyApi }).galley.invoke(c, i as never),
            [channel, input] as const,
          ),
        stop: () => app.close(),
      }
    }

    try {
      if (profile) {
        unwrap(await host.api('profile:set', profile))
        if (target === 'electron') await host.page.reload()
      }
      await use(host)
    } finally {
      if (info.status !== info.expectedStatus) {
        await info.attach('galley-host.log', { body: host.log, contentType: 'text/plain' })
      }
      await host.stop()
    }
  },

  page: async ({ target, galleyBrowser, host, consoleErrors }, use) => {
    if (target === 'electron') return use((host as GalleyHost & { page: Page }).page)
    if (!galleyBrowser) throw new Error('No browser was launched for the chromium project.')
    const context = await galleyBrowser.newContext()
    const page = await context.newPage()
    watchErrors(page, consoleErrors)
    ;(host as GalleyHost & { page: Page }).page = page
    await page.goto(host.url)
    await use(page)
    await context.close()
  },
})

export { expect } from '@playwright/test'

/** The value of an envelope, or an error with its code and message. */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value
  throw new Error(`Galley answered ${envelope.error.code}: ${envelope.error.message}`)
}

/**
 * Saves a full-page screenshot as test-results/screenshots/<spec>-<name>.png (the electron
 * project adds -electron) and attaches it to the report.
 */
export async function shot(page: Page, name: string): Promise<string> {
  const info = base.info()
  const spec = basename(info.file).replace(/\.spec\.[cm]?[jt]sx?$/, '')
  const project =
    info.project.name && info.project.name !== 'chromium' ? `-${info.project.name}` : ''
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-')
  const file = join(ROOT, 'test-results', 'screenshots', `${spec}-${safe}${project}.png`)
  // Finite CSS animations (a dialog fading in) are shown at their end.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' })
  await info.attach(name, { path: file, contentType: 'image/png' })
  return file
}
