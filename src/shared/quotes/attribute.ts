import type { DetectedQuote } from './detect'
import { HONORIFICS, NOT_NAME_WORDS, NOT_PERSON_TOKENS, ROLE_NOUNS, SPEECH_VERB_G } from './lexicon'
import { paragraphs, type Paragraph } from './text'

/** A person the caller already knows (the people register): name and other names. */
export interface KnownPerson {
  readonly name: string
  readonly aliases?: readonly string[]
}

/** A person named in the text, proposed for the people register. */
export interface FoundPerson {
  /** Full name as the text first gives it, without honorific ("Rosalind Achterberg"). */
  readonly name: string
  /** Honorific used with the name, if any ("Dr."). */
  readonly honorific: string | null
  /** Titles and descriptions the text gives: appositives and role nouns before the name. */
  readonly titles: readonly string[]
  /** Offset of the first mention. */
  readonly firstStart: number
  /** How many times the person is mentioned (full name, short name or honorific + surname). */
  readonly mentions: number
}

export interface Attribution {
  /** Full name as the text gives it, or null when the quote has no named speaker. */
  readonly speaker: string | null
  /** Index into the `people` passed in, when the speaker is one of them. */
  readonly personIndex: number | null
  /** 0–1: how sure the rule that fired is. */
  readonly confidence: number
  /** One line a reviewer can read: which rule fired and on which words. */
  readonly reason: string
}

interface Person {
  name: string
  honorific: string | null
  titles: string[]
  firstStart: number
  mentions: number
  register: number | null
  evidence: boolean
}

interface Mention {
  start: number
  end: number
  person: Person
}

