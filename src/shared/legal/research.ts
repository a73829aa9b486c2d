import type { TextRange } from './domain'
import { paragraphAt } from '../text'
import { ownerOf } from '../language/reference'
import {
  CONTENT_NOUNS,
  FUND_VERBS,
  NEGATION,
  NONCOMMERCIAL_WORDS,
  OWN_DATA,
  RESEARCH_FAMILY,
  RESEARCH_NOUNS,
} from './lexicon'
import { brandAfter, brandOfWord, isNonCommercial, isPublicBody, type SlotContext } from './slots'
import { clausesOf, lowersOf, spanOf, type Clause, type Segment, type Word } from './words'
import { gate, HYPHENATED, wakes } from './frame'

/**
 * Research and who paid for it: statements that a brand funded, commissioned or ran a study,
 * survey or test ("funded by X", "on behalf of X", "its own trial", "based on X customer data"),
 * and passages that call research independent. Matching the two finds advertiser-funded
 * research presented as independent.
 */
export interface ResearchRef {
  /** The brand that paid for it or whose own research it is. */
  readonly funder: string
  /** study, survey, test or data: which mentions can name the same research. */
  readonly family: string
  /** Numbers the sentence gives (sample sizes, durations), to tell one study from another. */
  readonly numbers: readonly number[]
  /** Names of the research: acronyms like "GLOW-8". */
  readonly keys: readonly string[]
}

/** Verbs that also mean agreeing with a claim, and what agrees when they do. */
const BACKING = new Set(['backed', 'backs', 'supported', 'supports'])
const FINDING_NOUNS = new Set(['results', 'findings', 'data', 'evidence', 'figures', 'numbers'])

/** What research gives as evidence: "independent confirmation", "independent proof". */
const EVIDENCE_NOUNS = new Set([
  'confirmation',
  'evidence',
  'proof',
  'validation',
  'verification',
  'corroboration',
])

/**
 * Words before "independent evidence" in its clause that say there is none yet, or that it is
 * wanted: "there is no independent evidence", "until there is independent proof", "regulators
 * asked for independent verification". Such a clause doubts the research; it does not present it
 * as independent.
 */
const DOUBT_WORDS = new Set([
  'no',
  'not',
  "n't",
  'never',
  'without',
  'lack',
  'lacks',
  'lacking',
  'until',
  'unless',
  'if',
  'whether',
  'before',
])
/** Verbs of wanting what is not there yet; "call" only as "call for". */
const WANT_WORDS = new Set([
  'ask',
  'asks',
  'asked',
  'asking',
  'need',
  'needs',
  'needed',
  'await',
  'awaits',
  'awaited',
  'awaiting',
  'want',
  'wants',
  'wanted',
  'demand',
  'demands',
  'demanded',
  'require',
  'requires',
  'required',
  'seek',
  'seeks',
  'sought',
  'urge',
  'urges',
  'urged',
])
const CALL_WORDS = new Set(['call', 'calls', 'called', 'calling'])

/** Whether the words before `at` doubt or only want what follows (see DOUBT_WORDS). */
function doubted(low: readonly string[], at: number): boolean {
  for (let k = 0; k < at; k++) {
    const w = low[k] ?? ''
    if (DOUBT_WORDS.has(w) || WANT_WORDS.has(w)) return true
    if (CALL_WORDS.has(w) && low[k + 1] === 'for') return true
  }
  return false
}

/** A passage that presents research as independent. */
export interface IndependentClaim extends TextRange {
  readonly family: string
  readonly numbers: readonly number[]
  readonly keys: readonly string[]
  /** Who the claim says ran the research: a name, or words such as "university". */
  readonly runners: readonly string[]
  readonly paragraph: number
}

const POSSESSIVE = new Set(["'s", '’s', '’', "'"])
const DESCRIPTIONS = new Set(['company', 'brand', 'firm', 'maker', 'manufacturer', 'business'])
const MODIFIERS = new Set([
  'in',
  'part',
  'partly',
  'jointly',
  'wholly',
  'entirely',
  'fully',
  'and',
  'online',
  'largely',
])
const CONDUCTORS = new Set(['conducted', 'run', 'carried'])
/** Funders named in general words in a compound ("Industry-funded"): no brand. */
const GENERIC_FUNDERS = new Set(
  'industry government state taxpayer publicly privately self crowd reader member donor community charity grant council federally federal public'.split(
    ' ',
  ),
)
/** What a funder gives: "funding from X", "with support from X", "a grant from X". */
const SUPPORT_NOUNS = new Set([
  'funding',
  'money',
  'grant',
  'grants',
  'support',
  'donation',
  'donations',
  'backing',
  'sponsorship',
])
/** Who or what research funding goes to when no research noun is said: "the researchers". */
const RESEARCH_AGENTS = new Set([
  'researchers',
  'scientists',
  'authors',
  'investigators',
  'team',
  'project',
  'projects',
  'programme',
  'program',
  'work',
  'lab',
  'laboratory',
  'conference',
  'symposium',
  'event',
  'workshop',
  'fellowship',
  'pilot',
  'scheme',
  'initiative',
])
/** Lower-case nouns for public and independent funders: "the regional government". */
const PUBLIC_FUNDERS = new Set([
  ...NONCOMMERCIAL_WORDS,
  'taxpayers',
  'state',
  'eu',
  'nhs',
  'lottery',
  'council',
  'councils',
  'universities',
  'charities',
  'foundations',
  'governments',
  'service',
])

/** A public body named by its description after a funding verb ("a national research council"). */
function publicBodyAfter(c: Clause, k: number): string | null {
  for (let j = k; j < Math.min(c.words.length, k + 5); j++) {
    const w = c.words[j]
    if (!w || w.pos === 'VERB' || w.pos === 'PUNCT') return null
    if (w.mention) return null
    if (PUBLIC_FUNDERS.has(w.lower) && (w.pos === 'NOUN' || w.pos === 'PROPN'))
      return c.words
        .slice(k, j + 1)
        .map((x) => x.text)
        .join(' ')
  }
  return null
}
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/** A research noun, not part of a name ("Northgate Research" is who ran it). */
const isResearch = (w: Word | undefined) =>
  !!w &&
  RESEARCH_NOUNS.has(w.lower) &&
  (w.pos === 'NOUN' || w.pos === 'PROPN') &&
  !(w.mention && w.mention.name.includes(' '))

