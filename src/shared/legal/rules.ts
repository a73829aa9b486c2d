import {
  collectBrands,
  detectDisclosures,
  detectEndorsements,
  detectQuotes,
  findPerson,
  fundingStatements,
} from './detect'
import { credentialMismatches } from './credentials'
import type {
  ConnectionKind,
  DisclosureCheckInput,
  DisclosureReport,
  DisclosureSpan,
  Endorsement,
  Finding,
  PersonRef,
  RuleId,
  Severity,
  TextRange,
} from './domain'
import {
  nameRegExp,
  normalise,
  paragraphAt,
  paragraphs,
  sentenceAt,
  shortHash,
  surname,
  type Paragraph,
} from './text'

/** Severity of each rule, for the panel's legend and `galley check`. */
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
    severity: 'warning',
    title: 'Affiliate disclosure only after the first link or pick',
  },
  'ambiguous-wording': { severity: 'warning', title: 'Ambiguous disclosure wording' },
  'disclosure-buried': {
    severity: 'warning',
    title: 'Disclosure buried among hashtags or links, or only at the end',
  },
  'paid-research-undisclosed': {
    severity: 'error',
    title: 'Research paid for by an advertiser, not disclosed where cited',
  },
  'expert-credentials-mismatch': {
    severity: 'warning',
    title: 'Presented expert whose credentials do not match the subject',
  },
  'relation-undisclosed': {
    severity: 'error',
    title: 'Sponsor or gifted product on the draft with no disclosure in the text',
  },
}

const CONNECTION_LABEL: Readonly<Record<ConnectionKind, string>> = {
  ambassador: 'ambassador',
  'paid-consultant': 'paid consultant',
  affiliate: 'affiliate',
  investor: 'investor',
  'gifted-product': 'received free product',
  'family-or-business-tie': 'family or business tie',
}

interface Context {
  readonly body: string
  readonly paras: readonly Paragraph[]
  readonly disclosures: readonly DisclosureSpan[]
  readonly endorsements: readonly Endorsement[]
  readonly people: readonly PersonRef[]
  readonly input: DisclosureCheckInput
  readonly brandNames: readonly string[]
}

type Draft = Omit<Finding, 'id' | 'severity'> & { key: string; severity?: Severity }

const paraOf = (ctx: Context, pos: number) => paragraphAt(ctx.paras, pos)

