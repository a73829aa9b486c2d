// What the window and its compare workers (./workers.ts) say to each other.
import type { RevisionDiff } from '@shared/diff'
import type { InlineMarks } from '@shared/text/markdown'
import type { PackedDiff } from './diffWire'

export interface DiffRequest {
  readonly id: number
  readonly kind: 'diff'
  readonly old: string
  readonly new: string
}
export interface MarksRequest {
  readonly id: number
  readonly kind: 'marks'
  readonly body: string
}
export type CompareRequest = DiffRequest | MarksRequest

export type CompareAnswer =
  /** `packed` as a rule; `diff` whole when it holds what diffWire cannot pack. */
  | { readonly id: number; readonly packed: PackedDiff; readonly ms: number }
  | { readonly id: number; readonly diff: RevisionDiff; readonly ms: number }
  | { readonly id: number; readonly marks: InlineMarks; readonly ms: number }
  | { readonly id: number; readonly error: string }

/** An answer, and what to move with it rather than copy. */
export type Answered = [CompareAnswer, Transferable[]]
