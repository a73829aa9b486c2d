import { useState } from 'react'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Tooltip } from 'radix-ui'
import { describe, expect, it } from 'vitest'
import { anchorAt } from '@shared/claims/domain'
import { sampleClaim } from '../../../../test/fixtures/claims'
import { ApiProvider } from '../api/context'
import { NoticesProvider } from '../app/notices'
import { NoticeStack } from '../app/NoticeStack'
import { detail, fakeApi, revision, revisionInfo, type FakeReplies } from '../test/fakeApi'
import { CompareView } from './CompareView'
import type { ComparePair } from './useCompareData'

const OLD = [
  '# Serum story',
  'The serum works within six weeks, says Dr. Ruiz.',
  'A paragraph that moves to the end of the piece.',
  'Third stays put.',
  'Fourth stays put.',
  'Fifth stays, yes.',
].join('\n\n')
const NEW = [
  '# Serum story',
  'The serum works within eight weeks, says Dr. Ruiz.',
  'Third stays put.',
  'Fourth stays put.',
  'Fifth stays, yes!',
  'A paragraph that moves to the end of the piece.',
].join('\n\n')

function Harness({ initial }: { initial: ComparePair }) {
  const [pair, setPair] = useState(initial)
  const [closed, setClosed] = useState(false)
  if (closed) return <p>closed</p>
  return <CompareView pair={pair} onPairChange={setPair} onClose={() => setClosed(true)} />
}

function setup(bodies: readonly string[], replies: FakeReplies = {}, pair?: Partial<ComparePair>) {
  const last = bodies.length
  const draft = detail('d1', 'Serum story', bodies)
  const claim = sampleClaim({
    id: 'k1',
    revisionId: `rev${last}`,
    anchor: anchorAt(NEW, NEW.indexOf('The serum'), NEW.indexOf(', says')),
    verdict: 'verified',
    needsRecheck: true,
  })
  const api = fakeApi({
    'drafts:get': () => draft,
    'revisions:get': ({ revisionId }) => {
      const n = Number(revisionId.replace('rev', ''))
      return revision(n, bodies[n - 1] ?? '')
    },
    'claims:list': () => ({
      revisionId: `rev${last}`,
      claims: [claim],
      queries: [],
      suggestions: [],
    }),
    'revisions:resolve': () => revisionInfo(last + 1, { message: 'resolved' }),
    ...replies,
  })
  render(
    <ApiProvider api={api}>
      <NoticesProvider>
        <Tooltip.Provider>
          <Harness initial={{ draftId: 'd1', oldId: null, newId: null, ...pair }} />
          <NoticeStack />
        </Tooltip.Provider>
      </NoticesProvider>
    </ApiProvider>,
  )
  return { api, user: userEvent.setup() }
}

const changeList = () => screen.getByRole('list', { name: 'Changes' })

