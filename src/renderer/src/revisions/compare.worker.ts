// The comparison of two long revisions, off the window's thread: the word diff (about 200 ms
// for two 200k-word revisions) or reading one revision as Markdown (about half a second each).
// The window asks three of these at once, so on a machine with cores to spare they run together.
import { RESOLVE_DIFF_OPTIONS } from '@shared/constants'
import { diffRevisions, type RevisionDiff } from '@shared/diff'
import { inlineMarks, type InlineMarks } from '@shared/text/markdown'

export type CompareRequest =
  | { readonly id: number; readonly kind: 'diff'; readonly old: string; readonly new: string }
  | { readonly id: number; readonly kind: 'marks'; readonly body: string }
export type CompareAnswer =
  | { readonly id: number; readonly diff: RevisionDiff; readonly ms: number }
  | { readonly id: number; readonly marks: InlineMarks; readonly ms: number }
  | { readonly id: number; readonly error: string }

// A dedicated worker's postMessage takes one argument; the DOM typings describe the window's.
const scope = self as unknown as { postMessage(m: CompareAnswer): void }

onmessage = (e: MessageEvent<CompareRequest>) => {
  const m = e.data
  try {
    const t0 = performance.now()
    if (m.kind === 'diff') {
      const diff = diffRevisions(m.old, m.new, RESOLVE_DIFF_OPTIONS)
      scope.postMessage({ id: m.id, diff, ms: performance.now() - t0 })
    } else {
      const marks = inlineMarks(m.body)
      scope.postMessage({ id: m.id, marks, ms: performance.now() - t0 })
    }
  } catch (err) {
    scope.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) })
  }
}
