import type {
  BrandInfo,
  BrandRelationRef,
  BrandSource,
  DisclosureKind,
  DisclosureSpan,
  Endorsement,
  PersonRef,
  QuoteRef,
  TextRange,
  Wording,
} from './domain'
import {
  escapeRegExp,
  nameRegExp,
  overlaps,
  paragraphAt,
  paragraphs,
  sentenceAt,
  slug,
  surname,
  trimRange,
  type Paragraph,
} from './text'

// ---------------------------------------------------------------------------------------------
// Brands
// ---------------------------------------------------------------------------------------------

const PROPER = String.raw`([A-Z][\p{L}\p{N}'’-]*(?:\s+(?:&\s+)?[A-Z][\p{L}\p{N}'’-]*){0,3})`

/** Statements in the text that name a brand with a commercial tie. */
const BRAND_STATEMENTS: readonly RegExp[] = [
  new RegExp(String.raw`${PROPER},\s+for whom\b`, 'gu'),
  new RegExp(String.raw`\bsponsored by\s+${PROPER}`, 'giu'),
  new RegExp(
    String.raw`\b(?:ambassador|spokes(?:person|woman|man)|consultant|advis[oe]r|affiliate)\s+(?:for|of|to|with)\s+${PROPER}`,
    'giu',
  ),
  new RegExp(String.raw`\bpaid by\s+${PROPER}`, 'giu'),
  new RegExp(String.raw`\bpartnership with\s+${PROPER}`, 'giu'),
  new RegExp(String.raw`\b(?:gifted|sent|provided|supplied)\s+(?:free\s+)?by\s+${PROPER}`, 'giu'),
]

const NOT_BRANDS = /^(?:The|This|That|These|A|An|Our|We|I|Dr|Prof|Mr|Mrs|Ms|It|Its)$/

/** Brands named by commercial statements in the text ("sponsored by X", "X, for whom…"). */
export function brandsFromText(body: string, people: readonly PersonRef[] = []): string[] {
  const found = new Map<string, string>()
  const personWords = new Set(people.flatMap((p) => p.name.toLowerCase().split(/\s+/)))
  for (const re of BRAND_STATEMENTS) {
    re.lastIndex = 0
    for (let m = re.exec(body); m; m = re.exec(body)) {
      let name = (m[1] ?? '').trim().replace(/['’]s$/, '')
      // A leading "The" or sentence opener is not part of a brand.
      name = name.replace(/^(?:The|This|That)\s+/, '')
      if (!name || NOT_BRANDS.test(name)) continue
      if (name.split(/\s+/).some((w) => personWords.has(w.toLowerCase()))) continue
      if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), name)
    }
  }
  return [...found.values()]
}

/** Every range where the text names `brand` (possessive included). */
export function brandMentions(body: string, brand: string): TextRange[] {
  const urls = [...body.matchAll(/\]\([^)\s]*\)|https?:\/\/[^\s)\]]+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }))
  const out: TextRange[] = []
  const re = nameRegExp(brand)
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const r = { start: m.index, end: m.index + m[0].length }
    if (!urls.some((u) => overlaps(u, r))) out.push(r)
  }
  return out
}

/** The brands on a draft: its relations, its people's connections and statements in the text. */
export function collectBrands(
  body: string,
  relations: readonly BrandRelationRef[] = [],
  people: readonly PersonRef[] = [],
): BrandInfo[] {
  const byKey = new Map<string, { name: string; sources: Set<BrandSource> }>()
  const add = (name: string, source: BrandSource) => {
    const key = name.trim().toLowerCase()
    if (!key) return
    const entry = byKey.get(key) ?? { name: name.trim(), sources: new Set<BrandSource>() }
    entry.sources.add(source)
    byKey.set(key, entry)
  }
  for (const r of relations) add(r.brand, 'relation')
  for (const p of people) for (const c of p.connections) add(c.brand, 'person')
  for (const b of brandsFromText(body, people)) add(b, 'text')
  return [...byKey.values()].map(({ name, sources }) => ({
    name,
    sources: [...sources],
    mentions: brandMentions(body, name),
  }))
}

// ---------------------------------------------------------------------------------------------
// Disclosure statements
// ---------------------------------------------------------------------------------------------

