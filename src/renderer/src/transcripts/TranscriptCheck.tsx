import { Fragment } from 'react'
import type { QuoteAlignment } from '@shared/channels/quotes'
import { ALIGN_HELP, ALIGN_LABELS } from '../quotes/labels'

/** The label chip of a transcript check. */
export function AlignBadge({ alignment }: { alignment: QuoteAlignment | null }) {
  if (!alignment) return null
  return (
    <span className={`badge align-badge align-${alignment.label}`}>
      {ALIGN_LABELS[alignment.label]}
    </span>
  )
}

/**
 * What the transcript says against what is printed: a word diff (struck = said but not
 * printed, underlined = printed but not said) and whose turn the passage is.
 */
export function TranscriptCheck({
  alignment,
  speaker,
}: {
  alignment: QuoteAlignment
  speaker: string | null
}) {
  const { label } = alignment
  return (
    <section className="quote-section" aria-label="Transcript check">
      <p className="quote-section-title">
        Transcript: <strong>{ALIGN_LABELS[label]}</strong>
      </p>
      <p className="quote-help">{ALIGN_HELP[label]}</p>
      {label === 'altered' || label === 'trivial-edit' ? (
        <>
          <p className="diff-text" aria-label="Printed against said">
            {alignment.diff.map((part, i) => (
              <Fragment key={i}>
                {i > 0 ? ' ' : null}
                {part.kind === 'same' ? (
                  part.text
                ) : part.kind === 'added' ? (
                  <ins className="diff-added" title="Printed, not said">
                    {part.text}
                  </ins>
                ) : (
                  <del className="diff-removed" title="Said, not printed">
                    {part.text}
                  </del>
                )}
              </Fragment>
            ))}
          </p>
          {/* A key only for the marks the text shows (a compound's spacing leaves none). */}
          {alignment.diff.some((d) => d.kind !== 'same') ? (
            <p className="diff-legend" aria-hidden="true">
              {alignment.diff.some((d) => d.kind === 'removed') ? (
                <span className="diff-removed">said, not printed</span>
              ) : null}
              {alignment.diff.some((d) => d.kind === 'added') ? (
                <span className="diff-added">printed, not said</span>
              ) : null}
            </p>
          ) : null}
        </>
      ) : null}
      {label !== 'not-found' ? (
        <p className="quote-help">
          In {alignment.transcriptName}
          {alignment.passageSpeaker
            ? `, said by ${alignment.passageSpeaker}`
            : ', speaker not labelled'}
          {alignment.speakerMatches === false && speaker ? (
            <strong className="speaker-mismatch"> — not {speaker}, the quote’s speaker</strong>
          ) : null}
          .
        </p>
      ) : null}
    </section>
  )
}
