import { useCallback, useEffect, useState } from 'react'
import { PanelBoundary } from '../ui/PanelBoundary'
import type { DraftDetail, DraftStatus, RevisionInfo } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { Article } from '../article/Article'
import type { RenderedArticle } from '../article/rendered'
import { useCaret } from '../article/useCaret'
import { useNotices } from '../app/notices'
import type { OpenDraft } from '../app/Shell'
import { RenameDialog } from '../drafts/RenameDialog'
import type { DraftActions } from '../drafts/useDraftActions'
import { ErrorState, Loading } from '../ui/States'
import { useProfile } from '../profile/context'
import { ArticleMenu } from './ArticleMenu'
import type { ArticleAction } from './articleActions'
import { DetailsDialog } from './DetailsDialog'
import { FindBar } from '../find/FindBar'
import { useFindTarget } from '../find/target'
import { useOpenCompare } from '../revisions/open'
import { usePrepareCompare } from '../revisions/prepare'
import { ExportMenu } from '../export/ExportMenu'
import { DivergentBar } from './DivergentBar'
import { DraftHeader } from './DraftHeader'
import { Editor } from './Editor'
import { RevisionBar } from './RevisionBar'
import { firstTab, SidePanel, type SideContext } from './SidePanel'
import { TrashBar } from './TrashBar'
import { useDraft, useRevisionBody } from './useDraft'
import { TipProvider } from '../ui/Tip'

export interface DraftViewProps {
  readonly id: string
  readonly editing: boolean
  readonly setEditing: (editing: boolean) => void
  readonly onDirtyChange: (dirty: boolean) => void
  /** Tells the window which draft is open (for drop targets and menu commands). */
  readonly onOpened: (draft: OpenDraft | null) => void
  readonly onImportRevision: (draftId: string, title: string) => void
  readonly actions: DraftActions
  /** Something about the draft changed that the library list shows. */
  readonly onChanged: () => void
}

/** One draft: loads it and shows its reading view, or its loading or error state. */
export function DraftView(props: DraftViewProps) {
  return (
    <TipProvider>
      <DraftViewBody {...props} />
    </TipProvider>
  )
}

function DraftViewBody(props: DraftViewProps) {
  const detail = useDraft(props.id)
  if (detail.status === 'loading') return <Loading label="Opening the draft…" />
  if (detail.status === 'error') {
    return (
      <ErrorState
        title="This draft could not be opened"
        error={detail.error}
        onRetry={detail.reload}
        retrying={detail.refreshing}
      />
    )
  }
  return <DraftLoaded {...props} detail={detail.value} reload={detail.reload} />
}

function PastRevision({ draftId, revision }: { draftId: string; revision: RevisionInfo }) {
  const body = useRevisionBody(draftId, revision.id)
  if (body.status === 'loading') return <Loading label={`Opening revision ${revision.number}…`} />
  if (body.status === 'error')
    return (
      <ErrorState
        title={`Revision ${revision.number} could not be opened`}
        error={body.error}
        onRetry={body.reload}
        retrying={body.refreshing}
      />
    )
  return (
    <PanelBoundary what={`revision ${revision.number}`} resetKey={revision.id}>
      <Article body={body.value.body} label={`Article, revision ${revision.number}`} />
    </PanelBoundary>
  )
}

