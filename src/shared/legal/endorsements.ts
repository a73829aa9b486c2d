import { familiesIn, familyOf, type BrandFamily } from '../language/brands'
import { mentionsIn } from '../language/reference'
import type { Doc, DocParagraph } from '../language/document'
import type { Mention } from '../language/mentions'
import { paragraphAt } from '../text'
import { samePerson, type CodeTie } from './connections'
import type { Connection, Endorsement, QuoteRef, TextRange } from './domain'
import {
  BUY_IMPERATIVES,
  FIRST_PERSON,
  NEGATION,
  PICK_VERBS,
  PICK_WORDS,
  PRAISE,
  USE_VERBS,
} from './lexicon'
import {
  authorOf,
  brandOfWord,
  DESCRIPTIONS,
  personOf,
  PRODUCT_WORDS,
  quoteAt,
  type SlotContext,
} from './slots'
import type { Statement } from './statements'
import { clausesIn, clausesOf, type Clause, type Word } from './words'

/**
 * What a disclosure must cover: links to products (affiliate or not), the publisher's own
 * picks, and endorsements by people tied to a brand (quotes, Q&A answers, featured statements
 * and referral codes). Spans are body offsets.
 */

const AFFILIATE_URL =
  /[?&](?:tag|aff|affid|aff_id|affiliate|affiliate_id|afftrack|clickref|subid|sub_id|irclickid|ranmid|utm_medium=affiliate|utm_source=affiliate)\b|(?:amzn\.to|skimresources|skimlinks|linksynergy|awin1|shareasale|rstyle\.me|howl\.me|shopstyle|redirectingat|prf\.hn|anrdoezrs|dpbolvw|jdoqocy|tkqlhce|kqzyfj|pntra|avantlink|sjv\.io|fave\.co)|\/(?:aff|go|ref|recommends)\/|[?&](?:url|u|murl|dest|destination)=(?:https?(?::|%3a)|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:%2f|\/))/i

const PRODUCT_URL = /\/(?:products?|p|dp|item|items|shop|store|buy)\/|\/\/(?:shop|store|buy)\./i
const PRICE = /[£$€]\s?\d/

/** Referral parameters that also mark ordinary links ("?ref=homepage"): affiliate only on a shop link. */
const WEAK_AFFILIATE = /[?&](?:ref|aid|partner|source)=/i
const SHOP_LABEL =
  /[£$€]\s?\d|\b(?:buy|shop|order|book|deal|availability|preorder|pre-order|get it|check price|see it at)\b/i
/**
 * A link label that is a call to buy ("shop here", "Buy now", "Order yours", "check price"): the
 * link sells. The verb alone or before a word of buying only: "shop workers' union", "order of
 * service", "Buy Nothing Day" name things.
 */
const BUY_CALL =
  /^\W*(?:(?:buy|shop|order|pre-?order)(?:\W*$|\s+(?:here|now|it|them|one|yours|online|today|direct|this|these|the|a|an|at|from|on|via|in|tickets?)\b)|(?:get it|check (?:the )?prices?|see it at)\b)/i

/**
 * Whether a URL looks like an affiliate link: tracking parameters, networks, redirects; a
 * referral parameter like "?ref=" counts only when the link's words sell ("Buy at …", "$49").
 */
export function isAffiliateUrl(url: string, label = ''): boolean {
  return (
    AFFILIATE_URL.test(url) ||
    DISCOUNT_CODE_URL.test(url) ||
    (WEAK_AFFILIATE.test(url) && SHOP_LABEL.test(label))
  )
}

/** A discount code carried in the link itself ("?code=RENA15"): a code tracks who sent the sale. */
const DISCOUNT_CODE_URL =
  /[?&](?:code|coupon|promo|promocode|promo_code|discount|discount_code|voucher)=\w/i

