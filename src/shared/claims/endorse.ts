import type { Token } from '../language/nlp'
import { ANONYMOUS_NOUNS, PERSON_NOUNS } from '../language/lexicon'
import type { RuleMatch } from './rules'

/**
 * Rankings against the speaker's own experience, said of a thing: "It is the best paprika I have
 * tasted", "the warmest gloves I've ever put on", "the only pan I'd take to a desert island",
 * "the best scallops of my life", "Nothing else I've tried comes close", "I have never baked with
 * better flour", "there is no better suit on the market". Said of a product, a place or a service
 * such a ranking is an endorsement a checker must weigh (does the speaker have the experience they
 * rank against? are they paid?), whoever speaks — a creator's post, a reader's letter, the writer.
 *
 * Not a ranking of a person ("she's the best soldering hand we've got"), of a stretch of time or a
 * piece of advice ("the oddest year I've had", "the best advice I had"), nor a pick named as the
 * clause's subject ("The best one I've used is …"); nor "the only thing I …" or the only one used
 * for a while ("the only drink I've ever bought twice", "the only cream I've put on for a year"),
 * which tell a habit rather than rank.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean))

/** Words of ranking before the thing ranked. */
const RANKERS = set('best worst only finest')
/** Words ending in "-est" that are no superlative. */
const NOT_SUPERLATIVE = set(
  'interest forest honest request contest harvest protest test rest west guest chest nest quest manifest modest earnest digest invest suggest arrest',
)
/**
 * Heads that make a ranking a memory or a judgement of one's own life, not of a thing; and
 * "thing", which names no field to rank in ("the best thing I have eaten here").
 */
const LIFE_HEADS = set(
  'thing things win wins idea ideas email emails letter letters message year years day days week weeks month months night nights time times moment moments hour hours morning evening afternoon summer winter decision decisions advice compliment summary lesson lessons mistake mistakes experience experiences feeling memory memories part bit question questions',
)
/** Heads that are people (beyond the lexicon's): a ranking of someone is praise, not a claim. */
const PEOPLE = set(
  'hand hands person people man woman guy girl boy kid kids player players actor actors cook cooks colleague colleagues boss friend friends team crew staff pupil pupils apprentice apprentices',
)
/** What may stand between the speaker and their verb: "I've ever", "we have actually". */
const BETWEEN = set(
  "have has had ’ve 've ’d 'd ’ll 'll will would could can ever actually genuinely really honestly personally probably truly yet also still now so far seriously",
)
const SPEAKER = set('i we')
/** What opens the ranked phrase: "the best …", "my best …". */
const OPENERS = set('the my our')
const MINE = set('my our')
/** Subjects that are people: a ranking after them and a copula ranks the person. */
const PERSON_SUBJECTS = set('he she i you we')
/** Pronoun subjects, and a copula's past. */
const PRONOUNS = set('it they')
const PAST = set('was were')
/** A lone "that" or "this" before a copula: a reaction to what came before. */
const DEICTIC = set('that this')
/** Verbs of knowing, not of trying a thing: "the easiest win I know". */
const KNOWING = set('know knew known remember recall')
const COPULAS = set("is are was were ’s 's ’re 're be been")
/** A habit told, not a ranking: "… I've bought twice", "… for a year", "every day". */
const HABIT = set('twice thrice every each daily since for')

