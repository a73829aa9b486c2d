// The worker thread that runs TASKS: one message in ({ id, task, args }), one answer out.
import { parentPort } from 'node:worker_threads'
import { GalleyError } from '@shared/errors'
import { TASKS, type TaskName } from './tasks'

parentPort?.on('message', async (msg: { id: number; task: TaskName; args: never }) => {
  try {
    const result: unknown = await TASKS[msg.task](msg.args)
    parentPort?.postMessage({ id: msg.id, ok: true, result })
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
