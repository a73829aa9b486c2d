import type { Doc } from '../language/document'
import type { Entity } from '../language/entities'
import type { Token } from '../language/nlp'
import { paragraphAt, sameName, surname } from '../text'
import type { QuoteRef, TextRange } from './domain'

/**
 * Experts the text itself presents ("Dr X, a cardiologist, said …", "personal trainer Sam Ito",
 * "says Y, head sommelier at Z") who make claims outside their field: a cardiologist on skin,
 * a geologist on arthritis, a dentist on viruses or on an investment's price, a sommelier on
 * cholesterol, a designer on energy efficiency. Fields come from what the profession is, and
 * from the claim's own words; only claims in fields where authority matters (health, skin,
 * money, energy) are checked, and only for people the text presents by a profession.
 */

type Field =
  'health' | 'movement' | 'skin' | 'teeth' | 'animals' | 'money' | 'energy' | 'plants' | 'safety'

/** What a profession speaks to with authority. */
const PROFESSIONS: Readonly<Record<string, readonly Field[]>> = {
  doctor: ['health', 'skin'],
  physician: ['health', 'skin'],
  gp: ['health', 'skin'],
  nurse: ['health', 'skin'],
  pharmacist: ['health', 'skin'],
  surgeon: ['health'],
  epidemiologist: ['health'],
  virologist: ['health'],
  immunologist: ['health'],
  cardiologist: ['health'],
  oncologist: ['health'],
  neurologist: ['health'],
  paediatrician: ['health'],
  pediatrician: ['health'],
  gastroenterologist: ['health'],
  endocrinologist: ['health'],
  rheumatologist: ['health'],
  psychiatrist: ['health'],
  // Health, but not sleep, hearts, the mind or other organs' diseases (OUTSIDE_MOVEMENT).
  physiotherapist: ['movement'],
  physio: ['movement'],
  chiropractor: ['movement'],
  osteopath: ['movement'],
  midwife: ['health'],
  dermatologist: ['skin', 'health'],
  dentist: ['teeth'],
  hygienist: ['teeth'],
  orthodontist: ['teeth'],
  vet: ['animals'],
  veterinarian: ['animals'],
  veterinary: ['animals'],
  trainer: [],
  coach: [],
  sommelier: [],
  chef: [],
  geologist: [],
  designer: [],
  architect: [],
  influencer: [],
  stylist: [],
  // Roles of animals' behaviour and of the media: no authority on health, money or skin ("a dog
  // behaviourist and presenter of a television series" on what rebuilds cartilage).
  behaviourist: [],
  behaviorist: [],
  groomer: [],
  presenter: [],
  broadcaster: [],
  blogger: [],
  vlogger: [],
  youtuber: [],
  podcaster: [],
  engineer: ['energy', 'safety'],
  gardener: ['plants'],
  horticulturist: ['plants'],
  botanist: ['plants'],
  agronomist: ['plants'],
  arborist: ['plants'],
  groundsman: ['plants'],
  groundskeeper: ['plants'],
  landscaper: ['plants'],
  // A farmer's or grower's own business (returns, overdrafts, prices) and a herd's or a road's
  // emissions are their field, as an ecologist's are.
  farmer: ['plants', 'animals', 'money', 'energy'],
  grower: ['plants', 'money'],
  ecologist: ['plants', 'animals', 'energy'],
  // Professions of two words whose first word names the field.
  'garden designer': ['plants'],
  'landscape designer': ['plants'],
  'landscape architect': ['plants'],
  // Streets and traffic are what town and transport planners plan.
  'town planner': ['safety'],
  'transport planner': ['safety'],
  'urban planner': ['safety'],
  'traffic engineer': ['safety'],
  economist: ['money'],
  planner: ['money'],
  accountant: ['money'],
  analyst: ['money'],
  adviser: [],
  advisor: [],
  // More professions the text may present an expert by, each with what it speaks to.
  nutritionist: ['health'],
  dietitian: ['health'],
  dietician: ['health'],
  psychologist: ['health'],
  paramedic: ['health', 'safety'],
  optometrist: ['health'],
  // A survey prices a building and reads its heat loss, insulation and damp (damp's health is not
  // theirs: "the mould can trigger asthma" stays a warning).
  surveyor: ['money', 'energy'],
  electrician: ['energy', 'safety'],
  // Boilers, heating, water and gas safety ("a boiler not serviced is more dangerous").
  plumber: ['energy', 'safety'],
  // Law speaks to money (claims, compensation, pensions, contracts: "no guarantee the claim will
  // succeed") and to injury claims' roads and children.
  lawyer: ['money', 'safety'],
  solicitor: ['money', 'safety'],
  barrister: ['money', 'safety'],
  attorney: ['money', 'safety'],
  // Aviation and travel: fuel, a flight's emissions, safety.
  pilot: ['energy', 'safety'],
  // A journalist or a photographer is no field of their own: a personal-finance journalist on
  // savings rates, a motoring one on safer cars. They are not checked (left out of this list).
}