interface Pattern {
  readonly re: RegExp
  readonly kind: DisclosureKind
  readonly wording: Wording
  /** 'match': the matched text is the statement (labels, hashtags); else its sentence. */
  readonly span?: 'match' | 'sentence'
  readonly note?: string
}

const PATTERNS: readonly Pattern[] = [
  // Affiliate
  {
    re: /\b(?:we|i|this (?:site|page|article|post|feature|guide)|the (?:site|publisher|magazine))\s+(?:may|might|will|could|can|also|sometimes)?\s*(?:earn|receive|get|make|be paid)\s+(?:a\s+)?(?:small\s+)?(?:commissions?|affiliate (?:fees?|commissions?)|a (?:small )?share of (?:the )?(?:sales|revenue)|a fee)/gi,
    kind: 'affiliate',
    wording: 'clear',
  },
  {
    re: /\bcommissions?\s+(?:for|on|from)\s+(?:purchases|sales|anything)/gi,
    kind: 'affiliate',
    wording: 'clear',
  },
  {
    re: /\b(?:contains?|includes?|uses?|are|is|these are|via)\s+(?:an?\s+)?affiliate links?\b|\baffiliate (?:disclosure|notice)\b|\bas an? [A-Z]\w+ associate\b/gi,
    kind: 'affiliate',
    wording: 'clear',
  },
  // Sponsored
  { re: /\bsponsored by\b/gi, kind: 'sponsored', wording: 'clear' },
  {
    re: /\b(?:this|the) (?:post|article|feature|content|story|video|page|guide|piece|newsletter|series) (?:is|was|has been) (?:sponsored|paid for|funded|commissioned|produced for)\b/gi,
    kind: 'sponsored',
    wording: 'clear',
  },
  {
    re: /\bpaid (?:partnership|promotion|advertisement|advertising|content|post|placement)\b/gi,
    kind: 'sponsored',
    wording: 'clear',
  },
  {
    re: /(?:^|\n)[ \t]*[*_[(]*(?:[Ss]ponsored(?: content| feature| post)?|SPONSORED(?: CONTENT| FEATURE)?|[Aa]dvertisement(?: feature)?|ADVERTISEMENT(?: FEATURE)?|[Aa]dvertorial|ADVERTORIAL|Ad|AD|Paid partnership|PAID PARTNERSHIP)[*_\])]*[ \t]*(?=$|\n|:|[-—–|])/g,
    kind: 'sponsored',
    wording: 'clear',
    span: 'match',
  },
  {
    re: /[[(](?:Ad|AD|Advertisement|Sponsored)[\])]/g,
    kind: 'sponsored',
    wording: 'clear',
    span: 'match',
  },
  {
    re: /#(?:ad|sponsored|advert|advertisement|paidpartnership)\b/gi,
    kind: 'sponsored',
    wording: 'clear',
    span: 'match',
  },
  // Material connection
  {
    re: /\b(?:is|are|am|was|were|has been|have been|serves as|works as|acts as)\s+(?:also\s+)?(?:a|an|the)?\s*(?:paid|compensated|long-?time|official|global|former|salaried)?\s*(?:brand\s+)?(?:ambassador|spokes(?:person|woman|man)|consultant|advis[oe]r|affiliate|brand partner)\s+(?:for|of|to|with|at)\b/gi,
    kind: 'material-connection',
    wording: 'clear',
  },
  {
    re: /\bas (?:a|an|its|their) (?:paid )?(?:brand )?(?:ambassador|spokes(?:person|woman|man)|consultant|advis[oe]r)\s+(?:for|of|to)\b/gi,
    kind: 'material-connection',
    wording: 'clear',
  },
  {
    re: /,\s+(?:a|an|the|its|their)\s+(?:paid\s+)?(?:brand\s+)?(?:ambassador|spokes(?:person|woman|man)|consultant|advis[oe]r)\s+(?:for|of|to)\b/gi,
    kind: 'material-connection',
    wording: 'clear',
  },
  {
    re: /\b[A-Z][\p{L}&'’-]+(?:\s+[A-Z][\p{L}&'’-]+)*\s+(?:brand\s+)?(?:ambassador|spokes(?:person|woman|man))\b/gu,
    kind: 'material-connection',
    wording: 'clear',
  },
  {
    re: /,\s+for whom\b[^.\n]{0,80}\b(?:ambassador|consultant|spokes\w+|works|advis[oe]r)/gi,
    kind: 'material-connection',
    wording: 'clear',
  },
  {
    re: /\b(?:is|are|am|was|were|has been|have been|gets|get|got)\s+paid by\b|\bpays? (?:her|him|them|me)\b|\breceives? (?:a )?(?:fees?|payments?|compensation|a retainer|royalties|a salary) from\b|\b(?:consults|works) for\b/gi,
    kind: 'material-connection',
    wording: 'clear',
  },
  {
    re: /\b(?:owns|holds|has) (?:shares|a stake|an? (?:equity|financial) stake|equity) in\b|\b(?:is|was) an? (?:investor|shareholder) in\b|\b(?:co-?founded|co-?owns)\b|\b(?:co-?)?founder of\b/gi,
    kind: 'material-connection',
    wording: 'clear',
  },
  {
    re: /\b(?:her|his|their|my|our) (?:husband|wife|partner|brother|sister|son|daughter|father|mother|spouse|family) (?:works for|owns|founded|runs|is employed by|co-?owns)\b/gi,
    kind: 'material-connection',
    wording: 'clear',
  },
  {
    re: /\bhas (?:a |an )?(?:financial|commercial|paid|business) (?:relationship|interest|tie|connection|arrangement) with\b/gi,
    kind: 'material-connection',
    wording: 'clear',
  },
  // Gifted product
  {
    re: /\b(?:provided|sent|gave|gifted|supplied|lent|donated)\b[^.\n]{0,60}\b(?:free(?: of charge)?|for free|at no (?:cost|charge)|without charge|as a gift|as gifts)\b/gi,
    kind: 'gifted-product',
    wording: 'clear',
  },
  {
    re: /\b(?:free|complimentary|gifted) (?:samples?|products?|bottles?|jars?|units?|items?|review (?:samples?|units?))\b|\b(?:were|was) (?:gifted|sent to us|given to us)\b|\bgifted by\b|\bPR (?:samples?|gifts?)\b/gi,
    kind: 'gifted-product',
    wording: 'clear',
  },
  // Ambiguous wording
  {
    re: /#sp\b/gi,
    kind: 'sponsored',
    wording: 'ambiguous',
    span: 'match',
    note: '“#sp” does not tell readers the post is paid for',
  },
  {
    re: /#spon\b/gi,
    kind: 'sponsored',
    wording: 'ambiguous',
    span: 'match',
    note: '“#spon” does not tell readers the post is paid for',
  },
  {
    re: /#(?:partner|collab|ambassador|promo|promoted)\b/gi,
    kind: 'sponsored',
    wording: 'ambiguous',
    span: 'match',
    note: 'a hashtag like this does not say what the connection is',
  },
  {
    re: /\b(?:in partnership with|in association with|in collaboration with|brought to you by|presented by|partner content|partner post|our partners?\b|brand partners?\b)/gi,
    kind: 'sponsored',
    wording: 'ambiguous',
    note: '“partner”-style wording does not say the brand paid',
  },
  {
    re: /\bpromoted (?:by|content|post|feature|article|story)\b|(?:^|\n)[ \t]*[*_]*Promoted\b/gi,
    kind: 'sponsored',
    wording: 'ambiguous',
    note: '“promoted” does not say the brand paid',
  },
]

