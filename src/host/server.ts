import { randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { channels, isEventName, type EventName, type EventPayload } from '@shared/contract'
import type { Envelope } from '@shared/errors'
import type { Dispatch } from '../core/dispatch'
import { jsonPieces } from '../core/workers/json-steps'
import { nextTurn } from '../core/workers/turn'
import { SECURITY_HEADERS, checkHostAndOrigin, tokenMatches } from './security'

/** How long a connection may take and how many may be open (all overridable, for tests). */
export interface HostLimits {
  /** Time to receive a request's headers, counted from the connection's first byte. */
  readonly headersMs: number
  /** Time to receive a whole request, body included. */
  readonly requestMs: number
  /**
   * Time a connection may go without a byte in either direction: before its first request,
   * between requests, and while an answer is being sent to a client that does not read it.
   * Event streams are exempt (they carry a ping every 25 s).
   */
  readonly idleMs: number
  /** How often the header and request deadlines are checked. */
  readonly checkMs: number
  /** Connections open at once; more are closed as soon as they are accepted. */
  readonly maxConnections: number
  /** The largest request body. */
  readonly maxBodyBytes: number
}

export const DEFAULT_LIMITS: HostLimits = {
  headersMs: 10_000,
  requestMs: 60_000,
  idleMs: 30_000,
  checkMs: 1_000,
  maxConnections: 128,
  // The largest payload is a 25 MB source file, base64-encoded (about 33.4 MB).
  maxBodyBytes: 36 * 1024 * 1024,
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
}

export interface HostOptions {
  readonly dispatch: Dispatch
  /** The built renderer (out/renderer). */
  readonly rendererDir: string
  readonly port?: number
  readonly token?: string
  readonly limits?: Partial<HostLimits>
}

export interface Host {
  readonly url: string
  readonly port: number
  readonly token: string
  /** Sends an event to every open page. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  /** How many connections are open now. */
  connections(): Promise<number>
  close(): Promise<void>
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, headers(type, extra))
  res.end(body)
}

/** Every answer's headers: the security headers, its type, never cached. */
function headers(type: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra }
}

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>) {
  send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8')
}

/** Characters of an answer written per turn of the event loop. */
const PIECE = 256 * 1024

/**
 * A channel's answer, made and sent in steps: a long draft's answer (65,000 suggested claims is
 * some 13 MB of JSON) was made and encoded in one go, and every other request waited. The JSON
 * comes in pieces, a batch of items per turn (jsonPieces), and is written as it comes, at most
 * PIECE characters per turn, waiting for the socket to drain, never cut between the two halves
 * of a character; the whole text is never held at once.
 */
async function sendAnswer(res: ServerResponse, envelope: Envelope<unknown>): Promise<void> {
  let started = false
  let pending = ''
  const flush = async (all: boolean) => {
    while (pending.length >= (all ? 1 : PIECE)) {
      let end = Math.min(pending.length, PIECE)
      const last = pending.charCodeAt(end - 1)
      if (end < pending.length && last >= 0xd800 && last <= 0xdbff) end--
      const flowing = res.write(pending.slice(0, end))
      pending = pending.slice(end)
      if (!flowing) await drained(res)
      if (res.destroyed) return
      if (pending.length > 0) await nextTurn()
    }
  }
  for await (const piece of jsonPieces(envelope)) {
    if (res.destroyed) return
    if (!started) {
      res.writeHead(200, headers('application/json; charset=utf-8'))
      started = true
    }
    pending += piece
    await flush(false)
  }
  await flush(true)
  if (!res.destroyed) res.end()
}

