import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LibraryProblem } from '@shared/domain'
import { ApiProvider } from '../api/context'
import { Refusal, fakeApi, type FakeReplies } from '../test/fakeApi'
import { loadAppCode } from './appCode'
import { NoticeStack } from './NoticeStack'
import { NoticesProvider } from './notices'
import { ProblemsBanner } from './ProblemsBanner'

const TRUNCATED: LibraryProblem = {
  file: 'drafts/d-one.json',
  quarantinedAs: 'quarantine/2026-01-02T03-04-05-006Z-d-one.json',
  reason: 'it is not valid JSON (it may have been cut short)',
  at: '2026-01-02T03:04:05.006Z',
  backupAvailable: true,
}
const EMPTY: LibraryProblem = {
  file: 'drafts/d-two.json',
  quarantinedAs: 'quarantine/2026-01-02T03-04-05-007Z-d-two.json',
  reason: 'the file is empty',
  at: '2026-01-02T03:04:05.007Z',
  backupAvailable: false,
}

function start(replies: FakeReplies) {
  const api = fakeApi(replies)
  render(
    <ApiProvider api={api}>
      <NoticesProvider>
        <ProblemsBanner problems={[TRUNCATED, EMPTY]} onDismiss={() => undefined} />
        <NoticeStack />
      </NoticesProvider>
    </ApiProvider>,
  )
  return { api, user: userEvent.setup() }
}

// The window's code that loads on first use, loaded before the tests wait on the screen.
beforeAll(loadAppCode)

describe('ProblemsBanner', () => {
  it('offers the backup only where there is one, asks first, then restores and clears the line', async () => {
    const { api, user } = start({
      'recovery:restoreBackup': () => ({
        file: TRUNCATED.file,
        draftId: 'd-one',
        problems: [EMPTY],
      }),
    })
    const banner = screen.getByRole('alert', { name: 'Library problems' })
    expect(banner.textContent).toContain('2 draft files could not be read')
    expect(
      within(banner).getAllByRole('button', { name: /^Restore last good version/ }),
    ).toHaveLength(1)

    await user.click(
      within(banner).getByRole('button', {
        name: 'Restore last good version of drafts/d-one.json',
      }),
    )
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Restore the last good version?',
    })
    expect(dialog.textContent).toContain('The damaged copy stays')
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }))

    await waitFor(() => expect(banner.textContent).not.toContain('drafts/d-one.json'))
    expect(api.inputs('recovery:restoreBackup')).toEqual([
      { problemId: '2026-01-02T03-04-05-006Z-d-one.json' },
    ])
    expect(await screen.findByText('Restored drafts/d-one.json')).toBeTruthy()
    expect(banner.textContent).toContain('1 draft file could not be read')
  })

  it('says why nothing was restored, and dismiss keeps the file in quarantine', async () => {
    const { api, user } = start({
      'recovery:restoreBackup': () => {
        throw new Refusal('corrupt-file', 'The last good version cannot be used either.')
      },
      'recovery:dismissProblem': () => ({ problems: [TRUNCATED] }),
    })
    await user.click(screen.getByRole('button', { name: /^Restore last good version/ }))
    await user.click(await screen.findByRole('button', { name: 'Restore' }))
    expect(await screen.findByText('The last good version cannot be used either.')).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Dismiss drafts/d-two.json' }))
    await waitFor(() =>
      expect(screen.getByRole('alert', { name: 'Library problems' }).textContent).not.toContain(
        'd-two',
      ),
    )
    expect(api.inputs('recovery:dismissProblem')).toEqual([
      { problemId: '2026-01-02T03-04-05-007Z-d-two.json' },
    ])
  })

  it('says a file changed by another program was kept, both versions, with nothing to restore', () => {
    const conflict: LibraryProblem = {
      file: 'people.json',
      quarantinedAs: 'quarantine/2026-01-02T03-04-05-008Z-people.json',
      reason: 'it was changed on disk by another program … then dismiss this',
      at: '2026-01-02T03:04:05.008Z',
      backupAvailable: false,
      conflict: true,
    }
    render(
      <ApiProvider api={fakeApi({})}>
        <NoticesProvider>
          <ProblemsBanner problems={[conflict]} onDismiss={() => undefined} />
        </NoticesProvider>
      </ApiProvider>,
    )
    const banner = screen.getByRole('alert', { name: 'Library problems' })
    expect(banner.textContent).toContain(
      '1 file was changed on disk by another program while Galley had it open; both versions are kept.',
    )
    expect(within(banner).queryByRole('button', { name: /Restore/ })).toBeNull()
  })
})
