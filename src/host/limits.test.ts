import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Dispatch } from '../core/dispatch'
import { startHost, type Host, type HostLimits } from './server'

// Short limits so that stalled connections end in well under a second here.
const LIMITS: HostLimits = {
  headersMs: 600,
  requestMs: 900,
  idleMs: 300,
  checkMs: 50,
  maxConnections: 3,
  maxBodyBytes: 1024,
}
// How long any one wait below may take before the test calls it failed: several times the
// limits, so a busy machine is not mistaken for a host that does not close.
const GUARD_MS = 10_000

const dispatch: Dispatch = async () => ({ ok: true, value: null })
let dir = ''
let host: Host
const sockets = new Set<Socket>()

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-limits-'))
  await mkdir(join(dir, 'assets'), { recursive: true })
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Galley</title>')
  host = await startHost({ dispatch, rendererDir: dir, limits: LIMITS })
})
afterEach(async () => {
  for (const s of sockets) s.destroy()
  sockets.clear()
  await host.close()
  await rm(dir, { recursive: true, force: true })
})

/** `promise`, or a failure naming `what` if it has not settled within GUARD_MS. */
function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${GUARD_MS} ms`)), GUARD_MS)
  })
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer))
}

interface Raw {
  readonly socket: Socket
  /** Everything the host sent, once it closed the connection. */
  readonly closed: Promise<string>
}

/** A raw connection to the host that records what comes back until the host closes it. */
function open(): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1')
    sockets.add(socket)
    let received = ''
    const closed = new Promise<string>((done) => {
      socket.on('data', (chunk) => (received += chunk.toString('latin1')))
      socket.on('close', () => done(received))
    })
    socket.once('connect', () => resolve({ socket, closed }))
    socket.once('error', reject)
  })
}

const HEAD = (extra = '') =>
  `POST /api/drafts:list HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n${extra}`

/** Writes `text` a byte at a time, every `everyMs`, until the socket closes. */
function drip(socket: Socket, text: string, everyMs = 50): void {
  let i = 0
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer)
    socket.write(text[i++] ?? '')
  }, everyMs)
  socket.once('close', () => clearInterval(timer))
}

/** Waits until the host counts `n` open connections. */
async function connectionsReach(n: number): Promise<void> {
  while ((await host.connections()) !== n) await new Promise((r) => setImmediate(r))
}

describe('the browser host with stalled clients', () => {
  it('closes a connection that never sends a byte', async () => {
    const { closed } = await open()
    await within(closed, 'the silent connection closed')
    await within(connectionsReach(0), 'the host let go of it')
  })

  it('answers 408 and closes when the headers trickle in for longer than the header limit', async () => {
    const { socket, closed } = await open()
    // Each byte is within the idle limit, so only the header deadline can end this.
    drip(socket, `${HEAD()}X-Slow: ${'x'.repeat(400)}\r\n\r\n`)
    expect(await within(closed, 'the slow-headers connection closed')).toMatch(/^HTTP\/1\.1 408 /)
  })

  it('answers 408 and closes when a body stalls for longer than the request limit', async () => {
    const { socket, closed } = await open()
    socket.write(
      `${HEAD(`X-Galley-Token: ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 900\r\n`)}\r\n{`,
    )
    drip(socket, ' '.repeat(800))
    expect(await within(closed, 'the slow-body connection closed')).toMatch(/^HTTP\/1\.1 408 /)
  })

  it('closes a kept-alive connection that goes idle after an answer', async () => {
    const { socket, closed } = await open()
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: keep-alive\r\n\r\n`)
    expect(await within(closed, 'the idle connection closed')).toMatch(/^HTTP\/1\.1 200 /)
  })

  it('drops a client that stops reading in the middle of an answer', async () => {
    // Larger than the socket buffers, so a client that does not read leaves the host mid-answer.
    await writeFile(join(dir, 'assets', 'big.js'), Buffer.alloc(24 * 1024 * 1024, 0x20))
    const { socket } = await open()
    socket.pause()
    socket.write(`GET /assets/big.js HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`)
    await within(connectionsReach(0), 'the host dropped the stalled reader')
  })

  it('keeps an event stream open past the idle limit', async () => {
    const stream = await openStream()
    const { closed } = await open()
    await within(closed, 'a silent connection opened after it closed')
    expect(stream.destroyed).toBe(false)
    expect(await host.connections()).toBe(1)
  })

  it('refuses connections past the cap at once, and takes them again once one closes', async () => {
    const streams = [await openStream(), await openStream(), await openStream()]
    await within(connectionsReach(3), 'three streams open')
    const extra = await open()
    expect(await within(extra.closed, 'the connection past the cap closed')).toBe('')
    streams[0]?.destroy()
    await within(connectionsReach(2), 'one stream closed')
    const reply = await post(JSON.stringify({ view: 'active' }))
    expect(reply.status).toBe(200)
  })
})

/** Opens the event stream and resolves once the host has written its first comment. */
function openStream(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => {
      socket.write(
        `GET /api/events?token=${host.token} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`,
      )
    })
    sockets.add(socket)
    let text = ''
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8')
      if (text.includes(': connected')) resolve(socket)
    })
    socket.once('error', reject)
  })
}

interface Reply {
  readonly status: number
  readonly body: string
}

/** POSTs `body` with Node's client, chunked when `chunked`; rejects on a reset. */
function post(body: string, chunked = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/api/drafts:list',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-galley-token': host.token,
          ...(chunked ? {} : { 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    if (chunked) {
      // Several writes, so the body arrives in pieces after the headers.
      for (let i = 0; i < body.length; i += 512) req.write(body.slice(i, i + 512))
      req.end()
    } else req.end(body)
  })
}

describe('the browser host with a body over the limit', () => {
  const big = JSON.stringify({ view: 'active', pad: 'x'.repeat(200_000) })

  it('answers a readable 413 when Content-Length says so, not a reset', async () => {
    const reply = await within(post(big), 'the 413')
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'The request is too large: Galley accepts up to 1 KB.',
      },
    })
  })

  it('answers a readable 413 when a chunked body grows past the limit', async () => {
    const reply = await within(post(big, true), 'the 413')
    expect(reply.status).toBe(413)
    expect(reply.body).toContain('The request is too large')
  })

  it('still takes a body within the limit', async () => {
    expect((await post(JSON.stringify({ view: 'active' }))).status).toBe(200)
  })
})