/** Words that place a claim in a field. */
const CLAIM_FIELDS: readonly [Field, RegExp][] = [
  [
    'health',
    /\b(?:heart|cardiovascular|cholesterol|arter(?:y|ies)|blood pressure|arthritis|inflammation|joints?|disease|cancer|virus(?:es)?|viral|colds?|flu|infections?|immune|dysplasia|spin(?:e|al)|hips?|cartilage|tendons?|ligaments?|(?:rebuild|regrow|repair|regenerat|restor)\w*\s+(?:\w+\s+){0,2}(?:tissue|bones?|muscles?|nerves?)|symptoms?|cures?|heals?|insomnia|sleep|live longer|longevity|dementia|alzheimer\S*|(?:pre-?)?diabet\w*|hay ?fever|allerg(?:y|ies)|kidneys?(?: stones?)?|liver|lungs?|strokes?|obesity|depression|osteoporosis|asthma|(?:risk|chances?) of (?:dying|death|developing|getting)|mortality|brain|concussions?|(?:head|brain|spinal) injur(?:y|ies)|(?:risk|chances?) of (?:an? )?(?:\w+ )?injur(?:y|ies))\b/i,
  ],
  ['skin', /\b(?:skin|collagen|wrinkles?|acne|eczema|complexion|pores?)\b/i],
  [
    'money',
    /\b(?:invest\w*|portfolio|price (?:will|could|is going)|will (?:hit|reach|double|triple)|safest|worth (?:double|twice)|safe (?:bet|investment|place)|crypto\w*|tokens?|savings?|savers?|interest rates?|mortgages?|pensions?|aer|money moves?|(?:on|best|better|top|higher|fixed|savings) rates?|fixed-rate)\b/i,
  ],
  ['energy', /\b(?:energy[- ]efficien\w*|kwh|emissions?|carbon footprint)\b/i],
  // Lawns, soil and what grows in them ("cut little and often for the greenest grass"); grass
  // pollen and hay fever are health (NOT_PLANTS).
  [
    'plants',
    /\b(?:lawns?|grass(?:es)?|turf|soil|seedlings?|shrubs?|weeds?|compost|houseplants?|flowerbeds?|topsoil)\b/i,
  ],
  // Physical safety on the road or of children: a judgement of danger (safer, more dangerous,
  // fewer crashes, less likely to cause a collision) with a separate word of what is at risk
  // ("children are safer on a trailer bike than in a car seat"). A crash or an accident that
  // only happened ("the crash of 2008", "broken teeth from cycling accidents") is no such claim.
  [
    'safety',
    /^(?=[\s\S]*\b(?:safer|safest|(?:less |un)safe|(?:more |most |less )?dangerous|(?:fewer|more|less likely to (?:cause|have|be in)|(?:cuts?|reduces?|prevents?|avoids?|halves|lowers?) (?:the )?(?:risk|number|chances?) of)(?: \w+){0,2} (?:crash(?:es)?|collisions?|accidents?))\b)(?=[\s\S]*\b(?:roads?|streets?|traffic|cars?|bikes?|bicycles?|cycl\w*|drivers?|driving|pedestrians?|children|kids|school run|helmets?|seat ?belts?)\b)/i,
  ],
]

/**
 * Words that are money's only in money's sense: "stocks" and "shares" held or traded, "returns"
 * on what is put in, a "guarantee" of a gain; not fish "stock", "share the load", a shop's
 * "returns" or "I guarantee she'll love it". Such a word places a claim in money only when it is
 * not a verb and the same quote says what money it is about (an amount or a per cent, a market
 * or a price, buying, selling or earning, a fund, a dividend, interest).
 */
const MONEY_SENSES = /^(?:stocks?|shares?|returns?|guarantee[sd]?|guaranteeing)$/
/** What says a quote is about invested money: a market, a fund, a dividend, a per cent, interest. */
const INVESTED =
  /\b(?:markets?|dividends?|shareholders?|brokers?|trad(?:e|es|ing|ers?)|funds?|profits?|yields?|earn\w*|valuations?|cash|interest|per ?cent|percent|invest\w*|portfolio|pensions?|savings?)\b|%/i
/** Buying or selling at a price: what says a stock or a share is one traded. */
const TRADED = /\b(?:prices?|priced|buy(?:s|ing)?|sell(?:s|ing)?|bought|sold)\b|[£$€]\s?\d/i

