import { render, screen, waitFor } from '@testing-library/react'
import { expect, it } from 'vitest'
import { ApiProvider } from '../api/context'
import { fakeApi } from '../test/fakeApi'
import { AnalysisGate } from './AnalysisGate'

it('says a long draft is being analysed, and shows the tab once main says it is done', async () => {
  let ready = false
  const api = fakeApi({
    'drafts:analysis': () => ({ revisionId: 'r1', ready, characters: 1_200_000 }),
  })
  render(
    <ApiProvider api={api}>
      <AnalysisGate draftId="d1" revisionId="r1">
        <p>The quotes</p>
      </AnalysisGate>
    </ApiProvider>,
  )
  const status = await screen.findByRole('status')
  expect(status.textContent).toContain('Analysing this draft…')
  expect(status.textContent).toContain('about 200,000 words')
  expect(screen.queryByText('The quotes')).toBeNull()
  // Another draft's analysis says nothing about this one.
  api.emit('analysis:ready', { draftId: 'd2', revisionId: 'r9' })
  ready = true
  api.emit('analysis:ready', { draftId: 'd1', revisionId: 'r1' })
  expect(await screen.findByText('The quotes')).toBeTruthy()
  expect(screen.queryByRole('status')).toBeNull()
  expect(api.inputs('drafts:analysis')).toEqual([{ draftId: 'd1' }, { draftId: 'd1' }])
})

it('keeps the tab while its own revision is re-worked, and shows progress for a new revision', async () => {
  let state = { revisionId: 'r1', ready: true, characters: 600_000 }
  const api = fakeApi({ 'drafts:analysis': () => state })
  render(
    <ApiProvider api={api}>
      <AnalysisGate draftId="d1" revisionId="r1">
        <p>The quotes</p>
      </AnalysisGate>
    </ApiProvider>,
  )
  expect(await screen.findByText('The quotes')).toBeTruthy()
  // A speaker confirmed: same revision, its analysis again; the tab stays.
  state = { ...state, ready: false }
  api.emit('library:changed', { draftId: 'd1', reason: 'quote' })
  await waitFor(() => expect(api.inputs('drafts:analysis')).toHaveLength(2))
  expect(screen.getByText('The quotes')).toBeTruthy()
  // A new revision: progress, before the draft view has even reloaded it.
  state = { revisionId: 'r2', ready: false, characters: 600_000 }
  api.emit('library:changed', { draftId: 'd1', reason: 'revision' })
  expect((await screen.findByRole('status')).textContent).toContain('about 100,000 words')
  expect(screen.queryByText('The quotes')).toBeNull()
})
