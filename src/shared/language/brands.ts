import type { Doc } from './document'
import type { Entity } from './entities'
import { PLACE_WORDS } from './lexicon'
import type { Mention } from './mentions'
import { organisationBefore, ownerOf } from './reference'

/**
 * Brand families: a company, its product lines and how the text shortens them are one brand.
 * "Norvane Labs", "Norvane", "Norvane's Night Repair" and "Night Repair" (once the text has
 * said whose it is) all resolve to the family keyed "norvane".
 */
export interface BrandFamily {
  /** Lower-case first word of the brand's name: "norvane". */
  readonly key: string
  /** The name to show: the fullest company name the text or the caller gives. */
  readonly name: string
  /** Every name of the family the text uses (companies and products), as written. */
  readonly names: readonly string[]
}

const LEADING = /^(?:the|a|an)\s+/i

/** The family key of a brand or product name: its first word, lower case, possessive dropped. */
export function brandKey(name: string): string {
  // Asked for every mention of every name, many times over a long draft: kept per name.
  let key = keys.get(name)
  if (key === undefined) {
    const first = name.trim().replace(LEADING, '').split(/\s+/)[0] ?? ''
    key = first
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/[^\p{L}\p{N}&-]+/gu, '')
    if (keys.size >= 50_000) keys.clear()
    keys.set(name, key)
  }
  return key
}

const keys = new Map<string, string>()

/** Whether two brand or product names belong to one family ("Norvane Night Repair" ↔ "Norvane Labs"). */
export function sameBrand(a: string, b: string): boolean {
  const x = brandKey(a)
  return x !== '' && x === brandKey(b)
}

/** Verbs that credit a product to its maker: "made by X". */
const CREDIT_VERBS = new Set([
  'made',
  'sold',
  'designed',
  'produced',
  'manufactured',
  'distributed',
])

/** Nouns for a company said to stand behind what it makes: "X, the company behind Y". */
const BEHIND = new Set([
  'company',
  'firm',
  'business',
  'startup',
  'studio',
  'team',
  'group',
  'brand',
])

/** Nouns that describe a company by what it makes: "X, the maker of Y". */
const MAKER_OF = new Set([
  'maker',
  'makers',
  'manufacturer',
  'producer',
  'developer',
  'creator',
  'owner',
  'brewer',
  'publisher',
])

/** Verbs with which a company puts out a product: "Novaline launched Follicore". */
const MAKES = new Set(
  'launch launches launched make makes made sell sells sold introduce introduces introduced unveil unveils unveiled release releases released market markets marketed debut debuts debuted'.split(
    ' ',
  ),
)

/**
 * Whether a mention can be (part of) a brand: not a titled name, not a place, and not a person
 * unless the caller knows its first word as a brand (entity typing is a guess; a seed is not).
 */
function brandish(doc: Doc, m: Mention, known: ReadonlySet<string> = new Set()): boolean {
  if (m.title) return false
  const words = m.name.toLowerCase().split(/\s+/)
  if (words.length > 1 && PLACE_WORDS.has(words.at(-1) ?? '')) return false
  const e = ownerOf(doc, m)
  if (!e || known.has(brandKey(m.name))) return true
  if (e.kind === 'place') return false
  // Two capitalised words lean "person" without other evidence; a title, a gendered pronoun
  // or a verb of saying is evidence.
  return e.kind !== 'person' || (e.gender === null && e.score.person < 1.5)
}

/** Product names (lower case) the text ties to a maker's key: "Ondine’s Night Veil", "X launched Y". */
/** A model designation inside a name: "E-Sear", "TM-4", "X2", "500S". */
const MODEL_NAME =
  /(?:^|\s)(?:\p{Lu}{1,3}-\p{Lu}[\p{L}\d]*|\p{Lu}*\d+\p{L}*|\p{Lu}{1,3}-\d+\p{L}*)(?:\s|$)/u

