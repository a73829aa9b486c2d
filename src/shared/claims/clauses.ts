import { isBaseFormVerb, type Token } from '../language/nlp'
import { SPEECH_VERBS } from '../language/lexicon'
import { isQuoteMark } from './voice'

/**
 * What a piece of a sentence is:
 * - `main`: a clause of its own (a sentence, or one of its coordinated or ";"-joined clauses);
 * - `relative`: ", which …", ", who …", ", where …";
 * - `apposition`: what a name is ("Ana Ruiz, a nutritionist at …,");
 * - `aside`: between dashes or in brackets;
 * - `attribution`: who said a quote ("she said", "Dunmore explained");
 * - `label`: a short lead-in before a colon ("Best overall:", "A:").
 */
export type UnitKind = 'main' | 'relative' | 'apposition' | 'aside' | 'attribution' | 'label'

/** A piece of a sentence: tokens [from, to) of the sentence. */
export interface Unit {
  readonly kind: UnitKind
  readonly from: number
  readonly to: number
  /** Pieces of one main clause around an interruption share a group. */
  readonly group: number
  /** A main clause's piece after an interruption (its subject is in an earlier piece). */
  readonly continues: boolean
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where'])
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'or'])
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because'])
const DASHES = new Set(['—', '–', '--'])
/** A clause these start ends at its first comma: "If you …, keep …", "When X moved …, Y …". */
const LEADING_SUBORDINATORS = new Set([
  'if',
  'unless',
  'when',
  'whether',
  'before',
  'after',
  'once',
  'although',
  'though',
  // "Asked whether it could reopen sooner, the director …": the question put ends at its comma.
  'asked',
])

const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX')

/** Whether the tokens from `i` start a clause: a subject and a verb soon, or a verb first. */
function startsClause(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]
  if (!first) return false
  if (isVerb(first) && first.pos === 'VERB') return true
  for (let k = i; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k]
    if (!t || t.text === ',' || t.text === ';') return false
    if (isVerb(t)) return k > i
  }
  return false
}

/**
 * Whether the tokens from `i` to the next comma read as an apposition ("a chemist who teaches
 * at …", "71"): a noun phrase, with no verb of its own before a "who" or "that".
 */
function startsApposition(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]
  if (!first) return false
  if (!['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(first.pos)) return false
  if (first.pos === 'PRON' && !['his', 'her', 'their', 'its'].includes(first.lower)) return false
  let noun = first.pos === 'NUM'
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]
    if (!t || [',', '.', '(', ';', ':'].includes(t.text) || DASHES.has(t.text)) break
    if (RELATIVE.has(t.lower) || t.lower === 'that') break
    if (isVerb(t)) return false
    if (t.pos === 'NOUN') noun = true
  }
  return noun
}

/** Whether tokens from `i` to the sentence's end are a short "says X" or "X said". */
function tellsWhoSaid(tokens: readonly Token[], i: number): boolean {
  const rest = tokens.slice(i).filter((t) => t.pos !== 'PUNCT')
  if (rest.length === 0 || rest.length > 8) return false
  const [a, b] = rest
  const speaker = (t: Token | undefined) => !!t && (t.pos === 'PROPN' || t.pos === 'PRON')
  return (
    (!!a && SPEECH_VERBS.has(a.lower) && speaker(b)) ||
    (speaker(a) && rest.slice(1, 4).some((t) => SPEECH_VERBS.has(t.lower)))
  )
}

