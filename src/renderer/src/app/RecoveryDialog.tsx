import type { LibraryProblem } from '@shared/domain'
import { Confirm } from '../ui/Confirm'
import { restoresLibraryWide } from './restores'

/**
 * Asks before a quarantined file's last good version is put back, saying what it does: the
 * backup is checked first, the damaged copy stays in quarantine, and the very last save is not
 * in the backup.
 */
export function RecoveryDialog({
  problem,
  onCancel,
  onRestore,
}: {
  problem: LibraryProblem | null
  onCancel: () => void
  onRestore: (problem: LibraryProblem) => void
}) {
  return (
    <Confirm
      open={problem !== null}
      onOpenChange={(open) => !open && onCancel()}
      title="Restore the last good version?"
      description={
        problem ? (
          <>
            Galley checks the last good version of <strong className="path">{problem.file}</strong>{' '}
            and, if it reads correctly, puts it back in place. It is the version from the save
            before the damaged one, so the very last change may be missing. The damaged copy stays
            in <span className="path">{problem.quarantinedAs}</span>; nothing is deleted.
            {restoresLibraryWide(problem) ? ' The window reloads afterwards.' : ''}
          </>
        ) : (
          ''
        )
      }
      confirmLabel="Restore"
      onConfirm={() => problem && onRestore(problem)}
    />
  )
}
