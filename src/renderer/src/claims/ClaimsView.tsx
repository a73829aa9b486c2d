import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { Highlighter, Unlink } from 'lucide-react'
import type { Suggestion } from '@shared/channels/claims'
import type { Claim } from '@shared/claims/domain'
import type { Span } from '@shared/text'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useNotices } from '../app/notices'
import { isTyping } from '../app/shortcuts'
import { ShortcutsHelp } from '../app/ShortcutsHelp'
import { useHighlights } from '../article/highlights'
import { rangeOf } from '../article/ranges'
import { useTextLeaves } from '../article/rendered'
import { revealRect, scrollParent } from '../article/scroll'
import { spanAtCaret, useArticleClick } from '../article/useArticleClick'
import {
  readArticleSelection,
  useArticleSelection,
  type ArticleSelection,
} from '../article/useArticleSelection'
import { useCurrentProfile } from '../profile/context'
import { cardId, ClaimCard } from './ClaimCard'
import type { ClaimsPanelProps } from './ClaimsPanel'
import {
  ClaimsToolbar,
  filtering,
  NO_FILTER,
  passes,
  type ClaimFilter,
  type ExportFormat,
} from './ClaimsToolbar'
import { downloadFile } from '../export/download'
import { excerpt, verdictOfKey, VERDICTS } from './labels'
import { Margin, type MarginItem } from './Margin'
import { OrphanList, OrphanQueries } from './OrphanList'
import { QueryCard, queryCardId, useQueryActions } from './QueryCard'
import { SuggestionCard, suggestionCardId } from './SuggestionCard'
import type { ClaimList } from './useClaims'
import { useClaimActions } from './useClaimActions'
import { useVisibleWindow } from '../article/visible'

interface Item extends MarginItem, Span {}

// `::highlight(galley-claim-…)` in claims.css: one per verdict, recheck, suggestion, focus, flash.
const HIGHLIGHT = 'galley-claim-'
const claimKey = (id: string) => `c:${id}`
const suggestionKey = (key: string) => `s:${key}`
const queryKey = (id: string) => `q:${id}`

function domIdOf(key: string): string {
  if (key.startsWith('q:')) return queryCardId(key.slice(2))
  return key.startsWith('c:') ? cardId(key.slice(2)) : suggestionCardId(key.slice(2))
}

type ViewProps = ClaimsPanelProps & {
  readonly value: ClaimList
  readonly inSync: boolean
  readonly put: (claim: Claim) => void
  readonly reload: () => void
  readonly revisionLabel: (revisionId: string) => string
}

