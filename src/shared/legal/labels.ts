import type { DocParagraph } from '../language/document'
import type { DisclosureKind } from './domain'
import {
  AFFILIATE_TAGS,
  CLEAR_LABELS,
  CLEAR_TAGS,
  GIFT_TAGS,
  VAGUE_LABELS,
  VAGUE_TAGS,
} from './lexicon'
import { isNonCommercial, quoteAt, type SlotContext } from './slots'
import type { Clause } from './words'
import { names, statement, NOTES, type Statement } from './frame'

/**
 * Labels and hashtags: a short line that is a sponsorship label ("Sponsored", "Paid partnership
 * with X", "Promoted", a brand's name alone) and tags like #ad, #spon or #gifted.
 */
function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}\p{N}'&#\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const LABELS = [
  ...CLEAR_LABELS.map((l) => ({ text: l, clear: true })),
  ...VAGUE_LABELS.map((l) => ({ text: l, clear: false })),
].sort((a, b) => b.text.length - a.text.length)

/** Credits that name who funded or presented the piece: plain sponsorship labels. */
const FUNDER_CREDITS = new Set([
  'in partnership with',
  'in association with',
  'brought to you by',
  'presented by',
  'supported by',
  'made possible by',
])

/** Words that present a brand as the piece's partner: "featured", "official", "pick". */
const PARTNER_LABEL_WORDS = new Set([
  'featured',
  'official',
  'trusted',
  'preferred',
  'premium',
  'promoted',
  'launch',
  'retail',
  'brand',
  'commercial',
  'exclusive',
  'recommended',
  'spotlight',
  'pick',
  'offer',
  'product',
  'listing',
  'deal',
])

/**
 * A label of a few words that presents a brand as a partner ("Launch partner", "Official
 * partner", "Partner pick"): one "partner", the other words only presenting ones. Not a list
 * heading ("Our partners"), not a job ("Managing partner"), not "Our partner" (a person's).
 */
function partnerLabel(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false
  return (
    words.filter((w) => w === 'partner').length === 1 &&
    words.every((w) => w === 'partner' || PARTNER_LABEL_WORDS.has(w))
  )
}

/**
 * The heading of a sponsor's slot that calls the sponsor a partner: "A word from our partner",
 * "A message from this week's partners". Ours or the issue's, not a person's ("my partner"), and
 * nothing after the partner ("our partner schools" are not a slot's sponsor).
 */
const PARTNER_SLOT =
  /^(?:an?\s+)?(?:(?:quick|short|brief|special)\s+)?(?:word|words|message|note|update)\s+from\s+(?:our|(?:this|today|this\s+(?:week|month|issue|edition))'s)\s+partners?$/

/** Something on sale in a line: a price ("£649", "Price: €48") or a link. */
const ON_SALE = /[£$€]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:EUR|USD|GBP)\b|\bprice:|\]\(\S+\)|https?:\/\//i

/**
 * Whether a partner label sits over a product box or a pick: a price or a link in one of the
 * next three paragraphs (the product's name, its specs, its buy link). "Official partner: X"
 * in an event's fact box, over news, presents the event's sponsor, not a paid pick.
 */
function overBox(ctx: SlotContext, p: DocParagraph): boolean {
  const ps = ctx.doc.paragraphs
  const at = ps.indexOf(p)
  return ps.slice(at + 1, at + 4).some((q) => ON_SALE.test(q.text))
}

/** A short line that is a sponsorship label ("Sponsored", "Paid partnership with X", "Promoted"). */
export function labelOf(
  ctx: SlotContext,
  p: DocParagraph,
  knownBrands: readonly string[],
): Statement | null {
  const whole = labelIn(ctx, p, knownBrands, p.text, 0)
  if (whole) return whole
  // "Ad | Three months ago this fig …", "Sponsored: …": a post or a paragraph that opens with a
  // label and a separator; only a plain label counts there (its words say someone paid).
  const opening = /^(\s*[*_]*)([\p{L} ]{2,30}?)[*_]*\s*[:|·•—–]\s+\S/u.exec(p.text)
  if (opening) {
    const found = labelIn(ctx, p, knownBrands, opening[2] ?? '', (opening[1] ?? '').length)
    if (found && found.wording === 'clear') return found
  }
  // "Issue 112 · Brought to you by X", "News | Sponsored": a label after a separator.
  if (p.text.length > 160) return null
  let at = 0
  for (const part of p.text.split(/(\s+[·|•]\s+)/)) {
    if (at > 0 && !/^\s+[·|•]\s+$/.test(part)) {
      const found = labelIn(ctx, p, [], part, at)
      if (found) return found
    }
    at += part.length
  }
  return null
}

/** A label's text followed by a colon, bar or dash, as a pattern made once per label. */
function labelHead(text: string): RegExp {
  let re = labelHeads.get(text)
  if (!re) {
    re = new RegExp(`^${text}\\s*[:|·—–-]`)
    labelHeads.set(text, re)
  }
  return re
}

const labelHeads = new Map<string, RegExp>()