const KIND_ORDER: readonly DisclosureKind[] = [
  'material-connection',
  'gifted-product',
  'affiliate',
  'sponsored',
  'other',
]

interface Candidate extends TextRange {
  readonly kind: DisclosureKind
  readonly wording: Wording
  readonly note?: string
}

function brandPatterns(brands: readonly string[]): Pattern[] {
  const out: Pattern[] = []
  for (const b of brands) {
    const name = escapeRegExp(b).replace(/\s+/g, '\\s+')
    out.push({
      re: new RegExp(
        String.raw`\bthanks?(?:\s+you)?,?\s+(?:so much\s+)?(?:to\s+)?(?:the\s+team\s+at\s+)?${name}(?![\p{L}\p{N}]|['’]s\b)`,
        'giu',
      ),
      kind: 'other',
      wording: 'ambiguous',
      note: `“thanks ${b}” does not say what ${b} gave or paid`,
    })
    out.push({
      re: new RegExp(String.raw`#${escapeRegExp(slug(b).replace(/-/g, ''))}\b`, 'giu'),
      kind: 'other',
      wording: 'ambiguous',
      span: 'match',
      note: `a brand hashtag alone does not disclose a connection with ${b}`,
    })
  }
  return out
}

/** A paragraph that is only a brand name (a logo line): ambiguous by the FTC guidance. */
function brandAlone(
  body: string,
  paras: readonly Paragraph[],
  brands: readonly string[],
): Candidate[] {
  const out: Candidate[] = []
  for (const p of paras) {
    const bare = p.text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/[*_#>[\]()]/g, ' ')
      .replace(/\b(?:logo|with|by)\b/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    const brand = brands.find((b) => b.toLowerCase() === bare.toLowerCase())
    if (brand) {
      out.push({
        ...trimRange(body, p),
        kind: 'sponsored',
        wording: 'ambiguous',
        note: `the brand name “${brand}” alone does not tell readers about a paid relationship`,
      })
    }
  }
  return out
}

/** A statement that follows a row of links starts after the last of them. */
function afterLinks(body: string, r: TextRange, matchAt: number): TextRange {
  const before = body.slice(r.start, matchAt)
  let cut = -1
  for (const m of before.matchAll(/\[[^\]\n]*\]\([^)\s]*\)|https?:\/\/\S+/g)) {
    cut = (m.index ?? 0) + m[0].length
  }
  if (cut < 0) return r
  let start = r.start + cut
  while (start < r.end && /[\s·•|,;:—–-]/.test(body[start] ?? '')) start++
  return trimRange(body, { start, end: r.end })
}

