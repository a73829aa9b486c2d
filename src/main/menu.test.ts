import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { GalleyError } from '@shared/errors'
import {
  describeRefusals,
  importWithDialog,
  installMenu,
  menuTemplate,
  openLibraryWithDialog,
  shellActions,
  type MenuActions,
  type MenuCommand,
  type MenuEnvironment,
  type ShellDeps,
} from './menu'

const fake = vi.hoisted(() => ({
  dialog: {
    showOpenDialog: vi.fn(),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
    showErrorBox: vi.fn(),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}))
vi.mock('electron', () => ({ dialog: fake.dialog, Menu: fake.Menu }))

const LINUX: MenuEnvironment = { platform: 'linux', isPackaged: true, appName: 'Galley' }
const MAC: MenuEnvironment = { platform: 'darwin', isPackaged: true, appName: 'Galley' }

function fakeActions() {
  return {
    newDraft: vi.fn<() => void>(),
    openLibrary: vi.fn(async () => {}),
    importFiles: vi.fn(async () => {}),
    importRevision: vi.fn<() => void>(),
    find: vi.fn<() => void>(),
    searchLibrary: vi.fn<() => void>(),
    compareRevisions: vi.fn<() => void>(),
    exportDraft: vi.fn<MenuActions['exportDraft']>(),
    about: vi.fn(async () => {}),
  } satisfies MenuActions
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error('no submenu')
  return item.submenu
}

function topLevel(template: MenuItemConstructorOptions[], label: string) {
  return submenu(template.find((m) => m.label === label || m.role === label.toLowerCase()))
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  for (const menu of template) {
    const found = (Array.isArray(menu.submenu) ? menu.submenu : []).find((i) => i.id === id)
    if (found) return found
  }
  throw new Error(`no menu item "${id}"`)
}

function roles(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.filter((i) => i.type !== 'separator').map((i) => i.role ?? i.id)
}

function click(item: MenuItemConstructorOptions): void {
  ;(item.click as () => void)()
}

const flush = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => {
  vi.clearAllMocks()
})

describe('menuTemplate', () => {
  it('has File, Edit, View, Window and Help, with the macOS app menu only on macOS', () => {
    const linux = menuTemplate(fakeActions(), LINUX)
    expect(linux.map((m) => m.label ?? m.role)).toEqual([
      'File',
      'Edit',
      'View',
      'windowMenu',
      'help',
    ])
    const mac = menuTemplate(fakeActions(), MAC)
    expect(mac.map((m) => m.label ?? m.role)).toEqual([
      'Galley',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'help',
    ])
    expect(roles(submenu(mac[0]))).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ])
  })

  it('File has New Draft, Open Library…, Import…, Import as New Revision…, Export ▸, then Close or Quit', () => {
    const linux = menuTemplate(fakeActions(), LINUX)
    const file = topLevel(linux, 'File')
    expect(file.map((i) => (i.type === 'separator' ? '-' : (i.label ?? i.role)))).toEqual([
      'New Draft',
      'Open Library…',
      '-',
      'Import…',
      'Import as New Revision…',
      'Export',
      '-',
      'quit',
    ])
    expect(byId(linux, 'new-draft').accelerator).toBe('CmdOrCtrl+N')
    expect(byId(linux, 'import').accelerator).toBe('CmdOrCtrl+O')
    expect(byId(linux, 'import-revision').accelerator).toBe('CmdOrCtrl+Shift+O')
    expect(byId(linux, 'export').enabled).not.toBe(false)
    expect(roles(submenu(byId(linux, 'export')))).toEqual([
      'export-article-docx',
      'export-article-md',
      'export-article-html',
      'export-review-docx',
      'export-claim-log',
    ])

    const macFile = topLevel(menuTemplate(fakeActions(), MAC), 'File')
    expect(macFile.at(-1)?.role).toBe('close')
  })

  it('each File › Export item asks the window for its export', async () => {
    const actions = fakeActions()
    for (const item of submenu(byId(menuTemplate(actions, LINUX), 'export'))) {
      if (item.type === 'separator') continue
      click(item)
    }
    await flush()
    expect(actions.exportDraft.mock.calls.map((c) => c[0])).toEqual([
      'export-article-docx',
      'export-article-md',
      'export-article-html',
      'export-review-docx',
      'export-claim-log',
    ])
  })

  it('Edit has the standard roles and Find', () => {
    const template = menuTemplate(fakeActions(), LINUX)
    expect(roles(topLevel(template, 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'find',
      'search-library',
    ])
    expect(byId(template, 'find').accelerator).toBe('CmdOrCtrl+F')
    expect(byId(template, 'search-library').accelerator).toBe('CmdOrCtrl+Shift+F')
  })

  it('View offers reload and developer tools only when not packaged', () => {
    const packaged = roles(topLevel(menuTemplate(fakeActions(), LINUX), 'View'))
    expect(packaged).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'compare-revisions',
      'togglefullscreen',
    ])
    const dev = roles(
      topLevel(menuTemplate(fakeActions(), { ...LINUX, isPackaged: false }), 'View'),
    )
    expect(dev).toEqual([
      'reload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'compare-revisions',
      'togglefullscreen',
    ])
  })

  it('Help has About Galley', () => {
    const help = topLevel(menuTemplate(fakeActions(), LINUX), 'Help')
    expect(help.map((i) => i.label)).toEqual(['About Galley'])
  })

  it('each command item runs its action', async () => {
    const actions = fakeActions()
    const template = menuTemplate(actions, LINUX)
    const expected: [string, keyof MenuActions][] = [
      ['new-draft', 'newDraft'],
      ['import', 'importFiles'],
      ['import-revision', 'importRevision'],
      ['find', 'find'],
      ['search-library', 'searchLibrary'],
      ['compare-revisions', 'compareRevisions'],
      ['about', 'about'],
    ]
    for (const [id, action] of expected) {
      click(byId(template, id))
      await flush()
      expect(actions[action], id).toHaveBeenCalledOnce()
    }
  })

  it('a failing action is logged, not thrown out of the click', async () => {
    const actions = {
      ...fakeActions(),
      importFiles: vi.fn(async () => Promise.reject(new Error('boom'))),
    }
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    click(byId(menuTemplate(actions, LINUX), 'import'))
    await flush()
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })

  it('installMenu builds the template and sets it as the application menu', () => {
    installMenu(fakeActions(), LINUX)
    expect(fake.Menu.buildFromTemplate).toHaveBeenCalledOnce()
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(
      fake.Menu.buildFromTemplate.mock.results[0]?.value,
    )
  })
})

