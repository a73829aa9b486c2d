import { brandFamilies, familyOf } from '../language/brands'
import { readDocument } from '../language/document'
import type { DisclosureSpan } from './domain'
import { readStatements } from './statements'

export { isAffiliateUrl } from './endorsements'

/**
 * The disclosure statements of a body on their own (no quotes, no rules), for places that only
 * need to know which passages disclose something, such as the revision comparison. `brands`
 * are the draft's brand names: a label that is one of them alone counts as a vague disclosure.
 */
export function detectDisclosures(body: string, brands: readonly string[] = []): DisclosureSpan[] {
  const doc = readDocument(body)
  const keys = new Set(brands.map((b) => b.trim().split(/\s+/)[0]?.toLowerCase() ?? ''))
  const statements = readStatements(
    { doc, quotes: [], people: [], brandKeys: keys, leadBrand: null },
    { knownBrands: brands },
  )
  const families = brandFamilies(doc, [...brands, ...statements.flatMap((s) => s.brandNames)])
  return statements.map((s) => ({
    start: s.start,
    end: s.end,
    text: body.slice(s.start, s.end),
    kind: s.kind,
    wording: s.wording,
    brands: [...new Set(s.brandNames.map((b) => familyOf(families, b)?.name ?? b))],
    ...(s.note && s.wording === 'ambiguous' ? { note: s.note } : {}),
  }))
}
