import { SPEECH_VERB_RE } from './lexicon'
import { paragraphs, wordCount, type Paragraph } from './text'

export type QuoteKind = 'direct' | 'qa-answer'

/** Where a Q&A answer sits: the first question of its section, and its "Name:" label if any. */
export interface QaPlace {
  /** Offset of the section's first question paragraph: the interviewee is introduced before it. */
  readonly sectionStart: number
  /** The answer's speaker label ("**Ruiz:**"), or null when answers are marked "A:" or not at all. */
  readonly label: string | null
}

/**
 * A quote found in a Markdown body.
 *
 * `start`/`end` are offsets of the quoted words, inside the quotation marks (for a Q&A answer:
 * the answer after its "A:" label). A quote running over several paragraphs spans all of them;
 * its `text` leaves out the opening marks repeated at each paragraph start and joins the
 * paragraphs with a blank line.
 *
 * A quote split by an attribution ("…," she says, "…") is reported as two quotes with the same
 * `groupId`, so that each part keeps its own offsets (for highlighting and for the transcript
 * check) while attribution treats the group as one utterance. The same holds for the
 * paragraphs of one Q&A answer. `groupId` is the index of the group's first quote.
 */
export interface DetectedQuote {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: QuoteKind
  /** Index of the (first) paragraph, counting headings as paragraphs. */
  readonly paragraph: number
  readonly groupId: number
  readonly qa?: QaPlace
}

type Mark = { pos: number; open: boolean }

const OPENERS = new Set(['“', '„', '«'])
const CLOSERS = new Set(['”', '»'])

/** Classifies a straight double quote as opening or closing by what stands around it. */
function straightIsOpening(text: string, i: number): boolean {
  let j = i - 1
  while (j >= 0 && (text[j] === '*' || text[j] === '_')) j--
  const prev = j < 0 ? '' : (text[j] ?? '')
  const next = text[i + 1] ?? ''
  if (prev === '' || /[\s([{—–\-/]/.test(prev)) return !(next === '' || /\s/.test(next))
  return false
}

function marksIn(text: string): Mark[] {
  const out: Mark[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    if (OPENERS.has(c)) out.push({ pos: i, open: true })
    else if (CLOSERS.has(c)) out.push({ pos: i, open: false })
    else if (c === '"') out.push({ pos: i, open: straightIsOpening(text, i) })
  }
  return out
}

/** The opening mark a continued paragraph starts with (after emphasis), or -1. */
function leadingOpener(text: string): number {
  const m = /^[\s*_>]*/.exec(text)
  const i = m ? m[0].length : 0
  const c = text[i] ?? ''
  return OPENERS.has(c) || (c === '"' && straightIsOpening(text, i)) ? i : -1
}

interface RawQuote {
  pieces: { start: number; end: number }[]
  paragraph: number
}

/** Pairs quotation marks paragraph by paragraph, carrying an unclosed quote into a paragraph
 *  that opens with a repeated mark (the multi-paragraph convention). */
function pairMarks(
  markdown: string,
  paras: readonly Paragraph[],
  skip: ReadonlySet<number>,
): RawQuote[] {
  const out: RawQuote[] = []
  let open: (RawQuote & { pieceStart: number }) | null = null
  for (const p of paras) {
    let marks = p.heading || p.rule || skip.has(p.index) ? [] : marksIn(p.text)
    if (open) {
      const lead = skip.has(p.index) || p.heading ? -1 : leadingOpener(p.text)
      if (lead >= 0) {
        open.pieceStart = p.start + lead + 1
        marks = marks.filter((m) => m.pos !== lead)
      } else {
        out.push({ pieces: open.pieces, paragraph: open.paragraph })
        open = null
      }
    }
    for (const m of marks) {
      if (m.open) {
        // A second opener while open: the first was a stray mark; restart from here.
        open = { pieces: [], paragraph: p.index, pieceStart: p.start + m.pos + 1 }
      } else if (open) {
        open.pieces.push({ start: open.pieceStart, end: p.start + m.pos })
        out.push({ pieces: open.pieces, paragraph: open.paragraph })
        open = null
      }
    }
    if (open) open.pieces.push({ start: open.pieceStart, end: p.end })
  }
  if (open) out.push({ pieces: open.pieces, paragraph: open.paragraph })
  return out.filter((q) => q.pieces.length > 0)
}

/** The sentence around [start, end) within its paragraph, without the quote itself. */
function sentenceContext(markdown: string, para: Paragraph, start: number, end: number): string {
  const before = markdown.slice(para.start, Math.max(para.start, start - 1))
  const after = markdown.slice(Math.min(para.end, end + 1), para.end)
  const b = before.split(/[.!?]["”]?\s+(?=\S)/).pop() ?? ''
  const a = /^[^.!?]*[.!?]?/.exec(after)?.[0] ?? ''
  return `${b} ${a}`
}

function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []
  const small = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'to', 'for', 'with'])
  return words.length > 0 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && small.has(w)))
}