/** Numbers in a run of words ("2,012", "112", "90-day"). */
function numbersIn(words: readonly Word[]): number[] {
  const out: number[] = []
  for (const w of words) {
    const m = /^(\d[\d,]*(?:\.\d+)?)/.exec(w.text)
    if (!m) continue
    const n = Number((m[1] ?? '').replace(/,/g, ''))
    if (Number.isFinite(n)) out.push(n)
  }
  return out
}

/** Names a study goes by: acronyms with a number ("GLOW-8", "VELLA-12"). */
function keysIn(words: readonly Word[]): string[] {
  return words
    .map((w) => w.text)
    .filter((t) => /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/.test(t) || /^[A-Z]{3,}\d*$/.test(t))
}

/** The research noun nearest to word i in the clause (the segment first, then the sentence). */
function researchNoun(c: Clause, seg: Segment, i: number): Word | undefined {
  const inSeg = c.words.slice(seg.from, seg.to).filter(isResearch)
  // Not from a relative clause about a named person ("Lomax, who was not involved in the study,
  // has been paid by X as an adviser"): that research is the person's, not what the money paid
  // for.
  const aside = (k: number) =>
    c.segments.some(
      (g) =>
        g !== seg &&
        g.type === 'relative' &&
        ['who', 'whom', 'whose'].includes(c.words[g.from]?.lower ?? '') &&
        // (A named person's: "The researchers, who ran the trial, were paid by X" is the
        // research paid for.)
        !!c.words[g.anchor]?.mention &&
        g.from <= k &&
        k < g.to,
    )
  // Unless the money is said to be for that work: "… was paid by X to run it".
  const forWork = c.words
    .slice(seg.from, seg.to)
    .some((w, k, ws) => (w.lower === 'to' && ws[k + 1]?.pos === 'VERB') || w.lower === 'it')
  let pool = inSeg.length
    ? inSeg
    : c.words.filter((w, k) => isResearch(w) && (forWork || !aside(k)))
  if (!pool.length) pool = c.words.filter((w) => RESEARCH_AGENTS.has(w.lower) && w.pos === 'NOUN')
  const at = c.words[i]?.start ?? 0
  return [...pool].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]
}

/** Every word a branch of funderIn keys on (see gate). */
const FUNDING_GATE = gate(
  FUND_VERBS,
  CONDUCTORS,
  SUPPORT_NOUNS,
  [HYPHENATED],
  [
    ...['covered', 'covers', 'met', 'meets', 'bore', 'paid', 'pays', 'footed'],
    ...['behalf', 'own', 'based', 'contract'],
  ],
)

/** The funder a segment names for research, if it names one. */
/**
 * "a grant from Japan's Ministry of Health", "from Norway's Research Council": a place's own
 * public or non-commercial body, named after the place's possessive, is the funder, not the
 * place read as a brand ("Norvane's foundation" stays Norvane's: a company is no place).
 */
function placesBody(ctx: SlotContext, c: Clause, k: number, f: string): string | null {
  const ws = c.words
  const j = ws.findIndex((w, n) => n >= k && n < k + 6 && w.mention?.name === f)
  const m = ws[j]?.mention
  const kind = m ? ownerOf(ctx.doc, m)?.kind : undefined
  if (!m || (kind !== 'place' && kind !== 'unknown')) return null
  let e = j
  while (ws[e + 1]?.mention === m) e++
  if (!['’s', "'s"].includes(ws[e + 1]?.lower ?? '')) return null
  const body: string[] = []
  for (let n = e + 2; n < Math.min(ws.length, e + 10); n++) {
    const w = ws[n] as Word
    if ([',', '.', ';', ')', '—', '–'].includes(w.text) || w.pos === 'VERB') break
    body.push(w.text)
  }
  const name = `${f}'s ${body.join(' ')}`
  const said = body.join(' ')
  if (body.length === 0) return null
  if (kind === 'place') return isPublicBody(said) || isNonCommercial(said) ? name : null
  // A name the language layer could not type ("Singapore's Health Promotion Board") owns a body
  // of the state's only when the body's own words say so: a ministry, a government, a parliament,
  // a commission, a council or a board for a public cause, none of them advisory. A company's
  // "charitable foundation", "research department" or "advisory council" stays the company's.
  const low = said.toLowerCase().split(/\s+/)
  return isPublicBody(said) &&
    !low.includes('advisory') &&
    low.some((w) => STATE_BODIES.has(w) || (w === 'board' && BOARD_CAUSE.test(said)))
    ? name
    : null
}

/** Bodies only a state has: what a possessive of an untyped name can own as a public funder. */
const STATE_BODIES = new Set(['ministry', 'government', 'parliament', 'commission', 'council'])
/** A board's public cause (see isPublicBody): "Health Promotion Board", "Medical Research Board". */
const BOARD_CAUSE = /\b(?:health|medical|research|science|education|standards|safety)\b/i

/**
 * Sellers named by their role, in lower case, when no name of theirs resolves: "commissioned by
 * the manufacturer", "paid for by the heater's maker", "the supplier funded the trial". What
 * they pay for is an interested party's research, not a public body's described in lower case.
 */
const SELLER_ROLES = new Set(
  'manufacturer manufacturers maker makers producer producers supplier suppliers seller sellers retailer retailers distributor distributors brand company firm advertiser'.split(
    ' ',
  ),
)
/** A seller's role as a funder's description: "the manufacturer", "its maker". */
const ROLE_FUNDER = new RegExp(
  `^(?:the|its|their)\\s(?:.*\\s)?(?:${[...SELLER_ROLES].join('|')})$`,
  'i',
)

