import type { Wording } from './domain'
import {
  BUY,
  COMMERCE_NOUNS,
  CONTENT_NOUNS,
  EARN,
  EDITORIAL_VERBS,
  FIRST_PERSON,
  FIRST_PERSON_OBJECT,
  INFLUENCE,
  INFLUENCE_TARGETS,
  GET_VERBS,
  LINKS,
  MONEY_SHARES,
  NEGATION,
  PARTNER_NOUNS,
  PUBLICATION_NOUNS,
  PUBLICATION_OWNERS,
  SPONSOR_PARTICIPLES,
} from './lexicon'
import {
  authorOf,
  brandAfter,
  brandOfWord,
  clearlyPerson,
  isNonCommercial,
  personBackward,
  personOf,
  quoteAt,
  type SlotContext,
} from './slots'
import type { Clause, Segment, Word } from './words'
import { ORG_NOUNS } from '../language/lexicon'
import { sameName } from '../text'
import { BE, gate, HYPHENATED, lowers, names, negated, NOTES, wakes, type Found } from './frame'
import { statesOwnerLink } from './ownership'

/**
 * The publication's own notices: affiliate earnings ("we may earn a commission when you buy
 * through links"), sponsorship ("this content was produced for X", "presented by X"), and
 * no-influence, independence and ownership statements ("X had no say in what we wrote").
 */

// ---------------------------------------------------------------------------------------------
// Affiliate: the publisher (or the writer) may be paid when readers buy through links.
// ---------------------------------------------------------------------------------------------

/** Verbs of handing a share over: "retailers give us a percentage of sales". */
const SHARE_VERBS = new Set(['give', 'gives', 'pay', 'pays', 'send', 'sends', 'share', 'shares'])

/**
 * Small sums named as coins, the informal way to say a share ("the shop sends us a few
 * pennies", "the retailer throws us a few quid"): money once a verb hands them over.
 */
const COINS = new Set('penny pennies pence cent cents quid bucks dimes nickels'.split(' '))
/** Informal verbs of handing money over: "throws us a few quid", "kicks back a little". */
const HAND_VERBS = new Set(['throw', 'throws', 'kick', 'kicks', 'hand', 'hands', 'pass', 'passes'])

const MODALS = new Set(['may', 'might', 'could', 'will', 'can', 'also', 'then', 'usually'])

/**
 * Whether the coins at `i` come to the publication: handed to us ("sends us a few pennies",
 * "throws me a few quid") or got by us ("we get a few cents"), within five words before them.
 * "you get a few cents off" is the reader's saving.
 */
function coinsToUs(low: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - 5); j < i; j++) {
    const x = low[j] ?? ''
    if ((SHARE_VERBS.has(x) || HAND_VERBS.has(x)) && FIRST_PERSON_OBJECT.has(low[j + 1] ?? ''))
      return true
    // "we get", "we may get", "I also get".
    const by = MODALS.has(low[j - 1] ?? '') ? j - 2 : j - 1
    if (GET_VERBS.has(x) && ['we', 'i'].includes(low[by] ?? '')) return true
  }
  return false
}

/** Who sells what readers buy: "that retailer pays The Counter a percentage of the sale". */
const SELLERS = new Set(
  'shop shops retailer retailers store stores seller sellers merchant merchants vendor vendors'.split(
    ' ',
  ),
)

/** Who buys through a publisher's links. */
const READERS = new Set([
  'you',
  'your',
  'readers',
  'reader',
  'customers',
  'shoppers',
  'subscribers',
  'users',
  'visitors',
  'anyone',
  'someone',
  'purchases',
  'purchase',
  'sales',
  'sale',
  'orders',
])

/** A reader becoming a customer other than by buying: "open an account", "sign up", "book". */
const SIGN_UP = new Set([
  'open',
  'opens',
  'sign',
  'signs',
  'join',
  'joins',
  'subscribe',
  'subscribes',
  'register',
  'registers',
  'book',
  'books',
  'switch',
  'switches',
])

/** What a reader signs up through that is the piece's: "through them" (its links), "via our links". */
const THROUGH_OURS = new Set(['them', 'these', 'those', 'our', 'this', 'links', 'link', 'the'])

/** Every word a branch of affiliateFrame keys on (see gate): money, "affiliate", support, partners. */
const AFFILIATE_GATE = gate(EARN, MONEY_SHARES, COINS, PARTNER_NOUNS, [
  ...['affiliate', 'affiliates', 'support', 'supports', 'supporting', 'referral'],
])