const HON = HONORIFICS.join('|')
const CAP = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*\p{L}|\p{Lu}\p{Ll}`
const PARTICLE = String.raw`(?:de|da|van|von|der|den|del|di|le|la|bin|al|ter|du|dos|das)`
const NAME_RE = new RegExp(
  String.raw`(?:\b(${HON})\.?\s+)?\b((?:${CAP})(?:\s+(?:${PARTICLE}\s+)*(?:${CAP})){0,3})(?=(?:'s|’s)?\b)`,
  'gu',
)
const ROLE_BEFORE = new RegExp(
  String.raw`\b(${[...ROLE_NOUNS].sort((a, b) => b.length - a.length).join('|')})\s*$`,
  'i',
)
const APPOSITIVE =
  /^,\s+((?:a|an|the|who|whose|our|his|her|their)\b[^;:"“”]{2,160}?)(?=,|\.(?:\s|$)|;|\s+—|$)/
const AGE = /^,\s+\d{1,3},/
const VERB_AFTER = new RegExp(`^\\s*(?:,\\s*\\d{1,3},\\s*)?(?:${SPEECH_VERB_G.source})`, 'i')
const VERB_BEFORE = new RegExp(`(?:${SPEECH_VERB_G.source})(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}$`, 'iu')

function inHeading(markdown: string, pos: number): boolean {
  const lineStart = markdown.lastIndexOf('\n', pos - 1) + 1
  return /^\s*#/.test(markdown.slice(lineStart, pos + 1))
}

function stripLeading(tokens: string[]): string[] {
  let i = 0
  while (i < tokens.length && NOT_NAME_WORDS.has(tokens[i] as string)) i++
  return tokens.slice(i)
}

function surname(name: string): string {
  return name.split(/\s+/).pop() ?? name
}
function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name
}
const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim()

/** Offsets inside quotes: names there are quoted words, not mentions. */
function insideQuotes(quotes: readonly DetectedQuote[], pos: number): boolean {
  return quotes.some((q) => pos >= q.start && pos < q.end)
}

interface Candidate {
  name: string
  honorific: string | null
  start: number
  end: number
  evidence: boolean
  title: string | null
}

/** Capitalised name candidates with the evidence that they are people. */
function candidates(markdown: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of markdown.matchAll(NAME_RE)) {
    const honorific = m[1]
      ? `${m[1]}${markdown[(m.index ?? 0) + m[1].length] === '.' ? '.' : ''}`
      : null
    let tokens = (m[2] ?? '').split(/\s+/)
    const offsetOfName = (m.index ?? 0) + m[0].length - (m[2] ?? '').length
    const full = tokens.length
    tokens = stripLeading(tokens)
    const dropped = full - tokens.length
    if (tokens.length === 0) continue
    if (!m[1] && tokens.some((t) => NOT_PERSON_TOKENS.has(t))) continue
    if (inHeading(markdown, m.index ?? 0)) continue
    const last = tokens[tokens.length - 1] as string
    if (NOT_NAME_WORDS.has(last) && tokens.length === 1) continue
    const skipped = (m[2] ?? '').split(/\s+/).slice(0, dropped).join(' ')
    const start = offsetOfName + (dropped ? skipped.length + 1 : 0)
    const name = tokens.join(' ').replace(/(?:'s|’s)$/, '')
    const end = start + name.length
    const before = markdown.slice(Math.max(0, start - 40), start - (honorific && !dropped ? 0 : 0))
    const after = markdown.slice(end, end + 200).replace(/^(?:'s|’s)/, '')
    const hon = dropped ? null : honorific
    const role = ROLE_BEFORE.exec(markdown.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0))
    const appos = APPOSITIVE.exec(after)
    const verbNear = VERB_AFTER.test(after) // "Ruiz says", "Ruiz, 44, said"
    const verbBefore = VERB_BEFORE.test(before.trimEnd())
    const evidence =
      Boolean(hon) || Boolean(role) || Boolean(appos) || AGE.test(after) || verbNear || verbBefore
    let title: string | null = null
    if (appos?.[1]) title = appos[1].trim()
    else if (role?.[1] && !hon) title = role[1]
    else if (hon && !/^(Mr|Mrs|Ms|Mx|Miss|Dr)\.?$/.test(hon)) title = hon
    out.push({ name, honorific: hon, start, end, evidence, title })
  }
  return out
}

/** Builds the cast of the text: people named with evidence, plus the register's people. */
function cast(
  markdown: string,
  known: readonly KnownPerson[],
): { people: Person[]; mentions: Mention[]; cands: Candidate[] } {
  const people: Person[] = []
  const byName = new Map<string, Person>()
  const cands = candidates(markdown)
  const add = (
    name: string,
    honorific: string | null,
    start: number,
    register: number | null,
  ): Person => {
    const key = norm(name)
    let p = byName.get(key)
    if (!p) {
      p = { name, honorific, titles: [], firstStart: start, mentions: 0, register, evidence: false }
      byName.set(key, p)
      people.push(p)
    }
    if (!p.honorific && honorific) p.honorific = honorific
    if (p.register === null && register !== null) p.register = register
    return p
  }
  known.forEach((k, i) => {
    for (const n of [k.name, ...(k.aliases ?? [])]) {
      const found = cands.find((c) => norm(c.name) === norm(n) && c.name.includes(' '))
      if (found) add(found.name, found.honorific, found.start, i)
    }
  })
  // Full names first (two or more tokens), then single tokens that are not short references.
  // Every multi-word capitalised name that is not an organisation or place is a person; the
  // ones with evidence beside them are proposed for the register (see findPeople).
  for (const c of cands) {
    if (!c.name.includes(' ')) continue
    const p = add(c.name, c.honorific, c.start, null)
    if (c.evidence) p.evidence = true
  }
  for (const c of cands) {
    if (c.name.includes(' ') || !c.evidence) continue
    const isShort = people.some((p) => surname(p.name) === c.name || firstName(p.name) === c.name)
    if (!isShort) add(c.name, c.honorific, c.start, null).evidence = true
  }
  known.forEach((k, i) => {
    if (!people.some((p) => p.register === i)) {
      const p = add(k.name, null, Number.MAX_SAFE_INTEGER, i)
      p.register = i
    }
  })
  // Link register entries whose aliases or surnames match people found in the text.
  for (const p of people) {
    if (p.register !== null) continue
    const idx = known.findIndex(
      (k) =>
        norm(k.name) === norm(p.name) ||
        (k.aliases ?? []).some((a) => norm(a) === norm(p.name)) ||
        (!p.name.includes(' ') && surname(k.name) === p.name),
    )
    if (idx >= 0) p.register = idx
  }

  // Mentions: every candidate resolving to a person, by full name, alias, surname or first name.
  const mentions: Mention[] = []
  const lastSeen = new Map<string, Person>()
  for (const c of cands) {
    const person = resolveName(c.name, people, known, lastSeen)
    if (!person) continue
    lastSeen.set(c.name, person)
    mentions.push({
      start: c.honorific ? c.start - c.honorific.length - 1 : c.start,
      end: c.end,
      person,
    })
    if (c.title && !person.titles.includes(c.title) && norm(c.name) === norm(person.name))
      person.titles.push(c.title)
    else if (c.title && c.honorific && !person.titles.includes(c.title)) person.titles.push(c.title)
  }
  for (const p of people) {
    p.mentions = mentions.filter((m) => m.person === p).length
    const first = mentions.find((m) => m.person === p)
    if (first) p.firstStart = Math.min(p.firstStart, first.start)
  }
  return { people, mentions, cands }
}

function resolveName(
  name: string,
  people: readonly Person[],
  known: readonly KnownPerson[],
  lastSeen: ReadonlyMap<string, Person>,
): Person | null {
  const n = norm(name)
  const exact = people.find((p) => norm(p.name) === n)
  if (exact) return exact
  const alias = people.find(
    (p) => p.register !== null && (known[p.register]?.aliases ?? []).some((a) => norm(a) === n),
  )
  if (alias) return alias
  const tokens = name.split(/\s+/)
  const pick = (list: Person[]): Person | null => {
    if (list.length === 1) return list[0] ?? null
    if (list.length > 1) return lastSeen.get(name) ?? list[list.length - 1] ?? null
    return null
  }
  if (tokens.length === 1) {
    return (
      pick(people.filter((p) => p.name.includes(' ') && surname(p.name) === name)) ??
      pick(people.filter((p) => p.name.includes(' ') && firstName(p.name) === name))
    )
  }
  // "Rosalind Achterberg-Smith" or a middle initial: same first and last token.
  return pick(
    people.filter(
      (p) => surname(p.name) === tokens[tokens.length - 1] && firstName(p.name) === tokens[0],
    ),
  )
}

/**
 * People named in a Markdown body, with the titles the text gives them, for proposing to the
 * people register. A capitalised name counts as a person when an honorific, a role noun, an
 * appositive (", the dermatologist,"), an age or a verb of saying stands beside it.
 */
export function findPeople(markdown: string): FoundPerson[] {
  const { people } = cast(markdown, [])
  return people
    .filter((p) => p.mentions > 0 && (p.evidence || p.mentions > 1 || p.titles.length > 0))
    .sort((a, b) => a.firstStart - b.firstStart)
    .map((p) => ({
      name: p.name,
      honorific: p.honorific,
      titles: [...p.titles],
      firstStart: p.firstStart,
      mentions: p.mentions,
    }))
}

// ------------------------------------------------------------------------------------------

type Found =
  | { kind: 'person'; person: Person; at: number; via: string }
  | { kind: 'pronoun'; word: string; at: number }
  | { kind: 'role'; word: string; at: number }
  | { kind: 'unnamed'; words: string }

const subjectPronoun = /\b(he|she|they)\b/i

/** Reads an attribution clause: finds the person, pronoun or role it names near its verb. */
function readClause(
  clause: string,
  clauseStart: number,
  mentions: readonly Mention[],
  people: readonly Person[],
  side: 'after' | 'before',
): Found | null {
  SPEECH_VERB_G.lastIndex = 0
  const verbs = [...clause.matchAll(SPEECH_VERB_G)]
  if (verbs.length === 0) return null
  const inClause = mentions.filter(
    (m) => m.start >= clauseStart && m.end <= clauseStart + clause.length,
  )
  // After a quote the speaker is the first person named; before it, the last one.
  const ordered = side === 'after' ? inClause : [...inClause].reverse()
  const pron = [...clause.matchAll(/\b(he|she|they)\b/gi)]
  const pr = side === 'after' ? pron[0] : pron[pron.length - 1]
  const m = ordered[0]
  const verb = verbs[0]?.[0] ?? 'says'
  if (
    m &&
    (!pr ||
      (side === 'after'
        ? m.start - clauseStart < (pr.index ?? 0)
        : m.start - clauseStart > (pr.index ?? 0)))
  ) {
    return { kind: 'person', person: m.person, at: m.start, via: verb.toLowerCase() }
  }
  if (pr && subjectPronoun.test(pr[0]))
    return { kind: 'pronoun', word: pr[0].toLowerCase(), at: clauseStart + (pr.index ?? 0) }
  const role = /\bthe\s+([\p{Ll}-]{3,})/u.exec(clause)
  if (role?.[1]) {
    const word = role[1]
    const fit = people.filter((p) => p.titles.some((t) => t.toLowerCase().includes(word)))
    if (fit.length >= 1) return { kind: 'role', word, at: clauseStart + role.index }
  }
  return { kind: 'unnamed', words: clause.trim().slice(0, 60) }
}

function nearestBefore(
  mentions: readonly Mention[],
  pos: number,
  quotes: readonly DetectedQuote[],
): Mention | null {
  let best: Mention | null = null
  for (const m of mentions) {
    if (m.start >= pos) break
    if (!insideQuotes(quotes, m.start)) best = m
  }
  return best
}

const ABBREV = new RegExp(`(?:^|\\s)(?:${HON}|St|Mt|Jr|Sr|No|vs|etc|[A-Z])$`)

/** Index of the end of the first sentence in `text` (an abbreviation's full stop does not end it). */
function sentenceEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c !== '.' && c !== '!' && c !== '?') continue
    const next = text[i + 1]
    if (next !== undefined && !/[\s"”’*_)]/.test(next)) continue
    if (c === '.' && ABBREV.test(text.slice(Math.max(0, i - 16), i))) continue
    return i
  }
  return text.length
}

/** The clause after a quote part: up to the next quote, sentence end or paragraph end. */
function clauseAfter(
  markdown: string,
  para: Paragraph,
  end: number,
  nextStart: number | null,
): [string, number] {
  const from = Math.min(para.end, end + 1)
  const stop = Math.min(para.end, nextStart !== null ? nextStart - 1 : para.end)
  const rest = markdown.slice(from, stop)
  return [rest.slice(0, sentenceEnd(rest)).slice(0, 240), from]
}

/** The clause before a quote: back to the previous quote or sentence start in its paragraph. */
function clauseBefore(
  markdown: string,
  para: Paragraph,
  start: number,
  prevEnd: number | null,
): [string, number] {
  const from = Math.max(para.start, prevEnd !== null ? prevEnd + 1 : para.start)
  const text = markdown.slice(from, Math.max(from, start - 1))
  const cut = text.search(/[^.!?]*$/)
  const s = text.slice(cut)
  return [s, from + cut]
}

/**
 * Proposes a speaker for each quote. Rules, in order: a Q&A answer belongs to its "Name:" label
 * or to the last person named before the Q&A; a verb of saying beside the quote with a name
 * (or "according to" + name); with a pronoun, the nearest person named before the quote; with
 * "the dermatologist", the person the text titled so; a quote with no attribution continues
 * the previous quote's speaker in the same or the previous paragraph. Short references
 * ("Ruiz", "Dr. Ruiz") resolve to the full name the text gave earlier.
 */
export function attributeQuotes(
  markdown: string,
  quotes: readonly DetectedQuote[],
  people: readonly KnownPerson[] = [],
): Attribution[] {
  const paras = paragraphs(markdown)
  const { people: cast_, mentions } = cast(markdown, people)
  const result = (p: Person | null, confidence: number, reason: string): Attribution => ({
    speaker: p ? p.name : null,
    personIndex: p ? p.register : null,
    confidence,
    reason,
  })
  const resolvePronoun = (word: string, pos: number): Attribution => {
    const m = nearestBefore(mentions, pos, quotes)
    return m
      ? result(
          m.person,
          0.8,
          `"${word}" resolved to the nearest person named before: ${m.person.name}`,
        )
      : result(null, 0.3, `"${word}" has no named person before it`)
  }

  const byGroup = new Map<number, Attribution>()
  const out: Attribution[] = []
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as DetectedQuote
    const known = byGroup.get(q.groupId)
    if (known) {
      out.push(known)
      continue
    }
    const group = quotes.filter((x) => x.groupId === q.groupId)
    let a: Attribution | null = null
    if (q.kind === 'qa-answer') {
      if (q.qa?.label) {
        const p = resolveName(q.qa.label, cast_, people, new Map())
        a = p
          ? result(p, 0.95, `Q&A answer labelled "${q.qa.label}"`)
          : {
              speaker: q.qa.label,
              personIndex: null,
              confidence: 0.7,
              reason: `Q&A answer labelled "${q.qa.label}"`,
            }
      } else {
        const m = nearestBefore(mentions, q.qa?.sectionStart ?? q.start, quotes)
        a = m
          ? result(
              m.person,
              0.85,
              `Q&A answer: ${m.person.name} is the person introduced before the questions`,
            )
          : result(null, 0.3, 'Q&A answer, but no person is named before the questions')
      }
    } else {
      for (let g = 0; g < group.length && !a; g++) {
        const part = group[g] as DetectedQuote
        const para =
          paras.find((p) => part.end <= p.end && part.end >= p.start) ??
          (paras[part.paragraph] as Paragraph)
        const next = quotes.find((x) => x.start > part.end && x.start <= para.end)
        const [after, afterAt] = clauseAfter(markdown, para, part.end, next ? next.start : null)
        a = interpret(readClause(after, afterAt, mentions, cast_, 'after'), 'after', part.start)
      }
      if (!a) {
        const firstPart = group[0] as DetectedQuote
        const para = paras[firstPart.paragraph] as Paragraph
        const prev = [...quotes]
          .reverse()
          .find((x) => x.end < firstPart.start && x.end >= para.start)
        const [before, beforeAt] = clauseBefore(
          markdown,
          para,
          firstPart.start,
          prev ? prev.end : null,
        )
        a = interpret(
          readClause(before, beforeAt, mentions, cast_, 'before'),
          'before',
          firstPart.start,
        )
        const prevPara = paras[firstPart.paragraph - 1]
        const opensPara =
          markdown.slice(para.start, firstPart.start).replace(/[\s*_"“„«]/g, '') === ''
        const intro = opensPara && prevPara && !prevPara.heading ? prevPara : null
        const colon = /:\s*(?:\*\*|\*|_)?$/.test(before)
          ? para
          : intro && /:\s*(?:\*\*|\*|_)?$/.test(intro.text)
            ? intro
            : null
        if (!a && colon) {
          const ms = mentions.filter(
            (m) =>
              m.start >= colon.start && m.end <= firstPart.start && !insideQuotes(quotes, m.start),
          )
          const m = ms[ms.length - 1]
          if (m) a = result(m.person, 0.6, `introduced with a colon after ${m.person.name}`)
        }
        if (!a && intro) {
          const [introClause, introAt] = clauseBefore(markdown, intro, intro.end + 1, null)
          if (/:\s*(?:\*\*|\*|_)?$/.test(intro.text))
            a = interpret(
              readClause(introClause, introAt, mentions, cast_, 'before'),
              'before',
              firstPart.start,
            )
        }
      }
      if (!a) a = continuation(q)
      if (!a) {
        // An action beat ("Bell laughed. “…”"): the one person named earlier in the paragraph.
        const firstPart = group[0] as DetectedQuote
        const para = paras[firstPart.paragraph] as Paragraph
        const named = new Set(
          mentions
            .filter(
              (m) =>
                m.start >= para.start &&
                m.start < firstPart.start &&
                !insideQuotes(quotes, m.start),
            )
            .map((m) => m.person),
        )
        const only = named.size === 1 ? [...named][0] : undefined
        if (only)
          a = result(
            only,
            0.5,
            `the only person named in the paragraph before the quote: ${only.name}`,
          )
      }
    }
    const final =
      a ?? result(null, 0.5, 'no verb of saying, name or earlier speaker beside the quote')
    byGroup.set(q.groupId, final)
    out.push(final)
  }
  return out

  function interpret(
    f: Found | null,
    side: 'after' | 'before',
    quoteStart: number,
  ): Attribution | null {
    if (!f) return null
    switch (f.kind) {
      case 'person':
        return result(
          f.person,
          0.95,
          f.via === 'according to'
            ? `"according to" ${f.person.name}`
            : `"${f.via}" with ${f.person.name} ${side} the quote`,
        )
      case 'pronoun':
        return resolvePronoun(f.word, quoteStart)
      case 'role': {
        const last = f.word.split(' ').pop() ?? f.word
        const fit = mentions.filter(
          (m) =>
            m.start < quoteStart && m.person.titles.some((t) => t.toLowerCase().includes(last)),
        )
        const m = fit[fit.length - 1]
        return m
          ? result(m.person, 0.75, `"the ${f.word}" is how the text titled ${m.person.name}`)
          : null
      }
      case 'unnamed':
        return result(null, 0.6, `attributed to an unnamed source: "${f.words}"`)
      default:
        return assertNever(f)
    }
  }

  function continuation(q: DetectedQuote): Attribution | null {
    const idx = quotes.indexOf(q)
    for (let j = idx - 1; j >= 0; j--) {
      const prev = quotes[j] as DetectedQuote
      if (prev.groupId === q.groupId) continue
      const pa = byGroup.get(prev.groupId)
      const sameOrPrevPara = prev.paragraph === q.paragraph || prev.paragraph === q.paragraph - 1
      if (!pa || !sameOrPrevPara || prev.kind !== 'direct') return null
      if (!pa.speaker) return null
      // Another person named in between breaks the chain.
      const between = mentions.filter(
        (m) => m.start > prev.end && m.start < q.start && !insideQuotes(quotes, m.start),
      )
      if (between.some((m) => m.person.name !== pa.speaker)) return null
      const person = cast_.find((p) => p.name === pa.speaker) ?? null
      return prev.paragraph === q.paragraph
        ? result(person, 0.75, `continues ${pa.speaker}'s quote earlier in the paragraph`)
        : result(person, 0.6, `continues ${pa.speaker}'s quote in the paragraph before`)
    }
    return null
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`)
}
