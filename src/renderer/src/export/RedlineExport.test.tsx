import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ExportedFileOut } from '@shared/channels/export'
import { ApiProvider } from '../api/context'
import { loadAppCode } from '../app/appCode'
import { NoticeStack } from '../app/NoticeStack'
import { NoticesProvider } from '../app/notices'
import { Refusal, fakeApi, type FakeReplies } from '../test/fakeApi'
import { RedlineExport } from './RedlineExport'
import { SLOW_EXPORT_MS } from './useExport'

function start(replies: FakeReplies) {
  const api = fakeApi(replies)
  render(
    <ApiProvider api={api}>
      <NoticesProvider>
        <RedlineExport draftId="d_1" oldId="r_1" newId="r_2" />
        <NoticeStack />
      </NoticesProvider>
    </ApiProvider>,
  )
  return { api, user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) }) }
}

beforeAll(loadAppCode)
beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  URL.createObjectURL = vi.fn(() => 'blob:galley-test')
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('RedlineExport', () => {
  it('asks main for the pair, shows progress past a second, saves the file and says so', async () => {
    let finish: (f: ExportedFileOut) => void = () => undefined
    const { api, user } = start({
      'export:redline': () =>
        new Promise<ExportedFileOut>((resolve) => {
          finish = resolve
        }),
    })
    await user.click(screen.getByRole('button', { name: '.docx' }))
    expect(api.inputs('export:redline')).toEqual([
      { draftId: 'd_1', fromRevisionId: 'r_1', toRevisionId: 'r_2', format: 'docx' },
    ])
    // One export at a time; no progress line in the first second.
    const pdf = screen.getByRole('button', { name: 'PDF' }) as HTMLButtonElement
    expect(pdf.disabled).toBe(true)
    expect(screen.queryByText(/Making the/)).toBeNull()
    act(() => vi.advanceTimersByTime(SLOW_EXPORT_MS))
    expect(screen.getByText(/Making the Word redline…/)).toBeTruthy()
    act(() =>
      finish({
        fileName: 'story-redline-r1-r2.docx',
        mediaType: 'application/x',
        dataBase64: 'UEs=',
      }),
    )
    expect(await screen.findByText('Saved story-redline-r1-r2.docx')).toBeTruthy()
    expect(URL.createObjectURL).toHaveBeenCalledOnce()
    await waitFor(() => expect(screen.queryByText(/Making the/)).toBeNull())
    expect(pdf.disabled).toBe(false)
  })

  it('says in main’s words why a PDF was not made', async () => {
    const { user } = start({
      'export:redline': () => {
        throw new Refusal(
          'internal',
          'Printing to PDF needs Chromium or Chrome, and none was found.',
        )
      },
    })
    await user.click(screen.getByRole('button', { name: 'PDF' }))
    expect(await screen.findByText('The PDF redline was not made')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toMatch(/needs Chromium or Chrome/)
  })
})
