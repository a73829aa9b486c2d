import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { HUGE_FILE, TRAP, type HostileFile } from '../../test/fixtures/import/hostile'

export { hostileFiles, HUGE_FILE, type HostileFile } from '../../test/fixtures/import/hostile'

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** What the traps caught: payload calls, dialogs, and requests to any host but Galley's. */
export interface Traps {
  readonly fired: string[]
  readonly foreign: string[]
  /** window.__pwned as the page sees it now. */
  pwned(): Promise<unknown>
}

/**
 * Sets the traps before any hostile file is imported: a `__galleyPwned` binding every payload
 * calls, a dialog handler (alert/confirm/prompt), and a route on every request that records
 * and aborts any that leaves the Galley host.
 */
export async function setTraps(page: Page, galleyUrl: () => string): Promise<Traps> {
  const fired: string[] = []
  const foreign: string[] = []
  await page.exposeFunction(TRAP, (id: unknown) => void fired.push(`payload ran: ${String(id)}`))
  // Prove the trap is live before trusting its silence.
  await page.evaluate((name) => {
    ;(globalThis as unknown as Record<string, (id: string) => void>)[name]?.('self-test')
  }, TRAP)
  await expect.poll(() => fired.length).toBe(1)
  fired.length = 0
  page.on('dialog', (dialog) => {
    fired.push(`dialog: ${dialog.type()} ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.route('**/*', async (route) => {
    const url = route.request().url()
    // Read each time: a restarted host listens on a new port.
    if (hostOf(url) === hostOf(galleyUrl())) return route.continue()
    foreign.push(url)
    return route.abort()
  })
  return {
    fired,
    foreign,
    pwned: () => page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned),
  }
}

/** A hostile file as the file chooser receives it (any name, even one no disk allows). */
export function asPayload(file: HostileFile): { name: string; mimeType: string; buffer: Buffer } {
  return {
    name: file.fileName,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(file.bytes),
  }
}

/** Writes the 100 MB file sparse (its size is real, no 100 MB is written) and returns its path. */
export async function writeHugeFile(dir: string): Promise<string> {
  const path = join(dir, HUGE_FILE.fileName)
  const fh = await open(path, 'w')
  try {
    await fh.truncate(HUGE_FILE.size)
  } finally {
    await fh.close()
  }
  return path
}
