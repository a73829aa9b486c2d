import search from 'approx-string-match'
import { diffArrays } from 'diff'
import { HARD_FILLERS, SOFT_FILLERS } from './fillers'

export type TranscriptFormat = 'txt' | 'md' | 'vtt' | 'srt'

/** One speaker turn; offsets are into `Transcript.text`. */
export interface TranscriptSegment {
  readonly speaker: string | null
  readonly text: string
  readonly start: number
  readonly end: number
}

/** A transcript reduced to its spoken words: turns joined by blank lines, labels and cue
 *  timings removed. Segment offsets point into `text`. */
export interface Transcript {
  readonly text: string
  readonly segments: readonly TranscriptSegment[]
}

export type AlignLabel = 'exact' | 'trivial-edit' | 'altered' | 'not-found'

export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed'
  readonly text: string
}

/**
 * A quote aligned to a transcript. `diff` is the printed quote against the transcript passage:
 * 'removed' words are in the transcript but not in the quote, 'added' words are in the quote
 * but were not said.
 */
export interface Alignment {
  readonly label: AlignLabel
  readonly matchStart: number
  readonly matchEnd: number
  readonly transcriptText: string
  readonly speaker: string | null
  readonly diff: readonly DiffPart[]
  /** Word edits between quote and passage, fillers not counted. */
  readonly errors: number
}

// ------------------------------------------------------------------------------------------
// Parsing
// ------------------------------------------------------------------------------------------

const TIMESTAMP = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s*[-–]?\s*/
const SPEAKER_LABEL =
  /^(?:\*\*|__)?((?:Dr\.?\s+|Prof\.?\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,3}|[\p{Lu}][\p{Lu}\s.'’-]{1,40}|Speaker\s*\d+)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+/u
const NOT_LABELS = new Set([
  'note',
  'notes',
  'transcript',
  'interview',
  'date',
  'subject',
  're',
  'http',
  'https',
  'source',
  'location',
  'recorded',
  'duration',
])

function titleCase(label: string): string {
  if (label !== label.toUpperCase()) return label
  return label
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase())
}

/** A "NAME:" label at the start of a line, or null. */
function labelOf(line: string): { speaker: string; rest: string } | null {
  const m = SPEAKER_LABEL.exec(line)
  if (!m?.[1]) return null
  const label = m[1].trim()
  if (NOT_LABELS.has(label.toLowerCase()) || label.split(/\s+/).length > 4) return null
  // A sentence with a colon is not a label: labels are names, so each word is capitalised.
  if (!label.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w))) return null
  return { speaker: titleCase(label), rest: line.slice(m[0].length) }
}

interface Turn {
  speaker: string | null
  parts: string[]
}

function build(turns: readonly Turn[]): Transcript {
  const segments: TranscriptSegment[] = []
  let text = ''
  for (const t of turns) {
    const body = t.parts.join(' ').replace(/\s+/g, ' ').trim()
    if (!body) continue
    if (text) text += '\n\n'
    segments.push({
      speaker: t.speaker,
      text: body,
      start: text.length,
      end: text.length + body.length,
    })
    text += body
  }
  return { text, segments }
}

