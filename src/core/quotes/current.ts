import type { QuoteKind } from '@shared/quotes/detect'
import { cachedCurrent, keys, quotesOf, rememberCurrent } from '../analysis/engines'
import type { Person } from '@shared/domain'
import type { QuoteRecord } from '@shared/records'
import type { DraftFile } from '../storage/draft-file'
import { overlaps } from '@shared/text'

/** A quote in the current text, as every review view sees it. */
export interface CurrentQuote {
  /** The stored record's id when the reviewer touched it, else a key from its position. */
  readonly key: string
  readonly recordId: string | null
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: QuoteKind | 'manual'
  /** The speaker's full name (confirmed by a reviewer, else proposed from the text). */
  readonly speaker: string | null
  readonly personId: string | null
  readonly speakerSource: 'confirmed' | 'detected' | 'none'
  readonly confidence: number
  readonly reason: string
  readonly subject: string
  readonly groupId: number | null
}

/**
 * Detected quotes of `body` merged with the reviewer's records: a record on the same span
 * overrides the detected speaker, hides an unmarked quote, or adds a quote marked by hand.
 */
export function currentQuotes(
  file: Readonly<Pick<DraftFile, 'quotes'>>,
  body: string,
  people: readonly Person[],
): readonly CurrentQuote[] {
  // Kept by body, people and records (../analysis/engines.ts): the views of one revision ask
  // for them again and again.
  const key = keys.current(body, people, file.quotes)
  const kept = cachedCurrent(key)
  if (kept) return kept
  const out = mergeQuotes(file, body, people)
  rememberCurrent(key, out)
  return out
}

function mergeQuotes(
  file: Readonly<Pick<DraftFile, 'quotes'>>,
  body: string,
  people: readonly Person[],
): CurrentQuote[] {
  const { quotes: detected, attributions } = quotesOf(body, people)
  const live = file.quotes.filter((r) => r.status !== 'orphaned')
  const used = new Set<string>()
  const out: CurrentQuote[] = []
  detected.forEach((q, i) => {
    const record = live.find((r) => !used.has(r.id) && overlaps(r.anchor, q))
    if (record) used.add(record.id)
    if (record?.hidden) return
    const a = attributions[i]
    out.push(
      merge(
        {
          key: `q-${q.start}-${q.end}`,
          recordId: null,
          start: q.start,
          end: q.end,
          text: q.text,
          kind: q.kind,
          speaker: a?.speaker ?? null,
          personId:
            a?.personIndex !== null && a?.personIndex !== undefined
              ? (people[a.personIndex]?.id ?? null)
              : null,
          speakerSource: a?.speaker ? 'detected' : 'none',
          confidence: a?.confidence ?? 0,
          reason: a?.reason ?? '',
          subject: '',
          groupId: q.groupId,
        },
        record,
      ),
    )
  })
  for (const r of live) {
    if (used.has(r.id) || r.hidden || r.origin !== 'manual') continue
    out.push(
      merge(
        {
          key: r.id,
          recordId: r.id,
          start: r.anchor.start,
          end: r.anchor.end,
          text: r.anchor.exact,
          kind: 'manual',
          speaker: null,
          personId: null,
          speakerSource: 'none',
          confidence: 0,
          reason: 'Marked by hand',
          subject: '',
          groupId: null,
        },
        r,
      ),
    )
  }
  return out.sort((a, b) => a.start - b.start)
}

function merge(q: CurrentQuote, record: QuoteRecord | undefined): CurrentQuote {
  if (!record) return q
  const confirmed = record.confirmed !== null
  return {
    ...q,
    key: record.id,
    recordId: record.id,
    subject: record.subject,
    ...(confirmed
      ? {
          speaker: record.speaker?.name ?? null,
          personId: record.speaker?.personId ?? null,
          speakerSource: record.speaker ? ('confirmed' as const) : ('none' as const),
          confidence: 1,
          reason: `Confirmed by ${record.confirmed?.name ?? 'a reviewer'}`,
        }
      : {}),
  }
}