/**
 * The seller's role word at k, ending a noun phrase that starts with a determiner or "its":
 * "the manufacturer", "the heater's maker" (the phrase from its determiner). Not a word that
 * names another thing ("the brand's logo" ends on "logo").
 */
function roleAt(c: Clause, k: number): string | null {
  const w = c.words[k]
  if (!w || !SELLER_ROLES.has(w.lower) || w.mention || w.pos !== 'NOUN') return null
  if (c.words[k + 1] && ['’s', "'s", '’', "'"].includes(c.words[k + 1]!.lower)) return null
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const x = c.words[j]!
    // Only a definite seller: "a company that sells the kind of meal" describes, it names none.
    if (['the', 'its', 'their'].includes(x.lower))
      return [x.lower, ...c.words.slice(j + 1, k + 1).map((y) => y.text)]
        .join(' ')
        .replace(/\s+(?=['’]s?\b)/g, '')
    if (x.mention || (!/^(?:NOUN|ADJ|PART)$/.test(x.pos) && !['’s', "'s"].includes(x.lower)))
      return null
  }
  return null
}

/** Words before a participle used as an adjective: "a paid adviser", "her sponsored post". */
const ATTRIBUTIVE_DETS = new Set([
  'a',
  'an',
  'the',
  'her',
  'his',
  'their',
  'its',
  'my',
  'our',
  'your',
])

/** People who are not the company they are "of": its customers, its critics, its rivals. */
const OUTSIDERS = new Set(
  'customers customer clients users critics rivals competitors opponents patients readers fans neighbours neighbors residents campaigners victims'.split(
    ' ',
  ),
)

/**
 * Whether the funder a "by" or "from" at k names is people outside a company, "of" it: "funded by
 * customers of X", "paid for by a group of critics of the manufacturer". They pay; X does not.
 */
function outsidersOf(c: Clause, k: number): boolean {
  for (let j = k; j < Math.min(c.words.length, k + 5); j++) {
    const w = c.words[j]!
    if (w.mention || w.pos === 'VERB' || w.pos === 'PUNCT') return false
    if (w.lower === 'of' && OUTSIDERS.has(c.words[j - 1]?.lower ?? '')) return true
  }
  return false
}

/** The seller's role that a funding verb's "by" or "from" names (see roleAt). */
function roleAfter(c: Clause, k: number): string | null {
  for (let j = k; j < Math.min(c.words.length, k + 5); j++) {
    const w = c.words[j]!
    if (w.mention || w.pos === 'VERB' || (w.pos === 'PUNCT' && !['’s', "'s"].includes(w.lower)))
      return null
    const role = roleAt(c, j)
    if (role) return role
  }
  return null
}

/** A body's scheme that pays for work: "the Horizon Europe programme of the European Union". */
const SCHEMES = new Set(['programme', 'program', 'scheme', 'initiative', 'fund', 'fellowship'])

/**
 * The public body whose programme a named funder is, said after it: "the X programme of the
 * European Union", "the X scheme run by the Department of Health". A company's programme ("the
 * X programme of Norvane Labs") stays the company's.
 */
function schemeOwner(ctx: SlotContext, c: Clause, k: number, f: string): string | null {
  const ws = c.words
  let j = ws.findIndex((w, n) => n >= k && n < k + 6 && w.mention?.name === f)
  if (j < 0) return null
  const m = ws[j]?.mention
  while (ws[j + 1]?.mention === m) j++
  // The scheme's word may close the name ("the Marrowvale Programme of …").
  const inName = SCHEMES.has(f.toLowerCase().split(/\s+/).at(-1) ?? '')
  if (!inName && !SCHEMES.has(ws[j + 1]?.lower ?? '')) return null
  let at = inName ? j + 1 : j + 2
  if (ws[at]?.lower === 'run' || ws[at]?.lower === 'funded') at++
  if (!['of', 'by', 'from'].includes(ws[at]?.lower ?? '')) return null
  const owner = brandAfter(ctx, c, at + 1, 5) ?? publicBodyAfter(c, at + 1)
  return owner && (isPublicBody(owner) || isNonCommercial(owner)) ? owner : null
}

function funderIn(
  ctx: SlotContext,
  c: Clause,
  seg: Segment,
): { funder: string; at: number } | null {
  if (!wakes(c, FUNDING_GATE)) return null
  const ws = c.words
  // The clause's lower-case words, shared with every frame (not copied for each segment).
  const low = lowersOf(ws)
  // The funder after "by" or "from": a name, or a public body the text does not name ("the
  // regional government and a national research council").
  const funderAfter = (k: number) => {
    if (outsidersOf(c, k)) return null
    const f = brandAfter(ctx, c, k, 6) ?? publicBodyAfter(c, k)
    return f ? (placesBody(ctx, c, k, f) ?? schemeOwner(ctx, c, k, f) ?? f) : roleAfter(c, k)
  }
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    // "Lumio-funded", "Calder-commissioned".
    const compound = w.includes('-')
      ? /^(\p{Lu}[\p{L}\p{N}&]*)-(?:funded|commissioned|sponsored|backed|financed)$/u.exec(
          ws[i]?.text ?? '',
        )
      : null
    // "a company-funded trial", "a maker-backed study": the funder is a description the
    // piece's own brand answers to, before the research it paid for.
    const described = w.includes('-')
      ? /^(\p{L}+)-(?:funded|commissioned|sponsored|backed|financed|paid)$/u.exec(w)
      : null
    if (described?.[1] && DESCRIBED_FUNDERS.has(described[1])) {
      const brand = ctx.leadBrand ?? ctx.mainBrand ?? null
      // "Industry-funded trials tend to report larger effects": the general words over a class
      // of research (a plural) are a remark about research, not this study's funder.
      const general = GENERAL_COMPANY.has(described[1]) && pluralResearchAfter(ws, i)
      if (brand && !general && fundsResearchAfter(ws, i)) return { funder: brand, at: i }
      continue
    }
    // ("Industry-funded trials", "Publicly-funded": who, in general words, is no brand.)
    if (compound?.[1] && !GENERIC_FUNDERS.has(compound[1].toLowerCase()))
      return { funder: compound[1], at: i }
    // "part-funded by X", "jointly-financed by X": the compound is the verb.
    const fundVerb =
      FUND_VERBS.has(w) ||
      (w.includes('-') &&
        /^(?:part|partly|jointly|co|wholly|fully|partially)-(?:funded|financed|sponsored)$/.test(w))
    // "funded by X", "sponsored and funded by X" (not "conducted by": that names who ran it).
    if (fundVerb && !CONDUCTORS.has(w)) {
      // "commissioned and paid for by X", "funded in part by X".
      let k = i + 1
      while (
        k < seg.to &&
        (MODIFIERS.has(low[k] ?? '') ||
          FUND_VERBS.has(low[k] ?? '') ||
          (low[k] === 'for' && low[k - 1] === 'paid'))
      )
        k++
      if (w === 'paid' && low[k] === 'for') k++
      // "paid for and published by X": the second participle shares the payer.
      if (
        low[k - 2] === 'for' &&
        low[k - 1] === 'and' &&
        /ed$/.test(low[k] ?? '') &&
        low[k + 1] === 'by'
      )
        k++
      if (low[k] === 'by') {
        const f = funderAfter(k + 1)
        if (f) return { funder: f, at: i }
      }
    }
    // "The trial, which Norvane sponsored, …", "Norvane funded the survey", "Norvane provided
    // the devices and funded the trial" (the subject of a coordinated verb).
    if (
      FUND_VERBS.has(w) &&
      !CONDUCTORS.has(w) &&
      low[i + 1] !== 'by' &&
      !BE.has(low[i - 1] ?? '') &&
      // "is a paid adviser to X", "her paid partnership": a participle after a determiner
      // describes a noun; no one is its subject.
      !ATTRIBUTIVE_DETS.has(low[i - 1] ?? '') &&
      // "the results backed what customers said": findings support a claim, nobody pays.
      !(BACKING.has(w) && FINDING_NOUNS.has(low[i - 1] ?? '')) &&
      !fundNoun(ws, i) &&
      !fundingToCome(low, i, seg.to)
    ) {
      // Back through a relative clause or an aside to the subject: "X, which makes the
      // tablets, paid for the trial".
      const inner = (k: number) =>
        c.segments.some((g) => g.type !== 'main' && g.from !== seg.from && g.from <= k && k < g.to)
      for (let k = i - 1, n = 0; k >= 0 && n < 10; k--) {
        if (inner(k) || (k < seg.from && low[k] === ',')) continue
        if (
          k < seg.from &&
          (seg.type !== 'main' ||
            !c.segments.some((g) => g.type === 'main' && g.from <= k && k < g.to))
        )
          break
        n++
        // (Through an apposition: "X, the pump maker, bankrolled the study".)
        if (['by', 'which', 'that', 'who', 'from'].includes(low[k] ?? '') && n > 3) {
          // "the company that sells the drink designed and funded it": past the relative
          // clause to the noun it describes.
          if (low[k] === 'that' || low[k] === 'which') {
            const f = brandOfWord(ctx, c, k - 1, true)
            if (f) return { funder: f, at: i }
          }
          break
        }
        const f = brandOfWord(ctx, c, k, true) ?? roleAt(c, k)
        if (f) return { funder: f, at: i }
      }
      // "Kestrel, which designed and funded the study": the relative clause's antecedent.
      if (
        seg.type === 'relative' &&
        seg.anchor >= 0 &&
        ['which', 'that'].includes(low[seg.from] ?? '')
      ) {
        const f = brandOfWord(ctx, c, seg.anchor, true)
        if (f) return { funder: f, at: i }
      }
    }
    // "X covered the costs of the trial", "X picked up the bill for the study".
    if (
      ['covered', 'covers', 'met', 'meets', 'bore', 'paid', 'pays', 'footed'].includes(w) &&
      low.slice(i + 1, i + 4).some((x) => COST_NOUNS.has(x)) &&
      !BE.has(low[i - 1] ?? '')
    ) {
      for (let k = i - 1; k >= Math.max(seg.from, i - 8); k--) {
        const f = brandOfWord(ctx, c, k, true)
        if (f) return { funder: f, at: i }
      }
      // "X, whose kettle came top, footed the bill": the subject before the aside.
      for (let k = seg.from - 1; k >= Math.max(0, seg.from - 12); k--) {
        const g = c.segments.find((x) => x.from <= k && k < x.to)
        if (g && g.type === 'main' && g !== seg) {
          const f = brandOfWord(ctx, c, k, true)
          if (f) return { funder: f, at: i }
          if (c.words[k]?.text !== ',') break
        }
      }
    }
    // "ran the tests on a contract from X", "under contract to X": the client of the work.
    if (w === 'contract' && ['from', 'with', 'to', 'for'].includes(low[i + 1] ?? '')) {
      const f = brandAfter(ctx, c, i + 2, 5)
      if (f) return { funder: f, at: i }
    }
    // "on behalf of X", "conducted for X".
    if (w === 'behalf' && low[i - 1] === 'on' && low[i + 1] === 'of') {
      const f = brandAfter(ctx, c, i + 2, 6)
      if (f) return { funder: f, at: i }
    }
    if (CONDUCTORS.has(w) && low[i + 1] === 'for') {
      const f = brandAfter(ctx, c, i + 2, 6)
      if (f) return { funder: f, at: i }
    }
    // "The survey was run by Pollwise for X": who ran it, then whom it was for.
    if (CONDUCTORS.has(w) && low[i + 1] === 'by') {
      const k = low.indexOf('for', i + 2)
      if (k > 0 && k <= i + 6 && k < seg.to) {
        const f = brandAfter(ctx, c, k + 1, 5)
        if (f) return { funder: f, at: i }
      }
    }
    // "funding from X", "with support from X", "a grant from X".
    // "Funding for the study came from X".
    const from = SUPPORT_NOUNS.has(w) ? low.indexOf('from', i + 1) : -1
    if (from > i && from <= i + 7 && from < seg.to) {
      const f = funderAfter(from + 1)
      if (f) return { funder: f, at: i }
    }
    // "its own trial", "the company's own lab tests", "X's own survey".
    if (w === 'own' && ws.slice(i + 1, i + 4).some(isResearch)) {
      let owner: string | null = null
      if (low[i - 1] === 'its' || low[i - 1] === 'their') owner = brandOfWord(ctx, c, i - 1)
      else if (POSSESSIVE.has(low[i - 1] ?? '')) {
        const before = ws[i - 2]
        if (before?.mention) owner = brandOfWord(ctx, c, i - 2, true)
        else if (DESCRIPTIONS.has(low[i - 2] ?? '')) owner = brandOfWord(ctx, c, i - 2)
      } else if (ws[i - 1]?.mention?.possessive) owner = brandOfWord(ctx, c, i - 1, true)
      if (owner) return { funder: owner, at: i }
    }
    // "based on Calder customer data", "based on its own figures".
    if (w === 'based' && low[i + 1] === 'on') {
      const rest = ws.slice(i + 2, i + 7)
      const noun = rest.findIndex(isResearch)
      if (noun < 0) continue
      const between = rest.slice(0, noun)
      if (!between.some((x) => x.mention || OWN_DATA.has(x.lower) || x.lower === 'its')) continue
      for (let k = i + 2; k < i + 2 + noun; k++) {
        const f = brandOfWord(ctx, c, k, true)
        if (f) return { funder: f, at: i }
      }
    }
  }
  return null
}

/** Descriptions of a company that make a compound funder: "company-funded", "maker-backed". */
const DESCRIBED_FUNDERS = new Set([
  ...DESCRIPTIONS,
  'producer',
  'supplier',
  'seller',
  'retailer',
  'brand',
  'vendor',
  // "an industry-funded trial", "a corporate-sponsored study": a company's money in general
  // words; the piece's own brand is the company (public, taxpayer or charity money is not).
  'industry',
  'corporate',
  'commercially',
])
/** The general words for a company's money, which a plural makes a remark about research. */
const GENERAL_COMPANY = new Set(['industry', 'corporate', 'commercially'])

/** Whether the research noun after the compound at `i` is a plural ("trials", "studies"). */
function pluralResearchAfter(ws: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < Math.min(ws.length, i + 5); k++) {
    const x = ws[k]
    if (isResearch(x)) return /(?:ies|[^su]s)$/.test(x?.lower ?? '')
  }
  return false
}

