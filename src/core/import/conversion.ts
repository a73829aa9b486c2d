import { GalleyError } from '@shared/errors'
import { ComputePool } from '../workers/pool'
import type { Converted } from './convert'
import { safeFileName } from './fileName'

/**
 * How long one file may take to convert before it is refused. Real articles convert in well
 * under a second; a small .docx that inflates to tens of megabytes of repetitive XML took half
 * a minute, and would stop everything if it ran on the event loop.
 */
export const CONVERSION_BUDGET_MS = 15_000

// One thread for conversions, apart from the analysis worker, so an import never queues
// behind a long draft's analysis. Idle, it keeps no process alive (the pool unrefs it).
let pool: ComputePool | null = null

/**
 * Converts an imported file on a worker thread, within a time budget: the event loop keeps
 * answering every window while a hostile file is read, and a file over budget is refused
 * with a sentence (its thread is stopped; the next conversion starts a fresh one).
 */
export function convertOffThread(
  fileName: string,
  bytes: Uint8Array,
  budgetMs = CONVERSION_BUDGET_MS,
): Promise<Converted> {
  pool ??= new ComputePool()
  return pool.run(
    'convert',
    { fileName, bytes },
    {
      budgetMs,
      overBudget: () =>
        new GalleyError(
          'unreadable-file',
          `"${safeFileName(fileName)}" took longer than ${seconds(budgetMs)} to read, far longer than any article needs, so Galley stopped reading it. Nothing was imported; open the file in its program, save a copy and try that.`,
        ),
    },
  )
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000))
  return s === 1 ? 'a second' : `${s} seconds`
}
