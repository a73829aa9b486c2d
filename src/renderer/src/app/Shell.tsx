import { PortableChoiceDialog } from '../export/PortableChoice'
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { PanelBoundary } from '../ui/PanelBoundary'
import type { Profile, Role } from '@shared/domain'
import { toApiError } from '../api/errors'
import { useGalleyEvent } from '../api/useEvent'
import { useApi } from '../api/context'
import { EXPORT_NAMES, makeDraftExport, type DraftExport } from '../export/articleExports'
import { useExport } from '../export/useExport'
import { DropOverlay } from '../import/DropOverlay'
import { ImportProgressBar } from '../import/ImportProgressBar'
import { useFileDrop } from '../import/useFileDrop'
import { useFilePicker } from '../import/useFilePicker'
import { useImporter } from '../import/useImporter'
import { preloadDraftMenu } from '../drafts/DraftMenu'
import { LibrarySidebar } from '../drafts/LibrarySidebar'
import { useDraftActions } from '../drafts/useDraftActions'
import { useLibrary } from '../drafts/useLibrary'
import { FindProvider, type FindTargets, type OpenFind } from '../find/target'
import { preloadProfileMenu } from '../profile/ProfileMenu'
import { useProfile } from '../profile/context'
import { LazyCompareView, preloadCompare } from '../revisions/lazy'
import { CompareProvider, useCompareShortcut, type OpenCompare } from '../revisions/open'
import type { ComparePair } from '../revisions/useCompareData'
import { Empty, Loading } from '../ui/States'
import { Header } from './Header'
import { Confirm, NewDraftDialog, ProfileDialog, preloadLater, ShortcutsHelp } from './later'
import { NoticeStack } from './NoticeStack'
import { ProblemsBanner } from './ProblemsBanner'
import { useAppInfo } from './useAppInfo'
import { useNotices } from './notices'
import { useShortcuts } from './useShortcuts'

// The draft view (and its Markdown parser) loads on first use, so the library shows sooner.
const DraftView = lazy(() => import('../draft/DraftView').then((m) => ({ default: m.DraftView })))

/** What the open draft is, as far as the window's import targets need to know. */
export interface OpenDraft {
  readonly id: string
  readonly title: string
  readonly writable: boolean
}

