// The built renderer served as app://galley/ instead of file://: its responses carry real
// headers (the full CSP, frame-ancestors included), and file:// needs no extra privileges, so the
// GrantFileProtocolExtraPrivileges fuse can be off.
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { protocol, type Session } from 'electron'
import { CONTENT_SECURITY_POLICY } from './csp'

export const APP_SCHEME = 'app'
export const APP_HOST = 'galley'
/** The page every window loads. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

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

/** The headers every app:// response carries, as the browser host sends them. */
export const APP_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/**
 * Registers app:// as a standard, secure scheme (relative URLs, an origin of its own, a secure
 * context, fetch). It grants nothing beyond that: no CSP bypass, no CORS exemption, no service
 * workers. Electron allows this only before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...APP_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

/**
 * The answer to one app:// request: a file under `rendererDir` (`/` is index.html), with the
 * CSP and the other security headers. Other hosts, other methods, paths that leave the folder
 * (also through a symlink) and missing files are 404.
 */
export async function appResponse(rendererDir: string, request: Request): Promise<Response> {
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return notFound()
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound()
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound()
  let rel: string
  try {
    rel = decodeURIComponent(url.pathname)
  } catch {
    return notFound()
  }
  if (rel.includes('\0')) return notFound()
  const root = normalize(rendererDir + sep)
  const file = normalize(join(root, rel === '/' ? 'index.html' : rel))
  if (!file.startsWith(root)) return notFound()
  try {
    const real = await realpath(file)
    const realRoot = (await realpath(root)) + sep
    if (!real.startsWith(realRoot) || !(await stat(real)).isFile()) return notFound()
    const data = await readFile(real)
    return new Response(request.method === 'HEAD' ? null : data, {
      status: 200,
      headers: {
        ...APP_HEADERS,
        'Content-Type': TYPES[extname(real)] ?? 'application/octet-stream',
      },
    })
  } catch {
    return notFound()
  }
}

/** Serves the built renderer in `session` under app://galley/. */
export function serveApp(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request))
}