/** Whether a quote's stock, share, return or guarantee is money's, by its sense in the quote. */
function moneyInSense(tokens: readonly Token[], text: string): boolean {
  return tokens.some(
    (t) =>
      MONEY_SENSES.test(t.lower) &&
      t.pos !== 'VERB' &&
      t.pos !== 'AUX' &&
      (INVESTED.test(text) || (/^(?:stock|share)/.test(t.lower) && TRADED.test(text))),
  )
}

/** The words of the quote at [start, end), with their parts of speech. */
function tokensIn(doc: Doc, start: number, end: number): Token[] {
  const out: Token[] = []
  for (const p of doc.paragraphs) {
    if (p.end <= start || p.start >= end) continue
    for (const s of p.sentences)
      for (const t of s.tokens) if (t.start >= start && t.end <= end) out.push(t)
  }
  return out
}

/** Words that make a plant word a health one: grass pollen, hay fever. */
const NOT_PLANTS = /\b(?:pollen|hay ?fever|allerg\w*)\b/i

/** Words that make a claim a financial one, where "safest" and "crash" are markets' words. */
const MONEY_CONTEXT =
  /\b(?:invest\w*|savers?|savings?|portfolio|safe(?:r|st)? bets?|(?:stock )?market crash\w*)\b/i

/**
 * Health claims outside a movement profession's field (a physiotherapist, a chiropractor): sleep,
 * the heart and blood, the mind, infections and other organs' diseases. Muscles, joints,
 * injuries, pain and inflammation are theirs.
 */
const OUTSIDE_MOVEMENT =
  /\b(?:heart|cardiovascular|cholesterol|arter(?:y|ies)|blood pressure|strokes?|cancer|virus(?:es)?|viral|colds?|flu|infections?|immune|insomnia|sleep|dementia|alzheimer\S*|diabetes|obesity|depression|anxiety|asthma|live longer|longevity|mortality|brain)\b/i

/** The professions the text gives a person, read beside each mention of the name. */
function professions(e: Entity): string[] {
  const out = new Set<string>()
  for (const role of e.roles) if (role in PROFESSIONS) out.add(role)
  for (const m of e.mentions) {
    const toks = m.sentence.tokens
    // "Electrician Sam Ode has a tip": a capitalised profession opening the sentence is left out
    // of the name, but the mention's first token can still be that word; start at the name's.
    const first = m.name.split(/\s+/)[0]
    let at = m.tokenIndex
    while (at < m.tokenIndex + 3 && toks[at] && toks[at]?.text !== first) at++
    if (toks[at]?.text !== first) at = m.tokenIndex
    // After: "X, a consultant cardiologist at Y," / "X, head sommelier at Y" / "X is a geologist".
    let k = m.tokenEnd + (m.possessive ? 1 : 0)
    const opener = toks[k]?.text
    if (opener === ',' || opener === '—' || opener === '(' || toks[k]?.lower === 'is') {
      for (let j = k + 1; j < Math.min(toks.length, k + 7); j++) {
        const t = toks[j]
        if (!t || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'ADP') break
        const two = `${toks[j - 1]?.lower ?? ''} ${t.lower}`
        if (two in PROFESSIONS) out.add(two)
        else if (t.lower in PROFESSIONS) out.add(t.lower)
      }
    }
    // Before: "personal trainer Sam Ito", "dentist Dr X", "the vet, Ana Ruiz".
    for (k = at - 1; k >= Math.max(0, at - 3); k--) {
      const t = toks[k]
      if (!t || (t.pos === 'PUNCT' && t.text !== ',')) break
      if (t.lower in PROFESSIONS) {
        const two = `${toks[k - 1]?.lower ?? ''} ${t.lower}`
        out.add(two in PROFESSIONS ? two : t.lower)
        break
      }
      if (t.pos === 'VERB' || t.pos === 'ADP') break
    }
  }
  return [...out]
}

export interface ExpertiseMismatch extends TextRange {
  readonly key: string
  readonly message: string
  /** The same person's other claims in the same field. */
  readonly related?: readonly TextRange[]
}

/** How a finding names each field's claims. */
const FIELD_WORD: Readonly<Record<Field, string>> = {
  health: 'medical',
  movement: 'medical',
  skin: 'skin',
  teeth: 'dental',
  animals: 'medical',
  money: 'financial',
  energy: 'technical energy',
  plants: 'gardening',
  safety: 'safety',
}

/** Verbs of an effect claimed: what makes a claim stronger than a mention of its field. */
const EFFECT =
  /\b(?:prevents?|cures?|heals?|lowers?|reduces?|cuts?|halves|eliminates?|kills?|stops?|reverses?|rebuilds?|repairs?|boosts?|protects?|draws?|clears?|guarantee[sd]?)\b/i

