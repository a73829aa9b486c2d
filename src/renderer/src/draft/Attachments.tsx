import { useState } from 'react'
import { FileText } from 'lucide-react'
import type { Attachment } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { useQuery } from '../api/useQuery'
import { Modal } from '../ui/Modal'
import { ErrorState, Loading } from '../ui/States'
import { fileSize } from '../ui/format'

function AttachmentText({ draftId, attachment }: { draftId: string; attachment: Attachment }) {
  const api = useApi()
  const text = useQuery(`att:${draftId}:${attachment.id}`, () =>
    call(api, 'drafts:readAttachment', { draftId, attachmentId: attachment.id }),
  )
  if (text.status === 'loading') return <Loading label="Opening…" />
  if (text.status === 'error')
    return (
      <ErrorState
        title="The attachment could not be opened"
        error={text.error}
        onRetry={text.reload}
        retrying={text.refreshing}
      />
    )
  return (
    <pre className="attachment-text" tabIndex={0} aria-label={`Text of ${attachment.name}`}>
      {text.value.text}
    </pre>
  )
}

/** The draft's attachments (e.g. an interview transcript); a click opens its text. */
export function Attachments({
  draftId,
  attachments,
}: {
  draftId: string
  attachments: readonly Attachment[]
}) {
  const [open, setOpen] = useState<Attachment | null>(null)
  return (
    <section className="panel" aria-labelledby="attachments-heading">
      <h2 className="panel-title" id="attachments-heading">
        Attachments <span className="panel-count">{attachments.length}</span>
      </h2>
      {attachments.length === 0 ? (
        <p className="panel-empty">No attachments.</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <button type="button" className="attachment" onClick={() => setOpen(a)}>
                <FileText aria-hidden="true" size={16} />
                <span className="attachment-name">{a.name}</span>
                <span className="attachment-size">
                  {a.kind === 'transcript' ? 'Transcript · ' : ''}
                  {fileSize(a.bytes)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <Modal
          open
          wide
          onOpenChange={(o) => !o && setOpen(null)}
          title={open.name}
          description={`${open.kind === 'transcript' ? 'Transcript' : 'Source'} · ${fileSize(open.bytes)}`}
        >
          <AttachmentText draftId={draftId} attachment={open} />
        </Modal>
      ) : null}
    </section>
  )
}
