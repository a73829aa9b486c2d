/** The rules of the claim spotter, in the order the UI lists them. */
export const RULE_IDS = [
  'number',
  'percentage',
  'comparison',
  'evidence',
  'causal',
  'absolute',
  'vague-source',
  'institution',
  'date',
  'credential',
  'product',
  'event',
] as const
export type RuleId = (typeof RULE_IDS)[number]

/** What the UI shows about a rule; `explanation` is the one-line reason a suggestion gives. */
export interface ClaimRule {
  readonly id: RuleId
  readonly label: string
  /** What the sentence contains, e.g. "Contains a percentage". */
  readonly finding: string
  /** Why a fact-checker should look, e.g. "figures can be checked against the source". */
  readonly why: string
  /** `${finding}: ${why}.` */
  readonly explanation: string
  /**
   * Weak rules (absolute words, comparisons, dates) fire on ordinary prose too, so on their
   * own they do not count in first-person asides and instructions (see spotter.ts).
   */
  readonly strength: 'strong' | 'weak'
}

interface RuleSource {
  readonly id: RuleId
  readonly label: string
  readonly finding: string
  readonly why: string
  readonly strength: 'strong' | 'weak'
  readonly patterns: readonly RegExp[]
  /** Drops matches another rule owns (a year is a date, "40%" is a percentage). */
  readonly keep?: (match: string, text: string, index: number) => boolean
}

const SMALL =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred'
const UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries?'
const MONTHS =
  'January|February|March|April|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.'
const CAP = "(?:St\\.?|\\p{Lu}[\\p{L}'’&-]*)"
const INSTITUTION_WORDS =
  'Universit(?:y|ies)|Institutes?|Institution|Agency|Foundation|Clinics?|Hospitals?|College|Laborator(?:y|ies)|Labs?|Centre|Center|Council|Association|Society|Academy|Ministry|Department|Bureau|Commission|Board|Authority|Programme|Program|Project|Initiative|Trust|Guild|Bank|Organi[sz]ation|Observatory|Museum|School|Fund|Federation|Network|Service|Office|Group|Corporation|Journal|Survey'

const CLASSES: Readonly<Record<string, string>> = {
  L: 'A-Za-z\\u00C0-\\u024F',
  Lu: 'A-Z\\u00C0-\\u00DE',
  N: '0-9',
}

/**
 * Compiles a pattern written with \p{L}, \p{Lu} and \p{N} into a non-Unicode RegExp over
 * Latin letters: V8 runs these about seven times faster than with the `u` flag.
 */
function re(source: string, flags = 'gi'): RegExp {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      const m = /^\\p\{(Lu|L|N)\}/.exec(source.slice(i))
      if (m?.[1]) {
        const range = CLASSES[m[1]] ?? ''
        out += inClass ? range : `[${range}]`
        i += m[0].length - 1
      } else {
        out += source.slice(i, i + 2)
        i++
      }
      continue
    }
    if (c === '[') inClass = true
    else if (c === ']') inClass = false
    out += c
  }
  return new RegExp(out, flags)
}

const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/
const followedByPercent = /^\s?(?:%|per ?cent\b|percent\b)/i

