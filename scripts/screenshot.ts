// `npm run screenshot`: writes docs/screenshot.png, the README's picture of Galley, from the
// built app on a fresh sample library (run `npm run build` first).
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium'

const root = join(import.meta.dirname, '..')
const library = await mkdtemp(join(tmpdir(), 'galley-shot-'))
const host = spawn(
  process.execPath,
  [join(root, 'out/main/serve.js'), '--port', '0', '--library', library],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)
try {
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    host.stdout.setEncoding('utf8')
    host.stdout.on('data', (chunk: string) => {
      out += chunk
      const match = /Galley is running at (\S+)/.exec(out)
      if (match?.[1]) resolve(match[1])
    })
    host.once('exit', (code) => reject(new Error(`The host exited with code ${code}: ${out}`)))
  })
  const token = new URL(url).searchParams.get('token') ?? ''
  await fetch(new URL('/api/profile:set', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Galley-Token': token },
    body: JSON.stringify({ name: 'Noor Haddad', role: 'fact-checker' }),
  })
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(url)
    await page
      .getByRole('list', { name: 'Drafts' })
      .getByRole('button', { name: 'Is vellaria really the new retinol?', exact: true })
      .click()
    await page.getByRole('article').waitFor()
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(root, 'docs', 'screenshot.png') })
    console.log('Wrote docs/screenshot.png')
  } finally {
    await browser.close()
  }
} finally {
  host.kill('SIGTERM')
  await rm(library, { recursive: true, force: true })
}
