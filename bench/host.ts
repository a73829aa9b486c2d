// The built browser host as the benches run it: what people run (`npm start` without Electron),
// started on a library folder, asked over HTTP with its token, stopped with SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { HOST_NODE_FLAGS, hostEnv } from '../scripts/host-node-flags.js'

const root = join(import.meta.dirname, '..')

export interface BenchHost {
  readonly child: ChildProcess
  /** The address with its token, as the host printed it (what a browser opens). */
  readonly url: string
  /** From spawning the process until it printed its address. */
  readonly startMs: number
  /** One request, as the page makes it; a refusal throws with the host's sentence. */
  api(channel: string, input: unknown): Promise<unknown>
  /**
   * One request whose answer is only checked, not parsed: parsing a long draft's 13 MB answer
   * holds this process, and a ping timed here would count it against the host.
   */
  send(channel: string, input: unknown): Promise<void>
  stop(): Promise<void>
}

/**
 * Starts `out/main/serve.js` on `library` (no sample) as `npm run serve` does (its Node options
 * and environment: scripts/host-node-flags.js) and waits for its address. More Node options for
 * the host go in BENCH_HOST_NODE_ARGS (to profile it: "--cpu-prof --cpu-prof-dir=DIR").
 */
export function startHost(library: string): Promise<BenchHost> {
  const t0 = performance.now()
  const nodeArgs = (process.env['BENCH_HOST_NODE_ARGS'] ?? '').split(' ').filter(Boolean)
  const child = spawn(
    process.execPath,
    [
      ...HOST_NODE_FLAGS,
      ...nodeArgs,
      join(root, 'out/main/serve.js'),
      ...['--port', '0', '--library', library, '--no-sample'],
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: hostEnv() },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout?.setEncoding('utf8')
    child.stdout?.on('data', (c: string) => {
      out += c
      const m = /Galley is running at (\S+)/.exec(out)
      if (m?.[1]) {
        const url = m[1]
        resolve({
          child,
          url,
          startMs: performance.now() - t0,
          api: (channel, input) => hostApi(url, channel, input),
          send: (channel, input) => hostSend(url, channel, input),
          stop: () => stopHost(child),
        })
      }
    })
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)))
  })
}

/** POST /api/<channel> with the token from the host's address. */
function post(url: string, channel: string, input: unknown): Promise<Response> {
  const u = new URL(url)
  return fetch(`${u.origin}/api/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-galley-token': u.searchParams.get('token') ?? '',
    },
    body: JSON.stringify(input),
  })
}

/** One request; its answer's value, or the host's sentence thrown. */
export async function hostApi(url: string, channel: string, input: unknown): Promise<unknown> {
  const res = await post(url, channel, input)
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message ?? 'refused'}`)
  return body.value
}

/** One request; the answer is read as bytes and only its start checked (see send). */
export async function hostSend(url: string, channel: string, input: unknown): Promise<void> {
  const bytes = new Uint8Array(await (await post(url, channel, input)).arrayBuffer())
  const start = new TextDecoder().decode(bytes.subarray(0, 11))
  if (start !== '{"ok":true,') {
    const text = new TextDecoder().decode(bytes.subarray(0, 2_000))
    throw new Error(`${channel}: refused: ${text}`)
  }
}

/**
 * Asks the host `app:info` every `everyMs` from a thread of its own, as a second window would,
 * and times each answer from when it was due: a request that arrives while the host's loop is
 * held counts the wait. On its own thread so the bench's own work (reading a 30 MB answer:
 * 80–400 ms of undici copying and collecting in one go) is not counted against the host.
 */
export async function startPinger(
  url: string,
  everyMs = 15,
): Promise<{ stop(): Promise<PingFigures> }> {
  const u = new URL(url)
  const code = `
    const { parentPort, workerData } = require('node:worker_threads')
    const { origin, token, every } = workerData
    let stopping = false
    const ask = () => fetch(origin + '/api/app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-galley-token': token },
      body: '{}',
    })
    ;(async () => {
      // One request untimed first: a new thread's first fetch loads Node's HTTP client and opens
      // the connection (about 60-80 ms here), which a window already open has long done.
      await (await ask()).json()
      parentPort.postMessage('ready')
      parentPort.once('message', () => { stopping = true })
      let worst = 0
      let count = 0
      while (!stopping) {
        const due = performance.now() + every
        await new Promise((r) => setTimeout(r, every))
        const res = await ask()
        if (!(await res.json()).ok) throw new Error('app:info refused')
        worst = Math.max(worst, performance.now() - due)
        count++
      }
      parentPort.postMessage({ worst, count })
    })()
  `
  const worker = new Worker(code, {
    eval: true,
    workerData: { origin: u.origin, token: u.searchParams.get('token') ?? '', every: everyMs },
  })
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve())
    worker.once('error', reject)
  })
  const figures = new Promise<PingFigures>((resolve, reject) => {
    worker.once('message', (f: PingFigures) => resolve(f))
    worker.once('error', reject)
  })
  // A failure before stop() (fetch refused, app:info refused) waits for stop() to throw it: left
  // unhandled until then, it would end the bench with the host child and its library left behind.
  figures.catch(() => undefined)
  return {
    async stop() {
      worker.postMessage('stop')
      try {
        return await figures
      } finally {
        await worker.terminate()
      }
    },
  }
}

/** The pinger's worst wait (ms, from when a request was due until its answer) and its count. */
export interface PingFigures {
  readonly worst: number
  readonly count: number
}

/** SIGTERM, and waits for the process to end (the host flushes and lets go of its lock). */
export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
}
