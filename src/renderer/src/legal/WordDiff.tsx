import type { ChangedPassageView } from '@shared/channels/legal'

/** A passage's word diff: deletions struck through, insertions marked. */
export function WordDiff({ diff }: { diff: ChangedPassageView['diff'] }) {
  return (
    <span className="legal-diff">
      {diff.map((seg, i) =>
        seg.type === 'insert' ? (
          <ins key={i}>{seg.text}</ins>
        ) : seg.type === 'delete' ? (
          <del key={i}>{seg.text}</del>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </span>
  )
}
