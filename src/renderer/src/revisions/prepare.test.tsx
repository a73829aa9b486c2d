// The diff's worker of a long draft is started while the draft is read, so that its
// comparison does not wait for it to start (issue 13: the diff of two 200k-word
// revisions in the window within 300 ms).
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { RESOLVE_DIFF_OPTIONS } from '@shared/constants'
import { diffRevisions } from '@shared/diff'
import { App } from '../app/App'
import { loadAppCode } from '../app/appCode'
import { APP_INFO, PROFILE, detail, fakeApi, revision, summary } from '../test/fakeApi'
import { answerDiff } from './diffJob'
import { answerMarks } from './marksJob'
import type { CompareRequest } from './protocol'
import { madeUpDraft, madeUpEdit } from '../test/madeUp'
import { LONG_PAIR } from './workers'

/** A worker in the test's own thread: the compare worker's real jobs, answered in a task. */
class FakeWorker {
  static made: FakeWorker[] = []
  readonly posted: CompareRequest[] = []
  onmessage: ((e: { data: unknown }) => void) | null = null
  constructor(readonly url: URL | string) {
    FakeWorker.made.push(this)
  }
  postMessage(m: CompareRequest): void {
    this.posted.push(m)
    const url = String(this.url)
    setTimeout(() => {
      // Other workers (the article's) fail, so their work is done in the window as without one.
      const data =
        url.includes('diff.worker') && m.kind === 'diff'
          ? answerDiff(m)[0]
          : url.includes('marks.worker') && m.kind === 'marks'
            ? answerMarks(m)[0]
            : { id: m.id, error: 'not in this test' }
      this.onmessage?.({ data })
    }, 0)
  }
  terminate(): void {}
}
const compareWorkers = () =>
  FakeWorker.made.filter((w) => /(diff|marks)\.worker/.test(String(w.url)))

function app(title: string, bodies: readonly string[]) {
  const api = fakeApi({
    'app:info': () => APP_INFO,
    'profile:get': () => PROFILE,
    'drafts:list': () => [summary('d1', title, { revisionCount: bodies.length })],
    'drafts:get': ({ id }) => detail(id, title, bodies),
    'revisions:get': ({ revisionId }) => {
      const n = Number(revisionId.replace('rev', ''))
      return revision(n, bodies[n - 1] ?? '')
    },
    'claims:list': () => ({
      revisionId: `rev${bodies.length}`,
      claims: [],
      queries: [],
      suggestions: [],
    }),
    'revisions:spans': () => ({ quotes: [], disclosures: [] }),
  })
  const view = render(<App api={api} />)
  return { user: userEvent.setup(), unmount: view.unmount }
}

const OLD = madeUpDraft(10_000)
const NEW = madeUpEdit(OLD)

beforeAll(async () => {
  vi.stubGlobal('Worker', FakeWorker)
  await loadAppCode()
})
afterAll(() => {
  vi.unstubAllGlobals()
})

describe('the compare workers', () => {
  it('are not started for a short draft, nor for a long one with one revision', async () => {
    expect(NEW.length * 2).toBeGreaterThan(LONG_PAIR)
    for (const bodies of [['# Short\n\nSix weeks.\n', '# Short\n\nEight weeks.\n'], [NEW]]) {
      const { user, unmount } = app('A draft', bodies)
      await user.click(await screen.findByRole('button', { name: 'A draft' }))
      await screen.findByRole('heading', { level: 1, name: 'A draft' })
      // Past the first paint and an idle moment (afterPaint waits at most 250 ms).
      await new Promise((r) => setTimeout(r, 400))
      expect(compareWorkers()).toEqual([])
      unmount()
    }
  })

  it('start with the diff’s once a long draft with two revisions is open, before any comparison', async () => {
    const { user } = app('The long read', [OLD, NEW])
    await user.click(await screen.findByRole('button', { name: 'The long read' }))
    await screen.findByRole('heading', { level: 1, name: 'The long read' })
    // Nobody has asked for the comparison yet: the diff's worker is started meanwhile.
    await waitFor(() => expect(compareWorkers()).toHaveLength(1), { timeout: 10_000 })
    expect(String(compareWorkers()[0]?.url)).toContain('diff.worker')
    expect(compareWorkers()[0]?.posted).toEqual([])

    await user.keyboard('{Control>}{Alt>}c{/Alt}{/Control}')
    const want = diffRevisions(OLD, NEW, RESOLVE_DIFF_OPTIONS)
    expect(
      await screen.findByText(`${want.changes.length} changes`, undefined, { timeout: 20_000 }),
    ).toBeTruthy()
    // The diff went to the worker already started; the marks' two started with the request.
    expect(compareWorkers().map((w) => w.posted.map((m) => m.kind))).toEqual([
      ['diff'],
      ['marks'],
      ['marks'],
    ])
    expect(Number(document.documentElement.dataset['lastDiffMs'])).toBeGreaterThan(0)
  })
})
