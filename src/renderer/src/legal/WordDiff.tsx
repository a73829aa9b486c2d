import type { ChangedPassageView } from '@shared/channels/legal'

type Seg = ChangedPassageView['diff'][number]

/** Whether a space must be shown between two segments so their words do not run together. */
export function needsSpace(a: Seg | undefined, b: Seg | undefined): boolean {
  if (!a || !b || a.type === 'equal' || b.type === 'equal' || a.type === b.type) return false
  return !/\s$/.test(a.text) && !/^\s/.test(b.text)
}

/** A passage's word diff: deletions struck through, insertions marked, words kept apart. */
export function WordDiff({ diff }: { diff: ChangedPassageView['diff'] }) {
  return (
    <span className="legal-diff">
      {diff.map((seg, i) => {
        const gap = needsSpace(diff[i - 1], seg) ? ' ' : null
        return seg.type === 'insert' ? (
          <span key={i}>
            {gap}
            <ins>{seg.text}</ins>
          </span>
        ) : seg.type === 'delete' ? (
          <span key={i}>
            {gap}
            <del>{seg.text}</del>
          </span>
        ) : (
          <span key={i}>{seg.text}</span>
        )
      })}
    </span>
  )
}
