import type { Wording } from './domain'
import { PRODUCT_NOUNS, SPEECH_VERBS } from '../language/lexicon'
import { ownerOf } from '../language/reference'
import { sameName } from '../text'
import {
  EARN,
  EXPENSES,
  MONEY_SHARES,
  NEGATION,
  PUBLICATION_NOUNS,
  FIRST_PERSON_OBJECT,
  GIFT_ADJECTIVES,
  GIFT_ITEMS,
  GIVE,
  MAKER_NOUNS,
  TEST_PURPOSE,
  THANKS,
} from './lexicon'
import {
  brandAfter,
  brandOfWord,
  clearlyPerson,
  isPublicBody,
  isPersonMention,
  authorOf,
  personBackward,
  personForward,
  personOf,
  quoteAt,
  type SlotContext,
} from './slots'
import type { Clause, Segment, Word } from './words'
import {
  BE,
  brandsNamedAfter,
  gate,
  isVerb,
  lowers,
  names,
  NOTES,
  wakes,
  type Found,
} from './frame'

/**
 * Gifts and loans: products, units, cars and stays a brand gave or lent to the publication or
 * the writer ("X lent us the car", "review units were provided", "my stay was paid for by X"),
 * to a person the piece quotes ("X sent her the serum free"), and thank-yous that only hint at
 * one ("Thanks to X for the kit!").
 */

/** What a reviewer does with what was sent: "the products we tested". */
const TESTED = new Set([
  'tested',
  'test',
  'tried',
  'try',
  'reviewed',
  'review',
  'used',
  'wore',
  'drove',
  'rode',
  'tasted',
  'ate',
])

/** Verbs that say a gift or a loan by themselves ("sent" or "provided" need a product). */
const GIFT_VERBS = new Set(['loaned', 'lent', 'gifted', 'comped', 'donated'])

