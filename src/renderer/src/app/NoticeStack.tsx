import { useCallback, useEffect } from 'react'
import { AlertTriangle, CheckCircle2, X } from 'lucide-react'
import { useNotices, type Notice } from './notices'

const SUCCESS_MS = 5000

function NoticeCard({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { tone } = notice
  useEffect(() => {
    // Confirmations fade on their own; errors and warnings stay until dismissed.
    if (tone !== 'success') return
    const timer = setTimeout(onDismiss, SUCCESS_MS)
    return () => clearTimeout(timer)
  }, [tone, onDismiss])
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {tone === 'success' ? (
        <CheckCircle2 aria-hidden="true" size={18} className="notice-icon" />
      ) : (
        <AlertTriangle aria-hidden="true" size={18} className="notice-icon" />
      )}
      <div className="notice-text">
        <p className="notice-title">{notice.title}</p>
        {notice.message ? <p className="notice-message">{notice.message}</p> : null}
        {notice.details && notice.details.length > 0 ? (
          <ul className="notice-details">
            {notice.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss notification"
        onClick={onDismiss}
      >
        <X aria-hidden="true" size={16} />
      </button>
    </div>
  )
}

/**
 * The window's one notice area: a strip along its bottom edge that takes its own room, so a
 * notice never covers the article, the margin or a button; each notice can be dismissed.
 */
export function NoticeStack() {
  const { list, dismiss } = useNotices()
  return (
    <section className="notice-stack" aria-label="Notifications">
      {list.map((n) => (
        <NoticeCardFor key={n.id} notice={n} dismiss={dismiss} />
      ))}
    </section>
  )
}

function NoticeCardFor({ notice, dismiss }: { notice: Notice; dismiss: (id: number) => void }) {
  const { id } = notice
  const onDismiss = useCallback(() => dismiss(id), [dismiss, id])
  return <NoticeCard notice={notice} onDismiss={onDismiss} />
}
