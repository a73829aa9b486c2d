import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EventSink } from '@shared/contract'
import { openCore, type GalleyCore } from '../core'
import { startHost, type Host } from './server'

let dir: string
let rendererDir: string
let core: GalleyCore
let host: Host

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

function api(channel: string, input: unknown, headers: Record<string, string> = {}) {
  return raw(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-galley-token': host.token, ...headers },
    body: JSON.stringify(input),
  })
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-serve-'))
  rendererDir = join(dir, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'secret')
  let emitTo: Host | null = null
  const emit: EventSink = (e, p) => emitTo?.emit(e, p)
  core = await openCore({
    libraryPath: join(dir, 'lib'),
    mode: 'browser',
    version: '0.0.0-test',
    emit,
    seedSample: false,
  })
  host = await startHost({ dispatch: core.dispatch, rendererDir })
  emitTo = host
})
afterEach(async () => {
  await host.close()
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

describe('the browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL that carries the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/)
  })

  it('answers a channel with an envelope', async () => {
    const reply = await api('drafts:list', { view: 'active' })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] })
  })

  it('sends a long answer in pieces, none cut between the two halves of a character', async () => {
    // 'a' then emoji: in the JSON every emoji's first half falls on an odd offset, so the first
    // piece would end between the halves of one if the cut were not moved.
    const value = `a${'😀'.repeat(1_500_000)}`
    const big = await startHost({ dispatch: async () => ({ ok: true, value }), rendererDir })
    const port = host.port
    // Twelve pieces, each waiting for the socket: no listener may be left behind on the answer.
    const warnings: string[] = []
    const onWarning = (w: Error) => warnings.push(w.name)
    process.on('warning', onWarning)
    try {
      Object.assign(host, { port: big.port })
      const reply = await raw('/api/drafts:list', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-galley-token': big.token },
        body: '{}',
      })
      expect(reply.status).toBe(200)
      expect(reply.body).not.toContain('\uFFFD')
      expect(JSON.parse(reply.body)).toEqual({ ok: true, value })
      await new Promise((r) => setImmediate(r))
      expect(warnings).not.toContain('MaxListenersExceededWarning')
    } finally {
      process.off('warning', onWarning)
      Object.assign(host, { port })
      await big.close()
    }
  })

  it('validates input through the shared wrapper', async () => {
    const reply = await api('drafts:get', { id: '../../etc/passwd' })
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it.each([
    ['no token', {}],
    ['a wrong token', { 'x-galley-token': 'x'.repeat(32) }],
  ])('refuses a call with %s', async (_what, headers) => {
    const reply = await raw('/api/drafts:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"view":"active"}',
    })
    expect(reply.status).toBe(401)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const reply = await api(
      'drafts:list',
      { view: 'active' },
      { host: `evil.example:${host.port}` },
    )
    expect(reply.status).toBe(403)
  })

  it('refuses a foreign Origin (another local website) even with the token', async () => {
    const reply = await api('drafts:list', { view: 'active' }, { origin: 'http://127.0.0.1:9' })
    expect(reply.status).toBe(403)
    const ok = await api(
      'drafts:list',
      { view: 'active' },
      { origin: `http://127.0.0.1:${host.port}` },
    )
    expect(ok.status).toBe(200)
  })

  it('refuses non-JSON bodies and unknown channels', async () => {
    const form = await raw('/api/drafts:list', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-galley-token': host.token },
      body: '{"view":"active"}',
    })
    expect(form.status).toBe(415)
    expect((await api('fs:readFile', {})).status).toBe(404)
  })

  it('serves the renderer with a CSP and never a file outside it', async () => {
    const page = await raw('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect((await raw('/assets/app.js')).headers['content-type']).toContain('javascript')
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      expect((await raw(path)).body).not.toBe('secret')
    }
  })

  it('streams events to pages that hold the token', async () => {
    expect((await raw('/api/events')).status).toBe(401)
    // Resolves once the stream is open (the host's first comment), then with all it received.
    let opened: () => void = () => undefined
    const connected = new Promise<void>((resolve) => (opened = resolve))
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}` },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (c: string) => {
            text += c
            if (text.includes(': connected')) opened()
            if (text.includes('event: library:changed')) {
              req.destroy()
              resolve(text)
            }
          })
        },
      )
      req.on('error', reject)
      req.end()
    })
    await connected
    await api('profile:set', { name: 'Mara Quist', role: 'editor' })
    await api('drafts:create', { title: 'Evented' })
    expect(await received).toMatch(
      /event: library:changed\ndata: \{"draftId":"d-[^"]+","reason":"created"\}/,
    )
  })

  it('imports a file as a new draft and refuses an unreadable one with nothing stored', async () => {
    await api('profile:set', { name: 'Mara Quist', role: 'editor' })
    const good = await api('import:file', {
      fileName: 'brief.md',
      dataBase64: Buffer.from('# Brief\n\nText.').toString('base64'),
    })
    expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: { draft: { title: 'Brief' } } })
    const before = await readdir(join(dir, 'lib', 'drafts'))
    const bad = await api('import:file', {
      fileName: 'photo.md',
      dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]).toString('base64'),
    })
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'unreadable-file' } })
    expect(await readdir(join(dir, 'lib', 'drafts'))).toEqual(before)
  })

  it('requires a profile before recording a change', async () => {
    const reply = await api('drafts:create', { title: 'Nobody' })
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'no-profile' } })
  })
})