function productLinks(doc: Doc, common: ReadonlySet<string>): Map<string, string> {
  const links = new Map<string, string>()
  const link = (product: Mention, owner: string) => {
    const name = product.name.toLowerCase()
    // "its Silverleaf serum": a one-word name the text also uses as a common noun is no product.
    if (!name.includes(' ') && common.has(name)) return
    if (owner && brandKey(product.name) !== owner && !links.has(name)) links.set(name, owner)
  }
  // Whether each mention can be a brand, asked once each (a mention is both `m` and `next`).
  const able = doc.mentions.map((m) => brandish(doc, m))
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i]
    // "the company has launched its new Halo thermostat": "its" is the company named before.
    if (m && able[i]) {
      const toks = m.sentence.tokens
      let k = m.tokenIndex - 1
      while (k >= 0 && (toks[k]?.pos === 'ADJ' || toks[k]?.lower === 'new')) k--
      const det = toks[k]?.lower
      if (det === 'its' || det === 'their') {
        const owner = organisationBefore(doc, toks[k]?.start ?? m.start, 1)
        if (owner && owner !== ownerOf(doc, m)) link(m, brandKey(owner.name))
      }
    }
    const next = doc.mentions[i + 1]
    if (!m || !next || next.sentence !== m.sentence) continue
    if (!able[i] || !able[i + 1]) continue
    const toks = m.sentence.tokens
    const between = toks.slice(m.tokenEnd, next.tokenIndex).map((t) => t.lower)
    // "Ondine’s Night Veil": the possessor's product (its words may be tagged times or
    // common nouns, "Night", so the capitalised run after the possessive is the name).
    if (m.possessive && between.length >= 1 && between.length <= 3) {
      const run = toks.slice(m.tokenEnd + 1, next.tokenEnd)
      if (run.every((t) => /^\p{Lu}/u.test(t.text))) {
        link(next, brandKey(m.name))
        if (run.length > 1)
          links.set(
            run
              .map((t) => t.text)
              .join(' ')
              .toLowerCase(),
            brandKey(m.name),
          )
      }
    }
    // "Novaline Labs on Monday launched Follicore": a company's new product.
    const verb = between.findIndex((w) => MAKES.has(w))
    if (verb >= 0 && between.length <= 4) link(next, brandKey(m.name))
    // "Novaline Labs, the maker of Follicore", "Novaline, maker of the Follicore range": the
    // company named, then described by what it makes.
    const said = between.filter((w) => w !== ',' && w !== 'the' && w !== 'a')
    // "Brindle Ledger, the company behind Tallyhoe": the same, said by what it stands behind.
    if (
      between[0] === ',' &&
      said.length === 2 &&
      ((MAKER_OF.has(said[0] ?? '') && said[1] === 'of') ||
        (BEHIND.has(said[0] ?? '') && said[1] === 'behind')) &&
      ownerOf(doc, next)?.kind !== 'person'
    )
      link(next, brandKey(m.name))
    // "Follicore, from Novaline", "Follicore by Novaline", "made by Novaline": a product credit,
    // not "run by X and funded by Y".
    const credit = between.filter((w) => w !== ',')
    const e = ownerOf(doc, m)
    if (
      (credit.length === 1 && (credit[0] === 'from' || credit[0] === 'by')) ||
      (credit.length === 2 && CREDIT_VERBS.has(credit[0] ?? '') && credit[1] === 'by')
    ) {
      // A model's name ("the Ridgeway X-2 from Y", "the Vela TM-4 by Y") is a product's, however
      // its company-like first word got it typed.
      if (e?.kind !== 'organisation' || MODEL_NAME.test(m.name)) link(m, brandKey(next.name))
    }
  }
  // "the Loftwell Rise Pro … The Rise Pro is the desk I kept": a model named again without its
  // maker's word is the maker's, when the full name puts one word (the maker) before it.
  const full = new Map<string, string>()
  doc.mentions.forEach((m, i) => {
    const words = m.name.split(/\s+/)
    if (words.length < 3 || !able[i]) return
    if (ownerOf(doc, m)?.kind === 'person') return
    full.set(words.slice(1).join(' ').toLowerCase(), brandKey(m.name))
  })
  doc.mentions.forEach((m, i) => {
    const owner = full.get(m.name.toLowerCase())
    if (owner && able[i] && ownerOf(doc, m)?.kind !== 'person' && !links.has(m.name.toLowerCase()))
      link(m, owner)
  })
  return links
}

const commonCache = new WeakMap<Doc, Set<string>>()

/** Words the body also uses in lower case mid-sentence: common words, not brand names. */
export function commonWords(doc: Doc): ReadonlySet<string> {
  let out = commonCache.get(doc)
  if (!out) {
    out = new Set<string>()
    for (const m of doc.body.matchAll(/(?<=[\p{Ll},;] )\p{Ll}[\p{L}-]+/gu)) out.add(m[0])
    commonCache.set(doc, out)
  }
  return out
}

/**
 * The maker's key a mention's name is linked to: the product's full name, a longer name that
 * starts with it ("Night Veil Serum"), or its first words when those are not a common noun
 * ("Follicore" for "Follicore Daily Density Serum", but not "silverleaf" for a product named
 * after its ingredient).
 */