export function giftFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, GIFT_GATE)) return null
  // "who received a discounted bike as part of X's pilot", "rides a bike on loan from X", "was
  // flown to X's launch at the company's expense", "X flew Ana Ruiz to Oslo": a thing or a trip
  // a brand let someone have below its price, read first for the person who had it.
  const cheap = cheapFromBrand(ctx, c, seg) ?? hostedPerson(ctx, c, seg)
  if (cheap) return cheap
  const ws = c.words
  const low = lowers(ws)
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    // "complimentary carriers", "review units", "a PR sample", "press loans".
    if (GIFT_ADJECTIVES.has(w) && w !== 'free' && ws[i]?.pos !== 'VERB') {
      const n = low[i + 1] ?? ''
      const strong = w === 'complimentary' || w === 'gifted' || w === 'comped'
      if (
        (strong && ws[i + 1]?.pos === 'NOUN') ||
        GIFT_ITEMS.has(n) ||
        n === 'loan' ||
        n === 'loans'
      ) {
        if (w === 'review' && !GIFT_ITEMS.has(n)) continue
        const subject = brandBackward(ctx, c, seg.from, i)
        return gift(subject, 'clear')
      }
    }
    // "Every one of those three arrived as a free sample from its maker", "Our unit came to us
    // free from the brand": a thing that arrived free or as a sample, from a maker or to us.
    if (ARRIVED.has(w) && isVerb(ws[i])) {
      const f = arrivedFree(ctx, c, seg, i)
      if (f) return f
    }
    // "Gifted by X." as a line or a clause of its own.
    if ((w === 'gifted' || w === 'comped') && low[i + 1] === 'by' && i === seg.from) {
      const giver = brandAfter(ctx, c, i + 2, 4)
      if (giver) return gift(giver, 'clear')
    }
    // "The tent was a loan from X", "a gift from X".
    if (
      ['loan', 'gift', 'freebie', 'loaner'].includes(w) &&
      ws[i]?.pos === 'NOUN' &&
      low[i + 1] === 'from'
    ) {
      const giver = brandAfter(ctx, c, i + 2, 5)
      if (giver && !personOf(ctx, c.words[i + 2] as Word) && !civicGift(low, seg.from, i))
        return gift(giver, 'clear')
    }
    // "Each one was a free sample from its maker", "was a gift from the brand": a thing the
    // copula says was given by its maker ("a water sample from the river" is none).
    if (
      ['loan', 'gift', 'freebie', 'sample', 'samples', 'gifts', 'loans'].includes(w) &&
      low[i + 1] === 'from' &&
      ['its', 'the', 'their'].includes(low[i + 2] ?? '') &&
      MAKER_NOUNS.has(low[i + 3] ?? '') &&
      (!w.startsWith('sample') || GIFT_ADJECTIVES.has(low[i - 1] ?? '')) &&
      low.slice(seg.from, i).some((x) => BE.has(x)) &&
      !low.slice(seg.from, i).some((x) => NEGATION.has(x))
    )
      return gift(brandOfWord(ctx, c, i + 3), 'clear')
    // "We received the jacket free of charge from X": a gift to the publication.
    if (
      (w === 'received' || w === 'receive' || w === 'got') &&
      low.slice(seg.from, i).some((x) => x === 'we' || x === 'i')
    ) {
      const from = low.indexOf('from', i)
      // … or after the giver: "from X at no cost", "from X for free".
      const tail = low.slice(from + 1, Math.min(seg.to, from + 9))
      const freely =
        low
          .slice(i + 1, from < 0 ? i + 8 : from)
          .some(
            (x) =>
              x === 'free' ||
              x === 'complimentary' ||
              x === 'loan' ||
              x === 'gift' ||
              GIFT_ITEMS.has(x),
          ) ||
        tail.some(
          (x, k) =>
            x === 'free' ||
            x === 'complimentary' ||
            (x === 'no' && ['cost', 'charge'].includes(tail[k + 1] ?? '')),
        )
      if (from > i && from < i + 10 && freely) return gift(brandAfter(ctx, c, from + 1), 'clear')
    }
    // "Ravi Osterley received his boiler free of charge from X", "The households in this piece
    // got their devices at no cost from X": a gift to someone the piece quotes, named or as the
    // group of people it features.
    if (
      ['received', 'receive', 'receives', 'got', 'gets', 'get'].includes(w) &&
      !low.slice(seg.from, i).some((x) => x === 'we' || x === 'i')
    ) {
      const to = receiverOf(ctx, c, seg.from, i)
      const from = low.indexOf('from', i)
      if (to.length > 0 && from > i && from < Math.min(seg.to, i + 12)) {
        const between = low.slice(i + 1, from)
        const tail = low.slice(from + 1, Math.min(seg.to, from + 9))
        const freely = [between, tail].some((ts) =>
          ts.some(
            (x, k) =>
              x === 'free' ||
              x === 'complimentary' ||
              (x === 'no' && ['cost', 'charge'].includes(ts[k + 1] ?? '')),
          ),
        )
        const giver = freely ? brandAfter(ctx, c, from + 1) : null
        if (giver)
          return {
            kind: 'gifted-product',
            wording: 'clear',
            brandNames: [giver],
            people: to,
            tie: 'gifted-product',
          }
      }
    }
    // "Our trip was organised and paid for by X", "Accommodation was provided by X",
    // "Samples were supplied by the brands": an expense or an item given, and who gave it.
    if (
      (['paid', 'covered', 'hosted', 'funded', 'supported', 'sponsored', 'organised'].includes(w) ||
        w === 'organized' ||
        w === 'arranged' ||
        GIVE.has(w)) &&
      low.slice(Math.max(seg.from, i - 4), i).some((x) => BE.has(x)) &&
      (low.slice(seg.from, i).some((x) => EXPENSES.has(x) || GIFT_ITEMS.has(x)) ||
        // "Her visit was arranged by X": a visit or a tour of the writer's.
        low
          .slice(seg.from, i)
          .some((x, k) => VISITS.has(x) && writersOwn(ctx, c, seg.from + k - 1)))
    ) {
      const by = low.indexOf('by', i)
      if (by > i && by < i + 4) {
        // "provided by the operator, Nordvik Line": the name after the description.
        const giver =
          brandAfter(ctx, c, by + 1) ??
          brandsNamedAfter(c, by + 1, (k) => brandOfWord(ctx, c, k, true))[0] ??
          // "supported by Visit Vessel Coast": a host named like a place is still the host.
          hostNamed(ctx, c, by + 1)
        // "Our hotel was paid for by the show's organisers": an event's host, for the writer's own.
        const hosts =
          low.slice(by + 1, by + 5).some((x) => EVENT_HOSTS.has(x)) &&
          low.slice(seg.from, i).some((_x, k) => writersOwn(ctx, c, seg.from + k))
        const makers = hosts || low.slice(by + 1, by + 4).some((x) => MAKER_NOUNS.has(x))
        // Only a visit laid on ("My visit was arranged by the clinic"): who laid it on decides.
        const visitOnly = !low.slice(seg.from, i).some((x) => EXPENSES.has(x) || GIFT_ITEMS.has(x))
        const own = low.slice(seg.from, i).findIndex((x) => VISITS.has(x)) + seg.from - 1
        if ((giver || makers) && (!visitOnly || laidOnVisit(c, own, giver, makers)))
          return gift(giver, 'clear')
      }
    }
    // "The writer travelled as a guest of X", "we stayed as guests of X".
    if ((w === 'guest' || w === 'guests') && low[i + 1] === 'of') {
      const host = brandAfter(ctx, c, i + 2)
      if (host) {
        // Every host the sentence names ("as a guest of X and stayed as a guest of Y"), and the
        // traveller when named ("Ana Ruiz travelled as a guest of X"): a hosted trip is that
        // person's tie to each host.
        const hosts = [host]
        for (let k = i + 2; k < low.length; k++) {
          if ((low[k] !== 'guest' && low[k] !== 'guests') || low[k + 1] !== 'of') continue
          const next = brandAfter(ctx, c, k + 2)
          if (next && !hosts.includes(next)) hosts.push(next)
        }
        const traveller = personBackward(ctx, c, seg.from, i)
        return {
          ...gift(host, 'clear'),
          brandNames: hosts,
          ...(traveller ? { people: [traveller], tie: 'gifted-product' as const } : {}),
        }
      }
      // "…, where the writer stayed as a guest of the owners": the writer's hosted stay, whoever
      // the hosts are.
      const writer = low
        .slice(seg.from, i)
        .some((x) => ['writer', 'author', 'reporter', 'correspondent', 'i', 'we'].includes(x))
      if (
        writer &&
        ['stayed', 'travelled', 'traveled', 'was', 'were'].some((v) =>
          low.slice(seg.from, i).includes(v),
        )
      )
        return gift(null, 'clear')
    }
    // "The bike was loaned by X", "The jacket was gifted by X": a loan or gift by its verb;
    // "provided by X" or "sent by X" when what was given is a product.
    // "These were gifted to me by X": the writer named as the one given to, before "by".
    const toWriter =
      GIFT_VERBS.has(w) &&
      low[i + 1] === 'to' &&
      FIRST_PERSON_OBJECT.has(low[i + 2] ?? '') &&
      low[i + 3] === 'by'
    const by = toWriter ? i + 3 : i + 1
    if (
      GIVE.has(w) &&
      low[by] === 'by' &&
      low.slice(Math.max(seg.from, i - 3), i).some((x) => BE.has(x))
    ) {
      const giver = brandAfter(ctx, c, by + 1, 5)
      const strong = GIFT_VERBS.has(w)
      const product = ws
        .slice(seg.from, i)
        .some(
          (x) =>
            GIFT_ITEMS.has(x.lower) ||
            PRODUCT_NOUNS.has(x.lower) ||
            (!!x.mention && ownerOf(ctx.doc, x.mention)?.kind === 'product'),
        )
      const lender = c.words[by + 1]?.mention
      // "My room was comped by the owners": a loan or gift to the writer, whoever gave it.
      const mine = strong && low.slice(seg.from, i).some((x) => x === 'my' || x === 'our')
      if (!giver && mine) return gift(null, 'clear')
      if (giver && (strong || product) && !(lender && clearlyPerson(ctx, lender)))
        return gift(giver, 'clear')
    }
    if (!GIVE.has(w) || !isVerb(ws[i])) continue
    // "gave me an interview", "gives you 24g of protein", "gives me confidence": what is
    // handed over is no thing (a conversation, what a product contains, a feeling).
    if (givesNoThing(ws, i, seg.to)) continue
    // "I gave up my car", "we gave our old bikes to a charity": the writer gives, and "gave up"
    // gives nothing at all; neither is a gift received.
    let subj = i - 1
    while (subj > seg.from && ws[subj]?.pos === 'ADV') subj--
    if (['i', 'we'].includes(low[subj] ?? '') || low[i + 1] === 'up') continue
    // Expenses: "paid for fuel on the launch drive" belongs to the gift beside it.
    // "lent to our testers": the recipient after "to".
    const after = low.slice(low[i + 1] === 'to' ? i + 2 : i + 1, i + 7)
    // "Retailers give us a percentage of sales": money, an affiliate notice, not a gift.
    if (after.some((x) => MONEY_SHARES.has(x) || EARN.has(x))) continue
    // "X sends customers a free sample each spring": a giveaway to the public, no gift to us.
    // ("sent members of our review panel a pair each" is a gift to us: a first person in the
    // recipient's phrase.)
    if (PUBLIC_RECIPIENTS.has(after[0] ?? '') || PUBLIC_RECIPIENTS.has(after[1] ?? '')) {
      if (!after.slice(0, 4).some((x) => ['our', 'my', 'us', 'me'].includes(x))) continue
    }
    // "…will send a free replacement buckle to every registered owner": a remedy or a giveaway
    // to the public, named after "to" further on.
    const rest = low.slice(i + 1, Math.min(seg.to, i + 14))
    const toPublic = rest.some(
      (x, k) =>
        x === 'to' &&
        rest
          .slice(k + 1, k + 4)
          .some((y) => PUBLIC_RECIPIENTS.has(y) || PUBLIC_RECIPIENTS.has(`${y}s`)),
    )
    if (toPublic && !rest.some((x) => ['our', 'my', 'us', 'me'].includes(x))) continue
    const toUs =
      after.slice(0, 3).some((x) => FIRST_PERSON_OBJECT.has(x)) ||
      // "X lent the magazine two pumps".
      (['the', 'this', 'our'].includes(after[0] ?? '') && PUBLICATION_NOUNS.has(after[1] ?? '')) ||
      (after[0] === 'our' &&
        ['testers', 'tester', 'team', 'reviewers', 'reviewer', 'writer', 'editors'].includes(
          after[1] ?? '',
        )) ||
      ((w === 'hosting' || w === 'hosted') &&
        after.slice(0, 2).some((x) => x === 'my' || x === 'our' || x === 'me' || x === 'us')) ||
      // "covered the cost of my stay", "provided our flights".
      after.some(
        (x, k) =>
          (x === 'my' || x === 'our') &&
          (EXPENSES.has(after[k + 1] ?? '') || GIFT_ITEMS.has(after[k + 1] ?? '')),
      )
    // "The brands sent samples of the products we tested": what was sent is what we tested.
    const weTested = low
      .slice(i + 1, Math.min(seg.to, i + 10))
      .some(
        (x, k, arr) =>
          (x === 'we' || x === 'i') && TESTED.has(arr[k + 1] ?? '') && arr[k + 2] !== 'to',
      )
    const passive = BE.has(low[i - 1] ?? '') || BE.has(low[i - 2] ?? '')
    const forTest = low.slice(i + 1, seg.to).some(
      (x, k, arr) =>
        (x === 'for' || x === 'to') &&
        // "for testing", "for this article", "for our review".
        (TEST_PURPOSE.has(arr[k + 1] ?? '') ||
          (['this', 'the', 'our', 'my'].includes(arr[k + 1] ?? '') &&
            TEST_PURPOSE.has(arr[k + 2] ?? ''))),
    )
    const free = low.slice(i + 1, Math.min(seg.to, i + 10)).some(
      (x, k, arr) =>
        x === 'free' ||
        x === 'complimentary' ||
        // "at no cost", "without charge" ("free of charge" has "free"); not "give a cost",
        // "cover the cost of materials": a price stated or paid is no gift.
        ((x === 'charge' || x === 'cost') && noCharge(arr, k)) ||
        // "supplied two of the desks on loan".
        ((x === 'loan' || x === 'trial') && arr[k - 1] === 'on'),
    )
    // The givers as a class, before the verb ("the makers lent us …") or after "by" ("… were
    // lent to us by their makers").
    const byAt = low.indexOf('by', i)
    const maker =
      low.slice(seg.from, i).some((x) => MAKER_NOUNS.has(x)) ||
      (byAt > i &&
        byAt < Math.min(seg.to, i + 6) &&
        low.slice(byAt + 1, Math.min(seg.to, byAt + 4)).some((x) => MAKER_NOUNS.has(x)))
    const giver = brandBackward(ctx, c, seg.from, i)
    // "X gave it to her free of charge": the thing, then the person after "to".
    const toPerson = toUs
      ? null
      : (personForward(ctx, c, i + 1, Math.min(seg.to, i + 3)) ??
        (['it', 'them', 'this', 'these', 'one'].includes(low[i + 1] ?? '') && low[i + 2] === 'to'
          ? personForward(ctx, c, i + 3, Math.min(seg.to, i + 5))
          : null))
    if (toPerson && (free || forTest) && giver) {
      return {
        kind: 'gifted-product',
        wording: 'clear',
        brandNames: [giver],
        people: [toPerson],
        tie: 'gifted-product',
      }
    }
    // Something handed over by someone who sells it: "readers send us questions" is no gift.
    const item = after.some((x) => GIFT_ITEMS.has(x) || EXPENSES.has(x))
    if (toUs && !(giver || maker || item || free || forTest)) continue
    if (
      toUs ||
      (weTested && (item || giver || maker)) ||
      (passive && (forTest || free)) ||
      (forTest && (giver || maker)) ||
      (free && (giver || maker) && !passive)
    ) {
      const by = passive ? brandAfter(ctx, c, i + 1, 6) : null
      return gift(giver ?? by, 'clear')
    }
  }
  // "…and paid for fuel on the launch drive", said of a maker.
  const paidFor = low.findIndex(
    (x, i) => i >= seg.from && i < seg.to && x === 'paid' && low[i + 1] === 'for',
  )
  // (Whose it was may stand between: "paid for this reporter's train fare".)
  // "Residents paid for their meals": the payers' own expenses, nobody's gift.
  const theirOwn = ['their', 'its'].includes(low[paidFor + 2] ?? '')
  if (
    paidFor >= 0 &&
    !theirOwn &&
    low.slice(paidFor + 2, paidFor + 8).some((x) => EXPENSES.has(x))
  ) {
    // "…by X, which paid for travel and meals": the relative clause is about X.
    const giver =
      brandBackward(ctx, c, seg.from, paidFor) ??
      (seg.type === 'relative' && seg.anchor >= 0 ? brandOfWord(ctx, c, seg.anchor, true) : null)
    if (giver) return gift(giver, 'clear')
    // "The organisers paid for our hotel": an event's host, for the writer's own expense.
    if (
      low.slice(seg.from, paidFor).some((x) => EVENT_HOSTS.has(x)) &&
      low.slice(paidFor + 2, paidFor + 8).some((_x, k) => writersOwn(ctx, c, paidFor + 2 + k))
    )
      return gift(null, 'clear')
  }
  // "The pumps were installed free of charge by X": a service given free, by whom.
  for (let i = seg.from; i < seg.to; i++) {
    const free =
      (low[i] === 'free' && (low[i + 1] === 'of' || low[i - 1] === 'for')) ||
      (low[i] === 'no' && (low[i + 1] === 'cost' || low[i + 1] === 'charge'))
    if (!free || !low.slice(seg.from, i).some((x) => BE.has(x))) continue
    const by = low.indexOf('by', i)
    if (by < 0 || by > i + 6 || by >= seg.to) continue
    const giver = brandAfter(ctx, c, by + 1, 5)
    if (giver) return gift(giver, 'clear')
  }
  // "X picked up the bill for our stay", "X footed the bill for my flights".
  for (let i = seg.from; i < seg.to; i++) {
    const picked =
      (['picked', 'picks', 'pick'].includes(low[i] ?? '') && low[i + 1] === 'up') ||
      ['footed', 'foots', 'covered', 'covers'].includes(low[i] ?? '')
    if (!picked) continue
    const rest = low.slice(i + 1, Math.min(seg.to, i + 9))
    if (!rest.some((x) => ['bill', 'tab', 'cost', 'costs'].includes(x))) continue
    if (!rest.some((x, k) => (x === 'our' || x === 'my') && EXPENSES.has(rest[k + 1] ?? '')))
      continue
    const giver = brandBackward(ctx, c, seg.from, i)
    if (giver) return gift(giver, 'clear')
  }
  // "The tourist board arranged my first night at the hotel": a host laying on a stay.
  // "The X Tourism Office booked her tour": the writer the byline names, in the third
  // person ("her", "his", "the writer's"), and a visit or a tour laid on as much as a stay.
  for (let i = seg.from; i < seg.to; i++) {
    if (!ARRANGE.has(low[i] ?? '') || !isVerb(ws[i])) continue
    const rest = low.slice(i + 1, Math.min(seg.to, i + 6))
    const giver = brandBackward(ctx, c, seg.from, i)
    const maker = low.slice(seg.from, i).some((x) => MAKER_NOUNS.has(x))
    const mine = rest.some((x, k) => {
      if (!writersOwn(ctx, c, i + 1 + k)) return false
      const laid = rest.slice(k + 1, k + 3)
      if (laid.some((y) => EXPENSES.has(y) || GIFT_ITEMS.has(y))) return true
      return laid.some((y) => VISITS.has(y)) && laidOnVisit(c, i + 1 + k, giver, maker)
    })
    if (!mine) continue
    if ((giver || maker) && !low.slice(seg.from, i).some((x) => NEGATION.has(x)))
      return gift(giver, 'clear')
  }
  // "X flew me to Lisbon for the launch", "X put us up for two nights": travel a maker gave.
  for (let i = seg.from; i < seg.to; i++) {
    if (!TRAVEL.has(low[i] ?? '') || !isVerb(ws[i])) continue
    const obj = low.slice(i + 1, i + 3)
    if (!obj.some((x) => FIRST_PERSON_OBJECT.has(x) || x === 'our')) continue
    const giver = brandBackward(ctx, c, seg.from, i)
    if (giver && !low.slice(seg.from, i).some((x) => NEGATION.has(x))) return gift(giver, 'clear')
  }
  // "who received a discounted bike as part of X's pilot", "rides a loaned unit from X", "was
  // flown to X's launch at the company's expense": a thing or a trip a brand let someone have
  // below its price.
  // "We were given early access by X": something given to the publication, by a brand.
  for (let i = seg.from; i < seg.to; i++) {
    if (!['given', 'offered', 'granted', 'loaned', 'lent', 'sent'].includes(low[i] ?? '')) continue
    if (!['were', 'was', 'been'].includes(low[i - 1] ?? '')) continue
    if (!low.slice(seg.from, i).some((x) => x === 'we' || x === 'i')) continue
    const by = low.indexOf('by', i)
    if (by < 0 || by > i + 8 || by >= seg.to || givesNoThing(ws, i, by)) continue
    const giver = brandAfter(ctx, c, by + 1, 5)
    if (giver && !low.slice(seg.from, i).some((x) => NEGATION.has(x))) return gift(giver, 'clear')
  }
  return null
}