const quoteText = (s: string, max = 60) => {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

/** Paragraph indices from which a disclosure counts as close to paragraph `i`. */
function closeTo(ctx: Context, i: number, j: number): boolean {
  if (Math.abs(i - j) <= 1) return true
  // In a Q&A: anywhere in its section before the answer, or just before the section heading.
  let section = i
  while (section > 0 && !ctx.paras[section]?.heading) section--
  let isQa = false
  for (let k = section; k < ctx.paras.length; k++) {
    const p = ctx.paras[k]
    if (!p || (k > section && p.heading)) break
    if (p.qa) isQa = true
  }
  return isQa && j >= section - 1 && j < i
}

function covers(
  d: DisclosureSpan,
  person: PersonRef,
  brand: string,
  kind: ConnectionKind,
): boolean {
  const namesPerson = nameRegExp(surname(person.name)).test(d.text)
  const namesBrand = d.brands.some((b) => b.toLowerCase() === brand.toLowerCase())
  switch (d.kind) {
    case 'material-connection':
      return namesPerson || namesBrand
    case 'gifted-product':
      return kind === 'gifted-product' && (namesPerson || namesBrand)
    case 'sponsored':
    case 'affiliate':
      return namesPerson && namesBrand
    case 'other':
      return false
  }
}

/** (a) A connected person endorses the brand with no disclosure of the connection nearby. */
function materialConnection(ctx: Context): Draft[] {
  const out: Draft[] = []
  for (const e of ctx.endorsements) {
    if (e.kind !== 'connected-quote' || !e.brand) continue
    const person = findPerson(e.person ?? null, ctx.people)
    const connection = person?.connections.find(
      (c) => c.brand.toLowerCase() === e.brand?.toLowerCase(),
    )
    if (!person || !connection) continue
    const i = paraOf(ctx, e.start)
    const covering = ctx.disclosures.filter((d) =>
      covers(d, person, connection.brand, connection.kind),
    )
    if (covering.some((d) => closeTo(ctx, i, paraOf(ctx, d.start)))) continue
    const nearest = [...covering].sort(
      (a, b) => Math.abs(paraOf(ctx, a.start) - i) - Math.abs(paraOf(ctx, b.start) - i),
    )[0]
    const where = nearest
      ? `the disclosure is ${Math.abs(paraOf(ctx, nearest.start) - i)} paragraphs away`
      : 'the text never discloses it'
    out.push({
      rule: 'material-connection-undisclosed',
      key: `${person.name}|${connection.brand}|${normalise(e.text).slice(0, 80)}`,
      message: `${person.name} (${CONNECTION_LABEL[connection.kind]}, ${connection.brand}) endorses ${connection.brand} here with no disclosure of that connection in this or an adjacent paragraph; ${where}.`,
      start: e.start,
      end: e.end,
      ...(covering.length ? { related: covering.map(({ start, end }) => ({ start, end })) } : {}),
    })
  }
  return out
}

/** (b) Affiliate content must be disclosed before the first product link or pick. */
function affiliate(ctx: Context): Draft[] {
  const notices = ctx.disclosures.filter((d) => d.kind === 'affiliate')
  const links = ctx.endorsements.filter((e) => e.kind === 'product-link')
  const picks = ctx.endorsements.filter((e) => e.kind === 'recommendation')
  const signals =
    links.some((l) => l.affiliate) ||
    (ctx.input.relations ?? []).some((r) => r.kind === 'affiliate') ||
    notices.length > 0
  const targets = [...links, ...picks].sort((a, b) => a.start - b.start)
  const first = targets[0]
  if (!signals || !first) return []
  const what = `${links.length} product link${links.length === 1 ? '' : 's'} and ${picks.length} recommendation${picks.length === 1 ? '' : 's'}`
  const firstNotice = notices[0]
  if (!firstNotice) {
    return [
      {
        rule: 'affiliate-disclosure-missing',
        key: 'affiliate',
        message: `This piece has ${what} on affiliate terms but no affiliate disclosure (such as “We may earn a commission when you buy through links on this page”) before the first of them.`,
        start: first.start,
        end: first.end,
        related: targets.slice(1, 20).map(({ start, end }) => ({ start, end })),
      },
    ]
  }
  if (firstNotice.start <= first.start) return []
  return [
    {
      rule: 'affiliate-disclosure-late',
      key: 'affiliate',
      message: `The affiliate disclosure comes only after the first product link or recommendation (${paraOf(ctx, firstNotice.start) - paraOf(ctx, first.start)} paragraphs later); readers must see it before the first one.`,
      start: first.start,
      end: first.end,
      related: [{ start: firstNotice.start, end: firstNotice.end }],
    },
  ]
}

/** (c) Wording that readers may not understand as a disclosure. */
function ambiguous(ctx: Context): Draft[] {
  return ctx.disclosures
    .filter((d) => d.wording === 'ambiguous')
    .map((d) => ({
      rule: 'ambiguous-wording' as const,
      key: `${d.kind}|${normalise(d.text)}`,
      message: `Ambiguous disclosure: ${d.note ?? 'the wording does not say what the connection is'}; say plainly “Ad”, “Sponsored”, “Paid partnership with …” or what was given or paid.`,
      start: d.start,
      end: d.end,
    }))
}

function endingZone(paras: readonly Paragraph[]): number {
  const n = paras.length
  for (let k = n - 1; k >= Math.floor(n * 0.75); k--) if (paras[k]?.rule) return k + 1
  return n - 1
}

/** (d) Disclosure among hashtags or links, or only at the very end. */
function buried(ctx: Context, implicated: readonly TextRange[]): Draft[] {
  const out: Draft[] = []
  const zone = endingZone(ctx.paras)
  const seen = new Set<string>()
  for (const d of ctx.disclosures) {
    const rangeKey = `${d.start}:${d.end}`
    if (seen.has(rangeKey)) continue
    seen.add(rangeKey)
    const j = paraOf(ctx, d.start)
    const para = ctx.paras[j]
    if (!para) continue
    const reasons: string[] = []
    const tags = [...para.text.matchAll(/#[\p{L}\p{N}_]+/gu)].filter((m) => {
      const at = para.start + (m.index ?? 0)
      return (at < d.start || at >= d.end) && Math.abs(at - d.start) < 60
    })
    if (tags.length >= 2) reasons.push(`buried among ${tags.length} hashtags`)
    const linkStarts = [...para.text.matchAll(/\[[^\]\n]+\]\([^)\s]+\)|https?:\/\/\S+/g)].map(
      (m) => para.start + (m.index ?? 0),
    )
    const firstLink = linkStarts[0]
    if (linkStarts.length >= 2 && firstLink !== undefined && d.start > firstLink) {
      reasons.push(`placed after ${linkStarts.length} links in the same paragraph`)
    }
    const alreadyFlagged = implicated.some((r) => r.start === d.start && r.end === d.end)
    if (
      ctx.paras.length >= 3 &&
      j >= zone &&
      !alreadyFlagged &&
      !ctx.disclosures.some(
        (o) => o.kind === d.kind && paraOf(ctx, o.start) < zone && o.wording === 'clear',
      ) &&
      ctx.endorsements.some((e) => paraOf(ctx, e.start) < zone)
    ) {
      reasons.push('only at the end of the piece, after the endorsements it covers')
    }
    if (!reasons.length) continue
    out.push({
      rule: 'disclosure-buried',
      key: `${d.kind}|${normalise(d.text)}`,
      message: `Disclosure “${quoteText(d.text, 50)}” is ${reasons.join(' and ')}; put it where readers see it before the endorsement.`,
      start: d.start,
      end: d.end,
    })
  }
  return out
}

