import type { QuoteLabel } from '@shared/legal/readiness'
import {
  alignQuotes,
  parseTranscript,
  type AlignLabel,
  type Transcript,
  type TranscriptFormat,
} from '@shared/transcripts/align'
import { surname } from '@shared/text'
import type { CurrentQuote } from '../quotes/current'
import type { DraftFile } from '../storage/draft-file'
import { readAttachment, type AttachmentSource } from '../drafts/attachments'

export interface QuoteCheck {
  /** Label per quote key; 'unchecked' when no transcript of its speaker is attached. */
  readonly labels: ReadonlyMap<string, QuoteLabel>
  readonly checked: number
  /** What could not be checked, in a sentence (null when nothing was left out). */
  readonly note: string | null
}

interface LoadedTranscript {
  readonly transcript: Transcript
  readonly personId: string | null
  /** Speaker labels in the transcript, lower case. */
  readonly speakers: ReadonlySet<string>
}

const RANK: Readonly<Record<AlignLabel, number>> = {
  exact: 0,
  'trivial-edit': 1,
  altered: 2,
  'not-found': 3,
}

function formatOf(name: string): TranscriptFormat | 'docx' {
  const ext = name.toLowerCase().split('.').pop() ?? ''
  return ext === 'md' || ext === 'vtt' || ext === 'srt' || ext === 'docx' ? ext : 'txt'
}

/** Whether the transcript is of this quote's speaker: tied to the person, or a label names them. */
function isOf(t: LoadedTranscript, q: CurrentQuote): boolean {
  if (q.personId && t.personId) return q.personId === t.personId
  if (!q.speaker) return false
  const last = surname(q.speaker).toLowerCase()
  return [...t.speakers].some((s) => s.split(/\s+/).includes(last))
}

async function loadTranscripts(
  library: AttachmentSource,
  draftId: string,
  file: Readonly<DraftFile>,
): Promise<{ loaded: LoadedTranscript[]; skipped: string[] }> {
  const records = new Map(file.transcripts.map((t) => [t.attachmentId, t]))
  const loaded: LoadedTranscript[] = []
  const skipped: string[] = []
  for (const att of file.attachments) {
    const record = records.get(att.id)
    if (!record && att.kind !== 'transcript') continue
    const format = record?.format ?? formatOf(att.name)
    if (format === 'docx') {
      skipped.push(att.name)
      continue
    }
    let text: string
    try {
      const { bytes } = await readAttachment(library, draftId, att.id)
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      skipped.push(att.name)
      continue
    }
    const transcript = parseTranscript(text, format)
    const speakers = new Set(
      transcript.segments.flatMap((s) => (s.speaker ? [s.speaker.toLowerCase()] : [])),
    )
    loaded.push({ transcript, personId: record?.personId ?? null, speakers })
  }
  return { loaded, skipped }
}

/**
 * Checks each quote against the transcripts of its speaker (the quotes engine's alignment) and
 * keeps the best label; a quote whose speaker has no transcript stays 'unchecked'. Transcripts
 * kept as .docx, or unreadable, are left out and said so.
 */
export async function checkQuotes(
  library: AttachmentSource,
  draftId: string,
  file: Readonly<DraftFile>,
  quotes: readonly CurrentQuote[],
): Promise<QuoteCheck> {
  const labels = new Map<string, QuoteLabel>()
  const { loaded, skipped } = await loadTranscripts(library, draftId, file)
  let checked = 0
  for (const t of loaded) {
    const mine = quotes.filter((q) => isOf(t, q))
    if (mine.length === 0) continue
    const aligned = alignQuotes(
      mine.map((q) => ({ text: q.text, speaker: q.speaker })),
      t.transcript,
    )
    mine.forEach((q, i) => {
      const label = aligned[i]?.label
      if (!label) return
      const before = labels.get(q.key)
      if (before === undefined || before === 'unchecked') checked++
      if (
        before === undefined ||
        before === 'unchecked' ||
        RANK[label] < RANK[before as AlignLabel]
      )
        labels.set(q.key, label)
    })
  }
  for (const q of quotes) if (!labels.has(q.key)) labels.set(q.key, 'unchecked')
  const note =
    skipped.length > 0
      ? `Not checked against ${skipped.map((s) => `“${s}”`).join(', ')} (Word or unreadable transcripts are not aligned here; attach it as text).`
      : null
  return { labels, checked, note }
}
