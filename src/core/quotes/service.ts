import { anchorAt } from '@shared/claims'
import type { QuoteAlignment, QuotesList, QuoteView } from '@shared/channels/quotes'
import type { Person, Profile, Revision } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { flagQuote } from '@shared/quotes/flags'
import { alignQuote, type Alignment, type Transcript } from '@shared/transcripts/align'
import type { QuoteRecord } from '@shared/records'
import { peopleIn } from '../analysis/engines'
import { newId } from '../ids'
import type { Library } from '../library'
import { currentQuotes, type CurrentQuote } from './current'
import { loadTranscripts } from '../transcripts/service'
import { overlaps } from '@shared/text'
import { listPeople } from '../people/service'
import { nextTurn } from '../workers/turn'

/** The most characters a quote marked by hand may cover. */
export const MANUAL_QUOTE_CHARS = 10_000

const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?$/

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\s'’-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !HONORIFIC.test(w))
}

/** Whether two names are the same person: equal, or one is part of the other ("Achterberg"). */
export function sameSpeaker(a: string, b: string): boolean {
  const x = nameWords(a)
  const y = nameWords(b)
  if (x.length === 0 || y.length === 0) return false
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return short.every((w) => long.includes(w))
}

const RANK: Readonly<Record<Alignment['label'], number>> = {
  exact: 0,
  'trivial-edit': 1,
  altered: 2,
  'not-found': 3,
}

interface LoadedTranscript {
  readonly attachmentId: string
  readonly name: string
  readonly personId: string | null
  readonly transcript: Transcript
}

/** The best match of a quote among the draft's transcripts (the interviewee's own first). */
function align(q: CurrentQuote, transcripts: readonly LoadedTranscript[]): QuoteAlignment | null {
  if (transcripts.length === 0) return null
  let best: { t: LoadedTranscript; a: Alignment; score: number } | null = null
  for (const t of transcripts) {
    const a = alignQuote(q.text, t.transcript, { speaker: q.speaker })
    const own = q.personId !== null && t.personId === q.personId ? 0 : 1
    const score = RANK[a.label] * 100_000 + Math.max(a.errors, 0) * 10 + own
    if (!best || score < best.score) best = { t, a, score }
  }
  if (!best) return null
  const { t, a } = best
  const found = a.label !== 'not-found'
  return {
    label: a.label,
    attachmentId: found ? t.attachmentId : null,
    transcriptName: found ? t.name : null,
    passage: a.transcriptText,
    passageSpeaker: a.speaker,
    speakerMatches: found && a.speaker && q.speaker ? sameSpeaker(a.speaker, q.speaker) : null,
    diff: a.diff.map((d) => ({ kind: d.kind, text: d.text })),
  }
}

/** People named in the text who are not in the register yet (by name, either way round). */
function newPeople(body: string, people: readonly Person[]) {
  return peopleIn(body)
    .filter((f) => !people.some((p) => sameSpeaker(p.name, f.name) && nameWords(f.name).length > 1))
    .map((f) => ({ ...f, titles: [...f.titles] }))
}

/** Everything the quotes panel shows for a draft's current revision. */
/** Quotes flagged per turn of the event loop in listQuotes. */
const QUOTES_PER_TURN = 2_000