/** Words that make a thing had below its price: "a discounted bike", "a loaned unit". */
const CHEAP = new Set([
  'discounted',
  'subsidised',
  'subsidized',
  'reduced-price',
  'cut-price',
  'half-price',
  'loaned',
])
/** What makes a price a favour: "at a reduced price", "at a discounted rate". */
const CHEAP_PRICE = new Set([
  'reduced',
  'discounted',
  'subsidised',
  'subsidized',
  'cut',
  'preferential',
])
const PRICE_NOUNS = new Set(['price', 'rate', 'cost', 'fee'])
/** Verbs of having a thing: "received a discounted bike", "rides a loaned unit". */
const HAVING = new Set(
  'received receives receive got gets get was were given offered rides rode ride riding drives drove driving uses used using tests tested testing has had have wears wore wearing'.split(
    ' ',
  ),
)
/** Verbs of buying, which make a favour only through a brand's scheme. */
const BUYING = new Set(['bought', 'buys', 'buy', 'purchased', 'paid', 'pays', 'leased', 'leases'])
/** A brand's scheme a favour comes through: "as part of X's commuter pilot". */
const SCHEMES = new Set(
  'pilot pilots scheme schemes programme programmes program programs trial trials partnership ambassador ambassadors project initiative'.split(
    ' ',
  ),
)
/** Words of a public offer: "in the January sale", "with a voucher": no favour to anyone. */
const PUBLIC_OFFER = new Set(
  'sale sales voucher vouchers coupon coupons code codes promotion deal deals offer offers student students loyalty clearance anyone everyone every customers readers trade-in cashback referral referred refer refers rewards scrappage household households homeowners subscribers'.split(
    ' ',
  ),
)
/**
 * What a discount is on when it is a customer's price, not a thing given: "a discounted quote",
 * "a discounted tariff", "a discounted survey" (a service the person then buys).
 */
const PRICED = new Set(
  'quote quotes tariff tariffs rate rates fare fares ticket tickets membership subscription plan plans contract price prices bill bills fee fees survey surveys service installation repair repairs loan mortgage insurance policy'.split(
    ' ',
  ),
)
/**
 * Why a customer pays less, the brand's terms or its amends, not a favour (review, round 31):
 * "a 10 per cent discount for paying upfront", "discounted after a six-week delay", "a
 * goodwill discount after the fitters damaged her floor", "an ex-display unit".
 */
const CUSTOMER_TERMS = new Set(
  'upfront up-front cash paying delay delays delayed fault faults faulty failed broke broken damaged damage complaint complaints complained apology apologised apologized compensation goodwill ex-display refurbished pensioner pensioners bulk price-match'.split(
    ' ',
  ),
)
/** A brand's people who lend a thing of their own: "a loaned ladder from X's fitter". */
const BRAND_PEOPLE = new Set(
  'fitter fitters engineer engineers installer installers driver drivers employee employees worker workers plumber electrician rep reps technician technicians'.split(
    ' ',
  ),
)
/** Verbs of travel and stays someone else may pay for: "was flown to X's launch". */
const TRAVELLED = new Set(
  'flown flew travelled traveled stayed went attended visited taken hosted driven sent'.split(' '),
)

/** Where someone is taken for care, not on a trip: "flown to hospital". */
const CARE_PLACES = new Set(['hospital', 'clinic', 'a&e', 'surgery', 'hospice'])

/** Costs of travel and stays (EXPENSES without "expenses" alone). */
export const TRIP_COSTS = new Set([...EXPENSES].filter((x) => x !== 'expenses'))

/** Verbs of paying a cost for someone: "X paid Hart's travel expenses". */
const COVERING = new Set(['paid', 'pays', 'covered', 'covers', 'met', 'meets', 'footed', 'foots'])

/**
 * Travel and stays a brand gave a person the piece names (see giftFrame): "X flew Ana Ruiz to
 * its launch in Oslo", "X put Ana Ruiz up at the Grand Hotel", "X paid Ana Ruiz's travel
 * expenses", "Ana Ruiz attended the launch as X's guest" (with "I" or "we", a gift to the
 * publication). The brand is the clause's subject (or the possessive before "guest"). Not a
 * thing or a bike flown ("X flew Ruiz's bike to Oslo"), a person's own costs ("Ruiz paid her
 * own travel expenses"), nor a guest of a person ("as her sister's guest").
 */
