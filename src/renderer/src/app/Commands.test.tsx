import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChannelOutput } from '@shared/contract'
import { APP_INFO, PROFILE, detail, fakeApi, revision, summary } from '../test/fakeApi'
import { loadAppCode } from './appCode'
import { App } from './App'

function start() {
  const draft = detail('d1', 'Vellaria', ['# Title\n\nBody.'])
  let finishImport: ((out: ChannelOutput<'import:file'>) => void) | null = null
  const api = fakeApi({
    'app:info': () => APP_INFO,
    'profile:get': () => PROFILE,
    'drafts:list': () => [summary('d1', 'Vellaria')],
    'drafts:get': () => draft,
    'revisions:save': ({ body }) => revision(2, body),
    'import:file': () =>
      new Promise((resolve) => {
        finishImport = resolve
      }),
  })
  render(<App api={api} />)
  const user = userEvent.setup({ applyAccept: false })
  const finish = () =>
    finishImport?.({
      draft: draft.draft,
      revision: revision(2, 'New.'),
      warnings: [],
      summary: [],
    })
  return { api, user, finish }
}

// The window's code that loads on first use, loaded before the tests wait on the screen.
beforeAll(loadAppCode)

describe('shortcuts and menu commands', () => {
  it('Ctrl+E edits the open draft and Ctrl+S saves it', async () => {
    const { api, user } = start()
    await user.click(await screen.findByRole('button', { name: 'Vellaria' }))
    await screen.findByText('Body.')
    await user.keyboard('{Control>}e{/Control}')
    const text = await screen.findByLabelText('Markdown text')
    await user.type(text, ' More.')
    await user.keyboard('{Control>}s{/Control}')
    await waitFor(() => expect(api.inputs('revisions:save')).toHaveLength(1))
    expect(api.inputs('revisions:save')[0]?.baseRevisionId).toBe('rev1')
  })

  it('menu "find" focuses the search box', async () => {
    const { api } = start()
    await screen.findByRole('button', { name: 'Vellaria' })
    act(() => api.emit('menu:command', { command: 'find' }))
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search drafts' }))
  })

  it('imports a new version of the open draft and shows progress while it runs', async () => {
    const { api, user, finish } = start()
    await user.click(await screen.findByRole('button', { name: 'Vellaria' }))
    await user.click(await screen.findByRole('button', { name: 'Import new version…' }))
    await user.upload(screen.getByLabelText('File to import'), new File(['New.'], 'v2.md'))
    await waitFor(() => expect(api.inputs('import:file')).toHaveLength(1))
    const input = api.inputs('import:file')[0]
    expect(input?.draftId).toBe('d1')
    const importId = input?.importId ?? ''

    // Progress appears once the import takes more than a moment.
    const bar = await screen.findByRole('progressbar', { name: 'Importing v2.md' })
    act(() =>
      api.emit('import:progress', { importId, fileName: 'v2.md', stage: 'saving', fraction: 0.8 }),
    )
    expect(bar.getAttribute('value')).toBe('0.8')
    act(() => finish())
    expect(await screen.findByText('Imported “v2.md” as revision 2 of “Vellaria”')).toBeTruthy()
    expect(screen.queryByRole('progressbar')).toBeNull()
  })
})
