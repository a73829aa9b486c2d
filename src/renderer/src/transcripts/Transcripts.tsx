import { useRef } from 'react'
import { FileAudio, Paperclip, Trash2 } from 'lucide-react'
import { TRANSCRIPT_EXTENSIONS } from '@shared/constants'
import type { TranscriptView } from '@shared/channels/quotes'
import { plural } from '../ui/format'

/** The draft's interview transcripts, with Attach (a file picker) and Remove. */
export function Transcripts({
  transcripts,
  readOnly,
  busy,
  onAttach,
  onRemove,
}: {
  transcripts: readonly TranscriptView[]
  readOnly: boolean
  busy: boolean
  onAttach: (file: File) => void
  onRemove: (t: TranscriptView) => void
}) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <section className="quote-transcripts" aria-labelledby="transcripts-heading">
      <div className="quotes-subhead">
        <h3 id="transcripts-heading">Transcripts</h3>
        {readOnly ? null : (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => {
              if (!input.current) return
              input.current.value = ''
              input.current.click()
            }}
          >
            <Paperclip aria-hidden="true" size={14} /> Attach transcript
          </button>
        )}
        <input
          ref={input}
          type="file"
          hidden
          accept={TRANSCRIPT_EXTENSIONS.join(',')}
          aria-label="Transcript file"
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) onAttach(file)
          }}
        />
      </div>
      {transcripts.length === 0 ? (
        <p className="quote-help">
          No transcript yet. Attach the interview (.txt, .md, .vtt, .srt or .docx) to check each
          quote against what was said.
        </p>
      ) : (
        <ul className="transcript-list">
          {transcripts.map((t) => (
            <li key={t.attachmentId} className="transcript-item">
              <FileAudio aria-hidden="true" size={16} />
              <span className="transcript-name">
                <span>{t.name}</span>
                <span className="quote-help">
                  {t.problem ?? `${t.format.toUpperCase()} · ${plural(t.segments, 'turn')}`}
                </span>
              </span>
              {readOnly ? null : (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove transcript ${t.name}`}
                  disabled={busy}
                  onClick={() => onRemove(t)}
                >
                  <Trash2 aria-hidden="true" size={15} />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