function hostedPerson(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  const ws = c.words
  const low = lowers(ws)
  if (low.slice(seg.from, seg.to).some((x) => NEGATION.has(x))) return null
  const tied = (person: string, brand: string): Found => ({
    kind: 'gifted-product',
    wording: 'clear',
    brandNames: [brand],
    people: [person],
    tie: 'gifted-product',
  })
  // The person right after word k, not a possessive ("Ruiz's bike" is a thing of hers).
  const personObject = (k: number): string | null => {
    const w = ws[k]
    if (!w?.mention || w.mention.possessive) return null
    let e = k
    while (ws[e + 1]?.mention === w.mention) e++
    if (['’s', "'s"].includes(low[e + 1] ?? '')) return null
    return personOf(ctx, w)
  }
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    // "X flew Ana Ruiz to Oslo", "X put Ana Ruiz up at the Grand Hotel".
    const travel =
      (TRAVEL.has(w) || (w === 'put' && low.slice(i + 2, i + 6).includes('up'))) && isVerb(ws[i])
    // (Not to a hospital or a clinic: "X flew Ruiz to hospital after the crash" is care.)
    const care = low.slice(i + 1, Math.min(seg.to, i + 7)).some((x) => CARE_PLACES.has(x))
    if (travel && !care && !BE.has(low[i - 1] ?? '')) {
      const person = personObject(i + 1)
      const giver = person ? brandBackward(ctx, c, seg.from, i) : null
      if (person && giver && !isPublicBody(giver)) return tied(person, giver)
    }
    // "X paid Ana Ruiz's travel expenses", "X covered her hotel bill".
    if (COVERING.has(w) && !BE.has(low[i - 1] ?? '')) {
      const w1 = ws[i + 1]
      let k = i + 1
      let person: string | null = null
      if (w1?.mention) {
        while (ws[k + 1]?.mention === w1.mention) k++
        if (['’s', "'s"].includes(low[k + 1] ?? '') || w1.mention.possessive) {
          person = personOf(ctx, w1)
          if (['’s', "'s"].includes(low[k + 1] ?? '')) k++
        }
      } else if (['her', 'his', 'their'].includes(low[i + 1] ?? ''))
        person = personOf(ctx, ws[i + 1] as Word)
      // Travel or a stay ("travel expenses", "hotel bill"), not "expenses" alone (a claim, a
      // settlement: "the insurer paid Ruiz's expenses").
      const costs = low.slice(k + 1, Math.min(seg.to, k + 4))
      if (!person || costs.includes('own') || !costs.some((x) => TRIP_COSTS.has(x))) continue
      const giver = brandBackward(ctx, c, seg.from, i)
      if (giver && !isPublicBody(giver)) return tied(person, giver)
    }
    // "the kiln that the company gave her studio in 2024", "The kettle X sent him last spring":
    // a thing named before its giver, given to a person (or the person's studio, shop …).
    if (GAPPED_GIVE.has(w) && isVerb(ws[i])) {
      const given = gappedGift(ctx, c, seg, i, personObject)
      if (given) return tied(given.person, given.brand)
    }
    // "X gave Ana Ruiz a 40 per cent discount on the bike".
    if (GIVE.has(w) && isVerb(ws[i]) && !BE.has(low[i - 1] ?? '')) {
      const person = personObject(i + 1)
      let k = i + 2
      while (ws[k]?.mention && ws[k]?.mention === ws[i + 1]?.mention) k++
      const giver = person && discountAt(low, k) > 0 ? brandBackward(ctx, c, seg.from, i) : null
      if (person && giver && !isPublicBody(giver)) return tied(person, giver)
    }
    // "Ana Ruiz attended the launch as X's guest", "I stayed as the hotel's guest".
    if ((w === 'guest' || w === 'guests') && ['’s', "'s"].includes(low[i - 1] ?? '')) {
      if (!low.slice(Math.max(seg.from, i - 6), i).includes('as')) continue
      const host = ws[i - 2]?.mention ? brandOfWord(ctx, c, i - 2, true) : null
      if (!host || isPublicBody(host) || personOf(ctx, ws[i - 2] as Word)) continue
      if (low.slice(seg.from, i).some((x) => x === 'i' || x === 'we')) return gift(host, 'clear')
      const person = receiverOf(ctx, c, seg.from, i)[0]
      if (person) return tied(person, host)
    }
  }
  return null
}

/** Verbs of giving a thing that a relative clause may gap: "the kiln the company gave her". */
const GAPPED_GIVE = new Set(['gave', 'sent', 'lent', 'loaned', 'gifted', 'donated', 'supplied'])
/** Things given that are no product: a job, a name, a role, a prize of a public kind … */
const NO_PRODUCT = new Set(
  'job jobs role post position title nickname name loan loans mortgage credit refund money cash compensation payout contract'.split(
    ' ',
  ),
)

/**
 * A gift whose thing stands before its giver, the object gapped by a relative clause ("the kiln
 * (that) the company gave her studio in 2024", "The kettle X sent him last spring"): the giver a
 * brand right before the verb, the recipient a person ("her", "him", a name; "her studio" is
 * hers), nothing after it that could be the thing given ("gave her a kiln" is read elsewhere),
 * and a thing before the giver that is a product, not advice, a job or a name ("the advice the
 * company gave her", "the job X gave him", "the name her parents gave her" are none).
 */
