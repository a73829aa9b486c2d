/** Ctrl on Windows and Linux, Cmd on macOS: either counts, as Electron's CmdOrCtrl does. */
export function isMod(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey
}

/** The letter of a Mod+letter shortcut, lower-cased; null for anything else. */
export function modKey(e: KeyboardEvent): string | null {
  if (!isMod(e) || e.key.length !== 1) return null
  return e.key.toLowerCase()
}