export async function listQuotes(library: Library, draftId: string): Promise<QuotesList> {
  const people = listPeople(library)
  const { revision, quotes, orphaned, records, attachments } = library.store.read(
    draftId,
    (file, current) => ({
      revision: current,
      quotes: currentQuotes(file, current.body, people),
      orphaned: file.quotes
        .filter((r) => r.status === 'orphaned' && !r.hidden)
        .map((r) => ({ recordId: r.id, text: r.anchor.exact, speaker: r.speaker?.name ?? null })),
      records: structuredClone(file.transcripts),
      attachments: structuredClone(file.attachments),
    }),
  )
  const loaded = await loadTranscripts(library, draftId, records, attachments)
  const usable: LoadedTranscript[] = loaded.flatMap(({ view, transcript }) =>
    transcript
      ? [{ attachmentId: view.attachmentId, name: view.name, personId: view.personId, transcript }]
      : [],
  )
  const byId = new Map(people.map((p) => [p.id, p]))
  const view = (q: CurrentQuote): QuoteView => {
    // A confirmed register person is flagged under their current name, even if it was edited.
    const speaker = (q.personId ? byId.get(q.personId)?.name : undefined) ?? q.speaker
    return {
      ...q,
      flags: flagQuote({ markdown: revision.body, quote: q, speaker, people, subject: q.subject }),
      alignment: align(q, usable),
    }
  }
  // A long draft's twenty thousand quotes are flagged a step at a time, the loop turning between
  // steps: in one go they held every other request for some 30 ms (issue 16, item 1). The quotes
  // and the text were read above, so a save between steps changes nothing here.
  const views: QuoteView[] = []
  for (let i = 0; i < quotes.length; i += QUOTES_PER_TURN) {
    if (i > 0) await nextTurn()
    for (const q of quotes.slice(i, i + QUOTES_PER_TURN)) views.push(view(q))
  }
  return {
    revisionId: revision.id,
    quotes: views,
    orphaned,
    peopleFound: newPeople(revision.body, people),
    transcripts: loaded.map((l) => l.view),
  }
}

export interface QuoteSpan {
  readonly draftId: string
  readonly revisionId: string
  readonly start: number
  readonly end: number
}

function assertCurrent(current: Revision, revisionId: string): void {
  if (current.id !== revisionId) {
    throw new GalleyError(
      'conflict',
      `A newer revision (${current.number}) was saved since this quote was shown. Look at it again in the current text.`,
    )
  }
}

function newRecord(
  current: Revision,
  start: number,
  end: number,
  origin: QuoteRecord['origin'],
  when: string,
): QuoteRecord {
  return {
    id: newId('q'),
    revisionId: current.id,
    anchor: anchorAt(current.body, start, end),
    status: 'anchored',
    origin,
    speaker: null,
    confirmed: null,
    subject: '',
    hidden: false,
    createdAt: when,
    updatedAt: when,
  }
}

/** What the audit trail keeps of a quote record. */
function summary(r: QuoteRecord | null) {
  if (!r) return null
  return {
    exact: r.anchor.exact.slice(0, 500),
    speaker: r.speaker?.name ?? null,
    personId: r.speaker?.personId ?? null,
    confirmed: r.confirmed !== null,
    subject: r.subject,
    hidden: r.hidden,
  }
}

/**
 * Changes the record of the quote at a span (creating it for a detected quote nobody touched
 * yet), audits it, and returns the panel's fresh list.
 */
export async function changeQuote(
  library: Library,
  span: QuoteSpan,
  action: string,
  fn: (record: QuoteRecord, quote: CurrentQuote, when: string) => void,
): Promise<QuotesList> {
  const people = listPeople(library)
  await library.store.update(span.draftId, 'quotes', (file, current, audit) => {
    assertCurrent(current, span.revisionId)
    const quote = currentQuotes(file, current.body, people).find(
      (q) => q.start === span.start && q.end === span.end,
    )
    if (!quote) {
      throw new GalleyError(
        'not-found',
        'That quote is not in the current text any more (it may have been edited or unmarked).',
      )
    }
    const when = new Date().toISOString()
    let record = quote.recordId ? file.quotes.find((r) => r.id === quote.recordId) : undefined
    const before = record ? structuredClone(record) : null
    if (!record) {
      record = newRecord(current, quote.start, quote.end, 'detected', when)
      file.quotes.push(record)
    }
    fn(record, quote, when)
    record.updatedAt = when
    audit({ action, target: `quote/${record.id}`, before: summary(before), after: summary(record) })
  })
  return listQuotes(library, span.draftId)
}

