import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

/** Where a system Chromium or Chrome usually lives, in the order we try them. */
function systemCandidates(): string[] {
  const env = process.env
  const windows = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']]
    .filter((dir): dir is string => Boolean(dir))
    .flatMap((dir) => [
      join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(dir, 'Chromium', 'Application', 'chrome.exe'),
    ])
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...windows,
  ]
}

/** Playwright's own downloaded Chromium, if one was ever installed on this machine. */
function playwrightCache(): string | null {
  try {
    const path = chromium.executablePath()
    return existsSync(path) ? path : null
  } catch {
    return null
  }
}

export const HOW_TO_GET_CHROMIUM = [
  'Any one of these gives the end-to-end tests a Chromium:',
  '  - Debian/Ubuntu:      sudo apt-get install chromium   (gives /usr/bin/chromium)',
  '  - an existing browser: CHROMIUM_PATH=/path/to/chrome npm run test:e2e',
  '  - where downloads work: npx playwright install chromium',
].join('\n')

/**
 * Finds a Chromium to drive: $CHROMIUM_PATH, then the system's chromium or chrome, then
 * Playwright's own cache. Throws, saying how to get one, when there is none.
 */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH']
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(
      `CHROMIUM_PATH is set to "${fromEnv}", which does not exist.\n\n${HOW_TO_GET_CHROMIUM}`,
    )
  }
  const found = systemCandidates().find((path) => existsSync(path)) ?? playwrightCache()
  if (found) return found
  throw new Error(`The end-to-end tests found no Chromium or Chrome.\n\n${HOW_TO_GET_CHROMIUM}`)
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
