import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Claim } from '@shared/claims/domain'
import { ApiProvider } from '../api/context'
import { NoticesProvider } from '../app/notices'
import { fakeApi, type FakeReplies } from '../test/fakeApi'
import { ClaimCard } from './ClaimCard'
import { useClaimActions } from './useClaimActions'

const AT = '2026-03-14T10:00:00.000Z'

function claim(over: Partial<Claim> = {}): Claim {
  return {
    id: 'c1',
    revisionId: 'rev3',
    anchor: {
      start: 10,
      end: 46,
      exact: 'clinically proven to reduce wrinkles',
      prefix: 'its formula ',
      suffix: '. Another',
    },
    status: 'anchored',
    verdict: 'unchecked',
    needsRecheck: false,
    sources: [],
    comments: [],
    history: [],
    createdAt: AT,
    createdBy: { name: 'Rita Checker', role: 'fact-checker' },
    updatedAt: AT,
    ...over,
  }
}

function Card({ initial, onPut }: { initial: Claim; onPut: (c: Claim) => void }) {
  const actions = useClaimActions('d1', onPut)
  return (
    <ClaimCard
      claim={initial}
      expanded
      readOnly={false}
      attachments={[
        { id: 'a1', name: 'trial-report.pdf', kind: 'source', bytes: 2048, addedAt: AT },
      ]}
      me="Rita Checker"
      revisionLabel={(id) => `revision ${id.slice(3)}`}
      actions={actions}
      onToggle={() => undefined}
    />
  )
}

function setup(initial: Claim, replies: FakeReplies) {
  const api = fakeApi(replies)
  const put: Claim[] = []
  render(
    <ApiProvider api={api}>
      <NoticesProvider>
        <Card initial={initial} onPut={(c) => put.push(c)} />
      </NoticesProvider>
    </ApiProvider>,
  )
  return { api, put }
}

