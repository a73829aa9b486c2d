import { describe, expect, it, vi } from 'vitest'
import { createHttpApi } from './httpApi'
import { takeToken } from './token'

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })
}

describe('createHttpApi', () => {
  it('posts each call to /api/<channel> with the token and returns the envelope', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, { ok: true, value: [] }))
    const api = createHttpApi({ token: 'tok', fetch })
    const out = await api.invoke('drafts:list', { view: 'active' })
    expect(out).toEqual({ ok: true, value: [] })
    expect(fetch).toHaveBeenCalledWith('/api/drafts:list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Galley-Token': 'tok' },
      body: JSON.stringify({ view: 'active' }),
    })
  })

  it('passes a refusal envelope through even on an HTTP error status', async () => {
    const refusal = { ok: false, error: { code: 'unauthorized', message: 'Wrong token.' } }
    const api = createHttpApi({ token: 'x', fetch: async () => jsonResponse(401, refusal) })
    expect(await api.invoke('profile:get', {})).toEqual(refusal)
  })

  it('turns a network failure into a readable internal error', async () => {
    const api = createHttpApi({
      token: 'x',
      fetch: async () => {
        throw new TypeError('Failed to fetch')
      },
    })
    const out = await api.invoke('profile:get', {})
    expect(out.ok).toBe(false)
    if (!out.ok) {
      expect(out.error.code).toBe('internal')
      expect(out.error.message).toMatch(/Galley’s host is not answering/)
    }
  })

  it('delivers named server-sent events as parsed payloads', () => {
    const sources: FakeSource[] = []
    class FakeSource extends EventTarget {
      constructor(readonly url: string) {
        super()
        sources.push(this)
      }
    }
    const api = createHttpApi({
      token: 't k',
      fetch: vi.fn(),
      EventSource: FakeSource as unknown as typeof EventSource,
    })
    const seen: unknown[] = []
    const off = api.on('library:changed', (p) => seen.push(p))
    expect(sources[0]?.url).toBe('/api/events?token=t%20k')
    const payload = { draftId: 'd1', reason: 'renamed' }
    sources[0]?.dispatchEvent(
      new MessageEvent('library:changed', { data: JSON.stringify(payload) }),
    )
    off()
    sources[0]?.dispatchEvent(new MessageEvent('library:changed', { data: '{}' }))
    expect(seen).toEqual([payload])
  })
})

describe('takeToken', () => {
  function place(href: string) {
    const store = new Map<string, string>()
    const replaced: string[] = []
    return {
      replaced,
      place: {
        location: { href },
        history: {
          state: null,
          replaceState: (_s: unknown, _t: string, url?: string | URL | null) => {
            replaced.push(String(url))
          },
        },
        storage: {
          getItem: (k: string) => store.get(k) ?? null,
          setItem: (k: string, v: string) => void store.set(k, v),
        },
      },
    }
  }

  it('takes the token from the URL, keeps it, and removes it from the address bar', () => {
    const { place: p, replaced } = place('http://127.0.0.1:4000/?token=abc&x=1#h')
    expect(takeToken(p)).toBe('abc')
    expect(replaced).toEqual(['/?x=1#h'])
    // A reload (no token in the URL any more) still finds it.
    const again = { ...p, location: { href: 'http://127.0.0.1:4000/' } }
    expect(takeToken(again)).toBe('abc')
  })
})
