import { useState } from 'react'
import { FileDown, FileJson, Printer } from 'lucide-react'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useNotices } from '../app/notices'
import { useAppInfo } from '../app/useAppInfo'
import { base64Bytes, downloadFile, printReport } from './download'

/** Review report (HTML download, print or PDF) and the portable draft file. */
export function ExportActions({ draftId }: { draftId: string }) {
  const api = useApi()
  const { push } = useNotices()
  const info = useAppInfo()
  const electron = info.status === 'ok' && info.value.mode === 'electron'
  const [busy, setBusy] = useState<string | null>(null)
  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what)
    try {
      await work()
    } catch (e) {
      push({ tone: 'error', title: `${what} failed`, message: toApiError(e).message })
    } finally {
      setBusy(null)
    }
  }
  return (
    <div className="legal-export" role="group" aria-label="Export">
      <button
        type="button"
        className="button button-small"
        disabled={busy !== null}
        onClick={() =>
          void run('Review report', async () => {
            const { fileName, html } = await call(api, 'export:report', { draftId, format: 'html' })
            downloadFile(fileName, html, 'text/html;charset=utf-8')
            push({ tone: 'success', title: `Saved ${fileName}` })
          })
        }
      >
        <FileDown aria-hidden="true" size={15} /> Report (HTML)
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={busy !== null}
        onClick={() =>
          void run('Printing the report', async () => {
            if (electron) {
              const pdf = await call(api, 'export:reportPdf', { draftId })
              downloadFile(pdf.fileName, base64Bytes(pdf.dataBase64), 'application/pdf')
              push({ tone: 'success', title: `Saved ${pdf.fileName}` })
              return
            }
            const { html } = await call(api, 'export:report', { draftId, format: 'html' })
            printReport(html)
          })
        }
      >
        <Printer aria-hidden="true" size={15} /> {electron ? 'Report (PDF)' : 'Print / PDF'}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={busy !== null}
        onClick={() =>
          void run('Exporting the draft', async () => {
            const { fileName, text } = await call(api, 'export:draft', { draftId })
            downloadFile(fileName, text, 'application/json')
            push({
              tone: 'success',
              title: `Saved ${fileName}`,
              message: 'Another Galley can import it from Import.',
            })
          })
        }
      >
        <FileJson aria-hidden="true" size={15} /> Galley file
      </button>
    </div>
  )
}