describe('ClaimCard', () => {
  it('records a verdict with its reason', async () => {
    const user = userEvent.setup()
    const { api, put } = setup(claim(), {
      'claims:setVerdict': ({ verdict, reason }) =>
        claim({
          verdict,
          history: [
            {
              verdict,
              by: 'Rita Checker',
              role: 'fact-checker',
              at: AT,
              ...(reason ? { reason } : {}),
            },
          ],
        }),
    })
    const record = screen.getByRole('button', { name: 'Record verdict' })
    expect((record as HTMLButtonElement).disabled).toBe(true)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Verdict' }), 'false')
    await user.type(
      screen.getByRole('textbox', { name: 'Reason for the verdict' }),
      'Not in the trial',
    )
    await user.click(record)
    await waitFor(() => expect(put).toHaveLength(1))
    expect(api.inputs('claims:setVerdict')).toEqual([
      { draftId: 'd1', claimId: 'c1', verdict: 'false', reason: 'Not in the trial' },
    ])
    expect(put[0]?.verdict).toBe('false')
  })

  it('keeps the reason on the card once the verdict is recorded (issue 12, item 7)', () => {
    setup(
      claim({
        verdict: 'false',
        history: [
          {
            verdict: 'unchecked',
            by: 'Rita Checker',
            role: 'fact-checker',
            at: AT,
            reason: 'Marked as a claim',
          },
          {
            verdict: 'false',
            by: 'Rita Checker',
            role: 'fact-checker',
            at: AT,
            reason: 'Not in the trial',
          },
        ],
        comments: [
          { id: 'm1', by: 'Ana Ruiz', role: 'editor', at: AT, text: 'Per the lab.', from: 'word' },
        ],
        origin: {
          kind: 'word-comment',
          fileName: 'kelp.docx',
          author: 'Ana Ruiz',
          at: AT,
          commentId: '3',
        },
      }),
      {},
    )
    // Shown on the card itself, not only in the folded verdict history.
    const given = screen.getByText(/^Reason given by Rita Checker/).parentElement
    expect(given?.textContent).toMatch(/^Not in the trial/)
    const reason = screen.getByRole('textbox', {
      name: 'Reason for the verdict',
    }) as HTMLInputElement
    expect(reason.placeholder).toBe('New reason (optional)')
    // Nothing changed yet: nothing to record.
    expect(
      (screen.getByRole('button', { name: 'Record verdict' }) as HTMLButtonElement).disabled,
    ).toBe(true)
    expect(screen.getByText(/From Ana Ruiz’s Word comment in kelp\.docx/)).toBeTruthy()
  })

  it('offers to confirm a verdict whose text changed, and says so', () => {
    setup(claim({ verdict: 'verified', needsRecheck: true, status: 'changed' }), {})
    expect(screen.getByText('Needs re-check')).toBeTruthy()
    expect(screen.getByText('Text changed')).toBeTruthy()
    expect(
      (screen.getByRole('button', { name: 'Confirm verdict' }) as HTMLButtonElement).disabled,
    ).toBe(false)
  })

  it('adds a source with a file, sending the URL as text', async () => {
    const user = userEvent.setup()
    const { api } = setup(claim(), {
      'claims:addSource': () => ({ claim: claim(), attachment: null }),
    })
    await user.click(screen.getByRole('button', { name: 'Add source' }))
    const form = screen.getByRole('form', { name: 'Add a source' })
    expect(
      (within(form).getByRole('textbox', { name: 'Citation' }) as HTMLInputElement).required,
    ).toBe(true)
    await user.type(within(form).getByRole('textbox', { name: 'Citation' }), 'VELLA-12 report')
    await user.type(within(form).getByRole('textbox', { name: /URL/ }), 'https://example.org/v12')
    await user.clear(within(form).getByLabelText('Accessed'))
    await user.type(within(form).getByLabelText('Accessed'), '2026-03-14')
    await user.upload(
      within(form).getByLabelText('Source file'),
      new File(['fine lines fell 38%'], 'v12.txt', { type: 'text/plain' }),
    )
    expect(form.textContent).toContain('v12.txt')
    await user.click(within(form).getByRole('button', { name: 'Add source' }))
    await waitFor(() => expect(api.inputs('claims:addSource')).toHaveLength(1))
    const sent = api.inputs('claims:addSource')[0]
    expect(sent).toMatchObject({
      draftId: 'd1',
      claimId: 'c1',
      citation: 'VELLA-12 report',
      url: 'https://example.org/v12',
      accessed: '2026-03-14',
      file: { fileName: 'v12.txt' },
    })
    expect(atob(sent?.file?.dataBase64 ?? '')).toBe('fine lines fell 38%')
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a source' })).toBeNull())
  })

  it('shows a source URL as plain text, never as a link, with its attached file', () => {
    setup(
      claim({
        sources: [
          {
            id: 's1',
            citation: 'Trial report',
            url: 'https://example.org/report',
            accessed: '2026-03-01',
            note: 'Table 2',
            attachmentId: 'a1',
          },
        ],
      }),
      {},
    )
    const sources = screen.getByRole('list', { name: 'Sources' })
    expect(sources.textContent).toContain('https://example.org/report')
    expect(sources.textContent).toContain('trial-report.pdf')
    expect(sources.textContent).toContain('Accessed 2026-03-01')
    expect(within(sources).queryAllByRole('link')).toHaveLength(0)
    expect(sources.querySelector('a')).toBeNull()
  })

  it('assigns to the profile with one click and keeps the history readable', async () => {
    const user = userEvent.setup()
    const { api } = setup(
      claim({
        history: [
          { verdict: 'verified', by: 'Rita Checker', role: 'fact-checker', at: AT },
          {
            verdict: 'unchecked',
            by: 'Julian Okafor',
            role: 'editor',
            at: AT,
            reason: 'claimed text changed in revision 4: needs re-check',
          },
        ],
      }),
      { 'claims:update': ({ assignee }) => claim({ assignee: assignee ?? null }) },
    )
    await user.click(screen.getByRole('button', { name: 'Assign to me (Rita Checker)' }))
    await waitFor(() =>
      expect(api.inputs('claims:update')).toEqual([
        { draftId: 'd1', claimId: 'c1', assignee: 'Rita Checker' },
      ]),
    )
    const history = screen.getByRole('list', { name: 'Verdict history' })
    const items = within(history).getAllByRole('listitem')
    expect(items[0]?.textContent).toContain('Julian Okafor (Editor)')
    expect(items[0]?.textContent).toContain('needs re-check')
  })
})