function gappedGift(
  ctx: SlotContext,
  c: Clause,
  seg: Segment,
  i: number,
  personObject: (k: number) => string | null,
): { person: string; brand: string } | null {
  const ws = c.words
  const low = lowers(ws)
  let k = i + 1
  let person: string | null
  if (low[k] === 'her' || low[k] === 'him' || low[k] === 'his') {
    person = personOf(ctx, ws[k] as Word)
    k++
    // "gave her studio …", "gave his shop …": the person's own place.
    const place = ws[k]?.pos === 'NOUN' && !ws[k]?.mention
    if (low[k - 1] === 'his' && !place) return null
    if (low[k - 1] !== 'him' && place) k++
  } else {
    person = personObject(k)
    while (ws[k]?.mention && ws[k]?.mention === ws[i + 1]?.mention) k++
  }
  if (!person) return null
  // The thing given is gapped: no noun phrase after the recipient.
  const after = ws[k]
  if (
    after &&
    ['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(after.pos) &&
    !/^\d{4}$/.test(after.text)
  )
    return null
  // The giver right before the verb: "Torvik sent", "the company gave".
  let s = i - 1
  const brand = brandOfWord(ctx, c, s, true) ?? brandOfWord(ctx, c, s)
  if (!brand || isPublicBody(brand)) return null
  // Back to the giver's first word, then the thing before it ("the kiln that …", "the kettle").
  while (s > seg.from && ws[s - 1]?.mention === ws[s]?.mention && ws[s]?.mention) s--
  if (['the', 'this', 'its'].includes(low[s - 1] ?? '')) s--
  if (low[s - 1] === 'that' || low[s - 1] === 'which') s--
  const thing = ws[s - 1]
  if (!thing || thing.pos !== 'NOUN' || thing.mention) return null
  if (NO_THING.has(thing.lower) || NO_PRODUCT.has(thing.lower)) return null
  return { person, brand }
}

/** Words that size a discount: "a steep discount", "a 40 per cent discount". */
const DISCOUNT_SIZES = new Set(
  'steep big large hefty deep generous substantial special per cent percent %'.split(' '),
)

/**
 * Where the discount that opens at `k` ends (the index after "discount"), or -1: "a discount",
 * "a steep discount", "a 40 per cent discount", "a 40% discount".
 */
function discountAt(low: readonly string[], k: number): number {
  if (low[k] !== 'a' && low[k] !== 'an') return -1
  let j = k + 1
  while (j < k + 5 && (DISCOUNT_SIZES.has(low[j] ?? '') || /^\d+%?$/.test(low[j] ?? ''))) j++
  // ("a discount code" or "a discount card" is a code to pass on or a card anyone may hold.)
  if (low[j] !== 'discount' || DISCOUNT_THINGS.has(low[j + 1] ?? '')) return -1
  return j + 1
}
const DISCOUNT_THINGS = new Set(['code', 'codes', 'voucher', 'vouchers', 'card', 'cards', 'link'])

/**
 * A thing or a trip a brand let a person have below its price (see giftFrame): a discounted,
 * subsidised or loaned thing received, ridden or used, from a brand ("from X", "through X's
 * scheme", "as part of X's pilot"), a thing bought at a reduced price only through a brand's
 * scheme, and travel "at the company's expense" or "at X's expense". Who had it is a person the
 * clause names (the subject, or the name a relative clause hangs on) or the writer. Not a public
 * offer ("a discounted sofa in the January sale", "tickets at a reduced price on weekdays"), a
 * loan of money, nor anyone's own expense.
 */
function cheapFromBrand(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  const ws = c.words
  const low = lowers(ws)
  const all = low.slice(seg.from, seg.to)
  if (
    !all.some(
      (x) =>
        CHEAP.has(x) ||
        CHEAP_PRICE.has(x) ||
        x === 'loan' ||
        x === 'expense' ||
        x === 'discount' ||
        x === 'cost',
    )
  )
    return null
  if (all.some((x) => PUBLIC_OFFER.has(x)) || all.some((x) => NEGATION.has(x))) return null
  // A customer's terms or amends, anywhere in the sentence: "for paying upfront", "because the
  // unit was ex-display", "after a six-week delay", "as compensation".
  if (low.some((x) => CUSTOMER_TERMS.has(x))) return null
  const recipient = (verb: number): string | null | 'writer' => {
    if (low.slice(seg.from, verb).some((x) => x === 'i' || x === 'we')) return 'writer'
    const named = receiverOf(ctx, c, seg.from, verb)[0]
    if (named) return named
    // "Ana Ruiz, a nurse who received …": the name the relative clause hangs on.
    if (seg.type === 'relative' && ['who', 'whom'].includes(low[seg.from] ?? ''))
      return personBackward(ctx, c, 0, seg.from)
    return null
  }
  const found = (who: string | 'writer', brand: string): Found =>
    who === 'writer'
      ? gift(brand, 'clear')
      : {
          kind: 'gifted-product',
          wording: 'clear',
          brandNames: [brand],
          people: [who],
          tie: 'gifted-product',
        }
  // The brand a favour comes from, after word k: "from X", "through X's scheme", "as part of
  // X's pilot", "under X's programme"; with a scheme noun when `scheme` asks for one.
  const passive = all.some((x) => BE.has(x))
  const giverAfter = (k: number, scheme: boolean): string | null => {
    for (let j = k; j < Math.min(seg.to, k + 8); j++) {
      const via =
        ((low[j] === 'from' || (low[j] === 'by' && passive)) && !scheme) ||
        ['through', 'via', 'under'].includes(low[j] ?? '') ||
        (low[j] === 'of' && low[j - 1] === 'part' && low[j - 2] === 'as')
      if (!via) continue
      const brand = brandAfter(ctx, c, j + 1, 5)
      if (!brand || isPublicBody(brand)) continue
      // "from X's fitter": the brand's person, whose favour is their own.
      const after = low.slice(j + 1, Math.min(seg.to, j + 7))
      const mark = after.findIndex((x) => x === "'s" || x === '’s')
      if (low[j] === 'from' && mark >= 0 && BRAND_PEOPLE.has(after[mark + 1] ?? '')) continue
      if (scheme || (low[j] !== 'from' && low[j] !== 'by')) {
        const rest = low.slice(j + 1, Math.min(seg.to, j + 8))
        if (!rest.some((x) => SCHEMES.has(x))) continue
      }
      return brand
    }
    return null
  }
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    // "Ana Ruiz's bike was (heavily) discounted by X": the thing's owner had it cheaply.
    if (
      (w === 'discounted' || w === 'subsidised' || w === 'subsidized') &&
      low.slice(Math.max(seg.from, i - 3), i).some((x) => BE.has(x)) &&
      low[i + 1] === 'by'
    ) {
      const brand = brandAfter(ctx, c, i + 2, 5)
      const who = brand && !isPublicBody(brand) ? recipient(i) : null
      if (brand && who) return found(who, brand)
    }
    // "a discounted bike", "a loaned unit", "a bike on loan from X".
    const thing =
      (CHEAP.has(w) &&
        ['a', 'an', 'the', 'her', 'his', 'their', 'my', 'our', 'two', 'three'].includes(
          low[i - 1] ?? '',
        ) &&
        ws[i + 1]?.pos === 'NOUN' &&
        !ws[i + 1]?.mention &&
        !PRICED.has(low[i + 1] ?? '')) ||
      (w === 'loan' && low[i - 1] === 'on')
    // "at a reduced price", "at a discounted rate"; "at cost" (the maker's own cost, not "at
    // a cost of £40"); "at a steep discount", "at a 40 per cent discount".
    const price =
      w === 'at' &&
      ((['a', 'the'].includes(low[i + 1] ?? '') &&
        CHEAP_PRICE.has(low[i + 2] ?? '') &&
        PRICE_NOUNS.has(low[i + 3] ?? '')) ||
        (low[i + 1] === 'cost' && low[i + 2] !== 'of') ||
        discountAt(low, i + 1) > 0)
    // "got a 40 per cent discount from X", "was given a steep discount by X".
    const discount = w !== 'at' && low[i - 1] !== 'at' && discountAt(low, i) > 0
    if (thing || price || discount) {
      // The verb of having or buying before it, and who had it.
      let verb = -1
      for (let k = i - 1; k >= Math.max(seg.from, i - 6); k--)
        if (HAVING.has(low[k] ?? '') || BUYING.has(low[k] ?? '')) {
          verb = k
          break
        }
      if (verb < 0) continue
      // Money lent is credit, no favour: "a loan", "loaned the money".
      if (['money', 'cash', 'funds', 'sum'].includes(low[i + 1] ?? '')) continue
      const buying = BUYING.has(low[verb] ?? '')
      // A price paid is a buyer's ("bought it at a reduced price"), or a thing given at it
      // ("was given the bike at cost").
      if (price && !buying && low[verb] !== 'given' && low[verb] !== 'offered') continue
      const who = recipient(verb)
      if (!who) continue
      const end = discount ? discountAt(low, i) : i + 1
      const brand = giverAfter(end, buying && !(thing && w === 'loaned'))
      if (brand) return found(who, brand)
      continue
    }
    // "was flown to X's launch at the company's expense": travel a brand paid for.
    if (w === 'expense' && (low[i - 1] === "'s" || low[i - 1] === '’s')) {
      if (!low.slice(Math.max(seg.from, i - 6), i).includes('at')) continue
      const owner = ws[i - 2]?.mention
        ? brandOfWord(ctx, c, i - 2, true)
        : ['company', 'brand', 'firm', 'maker', 'manufacturer'].includes(low[i - 2] ?? '') &&
            low[i - 3] === 'the'
          ? brandOfWord(ctx, c, i - 2)
          : null
      if (!owner || isPublicBody(owner)) continue
      const verb = low.findIndex((x, k) => k >= seg.from && k < i && TRAVELLED.has(x))
      if (verb < 0 || low.slice(verb, i).some((x) => CARE_PLACES.has(x))) continue
      const who = recipient(verb)
      if (who) return found(who, owner)
    }
  }
  return null
}

/**
 * Nouns a verb of giving takes in another sense than handing over a thing: talk and information
 * ("gave us an interview", "a quote for the repair"), access to a place or a person's time ("a
 * tour of the factory"), a chance, and what a product does or holds for whoever uses it ("gives
 * me confidence", "gives you grip", "gives a boost", "gives me 24g of protein").
 */
const NO_THING = new Set(
  (
    'interview interviews quote quotes comment comments answer answers statement statements ' +
    'briefing briefings explanation explanations update updates advice tip tips ' +
    'feedback insight insights details name names figure figures estimate ' +
    'estimates call ring lesson lessons warning warnings permission go-ahead hand ' +
    'tour tours look glimpse peek demonstration walkthrough walk-through ' +
    'chance chances opportunity opportunities reason reasons idea ideas sense feeling feelings ' +
    'confidence energy boost peace comfort warmth grip protection stability ' +
    'traction control freedom flexibility edge advantage hope joy courage pleasure ' +
    'headache headaches blisters rash cramp cramps pause thought thoughts ' +
    'protein fibre fiber calories carbs carbohydrates sugar fat vitamins minerals iron ' +
    'caffeine nutrients hydration electrolytes ' +
    // What a place hands every customer: "gave me a free map of the coast path at check-in".
    'map maps leaflet leaflets brochure brochures pamphlet pamphlets receipt receipts key keys ' +
    'keycard directions timetable timetables menu menus wristband wristbands'
  ).split(' '),
)
/** Words between "no" and "cost": "at no extra cost", "without any charge". */
const CHARGE_MODIFIERS = new Set(['extra', 'additional', 'added', 'further', 'any'])

/** Whether the "cost" or "charge" at `k` is denied: "no cost", "without any charge". */
function noCharge(words: readonly string[], k: number): boolean {
  let j = k - 1
  if (CHARGE_MODIFIERS.has(words[j] ?? '')) j--
  return ['no', 'without', 'zero'].includes(words[j] ?? '')
}

/** The verb "give" itself, whose object may be a figure told. */
const GIVE_ITSELF = new Set(['give', 'gives', 'gave', 'given', 'giving'])
const PRICES = new Set(['cost', 'costs', 'price', 'prices'])
/** Units a figure is measured in: "24g of protein", "20 hours of battery". */
const UNIT =
  /^(?:\d[\d.,]*)?(?:g|mg|mcg|kg|ml|l|kcal|cal|grams?|milligrams?|calories|percent|per|%|hours?|hrs?|minutes?|mins?|miles?|km|kilometres?|kilometers?|litres?|liters?|degrees?|times|x)$/
/**
 * Units of a quantity of stuff (mass, volume): "200ml of its serum", "3kg of coffee" are goods
 * handed over; only an amount of a nutrient ("24g of protein a bowl") is what a product holds.
 */
const STUFF =
  /^(?:\d[\d.,]*)?(?:g|mg|mcg|kg|ml|l|grams?|milligrams?|kilos?|kilograms?|litres?|liters?)$/

/**
 * Whether what the giving verb at `i` hands over is no thing (NO_THING, or a measured amount):
 * read from the words after the one given to, up to a preposition other than "of".
 */