/**
 * Whether the compound at `i` describes research: the research noun right after it, past a few
 * describing words and numbers ("a company-funded 12-week clinical trial"), not a pension
 * scheme, a car or a loan a company pays for.
 */
function fundsResearchAfter(ws: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < Math.min(ws.length, i + 5); k++) {
    const x = ws[k]
    if (isResearch(x)) return true
    if (!x || !['ADJ', 'NUM', 'NOUN'].includes(x.pos) || x.mention) return false
  }
  return false
}

/** Verbs of meaning to do something: "it planned to fund a second trial". */
const INTENDING = new Set(
  'plan plans planned planning intend intends intended hope hopes hoped want wants wanted aim aims aimed offer offers offered expect expects expected promise promises promised pledge pledges pledged'.split(
    ' ',
  ),
)
/** Words that make research another piece than the one reported: "a second trial". */
const ANOTHER = new Set(['second', 'another', 'further', 'new', 'follow-up', 'next', 'third'])

/**
 * Whether the funding verb at `i` states funding still to come, not who paid for the research
 * reported: an intention ("X said it planned to fund a second trial", "hopes to sponsor"), or
 * a modal with another piece of research ("X will fund a follow-up study"). "X will fund the
 * trial" stays a statement of who pays for it.
 */
function fundingToCome(low: readonly string[], i: number, end: number): boolean {
  if (low[i - 1] === 'to' && (INTENDING.has(low[i - 2] ?? '') || INTENDING.has(low[i - 3] ?? '')))
    return true
  const modal = ['will', 'would', "'ll", '’ll'].includes(low[i - 1] ?? '')
  return modal && low.slice(i + 1, Math.min(end, i + 5)).some((x) => ANOTHER.has(x))
}

