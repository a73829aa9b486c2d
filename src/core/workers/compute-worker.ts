// The worker thread that runs TASKS: one message in ({ id, task, args }), one answer out.
import { readlinkSync } from 'node:fs'
import { getPriority, setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { GalleyError } from '@shared/errors'
import { TASKS, transferables, type TaskName } from './tasks'

/**
 * This thread yields the CPU to the main thread: on a machine with fewer free cores than
 * threads, the host's event loop (the window's requests, app:info) goes first and the analysis
 * takes the rest. Linux only (a thread's own id, from /proc, takes a priority of its own);
 * elsewhere, or if refused, the thread keeps its priority.
 */
function yieldCpuToMain(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
    // Steps below the main thread (whatever priority the host was started with), as the pool
    // says: 2 for work the window waits for (main still goes first when both want a core; ten
    // steps starved the analysis whenever anything else ran: a 5,000,000-character draft took
    // about a second longer in the built host, interleaved runs, the worst ping no better), 10
    // for background passes.
    const below = Number((workerData as { below?: unknown } | null)?.below ?? 2)
    if (Number.isInteger(tid) && tid !== process.pid)
      setPriority(
        tid,
        Math.min(19, getPriority(process.pid) + (Number.isFinite(below) ? below : 2)),
      )
  } catch {
    // Not Linux, or not allowed: the same work at the same priority.
  }
}
yieldCpuToMain()

parentPort?.on('message', async (msg: { id: number; task: TaskName; args: never }) => {
  try {
    const result: unknown = await TASKS[msg.task](msg.args)
    // Bytes a task hands over (packed analysis results) move to the main thread, not copied.
    parentPort?.postMessage({ id: msg.id, ok: true, result }, transferables(result))
  } catch (e) {
    parentPort?.postMessage({
      id: msg.id,
      ok: false,
      error: e instanceof Error ? e.message : String(e),
      // A GalleyError keeps its code across the thread, so the caller sees the same refusal.
      code: e instanceof GalleyError ? e.code : undefined,
    })
  }
})
