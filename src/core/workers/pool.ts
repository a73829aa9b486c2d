import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads'
import { ERROR_CODES, GalleyError, type ErrorCode } from '@shared/errors'
import { TASKS, type TaskArgs, type TaskName, type TaskResult } from './tasks'

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
}

/**
 * Runs pure tasks (re-anchoring a long draft) on a worker thread so the main process stays
 * responsive. The built app ships `compute-worker.js`; from sources (tests, bench) the worker
 * loads the TypeScript through tsx. If no worker can run, the task runs here instead: slower
 * for the event loop, never wrong.
 */
export interface RunOptions {
  /** Run the task here if the worker fails (false: reject, e.g. when it was cancelled). */
  readonly fallback?: boolean
  /**
   * A time budget: past it the worker is stopped (the task with it) and the task rejects with
   * `overBudget`; nothing falls back to the main thread.
   */
  readonly budgetMs?: number
  readonly overBudget?: () => Error
  /** What moves to the worker with the task instead of being copied (a MessagePort). */
  readonly transfer?: readonly Transferable[]
}

export class ComputePool {
  private worker: Worker | null = null
  private broken = false
  private next = 1
  private readonly pending = new Map<number, Pending>()

  constructor(
    /**
     * Caps on the worker's heap (a worker that needs more ends with an out-of-memory error, its
     * tasks reject or fall back; the process goes on). Default: V8's own, as for main.
     */
    private readonly limits?: ResourceLimits,
    /**
     * How many steps of priority below the main thread the worker runs (compute-worker.ts):
     * work the window waits for a little, background passes a lot.
     */
    private readonly below = 2,
  ) {}

  /**
   * Whether the worker ended while tasks ran (crashed, ran out of memory) or could not start:
   * tasks given to this pool from then on run here.
   */
  get failed(): boolean {
    return this.broken
  }

  run<T extends TaskName>(
    task: T,
    args: TaskArgs<T>,
    options: boolean | RunOptions = true,
  ): Promise<Awaited<TaskResult<T>>> {
    const {
      fallback = true,
      budgetMs,
      overBudget,
      transfer = [],
    } = typeof options === 'boolean' ? { fallback: options } : options
    const here = async (): Promise<Awaited<TaskResult<T>>> =>
      (await (TASKS[task] as (a: unknown) => unknown)(args)) as Awaited<TaskResult<T>>
    const worker = this.ensure()
    if (!worker) return here()
    const id = this.next++
    let timer: NodeJS.Timeout | undefined
    const sent = new Promise<Awaited<TaskResult<T>>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      worker.ref()
      worker.postMessage({ id, task, args }, [...transfer])
      if (budgetMs !== undefined) {
        timer = setTimeout(() => {
          this.pending.delete(id)
          reject(overBudget?.() ?? new Error(`the ${task} task ran over ${budgetMs} ms`))
          // The only way to stop synchronous work on a thread: end the thread (the next task
          // starts a new one). Other tasks on it fall back or reject as on any restart.
          void this.restart(`over budget: ${task}`)
        }, budgetMs)
      }
    }).finally(() => clearTimeout(timer))
    if (!fallback || budgetMs !== undefined) return sent
    return sent.catch((e: unknown): Promise<Awaited<TaskResult<T>>> => {
      if (e instanceof GalleyError) throw e // the task refused its input: the same here
      // A worker that fails mid-task: do the work here rather than lose the revision's annotations.
      console.error('Galley compute worker failed; running the task in the main thread.', e)
      return here()
    })
  }

  /** Stops the worker and its tasks (they reject, or fall back); the next task starts a new one. */
  async restart(why: string): Promise<void> {
    const w = this.worker
    this.worker = null
    for (const p of this.pending.values()) p.reject(new Error(why))
    this.pending.clear()
    if (w) await w.terminate()
  }

  /** Stops the worker (pending tasks fall back to the main thread). */
  async close(): Promise<void> {
    const w = this.worker
    this.worker = null
    if (w) await w.terminate()
  }

  private ensure(): Worker | null {
    if (this.worker || this.broken) return this.worker
    try {
      const w = spawnWorker(this.limits, this.below)
      w.unref()
      w.on(
        'message',
        (msg: { id: number; ok: boolean; result?: unknown; error?: string; code?: string }) => {
          const p = this.pending.get(msg.id)
          if (!p) return
          this.pending.delete(msg.id)
          if (this.pending.size === 0) w.unref()
          if (msg.ok) p.resolve(msg.result)
          else p.reject(taskError(msg.error, msg.code))
        },
      )
      w.on('error', (e) => this.fail(e))
      w.on('exit', (code) => {
        if (this.worker === w) this.fail(new Error(`the worker exited with code ${code}`))
      })
      this.worker = w
    } catch (e) {
      console.error('Galley could not start its compute worker; tasks run in the main thread.', e)
      this.broken = true
    }
    return this.worker
  }

  private fail(e: Error): void {
    this.worker = null
    this.broken = true
    for (const p of this.pending.values()) p.reject(e)
    this.pending.clear()
  }
}

