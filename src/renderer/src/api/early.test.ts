import { describe, expect, it } from 'vitest'
import { fakeApi } from '../test/fakeApi'
import { withEarlyRequests } from './early'

describe('withEarlyRequests', () => {
  it('sends the first requests at once and hands each answer to the first call that asks', async () => {
    let n = 0
    const inner = fakeApi({
      'profile:get': () => ({ name: `Call ${++n}`, role: 'editor' }),
    })
    const api = withEarlyRequests(inner, [['profile:get', {}]])
    // Sent before anyone asked.
    expect(inner.calls.map((c) => c.channel)).toEqual(['profile:get'])

    const first = await api.invoke('profile:get', {})
    expect(first).toEqual({ ok: true, value: { name: 'Call 1', role: 'editor' } })
    expect(inner.calls).toHaveLength(1)

    // Only once: the next call asks again.
    const second = await api.invoke('profile:get', {})
    expect(second).toEqual({ ok: true, value: { name: 'Call 2', role: 'editor' } })
    expect(inner.calls).toHaveLength(2)
  })

  it('does not answer a request for something else with an early answer', async () => {
    const inner = fakeApi({ 'drafts:list': () => [] })
    const api = withEarlyRequests(inner, [['drafts:list', { view: 'active' }]])
    await api.invoke('drafts:list', { view: 'trash' })
    expect(inner.inputs('drafts:list')).toEqual([{ view: 'active' }, { view: 'trash' }])
    await api.invoke('drafts:list', { view: 'active' })
    expect(inner.inputs('drafts:list')).toHaveLength(2)
  })

  it('passes events through', () => {
    const inner = fakeApi({})
    const api = withEarlyRequests(inner, [])
    const seen: unknown[] = []
    const off = api.on('library:changed', (p) => seen.push(p))
    inner.emit('library:changed', { draftId: null, reason: 'test' })
    off()
    inner.emit('library:changed', { draftId: null, reason: 'after' })
    expect(seen).toEqual([{ draftId: null, reason: 'test' }])
  })
})
