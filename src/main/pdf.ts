// The review report printed to PDF by Chromium itself, in a hidden sandboxed window (app only).
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { channels } from '@shared/contract'
import { describeIssues, type Dispatch } from '../core/dispatch'

/**
 * Loads `html` from a temp file into a hidden window with scripts off and the hardened settings,
 * prints it to an A4 PDF and throws the window and the file away.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-report-'))
  const file = join(dir, 'report.html')
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 })
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    // Written out here, as in window.ts, so that Electronegativity can read them.
    webPreferences: {
      javascript: false,
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
    },
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  try {
    await win.loadFile(file)
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    })
  } finally {
    if (!win.isDestroyed()) win.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * The core's dispatch with `export:reportPdf` answered by the shell: the same HTML report as
 * `export:report`, printed to PDF. (The browser host leaves it to the core, which refuses it.)
 */
export function withPdfExport(
  dispatch: Dispatch,
  print: (html: string) => Promise<Uint8Array> = printHtmlToPdf,
): Dispatch {
  return async (channel, input) => {
    if (channel !== 'export:reportPdf') return dispatch(channel, input)
    const parsed = channels['export:reportPdf'].input.safeParse(input ?? {})
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } }
    }
    const report = await dispatch('export:report', { draftId: parsed.data.draftId, format: 'html' })
    if (!report.ok) return report
    const { fileName, html } = report.value as { fileName: string; html: string }
    try {
      const pdf = await print(html)
      return {
        ok: true,
        value: {
          fileName: fileName.replace(/\.html$/, '.pdf'),
          dataBase64: Buffer.from(pdf).toString('base64'),
        },
      }
    } catch (e) {
      console.error('Printing the review report failed:', e)
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Galley could not print the report to PDF; the details were written to its log.',
        },
      }
    }
  }
}
