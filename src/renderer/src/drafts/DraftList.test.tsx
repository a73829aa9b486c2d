import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DraftSummary } from '@shared/domain'
import type { Query } from '../api/useQuery'
import { summary } from '../test/fakeApi'
import { DraftList } from './DraftList'

const loaded = (value: readonly DraftSummary[]): Query<readonly DraftSummary[]> => ({
  status: 'ok',
  value,
  error: undefined,
  reload: () => undefined,
  refreshing: false,
})

describe('DraftList', () => {
  it('paints the first rows of a long library at once and the rest right after', async () => {
    const drafts = Array.from({ length: 150 }, (_, i) => summary(`d${i}`, `Draft ${i + 1}`))
    render(
      <DraftList
        drafts={loaded(drafts)}
        view="active"
        search=""
        selectedId={null}
        onSelect={() => undefined}
        onAction={() => undefined}
      />,
    )
    const list = screen.getByRole('list', { name: 'Drafts' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(25)
    expect(list.getAttribute('aria-busy')).toBe('true')
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(150))
    expect(list.getAttribute('aria-busy')).toBeNull()
    expect(within(list).getByRole('button', { name: 'Draft 150' })).toBeTruthy()
  })

  it('renders a short library whole', () => {
    const drafts = Array.from({ length: 12 }, (_, i) => summary(`d${i}`, `Draft ${i + 1}`))
    render(
      <DraftList
        drafts={loaded(drafts)}
        view="active"
        search=""
        selectedId={null}
        onSelect={() => undefined}
        onAction={() => undefined}
      />,
    )
    expect(screen.getAllByRole('listitem')).toHaveLength(12)
    expect(screen.getByRole('list', { name: 'Drafts' }).getAttribute('aria-busy')).toBeNull()
  })
})