const SOURCES: readonly RuleSource[] = [
  {
    id: 'number',
    label: 'Numbers and statistics',
    finding: 'Contains a number or statistic',
    why: 'counts, amounts and ratios can be checked against the source',
    strength: 'strong',
    patterns: [
      re(
        '(?<![\\p{L}\\p{N}.,])[$€£¥]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?:\\s?(?:bn|m|k|million|billion|trillion|thousand)\\b)?',
      ),
      re(
        '(?<![\\p{L}\\p{N}.,])[$€£¥]?\\d+(?:\\.\\d+)?(?:\\s?(?:bn|m|k|million|billion|trillion|thousand)\\b)?(?![\\p{N},])',
      ),
      re('\\b(?:hundreds|thousands?|millions?|billions?|trillions?|dozens)\\b|\\ba hundred\\b'),
      re(
        '\\b(?:doubled|tripled|trebled|quadrupled|halved|twice|threefold|fourfold|tenfold|\\d+-fold|(?:two|three|four|five|ten) times)\\b',
      ),
      re(
        '\\b(?:a|one|two) (?:third|quarter|fifth|tenth)s?\\b|\\bhalf (?:of|a|the)\\b|\\b(?:vast |large |great )?(?:majority|minority) of\\b|\\bon average\\b|\\bper capita\\b',
      ),
    ],
    keep: (m, text, index) => {
      if (YEAR.test(m)) return false
      return !followedByPercent.test(text.slice(index + m.length, index + m.length + 20))
    },
  },
  {
    id: 'percentage',
    label: 'Percentages',
    finding: 'Contains a percentage',
    why: 'figures can be checked against the source',
    strength: 'strong',
    patterns: [
      re('\\d+(?:[.,]\\d+)?\\s?(?:%|per ?cent\\b|percent\\b|percentage points?\\b)'),
      re(`\\b(?:${SMALL}) (?:per ?cent|percent)\\b|\\bpercentages?\\b`),
    ],
  },
  {
    id: 'comparison',
    label: 'Comparatives and superlatives',
    finding: 'Makes a comparison or a superlative',
    why: 'ask "compared with what?" and check the ranking holds',
    strength: 'weak',
    patterns: [
      re(
        '\\b(?!(?:rather|other|whether|neither|either|order|under|over|after|ever|never|per|her|sooner)\\s)\\p{L}{2,}er than\\b',
      ),
      re(
        '\\b(?:more|less|fewer|better|worse|greater|lower|higher|faster|slower)\\s+(?:[\\p{L}-]+\\s+){0,3}?than\\b',
      ),
      re(
        '\\b(?:best|worst|most|least|largest|biggest|smallest|highest|lowest|fastest|slowest|strongest|weakest|oldest|newest|youngest|cheapest|safest|greatest|richest|poorest|leading|top-selling|best-selling|bestselling|number one)\\b',
      ),
      re(
        '\\b(?:the|its|their|his|her|our)\\s+(?!(?:interest|forest|honest|request|contest|harvest|protest|test|rest|west|guest|chest|nest|quest|manifest)\\b)\\p{L}{2,}est\\b',
      ),
      re(
        '\\b(?:outperform(?:s|ed)?|outsell(?:s)?|outsold|exceed(?:s|ed)?|surpass(?:es|ed)?|unrivall?ed|unmatched|unprecedented|record[- ](?:high|low|breaking|level)|on record|ever recorded|the first)\\b',
      ),
    ],
  },
  {
    id: 'evidence',
    label: 'Appeals to evidence ("clinically proven", "studies show")',
    finding: 'Appeals to a study, trial or source',
    why: 'find that source and check it says this',
    strength: 'strong',
    patterns: [
      re(
        '\\b(?:clinically|scientifically|dermatologically|medically)\\s+(?:proven|tested|shown|validated|approved)\\b|\\bproven to\\b',
      ),
      re(
        '\\b(?:stud(?:y|ies)|research|trials?|data|evidence|surveys?|experiments?|analys[ie]s|tests|findings|reviews?)\\s+(?:\\p{L}+\\s+)?(?:shows?|showed|shown|suggests?|suggested|finds?|found|proves?|proved|confirms?|confirmed|indicates?|indicated|reveals?|revealed|demonstrates?|demonstrated)\\b',
      ),
      re(
        '\\b(?:in|a|an|the|one|our|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:trial|study|survey|experiment|meta-analysis|review of)\\b',
      ),
      re(
        '\\bpeer[- ]reviewed\\b|\\bpublished\\s+(?:in|by|its|their|a|the|findings|results|data)\\b|\\baccording to\\b|\\b(?:tested|trialled|trialed) on\\b',
      ),
      re(
        '\\bthe\\s+(?:company|brand|manufacturer|firm|maker|leaflet|label|report|government|ministry)\\s+(?:says|said|claims|claimed|reports|reported|states|stated)\\b|\\b(?:says|said|claims|claimed)\\s+the\\s+(?:company|brand|firm|manufacturer|maker|leaflet|label|report)\\b',
      ),
    ],
  },
  {
    id: 'causal',
    label: 'Causal claims',
    finding: 'States a cause or an effect',
    why: 'check the evidence shows cause, not just correlation, and how big the effect is',
    strength: 'strong',
    patterns: [
      re(
        '\\b(?:caus(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|boost(?:s|ed|ing)?|prevent(?:s|ed|ing)?|cur(?:e|es|ed)|heal(?:s|ed)?|repair(?:s|ed)?|lead(?:s)? to|led to|leading to|result(?:s|ed)? in|increas(?:e|es|ed)|decreas(?:e|es|ed)|lower(?:s|ed|ing)|rais(?:e|es|ed)|improv(?:e|es|ed)|trigger(?:s|ed)?|slow(?:s|ed)|protect(?:s|ed)? against|strengthen(?:s|ed)?|weaken(?:s|ed)?|stimulat(?:e|es|ed)|eliminat(?:e|es|ed)|revers(?:e|es|ed)|fights?|contribut(?:e|es|ed) to|linked (?:to|with)|associated with|due to|because(?: of)?|as a result of|responsible for)\\b',
      ),
    ],
  },
  {
    id: 'absolute',
    label: 'Absolute words',
    finding: 'Uses an absolute word',
    why: 'one counter-example makes "all", "never" or "only" false',
    strength: 'weak',
    patterns: [
      re(
        '(?<!\\b(?:after|at|above|not) )\\b(?:all|none|never|always|every|everyone|everybody|everything|everywhere|nobody|no one|nothing|only|entirely|completely|totally|forever|guaranteed?|guarantees|without exception)\\b(?! (?:right|at all)\\b)',
      ),
    ],
  },
  {
    id: 'vague-source',
    label: 'Vague sourcing',
    finding: 'Cites an unnamed authority',
    why: 'ask who exactly says so and find them',
    strength: 'strong',
    patterns: [
      re(
        '\\b(?:experts?|scientists?|researchers?|doctors?|dermatologists?|physicians?|analysts?|economists?|critics?|insiders?|sources?|observers?|officials?|many|some|most)\\s+(?:\\p{L}+\\s+)?(?:say|says|said|believe|believes|believed|think|thinks|thought|agree|agreed|claim|claims|claimed|suggest|suggested|warn|warned|argue|argued|estimate|estimated|report|reported|swear|insist)\\b',
      ),
      re(
        '\\bit (?:is|was|has been) (?:said|believed|thought|claimed|reported|known|understood|alleged|rumou?red|widely \\p{L}+|generally \\p{L}+)\\b',
      ),
      re(
        '\\b(?:is|are|was|were) (?:widely|generally|commonly|often|long) (?:believed|thought|considered|regarded|accepted|known|said|reported)\\b',
      ),
      re(
        '\\b(?:reportedly|allegedly|supposedly|some say|many say|they say)\\b|\\b(?:according to|say|says) (?:some|many|experts|sources|insiders|scientists|researchers|reports)\\b',
      ),
    ],
  },
  {
    id: 'institution',
    label: 'Named institutions and programs',
    finding: 'Names an institution or programme',
    why: 'check it exists, is named correctly and did or said this',
    strength: 'strong',
    patterns: [
      re(
        `(?:${CAP}\\s+(?:(?:of|for|and|on|the|de|&)\\s+)*)*(?:${INSTITUTION_WORDS})\\b(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?${CAP}(?:\\s+(?:and\\s+)?${CAP})*)?`,
        'g',
      ),
      re(
        '\\bthe\\s+[A-Z]{2,6}\\b|\\b(?:FDA|WHO|NHS|CDC|EPA|EMA|NIH|MHRA|FTC|SEC|IMF|OECD|UN|EU)\\b',
        'g',
      ),
    ],
    // An institution name has at least two capitalised words besides "The", or is an acronym.
    keep: (m) =>
      /^(?:the\s+)?[A-Z]{2,6}$/.test(m) ||
      (m.match(/(?:^|\s)(?!The\b|A\b|An\b)(?:St\.?|\p{Lu}[\p{L}'’&-]*)/gu)?.length ?? 0) >= 2,
  },
  {
    id: 'date',
    label: 'Dates and durations',
    finding: 'Gives a date or a duration',
    why: 'dates and time frames are easy to get wrong and easy to check',
    strength: 'weak',
    patterns: [
      re('(?<![\\p{N},.$€£])(?:1[5-9]\\d\\d|20\\d\\d)s?(?![\\p{N}%])'),
      re(
        `\\b(?:${MONTHS})(?!\\p{L})|\\b(?:in|since|until|by|of|last|next|early|late|mid-?|from|on) May\\b|\\bMay \\d`,
        'g',
      ),
      re(
        '\\b(?:on|last|next|this|since|by|until|every)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b',
        'g',
      ),
      re(
        '\\b(?:last|next|this|past|previous|coming)\\s+(?:year|month|week|spring|summer|autumn|fall|winter|decade|century|quarter|season)\\b|\\b(?:yesterday|ago|annually|a year|per year|each year|a month|per month|a week|per week|a day|per day|year-on-year|quarterly)\\b',
      ),
      re(`\\b(?:\\d+(?:\\.\\d+)?|${SMALL}|a few|several|a couple of|many)[\\s-]+(?:${UNITS})\\b`),
      re(
        '\\b(?:within|after|in|for|over|under|during)\\s+(?:a|an|the)\\s+(?:(?:first|past|last|next|same)\\s+)?(?:(?:few|\\d+)\\s+)?(?:second|minute|hour|day|week|month|year|decade|century|season)s?\\b|\\bfor (?:decades|years|months|weeks|centuries|generations)\\b|\\bsince\\s+(?:the\\s+)?(?:start|beginning|end|launch|founding)\\b',
      ),
      re(
        '\\bsince\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?|\\b(?:\\d+(?:st|nd|rd|th)|\\p{L}+(?:th|st|nd|rd))[- ]century\\b|\\bthe\\s+(?:Middle|Bronze|Iron|Stone|Ice)\\s+Ages?\\b',
        'g',
      ),
    ],
  },
  {
    id: 'credential',
    label: 'Credentials and titles',
    finding: 'Mentions a credential or title',
    why: 'check the person holds it and that it fits the subject',
    strength: 'strong',
    patterns: [
      re('\\bDr\\.?(?=\\s+\\p{Lu})|\\bProf(?:essor|\\.)?(?=\\s+\\p{Lu})', 'g'),
      re('\\b(?:Ph\\.?D|M\\.?D|DPhil|MSc|MBBS|FRCP|FAAD|MRCP|CFA)\\b', 'g'),
      re(
        '\\b(?:professors?|board[- ]certified|certified|accredited|licensed|registered|qualified|chartered|award-winning|Nobel)\\b',
      ),
      re(
        '\\b(?:dermatologists?|surgeons?|physicians?|pharmacists?|chemists?|nutritionists?|dietitians?|dieticians?|psychologists?|psychiatrists?|epidemiologists?|immunologists?|oncologists?|toxicologists?|biologists?|physicists?|economists?|nurses?|therapists?|trichologists?|aestheticians?|facialists?)\\b',
      ),
      re("\\b(?:holds?|has|earned|with) an? (?:degree|doctorate|PhD|master['’]?s)\\b", 'g'),
    ],
  },
  {
    id: 'product',
    label: 'Product and label claims',
    finding: 'Describes what a product is, contains or is free of',
    why: 'check the formula, the label and any certification behind it',
    strength: 'strong',
    patterns: [
      re(
        '\\b(?:contains?|containing|free (?:of|from)|suitable for|safe (?:for|to use)|approved for)\\b|\\b[\\p{L}]+-free\\b|\\b(?:vegan|organic|natural|non-toxic|hypoallergenic|non-comedogenic|dermatologist[- ]tested|fragrance[- ]free|biodegradable|recyclable|compostable|sustainabl[ey]|eco-friendly|carbon[- ]neutral|plastic[- ]free|ethically sourced|fair[- ]trade|cruelty[- ]free|SPF\\s?\\d+)\\b',
      ),
    ],
  },
  {
    id: 'event',
    label: 'Events on the record',
    finding: 'Reports an event that leaves a record',
    why: 'foundings, discoveries, launches, fines, bans and awards can be checked in filings, papers and archives',
    strength: 'strong',
    patterns: [
      re(
        '\\b(?:founded|co-founded|established|discovered|invented|patented|launched|fined|sued|prosecuted|convicted|charged with|banned|recalled|approved by|licensed by|acquired|merged|elected|appointed|awarded|won|developed (?:by|with|at)|built by|funded by|sponsored by|commissioned by)\\b',
      ),
    ],
  },
]

/** The spotter's rules, for the UI and the docs. */
export const RULES: readonly ClaimRule[] = SOURCES.map(({ id, label, finding, why, strength }) => ({
  id,
  label,
  finding,
  why,
  explanation: `${finding}: ${why}.`,
  strength,
}))

/** A rule firing on a piece of the text: offsets into the text the patterns ran over. */
export interface RuleMatch {
  readonly rule: RuleId
  readonly start: number
  readonly end: number
}

/**
 * Every match of every rule in `masked` (text with inline Markdown blanked out), each list
 * sorted by start. One pass per pattern over the whole text keeps long drafts fast.
 */
export function findRuleMatches(masked: string): RuleMatch[][] {
  return SOURCES.map((rule) => {
    const found: RuleMatch[] = []
    for (const pattern of rule.patterns) {
      pattern.lastIndex = 0
      for (let m = pattern.exec(masked); m !== null; m = pattern.exec(masked)) {
        if (m[0].length === 0) {
          pattern.lastIndex++
          continue
        }
        if (rule.keep && !rule.keep(m[0], masked, m.index)) continue
        found.push({ rule: rule.id, start: m.index, end: m.index + m[0].length })
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    // A match inside a longer one of the same rule adds nothing ("million" in "$48 million").
    const kept: RuleMatch[] = []
    for (const m of found) if (m.end > (kept[kept.length - 1]?.end ?? -1)) kept.push(m)
    return kept
  })
}