// ------------------------------------------------------------------------------------------
// Q&A
// ------------------------------------------------------------------------------------------

const Q_MARK = /^(?:\*\*|__)?\s*(?:Q|Question)\s*(?:\*\*|__)?\s*[:.–—-]\s*(?:\*\*|__)?/
const A_MARK = /^(?:\*\*|__)?\s*(?:A|Answer)\s*(?:\*\*|__)?\s*[:.–—-]\s*(?:\*\*|__)?\s*/
const LABEL =
  /^(?:\*\*|__)?((?:Dr\.?\s+|Prof\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/u
const QA_CONTEXT =
  /\b(?:Q\s*&\s*A|questions?|interview(?:ed)?|asked|ask the|spoke (?:to|with)|edited (?:lightly |for )|lightly edited|conversation)\b|Q\s*&\s*A/i
/** In a paragraph (not a heading) only strong signals open a Q&A context. */
const QA_CONTEXT_PARA =
  /Q\s*&\s*A|\b(?:questions|interview|edited (?:lightly )?for (?:length|clarity)|lightly edited|condensed)\b/i

function boldQuestion(text: string): boolean {
  const t = text.trim()
  return /^(\*\*|__)[^*_]+\?\s*(\*\*|__)$/.test(t) || /^(\*\*|__)[^*_]+\?(\*\*|__)\s*$/.test(t)
}

function isQuestion(text: string, context: boolean): boolean {
  if (Q_MARK.test(text)) return true
  if (boldQuestion(text)) return true
  return context && /\?\s*(\*\*|__|\*|_)?$/.test(text.trim()) && wordCount(text) <= 60
}

interface QaAnswer {
  start: number
  end: number
  paragraph: number
  label: string | null
  sectionStart: number
  answerNo: number
}

/** Finds Q&A sections and their answer paragraphs. */
function findQa(paras: readonly Paragraph[]): { answers: QaAnswer[]; inQa: Set<number> } {
  const answers: QaAnswer[] = []
  const inQa = new Set<number>()
  let context = false
  let sectionStart = -1
  let answerNo = -1
  let labelled: { asker: string } | null = null
  let seenAnswerSinceQ = false
  let marked = false
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i] as Paragraph
    if (p.heading || p.rule) {
      context = QA_CONTEXT.test(p.text)
      sectionStart = -1
      labelled = null
      marked = false
      continue
    }
    const text = p.text
    if (sectionStart < 0) {
      // Name-labelled interviews: two labels alternating, one of them asking.
      const lab = labelledRun(paras, i)
      if (lab) {
        labelled = { asker: lab }
        sectionStart = p.start
      } else if (isQuestion(text, context)) {
        sectionStart = p.start
      } else {
        if (QA_CONTEXT_PARA.test(text)) context = true
        continue
      }
    }
    inQa.add(p.index)
    if (labelled) {
      const m = LABEL.exec(text)
      const label = m?.[1]?.trim() ?? null
      if (label === labelled.asker) {
        answerNo++
        continue
      }
      if (!m || !label) {
        // An unlabelled paragraph continues the previous speaker's turn only inside a run.
        const prev = answers[answers.length - 1]
        if (prev && prev.paragraph === p.index - 1) {
          answers.push({ ...prev, start: p.start, end: p.end, paragraph: p.index })
          continue
        }
        inQa.delete(p.index)
        sectionStart = -1
        labelled = null
        continue
      }
      answers.push({
        start: p.start + m[0].length,
        end: p.end,
        paragraph: p.index,
        label,
        sectionStart,
        answerNo,
      })
      continue
    }
    if (isQuestion(text, context)) {
      answerNo++
      seenAnswerSinceQ = false
      continue
    }
    const a = A_MARK.exec(text)
    if (a) marked = true
    if (!a && marked && !questionAhead(paras, i, context)) {
      // Marked answers ("A:") and no question left: the interview is over.
      inQa.delete(p.index)
      sectionStart = -1
      continue
    }
    if (!a && /^\*[^*].*\*$/.test(text.trim()) && !seenAnswerSinceQ) {
      // An italic editor's note right after a question is not an answer.
      inQa.delete(p.index)
      continue
    }
    if (!a && /^\*[^*].*\*$|^_[^_].*_$/.test(text.trim())) {
      inQa.delete(p.index)
      sectionStart = -1
      continue
    }
    seenAnswerSinceQ = true
    answers.push({
      start: p.start + (a ? a[0].length : 0),
      end: p.end,
      paragraph: p.index,
      label: null,
      sectionStart,
      answerNo,
    })
  }
  return { answers, inQa }
}

function questionAhead(paras: readonly Paragraph[], i: number, context: boolean): boolean {
  for (let j = i + 1; j < paras.length; j++) {
    const p = paras[j] as Paragraph
    if (p.heading || p.rule) return false
    if (isQuestion(p.text, context)) return true
  }
  return false
}

