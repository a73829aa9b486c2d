import type { Doc, DocParagraph } from '../language/document'
import { personLike } from '../language/entities'
import { indexOf, lastBefore } from '../language/indexes'
import { CLAIM_VERBS, PERSON_NOUNS, SPEECH_VERBS } from '../language/lexicon'
import { unnamedNoun } from '../language/reference'
import type { DetectedQuote } from './detect'
import { blockSign, dateStamp, isCreditLine } from './speakers'

/** A quoted stretch of one paragraph: inside its marks, with the mark style that opened it. */
interface Piece {
  start: number
  end: number
  style: 'double' | 'single' | 'block'
  /** Closed by a mark in this paragraph (false: runs to the paragraph's end). */
  closed: boolean
  paragraph: DocParagraph
}

const DOUBLE_OPEN = new Set(['“', '„', '«'])
const DOUBLE_CLOSE = new Set(['”', '»'])
const isLetter = (c: string) => /[\p{L}\p{N}]/u.test(c)
const isSpace = (c: string) => c === '' || /\s/.test(c)

/** What a quotation mark at `i` can be: opening, closing or neither (an apostrophe). */
function markAt(
  t: string,
  i: number,
): { style: 'double' | 'single'; open: boolean; weak?: boolean } | null {
  const c = t[i] ?? ''
  const prev = t[i - 1] ?? ''
  const next = t[i + 1] ?? ''
  if (DOUBLE_OPEN.has(c)) return { style: 'double', open: true }
  if (DOUBLE_CLOSE.has(c)) return { style: 'double', open: false }
  if (c === '"') return { style: 'double', open: isSpace(prev) || /[([{—–\-/]/.test(prev) }
  if (c === '‘')
    return isLetter(next) || /["“‘.…]/.test(next) ? { style: 'single', open: true } : null
  if (c === '’' || c === "'") {
    // "rock ’n’ roll": both marks around the n are apostrophes.
    if (
      (next === 'n' && (t[i + 2] === '’' || t[i + 2] === "'")) ||
      (prev === 'n' && (t[i - 2] === '’' || t[i - 2] === "'"))
    )
      return null
    // Inside a word (don’t, Velisse’s) it is an apostrophe.
    if (isLetter(prev) && isLetter(next)) return null
    if (c === "'" && (isSpace(prev) || /[([{—–\-/]/.test(prev)) && isLetter(next))
      return { style: 'single', open: true }
    if (isSpace(prev) || isLetter(next)) return null
    // After a plural (patients’ shelves) it may be a possessive: a weak closer.
    const weak = /s/i.test(prev) && isSpace(next) && !/[.,!?…]/.test(prev)
    return { style: 'single', open: false, weak }
  }
  return null
}

/**
 * Every character markAt can read as a mark: the scans below look at these alone, not at every
 * character of the draft (markAt is null everywhere else).
 */
const MARK_CHARS = /[“„«”»"‘’']/g

/** Each position in `t` that holds a quotation mark or an apostrophe, in order. */
function markPositions(t: string): number[] {
  const out: number[] = []
  MARK_CHARS.lastIndex = 0
  for (let m = MARK_CHARS.exec(t); m; m = MARK_CHARS.exec(t)) out.push(m.index)
  return out
}

/** The document's main quotation style: British pieces open quotes with single marks. */
function mainStyle(doc: Doc): 'double' | 'single' {
  let doubles = 0
  let singles = 0
  for (const p of doc.paragraphs) {
    for (const i of markPositions(p.text)) {
      const m = markAt(p.text, i)
      if (!m?.open) continue
      if (m.style === 'double') doubles++
      else singles++
    }
  }
  return singles > doubles * 1.5 && singles >= 2 ? 'single' : 'double'
}

/** Pairs the marks of one paragraph: top-level quotes of the main style, the other style nested. */
function piecesOf(
  p: DocParagraph,
  style: 'double' | 'single',
  continued: boolean,
  stray: ReadonlySet<number> = new Set(),
): Piece[] {
  const t = p.text
  const out: Piece[] = []
  let open: { start: number; style: 'double' | 'single' } | null = null
  let nested = 0
  const marks: { i: number; m: NonNullable<ReturnType<typeof markAt>> }[] = []
  for (const i of markPositions(t)) {
    const m = markAt(t, i)
    if (m && !stray.has(i)) marks.push({ i, m })
  }
  // A continued quote (multi-paragraph) opens again at the paragraph's first mark.
  let k = 0
  if (continued) {
    const first = marks[0]
    if (first && first.m.open && first.m.style === style && t.slice(0, first.i).trim() === '') {
      open = { start: first.i + 1, style }
      k = 1
    }
  }
  for (; k < marks.length; k++) {
    const entry = marks[k] as (typeof marks)[number]
    const i = entry.i
    // German-style marks open low („) and close with the mark English opens with (“).
    const m: typeof entry.m =
      open && t[i] === '“' && t[open.start - 1] === '„' ? { style: 'double', open: false } : entry.m
    if (!open) {
      if (m.open) open = { start: i + 1, style: m.style }
      continue
    }
    if (m.style !== open.style) {
      if (m.open) nested++
      else if (nested > 0) nested--
      continue
    }
    if (m.open) {
      // Same style opening again inside: a nested quote in the same marks, or a stray mark.
      if (open.style === 'single') nested++
      else open = { start: i + 1, style: m.style }
      continue
    }
    if (nested > 0) {
      nested--
      continue
    }
    // A weak closer (a plural possessive) closes only if no better closer follows before the next opener.
    if (m.weak) {
      const better = marks.slice(k + 1).find((x) => x.m.style === open?.style)
      if (better && !better.m.open) continue
    }
    out.push({
      start: p.start + open.start,
      end: p.start + i,
      style: open.style,
      closed: true,
      paragraph: p,
    })
    open = null
    nested = 0
  }
  // "'Tis the season, and Ana Ruiz … “I sold out,” she said": a mark of the other style that
  // opens at the top level and never closes in its paragraph is an elision or a stray mark (only
  // the piece's main style runs on into the next paragraph); pair the rest without it.
  if (open && open.style !== style && stray.size < 3)
    return piecesOf(p, style, continued, new Set([...stray, open.start - 1]))
  if (open)
    out.push({
      start: p.start + open.start,
      end: p.end,
      style: open.style,
      closed: false,
      paragraph: p,
    })
  return out
}

const TITLE_CUE =
  /\b(titled|entitled|called|named|dubbed|so-called|headlined|hashtag|search(es|ed)? for|(the|a|an|her|his|their|its|our|my|your|new|latest|debut) (new |latest |debut |first |second |next |hit )?(song|book|novel|film|movie|podcast|episode|show|series|album|campaign|slogan|tagline|ad|advert|column|report|study|paper|article|sign|banner|term|phrase|word|label|brand|range|line|collection|menu|exhibit|exhibition|play|poem|game|app|programme|program))\s*$/i

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

/** Tokens of the paragraph's sentences that lie outside every piece: the frame around quotes. */
function speechNear(
  doc: Doc,
  piece: Piece,
  pieces: readonly Piece[],
): { speech: boolean; claim: boolean; colon: boolean } {
  const p = piece.paragraph
  const inside = (pos: number) =>
    pieces.some((q) => q.paragraph === p && pos >= q.start && pos < q.end)
  const sentence = p.sentences.filter((s) => s.end > piece.start - 2 && s.start < piece.end + 2)
  const from = Math.min(...sentence.map((s) => s.start), piece.start)
  const to = Math.max(...sentence.map((s) => s.end), piece.end)
  const toks = p.sentences
    .flatMap((s) => s.tokens)
    .filter((t) => t.start >= from - 1 && t.end <= to + 1 && !inside(t.start))
  const near = toks.filter((t) =>
    t.end <= piece.start ? piece.start - t.end < 120 : t.start - piece.end < 120,
  )
  const before = doc.body.slice(Math.max(p.start, piece.start - 4), piece.start - 1)
  return {
    speech:
      near.some((t) => SPEECH_VERBS.has(t.lower) && t.pos !== 'NOUN' && t.pos !== 'PROPN') ||
      /\baccording to\b/i.test(doc.body.slice(from, piece.start)),
    // "markets it as …": the verb, not the noun ("the clean label").
    // "markets it as “…”": a verb of claiming just before the quote ("so-called" is not one).
    claim: toks
      .filter((t) => t.end <= piece.start)
      .slice(-8)
      .some(
        (t, i, xs) =>
          CLAIM_VERBS.has(t.lower) &&
          (t.pos === 'VERB' || t.pos === 'AUX') &&
          xs[i - 1]?.text !== '-',
      ),
    colon: /:\s*$/.test(before),
  }
}

/**
 * The spans inside quotation marks, by paragraph index, paired as findQuotes pairs them (the
 * piece's main style at the top level, apostrophes left alone, a quote left open carried into
 * the next paragraph that opens with its mark); titles and scare quotes included.
 */
export function markedSpans(doc: Doc): Map<number, { start: number; end: number }[]> {
  const style = mainStyle(doc)
  const out = new Map<number, { start: number; end: number }[]>()
  let carrying = false
  for (const p of doc.paragraphs) {
    const found = piecesOf(p, style, carrying)
    const last = found[found.length - 1]
    carrying = !!last && !last.closed
    if (found.length > 0)
      out.set(
        p.index,
        found.map((q) => ({ start: q.start, end: q.end })),
      )
  }
  return out
}

/**
 * Whether the quotation marks in a block quote hold words the block's writer quotes, not the
 * block's own speech: a reader's letter set apart ("… Friends tell us rates "can only go down."
 * My dad says …") or a pull quote with a phrase in marks. The marks hold a small part of the
 * paragraph, none of them is a quote split by an attribution ("“…,” she said") or introduced by a
 * colon, so the block is one quote and the marked words are nested in it.
 */
function nestedOnly(doc: Doc, p: DocParagraph, found: readonly Piece[]): boolean {
  if (found.some((f) => !f.closed)) return false
  const inside = found.reduce((n, f) => n + words(doc.body.slice(f.start, f.end)), 0)
  const outside = words(p.text) - inside
  if (outside < 8 || outside < 2 * inside) return false
  return !found.some(
    (f) =>
      /,\s*$/.test(doc.body.slice(f.start, f.end)) ||
      /:\s*["“‘']?\s*$/.test(doc.body.slice(p.start, f.start)),
  )
}

/**
 * Finds direct quotes (double or single marks, straight or curly, British style with nested
 * double marks, continued over paragraphs, split by attributions), blockquoted posts and Q&A
 * answers, on a document read by the language layer. Scare quotes and titles are left out.
 */
export function findQuotes(doc: Doc): DetectedQuote[] {
  const style = mainStyle(doc)
  const pieces: Piece[] = []
  let carrying = false
  for (const p of doc.paragraphs) {
    // A headline may be a pull quote ("“Light is the loudest clock”: a biologist on …").
    const readable =
      p.role === 'body' ||
      p.role === 'standfirst' ||
      p.role === 'caption' ||
      p.role === 'heading' ||
      p.role === 'headline'
    if (!readable) {
      carrying = false
      continue
    }
    const found = piecesOf(p, style, carrying)
    // An unclosed piece continues when the next paragraph opens with the same mark.
    const last = found[found.length - 1]
    carrying = !!last && !last.closed
    // A line under a block quote that only names its author is the attribution, not a quote.
    if (
      p.setting.blockquote &&
      found.length === 0 &&
      (isCreditLine(doc, p) ||
        blockSign(doc, p) ||
        dateStamp(p.text) ||
        // "Dear Ola,": a letter's greeting on its own line says nothing.
        /^[*_]*(?:dear|hi|hello)\s+[\p{L} .'’-]{1,40},?[*_]*$/iu.test(p.text.trim()))
    )
      continue
    if (
      (found.length === 0 || (p.setting.blockquote && nestedOnly(doc, p, found))) &&
      p.text.trim().length > 0 &&
      (p.setting.blockquote || reproduced(doc, p))
    ) {
      const lead = p.text.length - p.text.trimStart().length
      pieces.push({ start: p.start + lead, end: p.end, style: 'block', closed: true, paragraph: p })
      continue
    }
    pieces.push(...found)
  }
  const perParagraph = new Map<number, Piece[]>()
  for (const piece of pieces)
    perParagraph.set(piece.paragraph.index, [
      ...(perParagraph.get(piece.paragraph.index) ?? []),
      piece,
    ])
  const kept: (Piece & { text: string })[] = []
  for (const piece of pieces) {
    let { start, end } = piece
    while (start < end && /\s/.test(doc.body[start] ?? '')) start++
    while (end > start && /[\s*_]/.test(doc.body[end - 1] ?? '')) end--
    const text = doc.body.slice(start, end)
    if (!/[\p{L}\p{N}]/u.test(text)) continue
    const n = words(text)
    // A quote may end with a quote nested in it ('And she said, "Yes, but it's ours."').
    const bare = text.replace(/[*_\s"”’']+$/, '')
    const punct = /[,.!?…]$/.test(bare)
    const cue = speechNear(doc, piece, perParagraph.get(piece.paragraph.index) ?? [])
    const lead = doc.masked.slice(piece.paragraph.start, start - 1)
    // "what one neighbour called “bribery, but delicious.”": a person calling something so is
    // speaking; "a podcast called “…”" names a title.
    const titled =
      TITLE_CUE.test(lead.trimEnd()) &&
      !(n >= 2 && personCalls(doc, piece, start)) &&
      !(n >= 3 && cue.speech && predicateOpens(piece, start))
    // "labelled “smooth” or “velvety”": single words quoted side by side are words mentioned.
    // "the council sign at the slipway is blunt: ‘Do not …’": words on a sign are no one's speech.
    const listed = (n === 1 && termList(doc, start, end)) || inscription(piece, start)
    const titleCase =
      n <= 8 &&
      !punct &&
      text
        .split(/\s+/)
        .every(
          (w) => !/^\p{Ll}/u.test(w) || /^(of|the|a|an|and|in|on|to|for|with|at|by|or)$/.test(w),
        )
    const standalone =
      doc.masked.slice(piece.paragraph.start, piece.paragraph.end).trim().length <= text.length + 4
    // A headline that opens with a quote and a colon ("“Light is the loudest clock”: a
    // biologist on …") leads with a pull quote.
    const para = piece.paragraph
    const pullQuote =
      (para.role === 'headline' || para.setting.heading === 1) &&
      doc.masked.slice(para.start, start).replace(/[\s#“"‘'*_]/g, '') === '' &&
      /^[”"’'*_]*\s*[:|—–-]/.test(doc.masked.slice(end, end + 6)) &&
      n >= 2
    let isQuote: boolean
    if (listed && !standalone) isQuote = false
    else if (piece.style === 'block' || standalone || !piece.closed || pullQuote) isQuote = true
    // "Critic Ana Ruiz called the show “his strongest work in years”": a person calling
    // something so, with what is called between, speaks; a title would be in title case, or
    // open with a capital in sentence case ('called her debut novel “A year in the garden”').
    else if (!titleCase && n >= 3 && /^\p{Ll}/u.test(text) && personCallsObject(doc, piece, start))
      isQuote = true
    // "what Korvel calls a ‘broadcast-grade’ capsule", "Korvel markets the band as “all-day
    // comfort”": a company's own wording for its goods is its marketing copy, however short.
    else if (n <= 6 && /^\p{Ll}/u.test(text) && companyWording(doc, piece, start)) isQuote = true
    else if (titled || (titleCase && !cue.speech)) isQuote = false
    // "anything labelled “light” olive oil", "so-called “clean” beauty brands": one or two words
    // in marks that go on into a noun are a term the noun phrase uses, not speech.
    else if (n <= 2 && !punct && beforeNoun(piece, end)) isQuote = false
    else if (n >= 5 && (punct || cue.speech || cue.colon || cue.claim)) isQuote = true
    // "Fennick said that Tamsworth … accounted for 38 percent of its sales, and that losing it
    // “could materially harm” its business": a fragment opening with a modal or a verb, in a
    // clause a verb of saying further back in its sentence reports, is the source's words.
    else if (n >= 2 && n <= 6 && !titled && reportedFragment(piece, start)) isQuote = true
    else if (n >= 8) isQuote = true
    // A whole quoted sentence ("It is damage.") is speech; scare quotes and titles are not sentences.
    else if (/^[“"‘']?\p{Lu}/u.test(text) && /[.!?…]$/.test(bare) && n >= 2) isQuote = true
    else
      isQuote =
        ((cue.speech || cue.claim || cue.colon) && (punct || n >= 2 || cue.claim)) ||
        (n === 1 && reportedPredicate(piece, start))
    if (isQuote) kept.push({ ...piece, start, end, text })
  }
  const out: DetectedQuote[] = []
  for (const piece of kept) {
    const prev = out[out.length - 1]
    const prevPiece = kept[out.length - 1]
    let groupId = out.length
    if (prev && prevPiece) {
      const sameParagraph = prevPiece.paragraph === piece.paragraph
      const continued = !prevPiece.closed && piece.paragraph.index === prevPiece.paragraph.index + 1
      // Split by an attribution ("…,” she said, “…”), or the next paragraph of the same quote.
      // (The words between are read only inside one paragraph: between two quotes paragraphs
      // apart they were the text of every paragraph between.)
      const attribution = () => {
        const gap = doc.masked.slice(prev.end, piece.start)
        return (
          words(gap) <= 12 &&
          [...gap.toLowerCase().matchAll(/\p{L}+/gu)].some((m) => SPEECH_VERBS.has(m[0]))
        )
      }
      if (continued || (sameParagraph && attribution())) groupId = prev.groupId
    }
    out.push({
      start: piece.start,
      end: piece.end,
      text: piece.text,
      kind: 'direct',
      paragraph: piece.paragraph.index,
      groupId,
    })
  }
  // Q&A answers: the paragraph after its label; consecutive answer paragraphs are one group.
  let prevAnswer = -2
  let prevLabel: string | null = null
  let group = -1
  for (const p of doc.paragraphs) {
    // "Q: Favourite knife? A: A cheap one that's sharp.": the answer shares the question's line.
    if (p.role === 'question') {
      const inline = /\?["”’]?\s+(?:\*\*|__)?A\s*[:.](?:\*\*|__)?\s+/.exec(p.text)
      if (inline) {
        const start = p.start + inline.index + inline[0].length
        let end = p.end
        while (end > start && /[\s*_]/.test(doc.body[end - 1] ?? '')) end--
        if (end > start) {
          if (p.index !== prevAnswer + 1) group = out.length
          prevAnswer = p.index
          out.push({
            start,
            end,
            text: doc.body.slice(start, end),
            kind: 'qa-answer',
            paragraph: p.index,
            groupId: group,
            qa: { sectionStart: p.start, label: null },
          })
        }
      }
      continue
    }
    if (p.role !== 'answer') continue
    const labelLength = labelEnd(doc, p)
    let start = p.start + labelLength
    while (start < p.end && /[\s*_]/.test(doc.masked[start] ?? '')) start++
    let end = p.end
    while (end > start && /[\s*_]/.test(doc.body[end - 1] ?? '')) end--
    if (end <= start) continue
    if (p.index !== prevAnswer + 1) {
      group = out.length
      prevLabel = null
    }
    prevAnswer = p.index
    // In a labelled transcript an unlabelled paragraph goes on with the label above it
    // ("**BECK:** It grinds …" then "I ought to say first …" is still Beck's).
    const own = doc.intervieweeLabels.size > 0 ? labelText(doc, p) : null
    const label: string | null = own ?? (labelLength === 0 ? prevLabel : null)
    prevLabel = label
    out.push({
      start,
      end,
      text: doc.body.slice(start, end),
      kind: 'qa-answer',
      paragraph: p.index,
      groupId: group,
      qa: {
        sectionStart: p.start,
        label,
      },
    })
  }
  out.sort((a, b) => a.start - b.start)
  // Group ids point at the first quote of the group after sorting.
  const first = new Map<number, number>()
  return out.map((q, i) => {
    if (!first.has(q.groupId)) first.set(q.groupId, i)
    return { ...q, groupId: first.get(q.groupId) ?? i }
  })
}

/**
 * Whether a quote opens with a verb in lower case ("said the study “followed the same standards
 * …”", "the report “shows that …”"): the noun before it is the subject of the quoted words, not
 * a title they name (titles open with a capital or a noun).
 */
function predicateOpens(piece: Piece, start: number): boolean {
  const first = piece.paragraph.sentences.flatMap((s) => s.tokens).find((t) => t.start >= start)
  return (
    !!first &&
    first.start === start &&
    /^\p{Ll}/u.test(first.text) &&
    (first.pos === 'VERB' || first.pos === 'AUX')
  )
}

const COPULA = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being'])

/** Modals that open a reported predicate ("“could materially harm”", "“would not survive”"). */
const MODALS = new Set('could would might may must should will can shall'.split(' '))

/**
 * Whether a short quoted fragment opens with a modal in lower case, in a sentence whose verb of
 * saying (a verb, said of someone: "Fennick said that …", "the board warned …") comes before
 * it, however far back, with no full stop between: the fragment is that source's reported words.
 * Not after a title or a document noun, and not a term: a term is a noun phrase ("“light”
 * olive oil"), never a modal's predicate.
 */
function reportedFragment(piece: Piece, start: number): boolean {
  const at = tokensBefore(piece, start)
  if (!at) return false
  const { sentence, before } = at
  const word = sentence.tokens.find((t) => t.start >= start)
  if (!word || word.start !== start || !MODALS.has(word.text)) return false
  const verb = before.findLastIndex(
    (t) =>
      t.pos === 'VERB' && SPEECH_VERBS.has(t.lower) && !/^(?:called|calls|call)$/.test(t.lower),
  )
  if (verb < 1) return false
  return !before.some((t) => DOCUMENTS.has(t.lower) || INSCRIBED.has(t.lower))
}

/**
 * Whether a one-word quote is the predicate of a clause someone is reported saying: after "is"
 * or "was", in the clause a verb of saying opens ("shouted that the council was “robbing”
 * residents", "told the hearing the scheme was “unworkable”"). Not when a comma, a semicolon or
 * "but/though/while" ends the reported clause before the copula ("The council said the plan was
 * ready, but the consultation was “ongoing”": the writer's scare quote), nor when what says it
 * is a document, a label or a website ("the company's website says the drink is “natural”",
 * "According to the brochure, which says the view is “unrivalled”").
 */
function reportedPredicate(piece: Piece, start: number): boolean {
  const at = tokensBefore(piece, start)
  if (!at) return false
  const { sentence, before } = at
  const word = sentence.tokens.find((t) => t.start >= start)
  if (!word || !/^\p{Ll}/u.test(word.text) || !COPULA.has(before.at(-1)?.lower ?? '')) return false
  const verb = before.findLastIndex(
    (t, i) =>
      i < before.length - 1 &&
      t.pos === 'VERB' &&
      SPEECH_VERBS.has(t.lower) &&
      t.lower !== 'called',
  )
  if (verb < 0) return false
  const reported = before.slice(verb + 1, -1)
  if (reported.some((t) => /^[,;:—–()]$/.test(t.text) || CLAUSE_BREAK.has(t.lower))) return false
  return !before.some((t) => DOCUMENTS.has(t.lower) || INSCRIBED.has(t.lower))
}

/**
 * Whether the quoted words modify the common noun right after the closing mark: the last quoted
 * word an adjective or a noun ("“light” olive oil"), not a verb ("was “robbing” residents").
 */
function beforeNoun(piece: Piece, end: number): boolean {
  const sentence = piece.paragraph.sentences.find((s) => s.start <= end && end < s.end)
  const words = sentence?.tokens.filter(
    (t) => t.start >= piece.start && t.end <= end && /[\p{L}\p{N}]/u.test(t.text),
  )
  const last = words?.at(-1)
  if (!last || !['ADJ', 'NOUN'].includes(last.pos)) return false
  // A quoted noun phrase with its own article ("called it “a travesty” moments after") is
  // whole, not a modifier of what follows.
  if (words?.[0] && words.length > 1 && ['DET', 'PRON'].includes(words[0].pos)) return false
  const next = sentence?.tokens.find((t) => t.start > end && !/^[”"’'*_]+$/.test(t.text))
  if (!next || !/^\p{Ll}/u.test(next.text) || next.pos !== 'NOUN') return false
  // A noun of time after the marks says when it was said ("called the ruling “unfair”
  // yesterday"), it is not the noun the words modify.
  if (WHEN_NOUN.test(next.text)) return false
  // Straight after the mark, with one space: "“light” olive oil", not "“light”, oil".
  return /^[”"’']?\s$/u.test(
    piece.paragraph.text.slice(end - piece.paragraph.start, next.start - piece.paragraph.start),
  )
}

/** Nouns of time that stand as an adverb after a quoted word: "“unfair” yesterday", "“a disgrace” today". */
const WHEN_NOUN =
  /^(?:yesterday|today|tonight|tomorrow|moments?|minutes|seconds|hours|days|weeks|months|years|earlier|later)$/i

/** Words that end a reported clause: what follows is the writer's again. */
const CLAUSE_BREAK = new Set(['but', 'though', 'although', 'while', 'whereas', 'yet'])

/** Things that state words without a speaker: a website's or a label's word is no one's speech. */
const DOCUMENTS = new Set(
  'website websites site webpage page brochure brochures leaflet leaflets label labels labelling packaging packet pack carton box bottle tin jar advert adverts ad ads advertisement advertisements advertising menu listing catalogue prospectus'.split(
    ' ',
  ),
)

/** Whether the word before "called"/"dubbed" just before a quote is a person calling it so. */
function personCalls(doc: Doc, piece: Piece, start: number): boolean {
  const toks = piece.paragraph.sentences.flatMap((s) => s.tokens).filter((t) => t.end < start)
  const verb = toks.at(-1)
  const subject = toks.at(-2)
  if (!verb || !subject || !/^(called|dubbed|calls|dubs)$/.test(verb.lower)) return false
  if (subject.pos === 'PRON') return /^(he|she|they|i|we|you)$/.test(subject.lower)
  if (subject.pos === 'NOUN') return PERSON_NOUNS.has(subject.lower) || unnamedNoun(subject.lower)
  // "Ruiz called it …" is read by the verb of saying; "what Ruiz called …": a name before.
  const m = indexOf(doc).endingAt.get(subject.end)
  const e = m ? indexOf(doc).entityOf.get(m) : undefined
  return !!e && personLike(e)
}

/** The sentence holding a quote's start, and its tokens before the quote (opening marks left out). */
function tokensBefore(piece: Piece, start: number) {
  const sentence = piece.paragraph.sentences.find((s) => s.start <= start && start < s.end)
  if (!sentence) return null
  return {
    sentence,
    before: sentence.tokens.filter((t) => t.end <= start && !/^[“"‘']$/.test(t.text)),
  }
}

/**
 * Whether a quote follows "called/dubbed/described" and a short object ("called the show",
 * "described the plan as") in a sentence a person opens: the person calls the thing so.
 */
function personCallsObject(doc: Doc, piece: Piece, start: number): boolean {
  const at = tokensBefore(piece, start)
  if (!at) return false
  const { sentence, before } = at
  const verb = before.findLastIndex((t) => /^(called|calls|dubbed|dubs|described)$/.test(t.lower))
  if (verb < 1) return false
  const object = before.slice(verb + 1)
  if (object.length === 0 || object.length > 5) return false
  if (object.some((t) => t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX')) return false
  if (before[verb]?.lower === 'described' && object.at(-1)?.lower !== 'as') return false
  // "a podcast called …" is a participle; the verb must have a subject of its own: a person who
  // opens the sentence, or a personal pronoun right before it.
  const subject = before[verb - 1]
  if (subject?.pos === 'PRON') return /^(he|she|they|i|we)$/.test(subject.lower)
  const { ordered, entityOf } = indexOf(doc)
  const opener = ordered[lastBefore(ordered, sentence.start) + 1]
  // The name opens the sentence: at most a role before it ("Critic Ana Ruiz", "The mayor, Ana Ruiz,").
  const lead = sentence.tokens.findIndex((t) => t.start >= (opener?.start ?? Infinity))
  if (!opener || lead < 0 || lead > 4 || opener.start >= (before[verb]?.start ?? 0)) return false
  const e = entityOf.get(opener)
  return !!e && personLike(e) && (before[verb - 1]?.pos ?? '') !== 'DET'
}

/** Nouns by which a text calls back a company: "what the company calls …". */
const COMPANY_NOUNS = new Set(['company', 'brand', 'maker', 'manufacturer', 'firm', 'retailer'])

/**
 * Whether a quote is a company's wording for what it sells: the object or complement of a verb
 * of calling or marketing ("calls", "markets … as", "bills … as", "describes … as") whose
 * subject is an organisation the text names, or "the company": "what Korvel calls a
 * ‘broadcast-grade’ capsule", "Korvel markets the band as “all-day comfort”". Not a thing named
 * so by a participle ("a range called “bloom”"), nor a person's words.
 */
function companyWording(doc: Doc, piece: Piece, start: number): boolean {
  const at = tokensBefore(piece, start)
  if (!at) return false
  const { before } = at
  const verb = before.findLastIndex((t) => CLAIM_VERBS.has(t.lower))
  if (verb < 1 || before.length - verb > 7) return false
  const object = before.slice(verb + 1)
  if (object.some((t) => t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX')) return false
  // "calls X “…”" / "calls a “…” capsule"; "markets X as “…”", "describes X as “…”".
  if (!/^call/.test(before[verb]?.lower ?? '') && object.at(-1)?.lower !== 'as') return false
  const subject = before[verb - 1]
  if (!subject) return false
  if (subject.pos === 'NOUN')
    return COMPANY_NOUNS.has(subject.lower) && before[verb - 2]?.lower === 'the'
  const m = indexOf(doc).endingAt.get(subject.end)
  const e = m ? indexOf(doc).entityOf.get(m) : undefined
  return !!e && e.kind === 'organisation' && !m?.possessive
}

/**
 * Whether a plain paragraph reproduces words its introduction says someone wrote: the paragraph
 * before ends with a verb of writing or saying and a colon ("The caption reads:", "She wrote:"),
 * and this one is ordinary text, no heading, list item or set-apart line, with no quotation
 * marks of its own. Words a sign or a banner carries are no one's (the introduction's subject).
 */
function reproduced(doc: Doc, p: DocParagraph): boolean {
  if (p.role !== 'body' || p.setting.heading > 0 || p.setting.listItem || p.setting.label)
    return false
  if (p.text.trim().length > 700) return false
  // "Their posts:" then "June Park (@junepark)": a line naming the writer heads the post under it.
  if (isCreditLine(doc, p)) return false
  const intro = doc.paragraphs[p.index - 1]
  if (!intro || intro.role !== 'body' || intro.setting.heading > 0 || intro.setting.listItem)
    return false
  const words =
    /(?:^|[.!?]\s+)([^.!?]{0,120}?)\b(reads|read|wrote|writes|posted|posts|tweeted|captioned)\s*:\s*$/u.exec(
      intro.text.trimEnd(),
    )
  if (!words) return labelled(intro.text)
  const subject = (words[1] ?? '')
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
  if (subject.length === 0) return false
  if (subject.some((w) => INSCRIBED.has(w) || DOCUMENTS.has(w))) return false
  // "read" is a noun as often as a verb ("Worth a read:", "Our weekend read:"), and a label or a
  // notice reads too: only a person's or a post's words ("The caption reads:", "She read:").
  if (/^reads?$/.test(words[2] ?? ''))
    return subject.some((w) => WRITINGS.has(w)) || /^(he|she|they|i|we)$/.test(subject.at(-1) ?? '')
  return true
}

/**
 * Whether an introduction ends with a short label naming a person's own writing, with no verb:
 * "Her caption:", "His reply:", "The caption:", "Ada Wren's post:", "Her Instagram caption, in
 * full:", or a sentence that ends "… with this caption:". Not a label, menu, sign or website
 * ("The label:", "The menu:"), and no word that is not writing ("Ingredients:", "Worth a read:").
 */
function labelled(text: string): boolean {
  const last = /(?:^|[.!?]\s+)([^.!?]{0,200}?)\s*:\s*$/u.exec(text.trimEnd())?.[1]
  if (!last) return false
  const m =
    /^(?:(her|his|their|the|this|that|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}['’]s)\s+)((?:[\p{L}-]+\s+){0,3})([\p{L}-]+)(?:\s*,\s*in full)?$/iu.exec(
      last,
    ) ??
    /\bwith\s+(?:this|the|her|his|their)\s+()()(caption|message|note)(?:\s*,\s*in full)?$/iu.exec(
      last,
    )
  const noun = (m?.[3] ?? '').toLowerCase()
  if (!m || !LABELLED.has(noun)) return false
  // Without an owner ("The update:", "The statement:", "The response:") a label names a post only
  // as a post, a caption or a tweet: a news piece's "The update: the bridge will …" is the writer's.
  if (['the', 'this', 'that'].includes((m[1] ?? '').toLowerCase()) && !POSTED.has(noun))
    return false
  const words = last
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
  return !words.some((w) => INSCRIBED.has(w) || DOCUMENTS.has(w))
}

/** What a label line without an owner may name ("The caption:"): a post's own parts. */
const POSTED = new Set(['caption', 'post', 'tweet'])

/** A person's own writing a label line may name before the text itself ("Her caption:"). */
const LABELLED = new Set(
  'caption post reply tweet message comment update statement letter email e-mail note response'.split(
    ' ',
  ),
)

/** What people write that an introduction may say "reads:" ("The caption reads:"). */
const WRITINGS = new Set(
  'caption post message tweet letter email e-mail note text statement reply comment update entry status bio'.split(
    ' ',
  ),
)

/** Things that carry words without saying them: a quote they introduce is an inscription. */
const INSCRIBED = new Set(
  'sign signs signpost placard placards banner banners poster posters billboard plaque sticker stickers slogan motto inscription graffiti'.split(
    ' ',
  ),
)

/** Whether the clause before a quote is about a sign, a banner or a plaque ("the sign reads: …"). */
function inscription(piece: Piece, start: number): boolean {
  const sentence = piece.paragraph.sentences.find((s) => s.start <= start && start <= s.end)
  if (!sentence) return false
  const before = sentence.tokens.filter((t) => t.end < start)
  while (before.length > 0 && before.at(-1)?.pos === 'PUNCT') before.pop()
  // The clause: after the last comma, semicolon or conjunction ("…, and the council sign is blunt:").
  let from = before.length - 1
  while (
    from > 0 &&
    !/^[,;—–]$/.test(before[from - 1]?.text ?? '') &&
    before[from - 1]?.pos !== 'CCONJ'
  )
    from--
  // Its subject: the first noun phrase of the clause, by its head ("the council sign").
  // Past a phrase opened by a preposition ("Above them a banner proclaims:").
  const clause = before.slice(from)
  let k = -1
  let inPhrase = false
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i]
    if (!t) break
    if (t.pos === 'ADP') inPhrase = true
    else if (t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN') {
      if (!inPhrase) {
        k = i
        break
      }
      inPhrase = false
    }
  }
  if (k < 0 || clause[k]?.pos !== 'NOUN') return false
  // The head: "the council sign", "the warden’s sign".
  for (;;) {
    if (clause[k + 1]?.pos === 'NOUN') k++
    else if (/^[’']s$/.test(clause[k + 1]?.text ?? '') && clause[k + 2]?.pos === 'NOUN') k += 2
    else break
  }
  return INSCRIBED.has(clause[k]?.lower ?? '')
}

/** Whether a one-word quote stands beside another one-word quote ("“smooth” or “velvety”"). */
function termList(doc: Doc, start: number, end: number): boolean {
  const after = doc.masked.slice(end, end + 40)
  const before = doc.masked.slice(Math.max(0, start - 40), start)
  const word = `[“"‘']\\s*[\\p{L}-]+[,.]?\\s*[”"’']`
  return (
    new RegExp(`^[”"’']?,?\\s+(?:or|and|nor)?\\s*${word}`, 'u').test(after) ||
    new RegExp(`${word},?\\s+(?:or|and|nor)?\\s*[“"‘']$`, 'u').test(before)
  )
}

/** Length of an answer's "A:" or "Name:" label (0 when it has none). */
function labelEnd(doc: Doc, p: DocParagraph): number {
  // "A. The storm in March." as well as "A: …".
  const dotted = /^\s*A\s*[.:]\s+/.exec(p.text)
  if (dotted) return dotted[0].length
  const m = /^\s*[\p{L}][\p{L} .'’-]{0,60}?\s*:\s*/u.exec(p.text)
  if (!m) return 0
  const label = m[0].replace(/:\s*$/, '').trim()
  return doc.intervieweeLabels.has(label) || doc.interviewerLabels.has(label) || label === 'A'
    ? m[0].length
    : 0
}

function labelText(doc: Doc, p: DocParagraph): string | null {
  const m = /^\s*([\p{L}][\p{L} .'’-]{0,60}?)\s*:/u.exec(p.text)
  const l = m?.[1]?.trim()
  return l && l !== 'A' && doc.intervieweeLabels.has(l) ? l : null
}
