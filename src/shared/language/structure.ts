import type { DocParagraph } from './document'
import { personLike, type Entity } from './entities'
import { isFirstName } from './names'
import { isThematicBreak } from '../text/paragraphs'

/** What a paragraph is in the piece; analysers read and skip by role. */
export type ParagraphRole =
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'heading'
  | 'caption'
  | 'boilerplate'
  | 'links'
  | 'question'
  | 'answer'
  | 'body'

// Case matters for the name: "The company was fined by regulators" is no byline.
const BYLINE =
  /^\s*([\p{L} &]{0,30}\s)?[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s*[|·,].*|\s+[–—-]\s.*|\s*[–—]\s*\p{Lu}.*)?$/u
/** A passive verb before "by": "X is published by Y", "The review was paid for by Y". */
const PASSIVE_BY = /^[^|·,]*\b(?:is|are|was|were|has been|have been)\s+[\p{L} ]*\b[Bb][Yy]\s/u
/** "Ana Ruiz | Columnist", "Ana Ruiz, Transport Correspondent": a name and a writer's job. */
const NAMED_BYLINE =
  /^\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*(?:[|·,]|\s[–—-])\s*((?:[\p{L}-]+\s+){0,3}[\p{L}]+)\s*$/u
const WRITER_JOBS =
  /^(?:columnist|reporter|correspondent|editor|writer|contributor|critic|reviewer)s?$/
/**
 * "Ana Ruiz · Opinion · Thursday 5 March", "Ana Ruiz (@ana) · posted 2 May 2026 · 6 min read": a
 * person's name and a handle set apart from the page's dating fields, which no sentence is.
 */
const DATED_BYLINE =
  /^\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:\s*\(@[\w.]+\))?\s*[|·•]\s*(.+)$/u
const DATING =
  /\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+\s*min(?:ute)?s?\s+read|(?:posted|published|updated)\b)/i
const namedByline = (t: string) =>
  WRITER_JOBS.test(NAMED_BYLINE.exec(t)?.[1]?.split(/\s+/).at(-1)?.toLowerCase() ?? '')
/** A dated byline's name must be a person's: a known first name, or a name typed as a person. */
function datedByline(t: string, people: readonly Entity[]): boolean {
  const m = DATED_BYLINE.exec(t)
  const name = m?.[1]
  // "Money Desk · By Ana Ruiz · 3 May": the writer is the one after "By", not the first name.
  if (!name || !DATING.test(m[2] ?? '') || /\b[Bb]y\s/.test(m[2] ?? '')) return false
  return (
    isFirstName(name.split(/\s+/)[0]?.toLowerCase() ?? '') || people.some((e) => e.name === name)
  )
}
const CAPTION =
  /^\s*(photo(graph)?s?|image|illustration|pictured|above|below|top|left|right|main image|lead image|credit|caption)\b[^.]{0,80}[:|]|\b(photo(graph)?|image|illustration)s?\s+(by|credit|courtesy( of)?)\b|©\s*\p{Lu}/iu
export const BOILERPLATE =
  /(©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|\bsign up\b|\bsubscribe\b|\bnewsletter\b.{0,40}\b(inbox|sign|join|free)\b|follow us on|share this (story|article)|unsubscribe|terms of (use|service)|privacy policy|this (story|article) (was|has been) (updated|corrected)|reprinted with permission|edited for (length|clarity)|condensed for)/i
const INTERVIEW_CUE =
  /\b(interview(ed)?|q\s*&\s*a|in conversation|we (spoke|talked|sat down) with|spoke to|talked to|asked (her|him|them)|edited for (length|clarity)|this conversation)\b/i
/**
 * Questions put to someone, an "Ask the …" column or an "Ask me anything" thread: a Q&A's intro
 * without the word "interview".
 * Case-sensitive where it means a name: "questions to Ruiz", not "questions for families" or
 * "questions to answer" (an explainer's or an op-ed's own "…?" paragraphs are no interview).
 */
