import type { ReactNode } from 'react'
import { Tabs } from 'radix-ui'
import { History, ListChecks, Quote, Scale, type LucideIcon } from 'lucide-react'
import type { DraftDetail, Role } from '@shared/domain'
import { ClaimsPanel } from '../claims/ClaimsPanel'
import { LegalPanel } from '../legal/LegalPanel'
import { QuotesPanel } from '../quotes/QuotesPanel'
import type { RenderedArticle } from '../article/rendered'
import type { SetArticleActions } from './articleActions'
import { AnalysisGate } from './AnalysisGate'
import { Attachments } from './Attachments'
import { useOpenCompare } from '../revisions/open'
import { RevisionList } from './RevisionList'

/** Everything a side tab may need about the open draft. */
export interface SideContext {
  readonly detail: DraftDetail
  /** The article element showing the current revision; null while editing or viewing a past one. */
  readonly article: RenderedArticle | null
  readonly mode: 'current' | 'past' | 'editing'
  readonly readOnly: boolean
  readonly viewingId: string
  readonly onView: (revisionId: string | null) => void
  readonly onArticleActions: SetArticleActions
}

/** One tab of the side panel. */
export interface SideTab {
  readonly id: string
  readonly label: string
  readonly icon: LucideIcon
  /** The roles that see this tab first when a draft opens. */
  readonly firstFor: readonly Role[]
  readonly render: (ctx: SideContext) => ReactNode
}

/**
 * The side panel's tabs, in order. To add one (Quotes, Legal…), add an entry here; `firstFor`
 * says whose view opens on it.
 */
export const SIDE_TABS: readonly SideTab[] = [
  {
    id: 'claims',
    label: 'Claims',
    icon: ListChecks,
    firstFor: ['fact-checker'],
    render: (ctx) => (
      <AnalysisGate draftId={ctx.detail.draft.id} revisionId={ctx.detail.current.id}>
        <ClaimsPanel
          draftId={ctx.detail.draft.id}
          currentId={ctx.detail.current.id}
          article={ctx.article}
          mode={ctx.mode}
          revisions={ctx.detail.revisions}
          attachments={ctx.detail.attachments}
          readOnly={ctx.readOnly}
          onBackToCurrent={() => ctx.onView(null)}
          onArticleActions={ctx.onArticleActions}
        />
      </AnalysisGate>
    ),
  },
  {
    id: 'quotes',
    label: 'Quotes',
    icon: Quote,
    firstFor: [],
    render: (ctx) => (
      <AnalysisGate draftId={ctx.detail.draft.id} revisionId={ctx.detail.current.id}>
        <QuotesPanel
          draftId={ctx.detail.draft.id}
          revisionId={ctx.detail.current.id}
          readOnly={ctx.readOnly}
          article={ctx.mode === 'current' ? ctx.article : null}
          onArticleActions={ctx.onArticleActions}
        />
      </AnalysisGate>
    ),
  },
  {
    id: 'legal',
    label: 'Legal',
    icon: Scale,
    firstFor: ['legal'],
    render: (ctx) => (
      <AnalysisGate draftId={ctx.detail.draft.id} revisionId={ctx.detail.current.id}>
        <LegalPanel
          draftId={ctx.detail.draft.id}
          revisionId={ctx.detail.current.id}
          status={ctx.detail.draft.status}
          readOnly={ctx.readOnly}
          article={ctx.mode === 'current' ? ctx.article : null}
        />
      </AnalysisGate>
    ),
  },
  {
    id: 'history',
    label: 'History',
    icon: History,
    // Editors work on revisions.
    firstFor: ['editor'],
    render: (ctx) => <HistoryTab ctx={ctx} />,
  },
]

/** Revisions (each offering a comparison) and attachments. */
function HistoryTab({ ctx }: { ctx: SideContext }) {
  const openCompare = useOpenCompare()
  const draftId = ctx.detail.draft.id
  return (
    <div className="side-stack">
      <RevisionList
        revisions={ctx.detail.revisions}
        currentId={ctx.detail.current.id}
        viewingId={ctx.viewingId}
        disabled={ctx.mode === 'editing'}
        onView={(id) => ctx.onView(id === ctx.detail.current.id ? null : id)}
        onCompare={(oldId, newId) => openCompare(draftId, oldId, newId)}
      />
      <Attachments draftId={draftId} attachments={ctx.detail.attachments} />
    </div>
  )
}

/** The tab a draft opens on for a role: the first one made for it, else the first. */
export function firstTab(role: Role | null): string {
  return (SIDE_TABS.find((t) => role && t.firstFor.includes(role)) ?? SIDE_TABS[0])?.id ?? ''
}

/** The panel beside the article: a tab list and the chosen tab. */
export function SidePanel({
  ctx,
  active,
  onActive,
}: {
  ctx: SideContext
  active: string
  onActive: (id: string) => void
}) {
  return (
    <Tabs.Root className="draft-side" value={active} onValueChange={onActive}>
      <Tabs.List className="side-tabs" aria-label="Review panels">
        {SIDE_TABS.map(({ id, label, icon: Icon }) => (
          <Tabs.Trigger key={id} value={id} className="side-tab">
            <Icon aria-hidden="true" size={15} />
            {label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {SIDE_TABS.map((tab) => (
        <Tabs.Content key={tab.id} value={tab.id} className="side-panel">
          {tab.id === active ? tab.render(ctx) : null}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  )
}