/** The label a stretch of a line (at offset `offset` in the paragraph) is, if it is one. */
function labelIn(
  ctx: SlotContext,
  p: DocParagraph,
  knownBrands: readonly string[],
  raw: string,
  offset: number,
): Statement | null {
  // A label is a short line: skip the rest before any normalising.
  if (raw.length > 160) return null
  const lead = offset + raw.length - raw.trimStart().length
  const text = raw.trim()
  // "Created in partnership with X": the participle before a credit is part of the label.
  const n = norm(text).replace(
    /^(?:created|produced|made|written|published|developed)\s+(?=in |by |for )/,
    '',
  )
  const lowered = text
    .toLowerCase()
    .replace(/^(?:created|produced|made|written|published|developed)\s+/, '')
  const words = n.split(' ').filter(Boolean)
  if (words.length === 0 || words.length > 12) return null
  const label = LABELS.find(
    (l) => n === l.text || n.startsWith(`${l.text} `) || labelHead(l.text).test(lowered),
  )
  const span = { start: p.start + lead, end: p.start + lead + text.length }
  // "Launch partner", "Official partner", "Partner pick" over a box: the brand presented as
  // a partner, which does not say it paid (vague).
  // "Official partner: X" names the brand after a colon or a dash.
  const head = /^([^:—–]+?)\s*[:—–]\s*(.+)$/.exec(text)
  const headWords = head
    ? norm(head[1] ?? '')
        .split(' ')
        .filter(Boolean)
    : []
  if (
    !label &&
    (partnerLabel(words) ||
      (head && partnerLabel(headWords) && words.length - headWords.length <= 5)) &&
    // A heading is a section's title ("## Launch partner"), not a label over a box.
    p.role !== 'heading' &&
    p.role !== 'headline' &&
    overBox(ctx, p)
  ) {
    const named = head
      ? ctx.doc.mentions.find(
          (m) => m.start >= span.end - (head[2] ?? '').length && m.end <= span.end && !m.title,
        )
      : undefined
    return statement(
      span,
      p,
      {
        kind: 'sponsored',
        wording: 'ambiguous',
        note: NOTES.partnerLabel,
        brandNames: names(named?.name ?? null),
        people: [],
      },
      'label',
      null,
    )
  }
  // "A word from our partner" over a sponsor's slot: vague, as any "partner" label.
  if (!label && PARTNER_SLOT.test(n))
    return statement(
      span,
      p,
      {
        kind: 'sponsored',
        wording: 'ambiguous',
        note: NOTES.partnerLabel,
        brandNames: [],
        people: [],
      },
      'label',
      null,
    )
  if (!label) {
    // A known brand's name alone over the piece.
    const alone = knownBrands.find((b) => norm(b) === n)
    if (alone)
      return statement(
        span,
        p,
        {
          kind: 'sponsored',
          wording: 'ambiguous',
          note: NOTES.brandAlone,
          brandNames: [alone],
          people: [],
        },
        'label',
        null,
      )
    return null
  }
  // A label line is short and is the label: "Sponsored by X", not a sentence that starts so.
  if (n !== label.text && /[.!?]\s*$/.test(text) && words.length > 6) return null
  // The brand is a name after the label's own words ("ADVERTISEMENT FEATURE" is no brand).
  const labelWords = new Set(label.text.split(' '))
  const brandMention = ctx.doc.mentions.find(
    (m) =>
      m.start >= span.start &&
      m.end <= span.end &&
      !m.title &&
      !m.name
        .toLowerCase()
        .split(/\s+/)
        .every((w) => labelWords.has(w) || ['feature', 'content', 'post'].includes(w)),
  )
  const brand = brandMention?.name ?? null
  // A funder credit ("Presented by X", "In association with X") is a plain sponsorship label,
  // for a seller as for a foundation (the corpus lists credits under sponsored, and names only
  // "partner", "#sp", "collab", "thanks" and "Promoted" as vague).
  let clear = label.clear || FUNDER_CREDITS.has(label.text)
  let note: string | undefined
  if (!clear) {
    note = label.text.startsWith('promot')
      ? NOTES.promoted
      : label.text.includes('partner')
        ? NOTES.partnerLabel
        : NOTES.funderCredit
    if (brand && isNonCommercial(brand)) clear = true
  }
  return statement(
    span,
    p,
    {
      kind: 'sponsored',
      wording: clear ? 'clear' : 'ambiguous',
      ...(clear ? {} : { note }),
      brandNames: names(brand),
      people: [],
    },
    'label',
    null,
  )
}

/** Tie words a creator's tag may end in after a brand's name. */
const TAG_TIES = ['partner', 'ambassador', 'sponsored', 'collab', 'gifted', 'ad', 'spon']