/** The window: header, library sidebar, the open draft, and everything that acts on them. */
export function Shell({ electron }: { electron: boolean }) {
  const profiles = useProfile()
  const { push } = useNotices()
  const info = useAppInfo()
  const library = useLibrary()
  const searchRef = useRef<HTMLInputElement>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [openDraft, setOpenDraft] = useState<OpenDraft | null>(null)
  const [editing, setEditing] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [leaveTo, setLeaveTo] = useState<{ id: string | null } | null>(null)
  const [creating, setCreating] = useState(false)
  const [editingProfile, setEditingProfile] = useState(false)
  const [helping, setHelping] = useState(false)
  const [problemsDismissed, setProblemsDismissed] = useState(false)
  const reloadList = library.drafts.reload
  const actions = useDraftActions(reloadList)
  // --- compare mode (issue 4)
  const [compare, setCompare] = useState<ComparePair | null>(null)
  // --- end compare mode

  const open = useCallback((id: string | null) => {
    setSelectedId(id)
    setEditing(false)
    setDirty(false)
    setCompare(null)
  }, [])
  /** Opens another draft, asking first when an edit has unsaved changes. */
  const select = (id: string | null) => {
    if (id === selectedId) return
    if (dirty) setLeaveTo({ id })
    else open(id)
  }

  const { setView } = library
  const onImported = useCallback(
    (draftId: string) => {
      setView('active')
      open(draftId)
      reloadList()
    },
    [open, reloadList, setView],
  )
  const importer = useImporter(onImported)
  const { importFiles } = importer
  const picker = useFilePicker((files) => void importFiles(files))
  const { pick } = picker

  const importNew = () => pick((files) => void importFiles(files))
  const importRevision = (draftId: string, title: string) =>
    pick((files) => void importFiles(files.slice(0, 1), { draftId, draftTitle: title }), false)
  const importRevisionOfOpen = () => {
    if (openDraft?.writable) importRevision(openDraft.id, openDraft.title)
    else
      push({
        tone: 'warning',
        title: 'Open a draft first',
        message: 'Choose the draft in the library, then import its new version.',
      })
  }

  const drop = useFileDrop((files, zone) => {
    if (zone === 'new-revision' && openDraft?.writable && !editing) {
      void importFiles(files.slice(0, 1), { draftId: openDraft.id, draftTitle: openDraft.title })
    } else {
      void importFiles(files)
    }
  })

  const focusSearch = () => {
    searchRef.current?.focus()
    searchRef.current?.select()
  }
  // Ctrl/Cmd+F finds in the open draft or comparison, whichever registered last.
  const findTarget = useRef<OpenFind | null>(null)
  const findTargets: FindTargets = useMemo(
    () => ({
      register: (open) => {
        findTarget.current = open
        return () => {
          if (findTarget.current === open) findTarget.current = null
        }
      },
    }),
    [],
  )
  const findInView = () => {
    const open = findTarget.current
    if (!open) return false
    open()
    // An open find bar takes the focus back.
    window.dispatchEvent(new Event('galley:find'))
    return true
  }
  const startEditing = () => {
    if (openDraft?.writable) setEditing(true)
  }
  useShortcuts(
    {
      newDraft: () => setCreating(true),
      importFiles: importNew,
      find: findInView,
      searchLibrary: focusSearch,
      edit: startEditing,
      help: () => setHelping(true),
    },
    { menuOwnsFileKeys: electron, editing },
  )
  // --- compare mode (issue 4): "Compare revisions…" (Ctrl/Cmd+Alt+C, or useOpenCompare()).
  const openCompare: OpenCompare = (draftId, oldId = null, newId = null) => {
    if (dirty) {
      push({
        tone: 'warning',
        title: 'Save or discard your edit first',
        message: 'Comparing revisions closes the editor.',
      })
      return
    }
    setSelectedId(draftId)
    setEditing(false)
    setCompare({ draftId, oldId, newId })
  }
  const compareOpenDraft = () => {
    if (selectedId) openCompare(selectedId)
    else
      push({
        tone: 'warning',
        title: 'Open a draft first',
        message: 'Choose a draft in the library, then compare its revisions.',
      })
  }
  useCompareShortcut(compareOpenDraft)
  // Dialogs and menus load once the window has painted, so they open at once when used.
  useEffect(() => preloadLater([preloadDraftMenu, preloadProfileMenu]), [])
  useEffect(() => {
    // With a draft open, a comparison is one keystroke away: have its code ready.
    if (selectedId) void preloadCompare()
  }, [selectedId])
  // --- end compare mode
  useGalleyEvent('library:changed', ({ draftId, reason }) => {
    // The open draft was deleted for good (here or elsewhere): close it rather than fail.
    if (reason === 'deleted' && draftId !== null && draftId === selectedId) open(null)
    // A new problem (a file changed by another program, kept aside) shows even if dismissed.
    if (reason === 'problems') setProblemsDismissed(false)
  })
  // File › Export: the open draft's current article, review or claim log.
  const api = useApi()
  const runExport = useExport()
  const exportOpenDraft = (kind: DraftExport) => {
    if (!selectedId) {
      push({ tone: 'warning', title: 'Open a draft to export it', kind: 'export' })
      return
    }
    void runExport(EXPORT_NAMES[kind], () => makeDraftExport(api, kind, selectedId))
  }
  useGalleyEvent('menu:command', ({ command }) => {
    switch (command) {
      case 'export-article-docx':
      case 'export-article-md':
      case 'export-article-html':
      case 'export-review-docx':
        return exportOpenDraft(command.slice('export-'.length) as DraftExport)
      case 'export-claim-log':
        return exportOpenDraft('claim-log')
      case 'new-draft':
        return setCreating(true)
      case 'import':
        return importNew()
      case 'import-revision':
        return importRevisionOfOpen()
      case 'find':
        // The app has no find of its own: with nothing open to find in, search the library.
        return findInView() ? undefined : focusSearch()
      case 'search-library':
        return focusSearch()
      case 'toggle-edit':
        // While editing, the editor itself answers (it may ask to discard changes).
        return editing ? undefined : startEditing()
      case 'compare-revisions':
        return compareOpenDraft()
    }
  })

  const changeRole = (role: Role) => {
    const current = profiles.current
    if (!current) return
    profiles
      .save({ name: current.name, role })
      .catch((e: unknown) =>
        push({ tone: 'error', title: 'The role was not changed', message: toApiError(e).message }),
      )
  }

  const problems = info.status === 'ok' ? info.value.problems : []
  const firstStart = profiles.profile.status === 'ok' && profiles.current === null

  return (
    <div className="app">
      <Header
        libraryPath={info.status === 'ok' ? info.value.libraryPath : null}
        profile={profiles.current}
        onChangeRole={changeRole}
        onEditProfile={() => setEditingProfile(true)}
      />
      {problems.length > 0 && !problemsDismissed ? (
        <ProblemsBanner problems={problems} onDismiss={() => setProblemsDismissed(true)} />
      ) : null}
      <div className="workspace">
        <PanelBoundary what="the library list">
          <LibrarySidebar
            library={library}
            actions={actions}
            selectedId={selectedId}
            onSelect={select}
            onDeleted={(id) => id === selectedId && open(null)}
            onNewDraft={() => setCreating(true)}
            onImport={importNew}
            searchRef={searchRef}
          />
        </PanelBoundary>
        <main className="main">
          {/* --- compare mode (issue 4): CompareProvider gives useOpenCompare() to the draft view */}
          <CompareProvider open={openCompare}>
            <FindProvider targets={findTargets}>
              {selectedId && compare?.draftId === selectedId ? (
                <PanelBoundary
                  what="this comparison"
                  resetKey={`${compare.draftId}:${compare.oldId}:${compare.newId}`}
                >
                  <LazyCompareView
                    pair={compare}
                    onPairChange={setCompare}
                    onClose={() => setCompare(null)}
                    onSaved={reloadList}
                  />
                </PanelBoundary>
              ) : selectedId ? (
                <PanelBoundary what="this draft" resetKey={selectedId}>
                  <Suspense fallback={<Loading label="Opening the draft…" />}>
                    <DraftView
                      key={selectedId}
                      id={selectedId}
                      editing={editing}
                      setEditing={setEditing}
                      onDirtyChange={setDirty}
                      onOpened={setOpenDraft}
                      onImportRevision={importRevision}
                      actions={actions}
                      onChanged={reloadList}
                    />
                  </Suspense>
                </PanelBoundary>
              ) : (
                <Empty title="No draft open">
                  Choose a draft in the library, or create or import one.
                </Empty>
              )}
            </FindProvider>
          </CompareProvider>
          {/* --- end compare mode */}
        </main>
      </div>

      <NoticeStack />
      {importer.progress ? <ImportProgressBar progress={importer.progress} /> : null}
      <PortableChoiceDialog question={importer.question} />
      {drop.dragging ? (
        <DropOverlay
          zone={drop.zone}
          draftTitle={openDraft?.writable && selectedId && !editing ? openDraft.title : null}
        />
      ) : null}
      {picker.input}

      {firstStart || editingProfile ? (
        <ProfileDialog
          initial={profiles.current}
          firstStart={firstStart}
          onSave={(p: Profile) => profiles.save(p)}
          onClose={() => setEditingProfile(false)}
        />
      ) : null}
      {helping ? <ShortcutsHelp open onClose={() => setHelping(false)} /> : null}
      {creating ? (
        <NewDraftDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false)
            setView('active')
            open(id)
            setEditing(true)
            reloadList()
          }}
        />
      ) : null}
      <Confirm
        open={leaveTo !== null}
        onOpenChange={(o) => !o && setLeaveTo(null)}
        title="Discard your changes?"
        description="You are editing this draft and have not saved. Leaving it now loses those changes."
        cancelLabel="Keep editing"
        confirmLabel="Discard changes"
        danger
        onConfirm={() => {
          if (leaveTo) open(leaveTo.id)
          setLeaveTo(null)
        }}
      />
    </div>
  )
}
