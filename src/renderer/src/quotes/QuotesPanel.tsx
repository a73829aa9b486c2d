import { useEffect, useMemo, useRef, useState } from 'react'
import { Quote, TextQuote, Users } from 'lucide-react'
import type { QuoteView } from '@shared/channels/quotes'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { useNotices } from '../app/notices'
import { useSpanHighlights } from '../article/highlights'
import { useTextLeaves, type RenderedArticle } from '../article/rendered'
import { revealSpan } from '../article/scroll'
import { spanAtCaret, useArticleClick } from '../article/useArticleClick'
import { readArticleSelection, useArticleSelection } from '../article/useArticleSelection'
import { readAsBase64 } from '../import/fileData'
import type { SetArticleActions } from '../draft/articleActions'
import { PeopleDialog, type PersonDraft } from '../people/PeopleDialog'
import { ErrorState, Loading } from '../ui/States'
import { QuoteCard } from './QuoteCard'
import { Transcripts } from '../transcripts/Transcripts'
import { useQuotes } from './useQuotes'
import { plural } from '../ui/format'

// `::highlight(…)` in quotes.css.
const PLAIN = 'galley-quote'
const ACTIVE = 'galley-quote-active'

function summary(quotes: readonly QuoteView[]): string {
  const flagged = quotes.filter((q) => q.flags.length > 0).length
  const altered = quotes.filter((q) => q.alignment?.label === 'altered').length
  const parts = [`${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`]
  if (flagged) parts.push(`${flagged} flagged`)
  if (altered) parts.push(`${altered} altered`)
  return parts.join(' · ')
}

/**
 * The Quotes tab beside the article: every quote highlighted in the text, its speaker (confirm
 * or change), flags, transcript check and subject; marking and unmarking; transcripts; and the
 * people register.
 */