function stripCueMarkup(s: string): { voice: string | null; text: string } {
  const v = /<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(s)
  const text = s
    .replace(/<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>/g, '')
    .replace(/<\/?[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
  return { voice: v?.[1]?.trim() ?? null, text }
}

/** Parses a transcript into speaker turns. In .txt/.md a "NAME:" line starts a turn and lines
 *  without one continue it; in .vtt/.srt consecutive cues of one voice are merged into one turn
 *  and a cue with no voice or label continues the turn before it. */
export function parseTranscript(text: string, format: TranscriptFormat): Transcript {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const turns: Turn[] = []
  const push = (speaker: string | null, line: string, newTurn: boolean): void => {
    const last = turns[turns.length - 1]
    if (!newTurn && last && (last.speaker === speaker || speaker === null)) last.parts.push(line)
    else turns.push({ speaker, parts: [line] })
  }
  if (format === 'txt' || format === 'md') {
    let blank = true
    for (const raw of src.split('\n')) {
      const line = raw
        .replace(TIMESTAMP, '')
        .replace(/^#+\s*/, '')
        .trim()
      if (!line) {
        blank = true
        continue
      }
      const lab = labelOf(line)
      if (lab) push(lab.speaker, lab.rest, true)
      else {
        const last = turns[turns.length - 1]
        // An unlabelled paragraph after a blank line before any label is a header of its own.
        if (blank && (!last || last.speaker === null)) turns.push({ speaker: null, parts: [line] })
        else push(last?.speaker ?? null, line, false)
      }
      blank = false
    }
    return build(turns)
  }
  const blocks = src.split(/\n\s*\n/)
  for (const block of blocks) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    if (lines.length === 0) continue
    if (format === 'vtt' && /^(WEBVTT|NOTE\b|STYLE\b|REGION\b)/.test(lines[0] ?? '')) continue
    const timing = lines.findIndex((l) => l.includes('-->'))
    if (timing < 0) continue
    let speaker: string | null = null
    let first = true
    for (const l of lines.slice(timing + 1)) {
      const { voice, text: t } = stripCueMarkup(l)
      let line = t.trim()
      let who = voice ? titleCase(voice) : null
      const lab = labelOf(line)
      if (lab) {
        who = lab.speaker
        line = lab.rest
      }
      if (/^[-–]\s|^>>\s?/.test(line)) {
        line = line.replace(/^[-–]\s|^>>\s?/, '')
        if (!who) who = null
      }
      if (!line) continue
      const last = turns[turns.length - 1]
      if (who && (!last || last.speaker !== who)) push(who, line, true)
      else if (!who && first && speaker === null) push(null, line, false)
      else push(who ?? last?.speaker ?? null, line, false)
      speaker = who ?? speaker
      first = false
    }
  }
  return build(turns)
}

// ------------------------------------------------------------------------------------------
// Alignment
// ------------------------------------------------------------------------------------------

interface Token {
  /** Lower case, letters and digits only: what is compared. */
  readonly key: string
  readonly start: number
  readonly end: number
  readonly filler: boolean
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu

function tokenize(text: string): Token[] {
  const raw: { key: string; start: number; end: number }[] = []
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0
    raw.push({
      key: m[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''),
      start,
      end: start + m[0].length,
    })
  }
  const filler = raw.map((t) => HARD_FILLERS.has(t.key))
  for (let i = 0; i < raw.length; i++) {
    for (const phrase of SOFT_FILLERS) {
      if (phrase.some((w, k) => raw[i + k]?.key !== w)) continue
      const a = raw[i] as { start: number }
      const b = raw[i + phrase.length - 1] as { end: number }
      const before = text.slice(Math.max(0, a.start - 2), a.start)
      const after = text.slice(b.end, b.end + 1)
      if (/,\s*$/.test(before) || after === ',')
        for (let k = 0; k < phrase.length; k++) filler[i + k] = true
    }
  }
  return raw.map((t, i) => ({ ...t, filler: filler[i] ?? false }))
}

interface Prepared {
  readonly tokens: readonly Token[]
  /** Non-filler tokens, each encoded as one character for bit-parallel matching. */
  readonly content: readonly number[]
  readonly encoded: string
  readonly codes: Map<string, string>
  /** Content positions where the transcribed text starts again after a gap (0 included). */
  readonly partStarts: ReadonlySet<number>
  /** Content positions where the transcribed text stops before a gap (the last included). */
  readonly partEnds: ReadonlySet<number>
}

/**
 * A transcriber's mark for words left out: "[...]", "[…]", "[inaudible]", "[crosstalk]",
 * "[recording paused]". Text on either side of one is not continuous speech.
 */
const GAP_SOURCE =
  /\[\s*(?:\.{3}|…|inaudible|unintelligible|crosstalk|gap|break|cut|omitted|recording\b)[^\]]*\]/
    .source
const GAP = new RegExp(GAP_SOURCE, 'i')
const GAPS = new RegExp(GAP_SOURCE, 'gi')

const cache = new WeakMap<Transcript, Prepared>()

function encoder(codes: Map<string, string>): (key: string) => string {
  return (key) => {
    let c = codes.get(key)
    if (!c) {
      // Skip the surrogate range so every code is one UTF-16 unit.
      let n = 0x100 + codes.size
      if (n >= 0xd800) n += 0x800
      c = String.fromCharCode(n)
      codes.set(key, c)
    }
    return c
  }
}

function prepare(t: Transcript): Prepared {
  const hit = cache.get(t)
  if (hit) return hit
  // Gap marks are not speech: blanked at equal length, so offsets stay those of the text.
  const tokens = tokenize(t.text.replace(GAPS, (m) => ' '.repeat(m.length)))
  const codes = new Map<string, string>()
  const enc = encoder(codes)
  const content: number[] = []
  let encoded = ''
  tokens.forEach((tok, i) => {
    if (tok.filler) return
    content.push(i)
    encoded += enc(tok.key)
  })
  const partStarts = new Set<number>(content.length > 0 ? [0] : [])
  const partEnds = new Set<number>(content.length > 0 ? [content.length - 1] : [])
  for (let c = 1; c < content.length; c++) {
    const before = tokens[content[c - 1] as number] as Token
    const after = tokens[content[c] as number] as Token
    if (GAP.test(t.text.slice(before.end, after.start))) {
      partEnds.add(c - 1)
      partStarts.add(c)
    }
  }
  const p = { tokens, content, encoded, codes, partStarts, partEnds }
  cache.set(t, p)
  return p
}

/** Allowed word edits: none for very short quotes, then a third, then half of the words. */
function threshold(words: number): number {
  if (words <= 3) return 0
  if (words <= 8) return Math.floor(words / 3)
  return Math.floor(words / 2)
}

function speakerAt(t: Transcript, start: number, end: number): string | null {
  let best: TranscriptSegment | null = null
  let bestOverlap = -1
  for (const s of t.segments) {
    const overlap = Math.min(end, s.end) - Math.max(start, s.start)
    if (overlap > bestOverlap) {
      best = s
      bestOverlap = overlap
    }
  }
  return best?.speaker ?? null
}

/** The form "exact" compares: straight marks, one space, no leading/closing punctuation,
 *  the first letter's case ignored (a quote may start mid-sentence or end with a comma). */
function exactForm(s: string): string {
  const t = s
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[—–]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?…-]+|[\s"'.,;:!?…-]+$/g, '')
  return t.charAt(0).toLowerCase() + t.slice(1)
}

const NOT_FOUND: Omit<Alignment, 'diff'> = {
  label: 'not-found',
  matchStart: -1,
  matchEnd: -1,
  transcriptText: '',
  speaker: null,
  errors: -1,
}

/** One step of the word diff: the quote's and the passage's tokens it covers. */
interface Part {
  readonly op: 'same' | 'added' | 'removed'
  readonly q: number
  readonly p: number
}

/**
 * The word diff as parts, with a compound written apart or together ("skin care", "skincare",
 * "skin-care") counted as the same words: a change of spacing or hyphenation is a trivial edit.
 */
function compoundsAsSame(
  changes: readonly { added?: boolean; removed?: boolean; count?: number; value: string[] }[],
  passage: readonly Token[],
  quote: readonly Token[],
): Part[] {
  const out: Part[] = []
  let pi = 0
  let qi = 0
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i] as (typeof changes)[number]
    const n = c.count ?? c.value.length
    const next = changes[i + 1]
    if (next && ((c.removed && next.added) || (c.added && next.removed))) {
      const m = next.count ?? next.value.length
      const [p, q] = c.removed ? [n, m] : [m, n]
      const joined = (toks: readonly Token[]) => toks.map((t) => t.key).join('')
      if (joined(passage.slice(pi, pi + p)) === joined(quote.slice(qi, qi + q))) {
        out.push({ op: 'same', q, p })
        pi += p
        qi += q
        i++
        continue
      }
    }
    if (c.added) {
      out.push({ op: 'added', q: n, p: 0 })
      qi += n
    } else if (c.removed) {
      out.push({ op: 'removed', q: 0, p: n })
      pi += n
    } else {
      out.push({ op: 'same', q: n, p: n })
      qi += n
      pi += n
    }
  }
  return out
}