/** Confirms or changes who said a quote; null confirms that nobody is named. */
export function setSpeaker(
  library: Library,
  span: QuoteSpan,
  speaker: { name: string; personId: string | null } | null,
  by: Profile,
): Promise<QuotesList> {
  if (speaker?.personId && !listPeople(library).some((p) => p.id === speaker.personId)) {
    throw new GalleyError('not-found', 'That person is not in the register any more.')
  }
  return changeQuote(library, span, 'quote.speaker', (record, _q, when) => {
    record.speaker = speaker ? { name: speaker.name, personId: speaker.personId } : null
    record.confirmed = { name: by.name, role: by.role, at: when }
  })
}

const MARKS = /[\s"“”„«»‘’']/

/** Narrows a selection to its words: spaces and the quotation marks around it are left out. */
function trimQuote(body: string, start: number, end: number): [number, number] {
  let s = start
  let e = end
  while (s < e && MARKS.test(body[s] ?? '')) s++
  while (e > s && MARKS.test(body[e - 1] ?? '')) e--
  return [s, e]
}

/** Marks a selection as a quote by hand, or brings back a detected quote that was unmarked. */
export async function markQuote(library: Library, span: QuoteSpan): Promise<QuotesList> {
  const people = listPeople(library)
  await library.store.update(span.draftId, 'quotes', (file, current, audit) => {
    assertCurrent(current, span.revisionId)
    if (span.end > current.body.length || span.start >= span.end) {
      throw new GalleyError('invalid-input', 'The selection is not inside the text of this draft.')
    }
    const [start, end] = trimQuote(current.body, span.start, span.end)
    if (end - start < 2)
      throw new GalleyError('invalid-input', 'Select at least a few words to mark as a quote.')
    if (end - start > MANUAL_QUOTE_CHARS)
      throw new GalleyError(
        'invalid-input',
        'That selection is too long for one quote; select the quoted words only.',
      )
    const when = new Date().toISOString()
    const hidden = file.quotes.find(
      (r) => r.hidden && r.status !== 'orphaned' && overlaps(r.anchor, { start, end }),
    )
    if (hidden) {
      const before = structuredClone(hidden)
      hidden.hidden = false
      hidden.updatedAt = when
      audit({
        action: 'quote.mark',
        target: `quote/${hidden.id}`,
        before: summary(before),
        after: summary(hidden),
      })
      return
    }
    const clash = currentQuotes(file, current.body, people).find((q) => overlaps(q, { start, end }))
    if (clash) {
      throw new GalleyError(
        'conflict',
        `Part of that selection is already a quote ("${clash.text.slice(0, 60)}${clash.text.length > 60 ? '…' : ''}").`,
      )
    }
    const record = newRecord(current, start, end, 'manual', when)
    file.quotes.push(record)
    audit({ action: 'quote.mark', target: `quote/${record.id}`, after: summary(record) })
  })
  return listQuotes(library, span.draftId)
}

/** Unmarks a quote: one marked by hand is removed, a detected one is kept hidden. */
export async function unmarkQuote(library: Library, span: QuoteSpan): Promise<QuotesList> {
  const people = listPeople(library)
  await library.store.update(span.draftId, 'quotes', (file, current, audit) => {
    assertCurrent(current, span.revisionId)
    const quote = currentQuotes(file, current.body, people).find(
      (q) => q.start === span.start && q.end === span.end,
    )
    if (!quote)
      throw new GalleyError('not-found', 'That quote is not in the current text any more.')
    const record = quote.recordId ? file.quotes.find((r) => r.id === quote.recordId) : undefined
    if (record?.origin === 'manual') {
      file.quotes = file.quotes.filter((r) => r.id !== record.id)
      audit({ action: 'quote.unmark', target: `quote/${record.id}`, before: summary(record) })
      return
    }
    const when = new Date().toISOString()
    const before = record ? structuredClone(record) : null
    const kept = record ?? newRecord(current, quote.start, quote.end, 'detected', when)
    if (!record) file.quotes.push(kept)
    kept.hidden = true
    kept.updatedAt = when
    audit({
      action: 'quote.unmark',
      target: `quote/${kept.id}`,
      before: summary(before),
      after: summary(kept),
    })
  })
  return listQuotes(library, span.draftId)
}
