import { useMemo, useState } from 'react'
import { ListChecks, ScrollText } from 'lucide-react'
import clsx from 'clsx'
import type { LegalView, ReadinessItemView } from '@shared/channels/legal'
import { blockingCount } from '@shared/constants'
import type { DraftStatus } from '@shared/domain'
import type { Span } from '@shared/text'
import { useNotices } from '../app/notices'
import { useSpanHighlights } from '../article/highlights'
import { useTextLeaves, type RenderedArticle } from '../article/rendered'
import { revealSpan } from '../article/scroll'
import { useCurrentProfile } from '../profile/context'
import { ReadinessDialog } from '../readiness/ReadinessDialog'
import { ErrorState, Loading } from '../ui/States'
import { AuditDialog } from '../audit/AuditDialog'
import { ExportActions } from '../export/ExportActions'
import { FindingItem } from './FindingItem'
import { ImportedHistory } from './ImportedHistory'
import { ENDORSEMENT_LABELS, KIND_LABELS, excerpt } from './labels'
import { SignoffSection } from './SignoffSection'
import { SubjectField } from './SubjectField'
import { useLegal } from './useLegal'

function counts(v: LegalView): string {
  const errors = v.findings.filter((f) => f.severity === 'error' && !f.accepted).length
  const parts = [
    `${v.disclosures.length} disclosure${v.disclosures.length === 1 ? '' : 's'}`,
    `${v.findings.length} finding${v.findings.length === 1 ? '' : 's'}`,
  ]
  if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`)
  return parts.join(' · ')
}

/**
 * The Legal tab beside the article: readiness, sign-off, findings, disclosures, endorsements and
 * brands, with the disclosures and findings painted in the text; audit trail and export.
 */
export function LegalPanel({
  draftId,
  revisionId,
  status,
  readOnly,
  article,
}: {
  draftId: string
  revisionId: string
  status: DraftStatus
  readOnly: boolean
  /** The article showing the current revision (null while editing or viewing a past one). */
  article: RenderedArticle | null
}) {
  const { push } = useNotices()
  const legal = useLegal(draftId, revisionId)
  // The role only decides what the panel offers; main refuses what it may not do either way.
  const profile = useCurrentProfile()
  const [active, setActive] = useState<Span | null>(null)
  const [dialog, setDialog] = useState<'readiness' | 'audit' | null>(null)
  const view = legal.value
  const leaves = useTextLeaves(article)
  // `::highlight(…)` in legal.css, later ones painted over earlier ones.
  const groups = useMemo(() => {
    const open = view?.findings.filter((f) => !f.accepted) ?? []
    return new Map<string, readonly Span[]>([
      ['galley-legal-disclosure', view?.disclosures ?? []],
      ['galley-legal-error', open.filter((f) => f.severity === 'error')],
      ['galley-legal-warning', open.filter((f) => f.severity !== 'error')],
      ['galley-legal-active', active ? [active] : []],
    ])
  }, [view, active])
  useSpanHighlights(leaves, groups, 0, article?.element ?? null)

  if (legal.status === 'loading') return <Loading label="Checking disclosures…" />
  if (legal.status === 'error') {
    return (
      <ErrorState
        title="The legal review could not be loaded"
        error={legal.error}
        onRetry={legal.reload}
        retrying={legal.refreshing}
      />
    )
  }
  const v = legal.value
  const show = (span: Span) => {
    setActive({ start: span.start, end: span.end })
    if (article) revealSpan(article.element, leaves, span)
  }
  const done = (title: string, tone: 'success' | 'warning' = 'success') => {
    push({ tone, title })
    legal.reload()
  }
  const r = v.readiness
  const blocking = blockingCount(r)
  const covered = v.endorsements.filter((e) => e.covered)
  return (
    <div className="legal-panel" aria-busy={legal.refreshing}>
      <div className="legal-top">
        <p className="legal-summary">{counts(v)}</p>
        <div className="legal-row">
          <button
            type="button"
            className={clsx('button button-small', r.ready ? 'legal-ready' : 'legal-blocked')}
            onClick={() => setDialog('readiness')}
          >
            <ListChecks aria-hidden="true" size={15} />
            {r.ready ? 'Ready to go out' : `Can this go out? ${blocking} blocking`}
          </button>
          <button type="button" className="button button-small" onClick={() => setDialog('audit')}>
            <ScrollText aria-hidden="true" size={15} /> Audit trail
          </button>
        </div>
        <ExportActions draftId={draftId} />
      </div>

      <SignoffSection
        draftId={draftId}
        view={v}
        profile={profile}
        readOnly={readOnly}
        onDone={done}
        onShow={(start) => show({ start, end: start + 1 })}
      />

      <ImportedHistory view={v} />

      <SubjectField
        key={v.subject}
        draftId={draftId}
        subject={v.subject}
        readOnly={readOnly}
        onDone={done}
      />

      <section className="legal-section" aria-label="Findings">
        <h3 className="legal-h">Findings</h3>
        {v.findings.length === 0 ? (
          <p className="legal-muted">No findings on this revision.</p>
        ) : (
          <ul className="legal-list">
            {v.findings.map((f) => (
              <FindingItem
                key={f.id}
                draftId={draftId}
                finding={f}
                canAccept={profile?.role === 'legal' && !readOnly}
                active={active?.start === f.start && active.end === f.end}
                onShow={() => show(f)}
                onDone={done}
              />
            ))}
          </ul>
        )}
      </section>

      <section className="legal-section" aria-label="Disclosures">
        <h3 className="legal-h">
          Disclosures <span className="legal-swatch legal-swatch-disclosure" aria-hidden="true" />
        </h3>
        {v.disclosures.length === 0 ? (
          <p className="legal-muted">No disclosure statement found in the text.</p>
        ) : (
          <ul className="legal-list">
            {v.disclosures.map((d) => (
              <li key={`${d.start}-${d.end}`} className="legal-disclosure">
                <div className="legal-finding-head">
                  <span className="legal-kind">{KIND_LABELS[d.kind]}</span>
                  <span
                    className={clsx('legal-wording', d.wording === 'ambiguous' && 'is-ambiguous')}
                  >
                    {d.wording === 'clear' ? 'Clear wording' : 'Ambiguous wording'}
                  </span>
                </div>
                <p className="legal-quote">{excerpt(d.text, 160)}</p>
                {d.note ? <p className="legal-muted legal-small">{d.note}</p> : null}
                <button type="button" className="link-button" onClick={() => show(d)}>
                  Show in text
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="legal-section" aria-label="Endorsements">
        <h3 className="legal-h">Endorsements to cover ({covered.length})</h3>
        {covered.length === 0 ? (
          <p className="legal-muted">No product links, picks or connected endorsements.</p>
        ) : (
          <ul className="legal-list legal-compact">
            {covered.map((e) => (
              <li key={`${e.kind}-${e.start}-${e.end}`}>
                <span className="legal-kind">{ENDORSEMENT_LABELS[e.kind]}</span>
                {e.brand ? <span className="legal-brand">{e.brand}</span> : null}
                {e.person ? <span className="legal-muted"> · {e.person}</span> : null}
                <button type="button" className="link-button legal-excerpt" onClick={() => show(e)}>
                  {excerpt(e.text, 90)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="legal-section" aria-label="Brands">
        <h3 className="legal-h">Brands</h3>
        {v.brands.length === 0 ? (
          <p className="legal-muted">No brands on this draft.</p>
        ) : (
          <ul className="legal-brands">
            {v.brands.map((b) => (
              <li key={b.name}>
                <b>{b.name}</b>
                <span className="legal-muted legal-small">
                  {' '}
                  {b.sources
                    .map((s) =>
                      s === 'relation'
                        ? 'draft relation'
                        : s === 'person'
                          ? 'people register'
                          : 'named in text',
                    )
                    .join(', ')}
                  {b.mentions.length
                    ? ` · ${b.mentions.length} mention${b.mentions.length === 1 ? '' : 's'}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {dialog === 'readiness' ? (
        <ReadinessDialog
          draftId={draftId}
          view={v}
          status={status}
          readOnly={readOnly}
          onShow={(i: ReadinessItemView) => {
            setDialog(null)
            if (i.start !== undefined) show({ start: i.start, end: i.end ?? i.start + 1 })
          }}
          onClose={() => setDialog(null)}
          onMarked={() => {
            setDialog(null)
            push({ tone: 'success', title: 'Marked ready' })
          }}
        />
      ) : null}
      {dialog === 'audit' ? (
        <AuditDialog draftId={draftId} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  )
}
