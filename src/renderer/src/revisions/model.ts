import type { Change, RevisionDiff, Row, Segment } from '@shared/diff'
import type { Span } from '@shared/text'
import { plainMarkdown } from '@shared/text/markdown'

/** An editor's decision on one change; a change without one is undecided until saving asks. */
export type Decision = 'accepted' | 'rejected'
export type Decisions = ReadonlyMap<string, Decision>

/** What the text pane lists: a row, or a run of unchanged rows folded into one line. */
export type Item =
  | { readonly type: 'row'; readonly index: number }
  | { readonly type: 'fold'; readonly start: number; readonly end: number }

/** Unchanged rows kept visible on each side of a change. */
const CONTEXT_ROWS = 1
/** A run shorter than this is shown whole: folding one paragraph saves nothing. */
const MIN_FOLD = 2

/**
 * The rows in reading order with long unchanged stretches folded (keeping one paragraph of
 * context next to each change); `expanded` holds the start rows of folds the editor opened.
 */
export function foldRows(rows: readonly Row[], expanded: ReadonlySet<number>): Item[] {
  const items: Item[] = []
  let i = 0
  while (i < rows.length) {
    if (rows[i]?.kind !== 'unchanged') {
      items.push({ type: 'row', index: i++ })
      continue
    }
    let end = i
    while (end < rows.length && rows[end]?.kind === 'unchanged') end++
    const lead = i > 0 ? CONTEXT_ROWS : 0
    const trail = end < rows.length ? CONTEXT_ROWS : 0
    const foldStart = i + lead
    const foldEnd = end - trail
    for (let r = i; r < end; r++) {
      if (r === foldStart && foldEnd - foldStart >= MIN_FOLD && !expanded.has(foldStart)) {
        items.push({ type: 'fold', start: foldStart, end: foldEnd })
        r = foldEnd - 1
      } else items.push({ type: 'row', index: r })
    }
    i = end
  }
  return items
}

/**
 * A row's segments as shown: the paragraph separator at its end is dropped (rows are laid out
 * as blocks), unless it belongs to a change, which must stay visible.
 */
export function shownSegments(row: Row): Segment[] {
  const out = [...row.segments]
  while (out.length > 0) {
    const last = out[out.length - 1] as Segment
    if (last.changeId !== null && last.op !== 'equal') break
    const trimmed = last.text.replace(/\s+$/, '')
    if (trimmed === last.text) break
    if (trimmed === '') out.pop()
    else {
      out[out.length - 1] = { ...last, text: trimmed }
      break
    }
  }
  return out
}

/** The ids to send as accepted: the accepted ones, and the undecided ones when the editor said so. */
export function acceptedIds(
  diff: Pick<RevisionDiff, 'changes'>,
  decisions: Decisions,
  undecided: Decision,
): string[] {
  return diff.changes
    .filter((c) => (decisions.get(c.id) ?? undecided) === 'accepted')
    .map((c) => c.id)
}

/** The first change without a decision, in text order. */
export function firstUndecided(
  diff: Pick<RevisionDiff, 'changes'>,
  decisions: Decisions,
): string | null {
  return diff.changes.find((c) => !decisions.has(c.id))?.id ?? null
}

/** Counts for the save dialog and the toolbar. */
export function tally(
  diff: Pick<RevisionDiff, 'changes'>,
  decisions: Decisions,
): { accepted: number; rejected: number; undecided: number } {
  let accepted = 0
  let rejected = 0
  for (const c of diff.changes) {
    const d = decisions.get(c.id)
    if (d === 'accepted') accepted++
    else if (d === 'rejected') rejected++
  }
  return { accepted, rejected, undecided: diff.changes.length - accepted - rejected }
}

const changes = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'}`

/** "Accepted 3 changes, rejected 2 from revision 2 → 4", the undecided ones going as the editor chose. */
export function defaultMessage(
  counts: { accepted: number; rejected: number; undecided: number },
  from: number,
  to: number,
  undecided: Decision,
): string {
  const accepted = counts.accepted + (undecided === 'accepted' ? counts.undecided : 0)
  const rejected = counts.rejected + (undecided === 'rejected' ? counts.undecided : 0)
  return `Accepted ${changes(accepted)}, rejected ${rejected} from revision ${from} → ${to}`
}

/** The edit's own ranges on one side (a move: the whole paragraph it carries). */
export function sideSpans(change: Change, side: 'old' | 'new'): Span[] {
  if (change.kind === 'move') return [side === 'old' ? change.old : change.new]
  return change.parts.map((p) =>
    side === 'old' ? { start: p.oldStart, end: p.oldEnd } : { start: p.newStart, end: p.newEnd },
  )
}

const KIND_LABELS: Readonly<Record<Change['kind'], string>> = {
  insert: 'Insertion',
  delete: 'Deletion',
  replace: 'Replacement',
  move: 'Move',
}

/** "Insertion", "Move", … */
export function kindLabel(change: Change): string {
  return KIND_LABELS[change.kind]
}

/** A short excerpt of a change's text for the list: whitespace shown, long text cut. */
export function excerpt(text: string, max = 80): string {
  if (text === '') return ''
  if (text.trim() === '') return text.includes('\n') ? '¶' : '␣'
  // As a reader sees it; a change to the syntax alone is shown as that syntax.
  const flat = (plainMarkdown(text).trim() || text).replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
