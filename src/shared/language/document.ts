import { buildEntities, linkHosts, type Entity } from './entities'
import { maskMarkup, type Setting } from './markup'
import { shareSurnames } from './coordination'
import {
  addSurnameOpeners,
  dropSentenceCapitals,
  findMentions,
  joinSentenceOpeners,
  type Mention,
} from './mentions'
import { readSentences, type Sentence } from './nlp'
import { assignRoles, type ParagraphRole } from './structure'

/** One paragraph of the body: its place, its masked text, how it is set and what it is. */
export interface DocParagraph {
  readonly index: number
  readonly start: number
  readonly end: number
  /** The body's text of the paragraph with Markdown markup blanked to spaces (same length). */
  readonly text: string
  readonly setting: Setting
  readonly sentences: readonly Sentence[]
  role: ParagraphRole
}

/** A body read once for every analyser: paragraphs with roles, sentences, names and entities. */
export interface Doc {
  readonly body: string
  /** The whole body with markup blanked (same length as body). */
  readonly masked: string
  readonly paragraphs: readonly DocParagraph[]
  readonly mentions: readonly Mention[]
  readonly entities: readonly Entity[]
  /** The interviewee of a Q&A, when the piece has one. */
  readonly interviewee: Entity | null
  /** Labels that mark the interviewer's questions in a Q&A ("Q", the magazine's name). */
  readonly interviewerLabels: ReadonlySet<string>
  /** Labels that mark the interviewee's answers ("A", her name). */
  readonly intervieweeLabels: ReadonlySet<string>
}

/** The body's paragraphs: blocks between blank lines; list items, headings and quotes one each. */
export function splitParagraphs(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let i = 0
  const lines: { start: number; end: number }[] = []
  while (i <= body.length) {
    const nl = body.indexOf('\n', i)
    const end = nl < 0 ? body.length : nl
    lines.push({ start: i, end })
    if (nl < 0) break
    i = nl + 1
  }
  let open: { start: number; end: number } | null = null
  for (const line of lines) {
    const text = body.slice(line.start, line.end)
    if (text.trim() === '') {
      if (open) out.push(open)
      open = null
      continue
    }
    const standalone = /^\s*(#{1,6}\s|>|[-*+]\s|\d+[.)]\s|\|)/.test(text)
    if (open && !standalone) {
      open.end = line.end
      continue
    }
    if (open) out.push(open)
    open = { start: line.start, end: line.end }
    if (standalone) {
      out.push(open)
      open = null
    }
  }
  if (open) out.push(open)
  // Trim leading and trailing white space off each paragraph.
  return out.map(({ start, end }) => {
    while (start < end && /\s/.test(body[start] ?? '')) start++
    while (end > start && /\s/.test(body[end - 1] ?? '')) end--
    return { start, end }
  })
}

let memo: { body: string; doc: Doc } | null = null

/**
 * The body with each paragraph's text (markup masked) written over it at the paragraph's start:
 * pieces joined once, not the body split into a character array (5,000,000 strings for a long
 * draft). A masked text longer than its paragraph, or paragraphs out of order, take the
 * character-by-character way, which gives the same in every case.
 */
function maskedBody(body: string, paragraphs: readonly DocParagraph[]): string {
  let pos = 0
  const pieces: string[] = []
  for (const p of paragraphs) {
    if (p.start < pos || p.text.length > p.end - p.start) return maskedByChar(body, paragraphs)
    pieces.push(body.slice(pos, p.start), p.text)
    pos = p.start + p.text.length
  }
  pieces.push(body.slice(pos))
  return pieces.join('')
}

function maskedByChar(body: string, paragraphs: readonly DocParagraph[]): string {
  const chars = body.split('')
  for (const p of paragraphs)
    for (let k = 0; k < p.text.length; k++) chars[p.start + k] = p.text[k] ?? ' '
  return chars.join('')
}

/** A paragraph as the language model reads it: its text on one line, and where it starts. */
export interface ParagraphText {
  /** The paragraph's masked text with its line breaks as spaces (what readSentences reads). */
  readonly flat: string
  readonly start: number
}

/**
 * Reads the sentences of every paragraph, in order: readSentences on each, or the same got
 * another way (two analysis threads sharing the work: src/core/analysis/shared-reading.ts).
 */
export type SentenceReader = (paragraphs: readonly ParagraphText[]) => Sentence[][]

const readEach: SentenceReader = (paragraphs) =>
  paragraphs.map((p) => readSentences(p.flat, p.start))

function maskedParagraphs(body: string): (ReturnType<typeof maskMarkup> & ParagraphBounds)[] {
  return splitParagraphs(body).map((p) => ({ ...p, ...maskMarkup(body.slice(p.start, p.end)) }))
}

type ParagraphBounds = ReturnType<typeof splitParagraphs>[number]

const flatOf = (p: { text: string; start: number }): ParagraphText => ({
  flat: p.text.replace(/\n/g, ' '),
  start: p.start,
})

/** The paragraphs of a body as a SentenceReader is given them. */
export function paragraphTexts(body: string): ParagraphText[] {
  return maskedParagraphs(body).map(flatOf)
}

/**
 * Reads a body once; the quotes, claims and disclosure analysers share the result. `reader`
 * says how the language model's sentences are got (each paragraph read here, by default).
 */
export function readDocument(body: string, reader: SentenceReader = readEach): Doc {
  if (memo?.body === body) return memo.doc
  const masked = maskedParagraphs(body)
  const sentences = reader(masked.map(flatOf))
  const paragraphs: DocParagraph[] = masked.map((p, index) => ({
    index,
    start: p.start,
    end: p.end,
    text: p.text,
    setting: p.setting,
    sentences: sentences[index] ?? [],
    role: 'body',
  }))
  const all = paragraphs.flatMap((p) => p.sentences)
  const mentions = shareSurnames(
    addSurnameOpeners(
      dropSentenceCapitals(
        joinSentenceOpeners(paragraphs.flatMap((p) => p.sentences.flatMap(findMentions))),
        all,
      ),
      all,
    ),
  )
  const entities = buildEntities(mentions, linkHosts(body))
  const roles = assignRoles(paragraphs, entities)
  const doc: Doc = {
    body,
    masked: maskedBody(body, paragraphs),
    paragraphs,
    mentions,
    entities,
    ...roles,
  }
  memo = { body, doc }
  return doc
}