/** The host of a URL, lower case, without "www.". */
function hostOf(url: string): string {
  return (/^[a-z]+:\/\/([^/?#]+)/i.exec(url)?.[1] ?? '').toLowerCase().replace(/^www\./, '')
}

/** The values of a URL's referral parameters ("?ref=ottilie" → "ottilie"). */
function referralValues(url: string): string[] {
  return [...url.matchAll(/[?&](?:ref|aid|partner|source)=([^&#]+)/gi)].map((m) =>
    decodeURIComponent(m[1] ?? '').toLowerCase(),
  )
}

/**
 * Referral values that name whoever links rather than the page linked from: one the links to two
 * or more shops share ("?ref=ana" on two brands' sites), or one that is the writer's name or
 * handle. A link carrying such a value earns for the writer, whatever its label says.
 */
function personalReferrals(doc: Doc, urls: readonly string[]): Set<string> {
  const hosts = new Map<string, Set<string>>()
  for (const url of urls)
    for (const v of referralValues(url)) {
      const set = hosts.get(v) ?? new Set<string>()
      set.add(hostOf(url))
      hosts.set(v, set)
    }
  // The byline, or an opening line that says whose the piece is ("Posted by @handle · Name").
  const byline = doc.paragraphs.find(
    (p) =>
      p.role === 'byline' ||
      (p.index <= 3 && p.role === 'standfirst' && /\b(?:by|posted by)\b/i.test(p.text)),
  )
  const writer = [authorOf(doc) ?? '', byline?.text ?? '']
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length >= 3)
  const out = new Set<string>()
  for (const [v, set] of hosts) {
    const own = writer.some(
      (w) => v === w || (v.length >= 4 && (w.startsWith(v) || v.startsWith(w))),
    )
    if (set.size >= 2 || own) out.add(v)
  }
  return out
}

/** A brand a URL's path names ("/go/lumio-serum"); the host may be the publisher's own. */
function brandInUrl(url: string, families: readonly BrandFamily[]): string | null {
  const path = url
    .toLowerCase()
    .replace(/^[a-z]+:\/\/[^/]*/, '')
    .replace(/[?#].*$/, '')
  const words = new Set(path.split(/[^a-z0-9]+/).filter(Boolean))
  return (
    families.find(
      (f) =>
        words.has(f.key) || f.names.some((n) => words.has(n.toLowerCase().split(/\s+/)[0] ?? '')),
    )?.name ?? null
  )
}

/** The span a link endorses: its list item or short product paragraph, else its sentence. */
function itemSpan(c: Clause | undefined, p: DocParagraph, at: TextRange): TextRange {
  const words = p.text.split(/\s+/).filter(Boolean).length
  if (p.setting.listItem || words <= 45 || !c) return { start: p.start, end: p.end }
  return { start: Math.min(c.sentence.start, at.start), end: Math.max(c.sentence.end, at.end) }
}

/** A link to a home or section page in a paragraph that is nothing but links. */
function navigation(p: DocParagraph, url: string, label: string): boolean {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '')
  if (!/^(?:\/?|\/[\w-]+\/?)$/.test(path) || PRICE.test(label) || SHOP_LABEL.test(label))
    return false
  let rest = p.text
  for (const l of [...p.setting.links].sort((x, y) => y.start - x.start))
    rest = rest.slice(0, l.start) + rest.slice(l.end)
  return /^[\s/|·>»›,–—-]*$/.test(rest.replace(/\([^)]*\)/g, ''))
}

/** Markdown links and bare URLs that point at products, with their brand when one is named. */
export function productLinks(
  ctx: SlotContext,
  body: string,
  families: readonly BrandFamily[],
  notices: readonly TextRange[] = [],
): Endorsement[] {
  const out: Endorsement[] = []
  const clauseAt = (pos: number) => clausesIn(ctx.doc, pos, pos + 1)[0]
  const brandOf = (label: TextRange, url: string) => {
    const named = familiesIn(ctx.doc, families, label.start, label.end)[0]
    if (named) return named.name
    return brandInUrl(url, families)
  }
  const personal = personalReferrals(
    ctx.doc,
    ctx.doc.paragraphs.flatMap((p) => p.setting.links.map((l) => l.url)),
  )
  for (const p of ctx.doc.paragraphs) {
    for (const l of p.setting.links) {
      const label = { start: p.start + l.start, end: p.start + l.end }
      const text = body.slice(label.start, label.end)
      // Images are pictures, not links to products.
      if (body[label.start - 2] === '!') continue
      // "Learn more" beside a notice points at the policy, not at a product.
      if (notices.some((n) => n.start <= label.end && label.start <= n.end + 40)) continue
      const clause = clauseAt(label.start)
      const affiliate =
        isAffiliateUrl(l.url, text) ||
        referralValues(l.url).some((v) => personal.has(v)) ||
        // "use code ANA15 for 15% off at [Brand](…)": a link offered with a personal code.
        (!!clause && referral(clause, clause.sentence.start, clause.sentence.end))
      // A site's menu or breadcrumb ("Fieldnote / Gear"): links to a home or section page in
      // a line of links only, selling nothing.
      if (!affiliate && navigation(p, l.url, text)) continue
      const brand = brandOf(label, l.url)
      if (!(
        affiliate ||
        PRODUCT_URL.test(l.url) ||
        PRICE.test(text) ||
        BUY_CALL.test(text) ||
        brand
      ))
        continue
      const span = itemSpan(clause, p, label)
      out.push({
        ...span,
        kind: 'product-link',
        text: body.slice(span.start, span.end),
        brand,
        affiliate,
      })
    }
  }
  // Bare URLs in running text.
  const bare = /https?:\/\/[^\s)>\]]+/g
  for (let m = bare.exec(body); m; m = bare.exec(body)) {
    const at = { start: m.index, end: m.index + m[0].length }
    if (body[at.start - 1] === '(' && body[at.start - 2] === ']') continue
    const url = m[0]
    const near = body.slice(Math.max(0, at.start - 80), at.start)
    if (!isAffiliateUrl(url, near) && !PRODUCT_URL.test(url)) continue
    const p = ctx.doc.paragraphs.find((x) => x.start <= at.start && at.start < x.end)
    if (!p) continue
    const c = clauseAt(at.start)
    const span = c ? { start: c.sentence.start, end: Math.max(c.sentence.end, at.end) } : at
    const brand = brandInUrl(url, families)
    out.push({
      ...span,
      kind: 'product-link',
      text: body.slice(span.start, span.end),
      brand,
      affiliate: isAffiliateUrl(url, body.slice(span.start, span.end)),
    })
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * The publisher's own product picks: "Best overall: X", "our pick", "one we like", "we love
 * the …", "buy the …". Quotes are the speakers' words, not the publisher's picks.
 */
export function publisherPicks(
  ctx: SlotContext,
  body: string,
  families: readonly BrandFamily[],
): Endorsement[] {
  const out: Endorsement[] = []
  for (const c of clausesOf(ctx.doc)) {
    const role = c.paragraph.role
    // A headline names the piece's subject ("The best kettles"), not a product it picks.
    if (
      role === 'question' ||
      role === 'answer' ||
      role === 'byline' ||
      role === 'boilerplate' ||
      role === 'headline'
    )
      continue
    const heading = role === 'heading' || c.paragraph.setting.heading > 0
    // The publisher's words only: a quote's "I love…" is the speaker's.
    const ws = c.words.filter(
      (w) => (w.pos !== 'PUNCT' || w.text === ':') && !quoteAt(ctx, w.start),
    )
    // Words that open a clause of their own: after a bracket, comma, semicolon, colon or dash
    // ("…, make it the X (buy it at Y)").
    const opens = new Set<number>()
    for (let k = 0, j = 0; k < c.words.length; k++) {
      const w = c.words[k]
      if (!w) continue
      if (w === ws[j]) {
        if (k === 0 || CLAUSE_OPENERS.has(c.words[k - 1]?.text ?? '')) opens.add(j)
        j++
      }
    }
    const low = ws.map((w) => w.lower)
    const negative =
      low.some((w) => NEGATION.has(w)) || low.includes('skip') || low.includes('avoid')
    if (negative) continue
    let pick = false
    // A pick read by its adjective ("the smart buy") or by "try" / "get" inside the sentence:
    // words with other senses ("the obvious choice", "if it rains, try the museum").
    let weak = false
    let loose = false
    for (let i = 0; i < low.length && !pick; i++) {
      const w = low[i] ?? ''
      const next = low[i + 1] ?? ''
      // "Best overall:", "Best for oily skin:", "Best budget".
      if (w === 'best' && i <= 1 && (low.includes(':') || ws.length <= 6)) pick = true
      // "our pick", "editor's choice", "our favorite bedroom purifier".
      if (
        PICK_WORDS.has(w) &&
        ['our', 'my', "editor's", 'editors', "editors'", 'top'].includes(low[i - 1] ?? '')
      )
        pick = true
      // "one we like", "we love the …", "I recommend".
      if (FIRST_PERSON.has(w) && w !== 'our' && w !== 'my' && PICK_VERBS.has(next)) pick = true
      // "a good pick for a small flat", "the smart buy", "an easy choice": a pick by its
      // adjective, when the sentence names the product (below).
      if (PICK_NOUNS.has(w) && PICK_ADJECTIVES.has(low[i - 1] ?? '')) pick = weak = true
      // "Buy the serum …", "Try the Lumio serum", "Grab a set"; not a heading ("Shop the look").
      if (heading) continue
      // "If you buy one gadget, make it the X": the choice made for the reader.
      if (
        opens.has(i) &&
        w === 'make' &&
        (next === 'it' || next === 'that' || next === 'yours') &&
        ws.slice(i + 2, i + 5).some((x) => x.mention)
      )
        pick = true
      if (
        (i === 0 || opens.has(i)) &&
        BUY_IMPERATIVES.has(w) &&
        ws[i]?.pos === 'VERB' &&
        ['the', 'a', 'an', 'this', 'these', 'it', 'one', 'two', 'some'].includes(next)
      )
        pick = true
      if (
        BUY_IMPERATIVES.has(w) &&
        ws[i + 1]?.mention &&
        (i === 0 || (opens.has(i) && ws[i]?.pos === 'VERB'))
      )
        pick = true
      // "try" and "get" inside a sentence are as often a place, a bus or a helpline ("if it
      // rains, try the museum"): a brand is not enough, they need a price or a link that sells.
      if (pick && i > 0 && (w === 'try' || w === 'get')) weak = loose = true
    }
    if (!pick) continue
    // A pick names a product: a name, a link or a price here, or, for a short label line
    // ("Best overall"), in the paragraph it labels.
    const names = (from: number, to: number) =>
      ctx.doc.mentions.some((m) => m.start >= from && m.end <= to && !quoteAt(ctx, m.start)) ||
      PRICE.test(body.slice(from, to))
    const next = ctx.doc.paragraphs[c.paragraph.index + 1]
    const product =
      names(c.sentence.start, c.sentence.end) ||
      c.paragraph.setting.links.length > 0 ||
      (ws.length <= 4 && !!next && names(next.start, next.end))
    if (!product) continue
    const span = { start: c.sentence.start, end: c.sentence.end }
    const brand = familiesIn(ctx.doc, families, span.start, span.end)[0]?.name ?? null
    // "the obvious choice for the job" names a person, "if it rains, try the museum" a place: a
    // pick by its adjective or by a buy verb inside the sentence needs a brand, a price or a link
    // that sells (its label names something or calls to buy, or its address is a shop's), and is
    // no pick when the sentence gives the view to someone else ("…, brokers said").
    if (weak) {
      const p = c.paragraph
      const sells = p.setting.links.some((l) => {
        const from = p.start + l.start
        const to = p.start + l.end
        if (from < span.start || to > span.end) return false
        const label = body.slice(from, to)
        return (
          isAffiliateUrl(l.url, label) ||
          PRODUCT_URL.test(l.url) ||
          BUY_CALL.test(label) ||
          PRICE.test(label) ||
          ctx.doc.mentions.some((m) => m.start >= from && m.end <= to)
        )
      })
      if ((loose || !brand) && !PRICE.test(body.slice(span.start, span.end)) && !sells) continue
      if (ws.some((w) => REPORTED.has(w.lower))) continue
    }
    out.push({ ...span, kind: 'recommendation', text: body.slice(span.start, span.end), brand })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Endorsements by people tied to a brand.
// ---------------------------------------------------------------------------------------------

/** Imperatives that send the reader somewhere: "go and see X", "visit X", "call X". */
const SEND_IMPERATIVES = new Set([
  'go',
  'visit',
  'see',
  'head',
  'call',
  'ask',
  'pop',
  'drop',
  // A place to stay or eat: "stay at X", "book X", "eat at X".
  'stay',
  'book',
  'eat',
  'dine',
])

/**
 * Imperatives that urge a choice: "give it the contract", "choose X", "back X". Each only with
 * the brand (or a pronoun for it) as what is chosen: "Pick any weekday and X runs late" and
 * "Give X time" urge no choice of X.
 */
const CHOOSE_IMPERATIVES = new Set(['give', 'award', 'choose', 'pick', 'back', 'hire', 'appoint'])
/** What "give" or "award" hands over when it urges a choice: "give it the contract". */
const AWARDED = new Set([
  'contract',
  'contracts',
  'job',
  'work',
  'deal',
  'tender',
  'franchise',
  'licence',
  'license',
  'vote',
  'votes',
  'business',
  'bid',
])

/** Punctuation after which a clause of its own may open. */
const CLAUSE_OPENERS = new Set(['(', ',', ';', ':', '—', '–'])
/** Nouns naming a pick ("a good pick", "the smart buy") and the adjectives that make them one. */
const PICK_NOUNS = new Set(['pick', 'buy', 'choice', 'bet'])
const PICK_ADJECTIVES = new Set([
  'good',
  'great',
  'smart',
  'solid',
  'safe',
  'easy',
  'obvious',
  'sensible',
  'best',
  'better',
  'top',
  'budget',
])

/** Pronouns that may stand for a business as a clause's subject. */
const PRONOUN_SUBJECTS = new Set(['they', 'it', 'their', 'its'])

/** Verbs of praise or use that take what they praise as their object. */
const OBJECT_VERBS = new Set([
  ...USE_VERBS,
  'recommend',
  'recommends',
  'recommended',
  'recommending',
  'love',
  'loves',
  'loved',
  'adore',
  'trust',
  'rely',
  'reach',
  'swear',
  'prefer',
])
const PARTICLES = new Set(['for', 'by', 'on', 'to', 'with', 'up'])

/**
 * Whether the object of the verb at ws[i] is a kind of thing named in general words ("I'd reach
 * for benzoyl peroxide", "I recommend a retinoid"), so the praise is about that, not about the
 * product the context is about ("I'd recommend it", "I love the texture", "the serum").
 */
function praisesSomethingElse(ws: readonly Word[], i: number): boolean {
  if (!OBJECT_VERBS.has(ws[i]?.lower ?? '')) return false
  let k = i + 1
  let article = ''
  while (k < ws.length) {
    const w = ws[k]
    if (!w) break
    if (PARTICLES.has(w.lower) || w.pos === 'ADV' || w.pos === 'ADJ' || w.pos === 'NUM') k++
    else if (w.pos === 'DET' || w.pos === 'PRON') {
      article = w.lower
      k++
      if (w.pos === 'PRON') return false
    } else break
  }
  const o = ws[k]
  if (!o || o.mention || o.pos !== 'NOUN') return false
  if (PRODUCT_WORDS.has(o.lower) || DESCRIPTIONS.has(o.lower)) return false
  return article === '' || article === 'a' || article === 'an' || article === 'some'
}

/**
 * Whether "only" at low[i] singles one thing out as the one to have ("the only serum I use", "my
 * only sunscreen"), not an adverb limiting a statement ("Only the X and the Y have sensors", "it
 * only lasts an hour").
 */
function singlesOut(low: readonly string[], i: number): boolean {
  return ['the', 'my', 'our', 'your', 'his', 'her', 'their'].includes(low[i - 1] ?? '')
}

/** Whether a stretch of words praises or recommends something, or says the speaker uses it. */
function praises(c: Clause, start: number, end: number): boolean {
  const ws = c.words.filter((w) => w.start >= start && w.end <= end)
  const low = ws.map((w) => w.lower)
  return low.some(
    (w, i) =>
      (PRAISE.has(w) && !praisesSomethingElse(ws, i) && (w !== 'only' || singlesOut(low, i))) ||
      // Superlatives: "the quietest heater I have owned", "the most comfortable".
      // Not a setting: "at its lowest setting", "set to the highest".
      (ws[i]?.pos === 'ADJ' &&
        /^\p{L}{3,}est$/u.test(w) &&
        !['honest', 'modest'].includes(w) &&
        !(
          ['its', 'the', 'their'].includes(low[i - 1] ?? '') &&
          ['at', 'to'].includes(low[i - 2] ?? '')
        )) ||
      (w === 'most' &&
        (ws[i + 1]?.pos === 'ADJ' || (low[i - 1] === 'the' && /-/.test(low[i + 1] ?? '')))) ||
      // "everyone should have one", "you should try it": a recommendation.
      (w === 'should' &&
        ['have', 'get', 'buy', 'try', 'own'].includes(low[i + 1] ?? '') &&
        ['one', 'it', 'this', 'them'].includes(low[i + 2] ?? '')) ||
      (USE_VERBS.has(w) &&
        ['i', 'we', "i've", 'i’ve', 'i', 'still', 'do', 'always'].includes(low[i - 1] ?? '') &&
        !praisesSomethingElse(ws, i)) ||
      (w === 'swear' && low[i + 1] === 'by' && !praisesSomethingElse(ws, i)) ||
      (w === 'reach' && low[i + 1] === 'for' && !praisesSomethingElse(ws, i)),
  )
}

/**
 * The words naming what the speaker would choose, when a stretch of words makes that choice:
 * "The one I would choose for the town is X" (after the "is"), "it's the one I'd buy" (before
 * it), "I'd pick the X" (after the verb), "If I had to buy one thing, it would be X". Null when
 * it makes none. In "X costs half as much as Y, and it's the one I'd buy" the choice is "it".
 */
function chooses(c: Clause, start: number, end: number): TextRange | null {
  const ws = c.words.filter((w) => w.start >= start && w.end <= end)
  const low = ws.map((w) => w.lower)
  const span = (from: number, to: number): TextRange | null => {
    const a = ws[from]
    const b = ws[to - 1]
    return a && b && to > from ? { start: a.start, end: b.end } : null
  }
  // Words up to the next comma, semicolon or stop.
  const phraseFrom = (k: number) => {
    let e = k
    while (e < ws.length && ![',', ';', '.', '—', '–'].includes(low[e] ?? '')) e++
    return span(k, e)
  }
  for (let i = 0; i < low.length; i++) {
    const w = low[i] ?? ''
    // "If I had to buy one thing, it would be X".
    if (w === 'would' && low[i - 1] === 'it' && low[i + 1] === 'be' && chosenIf(low, i))
      return phraseFrom(i + 2)
    if (
      !CHOICE_VERBS.has(w) ||
      !['would', "'d", '’d'].includes(low[i - 1] ?? '') ||
      !['i', 'we'].includes(low[i - 2] ?? '') ||
      praisesSomethingElse(ws, i)
    )
      continue
    // "the one I would choose", "the system I'd install": a choice named by a relative clause.
    const head = low[i - 3] ?? ''
    if (head === 'one' || ws[i - 3]?.pos === 'NOUN') {
      const be = low.findIndex((x, k) => k > i && BE_AFTER.has(x))
      if (be > 0) return phraseFrom(be + 1)
      // "X is the one I'd buy", "it's the one I'd buy": the subject before the "is".
      let k = i - 3
      while (k >= 0 && !BE_AFTER.has(low[k] ?? '')) k--
      if (k <= 0) return null
      let from = k - 1
      while (from > 0 && ![',', ';', 'and', 'but'].includes(low[from - 1] ?? '')) from--
      return span(from, k)
    }
    // "I'd pick the X", "we'd buy it again".
    return phraseFrom(i + 1)
  }
  return null
}

/** A verb that joins a choice to what is chosen: "the one I'd buy is X", "it's the one". */
const BE_AFTER = new Set(['is', 'was', "'s", '’s', 'would'])

/** Verbs of choosing one thing to have: "the one I would choose", "I'd buy". */
const CHOICE_VERBS = new Set(['choose', 'pick', 'buy', 'install', 'get', 'take', 'want', 'keep'])

/** "If I had to buy one thing …, it would be": a condition of the speaker's choosing before `i`. */
function chosenIf(low: readonly string[], i: number): boolean {
  const k = low.lastIndexOf('if', i)
  if (k < 0 || !['i', 'we'].includes(low[k + 1] ?? '')) return false
  return low.slice(k + 2, i).some((x) => CHOICE_VERBS.has(x) || x === 'recommend')
}

/** "use my code X", "code RENA25", "my discount link": a personal referral code. */
function referral(c: Clause, start: number, end: number): boolean {
  const ws = c.words.filter((w) => w.start >= start && w.end <= end)
  return ws.some((w, i) => {
    const prev = ws[i - 1]?.lower ?? ''
    const next = ws[i + 1]
    if (w.lower === 'code' || w.lower === 'codes')
      return (
        ['my', 'promo', 'discount', 'referral', 'coupon', 'affiliate', 'voucher'].includes(prev) ||
        (!!next && /^[A-Z0-9]{4,}$/.test(next.text) && /\d/.test(next.text))
      )
    if (w.lower === 'link' && ['my', 'referral', 'affiliate'].includes(prev)) return true
    return false
  })
}

/** Brands named in a paragraph (by family). */
function familiesOfParagraph(
  ctx: SlotContext,
  families: readonly BrandFamily[],
  p: DocParagraph | undefined,
): BrandFamily[] {
  return p ? familiesIn(ctx.doc, families, p.start, p.end) : []
}

/** The brand a passage with no brand name in it is about: "I'd recommend it", "their lamp". */
function contextFamily(
  ctx: SlotContext,
  families: readonly BrandFamily[],
  c: Clause,
  start: number,
  end: number,
): BrandFamily[] {
  const out: BrandFamily[] = []
  for (let i = 0; i < c.words.length; i++) {
    const w = c.words[i]
    if (!w || w.start < start || w.end > end) continue
    if (
      !['its', 'their', 'them', 'it', 'this', 'these'].includes(w.lower) &&
      !(c.words[i - 1]?.lower === 'the' && w.pos === 'NOUN')
    )
      continue
    const b = brandOfWord(ctx, c, i)
    const f = b ? familyOf(families, b) : undefined
    if (f && !out.includes(f)) out.push(f)
  }
  const p = c.paragraph
  const prev = ctx.doc.paragraphs[p.index - 1]
  for (const f of [
    ...familiesOfParagraph(ctx, families, p),
    ...familiesOfParagraph(ctx, families, prev),
  ])
    if (!out.includes(f)) out.push(f)
  // The piece's lead brand, when the passage or the one before talks of "the serum" or
  // "the company" without naming it.
  const lead = ctx.leadBrand ? familyOf(families, ctx.leadBrand) : undefined
  const described = [p, prev].some((x) =>
    /\b(?:the|this|its|their)\s+(\w+)/gi.test(x?.text ?? '')
      ? [...(x?.text ?? '').matchAll(/\b(?:the|this|its|their)\s+(\w+)/gi)].some(
          (m) =>
            PRODUCT_WORDS.has((m[1] ?? '').toLowerCase()) ||
            DESCRIPTIONS.has((m[1] ?? '').toLowerCase()),
        )
      : false,
  )
  if (lead && described && !out.includes(lead)) out.push(lead)
  // "the drink", "this serum" with no lead brand: the brand last named with that noun ("the
  // Clarivo cocoa drink used in the trial" makes a later "the drink" Clarivo's).
  for (const x of [p, prev]) {
    for (const m of (x?.text ?? '').matchAll(/\b(?:the|this|its|their)\s+(\w+)/gi)) {
      const noun = (m[1] ?? '').toLowerCase()
      if (!PRODUCT_WORDS.has(noun)) continue
      const f = describedFamily(ctx, families, noun, c.sentence.start)
      if (f && !out.includes(f)) out.push(f)
    }
  }
  return out
}

/**
 * The brand family of the last mention before `before` that the noun follows within three words
 * ("Clarivo cocoa drink", "the Halo smart thermostat"): what a later "the drink" refers to.
 */
function describedFamily(
  ctx: SlotContext,
  families: readonly BrandFamily[],
  noun: string,
  before: number,
): BrandFamily | undefined {
  // Every mention with a family that the noun follows, in text order, found once per noun: a
  // long piece saying "the drink" in every paragraph walked back over every mention each time.
  let byNoun = described.get(families)
  if (!byNoun) described.set(families, (byNoun = new Map()))
  let found = byNoun.get(noun)
  if (!found) {
    found = []
    for (const m of ctx.doc.mentions) {
      const f = familyOf(families, m.name)
      if (!f) continue
      const after = m.sentence.tokens.slice(m.tokenEnd, m.tokenEnd + 3)
      if (after.some((t) => t.lower === noun || t.lower === `${noun}s`))
        found.push({ start: m.start, family: f })
    }
    byNoun.set(noun, found)
  }
  // The last of them that starts before `before`.
  let lo = 0
  let hi = found.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((found[mid]?.start ?? 0) < before) lo = mid + 1
    else hi = mid
  }
  return found[lo - 1]?.family
}

/** describedFamily's mentions, per analysis (its families) and noun. */
const described = new WeakMap<
  readonly BrandFamily[],
  Map<string, { start: number; family: BrandFamily }[]>
>()

/** The first brand named in words of a clause within [start, end) (not a code like "SAVE20"). */
function brandNamedIn(ctx: SlotContext, c: Clause, start: number, end: number): string | null {
  for (let i = 0; i < c.words.length; i++) {
    const w = c.words[i]
    if (!w?.mention || w.start < start || w.end > end) continue
    if (/\d/.test(w.text) && w.text === w.text.toUpperCase()) continue
    if (w.pos === 'VERB' || w.pos === 'AUX') continue
    const b = brandOfWord(ctx, c, i)
    if (b) return b
  }
  return null
}

/** Referral codes in quotes: the speaker is paid for sign-ups to the brand the quote names. */
export function codeTies(ctx: SlotContext, families: readonly BrandFamily[]): CodeTie[] {
  const out: CodeTie[] = []
  for (const q of ctx.quotes) {
    const speaker = q.speaker ?? posterOf(ctx, q)
    if (!speaker) continue
    const clauses = clausesIn(ctx.doc, q.start, q.end)
    for (const c of clauses) {
      if (!referral(c, q.start, q.end)) continue
      // The brand the code is for: named in the quote, else in the quote's paragraph.
      const brand =
        familiesIn(ctx.doc, families, q.start, q.end)[0]?.name ??
        clauses
          .filter((x) => x.sentence.start < q.end && q.start < x.sentence.end)
          .map((x) => brandNamedIn(ctx, x, q.start, q.end))
          .find((b) => b) ??
        contextFamily(ctx, families, c, q.start, q.end)[0]?.name
      if (brand) out.push({ person: speaker, brand, at: { start: q.start, end: q.end } })
    }
  }
  return out
}

/** Verbs of paying for research ("Corvelle funds …", "… is funded by Corvelle"). */
const FUNDING_VERBS = new Set([
  'fund',
  'funds',
  'funded',
  'funding',
  'finance',
  'finances',
  'financed',
  'financing',
  'bankrolls',
  'bankrolled',
  'sponsors',
  'sponsored',
  'pays',
  'paid',
])

/** What a researcher's own work is called: "her lab", "Dr. X's clinic research programme". */
const RESEARCH_OWN = new Set([
  'research',
  'lab',
  'labs',
  'laboratory',
  'programme',
  'program',
  'studies',
  'study',
  'trials',
  'trial',
  'work',
  'group',
  'team',
  'unit',
  'fellowship',
  'post',
  'chair',
  'professorship',
])

/**
 * People whose own research a brand pays for, as a statement of research funding says it: the
 * person's work is the object of the paying ("Corvelle funds Dr. X's clinic research programme",
 * "Corvelle has funded her lab since 2020") or the subject of its passive ("Dr. X's research is
 * funded by Corvelle"). The brand pays for that person's work: a tie, for whatever that person
 * then says of the brand. Research merely named beside a person ("a trial funded by Corvelle
 * confirmed Dr. X's earlier work") is no one's tie.
 */
export function researchTies(ctx: SlotContext, statements: readonly Statement[]): CodeTie[] {
  const out: CodeTie[] = []
  for (const s of statements) {
    if (!s.research || s.people.length > 0) continue
    for (const c of clausesIn(ctx.doc, s.start, s.end)) {
      const ws = c.words.filter((w) => w.start >= s.start && w.end <= s.end)
      if (ws.some((w) => NEGATION.has(w.lower))) continue
      for (let k = 0; k < ws.length; k++) {
        const w = ws[k] as Word
        const pronoun = w.lower === 'her' || w.lower === 'his'
        if (!pronoun && !w.mention?.possessive) continue
        // The owner's words end at the possessive mark ("Dr. Massot" + "'s").
        let n = k + 1
        while (ws[n]?.mention && ws[n]?.mention === w.mention) n++
        if (!pronoun && /^['’]s?$/.test(ws[n]?.text ?? '')) n++
        const head = ws.slice(n, n + 4).findIndex((x) => RESEARCH_OWN.has(x.lower))
        // The work is someone else's when another owner stands between ("her former
        // supervisor's lab", "her son's football team").
        if (
          head < 0 ||
          ws
            .slice(n, n + head)
            .some((x) => x.pos === 'VERB' || x.pos === 'AUX' || /^['’]s?$/.test(x.text))
        )
          continue
        const first = ws.findIndex((x) => !!w.mention && x.mention === w.mention)
        const at = pronoun ? k : Math.max(0, first)
        const before = ws.slice(Math.max(0, at - 3), at).map((x) => x.lower)
        const after = ws.slice(n + head + 1, n + head + 8).map((x) => x.lower)
        const verb = before.findLastIndex((x) => FUNDING_VERBS.has(x))
        // The payer is the funder of the statement: the name before the verb ("Corvelle funds
        // her lab"), or the one after its "by" ("her research is funded by Corvelle"); another
        // payer ("The Wellcome Trust funds her lab, and Corvelle funded the trial", "… was funded
        // by the Wellcome Trust") ties her to no brand.
        const object =
          (verb >= 0 && payerBefore(ws, Math.max(0, at - 3) + verb, s.research.funder)) ||
          before.at(-1) === 'for'
        const by = after.findIndex((x, j) => FUNDING_VERBS.has(x) && after[j + 1] === 'by')
        const passive =
          by >= 0 && namesFunder(after.slice(by + 2, by + 8).join(' '), s.research.funder)
        if (!object && !passive) continue
        const who = personOf(ctx, w)
        if (!who) continue
        out.push({ person: who, brand: s.research.funder, at: { start: s.start, end: s.end } })
      }
    }
  }
  return out
}

/** Whether words (lower case, joined) name the funder: its first word among them. */
const namesFunder = (words: string, funder: string) =>
  ` ${words} `.includes(` ${funder.toLowerCase().split(/\s+/)[0] ?? ''}`)

/**
 * Whether the name nearest before the funding verb at v is the funder's, or no name stands there
 * ("It has funded her lab since 2020", "which funds her lab").
 */
function payerBefore(ws: readonly Word[], v: number, funder: string): boolean {
  for (let k = v - 1; k >= 0; k--) {
    const m = ws[k]?.mention
    if (m) return namesFunder(m.name.toLowerCase(), funder)
  }
  return true
}

/**
 * The writer's own gifts, stated in the piece's words with "my" and no one named ("The X Hotel
 * provided my stay free of charge", "X lent me the bike for a month"): a gift to the writer,
 * whose praise of X it must sit beside. A gift to "us" (the publication) is not the writer's
 * own, nor a gift inside someone's quote.
 */
export function writersGifts(ctx: SlotContext, statements: readonly Statement[]): CodeTie[] {
  const out: CodeTie[] = []
  for (const s of statements) {
    if (s.kind !== 'gifted-product' || s.wording !== 'clear' || s.quoted || s.speaker) continue
    if (s.people.length > 0 || s.brandNames.length === 0 || s.research) continue
    const mine = clausesIn(ctx.doc, s.start, s.end).some((c) =>
      c.words.some(
        (w) =>
          w.start >= s.start &&
          w.end <= s.end &&
          (w.lower === 'my' || w.lower === 'me' || w.text === 'I') &&
          !quoteAt(ctx, w.start),
      ),
    )
    if (!mine) continue
    const writer = authorOf(ctx.doc) ?? 'the writer'
    for (const brand of s.brandNames)
      out.push({ person: writer, brand, at: { start: s.start, end: s.end } })
  }
  return out
}

/**
 * Nouns for someone other than the subject whose words a line may introduce ("her brother
 * wrote:", "one follower replied:"): such a line gives the post to nobody the text ties.
 */
const OTHER_VOICES = new Set([
  'brother',
  'sister',
  'mother',
  'father',
  'mum',
  'dad',
  'son',
  'daughter',
  'husband',
  'wife',
  'partner',
  'friend',
  'friends',
  'colleague',
  'colleagues',
  'follower',
  'followers',
  'fan',
  'fans',
  'reader',
  'readers',
  'viewer',
  'viewers',
  'commenter',
  'commenters',
  'customer',
  'customers',
  'critic',
  'critics',
  'someone',
  'another',
  'one',
  'spokesperson',
  'spokeswoman',
  'spokesman',
  'representative',
])

/** Words before a person that make the person the object of the line, not its subject. */
const OBJECT_BEFORE = new Set(['to', 'at', 'about', 'for', 'with', 'from', 'on', 'under', 'of'])

/**
 * Whose a post or caption the speakers gave no one is, from the line that introduces it with a
 * colon ("In a recent post she recommended a fertiliser:", "His post this week:", "Ruiz wrote:"):
 * the one person that line names or a pronoun in it stands for, as its subject or as the owner
 * of the post ("her post"). Nobody when the line names two people, someone else ("her brother
 * wrote:", "a follower replied to her:") or the person only after a preposition.
 */
function posterOf(ctx: SlotContext, q: QuoteRef, depth = 0): string | null {
  const body = ctx.doc.body
  const ps = ctx.doc.paragraphs
  const i = paragraphAt(ps, q.start)
  const p = ps[i]
  if (!p) return null
  let end = q.start
  let from = p.start
  if (/^[\s>"“‘'*_-]*$/.test(body.slice(p.start, q.start))) {
    // The post opens its paragraph: the line before it introduces it, or, inside a block quote
    // that runs over several paragraphs, is the post's own earlier paragraph (its poster's).
    const prev = ps.slice(0, i).findLast((x) => x.text.trim() !== '')
    if (!prev) return null
    if (p.setting.blockquote && prev.setting.blockquote) {
      if (depth > 8) return null
      const before = ctx.quotes.findLast((x) => x.start >= prev.start && x.start < prev.end)
      return before ? (before.speaker ?? posterOf(ctx, before, depth + 1)) : null
    }
    from = prev.start
    end = prev.end
  }
  const intro = body.slice(from, end).replace(/[\s"“‘'*_]+$/, '')
  if (!intro.endsWith(':')) return null
  const colon = from + intro.length - 1
  const clause = clausesIn(ctx.doc, colon, colon + 1).at(-1)
  if (!clause) return null
  const words = clause.words.filter((w) => w.end <= colon + 1)
  const people: string[] = []
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word
    if (OTHER_VOICES.has(w.lower)) return null
    if (quoteAt(ctx, w.start)) continue
    const who = personOf(ctx, w)
    if (!who) continue
    if (OBJECT_BEFORE.has(words[k - 1]?.lower ?? '')) return null
    if (!people.some((x) => samePerson(x, who))) people.push(who)
  }
  return people.length === 1 ? (people[0] ?? null) : null
}

/**
 * Quotes, Q&A answers and featured statements in which a person tied to a brand speaks for
 * it: the passage names the brand family (or a product of it), or praises or recommends
 * something the context makes the brand's. One endorsement per person, brand and paragraph,
 * spanning every such quote in the paragraph.
 */
export function connectedEndorsements(
  ctx: SlotContext,
  body: string,
  connections: readonly Connection[],
  families: readonly BrandFamily[],
): Endorsement[] {
  const found = new Map<string, Endorsement>()
  const add = (key: string, r: TextRange, conn: Connection) => {
    const prev = found.get(key)
    const start = Math.min(prev?.start ?? r.start, r.start)
    const end = Math.max(prev?.end ?? r.end, r.end)
    found.set(key, {
      start,
      end,
      kind: 'connected-quote',
      text: body.slice(start, end),
      brand: conn.brand,
      person: conn.person,
    })
  }
  const clauses = clausesOf(ctx.doc)
  // The writer the byline names, the traveller a hosted trip names, else, when the text ties
  // the narration's "I" to a brand with no byline to name it, "the writer".
  const writer =
    authorOf(ctx.doc) ??
    travellingWriter(ctx, connections) ??
    (connections.some((c) => c.person === 'the writer') ? 'the writer' : null)
  const overlapping = (start: number, end: number) => clausesIn(ctx.doc, start, end)
  // What each clause says in the publication's own words, read once for every connection.
  const featured = new Map<Clause, { from: number; to: number; own: Word[] }>()
  const featuredOf = (c: Clause) => {
    let f = featured.get(c)
    if (!f) {
      const own = c.words.filter((w) => !quoteAt(ctx, w.start))
      // The span runs from the first to the last of those words that is no mark: a closing
      // quotation mark or full stop after a quote does not stretch it over the quoted words
      // ("What my friend X said after trying Y: “…the best crema…”" is no praise of the writer's).
      const worded = own.filter((w) => /[\p{L}\p{N}]/u.test(w.text))
      f = {
        from: worded[0]?.start ?? own[0]?.start ?? c.sentence.start,
        to: worded.at(-1)?.end ?? own.at(-1)?.end ?? c.sentence.end,
        own,
      }
      featured.set(c, f)
    }
    return f
  }
  // Who those words name (pronouns resolved): asked only of a clause that endorses a brand,
  // since resolving every word of a long draft took half a second.
  const named = new Map<Clause, string[]>()
  const peopleOf = (c: Clause) => {
    let people = named.get(c)
    if (!people) {
      people = featuredOf(c)
        .own.map((w) => personOf(ctx, w))
        .filter((p): p is string => !!p)
      named.set(c, people)
    }
    return people
  }
  // The clauses whose own words endorse something ("X swears by …", the writer's "I use …"),
  // found once: which they are does not depend on the connection.
  let endorsing: Clause[] | null = null
  const endorsingClauses = () =>
    (endorsing ??= clauses.filter((c) => {
      const { own, from, to } = featuredOf(c)
      if (own.length < 3) return false
      const low = own.map((w) => w.lower)
      const endorses = low.some((w, i) => ENDORSING.has(w) && !NEGATION.has(low[i - 1] ?? ''))
      // The writer's own first-person praise ("I use Norvane's cream every night").
      const mine = own.some((w) => w.lower === 'i' || w.lower === 'my') && praises(c, from, to)
      return endorses || mine
    }))
  // In a review of one product ("X review: …"), praise that names nothing ("Verdict: The best
  // smart rower under £2,000") is praise of the product reviewed.
  const reviewed = reviewedFamily(ctx, families)
  // For the writer's own words, read once for every connection of the writer: the brands a
  // clause names, and the brand each pronoun in it that can stand for a business stands for (the
  // pronouns only when asked).
  const writers = new Map<
    Clause,
    { brands: BrandFamily[]; pronouns: () => (BrandFamily | undefined)[] }
  >()
  const writersClause = (c: Clause, from: number, to: number) => {
    let read = writers.get(c)
    if (!read) {
      let pronouns: (BrandFamily | undefined)[] | undefined
      read = {
        brands: familiesIn(ctx.doc, families, from, to),
        pronouns: () =>
          (pronouns ??= c.words
            .filter((w) => w.start >= from && w.end <= to && PRONOUN_SUBJECTS.has(w.lower))
            .map((w) => pronounFamily(c, w))),
      }
      writers.set(c, read)
    }
    return read
  }
  // The pronoun's antecedent: the last name before it in its paragraph ("… Chef X cooks at Y. It
  // was the best …": the last brand named, not the chef), else, for a paragraph with no name
  // before the pronoun, the last brand named in the ones before ("I stayed at X. … ¶ It is the
  // loveliest place I have stayed").
  const pronounFamily = (c: Clause, w: Word): BrandFamily | undefined => {
    const brandOf = (m: { name: string }) => familyOf(families, m.name)
    const here = mentionsIn(ctx.doc, c.paragraph.start, w.start)
    let last = here.filter((m) => brandOf(m)).at(-1)
    // Back through the section while the thing stays the topic (a quote from the owners, a price
    // paragraph, a link may come between), up to four paragraphs.
    for (let k = 1; !last && here.length === 0 && k <= 4; k++) {
      const p = ctx.doc.paragraphs[c.paragraph.index - k]
      if (!p || p.role === 'heading' || p.role === 'headline') break
      last = mentionsIn(ctx.doc, p.start, p.end)
        .filter((m) => brandOf(m))
        .at(-1)
    }
    return last ? brandOf(last) : undefined
  }
  // What each clause of a quote names, and whether it gives a code or praises, read once for
  // every connection (the brand the context makes it about only when asked).
  const parts = new Map<
    QuoteRef,
    {
      c: Clause
      named: BrandFamily[]
      referral: boolean
      praises: boolean
      context: () => BrandFamily[]
    }[]
  >()
  const quoteParts = (q: QuoteRef) => {
    let list = parts.get(q)
    if (!list) {
      list = overlapping(q.start, q.end).map((c) => {
        const start = Math.max(q.start, c.sentence.start)
        const end = Math.min(q.end, c.sentence.end)
        let context: BrandFamily[] | undefined
        const named = familiesIn(ctx.doc, families, start, end)
        return {
          c,
          named,
          referral: referral(c, start, end),
          praises: praises(c, start, end) || !!chooses(c, start, end),
          context: () => (context ??= contextFamily(ctx, families, c, start, end)),
        }
      })
      parts.set(q, list)
    }
    return list
  }
  const posters = new Map<QuoteRef, string | null>()
  const posted = (q: QuoteRef) => {
    let who = posters.get(q)
    if (who === undefined) posters.set(q, (who = posterOf(ctx, q)))
    return who
  }
  for (const conn of connections) {
    const family = familyOf(families, conn.brand)
    const isBrand = (fs: readonly BrandFamily[]) =>
      fs.some((f) => f === family || (!family && f.name.toLowerCase() === conn.brand.toLowerCase()))
    // Whether each speaker is the connection's person, asked once per speaker.
    const speaks = new Map<string, boolean>()
    for (const q of ctx.quotes) {
      // A post the speakers gave no one is the person's its introducing line names.
      const speaker = q.speaker ?? posted(q)
      if (!speaker) continue
      let same = speaks.get(speaker)
      if (same === undefined) speaks.set(speaker, (same = samePerson(speaker, conn.person)))
      if (!same) continue
      for (const part of quoteParts(q)) {
        const named = isBrand(part.named)
        const code = part.referral && (named || isBrand(part.context()))
        const context = !named && part.praises && isBrand(part.context())
        if (named || code || context)
          add(`${conn.person}|${conn.brand}|${part.c.paragraph.index}`, q, conn)
      }
    }
    // Featured: "X swears by Brand's cleanser", "X's own first choice is Brand's serum".
    for (const c of endorsingClauses()) {
      // The publisher's words about the person, not the person's own (quotes are above).
      const { from, to } = featuredOf(c)
      const key = `${conn.person}|${conn.brand}|${c.paragraph.index}`
      if (found.has(key)) continue
      if (!peopleOf(c).some((p) => samePerson(p, conn.person))) continue
      if (isBrand(familiesIn(ctx.doc, families, from, to))) add(key, c.sentence, conn)
    }
    // The writer's own words, when the tie is the writer's ("Her husband co-owns X" in the end
    // bio): the narration that sends readers to the brand ("go and see the people at X") or
    // praises it ("they are the best shop in the city") is the writer's endorsement.
    // The publication's own words, when its owner owns the brand: its narration is its praise.
    if ((writer && samePerson(writer, conn.person)) || conn.source === 'publication')
      for (const c of clauses) {
        if (c.paragraph.role !== 'body' && c.paragraph.role !== 'standfirst') continue
        const key = `${conn.person}|${conn.brand}|${c.paragraph.index}`
        const { own, from, to } = featuredOf(c)
        if (own.length < 3) continue
        // The brand named here, or a pronoun here that stands for it ("they are the best shop"):
        // not merely a brand somewhere in the paragraph.
        const { brands, pronouns } = writersClause(c, from, to)
        const named = isBrand(brands)
        const meant = named || pronouns().some((f) => !!f && isBrand([f]))
        // A clause of the review that names nothing is the writer's word on the product, unless
        // someone else says it ("…, officers wrote in March").
        const unnamed =
          !meant &&
          !!reviewed &&
          isBrand([reviewed]) &&
          brands.length === 0 &&
          !own.some((w) => PRONOUN_SUBJECTS.has(w.lower)) &&
          !c.words.some((w) => REPORTED.has(w.lower))
        if (!meant && !unnamed) continue
        // "go and see the people at X", "If you need one, visit X": an imperative that sends
        // the reader to the brand, at the clause's start or after a comma.
        const sends =
          named &&
          own.some(
            (w, j) =>
              w.pos === 'VERB' &&
              (BUY_IMPERATIVES.has(w.lower) || SEND_IMPERATIVES.has(w.lower)) &&
              (j === 0 || own[j - 1]?.text === ',' || own[j - 1]?.text === ':'),
          )
        // "Give it the contract", "Choose Y": urging whoever decides to pick the brand, named or
        // by a pronoun that stands for it.
        const chosen = (k: number) => {
          const x = own[k]
          if (!x) return false
          if (x.lower === 'it' || x.lower === 'them') return true
          // A brand's name that begins with this word.
          const m = ctx.doc.mentions.find((n) => n.start === x.start)
          return !!m && isBrand(familiesIn(ctx.doc, families, m.start, m.end))
        }
        const urges = own.some((w, j) => {
          if (w.pos !== 'VERB' || !CHOOSE_IMPERATIVES.has(w.lower)) return false
          if (j > 0 && own[j - 1]?.text !== ',' && own[j - 1]?.text !== ':') return false
          // "Give it the contract", "award X the work": the brand, then what it is handed.
          if (w.lower === 'give' || w.lower === 'award')
            return chosen(j + 1) && own.slice(j + 2, j + 5).some((x) => AWARDED.has(x.lower))
          // "Choose X", "back the X bid": the brand right after the verb.
          return chosen(j + 1) || (own[j + 1]?.pos === 'DET' && chosen(j + 2))
        })
        // The speaker's own choice, of the brand named or meant by "it" in what is chosen.
        const choice = chooses(c, from, to)
        const chose =
          !!choice &&
          (isBrand(familiesIn(ctx.doc, families, choice.start, choice.end)) ||
            // By a pronoun only where the clause names no other brand it could stand for.
            (brands.length <= 1 &&
              c.words.some(
                (w) =>
                  w.start >= choice.start &&
                  w.end <= choice.end &&
                  PRONOUN_SUBJECTS.has(w.lower) &&
                  isBrand([pronounFamily(c, w)].filter((f): f is BrandFamily => !!f)),
              )))
        if (sends || urges || chose || praises(c, from, to)) add(key, c.sentence, conn)
      }
  }
  return [...found.values()].sort((a, b) => a.start - b.start)
}

/** Words that say the publisher's subject endorses something: "X swears by …", "her pick". */
const ENDORSING = new Set([
  'recommends',
  'recommended',
  'swears',
  'uses',
  'loves',
  'favourite',
  'favorite',
  'choice',
  'pick',
  'prescribes',
  'suggests',
  'rates',
  'trusts',
])

/** Words that give a clause to someone other than the writer: "…, officers wrote". */
const REPORTED = new Set([
  'said',
  'says',
  'say',
  'wrote',
  'writes',
  'told',
  'tells',
  'reported',
  'reports',
  'argued',
  'argues',
  'according',
])

/** A headline that calls the piece a review: "X review: …", "Review: X", "X review". */
const REVIEW_HEADLINE = /(?:^|\s)review\s*(?:[:|\u2013\u2014-]|$)/i

/**
 * The one brand family a review's headline names ("Tessera Loom 3 review: …", "Review: the
 * Tessera Loom 3"), or null when the headline reviews no single product.
 */
function reviewedFamily(ctx: SlotContext, families: readonly BrandFamily[]): BrandFamily | null {
  for (const p of ctx.doc.paragraphs.slice(0, 4)) {
    // "review" as the noun of a review's headline (before a colon or dash, or last), not the
    // verb: "Council to review X contract" reviews no product.
    if (p.role !== 'headline' || !REVIEW_HEADLINE.test(p.text)) continue
    const named = [...new Set(familiesIn(ctx.doc, families, p.start, p.end))]
    if (named.length === 1) return named[0] ?? null
  }
  return null
}

/**
 * The writer of a first-person piece with no byline, known from a hosted trip the text gives
 * a named person ("Ana Ruiz travelled as a guest of X" in the closing note) who never speaks in
 * quotes: the "I" of the narration.
 */
function travellingWriter(ctx: SlotContext, connections: readonly Connection[]): string | null {
  const narrated = clausesOf(ctx.doc).some(
    (c) =>
      c.paragraph.role === 'body' &&
      c.words.some((w) => (w.lower === 'i' || w.lower === 'my') && !quoteAt(ctx, w.start)),
  )
  if (!narrated) return null
  const travellers = [
    ...new Set(
      connections
        .filter((c) => c.kind === 'gifted-product' && c.source === 'text')
        .map((c) => c.person),
    ),
  ].filter((p) => !ctx.quotes.some((q) => q.speaker && samePerson(q.speaker, p)))
  return travellers.length === 1 ? (travellers[0] ?? null) : null
}

/** Every mention of a brand family in the text (shown on the panel, not bound by sign-off). */
export function brandMentions(
  ctx: SlotContext,
  body: string,
  family: BrandFamily,
  families: readonly BrandFamily[],
): TextRange[] {
  return (familyMentions(ctx.doc, families).get(family) ?? [])
    .filter((m) => m.end <= body.length)
    .map((m) => ({ start: m.start, end: m.end }))
}

/**
 * The document's mentions by brand family, in text order, sorted once per document and list of
 * families: the findings ask for every family's mentions, and going through every mention for
 * each family grew with families × mentions on a long draft.
 */
function familyMentions(doc: Doc, families: readonly BrandFamily[]): Map<BrandFamily, Mention[]> {
  let byFamilies = mentionsByFamily.get(doc)
  if (!byFamilies) mentionsByFamily.set(doc, (byFamilies = new WeakMap()))
  let index = byFamilies.get(families)
  if (!index) {
    index = new Map()
    for (const m of doc.mentions) {
      const f = familyOf(families, m.name)
      if (!f) continue
      const list = index.get(f)
      if (list) list.push(m)
      else index.set(f, [m])
    }
    byFamilies.set(families, index)
  }
  return index
}

const mentionsByFamily = new WeakMap<
  Doc,
  WeakMap<readonly BrandFamily[], Map<BrandFamily, Mention[]>>
>()
