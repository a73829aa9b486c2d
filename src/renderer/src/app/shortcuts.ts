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

/** A key and what it does, as the shortcuts help lists them. */
export interface ShortcutHelp {
  readonly keys: readonly string[]
  readonly action: string
}

/** One view's keys, as the shortcuts help lists them. */
export interface ShortcutSection {
  readonly title: string
  readonly keys: readonly ShortcutHelp[]
}

/** The window's own keys, wherever the focus is. */
export const WINDOW_SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: ['Mod+N'], action: 'New draft' },
  { keys: ['Mod+O'], action: 'Import files' },
  {
    keys: ['Mod+F'],
    action: 'Find in the open draft or comparison (Enter, Shift+Enter: next, previous)',
  },
  { keys: ['Mod+Shift+F'], action: 'Search the library' },
  { keys: ['Mod+E'], action: 'Edit the open draft' },
  { keys: ['Mod+S'], action: 'Save the edit as a new revision (while editing)' },
  { keys: ['Mod+Alt+C'], action: 'Compare revisions of the open draft' },
  { keys: ['?'], action: 'Show these shortcuts' },
]

/** The comparison's keys (single keys work when the focus is not in a text field). */
export const COMPARE_SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: ['N', 'Alt+↓'], action: 'Next change' },
  { keys: ['P', 'Alt+↑'], action: 'Previous change' },
  { keys: ['A'], action: 'Accept the current change (again: clear)' },
  { keys: ['R'], action: 'Reject the current change (again: clear)' },
  { keys: ['Esc'], action: 'Close the comparison' },
]

/** The fact-check margin's keys (Claims tab). Single keys work when focus is not in a text field. */
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
]

/** Every view's keys, in the order the help shows them. */
export const SHORTCUT_SECTIONS: readonly ShortcutSection[] = [
  { title: 'Anywhere', keys: WINDOW_SHORTCUTS },
  { title: 'Claims margin', keys: CLAIM_SHORTCUTS },
  { title: 'Comparing revisions', keys: COMPARE_SHORTCUTS },
]

/** "Ctrl+Shift+M", or "⌘⇧M" on a Mac. */
export function keyLabel(keys: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
  return mac
    ? keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥')
    : keys.replace('Mod+', 'Ctrl+')
}
