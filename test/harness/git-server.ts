// A real Git smart-HTTP server for tests: git's own `git http-backend` run as CGI behind
// node:http on 127.0.0.1, bare repositories in a temp folder. Not a mock of the protocol:
// isomorphic-git (and the git binary) talk to it exactly as to GitLab, Gitea or GitHub.
import { execFile, execFileSync, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface GitServerOptions {
  /**
   * When set, every request must carry HTTP Basic auth whose password is this token (any user
   * name, as GitLab and Gitea accept a token); otherwise 401 with a WWW-Authenticate challenge.
   */
  readonly token?: string
}

export interface GitServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string
  /** The folder holding the bare repositories. */
  readonly root: string
  /** Creates an empty bare repository (push enabled) and returns its URL. */
  createRepo(name: string): Promise<string>
  /** The bare repository's folder, to inspect or damage it. */
  repoPath(name: string): string
  /** Makes the server answer nothing (connections refused) until `resume`. */
  pause(): Promise<void>
  resume(): Promise<void>
  /** Requests served so far (method and path), for assertions on what a client did. */
  readonly requests: readonly string[]
  close(): Promise<void>
}

/** Where git keeps http-backend (`git --exec-path`, e.g. /usr/lib/git-core). */
function httpBackendPath(): string {
  const execPath = execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim()
  return join(execPath, 'git-http-backend')
}

function authorised(req: IncomingMessage, token: string | undefined): boolean {
  if (token === undefined) return true
  const header = req.headers.authorization ?? ''
  const m = /^Basic\s+(.+)$/i.exec(header)
  if (!m?.[1]) return false
  const decoded = Buffer.from(m[1], 'base64').toString('utf8')
  const password = decoded.slice(decoded.indexOf(':') + 1)
  return password === token
}

/** Runs one request through git http-backend (CGI) and relays its answer. */
function cgi(
  backend: string,
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  user: string,
): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: user,
    REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
    GIT_HTTP_MAX_REQUEST_BUFFER: '100M',
    SERVER_PROTOCOL: 'HTTP/1.1',
  }
  if (req.headers['content-length'] !== undefined) {
    env['CONTENT_LENGTH'] = req.headers['content-length']
  }
  if (req.headers['content-encoding'] !== undefined) {
    env['HTTP_CONTENT_ENCODING'] = req.headers['content-encoding']
  }
  if (req.headers['git-protocol'] !== undefined) {
    env['GIT_PROTOCOL'] = String(req.headers['git-protocol'])
  }
  const child = spawn(backend, [], { env, stdio: ['pipe', 'pipe', 'pipe'] })
  req.pipe(child.stdin)
  let head = Buffer.alloc(0)
  let headersDone = false
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      res.write(chunk)
      return
    }
    head = Buffer.concat([head, chunk])
    let end = head.indexOf('\r\n\r\n')
    let sep = 4
    if (end < 0) {
      end = head.indexOf('\n\n')
      sep = 2
    }
    if (end < 0) return
    headersDone = true
    let status = 200
    for (const line of head.subarray(0, end).toString('latin1').split(/\r?\n/)) {
      const colon = line.indexOf(':')
      if (colon < 0) continue
      const name = line.slice(0, colon).trim()
      const value = line.slice(colon + 1).trim()
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 200
      else res.setHeader(name, value)
    }
    res.statusCode = status
    res.write(head.subarray(end + sep))
  })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  child.on('close', (code) => {
    if (!headersDone) {
      res.statusCode = 500
      res.end(`git http-backend failed (${code}): ${stderr}`)
      return
    }
    res.end()
  })
  child.on('error', (e) => {
    if (!res.headersSent) res.statusCode = 500
    res.end(String(e))
  })
}

/** Starts the server on a random port of 127.0.0.1. */
export async function startGitServer(options: GitServerOptions = {}): Promise<GitServer> {
  const backend = httpBackendPath()
  const root = await mkdtemp(join(tmpdir(), 'galley-git-server-'))
  const requests: string[] = []
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    if (!authorised(req, options.token)) {
      res.statusCode = 401
      res.setHeader('WWW-Authenticate', 'Basic realm="galley-test"')
      res.end('Unauthorized')
      return
    }
    cgi(backend, root, req, res, 'galley-test')
  })
  let port = 0
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port
        resolve()
      })
    })
  await listen()
  const origin = () => `http://127.0.0.1:${port}`
  const repoPath = (name: string) => join(root, `${name}.git`)
  return {
    get origin() {
      return origin()
    },
    root,
    requests,
    repoPath,
    async createRepo(name) {
      const dir = repoPath(name)
      await run('git', ['init', '--bare', '--quiet', '--initial-branch=main', dir])
      await run('git', ['-C', dir, 'config', 'http.receivepack', 'true'])
      return `${origin()}/${name}.git`
    },
    async pause() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    async resume() {
      await listen()
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(root, { recursive: true, force: true })
    },
  }
}
