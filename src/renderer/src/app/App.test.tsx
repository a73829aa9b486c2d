import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Profile } from '@shared/domain'
import {
  APP_INFO,
  PROFILE,
  Refusal,
  detail,
  fakeApi,
  revision,
  summary,
  type FakeReplies,
} from '../test/fakeApi'
import { loadAppCode } from './appCode'
import { App } from './App'

function start(replies: FakeReplies) {
  const api = fakeApi({
    'app:info': () => APP_INFO,
    'profile:get': () => PROFILE,
    'drafts:list': () => [],
    ...replies,
  })
  render(<App api={api} />)
  return { api, user: userEvent.setup({ applyAccept: false }) }
}

// The window's code that loads on first use, loaded before the tests wait on the screen.
beforeAll(loadAppCode)

describe('first start', () => {
  it('asks who is reviewing before anything else and saves the profile', async () => {
    let stored: Profile | null = null
    const { api, user } = start({
      'profile:get': () => stored,
      'profile:set': (p) => (stored = { name: p.name, role: p.role }),
    })
    const dialog = await screen.findByRole('dialog', { name: 'Who is reviewing?' })
    const startButton = within(dialog).getByRole('button', { name: 'Start reviewing' })
    expect(startButton).toHaveProperty('disabled', true)
    // First start cannot be dismissed.
    expect(within(dialog).queryByRole('button', { name: 'Close' })).toBeNull()
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: 'Who is reviewing?' })).toBeTruthy()

    await user.type(within(dialog).getByLabelText('Your name'), 'Ada Lovelace')
    await user.click(within(dialog).getByRole('radio', { name: 'Legal' }))
    await user.click(startButton)

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(api.inputs('profile:set')).toEqual([{ name: 'Ada Lovelace', role: 'legal' }])
    expect(await screen.findByRole('button', { name: 'Profile: Ada Lovelace, Legal' })).toBeTruthy()
  })
})