/**
 * Whether "fund" or "funds" at `i` is the noun, with no object after it: "from its parking
 * fund.", "the fund paid out", "a pension fund, which …". The verb takes an object ("X funds the
 * trial", "they fund research"), or has a name right before it as its subject ("which X funds,").
 */
function fundNoun(ws: readonly Word[], i: number): boolean {
  const w = ws[i]
  if (!w || (w.lower !== 'fund' && w.lower !== 'funds') || w.pos !== 'NOUN') return false
  // A name right before it is the verb's subject: "The trial, which Norvane funds, …".
  const before = ws[i - 1]
  if (before?.mention || before?.pos === 'PROPN') return false
  const next = ws[i + 1]
  return !next || ['PUNCT', 'ADP', 'AUX', 'VERB', 'CCONJ', 'SCONJ', 'PRON'].includes(next.pos)
}

/**
 * The subject of a passive verb at word `i`: back over adverbs, adjectives and a coordinated
 * predicate to the copula, then the noun before it ("the study was short and paid for by X" →
 * study; "This feature was paid for by X" → feature).
 */
function passiveSubject(c: Clause, seg: Segment, i: number): Word | null {
  let k = i - 1
  const skip = (w: Word | undefined) =>
    !!w && (w.pos === 'ADV' || w.pos === 'ADJ' || w.pos === 'CCONJ' || w.lower === ',')
  while (k > seg.from && skip(c.words[k]) && !BE.has(c.words[k]?.lower ?? '')) k--
  if (!BE.has(c.words[k]?.lower ?? '')) return null
  for (let j = k - 1; j >= Math.max(seg.from, k - 3); j--) {
    const w = c.words[j]
    if (w && (w.pos === 'NOUN' || w.pos === 'PROPN')) return w
  }
  return null
}

/**
 * Funding a segment states for research, a project or an event: by a commercial party (the
 * research a brand paid for) or by a public or independent body (an `other` disclosure).
 */