function linkedOwner(
  links: ReadonlyMap<string, string>,
  common: ReadonlySet<string>,
  name: string,
): string | undefined {
  const n = name.toLowerCase()
  const direct = links.get(n)
  if (direct) return direct
  // Asked for every mention against every link: no string made per link, and the name's words
  // looked up once (and only when a product starts with the name).
  let commonWord: boolean | undefined
  for (const [product, owner] of links) {
    if (n.length > product.length && n.charCodeAt(product.length) === 32 && n.startsWith(product))
      return owner
    if (
      product.length > n.length &&
      product.charCodeAt(n.length) === 32 &&
      product.startsWith(n) &&
      !(commonWord ??= n.split(/\s+/).some((w) => common.has(w)))
    )
      return owner
  }
  return undefined
}

/**
 * The brand families of a document: every organisation or product it names, grouped by first
 * word, with products linked to their makers, plus the `seeds` a caller knows are brands
 * (a draft's relations, the people register's connections, brands a disclosure names).
 */
export function brandFamilies(
  doc: Doc,
  seeds: readonly string[] = [],
  hints: readonly string[] = [],
): BrandFamily[] {
  // The disclosure check asks again with the brands its second reading found: most often the
  // same as the first's, and a long draft's families take a second to work out.
  const last = lastFamilies.get(doc)
  if (last && sameList(last.seeds, seeds) && sameList(last.hints, hints)) return last.families
  const families = workOutFamilies(doc, seeds, hints)
  lastFamilies.set(doc, { seeds: [...seeds], hints: [...hints], families })
  return families
}

const lastFamilies = new WeakMap<
  Doc,
  { seeds: readonly string[]; hints: readonly string[]; families: BrandFamily[] }
>()

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function workOutFamilies(
  doc: Doc,
  seeds: readonly string[],
  hints: readonly string[],
): BrandFamily[] {
  const common = commonWords(doc)
  const links = productLinks(doc, common)
  const byKey = new Map<string, { names: Set<string>; seed: string | null; org: string | null }>()
  const entry = (key: string) => {
    let f = byKey.get(key)
    if (!f) {
      f = { names: new Set(), seed: null, org: null }
      byKey.set(key, f)
    }
    return f
  }
  const keyOf = (name: string) => linkedOwner(links, common, name) ?? brandKey(name)
  const seedKeys = new Set(seeds.map(keyOf))
  for (const s of seeds) {
    const key = keyOf(s)
    if (!key) continue
    const f = entry(key)
    f.names.add(s.trim())
    if (!f.seed || s.length > f.seed.length) f.seed = s.trim()
  }
  const isBrandEntity = (e: Entity | undefined) =>
    !!e && (e.kind === 'organisation' || e.kind === 'product')
  for (const m of doc.mentions) {
    const linked = linkedOwner(links, common, m.name)
    const key = linked ?? brandKey(m.name)
    if (!key || !brandish(doc, m, seedKeys)) continue
    // "Ferment Serums" in a headline: a common noun capitalised is not a brand.
    if (!linked && !seedKeys.has(key) && common.has(key)) continue
    const e = ownerOf(doc, m)
    const known = byKey.has(key) || linked !== undefined
    if (!known && !isBrandEntity(e)) continue
    const f = entry(key)
    f.names.add(m.name)
    if (e?.kind === 'organisation' && brandKey(e.name) === key) {
      if (!f.org || e.name.length > f.org.length) f.org = e.name
    }
  }
  // Names the caller knows are brands only from how the text uses them (a price after them):
  // a family of their own when nothing else made one, named by the company when one is known.
  for (const h of hints) {
    const key = keyOf(h)
    if (!key || byKey.has(key)) continue
    entry(key).names.add(h.trim())
  }
  // Products the text tied to a family are its names too, mentioned again or not.
  // Its first word alone too ("Quayside" for "Quayside Buds"), unless that word is common.
  for (const [product, owner] of links) {
    const f = byKey.get(owner)
    if (!f) continue
    f.names.add(product)
    const first = product.split(/\s+/)[0] ?? ''
    if (product.includes(' ') && !common.has(first)) f.names.add(first)
  }
  return [...byKey].map(([key, f]) => {
    const names = [...f.names]
    const fallback = names.find((n) => brandKey(n) === key) ?? names[0] ?? key
    return { key, name: f.seed ?? f.org ?? fallback, names }
  })
}

/** The family a name belongs to, by key or by a product name the text tied to it. */
export function familyOf(families: readonly BrandFamily[], name: string): BrandFamily | undefined {
  let memo = familyMemo.get(families)
  if (!memo) {
    memo = new Map()
    familyMemo.set(families, memo)
  }
  const n = name.trim().toLowerCase()
  if (memo.has(n)) return memo.get(n) ?? undefined
  const index = indexOf(families)
  const found =
    index.byKey.get(brandKey(name)) ??
    index.byName.get(n) ??
    // "Night Veil Serum" when the text tied "Night Veil" to its maker.
    prefixFamily(families, index.byPrefix, n)
  memo.set(n, found ?? null)
  return found
}

