// The application menu (a template built from actions passed in) and the actions the shell runs.
import { basename } from 'node:path'
import {
  dialog,
  Menu,
  type BrowserWindow,
  type MenuItemConstructorOptions,
  type OpenDialogOptions,
} from 'electron'
import type { EventPayload } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import type { GalleyCore } from '../core'

export type MenuCommand = EventPayload<'menu:command'>['command']

/** What the menu items do; passed in so the template can be built and tested without Electron. */
export interface MenuActions {
  readonly newDraft: () => void
  /** File › Open Library…: a folder chosen in the native dialog opens in the current one's place. */
  readonly openLibrary: () => Promise<void>
  readonly importFiles: () => Promise<void>
  readonly importRevision: () => void
  /** Find in the open draft or comparison (the library search when none is open). */
  readonly find: () => void
  readonly searchLibrary: () => void
  readonly compareRevisions: () => void
  /** File › Export: the open draft's article, review or claim log (the window makes the file). */
  readonly exportDraft: (command: ExportCommand) => void
  readonly about: () => Promise<void>
}

/** The File › Export items, sent to the window as menu commands. */
export type ExportCommand = Extract<MenuCommand, `export-${string}`>

export interface MenuEnvironment {
  readonly platform: NodeJS.Platform
  readonly isPackaged: boolean
  readonly appName: string
}

/** The file types Import… offers; the core decides what it can read. */
export const IMPORT_FILTERS: OpenDialogOptions['filters'] = [
  { name: 'Drafts', extensions: ['md', 'markdown', 'txt', 'html', 'htm', 'docx'] },
]

function run(action: () => void | Promise<void>): () => void {
  return () => {
    Promise.resolve()
      .then(action)
      .catch((e: unknown) => console.error('A menu action failed:', e))
  }
}

/** The application menu as a template: standard roles plus Galley's commands. */
export function menuTemplate(
  actions: MenuActions,
  env: MenuEnvironment,
): MenuItemConstructorOptions[] {
  const mac = env.platform === 'darwin'
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: `About ${env.appName}`,
    click: run(actions.about),
  }

  const appMenu: MenuItemConstructorOptions = {
    label: env.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  }

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        id: 'new-draft',
        label: 'New Draft',
        accelerator: 'CmdOrCtrl+N',
        click: run(actions.newDraft),
      },
      {
        id: 'open-library',
        label: 'Open Library…',
        click: run(actions.openLibrary),
      },
      { type: 'separator' },
      {
        id: 'import',
        label: 'Import…',
        accelerator: 'CmdOrCtrl+O',
        click: run(actions.importFiles),
      },
      {
        id: 'import-revision',
        label: 'Import as New Revision…',
        accelerator: 'CmdOrCtrl+Shift+O',
        click: run(actions.importRevision),
      },
      {
        id: 'export',
        label: 'Export',
        submenu: [
          {
            id: 'export-article-docx',
            label: 'Article as Word (.docx)',
            click: run(() => actions.exportDraft('export-article-docx')),
          },
          {
            id: 'export-article-md',
            label: 'Article as Markdown (.md)',
            click: run(() => actions.exportDraft('export-article-md')),
          },
          {
            id: 'export-article-html',
            label: 'Article as Web Page (.html)',
            click: run(() => actions.exportDraft('export-article-html')),
          },
          { type: 'separator' },
          {
            id: 'export-review-docx',
            label: 'Review with Comments (.docx)',
            click: run(() => actions.exportDraft('export-review-docx')),
          },
          {
            id: 'export-claim-log',
            label: 'Claim Log (.csv)',
            click: run(() => actions.exportDraft('export-claim-log')),
          },
        ],
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { id: 'find', label: 'Find…', accelerator: 'CmdOrCtrl+F', click: run(actions.find) },
      {
        id: 'search-library',
        label: 'Search Library…',
        accelerator: 'CmdOrCtrl+Shift+F',
        click: run(actions.searchLibrary),
      },
    ],
  }

  const developer: MenuItemConstructorOptions[] = env.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      {
        id: 'compare-revisions',
        label: 'Compare Revisions…',
        accelerator: 'CmdOrCtrl+Alt+C',
        click: run(actions.compareRevisions),
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }

  const help: MenuItemConstructorOptions = { role: 'help', submenu: [about] }

  return [...(mac ? [appMenu] : []), file, edit, view, { role: 'windowMenu' }, help]
}