function givesNoThing(ws: readonly Word[], i: number, to: number): boolean {
  let k = i + 1
  const low = (j: number) => ws[j]?.lower ?? ''
  // The one given to: "me", "us", "you", "the magazine", "our testers", "to her".
  if (low(k) === 'to') k++
  if (['me', 'us', 'you', 'him', 'her', 'them', 'it', 'readers', 'everyone'].includes(low(k))) k++
  else if (['the', 'our', 'this', 'my'].includes(low(k)) && ws[k + 1]?.pos === 'NOUN')
    if (ws[k + 2]?.pos === 'DET' || ws[k + 2]?.pos === 'NUM' || ws[k + 2]?.pos === 'ADJ') k += 2
  const end = Math.min(to, k + 6)
  // A measured amount right at the start: "24g", "24 g", "20 hours of battery", "30% of".
  const first = low(k)
  if (/^\d/.test(first) && (UNIT.test(first) || UNIT.test(low(k + 1)))) {
    const unit = UNIT.test(first) ? first : low(k + 1)
    if (!STUFF.test(unit)) return true
    // A mass or volume of something other than a nutrient, handed over ("gave me 200ml of its
    // serum", "sent us 3kg of coffee"), is a thing given; what a product holds for its user is
    // said in the present ("gives you 2 litres of water", "24g of protein a bowl").
    const of = ws.findIndex((w, j) => j > k && j < end && w.lower === 'of')
    const noun = of < 0 ? -1 : ws.findIndex((w, j) => j > of && j < end && w.pos === 'NOUN')
    const theirs = of >= 0 && ['its', 'their'].includes(low(of + 1))
    const handed = ['gave', 'sent', 'provided', 'supplied', 'given', 'handed', 'lent'].includes(
      low(i),
    )
    if (noun < 0 || NO_THING.has(low(noun)) || !(theirs || handed)) return true
  }
  for (let j = k; j < end; j++) {
    const x = low(j)
    const pos = ws[j]?.pos ?? ''
    if (pos === 'ADP' && x !== 'of') return false
    if (pos === 'PUNCT' || pos === 'VERB') return false
    if (NO_THING.has(x) && pos !== 'VERB') return true
    // "gave us the cost of the upgrade": a price given is a figure told ("covered the cost of
    // my stay" pays it, a gift).
    if (GIVE_ITSELF.has(ws[i]?.lower ?? '') && PRICES.has(x)) return true
    if (GIFT_ITEMS.has(x) || PRODUCT_NOUNS.has(x)) return false
  }
  return false
}

export function gift(brand: string | null, wording: Wording, note?: string): Found {
  return {
    kind: 'gifted-product',
    wording,
    ...(note ? { note } : {}),
    brandNames: names(brand),
    people: [],
  }
}

/** Who runs an event the writer reports from, as the one who pays a stay or a trip. */
const EVENT_HOSTS = new Set(['organisers', 'organizers', 'organiser', 'organizer', 'promoters'])

/** A name right after "by" that is no person's ("Visit Vessel Coast"), as a host. */
function hostNamed(ctx: SlotContext, c: Clause, k: number): string | null {
  const w = c.words[k]
  if (!w?.mention || personOf(ctx, w)) return null
  return w.mention.name
}

/** The public a business hands things to: "sends customers a free sample", "every household". */
const PUBLIC_RECIPIENTS = new Set(
  'customers customer clients subscribers members residents households household patients shoppers buyers users owners families everyone anyone passengers visitors guests pupils students'.split(
    ' ',
  ),
)

/** What a backer gives an event, not a person: "for the prizes", "for the raffle". */
const EVENT_GIFTS = new Set(
  'prize prizes raffle tombola donation donations venue refreshments trophies trophy medals marquee stage'.split(
    ' ',
  ),
)

/**
 * Whether the "for" at `f` thanks a backer for what went to an event (EVENT_GIFTS within its
 * first words), inside a quotation of someone other than the writer the byline names.
 */
function forTheEvent(ctx: SlotContext, c: Clause, f: number, to: number): boolean {
  const w = c.words[f]
  if (!w) return false
  const q = quoteAt(ctx, w.start)
  if (!q || !q.speaker) return false
  if (ctx.doc.paragraphs.some((p) => p.role === 'answer' && p.start <= w.start && w.start < p.end))
    return false
  const writer = authorOf(ctx.doc)
  if (writer && sameName(q.speaker, writer)) return false
  return c.words
    .slice(f + 1, Math.min(to, f + 5))
    .some((x) => EVENT_GIFTS.has(x.lower) && x.pos === 'NOUN')
}

/** Verbs of a thing arriving: "it arrived as a sample", "the kettle came to us free". */
const ARRIVED = new Set(['arrived', 'arrives', 'arrive', 'came', 'comes', 'come', 'landed'])

/** What a thing may arrive as that says it was given: "as a free sample", "as a gift". */
const ARRIVED_AS = new Set([
  'sample',
  'samples',
  'gift',
  'gifts',
  'freebie',
  'freebies',
  'loan',
  'loaner',
])

/** Words for the things a piece has named, as what arrived: "each of them arrived free". */
const ARRIVED_THINGS = new Set(
  'it they them these those each every all both one two three four five several most'.split(' '),
)

/**
 * A thing that arrived as a gift (see giftFrame): after the verb, "as a (free) sample", "as a
 * gift", "free", "free of charge" or "at no cost" says it was given, and "from" a maker ("its
 * maker", "the brand", a company named) or "to us" says who gave it or that it was given to the
 * publication. "Arrived free of scratches" is no gift ("free of" what is not a charge), nor
 * "the update came free for all owners" (no giver, not to us), nor a thing that reached someone
 * the sentence names ("arrived free at the hospital"), nor news a source reports.
 */
function arrivedFree(ctx: SlotContext, c: Clause, seg: Segment, i: number): Found | null {
  const ws = c.words
  const low = lowers(ws)
  if (low.slice(seg.from, i).some((x) => NEGATION.has(x))) return null
  // The thing that arrived is no person: "She came to us from the agency".
  for (let k = seg.from; k < i; k++) {
    const x = ws[k] as Word
    if (x.mention && isPersonMention(ctx, x.mention)) return null
    if (['she', 'he', 'i', 'we', 'they', 'you'].includes(x.lower)) return null
  }
  if (low.some((x) => SPEECH_VERBS.has(x) || x === 'according')) return null
  // What arrived is a thing handed over: a product or an item ("the kettle", "our test unit",
  // a product's name), or the things the piece has named ("it", "each of the three"); not
  // advice, help or a magazine ("The advice came to us free").
  const subject = ws.slice(seg.from, i)
  if (subject.some((x) => NO_THING.has(x.lower) || PUBLICATION_NOUNS.has(x.lower))) return null
  const thing = subject.some(
    (x) =>
      GIFT_ITEMS.has(x.lower) ||
      PRODUCT_NOUNS.has(x.lower) ||
      ARRIVED_THINGS.has(x.lower) ||
      x.pos === 'NUM' ||
      (!!x.mention && ownerOf(ctx.doc, x.mention)?.kind === 'product'),
  )
  if (!thing) return null
  const end = Math.min(seg.to, i + 12)
  let free = false
  let toUs = false
  let giver: string | null = null
  let maker = false
  for (let k = i + 1; k < end; k++) {
    const x = low[k] ?? ''
    if (x === ',' || x === ';' || x === 'but' || x === 'and') break
    if (x === 'as') {
      let j = k + 1
      if (['a', 'an'].includes(low[j] ?? '')) j++
      while (j < k + 4 && GIFT_ADJECTIVES.has(low[j] ?? '') && !ARRIVED_AS.has(low[j] ?? '')) j++
      if (ARRIVED_AS.has(low[j] ?? '')) free = true
    } else if (x === 'courtesy' && low[k + 1] === 'of') {
      // "came courtesy of their makers": given, and by whom.
      free = true
      let j = k + 2
      if (['its', 'the', 'their', 'a', 'an'].includes(low[j] ?? '')) j++
      if (MAKER_NOUNS.has(low[j] ?? '')) maker = true
      else giver = brandAfter(ctx, c, k + 2, 4)
      if ((!giver && !maker) || (giver && isPublicBody(giver))) return null
      break
    } else if (x === 'free' || x === 'complimentary') {
      // "free of scratches" is no gift; "free of charge" is.
      if (low[k + 1] === 'of' && !['charge', 'cost'].includes(low[k + 2] ?? '')) return null
      free = true
    } else if ((x === 'cost' || x === 'charge') && noCharge(low, k)) free = true
    else if (x === 'for') {
      // "arrived free from X for the school's pupils": given to someone else; "for testing",
      // "for this review" still reads.
      const next = ['this', 'the', 'our', 'my'].includes(low[k + 1] ?? '') ? k + 2 : k + 1
      if (!TEST_PURPOSE.has(low[next] ?? '') && !FIRST_PERSON_OBJECT.has(low[k + 1] ?? ''))
        return null
    } else if (x === 'to' || x === 'at') {
      if (FIRST_PERSON_OBJECT.has(low[k + 1] ?? '')) toUs = true
      // "arrived at the hospital", "came to Tarrow": a place or someone else reached.
      else if (ws[k + 1]?.mention || ['the', 'a', 'an'].includes(low[k + 1] ?? '')) return null
    } else if (x === 'from') {
      let j = k + 1
      if (['its', 'the', 'their', 'a', 'an'].includes(low[j] ?? '')) j++
      if (MAKER_NOUNS.has(low[j] ?? '')) {
        maker = true
        giver = brandOfWord(ctx, c, j)
      } else {
        giver = brandAfter(ctx, c, k + 1, 4)
        if (giver && isPublicBody(giver)) return null
      }
      if (!giver && !maker) return null
    }
  }
  if (!free || !(giver || maker || toUs)) return null
  if (!toUs && civicGift(low, seg.from, i)) return null
  return gift(giver, 'clear')
}

