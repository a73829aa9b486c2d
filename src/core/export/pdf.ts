// HTML printed to PDF by a headless Chromium, where Electron's own is not there (the browser host,
// the command line). The Electron shell prints with its BrowserWindow instead (src/main/pdf.ts).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { GalleyError } from '@shared/errors'

/** Prints an HTML page to PDF bytes. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>

/** Where a system Chromium or Chrome usually lives, in the order they are tried. */
export function chromiumCandidates(): string[] {
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

/** The one line said when no browser can print. */
export const NO_CHROMIUM =
  'Printing to PDF needs Chromium or Chrome, and none was found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to one you have.'

/** $CHROMIUM_PATH, else the system's Chromium or Chrome, else null. */
export function locateChromium(): string | null {
  const fromEnv = process.env['CHROMIUM_PATH']
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  return chromiumCandidates().find((p) => existsSync(p)) ?? null
}

/**
 * Prints `html` with a headless Chromium (A4, the page's own @page margins, no header or
 * footer; the page's own CSP keeps scripts out) in a fresh profile folder, and throws both away after.
 */
export async function printWithChromium(
  html: string,
  browser = locateChromium(),
): Promise<Uint8Array> {
  if (!browser) throw new GalleyError('internal', NO_CHROMIUM)
  const dir = await mkdtemp(join(tmpdir(), 'galley-pdf-'))
  try {
    const page = join(dir, 'page.html')
    const out = join(dir, 'page.pdf')
    await writeFile(page, html, { encoding: 'utf8', mode: 0o600 })
    await new Promise<void>((resolve, reject) => {
      execFile(
        browser,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${out}`,
          pathToFileURL(page).href,
        ],
        { timeout: 60_000, maxBuffer: 4 * 1024 * 1024 },
        (error) => (error ? reject(error) : resolve()),
      )
    })
    if (!existsSync(out)) throw new Error('Chromium wrote no PDF')
    return new Uint8Array(await readFile(out))
  } catch (e) {
    if (e instanceof GalleyError) throw e
    throw new GalleyError(
      'internal',
      `Chromium (${browser}) could not print the PDF: ${(e as Error).message.split('\n')[0] ?? ''}`,
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
