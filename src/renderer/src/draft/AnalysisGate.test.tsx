import { render, screen } from '@testing-library/react'
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
