import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { App } from '../app/App'
import { APP_INFO, PROFILE, detail, fakeApi, revision, summary } from '../test/fakeApi'
import { loadAppCode } from '../app/appCode'

const BODIES = ['A line about six weeks.\n', 'A line about eight weeks.\n']

function app() {
  const api = fakeApi({
    'app:info': () => APP_INFO,
    'profile:get': () => PROFILE,
    'drafts:list': () => [summary('d1', 'Serum story', { revisionCount: 2 })],
    'drafts:get': ({ id }) => detail(id, 'Serum story', BODIES),
    'revisions:get': ({ revisionId }) => {
      const n = Number(revisionId.replace('rev', ''))
      return revision(n, BODIES[n - 1] ?? '')
    },
    'claims:list': () => ({ revisionId: 'rev2', claims: [], queries: [], suggestions: [] }),
  })
  render(<App api={api} />)
  return userEvent.setup()
}

// The window's code that loads on first use, loaded before the tests wait on the screen.
beforeAll(loadAppCode)

describe('compare mode in the window', () => {
  it('opens previous → current on Ctrl+Alt+C and closes with the button or Escape', async () => {
    const user = app()
    await user.click(await screen.findByRole('button', { name: 'Serum story' }))
    await screen.findByRole('heading', { level: 1, name: 'Serum story' })
    await user.keyboard('{Control>}{Alt>}c{/Alt}{/Control}')
    expect(await screen.findByRole('heading', { name: /Compare revisions/ })).toBeTruthy()
    expect(await screen.findByRole('region', { name: 'Side by side comparison' })).toBeTruthy()
    expect(screen.getByLabelText('From revision')).toHaveProperty('value', 'rev1')
    await user.click(screen.getByRole('button', { name: 'Close comparison' }))
    expect(screen.queryByRole('heading', { name: /Compare revisions/ })).toBeNull()
    await user.keyboard('{Control>}{Alt>}c{/Alt}{/Control}')
    await screen.findByRole('region', { name: 'Side by side comparison' })
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('heading', { name: /Compare revisions/ })).toBeNull()
  })
})
