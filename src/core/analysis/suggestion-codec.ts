// The claim spotter's suggestions in a compact form for the trip from an analysis worker to the
// main thread (./engines.ts pack / storePacked). At 5,000,000 characters a draft has about
// 65,000 suggestions, and as a structured clone they were 75 MB: each carries its sentence, the
// words each rule fired on and one reason per rule that quotes those words, every one a copy.
// Here the sentence and the words are offsets into the body the main thread already holds (read
// back as slices of it, which share its memory), a reason is the quoted words between its
// rule's fixed wording, and the numbers go in one Int32Array. What comes back is equal, key for
// key and in the same key order, to what the spotter made; anything the form cannot say exactly
// (a text that is not the body's at its offsets, a reason in another wording) travels as it is.
import type { RuleId } from '@shared/claims/rules'
import { RULES } from '@shared/claims/rules'
import type { ClaimSuggestion, RuleEvidence } from '@shared/claims/spotter'
import { stringTable } from './string-table'

/** One chunk of encoded suggestions. */
export interface EncodedSuggestions {
  readonly ints: Int32Array
  /** Rule ids, quoted words and any text sent as it is, by index from `ints`. */
  readonly strings: readonly string[]
}

/** How a text or a reason travels: as the body's slice / the rule's wording, or as it is. */
const SLICE = 0
const AS_IS = 1

/** A rule's reason around the words it quotes (as reasonFor in @shared/claims/rules writes it). */
const WORDING = new Map(RULES.map((r) => [r.id, [`${r.finding} (“`, `”): ${r.why}.`] as const]))

/** Encodes `list` (suggestions over `body`). */
export function encodeSuggestions(
  list: readonly ClaimSuggestion[],
  body: string,
): EncodedSuggestions {
  const ints: number[] = [list.length]
  const { strings, intern } = stringTable()
  const text = (t: string, start: number, end: number) => {
    if (body.slice(start, end) === t) ints.push(SLICE)
    else ints.push(AS_IS, intern(t))
  }
  for (const s of list) {
    ints.push(s.start, s.end)
    text(s.text, s.start, s.end)
    ints.push(s.rules.length)
    s.rules.forEach((rule, i) => {
      const reason = s.reasons[i] ?? ''
      ints.push(intern(rule))
      const [before, after] = WORDING.get(rule) ?? ['', '']
      const quoted = reason.slice(before.length, reason.length - after.length)
      if (WORDING.has(rule) && before + quoted + after === reason) ints.push(SLICE, intern(quoted))
      else ints.push(AS_IS, intern(reason))
    })
    // Only as many reasons as rules are said above; a list that is not so travels as it is.
    ints.push(s.reasons.length === s.rules.length ? SLICE : AS_IS)
    if (s.reasons.length !== s.rules.length) {
      ints.push(s.reasons.length)
      for (const r of s.reasons) ints.push(intern(r))
    }
    ints.push(s.evidence.length)
    for (const e of s.evidence) {
      ints.push(intern(e.rule), e.start, e.end)
      text(e.text, e.start, e.end)
    }
  }
  return { ints: new Int32Array(ints), strings }
}

/**
 * What the chunks of one list share once read back: each distinct reason, and each distinct list
 * of rules or of reasons, is one value that every suggestion saying it points to. At 5,000,000
 * characters a draft's 65,000 suggestions give 205,000 reasons but only a few thousand distinct
 * ones; built afresh for each they were 56 MB of the host's heap and 420,000 of its objects,
 * which every full garbage collection of the main thread then marked (a 69-110 ms pause after
 * the draft's analysis, over the 50 ms a ping may wait).
 */
export interface DecodeMemo {
  readonly reasons: Map<string, string>
  readonly lists: Map<string, readonly string[]>
  /** Short words a rule fired on ("7", "March"): V8 copies a slice under 13 characters. */
  readonly words: Map<string, string>
}

/** A memo for reading back the chunks of one list (see DecodeMemo). */
export function decodeMemo(): DecodeMemo {
  return { reasons: new Map(), lists: new Map(), words: new Map() }
}

/** Below this length a slice of a string is a copy of its own in V8, not a view of it. */
const SHORT_SLICE = 13

/**
 * The suggestions `encodeSuggestions` encoded, over the same body. Equal reasons and equal lists
 * of rules or reasons are one value each across every chunk read with the same memo: a
 * suggestion's lists are read-only and shared, not its own copies.
 */
export function decodeSuggestions(
  encoded: EncodedSuggestions,
  body: string,
  memo: DecodeMemo = decodeMemo(),
): ClaimSuggestion[] {
  const { ints, strings } = encoded
  let k = 0
  const next = () => ints[k++] as number
  const str = () => strings[next()] as string
  const text = (start: number, end: number) => (next() === SLICE ? body.slice(start, end) : str())
  const reasonOf = (rule: string, quoted: string) => {
    const key = `${rule}\u0000${quoted}`
    let reason = memo.reasons.get(key)
    if (reason === undefined) {
      const [before, after] = WORDING.get(rule as RuleId) ?? ['', '']
      reason = before + quoted + after
      memo.reasons.set(key, reason)
    }
    return reason
  }
  const shared = <T extends string>(list: T[]): readonly T[] => {
    const key = list.join('\u0000')
    const known = memo.lists.get(key) as readonly T[] | undefined
    if (known && known.length === list.length && known.every((v, i) => v === list[i])) return known
    memo.lists.set(key, list)
    return list
  }
  const out: ClaimSuggestion[] = []
  const count = next()
  for (let n = 0; n < count; n++) {
    const start = next()
    const end = next()
    const sentence = text(start, end)
    const rules: RuleId[] = []
    let reasons: string[] = []
    const ruleCount = next()
    for (let i = 0; i < ruleCount; i++) {
      const rule = str() as RuleId
      rules.push(rule)
      reasons.push(next() === SLICE ? reasonOf(rule, str()) : str())
    }
    if (next() === AS_IS) {
      const given = next()
      reasons = []
      for (let i = 0; i < given; i++) reasons.push(str())
    }
    const evidence: RuleEvidence[] = []
    const evidenceCount = next()
    for (let i = 0; i < evidenceCount; i++) {
      const rule = str() as RuleId
      const s = next()
      const e = next()
      let words = text(s, e)
      if (words.length < SHORT_SLICE) {
        const kept = memo.words.get(words)
        if (kept === undefined) memo.words.set(words, words)
        else words = kept
      }
      evidence.push({ rule, start: s, end: e, text: words })
    }
    out.push({
      start,
      end,
      text: sentence,
      rules: shared(rules),
      reasons: shared(reasons),
      evidence,
    })
  }
  return out
}