/**
 * Quotes whose speaker the text presents by a profession, making a claim in a field that
 * profession does not speak to. One finding per such quote, at most three per person and field.
 * `skip`: people the caller checks otherwise (register entries with credentials).
 */
export function expertiseMismatches(
  doc: Doc,
  body: string,
  quotes: readonly QuoteRef[],
  skip: (speaker: string) => boolean,
): ExpertiseMismatch[] {
  const out: ExpertiseMismatch[] = []
  const best = new Map<
    string,
    {
      name: string
      job: string
      field: Field
      claims: { start: number; end: number; strength: number }[]
    }
  >()
  const counts = new Map<string, number>()
  const jobsOf = new Map<Entity, string[]>()
  const byName = new Map<string, Entity | null>()
  const entityOf = (name: string) => {
    if (!byName.has(name))
      byName.set(
        name,
        doc.entities.find(
          (e) => e.kind !== 'organisation' && (sameName(e.name, name) || surname(e.name) === name),
        ) ?? null,
      )
    return byName.get(name) ?? null
  }
  for (const q of quotes) {
    if (!q.speaker || skip(q.speaker)) continue
    const e = entityOf(q.speaker)
    if (!e) continue
    let jobs = jobsOf.get(e)
    if (!jobs) jobsOf.set(e, (jobs = professions(e)))
    if (jobs.length === 0) continue
    const covered = new Set(jobs.flatMap((j) => PROFESSIONS[j] ?? []))
    // Health professions speak to physical safety; a movement profession to health claims other
    // than those OUTSIDE_MOVEMENT names.
    if (covered.has('health')) covered.add('safety')
    const text = body.slice(q.start, q.end)
    let tokens: Token[] | undefined
    for (const [field, re] of CLAIM_FIELDS) {
      if (covered.has(field)) continue
      if (
        !re.test(text) &&
        !(field === 'money' && moneyInSense((tokens ??= tokensIn(doc, q.start, q.end)), text))
      )
        continue
      if (field === 'health' && covered.has('movement') && !OUTSIDE_MOVEMENT.test(text)) continue
      if (field === 'plants' && NOT_PLANTS.test(text)) continue
      if (
        field === 'safety' &&
        (MONEY_CONTEXT.test(text) || moneyInSense((tokens ??= tokensIn(doc, q.start, q.end)), text))
      )
        continue
      // Animals' health is a vet's or a farmer's; a vet on a dog's teeth or joints is in their field.
      if (
        covered.has('animals') &&
        /\b(?:dogs?|cats?|pets?|puppies|kittens?|horses?|cows?|cattle|calves|herds?|sheep|lambs?|pigs?|hens?|chickens?|livestock)\b/i.test(
          text,
        )
      )
        continue
      // One finding per person, field and paragraph: a quote broken by its attribution ("…,” she
      // said, “…”) or two sentences of one answer make one claim, found at the strongest part
      // (the most words of the field, a verb of effect, a figure), the others beside it. Up to
      // three paragraphs per person and field.
      const para = paragraphAt(doc.paragraphs, q.start)
      const key = `${e.name}|${field}|${para}`
      const count = `${e.name}|${field}`
      if (!best.has(key)) {
        const n = counts.get(count) ?? 0
        if (n >= 3) continue
        counts.set(count, n + 1)
      }
      const strength =
        (text.match(new RegExp(re.source, 'gi'))?.length ?? 1) +
        (EFFECT.test(text) ? 1 : 0) +
        (/\d/.test(text) ? 1 : 0)
      const found = { start: q.start, end: q.end, strength }
      const job = jobs[0] ?? ''
      const prior = best.get(key)
      if (!prior) best.set(key, { name: e.name, job, field, claims: [found] })
      else prior.claims.push(found)
    }
  }
  for (const [key, { name, job, field, claims }] of best) {
    // Parts of one claim that are equally strong are each found (neither stands for the other).
    const most = Math.max(...claims.map((c) => c.strength))
    const weaker = claims.filter((c) => c.strength < most)
    claims
      .filter((c) => c.strength === most)
      .forEach((top, n) =>
        out.push({
          key: n === 0 ? key : `${key}|${top.start}`,
          message: `${name} is presented as ${/^[aeiou]/i.test(job) ? 'an' : 'a'} ${job}, but this quote makes a ${FIELD_WORD[field]} claim outside that field${weaker.length ? ` (as ${weaker.length === 1 ? 'does a weaker claim beside it' : `do ${weaker.length} weaker claims beside it`})` : ''}; check the expertise fits what is claimed.`,
          start: top.start,
          end: top.end,
          ...(weaker.length
            ? { related: weaker.map((c) => ({ start: c.start, end: c.end })) }
            : {}),
        }),
      )
  }
  return out
}