export function affiliateFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, AFFILIATE_GATE)) return null
  const ws = c.words.slice(seg.from, seg.to)
  // The clause's lower-case words are worked out once for every frame (a new array each time
  // missed that cache: half a second of a 5,000,000-character draft's disclosure reading).
  const low = lowers(c.words).slice(seg.from, seg.to)
  // Money to someone: "earn", "commission", or "receive a small share of the sale".
  const money = low.findIndex(
    (w, i) =>
      EARN.has(w) ||
      // "the shop sends us a few pennies": coins handed over to us.
      (COINS.has(w) && coinsToUs(low, i)) ||
      (MONEY_SHARES.has(w) &&
        // "I get a small credit when …" is ours; "you get £10 credit" is the reader's.
        (!w.startsWith('credit') ||
          low.slice(Math.max(0, i - 5), i).some((x) => x === 'i' || x === 'we')) &&
        (low.slice(Math.max(0, i - 4), i).some((x) => GET_VERBS.has(x) || SHARE_VERBS.has(x)) ||
          // Handed on to us, whatever the verb: "the shop passes a small cut on to us".
          low
            .slice(i + 1, i + 8)
            .some((x, k, a) => FIRST_PERSON_OBJECT.has(x) && a[k - 1] === 'to'))),
  )
  const aff = low.findIndex((w) => w === 'affiliate' || w === 'affiliates')
  // Buying is the reader's: links, "qualifying purchases", or a purchase by "you", "readers"
  // or through something ("bought a stake in X" is not a reader buying).
  const readers = low.some((w) => READERS.has(w))
  const buys =
    low.some((w) => LINKS.has(w)) ||
    // "a fee for each blanket sold with that code": a reader's code is their way to buy.
    (low.some((w) => w === 'code' || w === 'codes') &&
      low.some((w) => ['sold', 'sale', 'sales', 'order', 'orders', 'purchase'].includes(w))) ||
    low.includes('qualifying') ||
    low.some(
      (w, i) => BUY.has(w) && (readers || ['through', 'via', 'from'].includes(low[i + 1] ?? '')),
    ) ||
    // "If you open an account through them", "readers who sign up via these": a reader's other
    // way of becoming a customer, through what the piece links to.
    (readers &&
      low.some(
        (w, i) =>
          SIGN_UP.has(w) &&
          low
            .slice(i + 1, i + 6)
            .some(
              (x, k, a) => (x === 'through' || x === 'via') && THROUGH_OURS.has(a[k + 1] ?? ''),
            ),
      ))
  const ours = low.some((w) => FIRST_PERSON.has(w))
  const publication = low.some(
    (w, i) =>
      (PUBLICATION_NOUNS.has(w) || LINKS.has(w)) &&
      ['this', 'these', 'our', 'the'].includes(low[i - 1] ?? ''),
  )
  // "Marquee earns a commission …": a name (not a person's) just before the money word.
  // "the retailer may pay Deskwise a referral fee": the name the money is paid to.
  const subject =
    (money > 0 &&
      ws.slice(Math.max(0, money - 3), money).some((w) => w.mention && !personOf(ctx, w))) ||
    (money >= 0 &&
      ['pay', 'pays', 'paid', 'give', 'gives', 'send', 'sends'].includes(low[money] ?? '') &&
      !!ws[money + 1]?.mention &&
      !personOf(ctx, ws[money + 1] as Word))
  // "When you buy a kettle, that retailer pays The Counter a percentage of the sale": a seller
  // hands a share of a reader's purchase to a name that is no person's, the publication.
  const sellerPays =
    money >= 0 &&
    low.some((w, i) => {
      if (!SELLERS.has(w) || i >= money) return false
      const verb = low.slice(i + 1, i + 4).findIndex((x) => SHARE_VERBS.has(x))
      const to = verb < 0 ? -1 : i + 2 + verb + (low[i + 2 + verb] === 'the' ? 1 : 0)
      const m = to > 0 ? ws[to]?.mention : undefined
      return !!m && !clearlyPerson(ctx, m)
    })
  const speaker = quoteAt(ctx, ws[0]?.start ?? 0)?.speaker ?? null
  // "I earn a commission on my links", said by a quoted person: that person's tie.
  const personal = speaker && ours
  // "Shop: [A](…) · [B](…) · we may earn…": the notice starts after the links before it.
  const cue = money >= 0 ? money : aff
  const linkEnds = c.paragraph.setting.links
    .map((l) => c.paragraph.start + l.end)
    .filter((end) => cue >= 0 && end <= (ws[cue]?.start ?? 0))
  const lastLink = Math.max(-1, ...linkEnds)
  const after =
    lastLink < 0 ? -1 : c.words.findIndex((w) => w.start >= lastLink && /\p{L}/u.test(w.text))
  const found = (wording: Wording, note?: string): Found => ({
    ...(after > seg.from ? { from: after } : {}),
    kind: personal ? 'material-connection' : 'affiliate',
    wording,
    ...(note ? { note } : {}),
    brandNames: [],
    people: personal ? [speaker] : [],
    ...(personal ? { tie: 'affiliate' as const } : {}),
  })
  // "(Referral link.)" after an item, "our referral links": a link that earns when used.
  const referral = low.findIndex((w, i) => w === 'referral' && /^links?$/.test(low[i + 1] ?? ''))
  const short = ws.filter((w) => w.pos !== 'PUNCT').length <= 3
  if (referral >= 0 && (ours || publication || short) && !negated(ws, 0, referral))
    return found('clear')
  if (aff >= 0) {
    const next = low[aff + 1] ?? ''
    // "We are an affiliate of the shops we link to", "this site is an affiliate for X".
    if (
      (next === 'of' || next === 'for') &&
      (ours || publication) &&
      (buys ||
        low.some((x) => ['shops', 'retailers', 'stores', 'sellers', 'merchants'].includes(x)))
    )
      return negated(ws, 0, aff) ? null : found('clear')
    if (
      [
        'link',
        'links',
        'commission',
        'commissions',
        'partner',
        'partners',
        'program',
        'programme',
        'programs',
        'relationship',
        'relationships',
        'network',
        'networks',
        'fee',
        'fees',
        'marketing',
      ].includes(next)
    )
      return negated(ws, 0, aff) ? null : found('clear')
  }
  // "We may earn a commission": a commission is a share of a sale, links or not; so is a
  // referral fee we earn or get ("We earn a referral fee."; not "we paid a referral fee").
  const commission =
    low.some((w) => w === 'commission' || w === 'commissions') ||
    (low.some((w, i) => w === 'referral' && /^fees?$/.test(low[i + 1] ?? '')) &&
      low.some((w) => GET_VERBS.has(w) || /^earn(?:s|ed)?$/.test(w)))
  // "retailers pay us a small fee on sales from this page": sales are readers' purchases.
  const sales = low.some((w) => ['sales', 'purchases', 'orders'].includes(w))
  if (
    money >= 0 &&
    (buys || (commission && ours) || (sales && (ours || publication))) &&
    (ours || publication || subject || (sellerPays && buys))
  ) {
    if (negated(ws, 0, money)) return null
    return found('clear')
  }
  // "When you buy through links on our site, you support our journalism": money not said.
  if (
    money < 0 &&
    buys &&
    readers &&
    low.some(
      (w, i) => /^support(?:s|ing)?$/.test(w) && ['us', 'our', 'this'].includes(low[i + 1] ?? ''),
    )
  )
    return found('ambiguous', NOTES.supportUs)
  // "Some of the offers on this page are from our partners." Whatever they are ("accounts",
  // "mattresses"), things the page itself presents ("mentioned below", "featured here", "on
  // this list") that come from the publication's partners are a commercial tie.
  const partner = low.findIndex((w, i) => PARTNER_NOUNS.has(w) && low[i - 1] === 'our')
  if (
    partner >= 0 &&
    money < 0 &&
    (low.some((w) => COMMERCE_NOUNS.has(w)) || presentedHere(low.slice(0, partner)))
  )
    return found('ambiguous', NOTES.partners)
  return null
}

/**
 * Whether words name things the page itself presents: "mentioned below", "featured here",
 * "listed above", "on this page", "in this guide", "we recommend".
 */
function presentedHere(low: readonly string[]): boolean {
  const shown = ['mentioned', 'featured', 'listed', 'shown', 'included', 'reviewed', 'compared']
  return low.some(
    (w, i) =>
      (shown.includes(w) && ['below', 'above', 'here', 'on', 'in'].includes(low[i + 1] ?? '')) ||
      (['on', 'in'].includes(w) &&
        low[i + 1] === 'this' &&
        ['page', 'article', 'list', 'guide', 'roundup', 'table', 'story', 'post'].includes(
          low[i + 2] ?? '',
        )) ||
      (w === 'we' &&
        ['recommend', 'feature', 'list', 'review', 'compare'].includes(low[i + 1] ?? '')),
  )
}

// ---------------------------------------------------------------------------------------------
// Sponsorship: the piece itself was paid for, produced for, or presented by a brand.
// ---------------------------------------------------------------------------------------------

/** The brand named before words[i] in the segment ("Orla Coffee paid for this post"). */
function brandBackwardIn(ctx: SlotContext, c: Clause, from: number, i: number): string | null {
  for (let k = i - 1; k >= from; k--) {
    const b = brandOfWord(ctx, c, k)
    if (b) return b
  }
  return null
}

/**
 * A credit's wording. A funder credit ("presented by", "brought to you by", "made possible by",
 * "supported by", "in partnership with", "in association with") is a plain sponsorship
 * disclosure, for a seller as for a foundation: the corpus lists such credits under sponsored
 * and names only "partner", "#sp", "collab", "thanks" and "Promoted" as vague. `collaboration`:
 * words that do not say who paid whom ("in collaboration with", "made with", a trip "arranged in
 * partnership with", "comes to you from our friends at"), vague for a seller.
 */
function creditWording(
  ctx: SlotContext,
  c: Clause,
  at: number,
  verb: string,
): { wording: Wording; brand: string | null; note?: string } {
  const brand = brandAfter(ctx, c, at, 8)
  if (verb !== 'collaboration') return { wording: 'clear', brand }
  const k = brand ? c.words.findIndex((w, i) => i >= at && w.mention?.name === brand) : -1
  const following = k >= 0 ? c.words.slice(k + 1, k + 6) : []
  if (brand && isNonCommercial(brand, following)) return { wording: 'clear', brand }
  // Money named in the same sentence makes the credit plain ("…, which paid for it").
  if (c.words.some((w) => w.lower === 'paid' || w.lower === 'pays' || w.lower === 'sponsored'))
    return { wording: 'clear', brand }
  return { wording: 'ambiguous', brand, note: NOTES.funderCredit }
}

