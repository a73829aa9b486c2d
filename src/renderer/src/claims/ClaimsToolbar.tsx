import { ChevronDown, ChevronUp, Download, Highlighter, Keyboard, Lightbulb } from 'lucide-react'
import { DropdownMenu } from 'radix-ui'
import clsx from 'clsx'
import type { Claim, Verdict } from '@shared/claims/domain'
import { keyLabel } from '../app/shortcuts'
import { shortVerdict, VERDICTS } from './labels'

/** What the margin shows: verdicts (none: all), only re-checks, an assignee ('' unassigned). */
export interface ClaimFilter {
  readonly verdicts: ReadonlySet<Verdict>
  readonly recheck: boolean
  readonly assignee: string | null
}

export const NO_FILTER: ClaimFilter = { verdicts: new Set(), recheck: false, assignee: null }

export function filtering(f: ClaimFilter): boolean {
  return f.verdicts.size > 0 || f.recheck || f.assignee !== null
}

export function passes(f: ClaimFilter, c: Claim): boolean {
  if (f.verdicts.size > 0 && !f.verdicts.has(c.verdict)) return false
  if (f.recheck && !c.needsRecheck) return false
  if (f.assignee !== null && (c.assignee ?? '') !== f.assignee) return false
  return true
}

export type ExportFormat = 'web-annotation' | 'claim-review'

/** The Claims tab's toolbar: mark, step, counts that filter, assignee, suggestions, export. */
export function ClaimsToolbar({
  claims,
  filter,
  onFilter,
  canMark,
  readOnly,
  onMark,
  onStep,
  suggestionCount,
  showSuggestions,
  onShowSuggestions,
  onExport,
  onHelp,
}: {
  claims: readonly Claim[]
  filter: ClaimFilter
  onFilter: (f: ClaimFilter) => void
  canMark: boolean
  readOnly: boolean
  onMark: () => void
  onStep: (by: 1 | -1) => void
  suggestionCount: number
  showSuggestions: boolean
  onShowSuggestions: (show: boolean) => void
  onExport: (format: ExportFormat) => void
  onHelp: () => void
}) {
  const counts = new Map<Verdict, number>()
  for (const c of claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1)
  const recheck = claims.filter((c) => c.needsRecheck).length
  const assignees = [...new Set(claims.map((c) => c.assignee ?? '').filter(Boolean))].sort()
  const toggleVerdict = (v: Verdict) => {
    const verdicts = new Set(filter.verdicts)
    if (verdicts.has(v)) verdicts.delete(v)
    else verdicts.add(v)
    onFilter({ ...filter, verdicts })
  }
  return (
    <div className="claims-toolbar">
      <div className="claims-toolbar-row">
        {readOnly ? null : (
          <button
            type="button"
            className="button button-small button-primary"
            disabled={!canMark}
            title={canMark ? keyLabel('Mod+Shift+M') : 'Select text in the article first'}
            onClick={onMark}
          >
            <Highlighter aria-hidden="true" size={14} />
            Mark as claim
          </button>
        )}
        <span className="claims-step">
          <button
            type="button"
            className="icon-button claim-icon-button"
            aria-label="Previous claim"
            title="Previous claim (K)"
            onClick={() => onStep(-1)}
          >
            <ChevronUp aria-hidden="true" size={16} />
          </button>
          <button
            type="button"
            className="icon-button claim-icon-button"
            aria-label="Next claim"
            title="Next claim (J)"
            onClick={() => onStep(1)}
          >
            <ChevronDown aria-hidden="true" size={16} />
          </button>
        </span>
        <span className="toolbar-spacer" />
        <DropdownMenu.Root modal={false}>
          <DropdownMenu.Trigger
            className="icon-button claim-icon-button"
            aria-label="Export claims"
          >
            <Download aria-hidden="true" size={16} />
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
              <DropdownMenu.Label className="menu-label">Export claims</DropdownMenu.Label>
              <DropdownMenu.Item className="menu-item" onSelect={() => onExport('web-annotation')}>
                Web Annotation JSON (all claims)
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu-item" onSelect={() => onExport('claim-review')}>
                ClaimReview JSON-LD (resolved claims)
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
        <button
          type="button"
          className="icon-button claim-icon-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={onHelp}
        >
          <Keyboard aria-hidden="true" size={16} />
        </button>
      </div>
      <div className="claims-counts" role="group" aria-label="Filter by verdict">
        <button
          type="button"
          className={clsx('count-chip', !filtering(filter) && 'is-on')}
          aria-pressed={!filtering(filter)}
          onClick={() => onFilter(NO_FILTER)}
        >
          All <span className="count-n">{claims.length}</span>
        </button>
        {VERDICTS.map((v) => {
          const n = counts.get(v) ?? 0
          if (n === 0 && !filter.verdicts.has(v)) return null
          return (
            <button
              key={v}
              type="button"
              className={clsx('count-chip', filter.verdicts.has(v) && 'is-on')}
              aria-pressed={filter.verdicts.has(v)}
              onClick={() => toggleVerdict(v)}
            >
              <span className={`verdict-dot verdict-${v}`} aria-hidden="true" />
              {shortVerdict(v)} <span className="count-n">{n}</span>
            </button>
          )
        })}
        {recheck > 0 || filter.recheck ? (
          <button
            type="button"
            className={clsx('count-chip count-chip-recheck', filter.recheck && 'is-on')}
            aria-pressed={filter.recheck}
            onClick={() => onFilter({ ...filter, recheck: !filter.recheck })}
          >
            Needs re-check <span className="count-n">{recheck}</span>
          </button>
        ) : null}
      </div>
      <div className="claims-toolbar-row">
        <label className="claims-assignee-filter">
          <span>Assignee</span>
          <select
            className="select select-small"
            value={filter.assignee === null ? '\u0000any' : filter.assignee}
            onChange={(e) =>
              onFilter({
                ...filter,
                assignee: e.target.value === '\u0000any' ? null : e.target.value,
              })
            }
          >
            <option value={'\u0000any'}>Anyone</option>
            <option value="">Unassigned</option>
            {assignees.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className={clsx('button button-small', showSuggestions && 'is-pressed')}
          aria-pressed={showSuggestions}
          onClick={() => onShowSuggestions(!showSuggestions)}
        >
          <Lightbulb aria-hidden="true" size={14} />
          Suggestions ({suggestionCount})
        </button>
      </div>
    </div>
  )
}
