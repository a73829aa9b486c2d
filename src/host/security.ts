import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** Headers every response of the browser host carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/** The hosts this server answers to: anything else is a DNS-rebinding attempt. */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

function isOurOrigin(origin: string, hosts: ReadonlySet<string>): boolean {
  try {
    const u = new URL(origin)
    return u.protocol === 'http:' && hosts.has(u.host)
  } catch {
    return false
  }
}

/** Refusal reason for a request from a foreign Host or Origin, or null when it is ours. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port)
  const host = req.headers.host ?? ''
  if (!hosts.has(host)) return `requests for host "${host.slice(0, 100)}" are refused`
  const origin = req.headers.origin
  if (origin !== undefined) {
    if (!isOurOrigin(origin, hosts))
      return `requests from origin "${origin.slice(0, 100)}" are refused`
  }
  return null
}

/** Constant-time comparison of a presented token with the launch token. */
export function tokenMatches(presented: unknown, token: string): boolean {
  if (typeof presented !== 'string') return false
  const a = Buffer.from(presented)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
