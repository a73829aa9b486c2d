// Parts of the window that are not on screen when it opens (dialogs, menus), kept out of its
// first bundle and loaded once it has painted (`preloadLater`), or on first use if sooner.
import type { ConfirmProps } from '../ui/Confirm'
import { deferred } from '../ui/deferred'

const confirm = deferred(() => import('../ui/Confirm').then((m) => m.Confirm))
const newDraft = deferred(() => import('../drafts/NewDraftDialog').then((m) => m.NewDraftDialog))
const profile = deferred(() => import('../profile/ProfileDialog').then((m) => m.ProfileDialog))
const rename = deferred(() => import('../drafts/RenameDialog').then((m) => m.RenameDialog))
const recovery = deferred(() => import('./RecoveryDialog').then((m) => m.RecoveryDialog))
const shortcuts = deferred(() => import('./ShortcutsHelp').then((m) => m.ShortcutsHelp))

/** The confirmation dialog, rendered only while open. */
export function Confirm(props: ConfirmProps) {
  return props.open ? <confirm.Component {...props} /> : null
}
export const NewDraftDialog = newDraft.Component
export const ProfileDialog = profile.Component
export const RenameDialog = rename.Component
export const RecoveryDialog = recovery.Component
export const ShortcutsHelp = shortcuts.Component

const all = [confirm, newDraft, profile, rename, recovery, shortcuts]

/** Loads every deferred part when the window is idle after its first paint. */
export function preloadLater(extra: readonly (() => Promise<unknown>)[] = []): () => void {
  const load = () => {
    for (const part of all) void part.preload()
    for (const more of extra) void more()
  }
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(load, { timeout: 2_000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(load, 200)
  return () => clearTimeout(id)
}