/**
 * Aligns a printed quote to a transcript: fuzzy, word by word (Myers' bit-parallel search over
 * words encoded as characters, fillers left out), then labels it. Exact: the same text up to
 * marks, spaces and the quote's first/last punctuation. Trivial edit: the same words, up to
 * punctuation, case, fillers and the spacing or hyphenation of a compound ("skin care"). Altered: words changed, added or dropped. Not found (not in
 * this transcript): more word edits than the threshold (none up to 3 words, a third up to 8,
 * half beyond); found only across a gap the transcriber marked ("[...]", "[inaudible]"); or
 * matching as far as the transcript (or a part between gaps) goes, with the rest of the quote
 * beyond its start or end: a transcript of part of an interview says nothing about the rest.
 */
export function alignQuote(
  quoteText: string,
  transcript: Transcript,
  opts: { speaker?: string | null } = {},
): Alignment {
  const p = prepare(transcript)
  const qTokens = tokenize(quoteText)
  const qContent = qTokens.filter((t) => !t.filler)
  if (qContent.length === 0 || p.encoded.length === 0) return { ...NOT_FOUND, diff: [] }
  // Quote words never said get codes of their own (not stored: the transcript's map stays clean).
  const local = new Map(p.codes)
  const enc = encoder(local)
  const pattern = qContent.map((t) => enc(t.key)).join('')
  const max = threshold(qContent.length)
  const matches = search(p.encoded, pattern, max)
  if (matches.length === 0) return { ...NOT_FOUND, diff: [] }
  let best: { start: number; end: number; errors: number; score: number } | null = null
  // Speech does not run on across a gap the transcriber marked: a quote found only across one
  // is not in what was transcribed.
  const gapEnds = [...p.partEnds]
  const crosses = (m: { start: number; end: number }) =>
    gapEnds.some((e) => e >= m.start && e < m.end - 1)
  for (const m of matches) {
    if (crosses(m) || m.end <= m.start) continue
    const first = p.tokens[p.content[m.start] as number] as Token
    const last = p.tokens[p.content[m.end - 1] as number] as Token
    const sp = speakerAt(transcript, first.start, last.end)
    const score =
      m.errors * 10 +
      Math.abs(m.end - m.start - pattern.length) +
      (opts.speaker && sp !== opts.speaker ? 1 : 0)
    if (!best || score < best.score) best = { ...m, score }
  }
  if (!best) return { ...NOT_FOUND, diff: [] }
  // Fillers just inside the passage edges are not part of what was quoted.
  const startTok = p.content[best.start] as number
  const endTok = p.content[best.end - 1] as number
  const first = p.tokens[startTok] as Token
  const last = p.tokens[endTok] as Token
  const passageTokens = p.tokens.slice(startTok, endTok + 1)
  const matchStart = first.start
  const matchEnd = last.end
  const transcriptText = transcript.text.slice(matchStart, matchEnd)
  const parts = compoundsAsSame(
    diffArrays(
      passageTokens.map((t) => t.key),
      qTokens.map((t) => t.key),
    ),
    passageTokens,
    qTokens,
  )
  const diff: DiffPart[] = []
  let pi = 0
  let qi = 0
  let wordEdits = 0
  let fillerOnly = true
  // Quote words before the passage's first or after its last word, and every other edit.
  let leadAdded = 0
  let trailAdded = 0
  let innerEdits = 0
  parts.forEach((c, n) => {
    const quoteToks = qTokens.slice(qi, qi + c.q)
    const passageToks = passageTokens.slice(pi, pi + c.p)
    const words = (toks: readonly Token[]) => toks.filter((t) => !t.filler).length
    if (c.op === 'added' && n === 0) leadAdded = words(quoteToks)
    else if (c.op === 'added' && n === parts.length - 1) trailAdded = words(quoteToks)
    else if (c.op === 'added') innerEdits += words(quoteToks)
    else if (c.op === 'removed') innerEdits += words(passageToks)
    if (c.op === 'removed') {
      diff.push({
        kind: 'removed',
        text: transcript.text.slice(
          passageToks[0]?.start ?? 0,
          passageToks[passageToks.length - 1]?.end ?? 0,
        ),
      })
    } else {
      diff.push({
        kind: c.op === 'added' ? 'added' : 'same',
        text: quoteText.slice(quoteToks[0]?.start ?? 0, quoteToks[quoteToks.length - 1]?.end ?? 0),
      })
    }
    if (c.op !== 'same') {
      const toks = c.op === 'added' ? quoteToks : passageToks
      if (toks.some((t) => !t.filler)) fillerOnly = false
      wordEdits += words(toks)
    }
    qi += c.q
    pi += c.p
  })
  // The quote runs on past where this transcript (or a part of it between gaps) begins or ends,
  // and what is here matches: the rest was not transcribed, so the quote is not in this
  // transcript rather than altered.
  const offEdge =
    innerEdits === 0 &&
    ((leadAdded > 0 && p.partStarts.has(best.start)) ||
      (trailAdded > 0 && p.partEnds.has(best.end - 1))) &&
    !(leadAdded > 0 && !p.partStarts.has(best.start)) &&
    !(trailAdded > 0 && !p.partEnds.has(best.end - 1))
  const label: AlignLabel =
    exactForm(quoteText) === exactForm(transcriptText)
      ? 'exact'
      : fillerOnly
        ? 'trivial-edit'
        : offEdge
          ? 'not-found'
          : 'altered'
  return {
    label,
    matchStart,
    matchEnd,
    transcriptText,
    speaker: speakerAt(transcript, matchStart, matchEnd),
    diff,
    errors: wordEdits,
  }
}

/** Aligns many quotes to one transcript; the transcript is tokenised once. */
export function alignQuotes(
  quotes: readonly (string | { readonly text: string; readonly speaker?: string | null })[],
  transcript: Transcript,
): Alignment[] {
  return quotes.map((q) =>
    typeof q === 'string'
      ? alignQuote(q, transcript)
      : alignQuote(q.text, transcript, { speaker: q.speaker ?? null }),
  )
}
