import { isBaseFormVerb, type Token } from '../language/nlp'
import { isFirstName } from '../language/names'
import type { Span } from '../text'

/**
 * Who is speaking and how: quoted speech, instructions, the writer's own first person, and
 * disclosure statements. The spotter reads these before it looks for facts.
 */

/**
 * The quoted stretches of one paragraph (inside the marks), as body offsets. Curly and straight
 * double quotes, and British single quotes (an opening ‘ at a word start; a ’ followed by a
 * letter is an apostrophe). A quote still open at the paragraph's end runs to it, as a quote
 * over several paragraphs does.
 */
export function quotedRanges(text: string, offset: number): Span[] {
  const out: Span[] = []
  let open = -1
  let close = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (open < 0) {
      if (c === '“') close = '”'
      else if (c === '"') close = '"'
      else if (c === '‘' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) close = '’'
      else continue
      open = i
      continue
    }
    if (c !== close) continue
    if (close === '’' && /\p{L}/u.test(text[i + 1] ?? ' ')) continue
    out.push({ start: offset + open + 1, end: offset + i })
    open = -1
  }
  if (open >= 0) out.push({ start: offset + open + 1, end: offset + text.length })
  return out
}

const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', "'", '«', '»'])

/** Whether a token is a quotation mark. */
export function isQuoteMark(t: Token): boolean {
  return QUOTE_MARKS.has(t.text)
}

/** Words that may come before an instruction's verb: "Never let…", "And be patient…". */
const BEFORE_INSTRUCTION = new Set([
  'and',
  'but',
  'so',
  'or',
  'then',
  'now',
  'also',
  'just',
  'simply',
  'always',
  'never',
  'please',
  'first',
  'finally',
  'instead',
  'still',
  'only',
  'really',
  'do',
  "n't",
  'n’t',
  'not',
])

/** A verb's finite forms as a word shows them: "is", "has", "carries", "closed". */
const FINITE_FORM = /^(?:is|was|are|were|has|had|does|did|\p{L}+[^s]s|\p{L}+ed)$/iu

/**
 * Whether a clause is an instruction: it starts (after "never", "and", "don't" …) with a verb in
 * its base form and no subject before it — "Bake for 12 minutes", "Never buy a vest without…",
 * "Store the jar somewhere cool" (wink calls "Store" a proper noun; the word is read again).
 */