/** The worker's error as thrown there: a GalleyError keeps its code and sentence. */
function taskError(message = 'task failed', code?: string): Error {
  if (code && (ERROR_CODES as readonly string[]).includes(code))
    return new GalleyError(code as ErrorCode, message)
  return new Error(message)
}

/** The process's `--max-semi-space-size` (MB), if it was started with one. */
function processSemiSpace(): string | null {
  let value: string | null = null
  for (const arg of process.execArgv) {
    const m = /^--max-semi-space-size=(\d+)$/.exec(arg)
    if (m?.[1]) value = m[1]
  }
  return value
}

/**
 * Spawns a worker whose young generation is the one its `resourceLimits` ask for. V8's
 * `--max-semi-space-size` (the browser host starts with 8, scripts/host-node-flags.js) is the
 * process's and overrides a worker's own `maxYoungGenerationSizeMb`: the readiness pass's worker,
 * capped at 4 MB, had 16 MB (issue 13's host memory). The flag is cleared while the worker's heap
 * is made and set back once it runs; the main thread's heap, made at start, keeps its own.
 */
function spawnWorker(resourceLimits: ResourceLimits | undefined, below: number): Worker {
  const semi = resourceLimits?.maxYoungGenerationSizeMb ? processSemiSpace() : null
  if (!semi) return spawnWorkerNow(resourceLimits, below)
  const restore = () => setFlagsFromString(`--max-semi-space-size=${semi}`)
  setFlagsFromString('--max-semi-space-size=0')
  try {
    const worker = spawnWorkerNow(resourceLimits, below)
    worker.once('online', restore).once('error', restore).once('exit', restore)
    return worker
  } catch (e) {
    restore()
    throw e
  }
}

function spawnWorkerNow(resourceLimits: ResourceLimits | undefined, below: number): Worker {
  const here = import.meta.dirname
  const options = { ...(resourceLimits ? { resourceLimits } : {}), workerData: { below } }
  // Built: out/main/compute-worker.js beside the entry, the core chunk in out/main/chunks.
  for (const file of [join(here, 'compute-worker.js'), join(here, '..', 'compute-worker.js')]) {
    if (existsSync(file)) return new Worker(file, options)
  }
  const source = join(here, 'compute-worker.ts')
  if (!existsSync(source)) throw new Error('no compute worker found')
  const tsconfig = join(here, '..', '..', '..', 'tsconfig.node.json')
  // The ESM entry of tsx's API (require.resolve would give its CommonJS one).
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'))
  const tsx = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register({ tsconfig: ${JSON.stringify(tsconfig)} }); return import(${JSON.stringify(pathToFileURL(source).href)}) })`
  return new Worker(boot, { eval: true, ...options })
}