/** If paragraphs from i on are a labelled interview ("NAME: …" turns, one label asking),
 *  returns the asking label. */
function labelledRun(paras: readonly Paragraph[], i: number): string | null {
  const labels: { label: string; question: boolean }[] = []
  const first = paras[i] as Paragraph
  if (Q_MARK.test(first.text) || A_MARK.test(first.text)) return null
  for (let j = i; j < paras.length && labels.length < 8; j++) {
    const p = paras[j] as Paragraph
    if (p.heading || p.rule) break
    const m = LABEL.exec(p.text)
    const label = m?.[1]?.trim()
    if (!m || !label || label.length > 40) {
      if (labels.length === 0) return null
      continue
    }
    labels.push({ label, question: /\?\s*(\*\*|__)?$/.test(p.text.trim()) })
  }
  const distinct = [...new Set(labels.map((l) => l.label))]
  if (labels.length < 3 || distinct.length < 2) return null
  let best: string | null = null
  let bestRatio = 0
  for (const d of distinct) {
    const mine = labels.filter((l) => l.label === d)
    const ratio = mine.filter((l) => l.question).length / mine.length
    if (ratio > bestRatio) {
      bestRatio = ratio
      best = d
    }
  }
  return bestRatio >= 0.5 ? best : null
}

// ------------------------------------------------------------------------------------------

/** Whether the sentence holding the quote has a verb of saying (an attribution). */
function attributed(markdown: string, para: Paragraph, start: number, end: number): boolean {
  return SPEECH_VERB_RE.test(sentenceContext(markdown, para, start, end))
}

/**
 * Finds direct quotes and Q&A answers in a Markdown body.
 *
 * Decisions: only double marks (straight, curly, guillemets) open a quote, so single marks
 * inside are nested quotes or apostrophes and never reported; a quoted span of one to three
 * words, or one in title case (a book or product name), counts only when its sentence has a
 * verb of saying ("Absolutely," she said) and is otherwise a scare quote or a title.
 */
export function detectQuotes(markdown: string): DetectedQuote[] {
  const paras = paragraphs(markdown)
  const { answers, inQa } = findQa(paras)
  const raw = pairMarks(markdown, paras, inQa)

  type Item = Omit<DetectedQuote, 'groupId'> & { key: string; gapOk: boolean }
  const items: Item[] = []
  for (const q of raw) {
    const first = q.pieces[0] as { start: number; end: number }
    const last = q.pieces[q.pieces.length - 1] as { start: number; end: number }
    const text = q.pieces
      .map((pc) => markdown.slice(pc.start, pc.end).trim())
      .join('\n\n')
      .trim()
    if (!/[\p{L}\p{N}]/u.test(text)) continue
    const para = paras[q.paragraph] as Paragraph
    const short = wordCount(text) <= 3 || (q.pieces.length === 1 && isTitleCase(text))
    if (short && !attributed(markdown, para, first.start, last.end)) continue
    items.push({
      start: first.start,
      end: last.end,
      text,
      kind: 'direct',
      paragraph: q.paragraph,
      key: 'd',
      gapOk: false,
    })
  }
  for (const a of answers) {
    const text = markdown.slice(a.start, a.end).trim()
    if (!/[\p{L}\p{N}]/u.test(text)) continue
    const lead =
      markdown.slice(a.start, a.end).length - markdown.slice(a.start, a.end).trimStart().length
    items.push({
      start: a.start + lead,
      end: a.start + lead + text.length,
      text,
      kind: 'qa-answer',
      paragraph: a.paragraph,
      qa: { sectionStart: a.sectionStart, label: a.label },
      key: `qa${a.sectionStart}:${a.answerNo}:${a.label ?? ''}`,
      gapOk: false,
    })
  }
  items.sort((x, y) => x.start - y.start)

  const out: DetectedQuote[] = []
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item
    const prev = out[out.length - 1]
    let groupId = out.length
    if (prev && it.kind === 'qa-answer' && prev.kind === 'qa-answer') {
      const prevItem = items[i - 1] as Item
      if (prevItem.key === it.key && prev.paragraph === it.paragraph - 1) groupId = prev.groupId
    } else if (
      prev &&
      it.kind === 'direct' &&
      prev.kind === 'direct' &&
      prev.paragraph === it.paragraph
    ) {
      // Split by an attribution: only a short clause with a verb of saying between the parts.
      const gap = markdown.slice(prev.end + 1, it.start - 1)
      if (wordCount(gap) <= 30 && SPEECH_VERB_RE.test(gap) && !/["“”]/.test(gap)) {
        groupId = prev.groupId
      }
    }
    const { key: _k, gapOk: _g, ...rest } = it
    out.push({ ...rest, groupId })
  }
  return out
}