/** (e) Research paid for by a brand on the draft, cited before or far from any funding statement. */
function paidResearch(ctx: Context): Draft[] {
  const statements = fundingStatements(ctx.body, ctx.brandNames)
  const items = new Map<string, { name: string; funder: string }>()
  for (const s of statements) {
    for (const k of s.keys)
      items.set(`${k}|${s.funder}`.toLowerCase(), { name: k, funder: s.funder })
  }
  for (const r of ctx.input.fundedResearch ?? []) {
    items.set(`${r.name}|${r.funder}`.toLowerCase(), r)
  }
  const out: Draft[] = []
  for (const { name, funder } of items.values()) {
    const re = nameRegExp(name)
    const cited = ctx.paras.filter((p) => !p.heading && nameRegExp(name).test(p.text))
    const first = cited[0]
    if (!first) continue
    const funding = statements
      .filter((s) => s.funder.toLowerCase() === funder.toLowerCase())
      .filter(
        (s) => s.keys.length === 0 || s.keys.some((k) => k.toLowerCase() === name.toLowerCase()),
      )
      .filter(
        (s) =>
          s.keys.length > 0 || nameRegExp(name).test(ctx.paras[paraOf(ctx, s.start)]?.text ?? ''),
      )
    if (funding.some((s) => paraOf(ctx, s.start) <= first.index + 1)) continue
    const m = re.exec(first.text)
    const at = first.start + (m?.index ?? 0)
    const r = sentenceAt(ctx.body, first, at)
    const later = funding[0]
    out.push({
      rule: 'paid-research-undisclosed',
      key: `${name}|${funder}`.toLowerCase(),
      message: later
        ? `The ${name} research is cited here, but that ${funder} paid for it is said only ${paraOf(ctx, later.start) - first.index} paragraphs later; disclose the funding where the research is first cited.`
        : `The ${name} research was paid for by ${funder}, a brand on this draft, but the text does not say so; disclose the funding where the research is cited, even if it was run independently.`,
      start: r.start,
      end: r.end,
      ...(later ? { related: [{ start: later.start, end: later.end }] } : {}),
    })
  }
  return out
}

/** (g) A sponsor or a gifted product on the draft's list that the text never discloses. */
function relations(ctx: Context): Draft[] {
  const out: Draft[] = []
  const done = new Set<string>()
  for (const r of ctx.input.relations ?? []) {
    if (r.kind !== 'sponsor' && r.kind !== 'gifted') continue
    const key = `${r.brand}|${r.kind}`.toLowerCase()
    if (done.has(key)) continue
    done.add(key)
    const wanted = r.kind === 'sponsor' ? 'sponsored' : 'gifted-product'
    const disclosed = ctx.disclosures.some(
      (d) =>
        (d.kind === wanted && (d.brands.length === 0 || d.brands.includes(r.brand))) ||
        d.brands.some((b) => b.toLowerCase() === r.brand.toLowerCase()),
    )
    if (disclosed) continue
    const mention = ctx.endorsements.find((e) => e.brand?.toLowerCase() === r.brand.toLowerCase())
    const at = mention ?? ctx.paras[0] ?? { start: 0, end: 0 }
    out.push({
      rule: 'relation-undisclosed',
      key,
      message:
        r.kind === 'sponsor'
          ? `${r.brand} is listed as a sponsor of this draft, but the text has no sponsorship disclosure (“Sponsored by ${r.brand}”, “Paid partnership with ${r.brand}”).`
          : `${r.brand} gave a product (listed on this draft), but the text does not say so (“${r.brand} sent us this product free”).`,
      start: at.start,
      end: at.end,
    })
  }
  return out
}

/** Runs every detector and rule over a revision body. */
export function analyseDisclosures(input: DisclosureCheckInput): DisclosureReport {
  const { body } = input
  const people = input.people ?? []
  const paras = paragraphs(body)
  const brands = collectBrands(body, input.relations ?? [], people)
  const brandNames = brands.map((b) => b.name)
  const disclosures = detectDisclosures(body, brandNames)
  const quotes = input.quotes ?? detectQuotes(body, people)
  const endorsements = detectEndorsements(body, brands, quotes, people)
  const ctx: Context = { body, paras, disclosures, endorsements, people, input, brandNames }

  const first = [...materialConnection(ctx), ...affiliate(ctx)]
  const implicated = first.flatMap((f) => f.related ?? [])
  const drafts: Draft[] = [
    ...first,
    ...ambiguous(ctx),
    ...buried(ctx, implicated),
    ...paidResearch(ctx),
    ...credentialMismatches(body, quotes, people, input.subject).map((m) => ({
      rule: 'expert-credentials-mismatch' as const,
      ...m,
    })),
    ...relations(ctx),
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
    .sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule))
  return { disclosures, brands, endorsements, quotes, findings }
}

/** The findings of every disclosure rule, in text order. Galley flags and explains; legal decides. */
export function checkDisclosures(input: DisclosureCheckInput): Finding[] {
  return [...analyseDisclosures(input).findings]
}
