import type { ImportProgress } from './useImporter'

const STAGE_LABELS: Readonly<Record<ImportProgress['stage'], string>> = {
  uploading: 'Sending',
  reading: 'Reading',
  converting: 'Converting',
  saving: 'Saving',
  done: 'Done',
  failed: 'Stopped',
}

/** A slim progress card for an import that takes more than a moment. */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const label = `Importing ${progress.fileName}`
  return (
    <div className="import-progress" role="status">
      <p className="import-progress-text">
        {label} <span className="import-progress-stage">— {STAGE_LABELS[progress.stage]}…</span>
      </p>
      <progress aria-label={label} max={1} value={progress.fraction} />
    </div>
  )
}
