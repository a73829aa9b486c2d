import { Check, ChevronDown, Lightbulb, X } from 'lucide-react'
import clsx from 'clsx'
import type { Suggestion } from '@shared/channels/claims'
import { plainMarkdown } from '@shared/text/markdown'
import { excerpt, ruleLabel } from './labels'

/** The DOM id of a suggestion's card. */
export function suggestionCardId(key: string): string {
  let h = 0
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0
  return `suggestion-card-${(h >>> 0).toString(36)}`
}

/** A span the spotter proposes: which rules fired and why; accept or dismiss it. */
export function SuggestionCard({
  suggestion,
  expanded,
  readOnly,
  onToggle,
  onAccept,
  onDismiss,
}: {
  suggestion: Suggestion
  expanded: boolean
  readOnly: boolean
  onToggle: () => void
  onAccept: () => void
  onDismiss: () => void
}) {
  const rules = suggestion.rules.map(ruleLabel)
  return (
    <div
      id={suggestionCardId(suggestion.key)}
      tabIndex={-1}
      className={clsx('claim-card suggestion-card', expanded ? 'is-expanded' : 'is-collapsed')}
    >
      <button type="button" className="claim-card-head" aria-expanded={expanded} onClick={onToggle}>
        <span className="claim-card-line">
          <span className="suggestion-chip">
            <Lightbulb aria-hidden="true" size={12} />
            Suggested
          </span>
          <span className="suggestion-rules">{rules.join(' · ')}</span>
          <ChevronDown aria-hidden="true" size={15} className="claim-chevron" />
        </span>
        {expanded ? null : <span className="claim-excerpt">{excerpt(suggestion.text)}</span>}
      </button>
      {expanded ? (
        <div className="claim-body">
          <blockquote className="claim-text">{plainMarkdown(suggestion.text)}</blockquote>
          <p className="claim-field-label">Why check it</p>
          <ul className="suggestion-reasons" aria-label="Why the spotter proposes it">
            {suggestion.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {readOnly ? null : (
            <div className="claim-form-actions">
              <button type="button" className="button button-small" onClick={onDismiss}>
                <X aria-hidden="true" size={14} />
                Dismiss
              </button>
              <button
                type="button"
                className="button button-small button-primary"
                onClick={onAccept}
              >
                <Check aria-hidden="true" size={14} />
                Accept as claim
              </button>
            </div>
          )}
        </div>
      ) : null}
    </div>
  )
}
