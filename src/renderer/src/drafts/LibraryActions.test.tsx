import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DraftSummary } from '@shared/domain'
import { App } from '../app/App'
import { APP_INFO, PROFILE, detail, fakeApi, summary } from '../test/fakeApi'
import { loadAppCode } from '../app/appCode'

/** A tiny library whose drafts move between views as the fake host is told. */
function library() {
  const drafts = new Map<string, DraftSummary>([['d1', summary('d1', 'Budget story')]])
  const record = (id: string) => detail(id, drafts.get(id)?.title ?? '', ['Text.']).draft
  const api = fakeApi({
    'app:info': () => APP_INFO,
    'profile:get': () => PROFILE,
    'drafts:list': ({ view }) =>
      [...drafts.values()].filter((d) =>
        view === 'trash'
          ? d.trashedAt !== null
          : view === 'archived'
            ? d.trashedAt === null && d.archivedAt !== null
            : d.trashedAt === null && d.archivedAt === null,
      ),
    'drafts:rename': ({ id, title }) => {
      const d = drafts.get(id)
      if (d) drafts.set(id, { ...d, title })
      return record(id)
    },
    'drafts:trash': ({ id }) => {
      const d = drafts.get(id)
      if (d) drafts.set(id, { ...d, trashedAt: new Date().toISOString() })
      return record(id)
    },
    'drafts:deleteForever': ({ id }) => {
      drafts.delete(id)
      return { ok: true as const }
    },
    'drafts:create': ({ title }) => {
      drafts.set('d2', summary('d2', title))
      return detail('d2', title, ['']).draft
    },
    'drafts:get': ({ id }) => detail(id, drafts.get(id)?.title ?? '', ['']),
  })
  render(<App api={api} />)
  return { api, user: userEvent.setup() }
}

// The window's code that loads on first use, loaded before the tests wait on the screen.
beforeAll(loadAppCode)

describe('library actions', () => {
  it('renames a draft from its menu', async () => {
    const { api, user } = library()
    await user.click(await screen.findByRole('button', { name: 'Actions for Budget story' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Rename…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Rename draft' })
    const title = within(dialog).getByLabelText('Title')
    await user.clear(title)
    await user.type(title, 'Council budget')
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }))
    expect(await screen.findByRole('button', { name: 'Council budget' })).toBeTruthy()
    expect(api.inputs('drafts:rename')).toEqual([{ id: 'd1', title: 'Council budget' }])
  })

  it('moves a draft to the trash and deletes it for good after confirming', async () => {
    const { api, user } = library()
    await user.click(await screen.findByRole('button', { name: 'Actions for Budget story' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Move to trash' }))
    expect(await screen.findByText('No drafts yet')).toBeTruthy()
    expect(await screen.findByText('Moved “Budget story” to the trash')).toBeTruthy()

    await user.click(screen.getByRole('tab', { name: 'Trash' }))
    await user.click(await screen.findByRole('button', { name: 'Actions for Budget story' }))
    expect(screen.getByRole('menuitem', { name: 'Restore' })).toBeTruthy()
    await user.click(screen.getByRole('menuitem', { name: 'Delete for good…' }))
    const confirm = await screen.findByRole('alertdialog', {
      name: 'Delete “Budget story” for good?',
    })
    await user.click(within(confirm).getByRole('button', { name: 'Delete for good' }))
    expect(await screen.findByText('Nothing in the trash')).toBeTruthy()
    expect(await screen.findByText('Deleted for good')).toBeTruthy()
    expect(api.inputs('drafts:deleteForever')).toEqual([{ id: 'd1' }])
  })

  it('creates a new draft and opens it in edit mode', async () => {
    const { api, user } = library()
    await user.click(await screen.findByRole('button', { name: 'New draft' }))
    const dialog = await screen.findByRole('dialog', { name: 'New draft' })
    await user.type(within(dialog).getByLabelText('Title'), 'Fresh piece')
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }))
    expect(await screen.findByLabelText('Markdown text')).toBeTruthy()
    expect(api.inputs('drafts:create')).toEqual([{ title: 'Fresh piece', byline: '' }])
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Fresh piece' }).getAttribute('aria-current')).toBe(
        'true',
      ),
    )
  })
})