/** Finds disclosure statements in a body; `brands` sharpens "thanks [Brand]" and brand-alone. */
export function detectDisclosures(body: string, brands: readonly string[] = []): DisclosureSpan[] {
  const paras = paragraphs(body)
  const candidates: Candidate[] = brandAlone(body, paras, brands)
  for (const p of [...PATTERNS, ...brandPatterns(brands)]) {
    p.re.lastIndex = 0
    for (let m = p.re.exec(body); m; m = p.re.exec(body)) {
      if (m[0].length === 0) {
        p.re.lastIndex++
        continue
      }
      const para = paras[paragraphAt(paras, m.index + m[0].length - 1)]
      if (!para || para.heading) continue
      const range =
        p.span === 'match'
          ? trimRange(body, { start: m.index, end: m.index + m[0].length })
          : afterLinks(body, sentenceAt(body, para, m.index + m[0].search(/\S/)), m.index)
      candidates.push({
        ...range,
        kind: p.kind,
        wording: p.wording,
        ...(p.note ? { note: p.note } : {}),
      })
    }
  }
  return mergeCandidates(body, candidates, brands)
}

function mergeCandidates(
  body: string,
  candidates: Candidate[],
  brands: readonly string[],
): DisclosureSpan[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  const groups: Candidate[][] = []
  let group: Candidate[] = []
  let groupEnd = -1
  for (const c of candidates) {
    if (group.length && c.start < groupEnd) {
      group.push(c)
      groupEnd = Math.max(groupEnd, c.end)
    } else {
      if (group.length) groups.push(group)
      group = [c]
      groupEnd = c.end
    }
  }
  if (group.length) groups.push(group)

  const out: DisclosureSpan[] = []
  for (const g of groups) {
    const clear = g.filter((c) => c.wording === 'clear')
    const kept = clear.length ? clear : g
    const start = Math.min(...g.map((c) => c.start))
    const end = Math.max(...g.map((c) => c.end))
    const text = body.slice(start, end)
    const named = brands.filter((b) => nameRegExp(b).test(text))
    for (const kind of KIND_ORDER) {
      const ofKind = kept.filter((c) => c.kind === kind)
      const first = ofKind[0]
      if (!first) continue
      out.push({
        start,
        end,
        text,
        kind,
        wording: first.wording,
        brands: named,
        ...(first.wording === 'ambiguous' && first.note ? { note: first.note } : {}),
      })
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Quotes (a simple fallback; the quotes engine normally supplies them)
// ---------------------------------------------------------------------------------------------

const PRONOUN_ATTRIBUTION =
  /\b(?:she|he|they) (?:says|said|adds|added|explains|explained|notes|noted|tells|told|insists|argues)\b|\b(?:says|said|adds|added) (?:she|he|they)\b/i

function mentionedPeople(
  text: string,
  offset: number,
  people: readonly PersonRef[],
): { person: PersonRef; at: number }[] {
  const out: { person: PersonRef; at: number }[] = []
  for (const person of people) {
    for (const n of new Set([person.name, surname(person.name)])) {
      const re = nameRegExp(n)
      for (let m = re.exec(text); m; m = re.exec(text)) out.push({ person, at: offset + m.index })
    }
  }
  return out.sort((a, b) => a.at - b.at)
}

/** Direct quotes (curly or straight marks, Q&A answers) attributed to people by name. */
export function detectQuotes(body: string, people: readonly PersonRef[] = []): QuoteRef[] {
  const paras = paragraphs(body)
  const out: QuoteRef[] = []
  let lastPerson: { name: string; para: number } | null = null
  let qaSpeaker: string | null = null
  for (const p of paras) {
    const mentions = mentionedPeople(p.text, p.start, people)
    if (p.heading) qaSpeaker = null
    if (p.qa === 'question' && qaSpeaker === null) qaSpeaker = lastPerson?.name ?? null
    if (p.qa === 'answer') {
      const lead = /^[*_]*A[:.][*_]*\s*/.exec(p.text)?.[0].length ?? 0
      out.push({ start: p.start + lead, end: p.end, speaker: qaSpeaker })
    } else {
      const re = /“[^”]+”|"[^"\n]+"/g
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        if (m[0].split(/\s+/).length < 4) continue
        const start = p.start + m.index
        const end = start + m[0].length
        const outside = mentions.filter((x) => x.at < start || x.at >= end)
        let speaker: string | null = null
        if (outside.length) {
          const dist = (at: number) => (at < start ? start - at : at - end)
          speaker = [...outside].sort((a, b) => dist(a.at) - dist(b.at))[0]?.person.name ?? null
        } else if (
          PRONOUN_ATTRIBUTION.test(p.text) &&
          lastPerson &&
          p.index - lastPerson.para <= 3
        ) {
          speaker = lastPerson.name
        }
        out.push({ start, end, speaker })
      }
    }
    const last = mentions[mentions.length - 1]
    if (last) lastPerson = { name: last.person.name, para: p.index }
  }
  return out
}

/** The register entry a quote's speaker names (full name or surname). */
export function findPerson(
  speaker: string | null,
  people: readonly PersonRef[],
): PersonRef | undefined {
  if (!speaker) return undefined
  const s = speaker.toLowerCase()
  return (
    people.find((p) => p.name.toLowerCase() === s) ??
    people.find((p) => s.includes(surname(p.name).toLowerCase()))
  )
}

// ---------------------------------------------------------------------------------------------
// Endorsements
// ---------------------------------------------------------------------------------------------

const AFFILIATE_URL =
  /[?&](?:tag|ref|aff|affid|aff_id|affiliate|affiliate_id|afftrack|clickref|subid|sub_id|irclickid|ranmid|utm_medium=affiliate|utm_source=affiliate)\b|(?:amzn\.to|skimresources|skimlinks|linksynergy|awin1|shareasale|rstyle\.me|howl\.me|shopstyle|redirectingat|prf\.hn|anrdoezrs|dpbolvw|jdoqocy|tkqlhce|kqzyfj|pntra|avantlink|sjv\.io|fave\.co|affiliate)|\/(?:aff|go|ref|recommends)\//i

const PRODUCT_URL = /\/(?:products?|p|dp|item|items|shop|store|buy)\/|\/\/(?:shop|store|buy)\./i
const PRICE = /[£$€]\s?\d/

/** Whether a URL looks like an affiliate link (tracking parameters, affiliate networks). */
export function isAffiliateUrl(url: string): boolean {
  return AFFILIATE_URL.test(url)
}

const RECOMMENDATIONS: readonly RegExp[] = [
  /\b(?:[Tt]ry|[Bb]uy|[Gg]rab|[Pp]ick up|[Ss]hop|[Oo]rder|[Ss]nap up|[Tt]reat yourself to|[Ss]plurge on|[Ss]tock up on)[ \t]+(?=(?:the|this|these|a|an|it|one|our|some)\b|[A-Z])/g,
  /\b(?:we|I) (?:love|recommend|rate|adore|swear by|can't get enough of)\b/gi,
  /\bour (?:top |favourite |favorite |best )?(?:pick|picks|favourite|favorite|choice|winner|top buy)\b/gi,
  /\b(?:editor'?s?'? (?:pick|choice)|best buy|best value|best overall|must-have|holy grail)\b/gi,
  /\b(?:first|top) choice\b/gi,
  /\bworth (?:buying|the money|every penny|the splurge)\b/gi,
]

const PERSON_ENDORSES =
  /\b(?:recommends?|recommended|swears by|loves?|uses|suggests?|prescribes?|favou?rs?|favou?rite|choice|pick|rates?|credits?|reaches for|trusts?)\b/i

/** Markdown links and bare URLs that point at products, with their brand if any. */
export function productLinks(body: string, brands: readonly string[]): Endorsement[] {
  const out: Endorsement[] = []
  const linkRe = /(!?)\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g
  const linked: TextRange[] = []
  for (let m = linkRe.exec(body); m; m = linkRe.exec(body)) {
    const range = { start: m.index, end: m.index + m[0].length }
    linked.push(range)
    if (m[1]) continue
    const label = m[2] ?? ''
    const url = m[3] ?? ''
    const brand =
      brands.find((b) => nameRegExp(b).test(label)) ??
      brands.find((b) => url.toLowerCase().includes(slug(b))) ??
      null
    const affiliate = isAffiliateUrl(url)
    if (affiliate || PRODUCT_URL.test(url) || PRICE.test(label) || brand) {
      out.push({ ...range, kind: 'product-link', text: m[0], brand, affiliate })
    }
  }
  const bareRe = /https?:\/\/[^\s)>\]]+/g
  for (let m = bareRe.exec(body); m; m = bareRe.exec(body)) {
    const range = { start: m.index, end: m.index + m[0].length }
    if (linked.some((l) => overlaps(l, range))) continue
    if (isAffiliateUrl(m[0]) || PRODUCT_URL.test(m[0])) {
      const brand = brands.find((b) => m[0].toLowerCase().includes(slug(b))) ?? null
      out.push({
        ...range,
        kind: 'product-link',
        text: m[0],
        brand,
        affiliate: isAffiliateUrl(m[0]),
      })
    }
  }
  return out
}

