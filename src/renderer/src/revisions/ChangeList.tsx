import { memo } from 'react'
import clsx from 'clsx'
import { Check, X } from 'lucide-react'
import type { Change } from '@shared/diff'
import { plainMarkdown } from '@shared/text/markdown'
import type { ImpactItem } from './impact'
import { excerpt, kindLabel, type Decision } from './model'

/** Why a change is substantive, the engine's reasons plus what it touched. */
export type Reason = Change['reasons'][number] | 'claim' | 'disclosure'

const REASON_LABELS: Readonly<Record<Reason, string>> = {
  number: 'number',
  name: 'name',
  quote: 'quote',
  protected: 'protected',
  claim: 'claim',
  disclosure: 'disclosure',
}

/** The engine's reasons with the claims, quotes and disclosures the change touched. */
export function reasonsOf(change: Change, impact: readonly ImpactItem[] | undefined): Reason[] {
  const out = new Set<Reason>(change.reasons)
  for (const item of impact ?? []) out.add(item.kind)
  return [...out]
}

const IMPACT_LABELS: Readonly<Record<ImpactItem['kind'], string>> = {
  claim: 'Claim',
  quote: 'Quote',
  disclosure: 'Disclosure',
}

function Chips({ items }: { items: readonly ImpactItem[] }) {
  return (
    <ul className="cmp-chips" aria-label="What this change touched">
      {items.map((item) => (
        <li key={item.key} className={clsx('cmp-chip', `tone-${item.tone}`)} title={item.text}>
          <span className="cmp-chip-kind">{IMPACT_LABELS[item.kind]}</span>
          <span className="cmp-chip-text">“{plainMarkdown(item.text)}”</span>
          <span className="cmp-chip-status">{item.status}</span>
        </li>
      ))}
    </ul>
  )
}

function Context({ change }: { change: Change }) {
  const before = plainMarkdown(change.context.before).split(/\s+/).slice(-5).join(' ')
  const after = plainMarkdown(change.context.after).split(/\s+/).slice(0, 5).join(' ')
  const old = change.kind === 'move' ? '' : excerpt(change.oldText, 60)
  const nw = excerpt(change.newText, 60)
  if (change.kind === 'move') return <span className="cmp-change-context">{excerpt(nw, 90)}</span>
  return (
    <span className="cmp-change-context">
      {before ? `…${before} ` : null}
      {old ? (
        <del className="cmp-del">
          <span className="visually-hidden">[deleted: </span>
          {old}
          <span className="visually-hidden">]</span>
        </del>
      ) : null}
      {old && nw ? ' ' : null}
      {nw ? (
        <ins className="cmp-ins">
          <span className="visually-hidden">[inserted: </span>
          {nw}
          <span className="visually-hidden">]</span>
        </ins>
      ) : null}
      {after ? ` ${after}…` : null}
    </span>
  )
}

const DECISION_NOTES: Readonly<Record<Decision | 'none', string>> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  none: 'Undecided',
}

interface ItemProps {
  readonly change: Change
  readonly number: number
  readonly paragraph: string
  readonly reasons: readonly Reason[]
  readonly impact: readonly ImpactItem[] | undefined
  readonly decision: Decision | undefined
  readonly current: boolean
  readonly onSelect: (id: string, from: 'list') => void
  readonly onDecide: (ids: readonly string[], d: Decision | null) => void
}

const ChangeItem = memo(function ChangeItem({
  change,
  number,
  paragraph,
  reasons,
  impact,
  decision,
  current,
  onSelect,
  onDecide,
}: ItemProps) {
  const toggle = (d: Decision) => onDecide([change.id], decision === d ? null : d)
  return (
    <li
      className={clsx('cmp-change', current && 'is-current', decision && `is-${decision}`)}
      aria-current={current ? 'true' : undefined}
    >
      <button
        type="button"
        id={`cmp-change-${change.id}`}
        className="cmp-change-main"
        onClick={() => onSelect(change.id, 'list')}
      >
        <span className="cmp-change-head">
          <span className="cmp-change-number">{number}</span>
          <span className={clsx('cmp-kind', `cmp-kind-${change.kind}`)}>{kindLabel(change)}</span>
          <span className="cmp-change-para">{paragraph}</span>
          {reasons.length > 0 ? (
            <span className="cmp-badge" title={`Substantive: ${reasons.join(', ')}`}>
              Substantive: {reasons.map((r) => REASON_LABELS[r]).join(', ')}
            </span>
          ) : change.trivial ? (
            <span className="cmp-badge cmp-badge-trivial">
              {change.trivial === 'whitespace' ? 'Whitespace only' : 'Punctuation only'}
            </span>
          ) : null}
        </span>
        <Context change={change} />
      </button>
      {impact && impact.length > 0 ? <Chips items={impact} /> : null}
      <div className="cmp-change-actions">
        <button
          type="button"
          className={clsx('cmp-mini', decision === 'accepted' && 'is-on')}
          aria-pressed={decision === 'accepted'}
          aria-label={`Accept change ${number}`}
          onClick={() => toggle('accepted')}
        >
          <Check aria-hidden="true" size={13} /> Accept
        </button>
        <button
          type="button"
          className={clsx('cmp-mini', decision === 'rejected' && 'is-on')}
          aria-pressed={decision === 'rejected'}
          aria-label={`Reject change ${number}`}
          onClick={() => toggle('rejected')}
        >
          <X aria-hidden="true" size={13} /> Reject
        </button>
        <span
          className="cmp-decision"
          title={decision ? undefined : 'No decision yet: saving asks what to do with it'}
        >
          {DECISION_NOTES[decision ?? 'none']}
        </span>
      </div>
    </li>
  )
})

export interface ListedChange {
  readonly change: Change
  readonly number: number
  readonly reasons: readonly Reason[]
}

/** The changes beside the text: kind, context, substantive reasons, impact and decisions. */
export function ChangeList({
  changes,
  impact,
  decisions,
  current,
  onSelect,
  onDecide,
}: {
  changes: readonly ListedChange[]
  impact: ReadonlyMap<string, readonly ImpactItem[]>
  decisions: ReadonlyMap<string, Decision>
  current: string | null
  onSelect: (id: string, from: 'list') => void
  onDecide: (ids: readonly string[], d: Decision | null) => void
}) {
  return (
    <ol className="cmp-change-list" aria-label="Changes">
      {changes.map(({ change, number, reasons }) => (
        <ChangeItem
          key={change.id}
          change={change}
          number={number}
          paragraph={
            change.newParagraph !== null
              ? `¶ ${change.newParagraph + 1}`
              : change.oldParagraph !== null
                ? `old ¶ ${change.oldParagraph + 1}`
                : ''
          }
          reasons={reasons}
          impact={impact.get(change.id)}
          decision={decisions.get(change.id)}
          current={change.id === current}
          onSelect={onSelect}
          onDecide={onDecide}
        />
      ))}
    </ol>
  )
}
