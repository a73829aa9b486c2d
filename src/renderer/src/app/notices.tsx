import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

export type NoticeTone = 'error' | 'warning' | 'success'

export interface Notice {
  readonly id: number
  readonly tone: NoticeTone
  readonly title: string
  /** Shown verbatim: messages from the host are written for people. */
  readonly message?: string
  readonly details?: readonly string[]
  /** What it is about; a newer notice of the same kind replaces it (default: its tone). */
  readonly kind?: string
}

export interface Notices {
  readonly list: readonly Notice[]
  readonly push: (notice: Omit<Notice, 'id'>) => void
  readonly dismiss: (id: number) => void
}

const NoticesContext = createContext<Notices | null>(null)
let nextId = 1
/** At most one of each tone is on screen at a time. */
const MAX_SHOWN = 3

const kindOf = (n: Pick<Notice, 'kind' | 'tone'>) => n.kind ?? n.tone

/**
 * Holds the app's notifications (import refusals, warnings, confirmations): the newest of each
 * kind replaces the one before it, so they never pile up.
 */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [list, setList] = useState<readonly Notice[]>([])
  const push = useCallback((notice: Omit<Notice, 'id'>) => {
    setList((l) =>
      [...l.filter((n) => kindOf(n) !== kindOf(notice)), { ...notice, id: nextId++ }].slice(
        -MAX_SHOWN,
      ),
    )
  }, [])
  const dismiss = useCallback((id: number) => setList((l) => l.filter((n) => n.id !== id)), [])
  const value = useMemo(() => ({ list, push, dismiss }), [list, push, dismiss])
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>
}

/** The notifications and the actions on them. */
export function useNotices(): Notices {
  const notices = useContext(NoticesContext)
  if (!notices) throw new Error('useNotices needs a NoticesProvider above it')
  return notices
}
