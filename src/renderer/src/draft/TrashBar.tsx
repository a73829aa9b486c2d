import { Trash2 } from 'lucide-react'

/** Shown on a draft in the trash: it can be read, and restored before it can be changed. */
export function TrashBar({ onRestore }: { onRestore: () => void }) {
  return (
    <div className="revision-bar trash-bar" role="status">
      <Trash2 aria-hidden="true" size={16} />
      <p>This draft is in the trash. Restore it to change it.</p>
      <button type="button" className="button button-small" onClick={onRestore}>
        Restore draft
      </button>
    </div>
  )
}