/** Whether the name ending at token `end` is the object of a preposition ("according to X,"). */
function afterPreposition(tokens: readonly Token[], end: number): boolean {
  let k = end
  while (k > 0 && (tokens[k - 1]?.pos === 'PROPN' || /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')))
    k--
  return tokens[k - 1]?.pos === 'ADP'
}

/** Index of the next token at or after `i` that closes an interruption (a comma, a dash, the end). */
function nextBreak(tokens: readonly Token[], i: number, closers: ReadonlySet<string>): number {
  for (let k = i; k < tokens.length; k++) if (closers.has(tokens[k]?.text ?? '')) return k
  return tokens.length
}

/**
 * Splits a sentence's tokens into clauses: at ";" and ":", between dashes and brackets that hold
 * a clause, before ", which/who/where", around an apposition after a name, before ", and" with a
 * clause after it, and where a quotation meets its attribution ("…,” she said, “…”).
 * `nameEnds` holds the indices of tokens that end a proper name; the first `labelled` tokens are
 * a label the paragraph opens with ("A." in a Q&A answer).
 */
export function splitClauses(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  nameEnds: ReadonlySet<number>,
  labelled = 0,
): Unit[] {
  const units: Unit[] = []
  let group = 0
  let from = 0
  let kind: UnitKind = 'main'
  let continues = false
  /** The interruption being read and what ends it. */
  let inside = null as { kind: UnitKind; closers: ReadonlySet<string> } | null
  if (labelled > 0) {
    units.push({ kind: 'label', from: 0, to: labelled, group, continues })
    group++
    from = labelled
  }

  const close = (to: number) => {
    if (to > from) units.push({ kind, from, to, group, continues })
  }
  const startMain = (at: number, sameGroup: boolean) => {
    if (!sameGroup) group++
    from = at
    kind = 'main'
    continues = sameGroup
    inside = null
  }
  const startInterruption = (at: number, k: UnitKind, closers: ReadonlySet<string>) => {
    from = at
    kind = k
    inside = { kind: k, closers }
  }

  for (let i = labelled; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    const next = tokens[i + 1]
    const text = t.text
    if (inside && inside.closers.has(text)) {
      close(i)
      const mainLeft = units.some((u) => u.group === group && u.kind === 'main')
      // After an interruption, the main clause goes on (or a new one starts after "and").
      if (next && CONJUNCTIONS.has(next.lower) && startsClause(tokens, i + 2)) {
        startMain(i + 2, false)
        i++
      } else startMain(i + 1, mainLeft)
      continue
    }
    if (text === ';') {
      close(i)
      startMain(i + 1, false)
      continue
    }
    if (text === ':' && !inside) {
      const left = tokens.slice(from, i)
      const words = left.filter((x) => x.pos !== 'PUNCT')
      if (words.length <= 6 && !left.some(isVerb)) kind = 'label'
      close(i)
      startMain(i + 1, false)
      continue
    }
    if (DASHES.has(text) || (text === '-' && t.start > 0 && tokens[i - 1]?.end !== t.start)) {
      if (!inside) {
        close(i)
        startInterruption(i + 1, 'aside', new Set([...DASHES, '-']))
      }
      continue
    }
    if (text === '(' && !inside) {
      const end = nextBreak(tokens, i + 1, new Set([')']))
      if (tokens.slice(i + 1, end).some(isVerb)) {
        close(i)
        startInterruption(i + 1, 'aside', new Set([')']))
      }
      continue
    }
    // "I stop at a smokehouse that has been in the family since 1931": in the writer's own
    // first-person clause, a relative clause on a noun states a fact of its own; it is read
    // apart (to the next comma or the sentence's end).
    if (
      !inside &&
      kind === 'main' &&
      (text === 'that' || text === 'which') &&
      tokens[i - 1]?.pos === 'NOUN' &&
      ['has', 'have', 'had', 'is', 'was', 'were', 'are'].includes(next?.lower ?? '') &&
      tokens.slice(from, i).some((x) => x.pos === 'PRON' && ['i', 'we'].includes(x.lower)) &&
      !quoted[i]
    ) {
      close(i)
      startInterruption(i, 'relative', new Set([',', ...DASHES]))
      continue
    }
    if (text !== ',') {
      // A quotation ends and its attribution follows: “…,” she said / “…” she said.
      if (
        isQuoteMark(t) &&
        i > from &&
        quoted[i - 1] &&
        next &&
        !quoted[i + 1] &&
        !isQuoteMark(next) &&
        next.pos !== 'PUNCT' &&
        !inside &&
        ([',', '.', '!', '?'].includes(tokens[i - 1]?.text ?? '') ||
          tokens.slice(i + 1, i + 5).some((x) => SPEECH_VERBS.has(x.lower)))
      ) {
        close(i)
        startMain(i + 1, false)
      }
      continue
    }
    if (!next) continue
    // “…,” she said, “…”: a new quoted clause opens after the attribution.
    if (isQuoteMark(next) && quoted[i + 2] && !quoted[i - 1] && !inside) {
      close(i)
      startMain(i + 2, false)
      i++
      continue
    }
    if (inside) continue
    // "…, says Dr. Ana Ruiz." / "…, she said.": who said it, at the end, without quote marks.
    if (tellsWhoSaid(tokens, i + 1)) {
      close(i)
      from = i + 1
      kind = 'attribution'
      group++
      continue
    }
    if (RELATIVE.has(next.lower)) {
      close(i)
      startInterruption(i + 1, 'relative', new Set([',', ...DASHES]))
      continue
    }
    if (
      nameEnds.has(i - 1) &&
      !afterPreposition(tokens, i - 1) &&
      startsApposition(tokens, i + 1)
    ) {
      close(i)
      startInterruption(i + 1, 'apposition', new Set([',', ...DASHES]))
      continue
    }
    if (
      (CONJUNCTIONS.has(next.lower) && startsClause(tokens, i + 2)) ||
      SUBORDINATORS.has(next.lower)
    ) {
      close(i)
      // "We filled it, weighed it, and ran …": no subject of its own, the same clause goes on.
      // (Not "…, so check the label …", "…, so plan on two people": a base form after "so" is an
      // order of its own, read as one.)
      const after = tokens[i + 2]
      const order = next.lower === 'so' && !!after && isBaseFormVerb(after.text)
      const subjectless = CONJUNCTIONS.has(next.lower) && after?.pos === 'VERB' && !order
      startMain(CONJUNCTIONS.has(next.lower) ? i + 2 : i + 1, subjectless)
      i++
      continue
    }
    // A leading subordinate clause ends at its first comma: "If you …, keep …".
    const groupStart = units.find((u) => u.group === group && u.kind === 'main')?.from ?? from
    const lead = tokens.slice(groupStart).find((x) => x.pos !== 'PUNCT')
    // (The tagger may miss the condition's verb: "If the token falls 40%, …".)
    const conditional = lead && ['if', 'unless'].includes(lead.lower) && i - groupStart >= 3
    // "To book a test, visit …": a leading purpose ends at its comma too, so the order after it
    // is read as one (wink may tag its verb a noun: "To/PART book/NOUN").
    const purposeVerb = tokens[groupStart + 1]
    const purpose =
      lead?.lower === 'to' &&
      tokens[groupStart] === lead &&
      !!purposeVerb &&
      purposeVerb.lower !== 'date' &&
      isBaseFormVerb(purposeVerb.text)
    if (
      lead &&
      kind === 'main' &&
      (purpose ||
        (LEADING_SUBORDINATORS.has(lead.lower) &&
          (tokens.slice(groupStart, i).some(isVerb) || conditional)))
    ) {
      close(i)
      startMain(i + 1, false)
    }
  }
  close(tokens.length)
  return markAttributions(tokens, quoted, units)
}

/**
 * Unquoted clauses beside a quotation that only say who spoke ("she said", "Dunmore explained",
 * "he told reporters as he left") become attributions.
 */
function markAttributions(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  units: readonly Unit[],
): Unit[] {
  const anyQuoted = units.some((u) => quoted.slice(u.from, u.to).some(Boolean))
  if (!anyQuoted) return [...units]
  return units.map((u) => {
    if (u.kind !== 'main') return u
    const own = tokens.slice(u.from, u.to)
    const words = own.filter((t) => t.pos !== 'PUNCT' && !isQuoteMark(t))
    const unquoted = own.every((t, k) => !quoted[u.from + k] || isQuoteMark(t))
    const speaks = own.some((t) => SPEECH_VERBS.has(t.lower))
    return unquoted && speaks && words.length <= 12 ? { ...u, kind: 'attribution' } : u
  })
}