/** Product recommendations in running text ("try", "our pick", "we love"…), headings excluded. */
export function recommendations(body: string, brands: readonly string[]): Endorsement[] {
  const paras = paragraphs(body)
  const out: Endorsement[] = []
  for (const re of RECOMMENDATIONS) {
    re.lastIndex = 0
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const para = paras[paragraphAt(paras, m.index)]
      if (!para || para.heading || m.index >= para.end) continue
      const r = sentenceAt(body, para, m.index)
      if (out.some((e) => e.start === r.start)) continue
      const text = body.slice(r.start, r.end)
      const brand = brands.find((b) => nameRegExp(b).test(text)) ?? null
      out.push({ ...r, kind: 'recommendation', text, brand })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Quotes and featured mentions in which a person with a material connection to a brand speaks
 * about that brand: the quote or its paragraph names the brand.
 */
export function connectedEndorsements(
  body: string,
  quotes: readonly QuoteRef[],
  people: readonly PersonRef[],
): Endorsement[] {
  const paras = paragraphs(body)
  const out: Endorsement[] = []
  const seen = new Set<string>()
  for (const q of quotes) {
    const person = findPerson(q.speaker, people)
    if (!person) continue
    const para = paras[paragraphAt(paras, q.start)]
    if (!para) continue
    for (const c of person.connections) {
      const re = nameRegExp(c.brand)
      if (!re.test(body.slice(q.start, q.end)) && !nameRegExp(c.brand).test(para.text)) continue
      const key = `${person.name}|${c.brand}|${para.index}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({
        start: q.start,
        end: q.end,
        kind: 'connected-quote',
        text: body.slice(q.start, q.end),
        brand: c.brand,
        person: person.name,
      })
    }
  }
  // A featured person recommending a brand's product without a direct quote.
  for (const para of paras) {
    if (para.heading) continue
    for (const person of people) {
      if (!nameRegExp(surname(person.name)).test(para.text)) continue
      for (const c of person.connections) {
        const key = `${person.name}|${c.brand}|${para.index}`
        if (seen.has(key)) continue
        const m = nameRegExp(c.brand).exec(para.text)
        if (!m) continue
        const r = sentenceAt(body, para, para.start + m.index)
        const sentence = body.slice(r.start, r.end)
        if (!PERSON_ENDORSES.test(sentence) || !nameRegExp(surname(person.name)).test(sentence)) {
          continue
        }
        // A sentence that is itself a disclosure is not an endorsement.
        if (detectDisclosures(sentence, [c.brand]).some((d) => d.wording === 'clear')) continue
        seen.add(key)
        out.push({
          ...r,
          kind: 'connected-quote',
          text: sentence,
          brand: c.brand,
          person: person.name,
        })
      }
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Every endorsement a disclosure must cover: product links, recommendations, brand mentions, connected quotes. */
export function detectEndorsements(
  body: string,
  brands: readonly BrandInfo[],
  quotes: readonly QuoteRef[],
  people: readonly PersonRef[],
): Endorsement[] {
  const names = brands.map((b) => b.name)
  const mentions: Endorsement[] = brands.flatMap((b) =>
    b.mentions.map((m) => ({
      ...m,
      kind: 'brand-mention' as const,
      text: body.slice(m.start, m.end),
      brand: b.name,
    })),
  )
  return [
    ...productLinks(body, names),
    ...recommendations(body, names),
    ...mentions,
    ...connectedEndorsements(body, quotes, people),
  ].sort((a, b) => a.start - b.start || a.end - b.end)
}

// ---------------------------------------------------------------------------------------------
// Research funded by a brand
// ---------------------------------------------------------------------------------------------

export const RESEARCH_NOUN =
  /\b(?:study|studies|trial|trials|research|survey|report|lab(?:oratory)? work|tests?|paper|analysis|experiment)\b/i

/** A statement in the text that a brand paid for research. */
export interface FundingStatement extends TextRange {
  readonly funder: string
  /** How the sentence names the research ("VELLA-12", "Glowa Skin study"). */
  readonly keys: readonly string[]
}

const STOP_KEYS = /^(?:The|A|An|This|That|Its|Their|Our|One|In|New)$/

function researchKeys(sentence: string, funder: string): string[] {
  const keys = new Set<string>()
  const acronym = /\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b|\b[A-Z]{3,}[0-9]*\b/g
  for (let m = acronym.exec(sentence); m; m = acronym.exec(sentence)) keys.add(m[0])
  const named =
    /\b((?:[A-Z][\p{L}\p{N}'’-]*\s+){1,3})(?:study|trial|survey|report|review|tests?)\b/gu
  for (let m = named.exec(sentence); m; m = named.exec(sentence)) {
    const words = (m[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => !STOP_KEYS.test(w))
    const key = words.join(' ').replace(/['’]s$/, '')
    if (key && key.toLowerCase() !== funder.toLowerCase() && !nameRegExp(funder).test(key)) {
      keys.add(key)
    }
  }
  for (const k of [...keys]) if (nameRegExp(funder).test(k)) keys.delete(k)
  return [...keys]
}

/** Sentences that say a brand on the draft paid for a study, trial or other research. */
export function fundingStatements(body: string, brands: readonly string[]): FundingStatement[] {
  const paras = paragraphs(body)
  const out: FundingStatement[] = []
  for (const brand of brands) {
    const b = escapeRegExp(brand).replace(/\s+/g, '\\s+')
    const re = new RegExp(
      String.raw`\b(?:funded|commissioned|paid for|sponsored|financed|bankrolled|underwritten|supported|backed)\s+(?:in part\s+|partly\s+|wholly\s+|entirely\s+|jointly\s+)?by\s+${b}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])${b}[-‐ ](?:funded|commissioned|sponsored|backed)\b|(?<![\p{L}\p{N}])${b}['’]s own (?:study|trial|research|tests?|survey)`,
      'giu',
    )
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const para = paras[paragraphAt(paras, m.index)]
      if (!para) continue
      const r = sentenceAt(body, para, m.index)
      const sentence = body.slice(r.start, r.end)
      if (!RESEARCH_NOUN.test(sentence)) continue
      out.push({ ...r, funder: brand, keys: researchKeys(sentence, brand) })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
