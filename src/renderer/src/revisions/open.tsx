import { createContext, useContext, useEffect, useEffectEvent, type ReactNode } from 'react'

/** Opens the comparison of a draft's revisions; null ids mean previous → current. */
export type OpenCompare = (draftId: string, oldId?: string | null, newId?: string | null) => void

const OpenCompareContext = createContext<OpenCompare | null>(null)

/** Given by the Shell, which owns the compare mode. */
export function CompareProvider({ open, children }: { open: OpenCompare; children: ReactNode }) {
  return <OpenCompareContext.Provider value={open}>{children}</OpenCompareContext.Provider>
}

/**
 * The "Compare revisions…" command for any component below the Shell, e.g. a revision list's
 * "Compare" button: `useOpenCompare()(draftId, revision.id, currentId)`.
 */
export function useOpenCompare(): OpenCompare {
  const open = useContext(OpenCompareContext)
  if (!open) throw new Error('useOpenCompare needs a CompareProvider above it')
  return open
}

/** True for Ctrl+Alt+C (Cmd+Alt+C on a Mac), by key code: Alt changes the character. */
export function isCompareShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && e.altKey && !e.shiftKey && e.code === 'KeyC'
}

/** Calls `onOpen` on Ctrl/Cmd+Alt+C while no dialog is open. */
export function useCompareShortcut(onOpen: () => void): void {
  const run = useEffectEvent((e: KeyboardEvent) => {
    if (!isCompareShortcut(e)) return
    if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return
    e.preventDefault()
    onOpen()
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => run(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
