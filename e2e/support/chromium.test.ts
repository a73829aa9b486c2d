import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HOW_TO_GET_CHROMIUM, ensureChromium, installPlan, type Machine } from './chromium'

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n'
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n'

function machine(overrides: Partial<Machine> = {}): Machine {
  return {
    uid: 0,
    osRelease: DEBIAN,
    has: (program) => program === 'apt-get',
    sudoWithoutPassword: () => false,
    ...overrides,
  }
}

describe('installPlan', () => {
  it('installs Debian’s chromium with apt-get as root, without a prompt', () => {
    expect(installPlan(machine())).toEqual({
      what: "Debian's chromium with apt-get",
      commands: [
        ['apt-get', 'update', '-qq'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    })
  })

  it('uses sudo -n where sudo needs no password, and Ubuntu’s package name there', () => {
    const plan = installPlan(
      machine({ uid: 1000, osRelease: UBUNTU, sudoWithoutPassword: () => true }),
    )
    expect(plan?.what).toBe("Ubuntu's chromium-browser with apt-get")
    expect(plan?.commands.map((c) => c.slice(0, 3))).toEqual([
      ['sudo', '-n', 'apt-get'],
      ['sudo', '-n', 'env'],
    ])
  })

  it('has no plan where installing would ask someone, or on another system', () => {
    expect(installPlan(machine({ uid: 1000 }))).toBeNull()
    expect(installPlan(machine({ osRelease: FEDORA }))).toBeNull()
    expect(installPlan(machine({ osRelease: null }))).toBeNull()
    expect(installPlan(machine({ has: () => false }))).toBeNull()
  })
})

describe('ensureChromium', () => {
  const lines: string[] = []
  const say = (line: string) => lines.push(line)
  const plan = () => installPlan(machine())
  beforeEach(() => {
    lines.length = 0
    vi.stubEnv('CHROMIUM_PATH', '')
  })
  afterEach(() => vi.unstubAllEnvs())

  it('uses the Chromium it finds and installs nothing', () => {
    const run = vi.fn()
    expect(ensureChromium({ locate: () => '/usr/bin/chromium', plan, run, say })).toBe(
      '/usr/bin/chromium',
    )
    expect(run).not.toHaveBeenCalled()
    expect(lines).toEqual([])
  })

  it('installs one where it can without asking, saying so in one line', () => {
    let installed = false
    const ran: string[] = []
    const path = ensureChromium({
      locate: () => (installed ? '/usr/bin/chromium' : null),
      plan,
      run: (command) => {
        ran.push(command.join(' '))
        if (command.includes('install')) installed = true
        return { status: 0, output: '' }
      },
      say,
    })
    expect(path).toBe('/usr/bin/chromium')
    expect(ran).toEqual([
      'apt-get update -qq',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
    ])
    expect(lines).toEqual([
      "Galley found no Chromium or Chrome, so it is installing Debian's chromium with apt-get (about a minute).",
    ])
  })

  it('stops with the one-line instruction where it cannot install', () => {
    expect(() => ensureChromium({ locate: () => null, plan: () => null, say })).toThrow(
      new Error(`Galley ${HOW_TO_GET_CHROMIUM}`),
    )
    expect(HOW_TO_GET_CHROMIUM).not.toContain('\n')
    expect(lines).toEqual([])
  })

  it('says in one line why an install failed', () => {
    const attempt = () =>
      ensureChromium({
        locate: () => null,
        plan,
        run: () => ({ status: 100, output: 'Reading lists...\nE: Could not get lock\n' }),
        say,
      })
    expect(attempt).toThrow(
      /^Installing Debian's chromium with apt-get failed \(E: Could not get lock\); Galley found no Chromium/,
    )
    expect(attempt).not.toThrow(/\n/)
  })

  it('does not replace a browser CHROMIUM_PATH names but that is missing', () => {
    vi.stubEnv('CHROMIUM_PATH', '/nowhere/chrome')
    const run = vi.fn()
    expect(() => ensureChromium({ locate: () => null, plan, run, say })).toThrow(
      'CHROMIUM_PATH is set to "/nowhere/chrome", which does not exist.',
    )
    expect(run).not.toHaveBeenCalled()
  })
})