export function isInstruction(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT')
  // "How to build a $1,000 fund in 90 days" announces instructions.
  if (words[0]?.lower === 'how' && words[1]?.lower === 'to') return true
  // "Here is how to get to $1,000 in three months."
  const lead = words
    .slice(0, 4)
    .map((t) => t.lower)
    .join(' ')
  if (/^(?:here|this) (?:is|['’]s) how\b/.test(lead)) return true
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (!t) return false
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || BEFORE_INSTRUCTION.has(t.lower)) i++
    else break
  }
  const verb = tokens[i]
  const next = tokens[i + 1]
  if (!verb || !/^\p{L}+$/u.test(verb.text)) return false
  // "Ferry 3 carried 1,600 people", "Route 9 closed in May": a name with its number, then its
  // own finite verb, is the subject ("Add 3 cups", "Bake 20 minutes" go on with a noun).
  const third = tokens[i + 2]
  if (
    next?.pos === 'NUM' &&
    /^\d+$/.test(next.text) &&
    third &&
    (third.pos === 'VERB' || third.pos === 'AUX') &&
    FINITE_FORM.test(third.text)
  )
    return false
  if (!['VERB', 'AUX', 'PROPN', 'NOUN', 'ADJ'].includes(verb.pos)) return false
  // "Research suggests…": a noun before a verb is the subject.
  if (next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PART')) return false
  // A name of two words or more is a name ("Pat Reyes said"), also when its first name reads as
  // a verb ("Grant Ellis said", "Hector Villalobos, who …, told"). "Ask Rafe Molyneux for the
  // keys" is still an order; "Call Ines Varga …", whose "Call" wink tags a name, is not caught.
  const capitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text)
  if (
    (verb.pos === 'PROPN' || (capitalised(verb) && isFirstName(verb.lower))) &&
    next?.pos === 'PROPN' &&
    capitalised(next)
  )
    return false
  // A title before a name is the subject: "Head chef Tomasz Lund cooks …", "Team captain Ana
  // Ruiz scored …" (wink calls the first word a name, not a verb).
  if (verb.pos !== 'VERB' && next?.pos === 'NOUN' && tokens[i + 2]?.pos === 'PROPN')
    if (capitalised(verb) && capitalised(tokens[i + 2])) return false
  // A word wink does not call a verb is an instruction's verb only before its object: "Store
  // the jar", "Buy two", or a noun with no verb after it ("Use lamps instead"). "People in this
  // state have…", "Twin studies suggest…", "Transit ridership has…" begin with their subject.
  if (verb.pos !== 'VERB' && verb.pos !== 'AUX') {
    const object =
      next &&
      ['DET', 'PRON', 'NUM'].includes(next.pos) &&
      !['who', 'whose', 'which', 'that'].includes(next.lower)
    const bare =
      next &&
      (next.pos === 'NOUN' || next.pos === 'PROPN') &&
      !tokens.slice(i + 2).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
    if (next && !object && !bare) return false
    // "Average five-year fixed rates fell …", "Median two-bedroom rents rose …": a number in a
    // hyphenated compound opens the subject's noun phrase, and a verb not in its base form follows.
    if (next?.pos === 'NUM' && tokens[i + 2]?.text === '-' && tokens[i + 2]?.start === next.end) {
      let k = i + 3
      while (
        tokens[k] &&
        (['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[k]?.pos ?? '') ||
          (tokens[k]?.pos === 'VERB' &&
            /(?:ed|ing)$/.test(tokens[k]?.lower ?? '') &&
            tokens[k + 1]?.pos === 'NOUN'))
      )
        k++
      const v = tokens[k]
      if (k > i + 3 && v && (v.pos === 'VERB' || v.pos === 'AUX') && !isBaseFormVerb(v.text))
        return false
    }
  }
  // "Reverse osmosis water cuts your risk …", "Boiled eggs keep …": a word wink calls a verb
  // that opens a noun phrase followed by a finite verb is part of the subject.
  // (wink may tag that verb a noun when a determiner follows it: "water cuts your risk".)
  if (verb.pos === 'VERB') {
    for (let k = i + 1; k < tokens.length; k++) {
      const t = tokens[k]
      if (!t) break
      const after = tokens[k + 1]
      if (
        k > i + 1 &&
        FINITE_FORM.test(t.text) &&
        (t.pos === 'VERB' ||
          t.pos === 'AUX' ||
          (t.pos === 'NOUN' && (after?.pos === 'DET' || after?.pos === 'PRON')))
      )
        return false
      if (!['NOUN', 'ADJ', 'PROPN'].includes(t.pos)) break
    }
  }
  return isBaseFormVerb(verb.text)
}

const FIRST_PERSON_SUBJECTS = new Set(['i', 'we'])
const SECOND_PERSON_SUBJECTS = new Set(['you'])

/** The words of a clause before its first verb: where its subject is. */
function beforeVerb(tokens: readonly Token[]): readonly Token[] {
  const v = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
  return v < 0 ? tokens : tokens.slice(0, v)
}

/**
 * Whether the clause's subject is "I" or "we" (the writer, when not quoted). Not in a reduced
 * relative after a noun phrase: "The lowest price we've ever seen" is about the price.
 */
export function firstPersonSubject(tokens: readonly Token[]): boolean {
  const head = beforeVerb(tokens)
  const k = head.findIndex((t) => t.pos === 'PRON' && FIRST_PERSON_SUBJECTS.has(t.lower))
  if (k < 0) return false
  // "The lowest price we've seen", "None of the banks we contacted": a noun right before the
  // pronoun has it in a relative clause, unless a fronted phrase ("On my last day I …") came first.
  const opening = head.find((t) => t.pos !== 'PUNCT')
  const reduced =
    head[k - 1]?.pos === 'NOUN' && opening?.pos !== 'ADP' && !head.some((t) => t.text === ',')
  return !reduced
}

/**
 * Whether the clause's subject is something of the speaker's own, "my …" ("My lawn is not a
 * showroom lawn", "My first four attempts were dense", "My mother said …"): the speaker's life,
 * told. (Not "our": a body's "Our survey found …" reports; not a phrase before it: "In my view,
 * rents are …" is about rents.)
 */
export function possessiveFirstSubject(tokens: readonly Token[]): boolean {
  const head = beforeVerb(tokens).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ')
  const k = head.findIndex((t) => t.pos !== 'ADV')
  return head[k]?.lower === 'my' && !head.slice(k).some((t) => t.pos === 'ADP')
}

/** Whether the clause's subject is "you": advice or a generic aside, not a report. */
export function secondPersonSubject(tokens: readonly Token[]): boolean {
  const head = beforeVerb(tokens)
  // "1,800 of you filled it in": "you" after a preposition is not the subject; nor is the
  // subject of a clause that follows a statement about a thing ("Almost all of that weight
  // returns as soon as you rehydrate", where wink reads no verb before "you").
  return head.some(
    (t, k) =>
      t.pos === 'PRON' &&
      SECOND_PERSON_SUBJECTS.has(t.lower) &&
      head[k - 1]?.pos !== 'ADP' &&
      !(
        SUBORDINATE.has(head[k - 1]?.lower ?? '') &&
        head.slice(0, k - 1).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')
      ),
  )
}
/** Words that open a clause inside another: a "you" after them is not the main subject. */
const SUBORDINATE = new Set(['as', 'once', 'until', 'before', 'after'])

/** A clause that only sets a condition ("If you bake more than twice a week"). */
export function isCondition(tokens: readonly Token[]): boolean {
  const k = tokens.findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ')
  const first = tokens[k]
  if (!first) return false
  // "Asked whether the bridge could reopen sooner, …", "When asked about it, …": the question
  // put to someone, not a statement.
  const asked = first.lower === 'when' && tokens[k + 1]?.lower === 'asked' ? k + 1 : k
  if (tokens[asked]?.lower === 'asked' && QUESTION_WORDS.has(tokens[asked + 1]?.lower ?? ''))
    return true
  return ['if', 'unless', 'whether'].includes(first.lower)
}

/** What a question put to someone opens with: "asked whether …", "asked about …". */
const QUESTION_WORDS = new Set([
  'whether',
  'if',
  'what',
  'how',
  'why',
  'when',
  'where',
  'who',
  'about',
])

/**
 * Statements of a material connection or of the publication's dealings: affiliate and
 * commission notices, sponsorship, paid roles, review units and hosted stays, independence
 * statements. Legal reviews these in the Legal tab; they are not claims for the fact-checker.
 */
const DISCLOSURE =
  /\b(?:affiliate|(?:earn|earns|receive|receives|get|gets|make|makes|paid|pay|pays|take|takes)\s+(?:a\s+)?(?:small\s+)?(?:share\s+of\s+(?:the\s+)?|fee\s+or\s+)?commissions?|commissions?\s+(?:on|from)\s+(?:sales|purchases|anything|what|products|links)|paid (?:\w+ )?(?:ambassador|consultant|adviser|advisor|partner(?:ship)?|spokes(?:person|woman|man)|endorsement)|brand ambassador|(?:pays?|paying) (?:me|him|her|them|us) as|(?:sponsored|presented|brought to you|supported) by|(?:in|a) (?:paid )?partnership with|on behalf of|(?:sent|lent|loaned|gave|provided|supplied|gifted)\b[^.;]{0,60}\b(?:for (?:testing|review|this story)|review units?|samples?|to taste)|complimentary|review units?|hosting (?:my|our|the) stay|(?:hosted|funded) (?:my|our) (?:stay|trip|travel)|no (?:(?:financial|commercial|business)\s+)?(?:relationships?|interests?|say|control|role|ties|links|conflicts? of interest)\b(?:\s+(?:to|with|in)\b)?|(?:received|receive|receives|got|get|gets|given|provided|supplied|sent|lent|loaned)\b[^.;]{0,80}\b(?:free of charge|in exchange for)|(?:receive[sd]?|has received|have received|takes?|took|accepts?|accepted)\s+no\s+(?:\w+\s+)?(?:payment|payments|fees?|money|compensation|funding)|not by (?:our|the|its) (?:newsroom|editorial (?:team|staff)|journalists|reporters|editors)|(?:lent|loaned|gave|sent) (?:us|me)|(?:owns|publishes|funds) (?:this|our) (?:newspaper|paper|publication|site|website|magazine|newsletter|outlet)|sponsored and funded by|(?:staff|team|newsroom|editors?|journalists?|reporters?) (?:was|were|is|are) not involved in|did not (?:see|approve|review)|(?:pick|choose|select|review)s? (?:every|each|all)? ?(?:products?|items?)? ?independently|reader-supported|(?:holds?|has|have|owns?)\s+no\s+(?:\w+\s+)?(?:position|stake|shares|holding|interest)s?\s+in|(?:pays?|paid)\s+(?:us|me)\s+(?:a\s+)?(?:\w+\s+)?(?:fee|commission|share)|referral\s+fees?|our\s+(?:\w+\s+)?partners?\s+(?:this|for\s+this|today)|(?:this|our)\s+(?:newspaper|paper|publication|site|website|magazine|newsletter|podcast)\b[^.;]{0,40}\b(?:is|are|was)\s+(?:owned|published|funded)\s+by|(?:from|by) our (?:partners|sponsors|advertisers)|supported by (?:its|our) readers|(?:see|sees|saw|seen|review|reviews|reviewed|approve|approves|approved|read|reads)\s+(?:(?:this|our|the|these)\s+)?(?:\w+\s+)?(?:piece|guide|article|review|reviews|story|stories|column|list|lists|newsletter|copy|coverage)\s+before\b|(?:not|never)\s+(?:seen|read|reviewed|approved)\s+(?:this|our)\s+(?:column|piece|article|review|guide|story|newsletter|post)|(?:pays?|paid|buy|buys|bought)\s+(?:to\s+(?:appear|be\s+(?:mentioned|included|featured|listed|reviewed))|(?:a|their|its)\s+(?:place|spot|slot)\s+(?:on|in)\s+(?:our|this|these))|no\s+part\s+in\s+(?:this|our)\s+(?:review|reviews|guide|article|piece|story|coverage|column|list|feature|newsletter|test|tests|roundup)\b|no\s+(?:\w+\s+)?(?:journalists?|reporters?|editors?|staff)\s+(?:was|were)\s+involved|this\s+(?:article|piece|content|feature|story|page|series|guide|post|video|episode|supplement)\s+(?:was|is)\s+(?:paid\s+for|commissioned|funded)\b[^.;]{0,30}\bby|(?:lent|loaned)\s+to\s+(?:us|me)|(?:sent|supplied|provided)\s+to\s+(?:us|me)\s+by\s+(?:the|their|its)\s+(?:makers?|manufacturers?|brands?)\b|(?:stay|trip|travel|visit|accommodation|flights?)\s+(?:was|were)\s+(?:hosted|paid\s+for|funded|covered)\s+by|PR\s+(?:box|package|parcel|kit)e?s?|(?:the|this)\s+(?:author|writer|reviewer|columnist)\s+(?:holds?\s+(?:(?:a|an|shares|no)\s+)?(?:[\w-]+\s+)?(?:accounts?|stakes?|shares|positions?|polic(?:y|ies)|memberships?|investments?|mortgages?)\b|owns?|bought|buys|has\s+been\s+a\s+member|is\s+a\s+member|volunteers?)|(?:is|are|was|were)\s+not\s+paid\s+by\s+(?:it|them|either|any\s+of\s+them)\b|collab)\b/i

/** Words one of which every disclosure above holds: a cheap test before the pattern. */
const DISCLOSURE_WORDS =
  /affiliat|commission|paid|position|stake|shares|holding|interest|pays? us|pays? me|referral|partner|owned by|published by|funded by|ambassador|pays|sponsor|presented|brought|supported|partnership|behalf|sent|lent|loaned|gave|provided|supplied|gifted|complimentary|review unit|host|funded|financial|no say|no control|no role|owns|publishes|funds|involved|did not|independently|reader|collab|our partners|our sponsors|our advertisers|no ties|no links|conflict|free of charge|in exchange for|commercial ties|business ties|payment|compensation|no fee|newsroom|relationship|before|seen|read|reviewed|approved|appear|mentioned|buy|no part|involved|lent|loaned|\bpr\b|author|writer|reviewer|columnist|paying/i

/** Where a sentence states a material connection (offsets into `text`), or null. */
export function disclosureSpan(text: string): { start: number; end: number } | null {
  if (!DISCLOSURE_WORDS.test(text)) return null
  const m = DISCLOSURE.exec(text)
  return m ? { start: m.index, end: m.index + m[0].length } : null
}

/** Whether a sentence states a material connection or the publication's own dealings. */
export function isDisclosure(text: string): boolean {
  return DISCLOSURE_WORDS.test(text) && DISCLOSURE.test(text)
}

/** What may follow a verb the tagger read as a noun: "floods for", "sails from", "bills the". */
const AFTER_VERB = new Set(['ADP', 'DET', 'NUM', 'ADV', 'PRON', 'SYM'])

/**
 * Whether a token the tagger calls a noun is the clause's verb in the present: a word ending
 * in "-s" right after its subject (a noun, a name or a pronoun) and before a preposition, a
 * determiner, a number or an adverb, whose stem reads as a verb — "The causeway floods for …",
 * "Skerrow Ferries sails from …", "It cycles on …". wink's small model often tags these as
 * plural nouns; a compound noun ("running costs.") has nothing verb-like after it.
 */
export function isHiddenVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (!t || !prev || !next || t.pos !== 'NOUN' || !/^[a-z]{3,}$/.test(t.lower)) return false
  // A base form ("Children this age wake for …") only in a clause with no other verb.
  if (!t.lower.endsWith('s')) {
    if (tokens.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return false
    // "Elite athletes sleep nine hours": after a plural subject, a count may follow at once.
    const counted = next.pos === 'NUM' && prev.pos === 'NOUN' && /[^s]s$/.test(prev.lower)
    if (
      !['NOUN', 'PROPN'].includes(prev.pos) ||
      !(['ADP', 'DET', 'ADV'].includes(next.pos) || counted)
    )
      return false
    return isBaseFormVerb(t.lower)
  }
  if (!['NOUN', 'PROPN', 'PRON'].includes(prev.pos) || !AFTER_VERB.has(next.pos)) return false
  if (
    prev.pos === 'PRON' &&
    !['it', 'he', 'she', 'this', 'that', 'who', 'which'].includes(prev.lower)
  )
    return false
  // "five trail shoes for …": a counted noun phrase, not a subject and its verb.
  let k = i - 1
  while (k > 0 && ['NOUN', 'ADJ'].includes(tokens[k - 1]?.pos ?? '')) k--
  if (tokens[k - 1]?.pos === 'NUM') return false
  const stem = t.lower.slice(0, -1)
  return (
    isBaseFormVerb(stem) || (/(?:s|sh|ch|x|z|o)e$/.test(stem) && isBaseFormVerb(stem.slice(0, -1)))
  )
}

/** Whether a clause has a verb, counting one the tagger read as a noun (see isHiddenVerb). */
export function hasVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.pos === 'VERB' || t.pos === 'AUX' || isHiddenVerb(tokens, i))
}

