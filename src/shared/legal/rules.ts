import { brandFamilies, brandKey, familyOf, type BrandFamily } from '../language/brands'
import { readDocument, type Doc } from '../language/document'
import { mentionsIn } from '../language/reference'
import { attributeQuotes } from '../quotes/attribute'
import { detectQuotes } from '../quotes/detect'
import { collectConnections } from './connections'
import { commerceNames } from './commerce'
import type {
  BrandInfo,
  BrandSource,
  DisclosureCheckInput,
  DisclosureReport,
  DisclosureSpan,
  Endorsement,
  Finding,
  QuoteRef,
  RuleId,
  Severity,
} from './domain'
import {
  brandMentions,
  codeTies,
  connectedEndorsements,
  productLinks,
  publisherPicks,
  researchTies,
  writersGifts,
} from './endorsements'
import { credentialMismatches, findPerson } from './credentials'
import { expertiseMismatches } from './expertise'
import {
  affiliate,
  ambiguousAndBuried,
  materialConnection,
  paidResearch,
  relations,
  type Analysis,
  type Draft,
} from './findings'
import { analysisLimits } from './limits'
import { publicationTies } from './ownership'
import type { SlotContext } from './slots'
import { readingOf, type Statement } from './statements'
import { shortHash } from './text'

/** Each rule's usual severity and title, for the panel's legend and `galley check`. */
export const RULES: Readonly<Record<RuleId, { severity: Severity; title: string }>> = {
  'material-connection-undisclosed': {
    severity: 'error',
    title: 'Endorsement by a connected person without a close disclosure',
  },
  'affiliate-disclosure-missing': {
    severity: 'error',
    title: 'Affiliate links or product picks with no affiliate disclosure',
  },
  'affiliate-disclosure-late': {
    severity: 'error',
    title: 'Affiliate links or picks before the only affiliate disclosure',
  },
  'ambiguous-wording': {
    severity: 'warning',
    title: 'Ambiguous disclosure wording (an error when it is the only sign of a paid tie)',
  },
  'disclosure-buried': {
    severity: 'warning',
    title: 'Disclosure buried among hashtags or links, or only at the end',
  },
  'sponsorship-undisclosed': {
    severity: 'error',
    title: 'Sponsorship with no clear disclosure where readers meet what it covers',
  },
  'paid-research-undisclosed': {
    severity: 'error',
    title: 'Research paid for by an advertiser, presented as independent or not disclosed',
  },
  'expert-credentials-mismatch': {
    severity: 'warning',
    title: 'Presented expert whose credentials do not match the subject',
  },
  'relation-undisclosed': {
    severity: 'error',
    title: 'Sponsor or gifted product on the draft with no disclosure in the text',
  },
  'analysis-limit': {
    severity: 'info',
    title: 'Something Galley could not read, so it was not checked',
  },
}

// ---------------------------------------------------------------------------------------------
// Putting it together.
// ---------------------------------------------------------------------------------------------

/** Quotes with speakers from the quotes engine, when the caller has none. */
function quotesOf(body: string): QuoteRef[] {
  const quotes = detectQuotes(body)
  const speakers = attributeQuotes(body, quotes)
  return quotes.map((q, i) => ({
    start: q.start,
    end: q.end,
    speaker: speakers[i]?.speaker ?? null,
  }))
}

/**
 * The brand the piece is about: named most (three times or more, more than any other), and, for
 * the lead brand, named in its headline or first paragraph. `anywhere`: the first condition alone.
 */
function leadBrand(
  doc: Doc,
  families: readonly BrandFamily[],
  anywhere = false,
): BrandFamily | null {
  const counts = new Map<BrandFamily, number>()
  for (const m of doc.mentions) {
    const f = familyOf(families, m.name)
    if (f) counts.set(f, (counts.get(f) ?? 0) + 1)
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1])
  const top = ranked[0]
  if (!top || top[1] < 3 || (ranked[1] && ranked[1][1] === top[1])) return null
  if (anywhere) return top[0]
  const opening = doc.paragraphs.filter(
    (p) => p.index <= 2 || p.role === 'headline' || p.role === 'standfirst',
  )
  const named = opening.some((p) =>
    mentionsIn(doc, p.start, p.end).some((m) => familyOf(families, m.name) === top[0]),
  )
  return named ? top[0] : null
}

function spanOfStatement(
  body: string,
  s: Statement,
  families: readonly BrandFamily[],
): DisclosureSpan {
  const brands = [...new Set(s.brandNames.map((b) => familyOf(families, b)?.name ?? b))]
  return {
    start: s.start,
    end: s.end,
    text: body.slice(s.start, s.end),
    kind: s.kind,
    wording: s.wording,
    brands,
    ...(s.note && s.wording === 'ambiguous' ? { note: s.note } : {}),
    ...(s.people.length ? { people: s.people } : {}),
    ...(s.tie ? { tie: s.tie } : {}),
    form: s.form,
    ...(s.speaker ? { speaker: s.speaker } : {}),
  }
}

