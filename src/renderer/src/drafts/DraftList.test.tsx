import { render, screen, within } from '@testing-library/react'
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
  it('does not render a long library whole', () => {
    const drafts = Array.from({ length: 150 }, (_, i) => summary(`d${i}`, `Draft ${i + 1}`))
    // jsdom lays nothing out: the scroller says it is 600 px tall.
    const scroller = document.createElement('div')
    scroller.getBoundingClientRect = () => new DOMRect(0, 0, 300, 600)
    Object.defineProperty(scroller, 'offsetHeight', { value: 600 })
    Object.defineProperty(scroller, 'offsetWidth', { value: 300 })
    document.body.append(scroller)
    render(
      <DraftList
        drafts={loaded(drafts)}
        view="active"
        search=""
        selectedId={null}
        onSelect={() => undefined}
        onAction={() => undefined}
        scroller={{ current: scroller }}
      />,
      { container: scroller },
    )
    // jsdom lays nothing out, so which rows show is checked in Chromium (e2e/library-scale.spec.ts).
    const list = screen.getByRole('list', { name: 'Drafts' })
    expect(list.classList.contains('is-virtual')).toBe(true)
    expect(within(list).queryAllByRole('listitem').length).toBeLessThan(150)
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
        scroller={{ current: document.body }}
      />,
    )
    expect(screen.getAllByRole('listitem')).toHaveLength(12)
  })
})