/** Builds the template and makes it the application menu. */
export function installMenu(actions: MenuActions, env: MenuEnvironment): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, env)))
}

export interface ShellDeps {
  readonly core: Pick<GalleyCore, 'importPath' | 'libraryPath'> & {
    /** Opens another library in the current one's place (LibrarySwitcher.open). */
    readonly open: (folder: string) => Promise<string>
  }
  /** The window a dialog belongs to and a command goes to. */
  readonly targetWindow: () => BrowserWindow | null
  /** Sends `menu:command` to the target window. */
  readonly command: (command: MenuCommand) => void
  /** Reloads every window (after another library was opened). */
  readonly reloadWindows: () => void
  readonly version: string
}

export interface Refusal {
  readonly fileName: string
  readonly message: string
}

/** The message box text for files that were not imported. */
export function describeRefusals(refusals: readonly Refusal[]): {
  message: string
  detail: string
} {
  const message =
    refusals.length === 1
      ? `“${refusals[0]?.fileName}” could not be imported.`
      : `${refusals.length} files could not be imported.`
  const detail =
    refusals.length === 1
      ? (refusals[0]?.message ?? '')
      : refusals.map((r) => `${r.fileName}: ${r.message}`).join('\n\n')
  return { message, detail }
}

function refusalOf(filePath: string, e: unknown): Refusal {
  if (e instanceof GalleyError) return { fileName: basename(filePath), message: e.message }
  console.error(`Importing ${filePath} failed:`, e)
  return {
    fileName: basename(filePath),
    message: 'Something unexpected went wrong inside Galley; the details were written to its log.',
  }
}

/** File › Import…: the native Open dialog, then one import per chosen file. */
export async function importWithDialog(deps: ShellDeps): Promise<void> {
  const win = deps.targetWindow()
  const options: OpenDialogOptions = {
    title: 'Import drafts',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: IMPORT_FILTERS,
  }
  const chosen = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options)
  if (chosen.canceled) return

  const refusals: Refusal[] = []
  for (const filePath of chosen.filePaths) {
    try {
      await deps.core.importPath(filePath)
    } catch (e) {
      refusals.push(refusalOf(filePath, e))
    }
  }
  if (refusals.length === 0) return
  const box = { type: 'warning' as const, title: 'Import', ...describeRefusals(refusals) }
  await (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box))
}

/**
 * File › Open Library…: the native folder dialog, then the library opens in every window's place
 * (they reload). A folder that cannot be opened leaves the current library open, and says why.
 */
export async function openLibraryWithDialog(deps: ShellDeps): Promise<void> {
  const win = deps.targetWindow()
  const options: OpenDialogOptions = {
    title: 'Open library',
    buttonLabel: 'Open Library',
    defaultPath: deps.core.libraryPath,
    properties: ['openDirectory', 'createDirectory'],
  }
  const chosen = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options)
  const folder = chosen.filePaths[0]
  if (chosen.canceled || !folder) return
  try {
    await deps.core.open(folder)
  } catch (e) {
    const box = {
      type: 'warning' as const,
      title: 'Open library',
      message: 'Galley could not open that library; the current one stays open.',
      detail: refusalOf(folder, e).message,
    }
    await (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box))
    return
  }
  deps.reloadWindows()
}

/** Help › About Galley. */
export async function showAbout(deps: ShellDeps): Promise<void> {
  const win = deps.targetWindow()
  const box = {
    type: 'info' as const,
    title: 'About Galley',
    message: `Galley ${deps.version}`,
    detail: `An editorial review workstation for fact-checkers, editors and legal.\n\nLibrary: ${deps.core.libraryPath}`,
  }
  await (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box))
}

/** The shell's menu actions: native dialogs in main, everything else as a renderer command. */
export function shellActions(deps: ShellDeps): MenuActions {
  return {
    newDraft: () => deps.command('new-draft'),
    openLibrary: () => openLibraryWithDialog(deps),
    importFiles: () => importWithDialog(deps),
    importRevision: () => deps.command('import-revision'),
    find: () => deps.command('find'),
    searchLibrary: () => deps.command('search-library'),
    compareRevisions: () => deps.command('compare-revisions'),
    exportDraft: (command) => deps.command(command),
    about: () => showAbout(deps),
  }
}
