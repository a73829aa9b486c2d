/**
 * Whether a Word comment is about a fact (it becomes a claim, the comment its research note)
 * or something else (it becomes a query). Decided by what the comment says, with the
 * commented text as context; docs/claims.md lists the rules.
 */
export type CommentKind = 'claim' | 'query'

export interface CommentVerdict {
  readonly kind: CommentKind
  /** Why, in a few words (kept in the claim's history). */
  readonly why: string
}

const URL = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*|\bdoi:\s*10\.\d{4,}\/\S+/i
/** It cites where a fact comes from. */
const SOURCE =
  /^\s*(?:sources?|src|ref(?:erence)?s?|cite|citation|via|from|data|figures?|stats?)\s*[:-]|\baccording to\b|^\s*per\s|\bper (?:the|a|an|his|her|their|our)\b|\bsource(?:d)?\b|\b(?:cited|quoted|reported) (?:in|by)\b|\b(?:press release|report|study|survey|census|filing|interview|transcript|data ?set|database|spreadsheet|minutes|court records?)\b.*\b(?:p\.|page|table|fig\.?|section|\d{4})\b/i
/** It asks for a fact to be checked. */
const CHECK =
  /\b(?:fact[- ]?check|verify|verified|double[- ]check|confirm(?:ed)?|check (?:this|that|the|these|those|again|with)|needs? (?:a )?(?:source|cite|citation|confirmation)|citation needed|is (?:this|that|it) (?:right|correct|accurate|true|still true|current|up to date)|are (?:these|those|they) (?:right|correct|accurate|true)|how do we know|who says|where (?:is|does) (?:this|that) (?:come|from)|spelling|spelled|sp\?|tk\b)/i
/** A question about something checkable: a figure, a date, a name, a title. */
const FACT_WORDS =
  /\b(?:how (?:many|much|old|long|far|big)|what year|which year|when (?:did|was|were|is)|who (?:said|is|was|were|did)|where (?:is|was|did)|number|figure|stat(?:istic)?s?|percent(?:age)?|date|year|name|title|age|price|cost|total|amount|population|correct|accurate|right|true|real|exact|latest|still)\b|\d|%|[$£€¥]/i
const QUESTION = /\?/
const BARE_DOUBT =
  /^(?:really|sure|true|correct|right|accurate|is it|are they|are you sure|\?)\s*\?*!*$/i
/** A capitalised word not opening a sentence: a name the comment asks about. */
const NAME = /(?<![.!?]\s|^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b/

export function commentKind(comment: string, commented = ''): CommentVerdict {
  const text = comment.trim()
  if (URL.test(text)) return { kind: 'claim', why: 'it gives a link to a source' }
  if (SOURCE.test(text)) return { kind: 'claim', why: 'it says where a fact comes from' }
  if (CHECK.test(text)) return { kind: 'claim', why: 'it asks for a fact to be checked' }
  if (QUESTION.test(text)) {
    if (FACT_WORDS.test(text)) return { kind: 'claim', why: 'it questions a figure, date or name' }
    if (NAME.test(text)) return { kind: 'claim', why: 'it questions a name' }
    // "Really?" on "The bridge opened in 1932": a bare doubt about a passage with a figure.
    if (BARE_DOUBT.test(text) && /\d|%|[$£€¥]/.test(commented))
      return { kind: 'claim', why: 'it questions a passage with a figure' }
  }
  return { kind: 'query', why: 'it is about the writing, not a fact' }
}