const QUESTIONS_PUT =
  /\b(?:[Qq]uestions?\s+(?:to|for)\s+(?:him|her|them|\p{Lu}\p{Ll}+)|(?:[Aa]nswers?|[Aa]nswered|[Aa]nswering|[Tt]ook|[Tt]akes|[Ff]ields?|[Ff]ielded)\s+(?:your|our|readers['’]?|reader|these|some)\s+questions|^[Aa]sk\s+(?:the|an?|our)\s+\p{Ll}+|\b[Aa]sk\s+me\s+anything|\bAMA\b)\b/mu
const QA_LABEL = /^\s*(Q|A)\s*[:.]\s+/
/** Words that credit whoever follows with asking the questions or writing the piece up. */
const CREDITED =
  /\b(?:(?:interview(?:ed)?|questions?|conversation|reporting|words|text|edited|conducted)\s+by|as\s+told\s+to)\s*$/i

const words = (s: string) => s.split(/\s+/).filter(Boolean).length
const plain = (p: DocParagraph) => p.text.trim()

/** A "Name:" or "Q:" label at the start of a paragraph, bold or plain. */
function labelOf(p: DocParagraph): string | null {
  if (p.setting.label) return p.setting.label
  const t = plain(p)
  const qa = QA_LABEL.exec(t)
  if (qa) return qa[1] ?? null
  const named = /^(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3})\s*:\s+\S/u.exec(t)
  return named ? (named[1] ?? null) : null
}

/**
 * Gives each paragraph its role (headline, standfirst, byline, heading, caption, boilerplate,
 * links, Q&A question and answer, body) and finds a Q&A's interviewee.
 */
export function assignRoles(
  paragraphs: readonly DocParagraph[],
  entities: readonly Entity[],
): {
  interviewee: Entity | null
  interviewerLabels: ReadonlySet<string>
  intervieweeLabels: ReadonlySet<string>
} {
  const people = entities.filter(personLike)
  paragraphs.forEach((p, i) => {
    const t = plain(p)
    if (p.setting.heading > 0) p.role = i === 0 || p.setting.heading === 1 ? 'headline' : 'heading'
    else if (i === 0 && paragraphs.length > 1 && words(t) <= 20 && !/[.!?:,]["”’']?$/.test(t))
      p.role = 'headline'
    // "X is published by Y, …" is a sentence about who publishes, no byline.
    else if (BYLINE.test(t) && words(t) <= 16 && !PASSIVE_BY.test(t)) p.role = 'byline'
    else if (i <= 3 && (namedByline(t) || datedByline(t, people))) p.role = 'byline'
    else if (p.setting.linksOnly) p.role = 'links'
    else if (CAPTION.test(t) && words(t) <= 40) p.role = 'caption'
    // Words inside quotation marks are someone's speech ("the people who sign up are …"), never
    // the page's furniture.
    else if (BOILERPLATE.test(t.replace(/[“"][^”"]*[”"]/g, ' ')) && words(t) <= 60)
      p.role = 'boilerplate'
  })
  // Standfirst: the first whole-bold or whole-italic paragraph (or first short one) after the headline.
  const firstBody = paragraphs.findIndex((p, i) => i > 0 && p.role === 'body')
  const sf = paragraphs[firstBody]
  if (sf && firstBody <= 3 && (sf.setting.bold || sf.setting.italic)) sf.role = 'standfirst'

  // Q&A: labels that repeat, questions marked Q:, bold/italic questions, or short "…?" paragraphs.
  const labels = new Map<string, number>()
  for (const p of paragraphs) {
    const l = p.role === 'body' ? labelOf(p) : null
    if (l) labels.set(l, (labels.get(l) ?? 0) + 1)
  }
  const repeated = [...labels].filter(([, n]) => n >= 2).map(([l]) => l)
  // Beside labels that repeat, a name label used once is a second interviewee's ("**Ruiz:** At
  // a boat show." in a talk with two founders, "ODILE: Busy." in a plain transcript) when the
  // text names such a person.
  if (repeated.some((l) => l !== 'Q' && l !== 'A')) {
    const people = entities.filter(personLike)
    for (const p of paragraphs) {
      const l = p.role === 'body' ? (p.setting.label ?? labelOf(p)) : null
      if (!l || repeated.includes(l)) continue
      const low = l.toLowerCase()
      if (people.some((e) => e.mentions.some((m) => m.name.toLowerCase() === low))) repeated.push(l)
    }
  }
  // How many questions each label asks, counted in one pass (a long Q&A has many labels).
  let questionsBy: Map<string | null, number> | null = null
  const asks = (l: string) => {
    if (!questionsBy) {
      questionsBy = new Map()
      for (const p of paragraphs) {
        if (!/\?\s*$/.test(plain(p))) continue
        const k = labelOf(p)
        questionsBy.set(k, (questionsBy.get(k) ?? 0) + 1)
      }
    }
    return questionsBy.get(l) ?? 0
  }
  const interviewerLabels = new Set<string>()
  const intervieweeLabels = new Set<string>()
  if (repeated.includes('Q')) interviewerLabels.add('Q')
  if (repeated.includes('A')) intervieweeLabels.add('A')
  const named = repeated.filter((l) => l !== 'Q' && l !== 'A')
  if (named.length >= 1) {
    const sorted = [...named].sort((a, b) => asks(b) - asks(a))
    const top = sorted[0]
    if (top && asks(top) >= 1) interviewerLabels.add(top)
    for (const l of named)
      if (!interviewerLabels.has(l) && (asks(l) === 0 || interviewerLabels.size > 0))
        intervieweeLabels.add(l)
  }
  const intro = paragraphs.slice(0, 6).map(plain).join(' ')
  const introLines = paragraphs.slice(0, 6).map(plain).join('\n')
  const isQuestion = (p: DocParagraph): boolean => {
    if (p.role !== 'body' && p.role !== 'heading' && p.role !== 'standfirst') return false
    const t = plain(p)
    const l = labelOf(p)
    if (l && interviewerLabels.has(l)) return true
    if (l && intervieweeLabels.has(l)) return false
    // A reader's letter set out as a block quote ("> … Should I move out?") is quoted words the
    // column answers in its own voice, not an interviewer's question.
    if (p.setting.blockquote && !l) return false
    // A set-off prompt may follow its question with a remark ("What about shift workers? They
    // can't just …").
    if ((p.setting.bold || p.setting.italic) && words(t) <= 60 && /\?["”’]?(\s|$)/.test(t))
      return true
    if (!/\?["”’]?\s*$/.test(t)) return false
    return words(t) <= 45 && p.role !== 'heading'
  }
  const candidates = paragraphs.filter((p) => p.role === 'body' && isQuestion(p))
  const candidateSet = new Set(candidates)
  const marked =
    interviewerLabels.size > 0 ||
    paragraphs.filter((p) => (p.setting.bold || p.setting.italic) && /\?\s*$/.test(plain(p)))
      .length >= 2
  const headed = questionHeadings(paragraphs)
  const qa =
    marked ||
    headed.size > 0 ||
    (candidates.length >= 3 && (INTERVIEW_CUE.test(intro) || QUESTIONS_PUT.test(introLines)))
  if (qa) {
    let inAnswer = false
    // A transcript whose turns carry labels starts at its first labelled turn: a title or a
    // sponsor line above it ("Episode 88: Can a four-day week work?") asks and answers nothing.
    const firstTurn =
      interviewerLabels.size > 0 && intervieweeLabels.size > 0
        ? paragraphs.findIndex((p) => {
            const l = labelOf(p)
            return !!l && (interviewerLabels.has(l) || intervieweeLabels.has(l))
          })
        : -1
    for (const p of paragraphs) {
      if (p.index < firstTurn && !headed.has(p)) continue
      const l = labelOf(p)
      if (
        headed.has(p) ||
        (isQuestion(p) &&
          (marked || candidateSet.has(p) || (l !== null && interviewerLabels.has(l))))
      ) {
        p.role = 'question'
        inAnswer = true
        continue
      }
      if (l && intervieweeLabels.has(l) && p.role === 'body') {
        p.role = 'answer'
        inAnswer = true
        continue
      }
      if (!inAnswer) continue
      // In a transcript whose answers carry the interviewee's label, a line with no label after
      // a labelled question is nobody's answer: the show's closing note, a sponsor line. (A
      // quick-fire round of unlabelled italic questions is answered unlabelled.)
      const asked = paragraphs[p.index - 1]
      const askedLabel = asked?.role === 'question' ? labelOf(asked) : null
      if (!l && intervieweeLabels.size > 0 && askedLabel && interviewerLabels.has(askedLabel)) {
        inAnswer = false
        continue
      }
      // An answer runs until the next question, a heading, or a line set apart (a bio, a note,
      // a bracketed "[Editor's note: …]").
      const note = /^\[[^\]]*\]?$/.test(plain(p)) || /^editor['’]s note\b/i.test(plain(p))
      // A thematic break ("---", "* * *") closes the interview: what follows is the writer's.
      const rule = isThematicBreak(plain(p))
      if (p.role === 'body' && !(p.setting.italic && !l) && !p.setting.bold && !note && !rule)
        p.role = 'answer'
      else inAnswer = false
    }
  }
  const interviewee = qa ? findInterviewee(paragraphs, entities, intervieweeLabels) : null
  // An unlabelled paragraph further into an answer that names the interviewee ("Alder is out on
  // 24 May", "As we leave, Marchetti-Vale says yes") is the writer's again: the answer ended.
  if (interviewee) {
    let closed = false
    paragraphs.forEach((p, i) => {
      if (p.role !== 'answer') {
        closed = false
        return
      }
      const follows = paragraphs[i - 1]?.role === 'answer'
      const named = interviewee.mentions.some((m) => m.start >= p.start && m.end <= p.end)
      const l = labelOf(p)
      if (closed || (follows && !(l && intervieweeLabels.has(l)) && named)) {
        p.role = 'body'
        closed = true
      }
    })
  }
  if (qa) closeLastAnswer(paragraphs, entities, interviewee)
  return {
    interviewee,
    interviewerLabels,
    intervieweeLabels,
  }
}

const FIRST_PERSON =
  /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|us|[Oo]urs?)\b/
const SAYING =
  /\b(?:says?|said|tells?|told|adds?|added|explains?|explained|recalls?|recalled|notes?|noted|warns?|warned)\b/

/**
 * Where the last answer of a Q&A ends: the answer to the last question runs on only while it
 * could be the interviewee talking. A later paragraph of it with no first-person word outside
 * quotation marks that sends readers to a link ("Corvid offers a home trial. Book a test ride at
 * …") or brings in someone else speaking ("Ana Ruiz, who sells the bikes in Leeds, says …",
 * "“…,” said Tom Reed") is the writer's closing line, and so is all that follows it. The first
 * paragraph after the question is always the answer.
 */
function closeLastAnswer(
  paragraphs: readonly DocParagraph[],
  entities: readonly Entity[],
  interviewee: Entity | null,
): void {
  const lastQuestion = paragraphs.findLastIndex((p) => p.role === 'question')
  if (lastQuestion < 0) return
  let closed = false
  for (let i = lastQuestion + 2; i < paragraphs.length; i++) {
    const p = paragraphs[i]
    if (!p || p.role !== 'answer') break
    if (!closed) {
      if (paragraphs[i - 1]?.role !== 'answer') break
      const outside = plain(p).replace(/[“"][^”"]*[”"]/g, ' ')
      if (FIRST_PERSON.test(outside) || p.setting.label) continue
      closed = p.setting.links.length > 0 || newSpeaker(p, entities, interviewee)
    }
    if (closed) p.role = 'body'
  }
}

/** Whether a paragraph brings in a named person, not the interviewee, as saying something. */
function newSpeaker(p: DocParagraph, entities: readonly Entity[], interviewee: Entity | null) {
  for (const s of p.sentences) {
    const text = p.text.slice(s.start - p.start, s.end - p.start)
    const outside = text.replace(
      /([“"])[^”"]*([”"])/g,
      (m, open: string, close: string) => open + ' '.repeat(m.length - 2) + close,
    )
    if (!SAYING.test(outside)) continue
    for (const e of entities) {
      if (e === interviewee || !personLike(e)) continue
      for (const m of e.mentions) {
        if (m.start < s.start || m.end > s.end) continue
        const lead = outside.slice(0, m.start - s.start)
        const after = outside.slice(m.end - s.start)
        // The sentence's subject ("Ana Ruiz, who …, says"), or named after the quote's verb
        // ("“…,” said Ana Ruiz").
        if (/^\s*$/.test(lead) && SAYING.test(after)) return true
        if (/[,”"]\s*(?:says?|said|adds?|added)\s+$/.test(lead)) return true
      }
    }
  }
  return false
}

/** A line that puts questions to someone: "We asked Ana Ruiz, …, what …", "Five questions for …". */
const ASKED =
  /\b(?:[Ww]e|I)\s+(?:asked|put\s+(?:these|some|our|five|\w+)\s+questions\s+to)\s+\p{Lu}|\b[Qq]uestions\s+(?:for|to)\s+(?:the|our|a|an|\p{Lu})/u

/**
 * Questions set as headings ("### How far will it go on one charge?"): two or more in a row,
 * each followed by paragraphs, right after a line that puts questions to someone. An explainer's
 * own question headings ("## Is it safe?") have no such line and stay headings.
 */
function questionHeadings(paragraphs: readonly DocParagraph[]): Set<DocParagraph> {
  const out = new Set<DocParagraph>()
  // A reader's question in quotation marks heads a letter, not an interview's question.
  const asked = (p: DocParagraph) =>
    p.role === 'heading' &&
    /\?\s*$/.test(plain(p)) &&
    !/^[“"‘']/.test(plain(p)) &&
    words(plain(p)) <= 25
  // The line right before the first question (or a heading above that line) puts the
  // questions; one that already quotes an answer ("I asked X … “…,” he said") is a report.
  const put = (x: DocParagraph | undefined) => !!x && ASKED.test(plain(x)) && !/[“"]/.test(plain(x))
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]
    if (!p || !asked(p) || out.has(p)) continue
    const lead = paragraphs[i - 1]
    const above = paragraphs[i - 2]
    if (!put(lead) && !(lead?.role !== 'heading' && above?.role === 'heading' && put(above)))
      continue
    const run: DocParagraph[] = []
    for (let k = i; k < paragraphs.length; k++) {
      const q = paragraphs[k]
      if (!q) break
      if (q.role === 'heading' || q.role === 'headline') {
        if (!asked(q)) break
        // Each question heading is answered by a paragraph before the next heading.
        if (paragraphs[k + 1]?.role !== 'body') break
        run.push(q)
      }
    }
    if (run.length >= 2) for (const q of run) out.add(q)
  }
  return out
}

/** The person a Q&A is with: named by the answers' label, else the person its intro presents. */
function findInterviewee(
  paragraphs: readonly DocParagraph[],
  entities: readonly Entity[],
  intervieweeLabels: ReadonlySet<string>,
): Entity | null {
  const people = entities.filter(personLike)
  for (const l of intervieweeLabels) {
    if (l === 'A') continue
    const low = l.toLowerCase()
    const last = low.split(/\s+/).at(-1) ?? low
    const e =
      people.find(
        (p) => p.name.toLowerCase() === low || p.mentions.some((m) => m.name.toLowerCase() === low),
      ) ?? people.find((p) => p.name.toLowerCase().split(/\s+/).at(-1) === last)
    if (e) return e
  }
  const fq = paragraphs.findIndex((p) => p.role === 'question' || p.role === 'answer')
  if (fq < 0) return null
  // The Q&A's own introduction: from the heading above its first question (a sidebar has one).
  let from = fq - 1
  while (from > 0 && paragraphs[from]?.role !== 'heading' && paragraphs[from]?.role !== 'headline')
    from--
  const region = paragraphs
    .slice(Math.max(0, from), fq)
    .filter((p) => p.role !== 'byline' && p.role !== 'caption')
  const near = paragraphs[fq - 1]
  const regionText = region.map((p) => p.text.toLowerCase()).join(' ')
  const within = (m: { start: number; end: number }, ps: readonly DocParagraph[]) =>
    ps.some((p) => m.start >= p.start && m.end <= p.end)
  // The interviewer is named in the byline or a credit ("Interview by …", "as told to …",
  // wherever the line stands): never the interviewee.
  const credits = paragraphs.filter((p) => p.role === 'byline' || p.role === 'caption')
  const credited = (m: { start: number }) => {
    const p = paragraphs.find((x) => m.start >= x.start && m.start < x.end)
    return (
      !!p && CREDITED.test(p.text.slice(Math.max(0, m.start - p.start - 40), m.start - p.start))
    )
  }
  const candidates = people.filter(
    (e) => !e.mentions.some((m) => within(m, credits) || credited(m)),
  )
  // The headline, and the heading of the Q&A's section.
  const heads = paragraphs.filter(
    (p) => p.role === 'headline' || (p.role === 'heading' && p.index === from),
  )
  let best: Entity | null = null
  let bestScore = 0
  for (const e of candidates) {
    const inRegion = e.mentions.filter((m) => within(m, region))
    const roleNamed = [...e.roles].some((r) => new RegExp(`\\b${r}\\b`).test(regionText))
    if (inRegion.length === 0 && !roleNamed) continue
    // The person the headline or the section's heading names is who the piece talks to.
    const headed = e.mentions.some((m) => heads.some((p) => m.start >= p.start && m.end <= p.end))
    const score =
      inRegion.length +
      (near && inRegion.some((m) => m.start >= near.start) ? 3 : 0) +
      (headed ? 4 : 0) +
      (roleNamed ? 5 : 0) +
      (e.roles.size > 0 || e.mentions.some((m) => m.title) ? 1 : 0)
    if (score > bestScore) {
      best = e
      bestScore = score
    }
  }
  if (best) return best
  // Else the person the first paragraphs name most.
  const early = paragraphs.slice(0, Math.min(fq, 5))
  for (const e of candidates) {
    const n = e.mentions.filter((m) => within(m, early)).length
    if (n > bestScore) {
      best = e
      bestScore = n
    }
  }
  return best
}