/** A sponsorship credit as found: the credit's wording (and why, when vague) for a brand. */
function credited(credit: { wording: Wording; note?: string }, brand: string): Found {
  return {
    kind: 'sponsored',
    wording: credit.wording,
    ...(credit.note ? { note: credit.note } : {}),
    brandNames: [brand],
    people: [],
  }
}

/** Participles of arranging an experience or a piece with a partner. */
const ARRANGED = new Set(['arranged', 'organised', 'organized', 'produced', 'hosted', 'planned'])
/**
 * What such a credit is of when it is advertising: something given to the writer or the reader
 * (a trip, a stay, a tasting). "The survey was produced in collaboration with a pollster", "the
 * exhibition was organised in partnership with a charity" credit no one's sponsor.
 */
const EXPERIENCES = new Set([
  'trip',
  'trips',
  'stay',
  'stays',
  'tasting',
  'tastings',
  'dinner',
  'lunch',
  'meal',
  'tour',
  'tours',
  'visit',
  'visits',
  'crossing',
  'cruise',
  'voyage',
  'experience',
  'holiday',
  'break',
  'excursion',
  'journey',
  'ride',
  'flight',
  'weekend',
  'itinerary',
  'class',
  'session',
  'retreat',
])
const WRITER_OR_READER = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your'])

/** The publisher's selling side, as it names the team that made a piece. */
const COMMERCIAL_WORDS = new Set(['commercial', 'advertising', 'partnerships', 'sponsorship'])
const TEAM_WORDS = new Set(['team', 'department', 'studio', 'arm', 'unit', 'division', 'content'])

/** What a piece can be part of, or be, when a funder's participle follows the noun. */
const SERIES_NOUNS = new Set([
  'series',
  'coverage',
  'reporting',
  'journalism',
  'project',
  'initiative',
  'supplement',
  'section',
  'newsletter',
  'podcast',
  'episode',
  'desk',
])

/**
 * Whether the words before a noun at `i` make it this piece or what it belongs to: "this
 * article is part of …", "our coverage", "this series".
 */
function ownPiece(low: readonly string[], from: number, i: number): boolean {
  const before = low.slice(from, i)
  if (before.length === 0) return false
  const prev = low[i - 1] ?? ''
  if ((prev === 'this' || prev === 'our') && i - 1 >= from) return true
  return before.some(
    (x, k) =>
      x === 'part' &&
      before[k + 1] === 'of' &&
      before.slice(0, k).some((y) => CONTENT_NOUNS.has(y)),
  )
}

/**
 * Whether the words after a verb at `i` name the piece: "this post", "our newsletter",
 * "today's episode", "for the series".
 */