/** Places and buildings a business may give a town: "the park came as a gift from X". */
const CIVIC_THINGS = new Set(
  'park parks land hall halls library libraries statue statues fountain fountains bandstand garden gardens field fields playground playgrounds building buildings bench benches clock clocks lido pool museum promenade pavilion'.split(
    ' ',
  ),
)

/**
 * Whether the words before `i` (the subject of "was a gift from X", "came as a gift from X")
 * name a place or a building given to a town ("The town park came as a gift from the Harbourside
 * company in 1920"), a civic donation, no gift to the publication or an endorser.
 */
function civicGift(low: readonly string[], from: number, i: number): boolean {
  return low.slice(from, i).some((x) => CIVIC_THINGS.has(x))
}

/** The brand named before words[i] in the segment (the giver, the subject). */
export function brandBackward(ctx: SlotContext, c: Clause, from: number, i: number): string | null {
  for (let k = i - 1; k >= from; k--) {
    const b = brandOfWord(ctx, c, k)
    if (b) return b
  }
  // "Brands provided most of the vests": makers as a class.
  return null
}

/**
 * Whether word k is the writer's own possessive: "my", "our", or "her", "his", "their" that is
 * the writer the byline names (by the resolver, or, when it took a nearer name that is no
 * person's, the last person named before the sentence in its paragraph).
 */
function writersOwn(ctx: SlotContext, c: Clause, k: number): boolean {
  const w = c.words[k]
  if (!w) return false
  if (w.lower === 'my' || w.lower === 'our') return true
  const writer = authorOf(ctx.doc)
  if (!writer || !['her', 'his', 'their'].includes(w.lower)) return false
  const p = personOf(ctx, w)
  if (p) return sameName(p, writer)
  const last = ctx.doc.mentions
    .filter(
      (m) =>
        m.start >= c.paragraph.start &&
        m.end <= c.sentence.start &&
        (isPersonMention(ctx, m) || sameName(ownerOf(ctx.doc, m)?.name ?? m.name, writer)),
    )
    .at(-1)
  return !!last && sameName(ownerOf(ctx.doc, last)?.name ?? last.name, writer)
}

/** What a host lays on besides travel and a stay: "booked her tour", "organised my visit". */
const VISITS = new Set(['visit', 'visits', 'tour', 'tours', 'itinerary', 'programme', 'program'])

/** A host whose business is being visited and written about: a tourism body, a travel or PR firm. */
const PROMOTER = /\b(?:touris[mt]|visit|travel|destinations?|holidays?|tours|press|pr|marketing)\b/i

/** A body that books visits as its service: a clinic, a hospital, a school, a council. */
const SERVICE_HOST =
  /\b(?:clinic|hospital|surgery|practice|infirmary|hospice|health|medical|school|academy|college|university|nursery|council)\b/i

/**
 * Whether a visit, tour or programme of the writer's (the possessive at word k) was laid on as a
 * gift by its host: by a tourism body, a travel or PR firm, or a maker, or in the third person
 * ("The X Office booked her tour", the writer the byline names, as travel pieces say it). A
 * clinic booking "my visit" or a school organising "our programme" is doing its job.
 */
function laidOnVisit(c: Clause, k: number, giver: string | null, maker: boolean): boolean {
  if (giver && PROMOTER.test(giver)) return true
  if (giver && SERVICE_HOST.test(giver)) return false
  return ['her', 'his', 'their'].includes(c.words[k]?.lower ?? '') || (!giver && maker)
}

/** Verbs of a host laying something on: "arranged my first night". */
const ARRANGE = new Set(['arranged', 'organised', 'organized', 'booked', 'laid', 'sorted'])

/** Verbs of travel a host lays on: "X flew me to Lisbon". */
const TRAVEL = new Set(['flew', 'flies', 'fly', 'flown', 'drove', 'ferried', 'accommodated'])

/** Every word a branch of giftFrame keys on (see gate). */
const GIFT_GATE = gate(GIFT_ADJECTIVES, GIVE, GIFT_VERBS, ARRANGE, TRAVEL, [
  ...['gifted', 'comped', 'loan', 'gift', 'freebie', 'loaner', 'guest', 'guests'],
  ...['received', 'receive', 'receives', 'got', 'gets', 'get', 'given', 'offered', 'granted'],
  ...['paid', 'covered', 'covers', 'hosted', 'funded', 'supported', 'sponsored', 'arranged'],
  ...['organised', 'organized', 'picked', 'picks', 'pick', 'footed', 'foots', 'free', 'no'],
  ...['loaned', 'lent', 'sent', 'sample', 'samples', 'gifts', 'loans', 'courtesy'],
  ...['discounted', 'subsidised', 'subsidized', 'reduced-price', 'cut-price', 'half-price'],
  ...['reduced', 'cut', 'preferential', 'expense', 'discount', 'cost', 'put', 'supplied'],
  ...COVERING,
  ...ARRIVED,
])
/** The words thanksFrame keys on. */
const THANKS_GATE = gate(THANKS)

/** What a brand makes a creator part of: "the launch family", "the ambassador team". */
const SPONSOR_FAMILY = new Set([
  'family',
  'campaign',
  'partnership',
  'collab',
  'collaboration',
  'squad',
  'partnering',
  'collaborating',
  'teaming',
])

/** What a thanked name's apposition calls it: a backer of the piece or the show. */
const BACKER_NOUNS = new Set([
  'partner',
  'partners',
  'sponsor',
  'sponsors',
  'supporter',
  'supporters',
  'backer',
  'backers',
  'underwriter',
  'patron',
])
/** Who an apposition's backer belongs to: "our partner", "the show's sponsor", "this episode's". */
const BACKER_OWNERS = new Set(['our', 'the', 'this', 'a'])

/**
 * The backer an apposition after a thanked name names ("X, our partner this season", "X — the
 * show's sponsor for this series", "X, longtime supporters of the podcast"): "sponsor" when it
 * says sponsor, "partner" for the vaguer words; null when the apposition is anything else
 * ("X, the café on Mill Road").
 */
function backerRole(c: Clause, k: number, to: number): 'sponsor' | 'partner' | null {
  const m = c.words[k]?.mention
  let end = k
  while (m && c.words[end + 1]?.mention && c.words[end + 1]?.mention?.name === m.name) end++
  const sep = c.words[end + 1]
  if (!sep || !(sep.text === ',' || /^[–—-]$/.test(sep.text))) return null
  return backerAfter(c, end + 2, to)
}

function backerAfter(c: Clause, from: number, to: number): 'sponsor' | 'partner' | null {
  const low = lowers(c.words)
  for (let k = from; k < Math.min(to, from + 5); k++) {
    const w = low[k] ?? ''
    if (BACKER_NOUNS.has(w))
      return w.startsWith('sponsor') || w === 'underwriter' ? 'sponsor' : 'partner'
    const x = c.words[k]
    if (!x || x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'AUX') return null
    // "Sam, my partner": a partner in life, not in business.
    if (k === from && ['my', 'his', 'her', 'their'].includes(w)) return null
    if (
      k === from &&
      !BACKER_OWNERS.has(w) &&
      x.pos !== 'ADJ' &&
      x.pos !== 'ADV' &&
      x.pos !== 'PRON' &&
      x.pos !== 'DET' &&
      x.pos !== 'PROPN' &&
      x.pos !== 'PART'
    )
      return null
  }
  return null
}

/** "Thanks to X for the kit!", "With thanks to X for hosting my stay", "Thanks X!". */
/**
 * The brand an account handle stands for: "@verdellegrow" or "@stacklanehome" is the family
 * whose key the handle starts with (the brand's words run together, maybe with a suffix).
 */
export function handleBrand(ctx: SlotContext, handle: string): string {
  const h = handle.replace(/^@/, '').toLowerCase()
  // A name the text writes whose words, run together, start the handle ("Verdelle Grow").
  let named = ''
  for (const m of ctx.doc.mentions) {
    const run = m.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
    if (run.length >= 4 && run.length > named.length && h.startsWith(run) && !m.title)
      named = m.name
  }
  if (named) return named
  let best = ''
  for (const k of ctx.brandKeys)
    if (k.length >= 4 && h.startsWith(k) && k.length > best.length) best = k
  return best || handle.replace(/^@/, '')
}

/** Nouns for a brand's people: "the Torvik crew", "the team at X". */
const CREW = new Set(['team', 'crew', 'folks', 'people', 'gang', 'lot', 'staff'])

/** What a host is thanked for: "for having us", "for hosting me", "for putting us up". */
const HOSTING = new Set(['having', 'hosting', 'housing', 'accommodating', 'putting', 'welcoming'])
/** What a host gives, thanked for as a noun: "for a lovely stay", "for the room". */
const STAY_NOUNS = new Set(['stay', 'stays', 'night', 'nights', 'room', 'rooms', 'weekend'])
/** Stay nouns that also name an evening or a weekend out: a stay only as "for the night". */
const LOOSE_STAY = new Set(['night', 'weekend'])

