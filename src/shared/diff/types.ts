import type { ParagraphUnit, Span } from '../text'

export type RowKind = 'unchanged' | 'changed' | 'inserted' | 'deleted' | 'moved-from' | 'moved-to'

export type SegmentOp = 'equal' | 'delete' | 'insert'

/**
 * A piece of a row. Side by side: the old column shows equal + delete, the new column equal +
 * insert. Inline: all in order. `oldStart`/`newStart` are offsets where the piece sits (for a
 * moved-to row's inner edits, `oldStart` refers to the source paragraph).
 */
export interface Segment {
  readonly op: SegmentOp
  readonly text: string
  readonly oldStart: number
  readonly newStart: number
  /** The change this piece belongs to; null for text that did not change. */
  readonly changeId: string | null
}

/** One row of the side-by-side view; rows are in reading order of both texts. */
export interface Row {
  readonly kind: RowKind
  readonly oldIndex: number | null
  readonly newIndex: number | null
  readonly old: Span | null
  readonly new: Span | null
  readonly segments: readonly Segment[]
  /** Links a moved-from row with its moved-to row (the id of the move change). */
  readonly moveId: string | null
  readonly changeIds: readonly string[]
}

export type ChangeKind = 'insert' | 'delete' | 'replace' | 'move'

export type SubstantiveReason = 'number' | 'name' | 'quote' | 'protected'

/** A range of the old text an editor must not lose sight of (a claim, quote, disclosure). */
export interface ProtectedRange extends Span {
  readonly label?: string
}

/**
 * One contiguous edit of the script, over the canonical texts: old[oldStart, oldEnd) becomes new[newStart, newEnd).
 * `changeId` null means the two slices are equal. Ops are ordered; both cursors only grow.
 */
export interface Op {
  readonly oldStart: number
  readonly oldEnd: number
  readonly newStart: number
  readonly newEnd: number
  readonly changeId: string | null
  /** Index of the row this op was produced for. */
  readonly row: number
}

/** One change an editor can accept or reject. */
export interface Change {
  readonly id: string
  readonly kind: ChangeKind
  /** In the old text (for a move: the source paragraph). */
  readonly old: Span
  /** In the new text (for a move: the destination paragraph). */
  readonly new: Span
  readonly oldText: string
  readonly newText: string
  readonly oldParagraph: number | null
  readonly newParagraph: number | null
  /** Index into `rows` (for a move: the moved-to row). */
  readonly row: number
  /** A few words either side, from the old text. */
  readonly context: { readonly before: string; readonly after: string }
  readonly substantive: boolean
  readonly reasons: readonly SubstantiveReason[]
  /** Set when the edit changes only whitespace or only punctuation. */
  readonly trivial: 'whitespace' | 'punctuation' | null
  /** Labels of the protected ranges it touches. */
  readonly protectedLabels: readonly string[]
  /** The ops that make up this change (two or more for a move). */
  readonly parts: readonly Op[]
}

export interface DiffStats {
  readonly wordsAdded: number
  readonly wordsRemoved: number
  readonly changes: number
  readonly substantive: number
}

/**
 * How much of the diff had to fall back: 'none'; 'words' when some changed paragraphs ran out
 * of time and are shown as whole-paragraph replacements; 'paragraphs' when even the paragraph
 * alignment ran out of time and every paragraph is a deletion followed by insertions.
 */
export type Fallback = 'none' | 'words' | 'paragraphs'

export interface RevisionDiff {
  /** Paragraphs, rows and ops are over the canonical texts (see `canonicalForm`). */
  readonly oldParagraphs: readonly ParagraphUnit[]
  readonly newParagraphs: readonly ParagraphUnit[]
  readonly rows: readonly Row[]
  readonly changes: readonly Change[]
  readonly ops: readonly Op[]
  /**
   * The texts' trailing whitespace, diffed on its own: the canonical texts end in one blank line
   * instead. `changeId` is set when the two tails differ (a whitespace-only change).
   */
  readonly tail: { readonly old: string; readonly new: string; readonly changeId: string | null }
  readonly stats: DiffStats
  readonly fallback: Fallback
  readonly elapsedMs: number
}

export interface DiffOptions {
  /** Total time budget in ms (default 200). Past it, coarser but still exact results. */
  readonly timeoutMs?: number
  /** Ranges of the old text (claims, quotes, disclosures) whose edits are substantive. */
  readonly protectedRanges?: readonly ProtectedRange[]
  /** Shingle similarity (Dice, 0..1) above which two paragraphs align as "changed" (0.5). */
  readonly similarity?: number
  /** Similarity above which a paragraph deleted here and inserted there is a move (0.8). */
  readonly moveSimilarity?: number
}
