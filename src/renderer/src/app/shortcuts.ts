/** Ctrl on Windows and Linux, Cmd on macOS: either counts, as Electron's CmdOrCtrl does. */
export function isMod(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey
}

/** The letter of a Mod+letter shortcut, lower-cased; null for anything else. */
export function modKey(e: KeyboardEvent): string | null {
  if (!isMod(e) || e.key.length !== 1) return null
  return e.key.toLowerCase()
}

/** True while typing: keys then belong to the field, not to the view's single-key shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT'
}

/** A key of the fact-check margin and what it does, as the shortcuts help lists them. */
export interface ShortcutHelp {
  readonly keys: readonly string[]
  readonly action: string
}

/** Mod is Ctrl (Cmd on a Mac). Single keys work when focus is not in a text field. */
export const CLAIM_SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: ['Mod+Shift+M'], action: 'Mark the selected text as a claim' },
  { keys: ['J', 'Alt+↓'], action: 'Next claim' },
  { keys: ['K', 'Alt+↑'], action: 'Previous claim' },
  { keys: ['1'], action: 'Set the focused claim to Unchecked' },
  { keys: ['2'], action: 'Verified' },
  { keys: ['3'], action: 'Partly true' },
  { keys: ['4'], action: 'False' },
  { keys: ['5'], action: 'Unverifiable' },
  { keys: ['6'], action: 'Opinion (not a factual claim)' },
  { keys: ['Esc'], action: 'Close the focused card' },
  { keys: ['?'], action: 'Show these shortcuts' },
]

/** "Ctrl+Shift+M", or "⌘⇧M" on a Mac. */
export function keyLabel(keys: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
  return mac
    ? keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥')
    : keys.replace('Mod+', 'Ctrl+')
}
