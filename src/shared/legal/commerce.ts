import type { Doc } from '../language/document'
import type { Mention } from '../language/mentions'

/**
 * Names the text uses the way only sellers and products are used: a price right after the name
 * ("Orlen Home Vela 1.2L, £42", "Kestrel Duo — $89"), or a price sold at or from it ("£42 at
 * Orlen Home", "$30 from Pellway"). Such a name is a brand or a shop whatever its words look
 * like (two capitalised words lean "person" without other evidence), so these seed the brand
 * families and are never taken for the person a tie or a thank-you is about.
 */
export function commerceNames(doc: Doc): string[] {
  const out = new Set<string>()
  for (const m of doc.mentions) if (priced(m)) out.add(m.name)
  return [...out]
}

/** Tokens that may stand between a product's name and its price: model codes, sizes, commas. */
const BETWEEN = /^(?:[,:–—-]|\(|\)|[\p{L}\p{N}.]*\d[\p{L}\p{N}.]*)$/u

const CURRENCY = /^[£$€¥]$/
/** Whether token k is (part of) a price: wink's MONEY, or a currency sign and a number. */
function money(toks: Mention['sentence']['tokens'], k: number): boolean {
  const t = toks[k]
  if (!t) return false
  if (t.entity === 'MONEY' || /^[£$€¥]\d/.test(t.text)) return true
  if (CURRENCY.test(t.text)) return /^\d/.test(toks[k + 1]?.text ?? '')
  return /^\d/.test(t.text) && CURRENCY.test(toks[k - 1]?.text ?? '')
}

function priced(m: Mention): boolean {
  const toks = m.sentence.tokens
  // A title makes a person; a unit glued to a number ("1.2L") is no name.
  if (m.title || m.name.length < 2) return false
  const glued = toks[m.tokenIndex - 1]
  if (glued && glued.end === m.start && /\d$/.test(glued.text)) return false
  // After: "X 1.2L, £42".
  for (
    let k = m.tokenEnd + (m.possessive ? 1 : 0);
    k < Math.min(toks.length, m.tokenEnd + 5);
    k++
  ) {
    const t = toks[k]
    if (!t) break
    if (money(toks, k)) return true
    if (!BETWEEN.test(t.text)) break
  }
  // Before: "£42 at X", "$30 from X".
  const prep = toks[m.tokenIndex - 1]?.text.toLowerCase()
  return (prep === 'at' || prep === 'from') && money(toks, m.tokenIndex - 2)
}