export function readFunding(
  ctx: SlotContext,
  c: Clause,
  seg: Segment,
): { research: ResearchRef | null; funder: string } | null {
  const first = funderIn(ctx, c, seg)
  if (!first || fundingDenied(c, seg, first.at)) return null
  let found = commercialCofunder(ctx, c, seg, first) ?? first
  // What was paid for is the passive verb's subject: "This feature was paid for by X" funds the
  // piece (a sponsorship), whatever research noun the sentence names elsewhere.
  const patient = passiveSubject(c, seg, found.at)
  if (patient && CONTENT_NOUNS.has(patient.lower) && !isResearch(patient)) return null
  const noun = researchNoun(c, seg, found.at)
  const k = c.words.findIndex((w) => w.mention?.name === found.funder)
  // A public body described in lower case ("the regional government") names no brand; a seller
  // named by its role ("the manufacturer") is one.
  const described = /^\p{Ll}/u.test(found.funder) && !ROLE_FUNDER.test(found.funder)
  // A company's own foundation is the company: "the X Foundation, … X Foundation is the
  // charitable arm of Y Marine" funds Y's research.
  const parent = described ? null : parentCompany(ctx, found.funder)
  if (parent) found = { ...found, funder: parent }
  const independent =
    described ||
    (!parent && isNonCommercial(found.funder, k >= 0 ? c.words.slice(k + 1, k + 6) : []))
  // "Funding came from the National Institutes of Health": public funding, said so, even when
  // the research was named in the sentence before.
  // "A review commissioned by the authority estimated …": a public body's own report, named
  // in passing as the source of a finding, is news, no statement of who pays for the work
  // ("The survey was commissioned by the city council" says so, and stays one).
  if (
    independent &&
    (described || isPublicBody(found.funder)) &&
    ORDERED.has(c.words[found.at]?.lower ?? '') &&
    !BE.has(c.words[found.at - 1]?.lower ?? '')
  )
    return null
  if (independent && (noun || SUPPORT_NOUNS.has(c.words[found.at]?.lower ?? '')))
    return { research: null, funder: found.funder }
  if (!noun || independent) return null
  return {
    funder: found.funder,
    research: {
      funder: found.funder,
      family: RESEARCH_FAMILY[noun.lower] ?? 'study',
      numbers: numbersIn(c.words),
      keys: keysIn(c.words),
    },
  }
}

/** Words before an exception's "but": "anyone but X", "no one but X", "nothing but X's money". */
const ONLY_BUT = new Set(['anyone', 'anybody', 'one', 'nobody', 'none', 'nothing', 'else'])

/** Verbs that turn money down: "the authors refused funding from X" ("turned" only with "down"). */
const REFUSALS = new Set(['refused', 'declined', 'rejected', 'refuse', 'decline', 'reject'])

/**
 * Whether the funding the word at `at` states is denied or refused: "The trial was not funded by
 * X", "X did not fund the trial", "received no money from X", "without any funding from X",
 * "Neither X nor any retailer paid for it", "the authors refused funding from X". The negation
 * stands right before the verb or noun of funding (past auxiliaries, adverbs and "any"), or is
 * "neither … nor" on the funder with no other verb before the funding's ("Neither the authors nor
 * the journal knew that X funded it" denies nothing); a negation elsewhere in the sentence ("X,
 * not the university, funded the trial", "funded by X, which found no effect") denies nothing.
 */
function fundingDenied(c: Clause, seg: Segment, at: number): boolean {
  const ws = c.words
  // An exception names the one who did pay: "no money from anyone but X", "no funding other
  // than a grant from X", "funded by no one except X" (not "not by X but by Y").
  const low = lowersOf(ws)
  // "X paid nothing toward the tests", "X contributed no money", "gave not a penny".
  const next = low[at + 1] ?? ''
  if (
    next === 'nothing' ||
    next === 'no' ||
    (next === 'not' && ['a', 'one'].includes(low[at + 2] ?? ''))
  )
    return true
  for (let k = at + 1; k < seg.to; k++) {
    const x = low[k] ?? ''
    if (['except', 'excepting', 'besides', 'bar'].includes(x)) return false
    if (x === 'but' && ONLY_BUT.has(low[k - 1] ?? '')) return false
    if ((x === 'other' && low[k + 1] === 'than') || (x === 'apart' && low[k + 1] === 'from'))
      return false
  }
  for (let k = at - 1, n = 0; k >= seg.from && n < 5; k--, n++) {
    const w = ws[k]!
    if (NEGATION.has(w.lower) || REFUSALS.has(w.lower)) return true
    if (w.lower === 'turned' && ws[k + 1]?.lower === 'down') return true
    // "turned down funding", "declined an offer of funding from X".
    if (['down', 'of', 'offer', 'offers'].includes(w.lower)) continue
    if (!['ADV', 'AUX', 'ADJ', 'DET', 'PART'].includes(w.pos) && !BE.has(w.lower)) break
  }
  for (let k = at - 1; k >= Math.max(seg.from, at - 8); k--) {
    const w = ws[k]!
    if (w.pos === 'VERB' || w.pos === 'PUNCT') return false
    if (w.lower === 'nor') return ws.slice(seg.from, k).some((x) => x.lower === 'neither')
  }
  return false
}

/** What a payer covers: "covered the costs", "footed the bill", "paid the lab fees". */
const COST_NOUNS = new Set(['cost', 'costs', 'bill', 'bills', 'expenses', 'tab', 'fee', 'fees'])

/** Verbs of a body ordering work it will use: "a review commissioned by the authority". */
const ORDERED = new Set(['commissioned', 'ordered', 'requested'])

/** What a company's own body is to it: "the charitable arm of Y", "a subsidiary of Y". */
const ARMS = 'arm|foundation|subsidiary|division|unit|offshoot|charity|trust'

/**
 * The company a foundation or other body belongs to, when the text says so ("X is the charitable
 * arm of Y", "X, a subsidiary of Y"): the name after "of", if it is no public body. Read in the
 * paragraphs that name X, only for a funder that looks non-commercial.
 */