/**
 * The name "X's Y" (two names, the first possessive: "the Ferryman's Rest", "Nell's Kitchen")
 * whose first word is at `k`, when the thanks is for hosting the writer ("for having us", "for
 * putting me up", "for a lovely stay"): the whole name as the text spells it. Not a person's
 * ("Orvo's Dana Reed"), and not any other thanks ("for helping the injured").
 */
function possessiveHost(ctx: SlotContext, c: Clause, k: number, seg: Segment): string | null {
  const ws = c.words
  const first = ws[k]?.mention
  let j = k
  while (j < seg.to && ws[j]?.mention === first) j++
  if (!/^['’]s$/.test(ws[j]?.text ?? '')) return null
  const second = ws[j + 1]?.mention
  // The thanks for a stay types the name as a host: only a sure person is refused ("Rest" alone
  // may be typed a person by its capital).
  if (!second || second.possessive || clearlyPerson(ctx, second)) return null
  let e = j + 1
  while (e < seg.to && ws[e]?.mention === second) e++
  const low = lowers(ws)
  if (low[e] !== 'for') return null
  let v = e + 1
  const det = low[v] ?? ''
  if (['a', 'an', 'the', 'our', 'my', 'two', 'three', 'four'].includes(det)) v++
  while (v < Math.min(seg.to, e + 6) && ws[v]?.pos === 'ADJ') v++
  const noun = low[v] ?? ''
  // "for a lovely stay", "for two nights", "for the night"; not an evening out ("for a great
  // night", "for a weekend of music").
  const stay =
    STAY_NOUNS.has(noun) &&
    low[v + 1] !== 'of' &&
    (!LOOSE_STAY.has(noun) || (det !== 'a' && det !== 'an' && v === e + 2))
  // "for having us over the weekend", "for hosting me overnight"; not a visit ("for having us
  // at rehearsals", "on the ward") unless the rest says it was a stay.
  const visit =
    ['at', 'on', 'in', 'to', 'during'].includes(low[e + 3] ?? '') &&
    !low.slice(e + 3, seg.to).some((x) => STAY_NOUNS.has(x) || x === 'overnight')
  const hosted =
    (HOSTING.has(low[e + 1] ?? '') && ['us', 'me'].includes(low[e + 2] ?? '') && !visit) || stay
  if (!hosted) return null
  return ctx.doc.body.slice(ws[k]?.start ?? 0, ws[e - 1]?.end ?? 0)
}

export function thanksFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, THANKS_GATE)) return null
  const low = lowers(c.words)
  for (let i = seg.from; i < seg.to; i++) {
    if (!THANKS.has(low[i] ?? '')) continue
    // "thanks to the wonderful team over at X": up to the name, through describing words only.
    // "thank you to X": the "you" is part of the thanks ("thank-you" is one word).
    let k = i + 1
    if (low[k] === 'you' && low[k + 1] === 'to') k++
    while (
      k < Math.min(seg.to, i + 9) &&
      !c.words[k]?.mention &&
      !c.words[k]?.text.startsWith('@')
    ) {
      const x = c.words[k]
      if (!x || x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'AUX') break
      k++
    }
    const w = c.words[k]
    // "Thank you @orvo for having me": a handle names the account thanked.
    if (w && /^@[\p{L}\p{N}_.]{2,}$/u.test(w.text)) {
      const rest = low.slice(k + 1, seg.to)
      const handle = handleBrand(ctx, w.text)
      return rest.some((x, j) => x === 'part' && rest[j + 1] === 'of') ||
        rest.some((x) => SPONSOR_FAMILY.has(x))
        ? {
            kind: 'sponsored',
            wording: 'ambiguous',
            note: NOTES.thanksFamily,
            brandNames: [handle],
            people: [],
          }
        : gift(handle, 'ambiguous', NOTES.thanks)
    }
    if (!w?.mention) continue
    // "Thanks to the Ferryman's Rest for having us": an inn's or a shop's name of the form
    // "X's Y" reads as two names, the first possessive; thanked for having the writer, the whole
    // name is a host.
    if (w.mention.possessive) {
      const host = possessiveHost(ctx, c, k, seg)
      if (host) return gift(host, 'ambiguous', NOTES.thanks)
      continue
    }
    // "Big thanks to X, our partner this season": the apposition says X backs the piece, so X
    // is a company even when the piece names it nowhere else.
    const backer = backerRole(c, k, seg.to)
    const brand = brandOfWord(ctx, c, k, true) ?? (backer ? w.mention.name : null)
    // A council or a senate gives no one a product.
    // A one-word name read as a person's is the company the apposition says backs the show.
    const person = personOf(ctx, w) && !(backer && !w.mention.name.includes(' '))
    if (!brand || person || isPublicBody(brand)) continue
    if (backer)
      return {
        kind: 'sponsored',
        wording: backer === 'sponsor' ? 'clear' : 'ambiguous',
        note: NOTES.thanksBacker,
        brandNames: [brand],
        people: [],
      }
    // "Thanks to X for having me as part of the launch family": a sponsorship it does not say.
    const rest = low.slice(k + 1, seg.to)
    if (
      rest[0] === 'for' &&
      (rest.some((x, j) => x === 'part' && rest[j + 1] === 'of') ||
        rest.some((x) => SPONSOR_FAMILY.has(x)))
    )
      return {
        kind: 'sponsored',
        wording: 'ambiguous',
        note: NOTES.thanksFamily,
        brandNames: [brand],
        people: [],
      }
    // A possessive or a clause after the name is causal: "thanks to X's formula, it…".
    const end = c.words.findIndex((x, j) => j > k && x.mention !== w.mention)
    const after = end >= 0 ? c.words[end] : undefined
    if (w.mention.possessive) continue
    // "thanks to the Torvik crew for …": the people of the brand are the brand; "thanks to X
    // in Solund for …": where the brand is comes between it and what it did.
    const placed =
      after && ['in', 'at', 'of'].includes(after.lower) && c.words[end + 1]?.mention
        ? c.words.findIndex((x, j) => j > end + 1 && x.mention !== c.words[end + 1]?.mention)
        : -1
    const next = placed >= 0 ? c.words[placed] : after
    const crew = next && CREW.has(next.lower) ? c.words[(placed >= 0 ? placed : end) + 1] : next
    // An emoji after the name ends the thanks as a full stop would: "so thanks X 🧤 The gloves…".
    const ends = (x: Word) =>
      ['!', '.', ')', ';'].includes(x.text) || /\p{Extended_Pictographic}/u.test(x.text)
    if (crew && crew.lower !== 'for' && !ends(crew)) continue
    // "“Thanks to X for the prizes and to everyone who came,” said organiser Pat Dunne": a
    // source thanking a backer of an event for what went to the event, not a gift to the
    // piece's writer or to an endorser.
    if (crew?.lower === 'for' && forTheEvent(ctx, c, c.words.indexOf(crew), seg.to)) continue
    // The thanks is its own statement, up to the emoji that ends it.
    const emoji = crew && /\p{Extended_Pictographic}/u.test(crew.text) ? c.words.indexOf(crew) : -1
    const found = gift(brand, 'ambiguous', NOTES.thanks)
    return emoji > 0 ? { ...found, from: i, to: emoji + 1 } : found
  }
  return null
}

/** People a piece features, named as a group: "the households in this piece", "those quoted". */
const GROUP_NOUNS = new Set([
  'customers',
  'households',
  'families',
  'users',
  'owners',
  'homeowners',
  'patients',
  'participants',
  'residents',
  'members',
  'people',
  'testers',
  'wearers',
  'clients',
  'contributors',
  'interviewees',
  'everyone',
])
const FEATURED = new Set(['quoted', 'featured', 'pictured', 'interviewed', 'profiled', 'above'])
const PIECE_NOUNS = new Set(['piece', 'article', 'story', 'feature', 'advertisement', 'promotion'])

/**
 * Who received something, from the words before the verb: a person named there, or a group the
 * piece features ("the customers quoted here", "all three households in this article"), which
 * stands for every person the piece quotes. None when the subject is neither.
 */
function receiverOf(ctx: SlotContext, c: Clause, from: number, i: number): string[] {
  // The subject: the first person named from the clause's start ("Ana Ruiz, a paid Orvo
  // athlete, receives …" is Ana Ruiz's, not the brand's).
  for (let k = from; k < i; k++) {
    const w = c.words[k]
    // "Customers receive…" opening a sentence is a group, not a name.
    const p = w && !GROUP_NOUNS.has(w.lower) ? personOf(ctx, w) : null
    if (p) return [p]
  }
  const low = lowers(c.words).slice(from, i)
  const group = low.some((x) => GROUP_NOUNS.has(x))
  const featured =
    low.some((x) => FEATURED.has(x)) ||
    low.some(
      (x, k) =>
        x === 'in' &&
        ['this', 'the'].includes(low[k + 1] ?? '') &&
        PIECE_NOUNS.has(low[k + 2] ?? ''),
    ) ||
    low.includes('these') ||
    low.includes('those')
  if (!group || !featured) return []
  const writer = authorOf(ctx.doc)
  const persons = new Set(
    ctx.doc.entities.filter((e) => e.kind === 'person' || e.kind === 'unknown').map((e) => e.name),
  )
  const out: string[] = []
  for (const q of ctx.quotes) {
    const who = q.speaker
    if (!who || who === writer || out.includes(who)) continue
    if (
      persons.has(who) ||
      [...persons].some((n) => n.endsWith(` ${who}`) || who.endsWith(` ${n}`))
    )
      out.push(who)
  }
  return out
}
