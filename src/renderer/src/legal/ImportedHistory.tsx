import { History } from 'lucide-react'
import type { LegalView } from '@shared/channels/legal'
import { exactTime } from '../ui/format'
import { excerpt } from './labels'

/**
 * Sign-offs and accepted findings that came with a portable file from another library. They are
 * that library's history, shown as such: never as approval here, where only this library's own
 * Legal sign-off counts.
 */
export function ImportedHistory({ view }: { view: LegalView }) {
  const batches = view.imported ?? []
  if (batches.length === 0) return null
  return (
    <section className="legal-section legal-imported" aria-label="Imported legal history">
      <h3 className="legal-h">
        <History aria-hidden="true" size={15} /> Imported history
      </h3>
      <p className="legal-muted legal-small">
        Recorded in another library before this draft was imported. Not an approval here: only a
        sign-off given in this library by a Legal profile counts.
      </p>
      {batches.map((b) => (
        <div key={`${b.from.fileName}-${b.from.importedAt}`} className="legal-imported-batch">
          <p className="legal-small">
            From <b>{b.from.fileName}</b>
            {b.from.exportedBy ? `, exported by ${b.from.exportedBy}` : ''},{' '}
            {exactTime(b.from.exportedAt)}; imported {exactTime(b.from.importedAt)}
          </p>
          <ol className="legal-imported-list">
            {b.signoffs.map((s) => (
              <li key={s.id}>
                {s.decision === 'approve' ? 'Approval' : 'Changes requested'} recorded there by{' '}
                {s.by}, {exactTime(s.at)}
                {s.comment ? (
                  <span className="legal-muted"> — “{excerpt(s.comment, 90)}”</span>
                ) : null}
              </li>
            ))}
            {b.accepted.map((a) => (
              <li key={`${a.findingId}-${a.at}`}>
                Finding accepted there by {a.by}, {exactTime(a.at)}
                <span className="legal-muted"> — “{excerpt(a.reason, 90)}”</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  )
}
