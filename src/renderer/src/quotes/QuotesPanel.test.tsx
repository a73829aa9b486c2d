import { useCallback, useState } from 'react'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { QuotesList, QuoteView } from '@shared/channels/quotes'
import type { Person } from '@shared/domain'
import { ApiProvider } from '../api/context'
import { NoticesProvider } from '../app/notices'
import { Article } from '../article/Article'
import type { RenderedArticle } from '../article/rendered'
import { fakeApi } from '../test/fakeApi'
import { QuotesPanel } from './QuotesPanel'

const BODY = '# Serums\n\n“It will rebuild collagen in anyone,” says Dr. Ana Ruiz.\n'
const START = BODY.indexOf('It will')
const END = BODY.indexOf(',” says')

const quote = (over: Partial<QuoteView> = {}): QuoteView => ({
  key: 'q-1',
  recordId: null,
  start: START,
  end: END,
  text: BODY.slice(START, END),
  kind: 'direct',
  speaker: 'Ana Ruiz',
  personId: null,
  speakerSource: 'detected',
  confidence: 0.95,
  reason: 'A verb of saying with a name: "says Dr. Ana Ruiz"',
  subject: '',
  groupId: 0,
  flags: [],
  alignment: {
    label: 'altered',
    attachmentId: 'a1',
    transcriptName: 'ruiz.txt',
    passage: 'It can help rebuild collagen in many people',
    passageSpeaker: 'Ana Ruiz',
    speakerMatches: true,
    diff: [
      { kind: 'same', text: 'It' },
      { kind: 'removed', text: 'can help' },
      { kind: 'added', text: 'will' },
      { kind: 'same', text: 'rebuild collagen in' },
      { kind: 'removed', text: 'many people' },
      { kind: 'added', text: 'anyone' },
    ],
  },
  ...over,
})

/** The panel beside the article it paints, as the draft view puts them. */
function WithArticle() {
  const [article, setArticle] = useState<RenderedArticle | null>(null)
  const onRendered = useCallback((element: HTMLElement, body: string, complete: boolean) => {
    setArticle({ element, body, complete })
  }, [])
  return (
    <>
      <Article body={BODY} label="Article" onRendered={onRendered} />
      <QuotesPanel draftId="d1" revisionId="r1" readOnly={false} article={article} />
    </>
  )
}

const list = (q: QuoteView): QuotesList => ({
  revisionId: 'r1',
  quotes: [q],
  orphaned: [],
  peopleFound: [{ name: 'Ana Ruiz', honorific: 'Dr.', titles: [], firstStart: 40, mentions: 1 }],
  transcripts: [
    {
      attachmentId: 'a1',
      name: 'ruiz.txt',
      format: 'txt',
      personId: null,
      segments: 4,
      problem: null,
    },
  ],
})

const ruiz: Person = {
  id: 'p1',
  name: 'Ana Ruiz',
  title: 'Dermatologist',
  credentials: [],
  affiliations: [],
  contact: '',
  connections: [],
}

function setup() {
  let current = quote()
  const api = fakeApi({
    'quotes:list': () => list(current),
    'people:list': () => ({ people: [ruiz] }),
    'quotes:setSpeaker': ({ speaker }) => {
      current = quote({
        speaker: speaker?.name ?? null,
        personId: speaker?.personId ?? null,
        speakerSource: 'confirmed',
        reason: 'Confirmed by Faye',
      })
      return list(current)
    },
  })
  render(
    <ApiProvider api={api}>
      <NoticesProvider>
        <WithArticle />
      </NoticesProvider>
    </ApiProvider>,
  )
  return api
}

describe('QuotesPanel', () => {
  it('shows a quote with its speaker, transcript label and word diff', async () => {
    setup()
    const card = await screen.findByRole('article', { name: /It will rebuild collagen/ })
    expect(within(card).getAllByText('Altered')).toHaveLength(2)
    expect(within(card).getByText('can help', { selector: 'del' })).toBeTruthy()
    expect(within(card).getByText('will', { selector: 'ins' })).toBeTruthy()
    expect(within(card).getByText('Ana Ruiz')).toBeTruthy()
    expect(screen.getByText('ruiz.txt')).toBeTruthy()
  })

  it('confirms the proposed speaker and changes it with the keyboard', async () => {
    const user = userEvent.setup()
    const api = setup()
    const card = await screen.findByRole('article', { name: /It will rebuild collagen/ })
    await user.click(within(card).getByRole('button', { name: 'Confirm Ana Ruiz as the speaker' }))
    await waitFor(() => expect(api.inputs('quotes:setSpeaker')).toHaveLength(1))
    expect(api.inputs('quotes:setSpeaker')[0]).toMatchObject({
      draftId: 'd1',
      revisionId: 'r1',
      start: START,
      end: END,
      speaker: { name: 'Ana Ruiz', personId: null },
    })
    await user.click(within(card).getByRole('button', { name: /Change speaker/ }))
    const box = within(card).getByRole('combobox', { name: 'Speaker' })
    await user.clear(box)
    await user.type(box, 'Pat Lee')
    expect(within(card).getByRole('option', { name: /Pat Lee/ })).toBeTruthy()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(api.inputs('quotes:setSpeaker')).toHaveLength(2))
    expect(api.inputs('quotes:setSpeaker')[1]?.speaker).toEqual({ name: 'Pat Lee', personId: null })
  })
})
