import { randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { channels, isEventName, type EventName, type EventPayload } from '@shared/contract'
import type { Envelope } from '@shared/errors'
import type { Dispatch } from '../core/dispatch'
import { SECURITY_HEADERS, checkHostAndOrigin, tokenMatches } from './security'

// The largest payload is a 25 MB source file, base64-encoded (about 33.4 MB).
const MAX_BODY = 36 * 1024 * 1024

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
}

export interface Host {
  readonly url: string
  readonly port: number
  readonly token: string
  /** Sends an event to every open page. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  close(): Promise<void>
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': 'no-store',
    ...extra,
  })
  res.end(body)
}

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>) {
  send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8')
}

function refuse(
  res: ServerResponse,
  status: number,
  code: 'unauthorized' | 'forbidden-sender' | 'invalid-input' | 'unknown-channel',
  message: string,
) {
  sendEnvelope(res, status, { ok: false, error: { code, message } })
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        resolve(null)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/**
 * The browser host: the contract's channels over HTTP on 127.0.0.1 (POST /api/<channel>),
 * events as server-sent events, and the built renderer. Every API call needs the launch token.
 */
export async function startHost(options: HostOptions): Promise<Host> {
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

  function openStream(res: ServerResponse) {
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
      return openStream(res)
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
    const text = await readBody(req)
    if (text === null)
      return refuse(res, 413, 'invalid-input', 'The request is too large (over 36 MB).')
    let input: unknown
    try {
      input = text.length === 0 ? {} : JSON.parse(text)
    } catch {
      return refuse(res, 400, 'invalid-input', 'The request was not valid JSON.')
    }
    sendEnvelope(res, 200, await options.dispatch(name, input))
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error(e)
      if (!res.headersSent)
        sendEnvelope(res, 500, {
          ok: false,
          error: { code: 'internal', message: 'Galley’s host failed to answer.' },
        })
      else res.end()
    })
  })
  server.headersTimeout = 60_000
  server.requestTimeout = 120_000

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
    close() {
      clearInterval(keepAlive)
      for (const s of streams) s.end()
      streams.clear()
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
