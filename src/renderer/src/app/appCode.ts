// For component tests that render the whole window (the window itself loads these parts on
// first use or when idle: Shell, later.tsx, revisions/lazy.tsx).

/**
 * Loads every part of the window that is otherwise fetched on first use (the draft view, the
 * comparison, dialogs, menus), so that a test's waits are for what the screen shows and not for
 * compiling modules, which on a busy machine took longer than 15 s. Use it in `beforeAll`.
 */
export async function loadAppCode(): Promise<void> {
  await Promise.all([
    import('../draft/DraftView'),
    import('../revisions/CompareView'),
    import('../ui/Confirm'),
    import('../drafts/NewDraftDialog'),
    import('../drafts/RenameDialog'),
    import('../drafts/DraftMenuLive'),
    import('../profile/ProfileDialog'),
    import('../profile/ProfileMenuLive'),
    import('./RecoveryDialog'),
  ])
}