/** A tag made of a brand key the piece knows and a tie word: "#torvikpartner" → #partner. */
function brandTag(ctx: SlotContext, tag: string): { tag: string; brand: string } | null {
  if (CLEAR_TAGS.has(tag) || VAGUE_TAGS.has(tag) || GIFT_TAGS.has(tag)) return null
  for (const tie of TAG_TIES) {
    if (!tag.endsWith(tie)) continue
    const brand = tag.slice(1, -tie.length)
    if (brand.length >= 3 && (ctx.brandKeys.has(brand) || namedInText(ctx, brand)))
      return { tag: `#${tie}`, brand }
  }
  return null
}

/**
 * Whether the text names something by `key` that is no person and no place: "Brightleaf" in
 * "two Brightleaf gummies" for "#brightleafpartner" (a brand the piece never prices or ties).
 */
function namedInText(ctx: SlotContext, key: string): boolean {
  return ctx.doc.entities.some(
    (e) =>
      e.kind !== 'person' &&
      e.kind !== 'place' &&
      e.name.toLowerCase().split(/\s+/)[0] === key &&
      e.mentions.length > 0,
  )
}

/** Tag words set in brackets after a name: "Our friends at X (spon) are offering …". */
const BRACKET_TAGS = new Set([
  'ad',
  'advert',
  'sp',
  'spon',
  'sponsored',
  'paid',
  'gifted',
  'aff',
  'affiliate',
])

/**
 * The name a bracketed tag follows: right before it (word `k`), or before a product noun ("X app
 * (ad)"). Not a person's: "Marta Kovach (sp)" marks a spelling to check. (A place's may be a
 * business's read as a place: "our friends at X Cover (spon)".)
 */
function taggedName(ctx: SlotContext, c: Clause, k: number): string | undefined {
  const name =
    c.words[k]?.mention?.name ??
    (c.words[k]?.pos === 'NOUN' ? c.words[k - 1]?.mention?.name : undefined)
  if (!name) return undefined
  const kind = ctx.doc.entities.find((e) => e.name === name)?.kind
  return kind === 'person' ? undefined : name
}

export function hashtags(ctx: SlotContext, c: Clause): Statement[] {
  const out: Statement[] = []
  c.words.forEach((w, i) => {
    // "X (spon)", "X app (ad)": a tag word alone in brackets right after a name (or a name and
    // its product noun) reads as that tag, about the name.
    if (
      BRACKET_TAGS.has(w.lower) &&
      // "(AD)" in capitals is a year's era, not an advert.
      w.text !== 'AD' &&
      c.words[i - 1]?.text === '(' &&
      c.words[i + 1]?.text === ')' &&
      taggedName(ctx, c, i - 2)
    ) {
      const tag = `#${w.lower}`
      const kind: DisclosureKind = GIFT_TAGS.has(tag)
        ? 'gifted-product'
        : AFFILIATE_TAGS.has(tag)
          ? 'affiliate'
          : 'sponsored'
      const clear = CLEAR_TAGS.has(tag) || tag === '#gifted' || tag === '#affiliate'
      const name = taggedName(ctx, c, i - 2) ?? ''
      out.push(
        statement(
          { start: c.words[i - 1]?.start ?? w.start, end: c.words[i + 1]?.end ?? w.end },
          c.paragraph,
          {
            kind,
            wording: clear ? 'clear' : 'ambiguous',
            ...(clear
              ? {}
              : {
                  note: `“(${w.text})” does not tell readers plainly that the mention is paid for`,
                }),
            brandNames: name && !isNonCommercial(name) ? [name] : [],
            people: [],
          },
          'label',
          quoteAt(ctx, w.start)?.speaker ?? null,
          !!quoteAt(ctx, w.start),
        ),
      )
    }
  })
  for (const w of c.words) {
    if (!w.text.startsWith('#') || w.text.length < 3) continue
    // "#torvikpartner", "#lumioambassador": a brand of the piece and a tie word in one tag
    // reads as that tie's own tag, about that brand.
    const joined = brandTag(ctx, w.lower)
    const tag = joined?.tag ?? w.lower
    const kind: DisclosureKind | null =
      CLEAR_TAGS.has(tag) || VAGUE_TAGS.has(tag)
        ? tag === '#ambassador' || tag === '#brandambassador'
          ? 'material-connection'
          : 'sponsored'
        : GIFT_TAGS.has(tag)
          ? 'gifted-product'
          : AFFILIATE_TAGS.has(tag)
            ? 'affiliate'
            : null
    if (!kind) continue
    const clear =
      CLEAR_TAGS.has(tag) ||
      tag === '#gifted' ||
      tag === '#affiliate' ||
      tag === '#affiliatelink' ||
      tag === '#commissionearned'
    out.push(
      statement(
        { start: w.start, end: w.end },
        c.paragraph,
        {
          kind,
          wording: clear ? 'clear' : 'ambiguous',
          ...(clear
            ? {}
            : {
                note: `“${w.text}” does not tell readers plainly that the post is paid for or the product was given`,
              }),
          brandNames: joined ? [joined.brand] : [],
          people: [],
        },
        'hashtag',
        quoteAt(ctx, w.start)?.speaker ?? null,
        !!quoteAt(ctx, w.start),
      ),
    )
  }
  return out
}