describe('library', () => {
  it('shows the empty state of an empty library', async () => {
    start({})
    expect(await screen.findByText('No drafts yet')).toBeTruthy()
    expect(screen.getByText('Create one or import a file.')).toBeTruthy()
  })

  it('lists drafts with byline, status and revision count', async () => {
    start({
      'drafts:list': () => [
        summary('d1', 'Is vellaria the new retinol?', { status: 'in-review', revisionCount: 3 }),
        summary('d2', 'Council budget', { byline: 'By Tobias Renn' }),
      ],
    })
    const list = await screen.findByRole('list', { name: 'Drafts' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows).toHaveLength(2)
    expect(within(rows[0] as HTMLElement).getByText('In review')).toBeTruthy()
    expect(within(rows[0] as HTMLElement).getByText('3 revisions')).toBeTruthy()
    expect(within(rows[1] as HTMLElement).getByText('By Tobias Renn')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Is vellaria the new retinol?' })).toBeTruthy()
  })

  it('searches title and text, shows snippets, and says when nothing matches', async () => {
    const { api, user } = start({
      'drafts:list': ({ query }) =>
        query === 'retinol'
          ? [summary('d1', 'Vellaria', { snippet: '…is it the new retinol? We asked…' })]
          : query
            ? []
            : [summary('d1', 'Vellaria'), summary('d2', 'Budget')],
    })
    await screen.findByRole('button', { name: 'Budget' })
    const search = screen.getByRole('searchbox', { name: 'Search drafts' })
    await user.type(search, 'retinol')
    const match = await screen.findByText('retinol', { selector: 'mark' })
    expect(match.parentElement?.textContent).toBe('…is it the new retinol? We asked…')
    expect(screen.queryByRole('button', { name: 'Budget' })).toBeNull()
    expect(api.inputs('drafts:list')).toContainEqual({ view: 'active', query: 'retinol' })

    await user.clear(search)
    await user.type(search, 'zebra')
    expect(await screen.findByText('No drafts match “zebra”')).toBeTruthy()
  })

  it('shows the trash and its empty state', async () => {
    const { api, user } = start({})
    await screen.findByText('No drafts yet')
    await user.click(screen.getByRole('tab', { name: 'Trash' }))
    expect(await screen.findByText('Nothing in the trash')).toBeTruthy()
    expect(api.inputs('drafts:list')).toContainEqual({ view: 'trash' })
  })

  it('shows an error state with the message and a Retry that loads again', async () => {
    let fail = true
    const { user } = start({
      'drafts:list': () => {
        if (fail) throw new Refusal('internal', 'The library folder could not be read.')
        return [summary('d1', 'Back again')]
      },
    })
    expect(await screen.findByText('The library folder could not be read.')).toBeTruthy()
    fail = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('button', { name: 'Back again' })).toBeTruthy()
  })
})

describe('draft view', () => {
  const BODIES = ['# Title\n\nFirst text.', '# Title\n\nSecond text.', '# Title\n\nThird text.']

  function openDraft(replies: FakeReplies = {}) {
    const env = start({
      'drafts:list': () => [summary('d1', 'Vellaria', { revisionCount: 3 })],
      'drafts:get': () => detail('d1', 'Vellaria', BODIES),
      'revisions:get': ({ revisionId }) => {
        const n = Number(revisionId.replace('rev', ''))
        return revision(n, BODIES[n - 1] ?? '')
      },
      ...replies,
    })
    return env
  }

  it('lists revisions with author, message and short hash, and shows a past one read-only', async () => {
    const { api, user } = openDraft()
    await user.click(await screen.findByRole('button', { name: 'Vellaria' }))
    expect(await screen.findByText('Third text.')).toBeTruthy()

    // A fact-checker's side panel opens on Claims; the revisions are under History.
    await user.click(screen.getByRole('tab', { name: 'History' }))
    const list = screen.getByRole('list', { name: 'Revisions' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(3)
    // The entry (its button is named by "Revision N"; the details sit beside it) shows the rest.
    const newest = within(list).getByRole('button', { name: 'Revision 3 (current)' }).closest('li')
    expect(newest?.textContent).toContain('Message of revision 3')
    expect(newest?.textContent).toContain('Julian Okafor · Editor')
    expect(newest?.textContent).toContain('33333333')
    expect(newest?.textContent).not.toContain('333333333')

    await user.click(within(list).getByRole('button', { name: 'Revision 1' }))
    expect(await screen.findByText('First text.')).toBeTruthy()
    expect(screen.getByText(/Viewing revision 1 of 3/)).toBeTruthy()
    expect(api.inputs('revisions:get')).toEqual([{ draftId: 'd1', revisionId: 'rev1' }])

    await user.click(screen.getByRole('button', { name: 'Back to current' }))
    expect(await screen.findByText('Third text.')).toBeTruthy()
    expect(screen.queryByText(/Viewing revision/)).toBeNull()
  })

  it('edits and saves a new revision on top of the current one', async () => {
    const { api, user } = openDraft({
      'revisions:save': ({ body, message }) => ({
        ...revision(4, body),
        message: message ?? '',
      }),
    })
    await user.click(await screen.findByRole('button', { name: 'Vellaria' }))
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const text = screen.getByLabelText('Markdown text')
    const save = screen.getByRole('button', { name: 'Save revision' })
    expect(save).toHaveProperty('disabled', true)

    await user.type(text, ' More.')
    await user.type(screen.getByLabelText('Revision message'), 'Add a sentence')
    await user.click(save)

    await waitFor(() => expect(api.inputs('revisions:save')).toHaveLength(1))
    expect(api.inputs('revisions:save')[0]).toEqual({
      draftId: 'd1',
      baseRevisionId: 'rev3',
      body: `${BODIES[2]} More.`,
      message: 'Add a sentence',
    })
    expect(await screen.findByText('Saved revision 4')).toBeTruthy()
    expect(screen.queryByText(/back in review/)).toBeNull()
    expect(screen.queryByLabelText('Markdown text')).toBeNull()
  })

  it('says a ready draft is back in review after a new revision', async () => {
    const ready = detail('d1', 'Vellaria', BODIES)
    const { user } = openDraft({
      'drafts:get': () => ({ ...ready, draft: { ...ready.draft, status: 'ready' } }),
      'revisions:save': ({ body }) => revision(4, body),
    })
    await user.click(await screen.findByRole('button', { name: 'Vellaria' }))
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    await user.type(screen.getByLabelText('Markdown text'), ' More.')
    await user.click(screen.getByRole('button', { name: 'Save revision' }))
    expect(await screen.findByText('Saved revision 4')).toBeTruthy()
    expect(screen.getByText(/The draft is back in review/)).toBeTruthy()
  })

  it('explains a conflict when someone saved in between, and keeps the text', async () => {
    const { user } = openDraft({
      'revisions:save': () => {
        throw new Refusal(
          'conflict',
          'Revision 4 was saved after the one you started from (by Julian Okafor).',
        )
      },
    })
    await user.click(await screen.findByRole('button', { name: 'Vellaria' }))
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    await user.type(screen.getByLabelText('Markdown text'), ' Mine.')
    await user.click(screen.getByRole('button', { name: 'Save revision' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('someone saved a newer revision')
    expect(alert.textContent).toContain('Revision 4 was saved after the one you started from')
    expect((screen.getByLabelText('Markdown text') as HTMLTextAreaElement).value).toContain('Mine.')
  })

  it('asks before discarding unsaved changes', async () => {
    const { user } = openDraft()
    await user.click(await screen.findByRole('button', { name: 'Vellaria' }))
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    await user.type(screen.getByLabelText('Markdown text'), ' Draft thought.')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard your changes?' })
    await user.click(within(confirm).getByRole('button', { name: 'Discard changes' }))
    await waitFor(() => expect(screen.queryByLabelText('Markdown text')).toBeNull())
    expect(screen.getByText('Third text.')).toBeTruthy()
  })
})

describe('import', () => {
  it('shows a refusal in the host’s own words', async () => {
    const message =
      '"photo.png" cannot be imported: Galley does not read .png files. Galley can import Markdown (.md).'
    const { api, user } = start({
      'import:file': () => {
        throw new Refusal('unsupported-file', message)
      },
    })
    await screen.findByText('No drafts yet')
    await user.upload(
      screen.getByLabelText('File to import'),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' }),
    )
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('“photo.png” was not imported')
    expect(alert.textContent).toContain(message)
    const [input] = api.inputs('import:file')
    expect(input?.fileName).toBe('photo.png')
    expect(input?.dataBase64).toBe('iVBORw==')
    expect(input?.importId).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
  })

  it('opens the imported draft and shows its warnings', async () => {
    const imported = detail('d9', 'From Word', ['Hello from Word.'])
    const { user } = start({
      'import:file': () => ({
        draft: imported.draft,
        revision: imported.revisions[0] ?? revision(1, ''),
        warnings: ['An embedded image was left out.'],
        summary: [],
      }),
      'drafts:get': () => imported,
    })
    await screen.findByText('No drafts yet')
    await user.upload(
      screen.getByLabelText('File to import'),
      new File(['x'], 'story.docx', { type: 'application/octet-stream' }),
    )
    expect(await screen.findByText('An embedded image was left out.')).toBeTruthy()
    expect(await screen.findByText('Hello from Word.')).toBeTruthy()
  })
})
