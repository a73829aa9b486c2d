import { FileDown } from 'lucide-react'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { useExport, useExportState } from './useExport'

export interface RedlineExportProps {
  readonly draftId: string
  readonly oldId: string
  readonly newId: string
}

/** The compare view's "Export redline": the pair as a .docx with tracked changes, or a PDF. */
export function RedlineExport({ draftId, oldId, newId }: RedlineExportProps) {
  const api = useApi()
  const run = useExport()
  const busy = useExportState()
  const make = (format: 'docx' | 'pdf') =>
    void run(format === 'docx' ? 'Word redline' : 'PDF redline', () =>
      call(api, 'export:redline', { draftId, fromRevisionId: oldId, toRevisionId: newId, format }),
    )
  return (
    <div className="cmp-export" role="group" aria-label="Export redline">
      <span className="field-label-inline">Export redline</span>
      <button
        type="button"
        className="button button-small"
        disabled={busy !== null}
        title="A Word document with these changes as tracked changes"
        onClick={() => make('docx')}
      >
        <FileDown aria-hidden="true" size={15} /> .docx
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={busy !== null}
        title="A PDF: deletions struck through, insertions underlined, a bar beside each change"
        onClick={() => make('pdf')}
      >
        <FileDown aria-hidden="true" size={15} /> PDF
      </button>
      {busy?.slow ? (
        <span className="export-progress" role="status">
          <span className="spinner spinner-small" aria-hidden="true" /> Making the {busy.label}…
        </span>
      ) : null}
    </div>
  )
}