export function QuotesPanel({
  draftId,
  revisionId,
  readOnly,
  article,
  onArticleActions,
}: {
  draftId: string
  revisionId: string
  readOnly: boolean
  /** The article showing the current revision (null while editing or viewing a past one). */
  article: RenderedArticle | null
  /** Offers "Mark as quote" on the article's context menu while this tab is open. */
  onArticleActions?: SetArticleActions
}) {
  const api = useApi()
  const { push } = useNotices()
  const { list, people, change, busy, reloadPeople } = useQuotes(draftId, revisionId)
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const [register, setRegister] = useState<{ open: boolean; proposal: PersonDraft | null }>({
    open: false,
    proposal: null,
  })
  const element = article?.element ?? null
  const leaves = useTextLeaves(article)
  const selection = useArticleSelection(element, leaves)
  const value = list.value
  const groups = useMemo(() => {
    const all = value?.quotes ?? []
    return new Map([
      [PLAIN, all.filter((q) => q.key !== activeKey)],
      [ACTIVE, all.filter((q) => q.key === activeKey)],
    ])
  }, [value, activeKey])
  useSpanHighlights(leaves, groups, 0, element)
  // A click on a painted quote makes its card the active one.
  useArticleClick(element, (at) => {
    const hit = spanAtCaret(value?.quotes ?? [], at)
    if (!hit) return
    setActiveKey(hit.key)
    document
      .querySelector(`[data-quote-key="${CSS.escape(hit.key)}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  })
  const markLatest = useRef<() => void>(() => undefined)
  useEffect(() => {
    markLatest.current = () => {
      // What is selected now: the state follows the selection a frame late.
      const at = (element && readArticleSelection(element, leaves)) ?? selection
      if (!at || !value) return
      void change('The selection was not marked as a quote', () =>
        call(api, 'quotes:mark', {
          draftId,
          revisionId: value.revisionId,
          start: at.start,
          end: at.end,
        }),
      )
    }
  })
  useEffect(() => {
    onArticleActions?.(
      readOnly
        ? []
        : [
            {
              id: 'mark-quote',
              label: 'Mark as quote',
              disabled: !selection || busy,
              run: () => markLatest.current(),
            },
          ],
    )
  }, [selection, busy, readOnly, onArticleActions])
  useEffect(() => () => onArticleActions?.([]), [onArticleActions])
  const registerPeople = useMemo(
    () => (people.value?.people ?? []).map((p) => ({ id: p.id, name: p.name, title: p.title })),
    [people.value],
  )

  if (list.status === 'loading') return <Loading label="Finding quotes…" />
  if (list.status === 'error')
    return (
      <ErrorState
        title="The quotes could not be loaded"
        error={list.error}
        onRetry={list.reload}
        retrying={list.refreshing}
      />
    )
  const data = list.value
  const found = data.peopleFound.map((p) => p.name)
  const at = (q: QuoteView) => ({
    draftId,
    revisionId: data.revisionId,
    start: q.start,
    end: q.end,
  })

  const attach = (file: File) =>
    void change(`"${file.name}" was not attached`, async () => {
      const out = await call(api, 'transcripts:attach', {
        draftId,
        fileName: file.name,
        dataBase64: await readAsBase64(file),
      })
      push({
        tone: 'success',
        title: `Attached ${out.attachment.name}`,
        message: `${plural(out.transcript.segments, 'turn')} read; every quote is checked against it.`,
      })
    })

  return (
    <div className="quotes-panel quotes-scroll">
      <div className="quotes-head">
        <p className="quotes-summary" aria-live="polite">
          {summary(data.quotes)}
        </p>
        <button
          type="button"
          className="button button-small"
          onClick={() => setRegister({ open: true, proposal: null })}
        >
          <Users aria-hidden="true" size={14} /> People register
        </button>
      </div>
      {readOnly ? null : (
        <div className="quotes-mark">
          <button
            type="button"
            className="button button-small"
            disabled={!selection || busy}
            onClick={() => markLatest.current()}
          >
            <TextQuote aria-hidden="true" size={14} /> Mark as quote
          </button>
          <span className="quote-help">
            {selection
              ? 'Marks the selected text as a quote.'
              : 'Select text in the article first.'}
          </span>
        </div>
      )}

      <Transcripts
        transcripts={data.transcripts}
        readOnly={readOnly}
        busy={busy}
        onAttach={attach}
        onRemove={(t) =>
          void change(`"${t.name}" was not removed`, () =>
            call(api, 'transcripts:remove', { draftId, attachmentId: t.attachmentId }),
          )
        }
      />

      {data.peopleFound.length > 0 ? (
        <section className="people-found" aria-labelledby="people-found-heading">
          <h3 id="people-found-heading" className="quotes-subhead-title">
            Named here, not in the register
          </h3>
          <ul className="people-found-list">
            {data.peopleFound.map((p) => (
              <li key={p.name}>
                <span>
                  {p.honorific ? `${p.honorific} ` : ''}
                  {p.name}
                  {p.titles[0] ? <span className="quote-help"> · {p.titles[0]}</span> : null}
                </span>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Add ${p.name} to the register`}
                    onClick={() =>
                      setRegister({
                        open: true,
                        proposal: { name: p.name, title: p.titles.join('; ') },
                      })
                    }
                  >
                    Add
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {data.quotes.length === 0 ? (
        <div className="quotes-empty">
          <Quote aria-hidden="true" size={18} />
          <p>No quotes found in this revision. Select text and use Mark as quote to add one.</p>
        </div>
      ) : (
        <div className="quote-list" role="list" aria-label="Quotes">
          {data.quotes.map((q) => (
            <div role="listitem" key={q.key}>
              <QuoteCard
                quote={q}
                active={q.key === activeKey}
                readOnly={readOnly}
                busy={busy}
                people={registerPeople}
                found={found}
                onActivate={() => setActiveKey(q.key)}
                onShow={() => {
                  setActiveKey(q.key)
                  if (element) revealSpan(element, leaves, q)
                }}
                onSpeaker={(speaker) =>
                  change('The speaker was not saved', () =>
                    call(api, 'quotes:setSpeaker', { ...at(q), speaker }),
                  )
                }
                onSubject={(subject) =>
                  change('The subject was not saved', () =>
                    call(api, 'quotes:setSubject', { ...at(q), subject }),
                  )
                }
                onUnmark={() =>
                  void change('The quote was not unmarked', () => call(api, 'quotes:unmark', at(q)))
                }
              />
            </div>
          ))}
        </div>
      )}

      {data.orphaned.length > 0 ? (
        <section aria-labelledby="orphaned-quotes-heading">
          <h3 id="orphaned-quotes-heading" className="quotes-subhead-title">
            No longer in the text
          </h3>
          <ul className="orphaned-quotes">
            {data.orphaned.map((o) => (
              <li key={o.recordId}>
                “{o.text.slice(0, 160)}”{o.speaker ? ` — ${o.speaker}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {register.open ? (
        <PeopleDialog
          draftId={draftId}
          proposal={register.proposal}
          found={data.peopleFound}
          readOnly={readOnly}
          onClose={() => {
            setRegister({ open: false, proposal: null })
            reloadPeople()
            list.reload()
          }}
        />
      ) : null}
    </div>
  )
}
