import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { chromiumCandidates } from '../../src/core/export/pdf'

/** Playwright's own downloaded Chromium, if one was ever installed on this machine. */
function playwrightCache(): string | null {
  try {
    const path = chromium.executablePath()
    return existsSync(path) ? path : null
  } catch {
    return null
  }
}

/** What to do when there is no Chromium and none can be installed here, in one line. */
export const HOW_TO_GET_CHROMIUM =
  'found no Chromium or Chrome: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to one you have.'

/** The browser to drive, or null: $CHROMIUM_PATH, the system's chromium or chrome, Playwright's cache. */
export function locateChromium(): string | null {
  const fromEnv = process.env['CHROMIUM_PATH']
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  return chromiumCandidates().find((path) => existsSync(path)) ?? playwrightCache()
}

/**
 * Finds a Chromium to drive: $CHROMIUM_PATH, then the system's chromium or chrome, then
 * Playwright's own cache. Throws one line saying how to get one when there is none.
 */
export function findChromium(): string {
  const found = locateChromium()
  if (found) return found
  const fromEnv = process.env['CHROMIUM_PATH']
  if (fromEnv) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which does not exist.`)
  throw new Error(`The end-to-end tests ${HOW_TO_GET_CHROMIUM}`)
}

/** How this machine's package manager installs Chromium without asking anyone. */
export interface InstallPlan {
  /** What the one line says is being installed. */
  readonly what: string
  /** Commands run in order, each as [program, ...args]. */
  readonly commands: readonly (readonly string[])[]
}

/** What decides whether Chromium can be installed here. */
export interface Machine {
  /** The effective user id (undefined on Windows). */
  readonly uid: number | undefined
  /** /etc/os-release, or null. */
  readonly osRelease: string | null
  /** True when `program` is on PATH. */
  has(program: string): boolean
  /** True when `sudo -n` works (sudo without a password prompt). */
  sudoWithoutPassword(): boolean
}

function osReleaseField(osRelease: string, field: string): string {
  const line = osRelease.split('\n').find((l) => l.startsWith(`${field}=`))
  return (line?.slice(field.length + 1) ?? '').replace(/^"|"$/g, '')
}

/**
 * The plan on Debian or Ubuntu as root (or with password-less sudo): apt-get update, then
 * install `chromium` (Debian; Ubuntu's `chromium-browser` where there is no `chromium`).
 * Null anywhere else: there the user installs a browser.
 */
export function installPlan(machine: Machine): InstallPlan | null {
  if (!machine.osRelease || !machine.has('apt-get')) return null
  const ids = [
    osReleaseField(machine.osRelease, 'ID'),
    ...osReleaseField(machine.osRelease, 'ID_LIKE').split(' '),
  ]
  if (!ids.some((id) => id === 'debian' || id === 'ubuntu')) return null
  const sudo = machine.uid === 0 ? [] : machine.sudoWithoutPassword() ? ['sudo', '-n'] : null
  if (!sudo) return null
  const ubuntu = osReleaseField(machine.osRelease, 'ID') === 'ubuntu'
  const pkg = ubuntu ? 'chromium-browser' : 'chromium'
  const run = (...args: string[]) => (sudo.length ? [...sudo, ...args] : args)
  return {
    what: `${ubuntu ? "Ubuntu's" : "Debian's"} ${pkg} with apt-get`,
    commands: [
      run('apt-get', 'update', '-qq'),
      run('env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', pkg),
    ],
  }
}

/** This machine, as installPlan sees it. */
export function thisMachine(): Machine {
  let osRelease: string | null
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8')
  } catch {
    osRelease = null
  }
  const ok = (program: string, args: string[]) =>
    spawnSync(program, args, { stdio: 'ignore', timeout: 10_000 }).status === 0
  return {
    uid: process.getuid?.(),
    osRelease,
    has: (program) => ok('sh', ['-c', `command -v ${program}`]),
    sudoWithoutPassword: () => ok('sudo', ['-n', 'true']),
  }
}

export interface EnsureOptions {
  readonly locate?: () => string | null
  readonly plan?: () => InstallPlan | null
  /** Runs one command; returns its exit status and what it printed. */
  readonly run?: (command: readonly string[]) => { status: number | null; output: string }
  /** Where the one line goes. */
  readonly say?: (line: string) => void
}

function runQuietly(command: readonly string[]): { status: number | null; output: string } {
  const [program = '', ...args] = command
  const r = spawnSync(program, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}` }
}

/**
 * Finds a Chromium, or installs one where the package manager can without asking (root on
 * Debian or Ubuntu) and says so in one line. Throws one line saying what to do otherwise.
 */
export function ensureChromium(options: EnsureOptions = {}): string {
  const locate = options.locate ?? locateChromium
  const found = locate()
  if (found) return found
  const fromEnv = process.env['CHROMIUM_PATH']
  // A browser the user named is not replaced by one we install.
  if (fromEnv) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which does not exist.`)
  const plan = (options.plan ?? (() => installPlan(thisMachine())))()
  if (!plan) throw new Error(`Galley ${HOW_TO_GET_CHROMIUM}`)
  const say = options.say ?? ((line: string) => console.log(line))
  say(`Galley found no Chromium or Chrome, so it is installing ${plan.what} (about a minute).`)
  for (const command of plan.commands) {
    const { status, output } = (options.run ?? runQuietly)(command)
    if (status !== 0) {
      const last = output.trim().split('\n').at(-1)?.trim() || `exit ${status}`
      throw new Error(`Installing ${plan.what} failed (${last}); Galley ${HOW_TO_GET_CHROMIUM}`)
    }
  }
  const installed = locate()
  if (!installed)
    throw new Error(`After installing ${plan.what}, Galley still ${HOW_TO_GET_CHROMIUM}`)
  return installed
}

/** Flags for a headless Chromium in a container or CI: quiet, no sandbox, no GPU. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
]
