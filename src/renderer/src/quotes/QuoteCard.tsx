import { useState } from 'react'
import { plainMarkdown } from '@shared/text/markdown'
import { AlertOctagon, AlertTriangle, Check, LocateFixed, Pencil, Undo2 } from 'lucide-react'
import clsx from 'clsx'
import type { QuoteView } from '@shared/channels/quotes'
import { KIND_LABELS } from './labels'
import { SpeakerPicker, type SpeakerChoice } from './SpeakerPicker'
import { AlignBadge, TranscriptCheck } from '../transcripts/TranscriptCheck'

export interface QuoteCardProps {
  readonly quote: QuoteView
  readonly active: boolean
  readonly readOnly: boolean
  readonly busy: boolean
  readonly people: readonly { id: string; name: string; title: string }[]
  readonly found: readonly string[]
  readonly onActivate: () => void
  readonly onShow: () => void
  readonly onSpeaker: (choice: SpeakerChoice | null) => Promise<boolean>
  readonly onSubject: (subject: string) => Promise<boolean>
  readonly onUnmark: () => void
}

function excerpt(text: string, max = 220): string {
  const plain = plainMarkdown(text)
  return plain.length > max ? `${plain.slice(0, max).trimEnd()}…` : plain
}

/** One quote beside the text: speaker, flags, transcript check and subject. */
export function QuoteCard({
  quote,
  active,
  readOnly,
  busy,
  people,
  found,
  onActivate,
  onShow,
  onSpeaker,
  onSubject,
  onUnmark,
}: QuoteCardProps) {
  const [picking, setPicking] = useState(false)
  const [subject, setSubject] = useState(quote.subject)
  const [seenSubject, setSeenSubject] = useState(quote.subject)
  if (quote.subject !== seenSubject) {
    setSeenSubject(quote.subject)
    setSubject(quote.subject)
  }
  const headingId = `quote-${quote.key}`
  const saveSubject = () => {
    if (subject.trim() !== quote.subject) void onSubject(subject.trim())
  }
  return (
    <article
      className={clsx('quote-card', active && 'is-active', quote.flags.length > 0 && 'is-flagged')}
      aria-labelledby={headingId}
      data-quote-key={quote.key}
      onFocus={onActivate}
      onClick={onActivate}
    >
      <header className="quote-card-head">
        <span className="quote-kind">{KIND_LABELS[quote.kind]}</span>
        <AlignBadge alignment={quote.alignment} />
        <button
          type="button"
          className="icon-button quote-show"
          aria-label="Show in the text"
          title="Show in the text"
          onClick={onShow}
        >
          <LocateFixed aria-hidden="true" size={15} />
        </button>
      </header>
      <blockquote className="quote-text" id={headingId}>
        {excerpt(quote.text)}
      </blockquote>

      <div className="quote-speaker">
        {picking ? (
          <SpeakerPicker
            initial={quote.speaker ?? ''}
            people={people}
            found={found}
            onCancel={() => setPicking(false)}
            onChoose={(choice) => {
              setPicking(false)
              void onSpeaker(choice)
            }}
          />
        ) : (
          <>
            <p className="quote-speaker-line">
              <span className="quote-label">Speaker</span>{' '}
              <strong>{quote.speaker ?? 'none'}</strong>{' '}
              {quote.speakerSource === 'none' ? null : (
                <span className={clsx('badge', 'speaker-source', `source-${quote.speakerSource}`)}>
                  {quote.speakerSource === 'confirmed' ? 'Confirmed' : 'Proposed'}
                </span>
              )}
            </p>
            {quote.reason ? <p className="quote-help">{quote.reason}</p> : null}
            {readOnly ? null : (
              <div className="quote-actions">
                {quote.speakerSource === 'detected' && quote.speaker ? (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    aria-label={`Confirm ${quote.speaker} as the speaker`}
                    onClick={() =>
                      void onSpeaker({ name: quote.speaker ?? '', personId: quote.personId })
                    }
                  >
                    <Check aria-hidden="true" size={14} /> Confirm
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => setPicking(true)}
                >
                  <Pencil aria-hidden="true" size={14} /> Change speaker
                </button>
              </div>
            )}
          </>
        )}
      </div>

      {quote.flags.length > 0 ? (
        <ul className="quote-flags" aria-label="Flags">
          {quote.flags.map((f, i) => (
            <li key={i} className={`quote-flag flag-${f.severity}`}>
              {f.severity === 'error' ? (
                <AlertOctagon aria-hidden="true" size={15} />
              ) : (
                <AlertTriangle aria-hidden="true" size={15} />
              )}
              <span>{f.message}</span>
            </li>
          ))}
        </ul>
      ) : null}

      {quote.alignment ? (
        <TranscriptCheck alignment={quote.alignment} speaker={quote.speaker} />
      ) : null}

      <label className="field quote-subject">
        <span className="field-label">
          Subject <span className="field-optional">(for the credential check)</span>
        </span>
        <input
          className="input"
          value={subject}
          readOnly={readOnly}
          maxLength={200}
          placeholder="e.g. skincare, nutrition"
          onChange={(e) => setSubject(e.target.value)}
          onBlur={saveSubject}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveSubject()
          }}
        />
      </label>
      {readOnly ? null : (
        <div className="quote-actions quote-actions-end">
          <button type="button" className="link-button" disabled={busy} onClick={onUnmark}>
            <Undo2 aria-hidden="true" size={14} /> Unmark
          </button>
        </div>
      )}
    </article>
  )
}