function parentCompany(ctx: SlotContext, name: string): string | null {
  if (!isNonCommercial(name)) return null
  // Once per name and document: a long report naming its funder in every paragraph read every
  // paragraph again for each (4,000 paragraphs: 0.8 s became 2.8 s).
  let known = parents.get(ctx.doc)
  if (!known) parents.set(ctx.doc, (known = new Map()))
  const kept = known.get(name)
  if (kept !== undefined) return kept
  const found = parentIn(ctx, name)
  known.set(name, found)
  return found
}

const parents = new WeakMap<SlotContext['doc'], Map<string, string | null>>()

/** An arm word before "of", which parentIn's statement needs. */
const ARM_OF = new RegExp(`(?:${ARMS})\\s+of\\s`, 'u')

/** The paragraphs (by index) whose text has an arm word before "of": where parentIn looks. */
function armParagraphs(doc: SlotContext['doc']): ReadonlySet<number> {
  let found = armed.get(doc)
  if (!found) {
    found = new Set()
    for (const [k, p] of doc.paragraphs.entries())
      if (ARM_OF.test(doc.body.slice(p.start, p.end))) found.add(k)
    armed.set(doc, found)
  }
  return found
}

const armed = new WeakMap<SlotContext['doc'], Set<number>>()

/** parentCompany, worked out: the paragraphs that name the body, read for "X is the … arm of Y". */
function parentIn(ctx: SlotContext, name: string): string | null {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const said = new RegExp(
    `${esc}(?:\\s*,|\\s+(?:is|was))\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${ARMS})\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&'’-]*(?:\\s+\\p{Lu}[\\p{L}&'’-]*){0,3})`,
    'u',
  )
  // The paragraphs that hold the name, in text order, found from where the name occurs (not by
  // slicing every paragraph of a long draft for each name).
  const { body, paragraphs } = ctx.doc
  // Only a paragraph that says "… arm of", "… subsidiary of" can say it (found once per document).
  const armed = armParagraphs(ctx.doc)
  if (armed.size === 0) return null
  let last = -1
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    const k = paragraphAt(paragraphs, at)
    const p = paragraphs[k]
    if (k <= last || !p || at < p.start || at + name.length > p.end) continue
    last = k
    if (!armed.has(k)) continue
    const m = said.exec(body.slice(p.start, p.end))
    const parent = m?.[1]
    if (parent && !isNonCommercial(parent) && !isPublicBody(parent)) return parent
  }
  return null
}

/**
 * A company funding the same work beside a public body, named after it: "funded by the
 * Northfield Medical Research Council and in part by Strideline, which makes the monitor". The
 * company's money is the tie to disclose, whoever else paid.
 */
const COFUNDING_WORDS = new Set(['in', 'part', 'partly', 'partially', 'also', 'jointly', ','])

function commercialCofunder(
  ctx: SlotContext,
  c: Clause,
  seg: Segment,
  first: { funder: string; at: number },
): { funder: string; at: number } | null {
  const low = lowersOf(c.words)
  const named = c.words.findIndex((w, k) => k > first.at && w.mention?.name === first.funder)
  if (named < 0) return null
  for (let k = named + 1; k < Math.min(seg.to, named + 12); k++) {
    if (low[k] !== 'by' && low[k] !== 'from') continue
    // Only a further funder of the same thing: "… and (in part, also, partly) by Y", not
    // another verb's agent ("… and the results were reported by Y").
    const and = low.lastIndexOf('and', k)
    if (and <= named || !low.slice(and + 1, k).every((x) => COFUNDING_WORDS.has(x))) return null
    const other = brandAfter(ctx, c, k + 1, 4)
    if (!other || other === first.funder) return null
    const at = c.words.findIndex((w, j) => j > k && w.mention?.name === other)
    const after = at >= 0 ? c.words.slice(at + 1, at + 6) : []
    return isNonCommercial(other, after) ? null : { funder: other, at: first.at }
  }
  return null
}

/** Research a segment says a brand paid for or ran itself, if it says so. */
export function readResearchFunding(ctx: SlotContext, c: Clause, seg: Segment): ResearchRef | null {
  return readFunding(ctx, c, seg)?.research ?? null
}

/** Passages that call research independent: "an independent survey of 2,000 homeowners". */
export function independentClaims(ctx: SlotContext): IndependentClaim[] {
  const out: IndependentClaim[] = []
  // The research the text was last about, in this paragraph or the one before: what
  // "independent confirmation" of results confirms.
  let lastResearch: { word: Word; paragraph: number } | undefined
  for (const c of clausesOf(ctx.doc)) {
    const ws = c.words
    const low = ws.map((x) => x.lower)
    const before =
      lastResearch && lastResearch.paragraph >= c.paragraph.index - 1
        ? lastResearch.word
        : undefined
    const here = ws.filter(isResearch).at(-1)
    if (here) lastResearch = { word: here, paragraph: c.paragraph.index }
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]?.lower ?? ''
      if (w !== 'independent' && w !== 'independently' && w !== 'third-party') continue
      // "This is independent confirmation of …": evidence the research just described gives,
      // unless the clause says there is none or asks for it ("no independent evidence").
      const evidence =
        EVIDENCE_NOUNS.has(ws[i + 1]?.lower ?? '') && w !== 'independently' && !doubted(low, i)
      const known = ws.slice(0, i).filter(isResearch).at(-1) ?? before
      if (evidence && known) {
        let from = i
        if (ws[from - 1]?.pos === 'DET') from--
        out.push({
          ...spanOf(ws, from, i + 2),
          family: RESEARCH_FAMILY[known.lower] ?? 'study',
          numbers: [],
          keys: [],
          runners: [],
          paragraph: c.paragraph.index,
        })
        break
      }
      let noun = -1
      if (w === 'independently') {
        // "independently run trial", "a study run independently".
        for (let k = Math.max(0, i - 4); k < Math.min(ws.length, i + 4); k++)
          if (isResearch(ws[k])) noun = k
      } else {
        for (let k = i + 1; k < Math.min(ws.length, i + 4); k++) {
          const x = ws[k]
          if (isResearch(x)) {
            noun = k
            break
          }
          if (!x || (x.pos !== 'ADJ' && x.pos !== 'NOUN' && x.pos !== 'PROPN')) break
          // "independent impact testing", "independent safety tests": a singular noun that
          // modifies the research noun after it is part of its name; a plural one is what
          // "independent" describes ("independent pharmacies' figures").
          if (
            x.pos === 'NOUN' &&
            !isResearch(x) &&
            !['lab', 'laboratory', 'clinical', 'scientific', 'market'].includes(x.lower) &&
            !(/(?:[^s]|ss)$/.test(x.lower) && isResearch(ws[k + 1]))
          )
            break
        }
      }
      if (noun < 0) continue
      let from = Math.min(i, noun)
      if (ws[from - 1]?.pos === 'DET') from--
      let to = Math.max(i, noun) + 1
      while (to < ws.length) {
        const x = ws[to]
        if (!x || x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'SCONJ')
          break
        to++
      }
      const nounWord = ws[noun]
      out.push({
        ...spanOf(ws, from, to),
        family: RESEARCH_FAMILY[nounWord?.lower ?? ''] ?? 'study',
        numbers: numbersIn(ws.slice(from, to)),
        keys: keysIn(ws.slice(from, to)),
        runners: runnersIn(ws.slice(from, to)),
        paragraph: c.paragraph.index,
      })
      break
    }
  }
  return out
}