function pieceAfter(low: readonly string[], i: number): boolean {
  const forIt = low[i + 1] === 'for'
  let d = forIt ? i + 2 : i + 1
  if (['today', 'tonight'].includes(low[d] ?? '') && /^['’]s$/.test(low[d + 1] ?? '')) d += 2
  else if ((forIt ? ['this', 'the'] : ['this', 'our']).includes(low[d] ?? '')) d++
  else return false
  // "X sponsors this week": in a serial, this week's issue.
  if (low[d - 1] === 'this' && ['week', 'month', 'weekend', 'fortnight'].includes(low[d] ?? ''))
    return true
  return CONTENT_NOUNS.has(low[d] ?? '')
}

/** Every word a branch of sponsorFrame keys on (see gate). */
const SPONSOR_GATE = gate(PARTNER_NOUNS, SPONSOR_PARTICIPLES, [
  ...['paid', 'pays', 'pay', 'paying', 'sponsor', 'sponsors', 'sponsored', 'promoted'],
  ...['underwritten', 'underwrote', 'underwrites', 'commissioned', 'funded', 'funds'],
  ...['supported', 'financed', 'backed', 'comes', 'come', 'studio', 'studios'],
  ...['advertisement', 'advert', 'ad', 'advertorial', 'advertising'],
  ...['association', 'collaboration'],
])

export function sponsorFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, SPONSOR_GATE)) return null
  const ws = c.words
  const low = lowers(ws)
  // For whom a studio made the piece: the word after "for" or "on behalf of" from `k` on.
  // (Made once per segment, not once per word: a closure made in the loop costs on every word.)
  const client = (k: number): number => {
    for (let j = k; j < seg.to; j++) {
      if (low[j] === 'for') return j + 1
      if (low[j] === 'on' && low[j + 1] === 'behalf' && low[j + 2] === 'of') return j + 3
    }
    return -1
  }
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    const next = low[i + 1] ?? ''
    // "Paid partnership with X", "paid promotion", "paid post".
    if (
      w === 'paid' &&
      !personBackward(ctx, c, seg.from, i) &&
      [
        'partnership',
        'promotion',
        'placement',
        'post',
        'content',
        'advertisement',
        'advertising',
        'feature',
        'advertorial',
      ].includes(next)
    ) {
      return {
        kind: 'sponsored',
        wording: 'clear',
        brandNames: names(brandAfter(ctx, c, i + 2)),
        people: [],
      }
    }
    // "our sponsor", "this week's sponsor", "a word from our sponsor".
    const whose =
      low[i - 1] === "'s" || low[i - 1] === '’s' ? (low[i - 2] ?? '') : (low[i - 1] ?? '')
    if (
      (w === 'sponsor' || w === 'sponsors') &&
      ['our', 'week', 'issue', 'today', 'month', 'episode', 'edition', 'newsletter'].includes(
        whose,
      ) &&
      !negated(ws, seg.from, seg.to) &&
      // "editorially independent of our sponsors" says the opposite.
      !low.slice(seg.from, i).some((x) => x === 'independent' || x === 'separate')
    ) {
      return {
        kind: 'sponsored',
        wording: 'clear',
        brandNames: names(brandAfter(ctx, c, i + 1)),
        people: [],
      }
    }
    // "This week our partner is X", "our partners at X": a sponsor slot called a partner.
    if (
      PARTNER_NOUNS.has(w) &&
      low[i - 1] === 'our' &&
      !low.slice(seg.from, seg.to).some((x) => COMMERCE_NOUNS.has(x)) &&
      !negated(ws, seg.from, seg.to)
    ) {
      // "Our partner this week is X": the name after the copula, past a time phrase.
      const be = low.findIndex((x, k) => k > i && k < Math.min(seg.to, i + 6) && BE.has(x))
      const brand = brandAfter(ctx, c, i + 1, 5) ?? (be > 0 ? brandAfter(ctx, c, be + 1, 5) : null)
      if (brand)
        return {
          kind: 'sponsored',
          wording: 'ambiguous',
          note: '“partner” does not say the brand paid for the slot',
          brandNames: [brand],
          people: [],
        }
    }
    // "This article is an advertisement for X", "The following is a paid message from X".
    if (
      BE.has(w) &&
      (CONTENT_NOUNS.has(low[i - 1] ?? '') || low[i - 1] === 'following' || low[i - 1] === 'this')
    ) {
      let k = i + 1
      if (['an', 'a', 'the'].includes(low[k] ?? '')) k++
      const paid = low[k] === 'paid'
      if (paid) k++
      const ad = ['advertisement', 'advert', 'ad', 'advertorial', 'advertising'].includes(
        low[k] ?? '',
      )
      if (
        (ad || (paid && ['message', 'promotion', 'feature'].includes(low[k] ?? ''))) &&
        !negated(ws, seg.from, k)
      )
        return {
          kind: 'sponsored',
          wording: 'clear',
          brandNames: names(brandAfter(ctx, c, k + 1, 5)),
          people: [],
        }
    }
    // "X is the sponsor of this series", "This newsletter has a sponsor: X".
    if (
      (w === 'sponsor' || w === 'sponsors') &&
      ws[i]?.pos === 'NOUN' &&
      !negated(ws, seg.from, seg.to)
    ) {
      if (
        low[i + 1] === 'of' &&
        ['this', 'our', 'the', "today's", 'today’s'].includes(low[i + 2] ?? '') &&
        CONTENT_NOUNS.has(low[i + 3] ?? '')
      ) {
        const brand = brandBackwardIn(ctx, c, seg.from, i)
        if (brand) return { kind: 'sponsored', wording: 'clear', brandNames: [brand], people: [] }
      }
      if (
        ['has', 'have', 'had'].includes(low[i - 2] ?? '') &&
        CONTENT_NOUNS.has(low[i - 3] ?? '')
      ) {
        const brand = brandAfter(ctx, c, i + 1, 4)
        if (brand) return { kind: 'sponsored', wording: 'clear', brandNames: [brand], people: [] }
      }
    }
    // "X paid us to write this guide", "X pays us to run this newsletter", "X is paying me for
    // this post".
    // "X paid for this slot", "They paid for this week's spot": a sponsor's place in the piece.
    // "X, who (again) are paying for this issue, …": the relative clause's antecedent pays.
    if (
      (w === 'paid' || w === 'pays' || w === 'pay' || w === 'paying') &&
      low[i + 1] === 'for' &&
      ['this', 'the', 'today’s', "today's"].includes(low[i + 2] ?? '') &&
      ['slot', 'spot', 'placement', 'space', 'section', 'box', ...CONTENT_NOUNS].includes(
        low[i + 3] ?? '',
      ) &&
      !negated(ws, seg.from, i)
    ) {
      const brand =
        brandBackwardIn(ctx, c, seg.from, i) ??
        (seg.type === 'relative' && seg.anchor >= 0 ? brandOfWord(ctx, c, seg.anchor, true) : null)
      if (brand) return { kind: 'sponsored', wording: 'clear', brandNames: [brand], people: [] }
    }
    // "they're also paying me for this post": the pay is for the piece.
    const forPiece =
      low[i + 2] === 'for' &&
      ['this', 'the', 'these', 'today’s', "today's"].includes(low[i + 3] ?? '') &&
      CONTENT_NOUNS.has(low[i + 4] ?? '')
    if (
      (w === 'paid' || w === 'pays' || w === 'pay' || w === 'paying') &&
      (low[i + 1] === 'us' || low[i + 1] === 'me') &&
      (low[i + 2] === 'to' || forPiece) &&
      !negated(ws, seg.from, i)
    ) {
      const brand = brandBackwardIn(ctx, c, seg.from, i)
      if (brand) return { kind: 'sponsored', wording: 'clear', brandNames: [brand], people: [] }
    }
    // "Today's newsletter comes to you from our friends at X": a credit that does not say paid.
    if (
      (w === 'comes' || w === 'come') &&
      low[i + 1] === 'to' &&
      low[i + 2] === 'you' &&
      ['from', 'by', 'courtesy', 'thanks'].includes(low[i + 3] ?? '')
    ) {
      const brand = brandAfter(ctx, c, i + 4, 8)
      // "our friends at X": friendly words, not a funder's credit (vague for a seller).
      if (brand) return credited(creditWording(ctx, c, i + 4, 'collaboration'), brand)
    }
    // "This is a sponsored post", "a sponsored video for X", "this promoted article".
    if (
      (w === 'sponsored' || w === 'promoted') &&
      CONTENT_NOUNS.has(next) &&
      ws[i + 1]?.pos === 'NOUN' &&
      !negated(ws, seg.from, seg.to)
    ) {
      const promoted = w === 'promoted'
      return {
        kind: 'sponsored',
        wording: promoted ? 'ambiguous' : 'clear',
        ...(promoted ? { note: NOTES.promoted } : {}),
        brandNames: names(brandAfter(ctx, c, i + 2, 5)),
        people: [],
      }
    }
    // "produced by our brand studio for X", "… by the Herald's Brand Studio on behalf of X".
    if (w === 'brand' && next === 'studio') {
      const k = client(i + 2)
      const brand = k >= 0 ? brandAfter(ctx, c, k) : null
      if (brand) return { kind: 'sponsored', wording: 'clear', brandNames: [brand], people: [] }
    }
    // "Created by The Daily Ledger Studio for X", "made by our content studio on behalf of X":
    // a publisher's studio making a piece for a brand, whatever the studio is called.
    const behalf = next === 'on' && low[i + 2] === 'behalf' && low[i + 3] === 'of'
    if ((w === 'studio' || w === 'studios') && (next === 'for' || behalf)) {
      const made = low
        .slice(seg.from, i)
        .some((x) => ['produced', 'created', 'made', 'written', 'developed'].includes(x))
      const brand = made ? brandAfter(ctx, c, behalf ? i + 4 : i + 2) : null
      if (brand) return { kind: 'sponsored', wording: 'clear', brandNames: [brand], people: [] }
    }
    // "sponsored by X" (not research, not a person: those are other frames).
    if ((w === 'sponsored' || w === 'underwritten') && next === 'by') {
      if (personBackward(ctx, c, seg.from, i)) return null
      // "The bill was sponsored by Senator X", "the motion, sponsored by two councillors": a
      // legislator putting a measure forward, no one paid; "was not sponsored by" denies.
      if (negated(ws, seg.from, i) || putForward(ctx, c, seg.from, i)) return null
      return {
        kind: 'sponsored',
        wording: 'clear',
        brandNames: names(brandAfter(ctx, c, i + 2)),
        people: [],
      }
    }
    // "X paid for this post", "X sponsored this newsletter".
    if (
      [
        'paid',
        'pays',
        'sponsored',
        'funded',
        'underwrote',
        'underwrites',
        'commissioned',
        'sponsors',
        'funds',
      ].includes(w) &&
      pieceAfter(low, i)
    ) {
      const brand = brandBackwardIn(ctx, c, seg.from, i)
      if (brand) return { kind: 'sponsored', wording: 'clear', brandNames: [brand], people: [] }
    }
    // "This post is in partnership with X": a credit with no participle.
    if (
      CONTENT_NOUNS.has(w) &&
      BE.has(low[i + 1] ?? '') &&
      low[i + 2] === 'in' &&
      (PARTNER_NOUNS.has(low[i + 3] ?? '') ||
        low[i + 3] === 'association' ||
        low[i + 3] === 'collaboration') &&
      low[i + 4] === 'with'
    ) {
      const credit = creditWording(
        ctx,
        c,
        i + 5,
        low[i + 3] === 'collaboration' ? 'collaboration' : 'partnership',
      )
      if (credit.brand) return credited(credit, credit.brand)
    }
    // "a trip arranged in collaboration with X", "the tasting was organised in partnership with
    // X": a participle of making or arranging credits the partner, and says nothing of pay.
    if (
      ARRANGED.has(w) &&
      low[i + 1] === 'in' &&
      (PARTNER_NOUNS.has(low[i + 2] ?? '') ||
        low[i + 2] === 'association' ||
        low[i + 2] === 'collaboration') &&
      low[i + 3] === 'with'
    ) {
      // Arranging an experience with a business says nothing of who paid for it: vague for a
      // seller, whichever partner word ("a tasting organised in partnership with X").
      const credit = creditWording(ctx, c, i + 4, 'collaboration')
      // Only of something given to the writer or the reader (see EXPERIENCES); a university or
      // a public body as partner is no one's advertising.
      const given = low
        .slice(seg.from, i)
        .some((x) => EXPERIENCES.has(x) || WRITER_OR_READER.has(x))
      if (given && credit.brand && !isNonCommercial(credit.brand))
        return credited(credit, credit.brand)
    }
    // A piece as part of something a funder pays for, said by a participle after its noun:
    // "This article is part of Rural Futures, a series supported by X", "…part of a reporting
    // project funded by X", "Our coverage, underwritten by X, …". The piece must be the
    // sentence's own ("this article", "our coverage", "part of"): "a report funded by X found"
    // is research (funding frames), not a credit.
    if (
      SERIES_NOUNS.has(w) &&
      (ws[i]?.pos === 'NOUN' || ws[i]?.pos === 'PROPN') &&
      ownPiece(low, seg.from, i)
    ) {
      const k = low[i + 1] === ',' ? i + 2 : i + 1
      const v = low[k] ?? ''
      if (
        ['sponsored', 'funded', 'supported', 'underwritten', 'financed', 'backed', 'paid'].includes(
          v,
        ) &&
        (low[k + 1] === 'by' || (v === 'paid' && low[k + 1] === 'for' && low[k + 2] === 'by')) &&
        !negated(ws, seg.from, seg.to)
      ) {
        const at = low.indexOf('by', k + 1) + 1
        const credit = creditWording(ctx, c, at, v === 'backed' ? 'supported' : v)
        if (credit.brand) return credited(credit, credit.brand)
      }
    }
    // A piece as subject: "This content was produced … for X", "coverage … is presented by X".
    if (CONTENT_NOUNS.has(w) && ws[i]?.pos !== 'VERB') {
      for (let k = i + 1; k < Math.min(seg.to, i + 8); k++) {
        const v = low[k] ?? ''
        if (!SPONSOR_PARTICIPLES.has(v)) continue
        if (!BE.has(low[k - 1] ?? '') && !BE.has(low[k - 2] ?? '') && low[k - 1] !== 'been')
          continue
        // "brought to you by", "produced in partnership with", "made for", "paid for by".
        // "This article was paid for and checked by X": a second participle joined to "paid
        // for" shares its agent, so the payer is the name after that participle's "by". Only
        // for the piece's own noun ("this article", "our guide", as the series branch above):
        // "The report was paid for and published by X" is a funded report, read as one there
        // (research funding), not a sponsorship of the piece.
        const paidAnd =
          v === 'paid' && low[k + 1] === 'for' && low[k + 2] === 'and' && low[k + 4] === 'by'
        if (paidAnd && !ownPiece(low, seg.from, i)) continue
        const joined = paidAnd
        const from = joined ? k + 3 : k + 1
        const rest = low.slice(from, from + 4)
        const prep = joined ? 1 : rest.findIndex((x) => x === 'by' || x === 'for' || x === 'with')
        // "This feature is sponsored.": paid for, by someone it does not name.
        if (
          prep < 0 &&
          (v === 'sponsored' || (v === 'paid' && rest[0] === 'for')) &&
          !negated(ws, seg.from, k)
        )
          return { kind: 'sponsored', wording: 'clear', brandNames: [], people: [] }
        if (prep < 0) continue
        const at = from + prep + 1
        // "This guide was made possible by X": a credit.
        const possible = v === 'made' && rest[0] === 'possible'
        if (
          !possible &&
          ['produced', 'created', 'made', 'written'].includes(v) &&
          rest[prep] === 'by'
        ) {
          // "This content was produced by the Review's commercial team": the publisher's
          // advertising side made it, which is what a paid piece is.
          const agent = low.slice(at, Math.min(seg.to, at + 8))
          if (
            agent.some((x, j) => COMMERCIAL_WORDS.has(x) && TEAM_WORDS.has(agent[j + 1] ?? '')) &&
            !negated(ws, seg.from, k)
          )
            return {
              kind: 'sponsored',
              wording: 'clear',
              brandNames: names(brandAfter(ctx, c, low.indexOf('for', at) + 1 || seg.to)),
              people: [],
            }
          // "produced by our brand studio for X" is handled above; "written by Jo" is a byline.
          continue
        }
        const partnership = rest.some((x) => PARTNER_NOUNS.has(x) || x === 'association')
        // A credit names who paid or presented: "supported by readers" is not one.
        if (!brandAfter(ctx, c, at, 8)) continue
        // "produced with X", "made with X": a collaboration's words, not a funder's credit.
        const credit = creditWording(
          ctx,
          c,
          at,
          partnership
            ? 'partnership'
            : rest[prep] === 'with' || rest.includes('collaboration')
              ? 'collaboration'
              : v,
        )
        const made = ['produced', 'created', 'made', 'written'].includes(v) && rest[prep] === 'for'
        return {
          kind: 'sponsored',
          wording: made ? 'clear' : credit.wording,
          ...(made || !credit.note ? {} : { note: credit.note }),
          brandNames: names(credit.brand),
          people: [],
        }
      }
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Other: no-influence and independence statements; who owns the publication.
// ---------------------------------------------------------------------------------------------

/** What a holding in a company is called: "holds no position in", "owns no shares in". */
const FINANCIAL_INTERESTS = new Set([
  'position',
  'positions',
  'holding',
  'holdings',
  'shares',
  'shareholding',
  'investment',
  'investments',
  'stake',
  'stakes',
])
/** Research a funder may be said to have had no hand in: "no role in analysing the data". */
const RESEARCH_TARGETS = new Set([
  'data',
  'paper',
  'manuscript',
  'study',
  'trial',
  'analysis',
  'analysing',
  'analyzing',
  'interpretation',
  'results',
  'publication',
])

const BE_WORDS = new Set(['is', 'are', 'was', 'were'])

/** Last words of a publication's name: "The Courier", "the Marlow Street Journal". */
const MASTHEAD = new Set(
  'courier courant ledger times post journal gazette herald chronicle tribune mail echo observer guardian standard express star magazine review weekly daily news press record argus sentinel examiner dispatch bulletin monthly quarterly'.split(
    ' ',
  ),
)
/** Whether word k is (the end of) a newspaper's or a magazine's name. */
const mastheadAt = (ws: readonly Word[], k: number) => {
  const m = ws[k]?.mention
  return !!m && MASTHEAD.has(m.name.toLowerCase().split(/\s+/).at(-1) ?? '')
}

/** What a legislator or a member sponsors by putting it forward: a bill, a motion. */
const MEASURES = new Set(
  'bill bills motion motions amendment amendments resolution resolutions legislation act ordinance ordinances bylaw by-law petition petitions measure measures'.split(
    ' ',
  ),
)
/** People who put measures forward. */
const LEGISLATORS = new Set(
  'councillor councillors councilor councilors senator senators legislator legislators lawmaker lawmakers mp mps congressman congresswoman congressmen representative representatives assemblyman assemblywoman delegate delegates alderman aldermen'.split(
    ' ',
  ),
)

/**
 * Whether "sponsored by" at `i` is putting a measure forward: the sponsored thing is a bill, a
 * motion or an amendment, or the one who sponsors it is a legislator (by word or by a title:
 * "Senator X", "two councillors").
 */
function putForward(ctx: SlotContext, c: Clause, from: number, i: number): boolean {
  const low = lowers(c.words)
  if (low.slice(from, i).some((x) => MEASURES.has(x))) return true
  for (let k = i + 2; k < Math.min(c.words.length, i + 6); k++) {
    const w = c.words[k]
    if (!w || /^[,.;]$/.test(w.text)) break
    if (LEGISLATORS.has(w.lower)) return true
    if (w.mention?.title && !w.mention.possessive && clearlyPerson(ctx, w.mention)) return true
  }
  return false
}

/** People only a publication is paid for by: its readers, listeners, viewers, subscribers. */
const AUDIENCE = new Set(
  'reader readers listener listeners viewer viewers subscriber subscribers audience audiences'.split(
    ' ',
  ),
)
/** People any body may be funded by (a club, a charity): a publication's only when it is named. */
const BACKERS = new Set(
  'member members supporter supporters donor donors patron patrons'.split(' '),
)
/** Verbs of paying for something, as participles: "funded by", "paid for by". */
const KEPT = new Set(['funded', 'supported', 'financed', 'backed', 'sustained', 'paid', 'powered'])
/** Nouns for an outlet itself: "an independent cycling magazine". */
const OUTLETS = new Set(
  'magazine magazines newspaper newspapers paper publication publisher newsletter website site blog podcast journal outlet newsroom zine station broadcaster'.split(
    ' ',
  ),
)

/** A word with no hyphen split at hyphens: no parts after the first (see ownKeep). */
const NO_PARTS: readonly string[] = []

/**
 * Whether the clause says who keeps the publication: its audience pays for it ("X is
 * reader-funded", "a listener-supported show", "we are funded entirely by our subscribers";
 * members, supporters or donors only when the subject is the publication), or it is independent
 * ("X is an independent magazine", "we are independent", "this newsletter is fully
 * independent"). Not negated, not a question.
 */
function ownKeep(ctx: SlotContext, c: Clause, seg: Segment): boolean {
  const ws = c.words
  const low = lowers(ws)
  if (ws.at(-1)?.text === '?' || negated(ws, seg.from, seg.to)) return false
  // "X is a nonprofit newsroom funded by its members", "X is an independent cycling magazine":
  // said of an outlet by name, the publication's own line only where a publication says who it
  // is, at the foot or over the headline; in news copy it describes another outlet.
  const atFoot = () => ownLine(ctx, c)
  // An outlet noun just before the participle: "a nonprofit newsroom funded by".
  const outletBefore = (i: number) =>
    OUTLETS.has(low[i - 1] ?? '') || (low[i - 1] === ',' && OUTLETS.has(low[i - 2] ?? ''))
  // The subject is the publication: "we", "this magazine", "our journalism", a masthead.
  const ours = (to: number) =>
    low
      .slice(seg.from, to)
      .some(
        (x, k, arr) =>
          x === 'we' ||
          /^we['’]re$/.test(x) ||
          ((x === 'this' || x === 'our') &&
            (PUBLICATION_NOUNS.has(arr[k + 1] ?? '') ||
              OUTLETS.has(arr[k + 1] ?? '') ||
              ['journalism', 'reporting', 'work', 'desk'].includes(arr[k + 1] ?? ''))),
      ) || ws.slice(seg.from, to).some((_w, k) => mastheadAt(ws, seg.from + k))
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    // "reader-funded", "listener-supported", "member-funded".
    // (Only a word with a hyphen is split: no new array for every word of every segment.)
    const [who, how] = w.includes('-') ? w.split('-') : NO_PARTS
    if (how && KEPT.has(how) && !w.split('-')[2]) {
      const plural = (who ?? '') + 's'
      if (AUDIENCE.has(who ?? '') || AUDIENCE.has(plural)) return true
      // "a member-funded newsroom" at the foot; "The rowing club is member-funded" is a club's.
      const outletAfter = low.slice(i + 1, i + 4).some((x) => OUTLETS.has(x))
      if ((BACKERS.has(who ?? '') || BACKERS.has(plural)) && (ours(i) || (outletAfter && atFoot())))
        return true
    }
    // "funded by its readers", "paid for by our subscribers", "funded entirely by readers".
    if (!KEPT.has(w)) continue
    let k = i + 1
    if (low[k] === 'for') k++
    while (ws[k]?.pos === 'ADV' && k < i + 4) k++
    if (low[k] !== 'by') continue
    k++
    while (
      ['its', 'our', 'their', 'the', 'his', 'her', 'my'].includes(low[k] ?? '') ||
      ws[k]?.pos === 'ADJ'
    )
      k++
    if (AUDIENCE.has(low[k] ?? '')) return true
    if (BACKERS.has(low[k] ?? '') && (ours(i) || (outletBefore(i) && atFoot()))) return true
  }
  // "X is an independent cycling magazine", "we are independent", "this site is independent".
  for (let i = seg.from + 1; i < seg.to; i++) {
    if (low[i] !== 'independent' && low[i] !== 'independently-owned') continue
    let k = i - 1
    while (k > seg.from && ws[k]?.pos === 'ADV') k--
    if (low[k] === 'an' || low[k] === 'a') k--
    const be = BE_WORDS.has(low[k] ?? '') || /^(?:we|it|that)['’](?:re|s)$/.test(low[k] ?? '')
    if (!be || k <= seg.from - 1) continue
    // What it is: up to four describing words and an outlet noun ("an independent cycling
    // magazine"), or nothing more ("… is independent.", "… is independent and ad-free").
    let j = i + 1
    while (
      j < Math.min(seg.to, i + 5) &&
      !OUTLETS.has(low[j] ?? '') &&
      /^(?:ADJ|NOUN|PROPN)$/.test(ws[j]?.pos ?? '')
    )
      j++
    const outlet = OUTLETS.has(low[j] ?? '')
    const bare = i + 1 >= seg.to || /^(?:[.,;!]|and)$/.test(low[i + 1] ?? '')
    // "We are an independent magazine", "this newsletter is an independent publication": ours
    // anywhere; a name ("X is an independent cycling magazine") only in the publication's own
    // line (see atFoot).
    const named = () =>
      low.slice(seg.from, k).some((x) => x === 'we' || x === 'this' || x === 'our') || atFoot()
    if ((outlet && named()) || (bare && ours(k + 1))) return true
  }
  return false
}

/**
 * Whether a segment is a quote of someone the piece names who is not its writer: "“Our review
 * is fully independent,” said Joan Price, who led it" is the source's outfit, not the
 * publication keeping itself.
 */
function sourceSays(ctx: SlotContext, c: Clause, seg: Segment): boolean {
  // (The first word, not an opening quotation mark the quote's span starts after.)
  const first = c.words.slice(seg.from, seg.to).find((w) => /[\p{L}\p{N}]/u.test(w.text))
  const q = first ? quoteAt(ctx, first.start) : undefined
  if (!q?.speaker) return false
  // In quotation marks: an answer paragraph of a Q&A (no marks) may run into the page's footer.
  if (!/[“"‘'«„]/u.test(ctx.doc.body.slice(Math.max(0, q.start - 2), q.start))) return false
  const writer = authorOf(ctx.doc)
  return !writer || !sameName(q.speaker, writer)
}

/**
 * Whether a clause sits where a publication says who it is: in one of the last three
 * paragraphs of the piece (a footer, a bio), or above the headline (a masthead line).
 */
export function ownLine(ctx: SlotContext, c: Clause): boolean {
  const ps = ctx.doc.paragraphs
  const filled = ps.filter((p) => p.text.trim() !== '')
  const at = filled.indexOf(c.paragraph)
  if (at >= 0 && at >= filled.length - 3) return true
  const headline = ps.findIndex((p) => p.role === 'headline')
  return headline > 0 && c.paragraph.index < headline
}

/** Who makes the journalism, as a subject: "the newsroom", "our editors". */
const NEWSROOM = new Set([
  'newsroom',
  'newsrooms',
  'editors',
  'journalists',
  'reporters',
  'staff',
  'desk',
])

/** What a publication does with money or property that gives it a stake in a story. */
const STAKE_VERBS = new Set([
  'donates',
  'donated',
  'gives',
  'gave',
  'owns',
  'leases',
  'leased',
  'rents',
  'rented',
  'pays',
  'paid',
  'receives',
  'received',
  'sponsors',
  'sponsored',
  'billed',
  'charged',
  'among',
])

/** A stake verb of the clause's own, before any clause it opens ("reported that X paid" is not). */
function ownVerb(low: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = low[k] ?? ''
    if (x === 'that' || x === 'which' || x === 'who' || x === ',' || x === 'said') return false
    if (STAKE_VERBS.has(x)) return true
  }
  return false
}

/** What an owner holds in a company. */
const PARTS_HELD = new Set([
  'stake',
  'stakes',
  'shares',
  'share',
  'holding',
  'holdings',
  'interest',
])

/**
 * Whether a segment opens with the publication's owner ("The Gazette's parent company, X,",
 * "our parent company", "the Courier's owners") and says it owns or holds a part of something.
 */
function parentStake(ws: readonly Word[], low: readonly string[], seg: Segment): boolean {
  // After a label ("Note: The Gazette’s parent company …") or a long masthead.
  const head = low.slice(seg.from, seg.from + 10).findIndex((x) => PUBLICATION_OWNERS.has(x))
  if (head < 0) return false
  const at = seg.from + head
  const owner =
    low[at - 1] === 'our' ||
    ((low[at - 1] === '’s' || low[at - 1] === "'s") && mastheadAt(ws, at - 2))
  if (!owner) return false
  for (let k = at + 1; k < Math.min(seg.to, at + 12); k++) {
    const x = low[k] ?? ''
    if (
      [
        'owns',
        'holds',
        'has',
        'own',
        'hold',
        'have',
        'held',
        'owned',
        'acquired',
        'bought',
      ].includes(x)
    )
      return low.slice(k + 1, k + 5).some((y) => PARTS_HELD.has(y))
  }
  return false
}

/** Words for a view that is or is not disinterested: "biased", "not neutral". */
const PARTIALITY = new Set(['biased', 'partial', 'neutral', 'impartial', 'unbiased', 'objective'])
/** How a piece judges: "the same process", "the same standards". */
const SAME_WHAT = new Set([
  'process',
  'standards',
  'standard',
  'criteria',
  'tests',
  'rules',
  'methods',
  'scrutiny',
])
/** Whom else it judges so: "as every other brand", "as any other product". */
const SAME_AS = new Set([
  'brand',
  'brands',
  'product',
  'products',
  'company',
  'companies',
  'maker',
  'makers',
  'manufacturer',
])
/** Verbs of judging a product or a brand. */
const JUDGED = new Set([
  'reviewed',
  'tested',
  'rated',
  'judged',
  'assessed',
  'held',
  'treated',
  'scored',
  'ranked',
])

/** What one company is of another under the same owner: "the charitable arm of Y". */
const SISTER_NOUNS = new Set(['arm', 'subsidiary', 'division'])

/** Every word a branch of otherFrame (and ownKeep, parentStake) keys on (see gate). */
const OTHER_GATE = gate(
  STAKE_VERBS,
  KEPT,
  [HYPHENATED],
  PUBLICATION_OWNERS,
  PARTIALITY,
  SISTER_NOUNS,
  NEWSROOM,
  NEGATION,
  [
    ...['independent', 'independently', 'independently-owned', 'merit', 'same', 'sister'],
    ...['owned', 'owns', 'own', 'owner', 'owners', 'publisher', 'publishers', 'proprietor'],
    ...['parent', 'commercial', 'editorial'],
    ...['advertiser', 'advertisers', 'advertises', 'advertised'],
  ],
)

export function otherFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  // "X is published by Y, which also owns Z", "Our parent company, Y, also makes Z": who owns
  // the publication and what else it owns (ownership.ts).
  if (statesOwnerLink(ctx, c))
    return { kind: 'other', wording: 'clear', brandNames: [], people: [], ownership: true }
  if (!wakes(c, OTHER_GATE)) return null
  const ws = c.words
  const low = lowers(ws)
  // "The Kettle Gap Courier donates advertising space to the centre", "The Ledger's building is
  // among the properties the fee will bill": the publication itself, as the clause's subject,
  // with a stake in what it reports.
  const subject = ws.findIndex((w, k) => k >= seg.from && k < seg.from + 5 && !!w.mention)
  if (
    subject >= 0 &&
    mastheadAt(ws, subject) &&
    !low.slice(seg.from, subject).some((x) => x !== 'the' && x !== 'a') &&
    ownVerb(low, subject + 1, Math.min(seg.to, subject + 9)) &&
    !negated(ws, seg.from, seg.to)
  )
    return { kind: 'other', wording: 'clear', brandNames: [], people: [] }
  // "The Desk is reader-funded", "we are funded by our listeners", "X is an independent
  // magazine": who pays for the publication, or that no one owns it but itself.
  if (ownKeep(ctx, c, seg) && !sourceSays(ctx, c, seg))
    return { kind: 'other', wording: 'clear', brandNames: [], people: [], keeps: true }
  // "The Gazette's parent company, Tessaly Media, holds a minority stake in the Kites", "our
  // owner has shares in X": whoever owns the publication holding a part of something.
  if (parentStake(ws, low, seg) && !negated(ws, seg.from, seg.to))
    return { kind: 'other', wording: 'clear', brandNames: [], people: [], ownership: true }
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    // "I am biased", "I'm not a neutral voice on this", "we are not impartial": the writer or
    // the speaker saying their view is not disinterested.
    if (PARTIALITY.has(w) && (ws[i]?.pos === 'ADJ' || ws[i]?.pos === 'VERB')) {
      let k = i - 1
      if (low[k] === 'a' || low[k] === 'an') k--
      const not = NEGATION.has(low[k] ?? '')
      if (not) k--
      const be = ['am', 'are', "'m", '’m', "'re", '’re', 'was', 'were'].includes(low[k] ?? '')
      const biased = w === 'biased' || w === 'partial'
      // wink keeps "I'm" and "we're" as one word.
      const contracted = /^(?:i|we)['’](?:m|re)$/.test(low[k] ?? '')
      if (((be && (low[k - 1] === 'i' || low[k - 1] === 'we')) || contracted) && biased !== not) {
        // "I helped design it, so I'm biased": partial towards a brand the clause names or
        // points at is the speaker's tie to it; partial with no brand is a note of its own.
        let brand: string | null = null
        for (let j = seg.from; j < k && !brand; j++) brand = brandOfWord(ctx, c, j, true)
        if (!brand) return { kind: 'other', wording: 'clear', brandNames: [], people: [] }
        const speaker = quoteAt(ctx, ws[i]?.start ?? 0)?.speaker ?? null
        return {
          kind: 'material-connection',
          wording: 'clear',
          brandNames: [brand],
          people: speaker ? [speaker] : [],
        }
      }
    }
    // "X products are reviewed under the same process as every other brand", "held to the same
    // standards as any other maker": a brand the publication is tied to, treated like the rest.
    if (
      w === 'same' &&
      SAME_WHAT.has(low[i + 1] ?? '') &&
      low[i + 2] === 'as' &&
      ['every', 'any', 'all'].includes(low[i + 3] ?? '') &&
      low.slice(i + 4, i + 6).some((x) => SAME_AS.has(x)) &&
      low.slice(seg.from, i).some((x) => JUDGED.has(x)) &&
      !negated(ws, seg.from, i)
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [] }
    // "X and Y are both owned by Z", "X is the charitable arm of Y", "X is a sister company
    // of Y": two names under one owner, said of companies the text names.
    if (
      w === 'owned' &&
      low[i + 1] === 'by' &&
      (low[i - 1] === 'both' || (low[i - 2] === 'both' && BE_WORDS.has(low[i - 1] ?? ''))) &&
      ws.slice(seg.from, i).filter((x, k, a) => !!x.mention && a[k - 1]?.mention !== x.mention)
        .length >= 2 &&
      !!ws[i + 2]?.mention &&
      !negated(ws, seg.from, seg.to)
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [] }
    // ("a sister company of Y": the noun after "sister").
    const of = w === 'sister' && /^compan(?:y|ies)$/.test(low[i + 1] ?? '') ? i + 2 : i + 1
    if (
      (SISTER_NOUNS.has(w) || of === i + 2) &&
      low[of] === 'of' &&
      !!ws[of + 1]?.mention &&
      low.slice(Math.max(seg.from, i - 4), i).some((x) => BE_WORDS.has(x)) &&
      ws.slice(seg.from, i).some((x) => !!x.mention) &&
      !negated(ws, seg.from, seg.to)
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [] }
    // "The Courier is owned by X", "X, which owns the Harlow Gazette": a publication by name.
    if (
      (w === 'owned' &&
        low[i + 1] === 'by' &&
        BE_WORDS.has(low[i - 1] ?? '') &&
        mastheadAt(ws, i - 2)) ||
      ((w === 'owns' || w === 'own') && mastheadAt(ws, low[i + 1] === 'the' ? i + 2 : i + 1))
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [], ownership: true }
    // "which owns this newspaper", "is owned by", "our parent company".
    if (
      (w === 'owns' || w === 'own' || w === 'owned') &&
      ['this', 'our'].includes(low[i + 1] ?? '') &&
      PUBLICATION_NOUNS.has(low[i + 2] ?? '')
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [], ownership: true }
    // "…, which like this magazine is owned by X": the publication is owned too.
    if (
      w === 'owned' &&
      low[i + 1] === 'by' &&
      low
        .slice(Math.max(seg.from, i - 5), i)
        .some(
          (x, k, arr) => (x === 'this' || x === 'our') && PUBLICATION_NOUNS.has(arr[k + 1] ?? ''),
        )
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [], ownership: true }
    // "X, the owner of this newspaper, …", "the publisher of this site".
    if (
      ['owner', 'owners', 'publisher', 'publishers', 'proprietor'].includes(w) &&
      low[i + 1] === 'of' &&
      ['this', 'our'].includes(low[i + 2] ?? '') &&
      PUBLICATION_NOUNS.has(low[i + 3] ?? '')
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [], ownership: true }
    if (
      w === 'parent' &&
      low[i + 1] === 'company' &&
      ['our', 'this'].some((x) => low.slice(i - 2, i + 5).includes(x))
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [], ownership: true }
    // "the commercial content team of X": who made the piece.
    if (
      w === 'commercial' &&
      low
        .slice(i + 1, i + 4)
        .some((x) => ['team', 'studio', 'department', 'arm', 'unit', 'division'].includes(x))
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [] }
    // "editors pick every product independently".
    // "Our testers chose every product on merit": the same, in other words.
    const onMerit = w === 'merit' && low[i - 1] === 'on'
    if (w === 'independently' || w === 'independent' || onMerit) {
      // The editorial word is a verb there ("we test independently"), not a noun ("the sweat
      // test came from an independent laboratory study" is a claim, not our independence).
      const from = Math.max(seg.from, i - 6)
      const near = ws.slice(from, Math.min(seg.to, i + 4))
      if (
        near.some(
          (x) =>
            EDITORIAL_VERBS.has(x.lower) &&
            (x.pos === 'VERB' || x.pos === 'AUX' || (x.pos === 'ADJ' && /ed$/.test(x.lower))),
        ) ||
        (w === 'independent' && low[i - 1] === 'editorially')
      )
        return { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
    }
    // "X is an advertiser in the Harlow Gazette", "X advertises with this magazine", "X is
    // among our advertisers": the publication's own business with a company it covers.
    if (
      (w === 'advertiser' || w === 'advertisers' || w === 'advertises' || w === 'advertised') &&
      !negated(ws, seg.from, i)
    ) {
      const after = low.slice(i + 1, i + 3)
      const ours =
        low[i - 1] === 'our' ||
        (['in', 'with', 'on', 'of'].includes(after[0] ?? '') &&
          ((['this', 'our'].includes(after[1] ?? '') && PUBLICATION_NOUNS.has(low[i + 3] ?? '')) ||
            after[1] === 'us' ||
            [2, 3, 4, 5].some((d) => mastheadAt(ws, i + d))))
      if (ours) return { kind: 'other', wording: 'clear', brandNames: [], people: [] }
    }
    // "The Herald retained editorial control over the reporting", "we keep full editorial
    // independence": who decided what the piece says.
    if (
      w === 'editorial' &&
      ['control', 'independence', 'oversight', 'responsibility', 'say'].includes(
        low[i + 1] ?? '',
      ) &&
      low
        .slice(Math.max(seg.from, i - 3), i)
        .some((x) =>
          [
            'retained',
            'retains',
            'retain',
            'kept',
            'keeps',
            'keep',
            'maintained',
            'maintains',
            'had',
            'has',
            'have',
            'held',
            'holds',
          ].includes(x),
        ) &&
      !negated(ws, seg.from, i)
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
    // "The Daily Hearth newsroom was not involved in its production", "our journalists had no
    // part in it": the newsroom kept apart from a piece someone paid for.
    if (NEWSROOM.has(w) && (ws[i]?.pos === 'NOUN' || ws[i]?.pos === 'PROPN')) {
      // "No Courier journalists were involved", "None of our reporters had a role": the
      // negation before the newsroom's people denies their part as well.
      const before = low.slice(Math.max(seg.from, i - 4), i).some((x) => x === 'no' || x === 'none')
      const neg = before
        ? i
        : low.findIndex((x, k) => k > i && k < Math.min(seg.to, i + 4) && NEGATION.has(x))
      if (
        neg > 0 &&
        low
          .slice(neg + 1, Math.min(seg.to, neg + 4))
          .some((x) => ['involved', 'role', 'part', 'say', 'input', 'involvement'].includes(x))
      )
        return { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
    }
    // "has no say over what we cover", "did not see or approve this review", "holds no
    // position in either company", "had no role in analysing the data".
    if (NEGATION.has(w)) {
      // "Dr X, who was not involved in the study, said …" is a news attribution, not a disclosure.
      const relative = low.slice(Math.max(seg.from, i - 3), i).includes('who')
      for (let k = i + 1; k < Math.min(seg.to, i + 8); k++) {
        const noun = low[k] ?? ''
        // "declared no (other) conflicts of interest", "no competing interests": complete as said.
        if (
          ((noun === 'conflict' || noun === 'conflicts') && low[k + 1] === 'of') ||
          (noun === 'competing' && /^interests?$/.test(low[k + 1] ?? ''))
        )
          return { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
        const stake = FINANCIAL_INTERESTS.has(noun)
        if (!INFLUENCE.has(noun) && !stake) continue
        // Within the clause: "who was not involved in the research, said the results…".
        const stop = low.findIndex((x, j) => j > k && (x === ',' || x === '.'))
        const rest = low.slice(k + 1, Math.min(seg.to, k + 10, stop < 0 ? Infinity : stop))
        const research = !relative && rest.some((x) => RESEARCH_TARGETS.has(x))
        // A holding is in a company: "no stake in either bank", "no shares in Lumio".
        const company =
          stake &&
          c.words
            .slice(k + 1, k + 1 + rest.length)
            .some((x) => ORG_NOUNS.has(x.lower) || !!x.mention)
        if (rest.some((x) => INFLUENCE_TARGETS.has(x)) || research || company)
          return {
            kind: 'other',
            wording: 'clear',
            brandNames: [],
            people: [],
            qualifier: true,
            // "No one paid for this piece", "no brand paid": payment denied of everyone.
            ...(noun === 'paid' && ['no', 'nobody', 'none', 'neither'].includes(w)
              ? { unpaid: true }
              : {}),
          }
      }
    }
  }
  return null
}