/** Reads a revision body for disclosures, endorsements and ties, and runs every rule. */
export function analyseDisclosures(input: DisclosureCheckInput): DisclosureReport {
  const { body } = input
  const doc = readDocument(body)
  const register = input.people ?? []
  const quotes = input.quotes ?? quotesOf(body)
  const relationNames = (input.relations ?? []).map((r) => r.brand)
  const seeds = [...relationNames, ...register.flatMap((p) => p.connections.map((c) => c.brand))]
  // Names the text prices things at or after: brands, whatever their words look like.
  const sold = commerceNames(doc)
  const keysOf = (names: readonly string[]) =>
    new Set(
      names
        .map(
          (n) =>
            n
              .trim()
              .toLowerCase()
              .replace(/^(?:the|a|an)\s+/, '')
              .split(/\s+/)[0]
              ?.replace(/[’']s$/, '') ?? '',
        )
        .filter(Boolean),
    )
  let ctx: SlotContext = {
    doc,
    quotes,
    people: register.map((p) => p.name),
    brandKeys: keysOf([...seeds, ...sold]),
    leadBrand: null,
    soldNames: new Set(sold),
  }
  // First reading: brands the statements name join the families; then "the serum" and
  // "the company" can resolve to the piece's lead brand in a second reading.
  const first = readingOf(ctx, { knownBrands: relationNames })
  let statements = first.statements
  let families = brandFamilies(doc, [...seeds, ...statements.flatMap((s) => s.brandNames)], sold)
  const lead = leadBrand(doc, families)
  ctx = {
    ...ctx,
    leadBrand: lead?.name ?? null,
    mainBrand: leadBrand(doc, families, true)?.name ?? null,
    presentedBrands: new Set(
      [...seeds, ...sold, ...statements.flatMap((s) => s.brandNames)].map(brandKey),
    ),
    sponsorBrands: new Set(
      statements.filter((s) => s.kind === 'sponsored').flatMap((s) => s.brandNames.map(brandKey)),
    ),
    brandKeys: new Set([...ctx.brandKeys, ...families.map((f) => f.key)]),
  }
  statements = readingOf(ctx, { knownBrands: relationNames }, first).statements
  families = brandFamilies(doc, [...seeds, ...statements.flatMap((s) => s.brandNames)], sold)
  const codes = codeTies(ctx, families)
  if (codes.length > 0)
    families = brandFamilies(
      doc,
      [...seeds, ...statements.flatMap((s) => s.brandNames), ...codes.map((c) => c.brand)],
      sold,
    )

  const links = productLinks(
    ctx,
    body,
    families,
    statements.filter((s) => s.kind === 'affiliate'),
  )
  const picks = publisherPicks(ctx, body, families)
  const connections = collectConnections(
    register,
    statements,
    families,
    codes,
    researchTies(ctx, statements),
    writersGifts(ctx, statements),
    publicationTies(ctx),
  )
  const connected = connectedEndorsements(ctx, body, connections, families)
  const a: Analysis = {
    body,
    doc,
    ctx,
    input,
    statements,
    families,
    connections,
    links,
    picks,
    connected,
  }

  const onDraft = new Set<string>()
  const sources = new Map<string, Set<BrandSource>>()
  const addSource = (name: string, source: BrandSource) => {
    const f = familyOf(families, name)
    const key = f?.name ?? name
    onDraft.add(key)
    const set = sources.get(key) ?? new Set<BrandSource>()
    set.add(source)
    sources.set(key, set)
  }
  for (const r of input.relations ?? []) addSource(r.brand, 'relation')
  for (const p of register) for (const c of p.connections) addSource(c.brand, 'person')
  for (const s of statements) for (const b of s.brandNames) addSource(b, 'text')
  for (const c of connections) addSource(c.brand, c.source === 'register' ? 'person' : 'text')
  const brands: BrandInfo[] = [...onDraft].map((name) => {
    const f = familyOf(families, name)
    return {
      name,
      sources: [...(sources.get(name) ?? [])],
      mentions: f ? brandMentions(ctx, body, f, families) : [],
    }
  })
  const mentions: Endorsement[] = brands.flatMap((b) =>
    b.mentions.map((m) => ({
      ...m,
      kind: 'brand-mention' as const,
      text: body.slice(m.start, m.end),
      brand: b.name,
    })),
  )
  const endorsements = [...links, ...picks, ...mentions, ...connected].sort(
    (x, y) => x.start - y.start || x.end - y.end,
  )

  const drafts: Draft[] = [
    ...materialConnection(a),
    ...affiliate(a),
    ...ambiguousAndBuried(a),
    ...paidResearch(a),
    ...credentialMismatches(body, quotes, register, input.subject).map((m) => ({
      rule: 'expert-credentials-mismatch' as const,
      ...m,
    })),
    // Experts the text presents by a profession, on a claim outside it (register entries with
    // credentials are checked above).
    ...expertiseMismatches(
      doc,
      body,
      quotes,
      (speaker) => !!findPerson(speaker, register)?.credentials?.length,
    ).map((m) => ({ rule: 'expert-credentials-mismatch' as const, ...m })),
    ...relations(a),
    ...analysisLimits({
      ctx,
      body,
      statements,
      families,
      endorsed: endorsements.some((e) => e.kind !== 'brand-mention'),
    }).map((l) => ({ rule: 'analysis-limit' as const, ...l })),
  ]
  const ids = new Map<string, number>()
  const findings: Finding[] = drafts
    .map(({ key, severity, ...f }) => {
      const base = `${f.rule}:${shortHash(key)}`
      const n = (ids.get(base) ?? 0) + 1
      ids.set(base, n)
      return {
        id: n === 1 ? base : `${base}-${n}`,
        severity: severity ?? RULES[f.rule].severity,
        ...f,
      }
    })
    .sort((x, y) => x.start - y.start || x.rule.localeCompare(y.rule))
  return {
    disclosures: statements.map((s) => spanOfStatement(body, s, families)),
    brands,
    endorsements,
    quotes,
    connections,
    findings,
  }
}

/** The findings of every disclosure rule, in text order. Galley flags and explains; legal decides. */
export function checkDisclosures(input: DisclosureCheckInput): Finding[] {
  return [...analyseDisclosures(input).findings]
}
