import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Dispatch } from '../core/dispatch'
import { printHtmlToPdf, withPdfExport } from './pdf'

const fake = vi.hoisted(() => {
  const created: FakeBrowserWindow[] = []
  class FakeWebContents {
    readonly listeners = new Map<string, (...args: unknown[]) => unknown>()
    windowOpenHandler: (() => unknown) | null = null
    loadedHtml: string | null = null
    printOptions: unknown = null
    setWindowOpenHandler(fn: () => unknown) {
      this.windowOpenHandler = fn
    }
    on(name: string, fn: (...args: unknown[]) => unknown) {
      this.listeners.set(name, fn)
      return this
    }
    printToPDF = vi.fn(async (options: unknown) => {
      this.printOptions = options
      return Buffer.from(`%PDF-1.7 fake of ${this.loadedHtml?.length ?? 0} chars`)
    })
  }
  class FakeBrowserWindow {
    readonly webContents = new FakeWebContents()
    destroyed = false
    constructor(readonly options: Record<string, unknown>) {
      created.push(this)
    }
    loadFile = vi.fn(async (file: string) => {
      // The file is read as the window would, before it is removed.
      this.webContents.loadedHtml = readFileSync(file, 'utf8')
    })
    isDestroyed() {
      return this.destroyed
    }
    destroy() {
      this.destroyed = true
    }
  }
  return { created, FakeBrowserWindow }
})
vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow }))

beforeEach(() => {
  fake.created.length = 0
})

const HTML = '<!doctype html><title>Report</title><p>Approved by Lena Legal</p>'

describe('printHtmlToPdf', () => {
  it('prints in a hidden, sandboxed window with scripts off, then destroys it', async () => {
    const pdf = await printHtmlToPdf(HTML)
    expect(Buffer.from(pdf).toString()).toMatch(/^%PDF-1\.7/)
    const [win] = fake.created
    expect(win?.options).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
      },
    })
    expect(win?.webContents.loadedHtml).toBe(HTML)
    expect(win?.webContents.printOptions).toMatchObject({ pageSize: 'A4', printBackground: true })
    expect(win?.webContents.windowOpenHandler?.()).toEqual({ action: 'deny' })
    const prevent = vi.fn()
    win?.webContents.listeners.get('will-navigate')?.({ preventDefault: prevent })
    expect(prevent).toHaveBeenCalled()
    expect(win?.destroyed).toBe(true)
  })
})

describe('withPdfExport', () => {
  const core: Dispatch = async (channel, input) => {
    if (channel === 'export:report') {
      const { draftId } = input as { draftId: string }
      if (draftId === 'gone') {
        return { ok: false, error: { code: 'not-found', message: 'That draft is not here.' } }
      }
      return { ok: true, value: { fileName: 'feature-review-report.html', html: HTML } }
    }
    return { ok: true, value: { channel } }
  }

  it('answers export:reportPdf with the report printed to PDF', async () => {
    const res = await withPdfExport(core)('export:reportPdf', { draftId: 'd-1' })
    expect(res.ok).toBe(true)
    if (!res.ok) return
    const value = res.value as { fileName: string; dataBase64: string }
    expect(value.fileName).toBe('feature-review-report.pdf')
    expect(Buffer.from(value.dataBase64, 'base64').toString()).toMatch(/^%PDF/)
  })

  it('passes every other channel to the core, and refuses bad input or a missing draft', async () => {
    const dispatch = withPdfExport(core, async () => new Uint8Array())
    expect(await dispatch('drafts:list', { view: 'active' })).toEqual({
      ok: true,
      value: { channel: 'drafts:list' },
    })
    const bad = await dispatch('export:reportPdf', { draftId: '../x' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const gone = await dispatch('export:reportPdf', { draftId: 'gone' })
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('turns a printing failure into a sentence', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const res = await withPdfExport(core, async () => {
      throw new Error('GPU process gone')
    })('export:reportPdf', { draftId: 'd-1' })
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } })
    log.mockRestore()
  })
})
