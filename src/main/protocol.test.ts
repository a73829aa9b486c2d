import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './csp'
import { APP_URL, appResponse, registerAppScheme, serveApp } from './protocol'

const fake = vi.hoisted(() => ({
  registerSchemesAsPrivileged: vi.fn(),
}))
vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: fake.registerSchemesAsPrivileged },
}))

let dir = ''
let renderer = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-protocol-'))
  renderer = join(dir, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Galley</title>')
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'secret')
  await symlink(join(dir, 'secret.txt'), join(renderer, 'assets', 'link.js'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const get = (url: string, method = 'GET') => appResponse(renderer, new Request(url, { method }))

describe('app://galley/', () => {
  it('is registered as a standard, secure scheme with no CSP bypass or CORS exemption', () => {
    registerAppScheme()
    expect(fake.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ])
  })

  it('serves the page with the full CSP as a header, frame-ancestors included', async () => {
    expect(APP_URL).toBe('app://galley/index.html')
    for (const url of [APP_URL, 'app://galley/', 'app://galley/index.html#/drafts/d1']) {
      const res = await get(url)
      expect(res.status, url).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await res.text()).toContain('<title>Galley</title>')
    }
    const js = await get('app://galley/assets/index-abc.js')
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
  })

  it('serves nothing outside the renderer folder, from another host, or for other methods', async () => {
    for (const url of [
      'app://galley/../secret.txt',
      'app://galley/%2e%2e/secret.txt',
      'app://galley/assets/..%2f..%2fsecret.txt',
      'app://galley/assets/link.js',
      'app://galley/assets/',
      'app://galley/missing.js',
      'app://galley/a%00b',
      'app://other/index.html',
    ]) {
      const res = await get(url)
      expect(res.status, url).toBe(404)
      expect(await res.text(), url).not.toContain('secret')
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY)
    }
    expect((await get(APP_URL, 'POST')).status).toBe(404)
  })

  it('is handled in the session it is given', async () => {
    const handle = vi.fn()
    serveApp({ protocol: { handle } } as never, renderer)
    expect(handle).toHaveBeenCalledOnce()
    const [scheme, handler] = handle.mock.calls[0] as [string, (r: Request) => Promise<Response>]
    expect(scheme).toBe('app')
    expect((await handler(new Request(APP_URL))).status).toBe(200)
  })
})