/**
 * familyOf's lookups by key, by whole name and by a name another family's key does not start,
 * each giving the first family in list order as a search of the list would: a name looked up
 * is one map lookup, not a pass over every family's names (each mention of a long piece asked).
 */
interface FamilyIndex {
  readonly byKey: Map<string, BrandFamily>
  readonly byName: Map<string, BrandFamily>
  /** Each lower-case name whose first word is not its family's key, to its first family's place. */
  readonly byPrefix: Map<string, number>
}

function indexOf(families: readonly BrandFamily[]): FamilyIndex {
  let index = familyIndex.get(families)
  if (index) return index
  index = { byKey: new Map(), byName: new Map(), byPrefix: new Map() }
  families.forEach((f, k) => {
    if (!index?.byKey.has(f.key)) index?.byKey.set(f.key, f)
    const names = namesOf(f)
    for (const x of names.lower) if (!index?.byName.has(x)) index?.byName.set(x, f)
    for (const x of names.otherKeyed) if (!index?.byPrefix.has(x)) index?.byPrefix.set(x, k)
  })
  familyIndex.set(families, index)
  return index
}

const familyIndex = new WeakMap<readonly BrandFamily[], FamilyIndex>()

/** The first family with a name `x` that `n` starts with, then a space: "night veil" of "night veil serum". */
function prefixFamily(
  families: readonly BrandFamily[],
  byPrefix: ReadonlyMap<string, number>,
  n: string,
): BrandFamily | undefined {
  let best = -1
  for (let p = n.indexOf(' '); p >= 0; p = n.indexOf(' ', p + 1)) {
    const k = byPrefix.get(n.slice(0, p))
    if (k !== undefined && (best < 0 || k < best)) best = k
  }
  return best < 0 ? undefined : families[best]
}

/** A family's names in lower case, and those whose first word is not the family's key. */
function namesOf(f: BrandFamily): { lower: readonly string[]; otherKeyed: readonly string[] } {
  let names = familyNames.get(f)
  if (!names) {
    names = {
      lower: f.names.map((x) => x.toLowerCase()),
      otherKeyed: f.names.filter((x) => brandKey(x) !== f.key).map((x) => x.toLowerCase()),
    }
    familyNames.set(f, names)
  }
  return names
}

const familyNames = new WeakMap<
  BrandFamily,
  { lower: readonly string[]; otherKeyed: readonly string[] }
>()

/** familyOf's answers per list of families and name: the same names come up again and again. */
const familyMemo = new WeakMap<readonly BrandFamily[], Map<string, BrandFamily | null>>()

/** The families whose names the text mentions inside [start, end). */
export function familiesIn(
  doc: Doc,
  families: readonly BrandFamily[],
  start: number,
  end: number,
): BrandFamily[] {
  const out = new Set<BrandFamily>()
  const familyAt = mentionFamilies(doc, families)
  // Mentions are in text order: begin at the first one at or after `start`.
  let lo = 0
  let hi = doc.mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((doc.mentions[mid]?.start ?? Infinity) < start) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < doc.mentions.length; i++) {
    const m = doc.mentions[i]
    if (!m || m.start >= end) break
    if (m.end > end) continue
    const f = familyAt(i)
    if (f) out.add(f)
  }
  return [...out]
}

/**
 * The family of the document's i-th mention when it can be a brand's (familiesIn's question),
 * worked out once per mention, document and list of families: a long draft asked it of the
 * same mentions for every clause and connection, each time building the set of known keys.
 */
function mentionFamilies(
  doc: Doc,
  families: readonly BrandFamily[],
): (i: number) => BrandFamily | undefined {
  let byFamilies = mentionFamilyMemo.get(doc)
  if (!byFamilies) mentionFamilyMemo.set(doc, (byFamilies = new WeakMap()))
  let at = byFamilies.get(families)
  if (!at) {
    let known: ReadonlySet<string> | null = null
    const memo: (BrandFamily | null | undefined)[] = []
    at = (i) => {
      let f = memo[i]
      if (f === undefined) {
        const m = doc.mentions[i]
        known ??= new Set(families.map((x) => x.key))
        f = m && brandish(doc, m, known) ? (familyOf(families, m.name) ?? null) : null
        memo[i] = f
      }
      return f ?? undefined
    }
    byFamilies.set(families, at)
  }
  return at
}

const mentionFamilyMemo = new WeakMap<
  Doc,
  WeakMap<readonly BrandFamily[], (i: number) => BrandFamily | undefined>
>()
