// The compare workers: one for the diff, one for each side's Markdown marks, each a script of
// its own. Kept out of the comparison's code (which carries the diff engine) so that the draft
// view can start the diff's worker ahead of need (./prepare.ts). Before, a worker started
// when the comparison asked for it, and its start (fetching, parsing and running its script)
// was 35-190 ms of the window's wait for the diff on this 2-core machine (load 4-6).
import type { CompareAnswer, DiffRequest, MarksRequest } from './protocol'

/** Pairs longer than this together (characters) are compared on the workers. */
export const LONG_PAIR = 120_000

/** Which worker: the diff's, or the marks' of the old or the new side. */
export type Slot = 'diff' | 'old' | 'new'

const workers = new Map<Slot, Worker>()
const waiting = new Map<number, (a: CompareAnswer) => void>()
let nextId = 1

function create(slot: Slot): Worker {
  // Literal addresses: the bundler makes a script of each.
  return slot === 'diff'
    ? new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./marks.worker.ts', import.meta.url), { type: 'module' })
}

/** The slot's worker, started if it is not yet. */
function startWorker(slot: Slot): Worker {
  let w = workers.get(slot)
  if (!w) {
    w = create(slot)
    w.onmessage = (e: MessageEvent<CompareAnswer>) => {
      waiting.get(e.data.id)?.(e.data)
      waiting.delete(e.data.id)
    }
    workers.set(slot, w)
  }
  return w
}

/** Runs one job on the slot's worker (started if it is not yet); a worker's error rejects. */
export function ask(slot: 'diff', job: Omit<DiffRequest, 'id'>): Promise<CompareAnswer>
export function ask(slot: 'old' | 'new', job: Omit<MarksRequest, 'id'>): Promise<CompareAnswer>
export function ask(
  slot: Slot,
  job: Omit<DiffRequest, 'id'> | Omit<MarksRequest, 'id'>,
): Promise<CompareAnswer> {
  const w = startWorker(slot)
  return new Promise((resolve, reject) => {
    const id = nextId++
    waiting.set(id, (a) => ('error' in a ? reject(new Error(a.error)) : resolve(a)))
    w.postMessage({ ...job, id })
  })
}

/** Starts the slot's worker ahead of need, so that its first job does not wait for its start. */
export function prepareWorker(slot: Slot): void {
  startWorker(slot)
}