/** Whether a claim of independence and a funding statement can be about the same research. */
export function sameResearch(
  claim: Pick<IndependentClaim, 'family' | 'numbers' | 'keys'>,
  funded: ResearchRef,
  onlyOfFamily: boolean,
): boolean {
  if (claim.family !== funded.family) return false
  if (claim.keys.some((k) => funded.keys.includes(k))) return true
  const close = (a: number, b: number) =>
    a >= 10 && b >= 10 && Math.abs(a - b) / Math.max(a, b) <= 0.05
  if (claim.numbers.some((a) => funded.numbers.some((b) => close(a, b)))) return true
  return onlyOfFamily
}

/** Words that say who ran research when no name does: "a university trial". */
const RUNNER_WORDS = new Set([
  'university',
  'universities',
  'college',
  'academic',
  'academics',
  'institute',
  'government',
  'hospital',
  'council',
  'nhs',
  'charity',
  'regulator',
  'watchdog',
])
/** Words that bring in a second piece of research: "another study", "a separate survey". */
const OTHER_WORDS = new Set([
  'another',
  'other',
  'second',
  'separate',
  'earlier',
  'previous',
  'rival',
  'different',
])
const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2099

/** Who a run of words says ran research: names, and words such as "university". */
function runnersIn(words: readonly Word[]): string[] {
  const out: string[] = []
  for (const w of words) {
    if (w.mention) out.push(w.mention.name)
    else if (RUNNER_WORDS.has(w.lower)) out.push(w.lower)
  }
  return out
}

const sameName = (a: string, b: string) => {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x.includes(y) || y.includes(x)
}

/**
 * Whether what a claim of independence says of its research sets it apart from research a brand
 * paid for, whatever nouns the two use: another name ("GLOW-8"), another year, another sample
 * size, or someone else who ran it ("an independent university trial").
 */
export function researchApart(
  claim: Pick<IndependentClaim, 'numbers' | 'keys' | 'runners'>,
  funded: ResearchRef,
): boolean {
  if (claim.keys.length && funded.keys.length && !claim.keys.some((k) => funded.keys.includes(k)))
    return true
  const years = (ns: readonly number[]) => ns.filter(isYear)
  const sizes = (ns: readonly number[]) => ns.filter((n) => n >= 10 && !isYear(n))
  const close = (a: number, b: number) => Math.abs(a - b) / Math.max(a, b) <= 0.05
  const [cy, fy] = [years(claim.numbers), years(funded.numbers)]
  if (cy.length && fy.length && !cy.some((y) => fy.includes(y))) return true
  const [cs, fs] = [sizes(claim.numbers), sizes(funded.numbers)]
  if (cs.length && fs.length && !cs.some((a) => fs.some((b) => close(a, b)))) return true
  return claim.runners.some((r) => !sameName(r, funded.funder))
}

/**
 * Whether the text names research other than what `funder` paid for: research with another
 * runner before or just after its noun ("a university trial", "a study by the University of
 * X"), research brought in as another ("a separate survey"), or research a public or independent
 * body funded. When it names none, its research is one piece, whatever nouns it uses
 * ("independent research", "the same study", "the survey of 2,000").
 */
/** A word of a name, not a capital that only starts the sentence ("Patch test anything new"). */
const named = (w: Word) =>
  !!w.mention && (w.mention.tokenIndex > 0 || w.mention.possessive || w.mention.name.includes(' '))

export function otherResearch(ctx: SlotContext, funder: string): boolean {
  for (const c of clausesOf(ctx.doc)) {
    const ws = c.words
    if (!ws.some(isResearch)) continue
    for (const seg of c.segments) {
      const f = readFunding(ctx, c, seg)
      if (f && !f.research && !sameName(f.funder, funder)) return true
    }
    for (let i = 0; i < ws.length; i++) {
      if (!isResearch(ws[i])) continue
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const x = ws[k]
        if (!x || x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'AUX') break
        if (OTHER_WORDS.has(x.lower) || RUNNER_WORDS.has(x.lower)) return true
        if (named(x) && !sameName(x.mention?.name ?? '', funder)) return true
      }
      if (!['by', 'from', 'at'].includes(ws[i + 1]?.lower ?? '')) continue
      for (let k = i + 2; k < Math.min(ws.length, i + 7); k++) {
        const x = ws[k]
        if (!x || x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'AUX') break
        if (RUNNER_WORDS.has(x.lower)) return true
        if (named(x) && !sameName(x.mention?.name ?? '', funder)) return true
      }
    }
  }
  return false
}
