import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { AlertTriangle, Info } from 'lucide-react'
import { RESOLVE_DIFF_OPTIONS } from '@shared/constants'
import { buildOffsetMap } from '@shared/anchors'
import type { Claim } from '@shared/claims/domain'
import { applyDecisions, diffRevisions, type RevisionDiff } from '@shared/diff'
import type { DraftDetail, Revision, RevisionInfo } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useQuery, type Query } from '../api/useQuery'
import { useNotices } from '../app/notices'
import { ChangeList, reasonsOf, type ListedChange } from './ChangeList'
import { DiffText, type Layout, type TextActions } from './DiffText'
import { MarksProvider, type BodyMarks } from './marked'
import { useCompareWork } from './work'
import { Loading } from '../ui/States'
import { useSteps } from '../ui/useSteps'
import { FindBar } from '../find/FindBar'
import { useFindTarget } from '../find/target'
import { computeImpact, impactSummary, type ClaimSide } from './impact'
import { acceptedIds, firstUndecided, foldRows, tally, type Decision } from './model'
import { RevisionFacts } from './RevisionFacts'
import { SaveDialog } from './SaveDialog'
import type { ClaimsList } from './useCompareData'

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName ?? '')
}

function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null
}

/**
 * The claims in the compared texts. They are anchored to the current revision: used as they are
 * when it is one side, else carried to the "To" text through the diff from the current one
 * (a claim whose words are all gone there is left out).
 */
function placeClaims(
  list: ClaimsList | null,
  oldRev: Revision,
  newRev: Revision,
  current: Revision,
): { side: 'old' | 'new'; claims: Claim[]; mapped: boolean } | null {
  if (!list) return null
  if (newRev.id === list.revisionId) return { side: 'new', claims: list.claims, mapped: false }
  if (oldRev.id === list.revisionId) return { side: 'old', claims: list.claims, mapped: false }
  if (current.id !== list.revisionId || list.claims.length === 0) return null
  const map = buildOffsetMap(
    current.body,
    newRev.body,
    diffRevisions(current.body, newRev.body, RESOLVE_DIFF_OPTIONS),
  )
  const claims: Claim[] = []
  for (const c of list.claims) {
    const start = map.map(c.anchor.start, 1).pos
    const end = map.map(c.anchor.end, -1).pos
    if (end > start) claims.push({ ...c, anchor: { ...c.anchor, start, end } })
  }
  return { side: 'new', claims, mapped: true }
}

interface CompareBodyProps {
  detail: DraftDetail
  oldRev: Revision
  newRev: Revision
  claims: Query<ClaimsList>
  layout: Layout
  onSaved: (revision: RevisionInfo) => void
}

/**
 * The comparison of one pair: facts, text, change list, decisions and saving. Two long
 * revisions are compared on a worker (`useCompareWork`); the window says so meanwhile.
 */
export function CompareBody(props: CompareBodyProps) {
  const work = useCompareWork(props.oldRev.body, props.newRev.body)
  if (!work) return <Loading label="Comparing the two revisions…" />
  return <ComparedPair {...props} diff={work.diff} marks={work.marks} />
}

