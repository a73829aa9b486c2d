import { STATUS_LABELS } from '@shared/constants'
import type { DraftStatus } from '@shared/domain'

/** A draft's status as a small coloured label. */
export function StatusBadge({ status }: { status: DraftStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>
}
