// What the window asks for while it starts: the first rows of the library list first, and what
// the first screen can do without (the whole list, the sync state) only once those rows have
// painted, so the host's work for them does not delay that paint (issue 13's 5,000 drafts).
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIRST_LIST_ROWS } from '../api/early'
import { APP_INFO, PROFILE, fakeApi, summary } from '../test/fakeApi'
import { loadAppCode } from './appCode'
import { App } from './App'

/** Animation frames come only when the test says so. */
let frames: FrameRequestCallback[] = []

/** Lets every answer in and React render what it brings, without any time passing. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve()
  })

beforeAll(loadAppCode)
beforeEach(() => {
  frames = []
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f))
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined
  })
  // Timeouts only when the test says so (afterPaint's fallback for a window with no frames).
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the window starting', () => {
  it('asks for the whole list and the sync state once the first rows have painted', async () => {
    const top = [summary('d2', 'Harbour dues'), summary('d1', 'Tidal survey')]
    const api = fakeApi({
      'app:info': () => APP_INFO,
      'profile:get': () => PROFILE,
      'drafts:list': ({ first }) =>
        first === undefined ? [...top, summary('d0', 'Pier lights')] : top.slice(0, first),
      'team:status': () => ({
        state: 'not-shared',
        remote: null,
        toSend: 0,
        toReceive: 0,
        lastSync: null,
        message: null,
      }),
    })
    render(<App api={api} />)
    await settle()
    expect(screen.getByText('Harbour dues')).toBeTruthy()
    expect(api.inputs('drafts:list')).toEqual([{ view: 'active', first: FIRST_LIST_ROWS }])
    expect(api.inputs('team:status')).toEqual([])

    // The frame that paints the rows, then the task after it.
    const due = frames
    frames = []
    act(() => {
      for (const f of due) f(performance.now())
      vi.advanceTimersByTime(0)
    })
    await settle()

    expect(screen.getByText('Pier lights')).toBeTruthy()
    expect(api.inputs('drafts:list')).toEqual([
      { view: 'active', first: FIRST_LIST_ROWS },
      { view: 'active' },
    ])
    expect(screen.getByText('Not shared')).toBeTruthy()
    expect(api.inputs('team:status')).toEqual([{}])
  })
})