/** The loaded Claims tab: toolbar, margin, orphans, highlights, selection and keys. */
export function ClaimsView({
  draftId,
  article: rendered,
  attachments,
  readOnly,
  onArticleActions,
  value,
  inSync,
  put,
  reload,
  revisionLabel,
}: ViewProps) {
  const api = useApi()
  const { push } = useNotices()
  const me = useCurrentProfile()?.name ?? null
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const [flashKey, setFlashKey] = useState<string | null>(null)
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER)
  const [showSuggestions, setShowSuggestions] = useState(true)
  const [orphansOpen, setOrphansOpen] = useState(false)
  const [help, setHelp] = useState(false)
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const pendingFocus = useRef<string | null>(null)
  const flashTimer = useRef(0)
  const headRef = useRef<HTMLDivElement>(null)

  const article = rendered?.element ?? null
  const leaves = useTextLeaves(rendered)

  const live = useMemo(
    () =>
      value.claims
        .filter((c) => c.status !== 'orphaned')
        .sort((a, b) => a.anchor.start - b.anchor.start),
    [value.claims],
  )
  const orphans = useMemo(() => value.claims.filter((c) => c.status === 'orphaned'), [value.claims])
  const queries = useMemo(() => value.queries ?? [], [value.queries])
  const liveQueries = useMemo(() => queries.filter((q) => q.status !== 'orphaned'), [queries])
  const orphanQueries = useMemo(() => queries.filter((q) => q.status === 'orphaned'), [queries])
  const queryById = useMemo(() => new Map(queries.map((q) => [q.id, q])), [queries])
  const claimById = useMemo(() => new Map(value.claims.map((c) => [c.id, c])), [value.claims])
  const suggestions = useMemo(
    () => (inSync ? value.suggestions.filter((s) => !hidden.has(s.key)) : []),
    [inSync, value.suggestions, hidden],
  )
  const suggestionByKey = useMemo(() => new Map(suggestions.map((s) => [s.key, s])), [suggestions])

  const ranges = useMemo(() => {
    const out = new Map<string, Range | null>()
    if (!inSync || leaves.length === 0) return out
    for (const c of live) out.set(claimKey(c.id), rangeOf(leaves, c.anchor.start, c.anchor.end))
    for (const s of suggestions) out.set(suggestionKey(s.key), rangeOf(leaves, s.start, s.end))
    for (const q of liveQueries)
      out.set(queryKey(q.id), rangeOf(leaves, q.anchor.start, q.anchor.end))
    return out
  }, [inSync, leaves, live, suggestions, liveQueries])

  const showingSuggestions = showSuggestions && !filtering(filter)
  const items = useMemo(() => {
    const out: Item[] = live
      .filter((c) => passes(filter, c))
      .map((c) => ({
        key: claimKey(c.id),
        label: `Claim: ${excerpt(c.anchor.exact, 60)}`,
        start: c.anchor.start,
        end: c.anchor.end,
      }))
    if (showingSuggestions) {
      for (const s of suggestions) {
        out.push({
          key: suggestionKey(s.key),
          label: `Suggested claim: ${excerpt(s.text, 60)}`,
          start: s.start,
          end: s.end,
        })
      }
    }
    // Queries are not claims: a verdict or assignee filter leaves them out.
    if (!filtering(filter) && inSync) {
      for (const q of liveQueries) {
        out.push({
          key: queryKey(q.id),
          label: `Query: ${excerpt(q.comments[0]?.text ?? q.anchor.exact, 60)}`,
          start: q.anchor.start,
          end: q.anchor.end,
        })
      }
    }
    out.sort((a, b) => a.start - b.start)
    return out
  }, [live, filter, showingSuggestions, suggestions, liveQueries, inSync])

  // Highlights: one colour per verdict, a wavy line for re-checks, dashes for suggestions;
  // only for the spans near the screen.
  const [from, to] = useVisibleWindow(article, leaves)
  const groups = useMemo(() => {
    const near = (start: number, end: number) => start < to && end > from
    const g = new Map<string, Range[]>()
    const add = (name: string, r: Range | null | undefined) => {
      if (!r) return
      const list = g.get(HIGHLIGHT + name) ?? []
      list.push(r)
      g.set(HIGHLIGHT + name, list)
    }
    if (showingSuggestions)
      for (const s of suggestions) add('suggestion', ranges.get(suggestionKey(s.key)))
    for (const v of VERDICTS) g.set(HIGHLIGHT + v, [])
    g.set(`${HIGHLIGHT}query`, [])
    g.set(`${HIGHLIGHT}query-resolved`, [])
    if (!filtering(filter))
      for (const q of liveQueries) {
        if (!near(q.anchor.start, q.anchor.end)) continue
        add(q.resolved ? 'query-resolved' : 'query', ranges.get(queryKey(q.id)))
      }
    for (const c of live) {
      if (!near(c.anchor.start, c.anchor.end)) continue
      const r = ranges.get(claimKey(c.id))
      add(c.verdict, r)
      if (c.needsRecheck) add('recheck', r)
    }
    return g
  }, [showingSuggestions, suggestions, live, liveQueries, filter, ranges, from, to])
  useHighlights(groups, 0)
  const focusGroups = useMemo(() => {
    const g = new Map<string, Range[]>()
    const focus = focusKey ? ranges.get(focusKey) : null
    const flash = flashKey ? ranges.get(flashKey) : null
    g.set(`${HIGHLIGHT}focus`, focus ? [focus] : [])
    g.set(`${HIGHLIGHT}flash`, flash ? [flash] : [])
    return g
  }, [focusKey, flashKey, ranges])
  useHighlights(focusGroups, 100)

  const flash = useCallback((key: string) => {
    window.clearTimeout(flashTimer.current)
    setFlashKey(key)
    flashTimer.current = window.setTimeout(() => setFlashKey(null), 900)
  }, [])
  useEffect(() => () => window.clearTimeout(flashTimer.current), [])

  /**
   * Brings an item's span into view below the sticky toolbar, so the card that opens level with
   * it is never under the toolbar and the claim's own text stays on screen.
   */
  const reveal = (key: string) => {
    const range = ranges.get(key)
    if (!range || !article) return
    const scroller = scrollParent(article)
    const bar = headRef.current?.getBoundingClientRect().bottom ?? 0
    const inset = Math.max(0, bar - scroller.getBoundingClientRect().top)
    revealRect(scroller, range.getBoundingClientRect(), 72, inset)
  }

  /** Focuses an item: its card opens level with its span, which scrolls into view and flashes. */
  const go = (key: string, moveFocus: boolean) => {
    setFocusKey(key)
    reveal(key)
    flash(key)
    if (moveFocus) pendingFocus.current = key
  }

  // Moves keyboard focus to a card once it is rendered (it may take a frame or two).
  useEffect(() => {
    const key = pendingFocus.current
    if (!key || key !== focusKey) return
    let tries = 0
    let frame = 0
    const attempt = () => {
      const el = document.getElementById(domIdOf(key))
      if (el) {
        pendingFocus.current = null
        el.focus({ preventScroll: true })
      } else if (tries++ < 30) frame = requestAnimationFrame(attempt)
    }
    frame = requestAnimationFrame(attempt)
    return () => cancelAnimationFrame(frame)
  })

  const step = (by: 1 | -1) => {
    const order = items.filter((i) => i.key.startsWith('c:'))
    if (order.length === 0) return
    const at = items.find((i) => i.key === focusKey)
    let next: Item | undefined
    if (at && at.key.startsWith('c:')) {
      next = order[order.indexOf(at) + by]
    } else if (at) {
      next =
        by > 0 ? order.find((i) => i.start > at.start) : order.findLast((i) => i.start < at.start)
    } else {
      next = by > 0 ? order[0] : order[order.length - 1]
    }
    if (next) go(next.key, true)
  }

  const actions = useClaimActions(
    draftId,
    put,
    useCallback(() => {
      setFocusKey(null)
      reload()
    }, [reload]),
  )
  const queryActions = useQueryActions(draftId, reload)

  const selection = useArticleSelection(article, leaves)
  const canMark = !readOnly && inSync && selection !== null

  const create = async (at: Span, suggestion?: Suggestion): Promise<void> => {
    try {
      const claim = await call(api, 'claims:create', {
        draftId,
        revisionId: value.revisionId,
        start: at.start,
        end: at.end,
        ...(suggestion ? { suggestionKey: suggestion.key } : {}),
      })
      put(claim)
      if (suggestion) setHidden((h) => new Set(h).add(suggestion.key))
      if (!passes(filter, claim)) setFilter(NO_FILTER)
      go(claimKey(claim.id), true)
    } catch (e) {
      push({ tone: 'error', title: 'The claim was not marked', message: toApiError(e).message })
    }
  }

  const mark = async (
    // What is selected now: the state follows the selection a frame late.
    at: ArticleSelection | null = (article && readArticleSelection(article, leaves)) ?? selection,
  ) => {
    if (!at || readOnly || !inSync) return
    document.getSelection()?.removeAllRanges()
    await create(at)
  }
  const dismiss = async (s: Suggestion) => {
    try {
      await call(api, 'claims:dismissSuggestion', { draftId, key: s.key })
      setHidden((h) => new Set(h).add(s.key))
      setFocusKey(null)
      reload()
    } catch (e) {
      push({
        tone: 'error',
        title: 'The suggestion was not dismissed',
        message: toApiError(e).message,
      })
    }
  }
  const exportAs = async (format: ExportFormat) => {
    try {
      const file = await call(api, 'claims:export', { draftId, format })
      downloadFile(file.fileName, file.text, file.mediaType)
    } catch (e) {
      push({ tone: 'error', title: 'The claims were not exported', message: toApiError(e).message })
    }
  }

  // The article's context menu gets "Mark as claim" while this tab is open.
  const markLatest = useRef<() => void>(() => undefined)
  useEffect(() => {
    markLatest.current = () => void mark()
  })
  useEffect(() => {
    onArticleActions(
      readOnly
        ? []
        : [
            {
              id: 'mark-claim',
              label: 'Mark as claim',
              shortcut: 'Mod+Shift+M',
              disabled: !canMark,
              run: () => markLatest.current(),
            },
          ],
    )
  }, [canMark, readOnly, onArticleActions])
  useEffect(() => () => onArticleActions([]), [onArticleActions])

  // A click on a highlight focuses its card.
  useArticleClick(article, (at) => {
    const hit = spanAtCaret(items, at)
    if (hit) {
      setFocusKey(hit.key)
      reveal(hit.key)
    }
  })

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented) return
    if (document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]')) return
    const mod = e.ctrlKey || e.metaKey
    if (mod && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'm') {
      e.preventDefault()
      void mark()
      return
    }
    if (mod || isTyping(e.target)) return
    if (e.altKey) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault()
        step(e.key === 'ArrowDown' ? 1 : -1)
      }
      return
    }
    if (e.key === 'j' || e.key === 'k') {
      e.preventDefault()
      step(e.key === 'j' ? 1 : -1)
    } else if (e.key === 'Escape' && focusKey) {
      setFocusKey(null)
    } else {
      const verdict = verdictOfKey(e.key)
      const claim = focusKey?.startsWith('c:') ? claimById.get(focusKey.slice(2)) : undefined
      if (verdict && claim && !readOnly) {
        e.preventDefault()
        if (verdict !== claim.verdict || claim.needsRecheck)
          void actions.setVerdict(claim.id, verdict)
      }
    }
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  const card = {
    readOnly,
    attachments,
    me,
    revisionLabel,
    actions,
  }
  const renderItem = (key: string, expanded: boolean) => {
    const toggle = () => (expanded ? setFocusKey(null) : go(key, false))
    if (key.startsWith('c:')) {
      const claim = claimById.get(key.slice(2))
      return claim ? (
        <ClaimCard {...card} claim={claim} expanded={expanded} onToggle={toggle} />
      ) : null
    }
    if (key.startsWith('q:')) {
      const q = queryById.get(key.slice(2))
      return q ? (
        <QueryCard
          query={q}
          expanded={expanded}
          readOnly={readOnly}
          actions={queryActions}
          onToggle={toggle}
          revisionLabel={revisionLabel}
        />
      ) : null
    }
    const s = suggestionByKey.get(key.slice(2))
    return s ? (
      <SuggestionCard
        suggestion={s}
        expanded={expanded}
        readOnly={readOnly}
        onToggle={toggle}
        onAccept={() => void create(s, s)}
        onDismiss={() => void dismiss(s)}
      />
    ) : null
  }

  return (
    <div className="claims-tab">
      <div className="claims-head" ref={headRef}>
        <ClaimsToolbar
          claims={value.claims}
          filter={filter}
          onFilter={setFilter}
          canMark={canMark}
          readOnly={readOnly}
          onMark={() => void mark()}
          onStep={step}
          suggestionCount={suggestions.length}
          showSuggestions={showSuggestions}
          onShowSuggestions={setShowSuggestions}
          onExport={(f) => void exportAs(f)}
          onHelp={() => setHelp(true)}
        />
        {orphans.length > 0 || orphanQueries.length > 0 ? (
          <button
            type="button"
            className="button button-small orphans-toggle"
            aria-expanded={orphansOpen}
            onClick={() => setOrphansOpen(!orphansOpen)}
          >
            <Unlink aria-hidden="true" size={14} />
            {orphans.length > 0 ? `Orphaned claims (${orphans.length})` : null}
            {orphans.length > 0 && orphanQueries.length > 0 ? ' · ' : null}
            {orphanQueries.length > 0 ? `Orphaned queries (${orphanQueries.length})` : null}
          </button>
        ) : null}
        {orphansOpen && orphans.length > 0 ? <OrphanList orphans={orphans} card={card} /> : null}
        {orphansOpen && orphanQueries.length > 0 ? (
          <OrphanQueries
            queries={orphanQueries}
            readOnly={readOnly}
            actions={queryActions}
            revisionLabel={revisionLabel}
          />
        ) : null}
        {value.claims.length === 0 && suggestions.length === 0 && queries.length === 0 ? (
          <p className="claims-hint">
            Select a passage in the article, then choose <strong>Mark as claim</strong> (or press
            Ctrl+Shift+M).
          </p>
        ) : null}
        {!inSync ? <p className="claims-hint">Updating the claims to the new revision…</p> : null}
      </div>
      <Margin
        items={items}
        ranges={ranges}
        article={article}
        focusKey={focusKey}
        label="Claims in the margin"
        renderItem={renderItem}
      />
      {canMark && selection ? (
        <button
          type="button"
          className="mark-float"
          aria-label="Mark as claim (selection)"
          style={{
            top: Math.round(selection.rect.bottom + 8),
            left: Math.round(Math.max(8, Math.min(selection.rect.left, window.innerWidth - 170))),
          }}
          // Keep the selection: a mousedown on a button would otherwise clear it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void mark()}
        >
          <Highlighter aria-hidden="true" size={14} />
          Mark as claim
        </button>
      ) : null}
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
    </div>
  )
}