describe('CompareView', () => {
  it('shows previous → current side by side: deletions left, insertions right, facts and stats', async () => {
    setup([OLD, NEW])
    const text = await screen.findByRole('region', { name: 'Side by side comparison' })
    const row = text.querySelector('.cmp-row-changed') as HTMLElement
    const [oldCell, newCell] = row.querySelectorAll('.cmp-cell')
    expect(
      within(oldCell as HTMLElement)
        .getByText('six')
        .closest('del'),
    ).toBeTruthy()
    expect(
      within(newCell as HTMLElement)
        .getByText('eight')
        .closest('ins'),
    ).toBeTruthy()
    expect(oldCell?.textContent).not.toContain('eight')
    expect(newCell?.textContent).not.toContain('six')
    // Screen readers hear what colour shows.
    expect(oldCell?.textContent).toContain('[deleted: six]')
    expect(screen.getByLabelText('From revision')).toHaveProperty('value', 'rev1')
    expect(screen.getByLabelText('To revision')).toHaveProperty('value', 'rev2')
    const from = screen.getByRole('region', { name: 'From: revision 1' })
    expect(from.textContent).toContain('Hattie Brennock · Editor')
    expect(from.textContent).toContain('11111111')
    expect(screen.getByText(/words added/).textContent).toBe('+1 words added')
    expect(screen.getByText(/This comparison touches 1 claim/)).toBeTruthy()
  })

  it('folds unchanged stretches and expands them on click', async () => {
    const many = (tag: string) =>
      ['Start ' + tag + '.', ...Array.from({ length: 8 }, (_, i) => `Same paragraph ${i}.`)].join(
        '\n\n',
      )
    const { user } = setup([many('one'), many('two')])
    const fold = await screen.findByRole('button', { name: /7 unchanged paragraphs/ })
    expect(screen.queryByText('Same paragraph 5.')).toBeNull()
    await user.click(fold)
    expect(screen.getAllByText('Same paragraph 5.').length).toBe(2)
  })

  it('shows inline: one column with deletions struck and insertions underlined', async () => {
    const { user } = setup([OLD, NEW])
    await screen.findByRole('region', { name: 'Side by side comparison' })
    await user.click(screen.getByRole('button', { name: 'Inline' }))
    const text = screen.getByRole('region', { name: 'Inline comparison' })
    const row = text.querySelector('.cmp-row-changed') as HTMLElement
    const cells = row.querySelectorAll('.cmp-cell')
    expect(cells).toHaveLength(1)
    expect(
      within(cells[0] as HTMLElement)
        .getByText('six')
        .closest('del'),
    ).toBeTruthy()
    expect(
      within(cells[0] as HTMLElement)
        .getByText('eight')
        .closest('ins'),
    ).toBeTruthy()
  })

  it('shows a moved paragraph as one move, linked between its two places', async () => {
    setup([OLD, NEW])
    await screen.findByRole('region', { name: 'Side by side comparison' })
    expect(screen.getAllByRole('button', { name: 'Moved to ¶ 6' }).length).toBeGreaterThan(0)
    expect(screen.getAllByRole('button', { name: 'Moved from ¶ 3' }).length).toBeGreaterThan(0)
    const items = within(changeList()).getAllByRole('listitem')
    const moves = items.filter((li) => li.textContent?.includes('Move'))
    expect(moves).toHaveLength(1)
    expect(items.some((li) => li.textContent?.includes('Deletion'))).toBe(false)
  })

  it('filters to substantive changes and lists what a change touched', async () => {
    const { user } = setup([OLD, NEW])
    await screen.findByRole('region', { name: 'Side by side comparison' })
    const all = within(changeList()).getAllByRole('listitem', { current: undefined })
    expect(all.filter((li) => li.classList.contains('cmp-change'))).toHaveLength(3)
    expect(changeList().textContent).toContain('Punctuation only')
    const number = all.find((li) => li.textContent?.includes('eight')) as HTMLElement
    expect(number.textContent).toContain('Substantive: number, claim')
    expect(number.textContent).toContain('Verified · needs re-check')
    await user.click(screen.getByRole('checkbox', { name: 'Substantive only' }))
    const left = within(changeList())
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('cmp-change'))
    expect(left).toHaveLength(1)
    expect(changeList().textContent).not.toContain('Punctuation only')
  })

  it('steps through changes with n and p, marking the current one', async () => {
    const { user } = setup([OLD, NEW])
    await screen.findByRole('region', { name: 'Side by side comparison' })
    await user.keyboard('n')
    expect(screen.getByText('Change 1 of 3')).toBeTruthy()
    expect(document.activeElement?.id).toBe('cmp-change-c1')
    await user.keyboard('n')
    expect(screen.getByText('Change 2 of 3')).toBeTruthy()
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(screen.getByText('Change 1 of 3')).toBeTruthy()
    expect(document.querySelector('.cmp-change.is-current')?.textContent).toContain('eight')
    expect(document.querySelector('del.is-current')?.textContent).toContain('six')
  })

  it('saves the decisions through revisions:resolve with the text they give', async () => {
    const { api, user } = setup([OLD, NEW])
    await screen.findByRole('region', { name: 'Side by side comparison' })
    await user.click(screen.getByRole('button', { name: 'Reject change 1' }))
    await user.click(screen.getByRole('button', { name: 'Accept change 3' }))
    await user.click(screen.getByRole('button', { name: 'Save as new revision…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save as new revision' })
    // One change is undecided: the dialog asks, and keeping on reviewing is the default.
    expect(dialog.textContent).toContain('1 change has no decision yet')
    expect(within(dialog).getByRole('radio', { name: /Keep reviewing/ })).toHaveProperty(
      'checked',
      true,
    )
    expect(within(dialog).queryByLabelText('Revision message')).toBeNull()
    await user.click(within(dialog).getByRole('radio', { name: 'Accept them all' }))
    const message = within(dialog).getByLabelText('Revision message')
    expect(message).toHaveProperty('value', 'Accepted 2 changes, rejected 1 from revision 1 → 2')
    await user.click(within(dialog).getByRole('button', { name: 'Save revision' }))
    await screen.findByText('Saved revision 3')
    const [input] = api.inputs('revisions:resolve')
    expect(input).toMatchObject({
      draftId: 'd1',
      oldRevisionId: 'rev1',
      newRevisionId: 'rev2',
      message: 'Accepted 2 changes, rejected 1 from revision 1 → 2',
    })
    expect([...(input?.accepted ?? [])].sort()).toEqual(['c2', 'c3'])
    expect(input?.body).toBe(
      [
        '# Serum story',
        'The serum works within six weeks, says Dr. Ruiz.',
        'Third stays put.',
        'Fourth stays put.',
        'Fifth stays, yes!',
        'A paragraph that moves to the end of the piece.',
      ].join('\n\n'),
    )
  })

  it('keeps reviewing by default when changes are undecided, and saves nothing', async () => {
    const { api, user } = setup([OLD, NEW])
    await screen.findByRole('region', { name: 'Side by side comparison' })
    await user.click(screen.getByRole('button', { name: 'Accept change 1' }))
    await user.click(screen.getByRole('button', { name: 'Save as new revision…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save as new revision' })
    await user.click(within(dialog).getByRole('button', { name: 'Back to the changes' }))
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Save as new revision' })).toBeNull(),
    )
    expect(screen.getByText('Change 2 of 3')).toBeTruthy()
    expect(api.inputs('revisions:resolve')).toEqual([])
  })

  it('shows a refusal from main in the dialog', async () => {
    const { Refusal } = await import('../test/fakeApi')
    const { user } = setup([OLD, NEW], {
      'revisions:resolve': () => {
        throw new Refusal('conflict', 'Revision 2 is not the current one any more.')
      },
    })
    await screen.findByRole('region', { name: 'Side by side comparison' })
    await user.click(screen.getByRole('button', { name: 'Accept all' }))
    await user.click(screen.getByRole('button', { name: 'Save as new revision…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save as new revision' })
    await user.click(within(dialog).getByRole('button', { name: 'Save revision' }))
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'not the current one any more',
    )
  })

  it('compares any pair, and saves only when "To" is the current revision', async () => {
    const { user } = setup(
      [OLD, NEW, `${NEW}\n\nA closing line.`],
      {},
      {
        oldId: 'rev3',
        newId: 'rev1',
      },
    )
    await screen.findByRole('region', { name: 'Side by side comparison' })
    expect(screen.getByRole('button', { name: 'Save as new revision…' })).toHaveProperty(
      'disabled',
      true,
    )
    expect(screen.getByText(/“To” must be the current revision/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Swap revisions' }))
    await waitFor(() =>
      expect(screen.getByLabelText('To revision')).toHaveProperty('value', 'rev3'),
    )
    await screen.findByRole('region', { name: 'Side by side comparison' })
    expect(screen.getByRole('button', { name: 'Save as new revision…' })).toHaveProperty(
      'disabled',
      false,
    )
  })

  it('carries claims of the current revision to an older pair through the diff', async () => {
    setup([OLD, NEW, `${NEW}\n\nA closing line.`], {}, { oldId: 'rev1', newId: 'rev2' })
    await screen.findByRole('region', { name: 'Side by side comparison' })
    const number = within(changeList())
      .getAllByRole('listitem')
      .find((li) => li.classList.contains('cmp-change') && li.textContent?.includes('eight'))
    expect(number?.textContent).toContain('Verified · needs re-check')
    expect(screen.getByText(/their places in revision 2 were worked out/)).toBeTruthy()
  })

  it('closes on Escape', async () => {
    const { user } = setup([OLD, NEW])
    await screen.findByRole('region', { name: 'Side by side comparison' })
    await user.keyboard('{Escape}')
    expect(screen.getByText('closed')).toBeTruthy()
  })
})