describe('shell actions', () => {
  const win = { id: 1 } as unknown as BrowserWindow

  function deps(
    importPath: ShellDeps['core']['importPath'] = vi.fn(async () => ({ draftId: 'd1' })),
    open: ShellDeps['core']['open'] = vi.fn(async (folder: string) => folder),
  ) {
    const commands: MenuCommand[] = []
    const reloadWindows = vi.fn<() => void>()
    const d: ShellDeps = {
      core: { importPath, open, libraryPath: '/home/me/Galley/library' },
      targetWindow: () => win,
      command: (c) => commands.push(c),
      reloadWindows,
      version: '0.1.0',
    }
    return { deps: d, commands, importPath, open, reloadWindows }
  }

  it('Open Library… asks for a folder, opens it in the current library’s place and reloads the windows', async () => {
    const { deps: d, open, reloadWindows } = deps()
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/srv/team'] })
    await openLibraryWithDialog(d)
    const [parent, options] = fake.dialog.showOpenDialog.mock.calls[0] as [
      unknown,
      Electron.OpenDialogOptions,
    ]
    expect(parent).toBe(win)
    expect(options.properties).toEqual(['openDirectory', 'createDirectory'])
    expect(options.defaultPath).toBe('/home/me/Galley/library')
    expect(open).toHaveBeenCalledExactlyOnceWith('/srv/team')
    expect(reloadWindows).toHaveBeenCalledOnce()
  })

  it('Open Library…: a folder that cannot be opened is said in a box; nothing reloads', async () => {
    const open = vi.fn(async () => {
      throw new GalleyError('library-locked', 'The library is open in another Galley.')
    })
    const { deps: d, reloadWindows } = deps(undefined, open)
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/srv/team'] })
    await openLibraryWithDialog(d)
    expect(fake.dialog.showMessageBox).toHaveBeenCalledExactlyOnceWith(
      win,
      expect.objectContaining({
        type: 'warning',
        message: 'Galley could not open that library; the current one stays open.',
        detail: 'The library is open in another Galley.',
      }),
    )
    expect(reloadWindows).not.toHaveBeenCalled()
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    await openLibraryWithDialog(d)
    expect(open).toHaveBeenCalledOnce()
  })

  it('New Draft, Import as New Revision…, Find and Compare Revisions… become renderer commands', () => {
    const { deps: d, commands } = deps()
    const actions = shellActions(d)
    actions.newDraft()
    actions.importRevision()
    actions.find()
    actions.searchLibrary()
    actions.compareRevisions()
    actions.exportDraft('export-review-docx')
    expect(commands).toEqual([
      'new-draft',
      'import-revision',
      'find',
      'search-library',
      'compare-revisions',
      'export-review-docx',
    ])
  })

  it('Import… opens the native dialog for drafts, several at once, and imports each', async () => {
    const { deps: d, importPath } = deps()
    fake.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/tmp/a.md', '/tmp/b.docx'],
    })
    await importWithDialog(d)
    const [parent, options] = fake.dialog.showOpenDialog.mock.calls[0] as [
      unknown,
      Electron.OpenDialogOptions,
    ]
    expect(parent).toBe(win)
    expect(options.properties).toEqual(['openFile', 'multiSelections'])
    expect(options.filters).toEqual([
      { name: 'Drafts', extensions: ['md', 'markdown', 'txt', 'html', 'htm', 'docx'] },
    ])
    expect(importPath).toHaveBeenNthCalledWith(1, '/tmp/a.md')
    expect(importPath).toHaveBeenNthCalledWith(2, '/tmp/b.docx')
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled()
  })

  it('a cancelled dialog imports nothing', async () => {
    const { deps: d, importPath } = deps()
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    await importWithDialog(d)
    expect(importPath).not.toHaveBeenCalled()
  })

  it('a refused file is reported with the core’s own message; the others still import', async () => {
    const importPath = vi.fn(async (path: string) => {
      if (path.endsWith('.png.md'))
        throw new GalleyError('unreadable-file', '"photo.png.md" is not a text file.')
      return { draftId: 'd1' }
    })
    const { deps: d } = deps(importPath)
    fake.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/tmp/photo.png.md', '/tmp/ok.md'],
    })
    await importWithDialog(d)
    expect(importPath).toHaveBeenCalledTimes(2)
    expect(fake.dialog.showMessageBox).toHaveBeenCalledExactlyOnceWith(
      win,
      expect.objectContaining({
        type: 'warning',
        message: '“photo.png.md” could not be imported.',
        detail: '"photo.png.md" is not a text file.',
      }),
    )
  })

  it('several refusals are listed in one box; an unexpected error is logged and said plainly', async () => {
    const importPath = vi.fn(async (path: string) => {
      if (path.endsWith('big.docx'))
        throw new GalleyError(
          'file-too-large',
          '"big.docx" is 31.0 MB; Galley imports files up to 20.0 MB.',
        )
      throw new Error('EACCES')
    })
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { deps: d } = deps(importPath)
    fake.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/tmp/big.docx', '/tmp/locked.md'],
    })
    await importWithDialog(d)
    const [, box] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [
      unknown,
      Electron.MessageBoxOptions,
    ]
    expect(box.message).toBe('2 files could not be imported.')
    expect(box.detail).toContain('big.docx: "big.docx" is 31.0 MB')
    expect(box.detail).toContain('locked.md: Something unexpected went wrong')
    expect(box.detail).not.toContain('EACCES')
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })

  it('About shows the version and the library', async () => {
    const { deps: d } = deps()
    await shellActions(d).about()
    const [parent, box] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [
      unknown,
      Electron.MessageBoxOptions,
    ]
    expect(parent).toBe(win)
    expect(box.message).toBe('Galley 0.1.0')
    expect(box.detail).toContain('/home/me/Galley/library')
  })

  it('describeRefusals reads well for one file and for several', () => {
    expect(describeRefusals([{ fileName: 'a.md', message: 'Too big.' }])).toEqual({
      message: '“a.md” could not be imported.',
      detail: 'Too big.',
    })
    expect(
      describeRefusals([
        { fileName: 'a.md', message: 'Too big.' },
        { fileName: 'b.md', message: 'Empty.' },
      ]),
    ).toEqual({
      message: '2 files could not be imported.',
      detail: 'a.md: Too big.\n\nb.md: Empty.',
    })
  })
})