/** Verbs of answering a reporter: what a non-response denies doing. */
const ANSWERING =
  '(?:respond|reply|answer|comment|return(?:\\s+(?:calls?|messages?|e-?mails?))?|confirm|elaborate|discuss|speak|talk|say|give)(?:s|ed|ing)?'
const NEGATED =
  "(?:did|does|do|has|have|had|would|will|could|can)(?:\\s+not|n[’']t)|(?:cannot|can[’']t)"

/**
 * A non-response: a source that did not answer, declined to, could not be reached or had nobody
 * available ("The company did not respond to questions about …", "declined to comment",
 * "nobody was available to speak", "said it did not comment on …", "was not aware of …"), or a
 * matter not yet known ("the cause has not been determined"). Reporting that nobody answered is
 * the story's frame, not a fact the source asserted.
 */
const NON_RESPONSE = new RegExp(
  [
    `\\b(?:${NEGATED})\\s+(?:\\w+ly\\s+)?${ANSWERING}\\b`,
    `\\b(?:declin|refus)(?:e|es|ed|ing)\\s+(?:to\\s+${ANSWERING}|(?:an?\\s+)?(?:interview|comment)s?)\\b`,
    `\\b(?:nobody|no\\s+one|no-one|not|none)\\b[^.;]{0,20}\\bavailable\\s+(?:to|for)\\s+(?:${ANSWERING}|comment|interview)`,
    '\\bcould\\s+not\\s+be\\s+(?:reached|contacted)\\b',
    '\\b(?:was|were|is|are)\\s+not\\s+aware\\s+of\\b',
    '\\b(?:has|have|had)\\s+(?:not|yet\\s+to)\\s+(?:yet\\s+)?(?:been\\s+)?(?:determined|established|identified|be\\s+determined)\\b',
    '\\bno\\s+comment\\b',
    // Why a source is not named, as a relative clause of its own: ", who asked not to be named,",
    // ", who was not authorised to speak publicly,".
    '^\\W*who\\s+(?:asked\\s+not\\s+to\\s+be\\s+(?:named|identified)|(?:was|were|is|are)\\s+not\\s+(?:authori[sz]ed|allowed|permitted|cleared)\\s+to\\s+(?:speak|comment|talk)|spoke\\s+on\\s+condition\\s+of\\s+anonymity)\\b',
  ].join('|'),
  'i',
)

/** Words one of which every non-response holds: a cheap test before the pattern. */
const NON_RESPONSE_WORDS =
  /respond|repl|answer|comment|return|confirm|elaborat|discuss|speak|talk|say|give|interview|available|reached|contacted|aware|determined|established|identified|named|anonymity/i

/** Whether a clause reports a non-response (see NON_RESPONSE). */
export function isNonResponse(text: string): boolean {
  return NON_RESPONSE_WORDS.test(text) && NON_RESPONSE.test(text)
}
