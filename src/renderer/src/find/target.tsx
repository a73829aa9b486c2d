// Who answers Ctrl/Cmd+F: the open draft or comparison registers itself; with neither open,
// the window leaves the key to the browser's own find (or, in the app, to the library search).
import { createContext, useContext, useEffect, useEffectEvent, type ReactNode } from 'react'

/** Opens a view's find bar. */
export type OpenFind = () => void

export interface FindTargets {
  /** Registers the view that finds now; returns the way to let go of it. */
  readonly register: (open: OpenFind) => () => void
}

const FindContext = createContext<FindTargets | null>(null)

/** Given by the Shell, which owns the shortcut. */
export function FindProvider({ targets, children }: { targets: FindTargets; children: ReactNode }) {
  return <FindContext.Provider value={targets}>{children}</FindContext.Provider>
}

/** Makes this view the one Ctrl/Cmd+F finds in while `active`. */
export function useFindTarget(active: boolean, open: OpenFind): void {
  const targets = useContext(FindContext)
  const run = useEffectEvent(open)
  useEffect(() => {
    if (!targets || !active) return
    return targets.register(() => run())
  }, [targets, active])
}