function DraftLoaded({
  detail,
  reload,
  editing,
  setEditing,
  onDirtyChange,
  onOpened,
  onImportRevision,
  actions,
  onChanged,
}: DraftViewProps & { detail: DraftDetail; reload: () => void }) {
  const api = useApi()
  const { push } = useNotices()
  const [viewingId, setViewingId] = useState<string | null>(null)
  const [dialog, setDialog] = useState<'rename' | 'details' | null>(null)
  const { profile, current: acting } = useProfile()
  const openCompare = useOpenCompare()
  const [chosenTab, setTab] = useState<string | null>(null)
  // Until the profile is known, no tab: a wrong first tab would load for nothing.
  const tab = chosenTab ?? (profile.status === 'loading' ? '' : firstTab(acting?.role ?? null))
  // The role picks the first tab only: once shown, a tab stays open when the role changes.
  if (chosenTab === null && tab !== '') setTab(tab)
  const [rendered, setRendered] = useState<RenderedArticle | null>(null)
  // Ctrl/Cmd+F finds in the text shown (not while editing: the browser's find works there).
  const [finding, setFinding] = useState(false)
  const [reading, setReading] = useState<HTMLDivElement | null>(null)
  useFindTarget(!editing, () => setFinding(true))
  const [articleActions, setArticleActions] = useState<readonly ArticleAction[]>([])
  const { draft, revisions, current } = detail
  // Its comparison is a keystroke away: a long one's workers get ready meanwhile.
  usePrepareCompare(revisions.length, current.body.length)
  const trashed = draft.trashedAt !== null
  const { id, title } = draft
  useEffect(() => onOpened({ id, title, writable: !trashed }), [onOpened, id, title, trashed])
  useEffect(() => () => onOpened(null), [onOpened])
  useEffect(() => {
    document.title = `${title} — Galley`
    return () => {
      document.title = 'Galley'
    }
  }, [title])
  const viewing =
    viewingId && viewingId !== current.id ? revisions.find((r) => r.id === viewingId) : undefined

  const showingCurrent = !editing && !viewing
  // The side tabs anchor to the article element once it shows the current body.
  const onRendered = useCallback(
    (element: HTMLElement, body: string, complete: boolean) =>
      setRendered({ element, body, complete }),
    [],
  )
  const article = showingCurrent && rendered?.body === current.body ? rendered : null
  useCaret(article?.element ?? null)

  const updateMeta = async (
    patch: { status?: DraftStatus; byline?: string; credits?: string[] },
    failure: string,
  ) => {
    try {
      await call(api, 'drafts:updateMeta', { id: draft.id, ...patch })
      return true
    } catch (e) {
      push({ tone: 'error', title: failure, message: toApiError(e).message })
      return false
    } finally {
      reload()
      onChanged()
    }
  }

  const onSaved = (revision: RevisionInfo) => {
    setEditing(false)
    setViewingId(null)
    reload()
    onChanged()
    push({
      tone: 'success',
      title: `Saved revision ${revision.number}`,
      // Main puts a ready draft back in review on a new revision: say so where it happens.
      ...(draft.status === 'ready'
        ? { message: 'The draft is back in review: mark it ready again once it is checked.' }
        : {}),
    })
  }

  const sideContext: SideContext = {
    detail,
    article,
    mode: editing && !trashed ? 'editing' : viewing ? 'past' : 'current',
    readOnly: trashed,
    viewingId: viewing?.id ?? current.id,
    onView: setViewingId,
    onArticleActions: setArticleActions,
  }

  return (
    <div className="draft">
      <div className="draft-main">
        {trashed ? (
          <TrashBar onRestore={() => void actions.restore(draft.id).then(() => reload())} />
        ) : null}
        {!trashed ? (
          <DivergentBar detail={detail} onCompare={(a, b) => openCompare(draft.id, a, b)} />
        ) : null}
        <DraftHeader
          draft={draft}
          editing={editing}
          readOnly={trashed}
          onRename={() => setDialog('rename')}
          onDetails={() => setDialog('details')}
          onStatus={(status) => void updateMeta({ status }, 'The status was not changed')}
          onEdit={() => {
            setViewingId(null)
            setEditing(true)
          }}
          onImportRevision={() => onImportRevision(draft.id, draft.title)}
          onCompare={revisions.length > 1 ? () => openCompare(draft.id) : null}
          exportMenu={
            <ExportMenu
              draftId={draft.id}
              revision={viewing ? { id: viewing.id, number: viewing.number } : null}
            />
          }
        />
        {editing && !trashed ? (
          <Editor
            detail={detail}
            onSaved={onSaved}
            onClose={() => setEditing(false)}
            onDirtyChange={onDirtyChange}
          />
        ) : (
          <ArticleMenu actions={showingCurrent ? articleActions : []}>
            <div className="reading" ref={setReading}>
              {finding ? (
                <FindBar
                  root={reading}
                  label="Find in the draft"
                  // A long article is searched again once all of it is on the page.
                  version={`${current.id}:${viewing?.id ?? ''}:${rendered?.complete ?? ''}`}
                  onClose={() => setFinding(false)}
                />
              ) : null}
              {viewing ? (
                <>
                  <RevisionBar
                    number={viewing.number}
                    total={revisions.length}
                    onBack={() => setViewingId(null)}
                  />
                  <PastRevision draftId={draft.id} revision={viewing} />
                </>
              ) : (
                <PanelBoundary what="the article" resetKey={current.id}>
                  <Article body={current.body} label="Article" onRendered={onRendered} />
                </PanelBoundary>
              )}
            </div>
          </ArticleMenu>
        )}
      </div>
      <PanelBoundary what="the side panel" resetKey={`${current.id}:${tab}`}>
        <SidePanel ctx={sideContext} active={tab} onActive={setTab} />
      </PanelBoundary>
      {dialog === 'rename' ? (
        <RenameDialog
          title={draft.title}
          onRename={async (title) => {
            const ok = await actions.rename(draft.id, title)
            reload()
            return ok
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'details' ? (
        <DetailsDialog
          draft={draft}
          onSave={(patch) => updateMeta(patch, 'The byline and credits were not saved')}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  )
}