const isWord = (t: Token | undefined) => !!t && /^[\p{L}’'-]+$/u.test(t.text)
const isSuperlative = (t: Token) =>
  RANKERS.has(t.lower) ||
  (t.lower.length > 4 &&
    /est$/.test(t.lower) &&
    !NOT_SUPERLATIVE.has(t.lower) &&
    (t.pos === 'ADJ' || t.pos === 'ADV'))

/** A verb after the speaker: wink reads "had", "baked" now and then as AUX or ADJ. */
const isVerbLike = (t: Token | undefined) =>
  !!t &&
  isWord(t) &&
  (t.pos === 'VERB' ||
    t.pos === 'AUX' ||
    /(?:ed|en|wn|ght|nt|ne|ot|ld|ew|un|ung|ook|ade|ave|ore|ept|ilt|ent)$/.test(t.lower))

/** Index of the speaker's verb in "I've ever tasted" starting at `i` (at "I"), or -1. */
function speakerVerb(tokens: readonly Token[], i: number): number {
  if (!SPEAKER.has(tokens[i]?.lower ?? '')) return -1
  let j = i + 1
  while (j < tokens.length && j <= i + 4 && BETWEEN.has(tokens[j]?.lower ?? '')) j++
  // "I have" alone ("the best I have"): the aux is the verb.
  const t = tokens[j]
  if (t && !BETWEEN.has(t.lower) && isVerbLike(t) && t.pos !== 'ADP') return j
  const prev = tokens[j - 1]
  if (prev && j - 1 > i && ['have', 'has', 'had', '’ve', "'ve"].includes(prev.lower)) return j - 1
  return -1
}

/** The clause's first finite verb before `k`, if any. */
function verbBefore(tokens: readonly Token[], k: number): number {
  for (let j = 0; j < k; j++) {
    const t = tokens[j]
    if (t && (t.pos === 'VERB' || t.pos === 'AUX')) return j
  }
  return -1
}

/** Whether the ranked thing at `r` (the ranking word) is a thing, ranked in the predicate. */
function rankedThing(
  tokens: readonly Token[],
  r: number,
  end: number,
  head: Token | undefined,
): boolean {
  if (head && (LIFE_HEADS.has(head.lower) || PEOPLE.has(head.lower))) return false
  if (head && (PERSON_NOUNS.has(head.lower) || ANONYMOUS_NOUNS.has(head.lower))) return false
  const v = verbBefore(tokens, r)
  if (v < 0) {
    // The ranking as the subject of a statement that names the pick ("The best one I've used is
    // the Halden") is a pick; a verbless line ("Best $90 I've ever spent.") is the ranking itself.
    return !tokens.slice(end + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  }
  const subject = tokens
    .slice(0, v)
    .filter((t) => isWord(t) && t.pos !== 'CCONJ' && t.pos !== 'ADV')
  const lone = subject.length === 1 ? (subject[0]?.lower ?? '') : ''
  // "she's the best hand we've got" ranks a person; "I ate the best scallops …" a thing; "That is
  // the best email I have ever received" reacts to what came before.
  if ((PERSON_SUBJECTS.has(lone) || DEICTIC.has(lone)) && COPULAS.has(tokens[v]?.lower ?? ''))
    return false
  // "It was the best pie I have had in years": a pronoun and a past copula rank a meal or a
  // night once had, not a thing one can get ("It is the best paprika I have tasted", "The
  // soup at the Anchor was the best I ate all week").
  if (PRONOUNS.has(lone) && PAST.has(tokens[v]?.lower ?? '')) return false
  return true
}

/** The rankings against the speaker's own experience in a clause, as strong comparisons. */
export function experienceRankings(tokens: readonly Token[]): RuleMatch[] {
  const out: RuleMatch[] = []
  for (let r = 0; r < tokens.length; r++) {
    const t = tokens[r]
    if (!t) continue
    // "most/least + adjective" ranks like a superlative: "the most comfortable shoe I own".
    const most = ['most', 'least'].includes(t.lower) && tokens[r + 1]?.pos === 'ADJ'
    if (!most && !isSuperlative(t)) continue
    // "the best", "the single best", or a line that opens with it ("Best $90 …").
    const single = tokens[r - 1]?.lower === 'single' ? 1 : 0
    const det = tokens[r - 1 - single]?.lower ?? ''
    if (r - single !== 0 && !OPENERS.has(det)) continue
    // The thing ranked: up to four words (and a price) after the ranking, to the speaker.
    let j = r + (most ? 2 : 1)
    let head: Token | undefined
    while (j < tokens.length && j <= r + 6) {
      const x = tokens[j]
      if (!x) break
      if (SPEAKER.has(x.lower) || MINE.has(x.lower) || ['that', 'which', 'of'].includes(x.lower))
        break
      if (!(
        x.pos === 'NOUN' ||
        x.pos === 'PROPN' ||
        x.pos === 'ADJ' ||
        x.pos === 'NUM' ||
        x.pos === 'SYM' ||
        x.pos === 'VERB'
      ))
        break
      if (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'NUM') head = x
      j++
    }
    if (
      ['that', 'which'].includes(tokens[j]?.lower ?? '') &&
      SPEAKER.has(tokens[j + 1]?.lower ?? '')
    )
      j++
    let end: number
    // "… of my life", "… of my career".
    if (
      tokens[j]?.lower === 'of' &&
      MINE.has(tokens[j + 1]?.lower ?? '') &&
      ['life', 'career', 'lifetime'].includes(tokens[j + 2]?.lower ?? '')
    )
      end = j + 2
    else {
      const v = speakerVerb(tokens, j)
      if (v < 0 || KNOWING.has(tokens[v]?.lower ?? '')) continue
      end = v
      // "the only ones I'll ever buy again", "the only pan I'll ever recommend": "only" ranks
      // over the speaker's whole experience with "ever"; without it it is a preference ("the
      // only shoe I trust on a wet descent"), and with a count or a span a habit ("the only
      // drink I've ever bought twice", "… for a year").
      if (t.lower === 'only') {
        if (!tokens.slice(j + 1, v).some((x) => x.lower === 'ever')) continue
        const rest = tokens.slice(v + 1, v + 6)
        if (rest.some((x) => HABIT.has(x.lower) || x.entity === 'DURATION')) continue
      }
    }
    if (!rankedThing(tokens, r, end, head)) continue
    const first = OPENERS.has(det) ? tokens[r - 1 - single] : t
    const last = tokens[end]
    if (!first || !last) continue
    out.push({ rule: 'comparison', start: first.start, end: last.end, strength: 'strong' })
  }
  out.push(...nothingCloses(tokens))
  return out
}

/** Subjects that say nothing else matches: "Nothing else", "No other pan", "None of the others". */
function noneElse(tokens: readonly Token[], i: number): number {
  const t = tokens[i]?.lower ?? ''
  const next = tokens[i + 1]?.lower ?? ''
  if (t === 'nothing') return i + 1
  if (t === 'no' && next === 'other') return i + 2
  if (t === 'none' && next === 'of') return i + 2
  return -1
}

/** Verbs of matching: "comes close", "compares", "beats it", "matches it". */
const MATCHING = set(
  'compares compare compared beats beat matches match touches touch rivals rival',
)

/**
 * "Nothing else (I've tried | we tested | on the market) comes close", "No other pan compares",
 * "there is no better suit on the market", "I have never baked with better flour": a ranking said
 * by denying any rival.
 */
function nothingCloses(tokens: readonly Token[]): RuleMatch[] {
  const out: RuleMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    const from = noneElse(tokens, i)
    if (from >= 0) {
      // The verb of matching within a few words: "Nothing else on the high street comes close".
      for (let j = from; j < Math.min(tokens.length, from + 9); j++) {
        const x = tokens[j]
        if (!x || x.pos === 'PUNCT') break
        const closes =
          ['comes', 'come', 'came'].includes(x.lower) && tokens[j + 1]?.lower === 'close'
        if (closes || MATCHING.has(x.lower)) {
          const stop = closes ? j + 1 : j
          // "came close to winning": nearly did, not a ranking.
          if (closes && tokens[stop + 1]?.lower === 'to') break
          const end = tokens[stop]
          if (end)
            out.push({ rule: 'comparison', start: t.start, end: end.end, strength: 'strong' })
          break
        }
      }
      continue
    }
    // "there is no better suit", "There's nothing better for …".
    if (
      ['no', 'nothing'].includes(t.lower) &&
      ['better', 'finer'].includes(tokens[i + 1]?.lower ?? '') &&
      ['is', '’s', "'s", 'was'].includes(tokens[i - 1]?.lower ?? '') &&
      tokens[i - 2]?.lower === 'there'
    ) {
      const end = tokens[i + 2] && tokens[i + 2]?.pos === 'NOUN' ? tokens[i + 2] : tokens[i + 1]
      if (end) out.push({ rule: 'comparison', start: t.start, end: end.end, strength: 'strong' })
      continue
    }
    // "I have never baked with better flour", "we've never had a better one": "better" with no
    // "than", after the speaker's "never".
    const speaker =
      SPEAKER.has(tokens[i - 1]?.lower ?? '') ||
      (SPEAKER.has(tokens[i - 2]?.lower ?? '') && BETWEEN.has(tokens[i - 1]?.lower ?? ''))
    if (t.lower === 'never' && speaker) {
      for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
        const x = tokens[j]
        if (!x || x.pos === 'PUNCT') break
        if (['better', 'finer'].includes(x.lower)) {
          if (tokens.slice(j + 1).some((y) => y.lower === 'than')) break
          const noun = tokens[j + 1]?.pos === 'NOUN' ? tokens[j + 1] : x
          // "I have never found a better summary": no thing ranked.
          if (LIFE_HEADS.has(noun?.lower ?? '')) break
          if (noun)
            out.push({ rule: 'comparison', start: t.start, end: noun.end, strength: 'strong' })
          break
        }
      }
    }
  }
  return out
}

/** Whether a match is one of `experienceRankings`' (and still strong). */
export function isExperienceRanking(tokens: readonly Token[], m: RuleMatch): boolean {
  return (
    m.rule === 'comparison' &&
    m.strength === 'strong' &&
    experienceRankings(tokens).some((x) => x.start === m.start && x.end === m.end)
  )
}
