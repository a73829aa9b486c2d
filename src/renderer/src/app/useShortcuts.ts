import { useEffect, useEffectEvent } from 'react'
import { isTyping, modKey } from './shortcuts'

export interface ShortcutActions {
  readonly newDraft: () => void
  readonly importFiles: () => void
  /** Find in the open draft or comparison; false when there is none to find in. */
  readonly find: () => boolean
  readonly searchLibrary: () => void
  readonly edit: () => void
  /** "?" outside a text field: every view's keys. */
  readonly help: () => void
}

function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null
}

/**
 * The window's shortcuts: Mod+N, Mod+O, Mod+F (find in the open draft or comparison; with none
 * open, the browser's own find), Mod+Shift+F (the library search), Mod+E (Mod is Ctrl, or Cmd on
 * a Mac), and "?".
 * In Electron the application menu owns N, O and F and sends them as `menu:command`,
 * so `menuOwnsFileKeys` leaves those to it. Mod+S while not editing does nothing (no
 * "Save page"); while editing, the editor handles S and E itself.
 */
export function useShortcuts(
  actions: ShortcutActions,
  options: { readonly menuOwnsFileKeys: boolean; readonly editing: boolean },
): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      if (e.defaultPrevented || isTyping(e.target) || dialogOpen()) return
      e.preventDefault()
      return actions.help()
    }
    const key = modKey(e)
    if (key === 'f') {
      // In the app the menu owns these keys; with no draft open the browser keeps its find.
      if (options.menuOwnsFileKeys || dialogOpen()) return
      if (e.shiftKey) {
        e.preventDefault()
        actions.searchLibrary()
      } else if (actions.find()) e.preventDefault()
      return
    }
    if (key === null || e.shiftKey) return
    if (key === 's' && !options.editing) return e.preventDefault()
    if (dialogOpen()) return
    const fileKeys: Readonly<Record<string, () => void>> = {
      n: actions.newDraft,
      o: actions.importFiles,
    }
    const fileAction = fileKeys[key]
    if (fileAction) {
      if (options.menuOwnsFileKeys) return
      e.preventDefault()
      fileAction()
    } else if (key === 'e' && !options.editing) {
      e.preventDefault()
      actions.edit()
    }
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