/** Resolves when the response can take more, or has closed (its listeners taken off again). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const go = () => {
      res.off('drain', go)
      res.off('close', go)
      resolve()
    }
    res.on('drain', go)
    res.on('close', go)
  })
}

function refuse(
  res: ServerResponse,
  status: number,
  code: 'unauthorized' | 'forbidden-sender' | 'invalid-input' | 'unknown-channel',
  message: string,
) {
  sendEnvelope(res, status, { ok: false, error: { code, message } })
}

/** The body as text, or null when it grows past `max` bytes (what is left is then drained). */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      if (size > max) return
      size += chunk.length
      if (size > max) {
        chunks.length = 0
        resolve(null)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return mb >= 1 ? `${Math.round(mb)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/**
 * Answers 413 at once but closes only after the client has sent its whole body (reading and
 * dropping it): a socket closed with unread data is reset, and the client would see the reset
 * instead of this answer. The request deadline still ends a body that never ends.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, max: number): void {
  const envelope: Envelope<never> = {
    ok: false,
    error: {
      code: 'invalid-input',
      message: `The request is too large: Galley accepts up to ${megabytes(max)}.`,
    },
  }
  res.writeHead(413, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  })
  res.write(JSON.stringify(envelope))
  if (req.readableEnded) res.end()
  else req.once('end', () => res.end())
  req.resume()
}

/**
 * The browser host: the contract's channels over HTTP on 127.0.0.1 (POST /api/<channel>),
 * events as server-sent events, and the built renderer. Every API call needs the launch token.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const limits: HostLimits = { ...DEFAULT_LIMITS, ...options.limits }
  const token = options.token ?? randomBytes(24).toString('base64url')
  const streams = new Set<ServerResponse>()
  let port = 0

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method not allowed', 'text/plain')
    let rel: string
    try {
      rel = decodeURIComponent(pathname)
    } catch {
      return send(res, 400, 'Bad path', 'text/plain')
    }
    if (rel.includes('\0')) return send(res, 400, 'Bad path', 'text/plain')
    const root = normalize(options.rendererDir + sep)
    let file = normalize(join(root, rel))
    if (!file.startsWith(root)) return send(res, 404, 'Not found', 'text/plain')
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
    } catch {
      // Client-side routes fall back to the app itself.
      file = join(root, 'index.html')
    }
    try {
      const data = await readFile(file)
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': type,
        'Cache-Control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
      })
      res.end(req.method === 'HEAD' ? undefined : data)
    } catch {
      send(res, 404, 'Galley has not been built: run "npm run build".', 'text/plain; charset=utf-8')
    }
  }

  function openStream(req: IncomingMessage, res: ServerResponse) {
    // A stream is quiet between events by design; its pings keep it alive instead.
    req.socket.setTimeout(0)
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    res.write(': connected\n\n')
    streams.add(res)
    res.on('close', () => streams.delete(res))
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const refusal = checkHostAndOrigin(req, port)
    if (refusal)
      return refuse(res, 403, 'forbidden-sender', `Galley's host refused this request: ${refusal}.`)
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (!url.pathname.startsWith('/api/')) return serveStatic(req, res, url.pathname)

    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), token)) {
        return refuse(
          res,
          401,
          'unauthorized',
          'This page is not allowed to talk to Galley (missing or wrong token).',
        )
      }
      if (req.method !== 'GET') return refuse(res, 405, 'invalid-input', 'Use GET for events.')
      return openStream(req, res)
    }
    if (!tokenMatches(req.headers['x-galley-token'], token)) {
      return refuse(
        res,
        401,
        'unauthorized',
        'This page is not allowed to talk to Galley (missing or wrong token). Open the address Galley printed when it started.',
      )
    }
    const name = url.pathname.slice('/api/'.length)
    if (!Object.hasOwn(channels, name)) {
      return refuse(res, 404, 'unknown-channel', 'Galley does not know that request.')
    }
    if (req.method !== 'POST')
      return refuse(res, 405, 'invalid-input', 'Use POST for Galley requests.')
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'invalid-input', 'Galley requests must be JSON.')
    }
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limits.maxBodyBytes) return refuseTooLarge(req, res, limits.maxBodyBytes)
    const text = await readBody(req, limits.maxBodyBytes)
    if (text === null) return refuseTooLarge(req, res, limits.maxBodyBytes)
    let input: unknown
    try {
      input = text.length === 0 ? {} : JSON.parse(text)
    } catch {
      return refuse(res, 400, 'invalid-input', 'The request was not valid JSON.')
    }
    await sendAnswer(res, await options.dispatch(name, input))
  }

  const server: Server = createServer(
    {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      keepAliveTimeout: Math.min(limits.idleMs, 5_000),
      connectionsCheckingInterval: limits.checkMs,
    },
    (req, res) => {
      // Idle while our answer is being sent: the client stopped reading. (While the answer is
      // still being worked out nothing is sent either, and that is no reason to drop it.)
      res.on('timeout', (socket: Socket) => {
        if (res.headersSent) socket.destroy()
      })
      serve(req, res)
    },
  )
  // Every connection, from its first moment: closed after idleMs without a byte either way.
  server.setTimeout(limits.idleMs)
  server.maxConnections = limits.maxConnections

  function serve(req: IncomingMessage, res: ServerResponse) {
    handle(req, res).catch((e: unknown) => {
      // A client that went away mid-request (or was dropped for stalling) is not our error.
      if (req.destroyed && (e as NodeJS.ErrnoException).code === 'ECONNRESET') return
      console.error(e)
      if (!res.headersSent)
        sendEnvelope(res, 500, {
          ok: false,
          error: { code: 'internal', message: 'Galley’s host failed to answer.' },
        })
      else res.end()
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const keepAlive = setInterval(() => {
    for (const s of streams) s.write(': ping\n\n')
  }, 25_000)
  keepAlive.unref()

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    emit(event, payload) {
      if (!isEventName(event)) return
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
      for (const s of streams) s.write(frame)
    },
    connections() {
      return new Promise((resolve, reject) =>
        server.getConnections((e, count) => (e ? reject(e) : resolve(count))),
      )
    },
    close() {
      clearInterval(keepAlive)
      for (const s of streams) s.end()
      streams.clear()
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