function ComparedPair({
  detail,
  oldRev,
  newRev,
  claims,
  layout,
  onSaved,
  diff,
  marks,
}: CompareBodyProps & { diff: RevisionDiff; marks: BodyMarks }) {
  const api = useApi()
  const { push } = useNotices()
  const currentId = detail.draft.currentRevisionId
  const claimList = claims.status === 'ok' ? claims.value : null
  const currentRev = detail.current
  const placed = useMemo(
    () => placeClaims(claimList, oldRev, newRev, currentRev),
    [claimList, oldRev, newRev, currentRev],
  )
  const claimSide: ClaimSide = placed?.side ?? null
  // Quotes and disclosures come from main's analysers; the chips fill in when they arrive.
  const draftId = detail.draft.id
  const spans = useQuery(`${draftId}:${oldRev.id}:${newRev.id}`, () =>
    Promise.all([
      call(api, 'revisions:spans', { draftId, revisionId: oldRev.id }),
      call(api, 'revisions:spans', { draftId, revisionId: newRev.id }),
    ] as const),
  )
  const [oldSpans, newSpans] = spans.status === 'ok' ? spans.value : [null, null]
  const impact = useMemo(
    () => computeImpact(diff, { claims: placed?.claims ?? [], claimSide, oldSpans, newSpans }),
    [diff, placed, claimSide, oldSpans, newSpans],
  )
  const listed: ListedChange[] = useMemo(
    () =>
      diff.changes.map((change, i) => ({
        change,
        number: i + 1,
        reasons: reasonsOf(change, impact.byChange.get(change.id)),
      })),
    [diff, impact],
  )

  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map())
  const [current, setCurrent] = useState<string | null>(null)
  const [substantiveOnly, setSubstantiveOnly] = useState(false)
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set())
  const [saving, setSaving] = useState(false)
  const items = useMemo(() => foldRows(diff.rows, expanded), [diff.rows, expanded])
  const visible = useMemo(
    () => (substantiveOnly ? listed.filter((c) => c.reasons.length > 0) : listed),
    [listed, substantiveOnly],
  )
  // A long comparison's rows and changes are rendered in steps, one task each (see useSteps).
  const rowsShown = useSteps(items.length, 80, 200)
  const changesShown = useSteps(visible.length, 60, 300)
  const counts = tally(diff, decisions)
  const canSave = newRev.id === currentId && oldRev.id !== newRev.id && diff.changes.length > 0

  // After a selection: bring the change into view in the text and in the list.
  const pending = useRef<{ id: string; from: 'text' | 'list' | 'key' } | null>(null)
  const textRef = useRef<HTMLDivElement>(null)
  // Ctrl/Cmd+F finds in the compared text, every paragraph unfolded so nothing is missed.
  const [finding, setFinding] = useState(false)
  const [textPane, setTextPane] = useState<HTMLDivElement | null>(null)
  useFindTarget(true, () => {
    setFinding(true)
    setExpanded(new Set(diff.rows.map((_, i) => i)))
  })
  useEffect(() => {
    const p = pending.current
    if (!p) return
    pending.current = null
    const change = diff.changes.find((c) => c.id === p.id)
    const root = textRef.current
    if (!change || !root) return
    const target =
      change.kind === 'move'
        ? document.getElementById(`cmp-row-${change.row}`)
        : (root.querySelector(`[data-change="${p.id}"]`) ??
          document.getElementById(`cmp-row-${change.row}`))
    if (p.from !== 'text') target?.scrollIntoView({ block: 'center' })
    const item = document.getElementById(`cmp-change-${p.id}`)
    if (p.from === 'key' || p.from === 'text') {
      item?.scrollIntoView({ block: 'nearest' })
      if (p.from === 'key') item?.focus({ preventScroll: true })
    }
  })

  const select = useCallback((id: string, from: 'text' | 'list' | 'key') => {
    pending.current = { id, from }
    setCurrent(id)
  }, [])
  const decide = useCallback((ids: readonly string[], decision: Decision | null) => {
    setDecisions((prev) => {
      const next = new Map(prev)
      for (const id of ids) {
        if (decision) next.set(id, decision)
        else next.delete(id)
      }
      return next
    })
  }, [])
  const jumpToRow = useCallback((row: number) => {
    const el = document.getElementById(`cmp-row-${row}`)
    el?.scrollIntoView({ block: 'center' })
    el?.classList.add('is-flash')
    setTimeout(() => el?.classList.remove('is-flash'), 1200)
  }, [])
  const expand = useCallback((start: number) => setExpanded((prev) => new Set(prev).add(start)), [])
  const actions: TextActions = useMemo(
    () => ({ select, decide, jumpToRow, expand }),
    [select, decide, jumpToRow, expand],
  )

  const step = (dir: 1 | -1) => {
    if (visible.length === 0) return
    const at = visible.findIndex((c) => c.change.id === current)
    let next: ListedChange | undefined
    if (at >= 0) next = visible[at + dir]
    else {
      // The current change is filtered out: go to the nearest listed one in that direction.
      const pos = current ? diff.changes.findIndex((c) => c.id === current) : -1
      const after = visible.filter((c) => (dir === 1 ? c.number - 1 > pos : c.number - 1 < pos))
      next =
        pos < 0 ? (dir === 1 ? visible[0] : visible.at(-1)) : dir === 1 ? after[0] : after.at(-1)
    }
    if (next) select(next.change.id, 'key')
  }
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || typing(e.target) || dialogOpen()) return
    if (e.ctrlKey || e.metaKey) return
    const key = e.key
    if ((key === 'ArrowDown' && e.altKey) || (key === 'n' && !e.altKey)) {
      e.preventDefault()
      step(1)
    } else if ((key === 'ArrowUp' && e.altKey) || (key === 'p' && !e.altKey)) {
      e.preventDefault()
      step(-1)
    } else if ((key === 'a' || key === 'r') && !e.altKey && current) {
      e.preventDefault()
      const d: Decision = key === 'a' ? 'accepted' : 'rejected'
      decide([current], decisions.get(current) === d ? null : d)
    }
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  const save = async (message: string, undecided: Decision): Promise<string | null> => {
    const accepted = acceptedIds(diff, decisions, undecided)
    const body = applyDecisions(oldRev.body, newRev.body, diff, new Set(accepted))
    try {
      const info = await call(api, 'revisions:resolve', {
        draftId: detail.draft.id,
        oldRevisionId: oldRev.id,
        newRevisionId: newRev.id,
        accepted,
        body,
        message,
      })
      setSaving(false)
      push({
        tone: 'success',
        title: `Saved revision ${info.number}`,
        message: `Now comparing revision ${newRev.number} with it.`,
      })
      onSaved(info)
      return null
    } catch (e) {
      return toApiError(e).message
    }
  }

  const summary = impactSummary(impact.totals)
  const claimsNote =
    claims.status === 'error'
      ? `Claims could not be loaded: ${claims.error.message}`
      : claimList && claimSide === null && claimList.claims.length > 0
        ? `Claims are anchored to the current revision; choose it as “From” or “To” to see which claims a change touches.`
        : placed?.mapped && claimList && claimList.claims.length > 0
          ? `Claims are anchored to the current revision; their places in revision ${newRev.number} were worked out through the diff between the two.`
          : null
  const oldInfo = detail.revisions.find((r) => r.id === oldRev.id) ?? oldRev
  const newInfo = detail.revisions.find((r) => r.id === newRev.id) ?? newRev
  const currentNumber = detail.revisions.find((r) => r.id === currentId)?.number
  const at = current ? diff.changes.findIndex((c) => c.id === current) + 1 : 0

  return (
    <>
      <div className="cmp-summary">
        <div className="cmp-facts-row">
          <RevisionFacts side="From" revision={oldInfo} current={oldRev.id === currentId} />
          <RevisionFacts side="To" revision={newInfo} current={newRev.id === currentId} />
        </div>
        <p className="cmp-stats">
          <span className="cmp-stat-add">
            +{diff.stats.wordsAdded.toLocaleString('en')} words added
          </span>
          <span className="cmp-stat-del">
            −{diff.stats.wordsRemoved.toLocaleString('en')} words removed
          </span>
          <span>
            {diff.changes.length} {diff.changes.length === 1 ? 'change' : 'changes'},{' '}
            {listed.filter((c) => c.reasons.length > 0).length} substantive
          </span>
          {summary ? <span className="cmp-impact-summary">{summary}</span> : null}
        </p>
        {diff.fallback !== 'none' ? (
          <p className="cmp-note" role="note">
            <AlertTriangle aria-hidden="true" size={15} />
            {diff.fallback === 'words'
              ? 'Some long paragraphs were compared whole to stay fast: their changes show as one replacement each.'
              : 'Paragraphs were compared whole to stay fast: every paragraph shows as removed and added.'}
          </p>
        ) : null}
        {claimsNote ? (
          <p className="cmp-note" role="note">
            <Info aria-hidden="true" size={15} />
            {claimsNote}
          </p>
        ) : null}
      </div>
      {oldRev.id === newRev.id ? (
        <p className="cmp-note cmp-note-block" role="note">
          <Info aria-hidden="true" size={15} />
          Both sides are revision {oldInfo.number}. Choose two different revisions to see changes.
        </p>
      ) : null}
      <div className="cmp-body">
        <div
          className="cmp-text-pane"
          ref={(el) => {
            textRef.current = el
            setTextPane(el)
          }}
        >
          {finding ? (
            <FindBar
              root={textPane}
              label="Find in the comparison"
              version={`${layout}:${expanded.size}:${substantiveOnly}:${rowsShown}`}
              onClose={() => setFinding(false)}
            />
          ) : null}
          {diff.changes.length === 0 && oldRev.id !== newRev.id ? (
            <p className="cmp-note cmp-note-block" role="note">
              <Info aria-hidden="true" size={15} />
              The two revisions have the same text.
            </p>
          ) : null}
          <MarksProvider value={marks}>
            <DiffText
              diff={diff}
              items={rowsShown < items.length ? items.slice(0, rowsShown) : items}
              layout={layout}
              decisions={decisions}
              current={current}
              actions={actions}
            />
          </MarksProvider>
        </div>
        <aside className="cmp-side-pane" aria-label="Changes and decisions">
          <div className="cmp-list-tools">
            <label className="cmp-check">
              <input
                type="checkbox"
                checked={substantiveOnly}
                onChange={(e) => setSubstantiveOnly(e.target.checked)}
              />
              Substantive only
            </label>
            <span className="cmp-nav">
              <button
                type="button"
                className="button button-small"
                onClick={() => step(-1)}
                aria-keyshortcuts="p Alt+ArrowUp"
                title="Previous change (p or Alt+↑)"
              >
                Previous
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => step(1)}
                aria-keyshortcuts="n Alt+ArrowDown"
                title="Next change (n or Alt+↓)"
              >
                Next
              </button>
            </span>
          </div>
          <p className="cmp-list-status" aria-live="polite">
            {current ? `Change ${at} of ${diff.changes.length}` : `${diff.changes.length} changes`}
            {substantiveOnly ? ` · showing ${visible.length} substantive` : ''}
          </p>
          <div className="cmp-list-scroll">
            <ChangeList
              changes={changesShown < visible.length ? visible.slice(0, changesShown) : visible}
              impact={impact.byChange}
              decisions={decisions}
              current={current}
              onSelect={select}
              onDecide={decide}
            />
            {visible.length === 0 ? (
              <p className="cmp-list-empty">
                {substantiveOnly && diff.changes.length > 0
                  ? 'No substantive changes: only punctuation and spacing differ.'
                  : 'No changes.'}
              </p>
            ) : null}
          </div>
          <div className="cmp-decide">
            <div className="cmp-decide-all">
              <button
                type="button"
                className="button button-small"
                disabled={diff.changes.length === 0}
                onClick={() =>
                  decide(
                    diff.changes.map((c) => c.id),
                    'accepted',
                  )
                }
              >
                Accept all
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={diff.changes.length === 0}
                onClick={() =>
                  decide(
                    diff.changes.map((c) => c.id),
                    'rejected',
                  )
                }
              >
                Reject all
              </button>
              <span className="cmp-tally">
                {counts.accepted} accepted · {counts.rejected} rejected · {counts.undecided}{' '}
                undecided
              </span>
            </div>
            <button
              type="button"
              className="button button-primary"
              disabled={!canSave}
              onClick={() => setSaving(true)}
            >
              Save as new revision…
            </button>
            {!canSave && diff.changes.length > 0 ? (
              <p className="cmp-hint">
                Decisions are saved on top of the current revision
                {currentNumber ? ` (${currentNumber})` : ''}, so “To” must be the current revision.
                Choose it as “To” to save.
              </p>
            ) : null}
            <p className="cmp-keys">
              Saving asks what to do with undecided changes. Keys: <kbd>n</kbd> <kbd>p</kbd> next,
              previous; <kbd>a</kbd> <kbd>r</kbd> accept, reject; <kbd>Esc</kbd> close.
            </p>
          </div>
        </aside>
      </div>
      {saving ? (
        <SaveDialog
          counts={counts}
          from={oldInfo.number}
          to={newInfo.number}
          onSave={save}
          onReview={() => {
            setSaving(false)
            const first = firstUndecided(diff, decisions)
            if (!first) return
            // The change may be hidden by the filter: show every change so it can be reached.
            if (!listed.some((c) => c.change.id === first && c.reasons.length > 0)) {
              setSubstantiveOnly(false)
            }
            select(first, 'key')
          }}
          onClose={() => setSaving(false)}
        />
      ) : null}
    </>
  )
}
