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
  'specification',
  'negation',
  'ownership',
  'generalisation',
  'forecast',
  'statement',
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
   * own they make a suggestion only together (see spotter.ts). Some of a strong rule's patterns
   * are weak too ("Dr." before a name, "because"), and some of a weak rule's are strong (a year,
   * "the lightest … we tested"): each match carries its own strength.
   */
  readonly strength: Strength
}

export type Strength = 'strong' | 'weak'

/** A pattern and the strength of its matches (the rule's own unless it says otherwise). */
interface Pattern {
  readonly re: RegExp
  readonly strength?: Strength
}

interface RuleSource {
  readonly id: RuleId
  readonly label: string
  readonly finding: string
  readonly why: string
  readonly strength: Strength
  /** Rules read from parts of speech (negation) have none here: see cues.ts. */
  readonly patterns: readonly (RegExp | Pattern)[]
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

/** Superlatives of what can be measured or ranked ("the lightest", "the fastest-growing"). */
const MEASURED_SUPERLATIVES =
  'largest|biggest|smallest|highest|lowest|fastest|slowest|strongest|weakest|oldest|newest|youngest|cheapest|safest|richest|poorest|lightest|heaviest|quietest|loudest|longest|shortest|warmest|coldest|hottest|driest|wettest|deepest|tallest|busiest|fastest-growing|best-selling|bestselling|top-selling|most-cited|most-read|most-watched|most-visited|leading|number one'

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
        '(?<![\\p{L}\\p{N}.,])[$€£¥]?\\d+(?:\\.\\d+)?(?:\\s?(?:bn|m|k|million|billion|trillion|thousand)\\b)?(?![\\p{N}]|,\\d)',
      ),
      {
        re: re(
          '\\b(?:hundreds|thousands|millions|billions|trillions|dozens)\\b|\\ba (?:few )?(?:hundred|thousand)\\b',
        ),
        strength: 'weak',
      },
      re('\\b(?:thousand|million|billion|trillion)\\b'),
      // A quantity that moved is a statistic even without the figure: "shares dropped sharply".
      re(
        '\\b(?:shares?|stocks?|prices?|sales|revenues?|profits?|losses|rents?|costs?|wages|salaries|earnings|exports|imports|inflation|unemployment|ridership|enrol?ments?|visitor numbers|attendance|subscriptions|turnover)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:have |has |had )?(?:rose|risen|fell|fallen|dropped|climbed|jumped|soared|plunged|plummeted|slumped|surged|grew|grown|shrank|shrunk|declined|increased|decreased|doubled|halved|tripled)\\b',
      ),
      re(
        '\\b(?:almost|nearly|about|around|roughly|over|under|more than|less than|up to|at least)\\s+(?:a|an|one|half an?)\\s+(?:metre|meter|kilo|kilogram|kilometre|kilometer|litre|liter|mile|foot|inch|pound|ounce|gram|tonne|ton|minute|hour|second|degree|dollar|euro)\\b',
      ),
      // A change in a quantity is a statistic even without the figure: "a measurable rise in".
      re(
        '\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:rise|increase|drop|fall|decline|surge|jump|spike|reduction|dip)\\s+in\\b',
      ),
      re(
        '\\b(?:doubled|tripled|trebled|quadrupled|halved|twice as|threefold|fourfold|tenfold|\\d+-fold|(?:two|three|four|five|ten) times)\\b',
      ),
      // A multiple of another amount is a comparison in figures: "costs twice what it did",
      // "twice the national rate", "is double the average", "half as much as".
      re(
        '\\btwice\\s+(?:what|the(?!\\s+(?:first|next|last|following|same|previous|other|whole|day|night|week|weekend|month|year|morning|afternoon|evening)\\b)|that\\s+of|as)\\b|\\b(?:double|triple|treble|quadruple)\\s+(?:what|that\\s+of)\\b|\\b(?:is|are|was|were|be|been|cost|costs|paid|pays|pay|earn|earns|earned|charge|charges|charged|use|uses|used|spend|spends|spent|now|roughly|about|almost|nearly|around)\\s+(?:double|triple|treble|quadruple)\\s+the\\b|\\bhalf\\s+as\\s+(?:much|many|\\p{L}+\\s+as)\\b|\\b(?:six|seven|eight|nine|twenty|a\\s+hundred|\\d+(?:\\.\\d+)?)\\s+times\\s+(?:what|the|that|as|more|less|fewer|higher|lower|bigger|larger|smaller|faster|slower|longer|cheaper)\\b',
      ),
      // A trend over a span, without the figure: "has grown every year for the past decade",
      // "have been disappearing from market towns for decades".
      re(
        '\\b(?:has|have|had)\\s+(?:been\\s+)?(?:[\\p{L}]+ly\\s+)?(?:grown|risen|fallen|climbed|dropped|declined|increased|decreased|shrunk|shrinking|growing|rising|falling|climbing|declining|increasing|closing|disappearing)\\b[^.;:!?]{0,50}?\\b(?:every year|each year|year on year|year after year|for (?:the (?:past|last) )?(?:(?:two|three|several|many|a few) )?(?:decades?|years|centur(?:y|ies))|over the (?:past|last) (?:[\\p{L}]+ )?(?:decades?|years|centur(?:y|ies))|in recent years)\\b',
      ),
      // A count of events: "for the third time", "for the fifth year running".
      re(
        '\\bfor the (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)) (?:time|year|season|month|week)\\b',
      ),
      re(
        `\\b(?:a|one|two|three) (?:third|quarter|fifth|tenth)s?(?=\\s+(?:of|the|as|in|since|over|from|to)\\b|\\s*[.,;)\\n]|$)|\\b(?:${SMALL})-(?:thirds?|quarters?|fifths?|tenths?)\\b|\\b(?:${SMALL})(?:\\s+[\\p{L}-]+)?[- ]in[- ](?:${SMALL}|a[- ]hundred|a[- ]thousand|\\d{1,3}(?!\\d))\\b|\\bhalf (?:of|a|the|as)\\b|\\b(?:in|by) half\\b|\\b(?:vast |large |great )?(?:majority|minority) of\\b|\\bon average\\b|\\ban average of\\b|\\bper capita\\b`,
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
      re(`\\b(?:${SMALL})(?:[- ](?:${SMALL}))? (?:per ?cent|percent)\\b|\\bpercentages?\\b`),
    ],
  },
  {
    id: 'comparison',
    label: 'Comparatives and superlatives',
    finding: 'Makes a comparison or a superlative',
    why: 'ask "compared with what?" and check the ranking holds',
    strength: 'weak',
    patterns: [
      {
        re: re(
          '\\b(?!(?:rather|other|whether|neither|either|order|under|over|after|ever|never|per|her|sooner|number|member|together|manner|matter|water|paper|power|corner|summer|winter|dinner|letter|offer|answer)\\s)\\p{L}{3,}er\\s+(?:[\\p{L}-]+\\s+){0,3}?than\\b',
        ),
        strength: 'strong',
      },
      {
        re: re(
          '\\b(?:more|less|fewer|better|worse|greater|lower|higher|faster|slower|cheaper|sooner|longer|shorter)\\s+(?:[\\p{L}-]+\\s+){0,3}?than\\b|\\bcompared (?:with|to)\\b',
        ),
        strength: 'strong',
      },
      {
        re: re(
          `\\b(?:the|its|their|our|his|her|one of the)\\s+(?:\\p{L}+\\s+)?(?:${MEASURED_SUPERLATIVES})\\b|\\b(?:the|its|their|our)\\s+(?:most|least)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:of|in|on|among|ever)\\b|\\bone of the (?:most|least)\\s+[\\p{L}-]+|\\b(?:the|its|their|our)\\s+\\p{L}+est\\s+(?:[\\p{L}’']+\\s+){0,3}?ever\\b`,
        ),
        strength: 'strong',
      },
      re(
        '\\b(?:best|worst|most|least|largest|biggest|smallest|highest|lowest|fastest|slowest|strongest|weakest|oldest|newest|youngest|cheapest|safest|greatest|richest|poorest|leading|top-selling|best-selling|bestselling|number one)\\b',
      ),
      re(
        '\\b(?:the|its|their|his|her|our)\\s+(?!(?:interest|forest|honest|request|contest|harvest|protest|test|rest|west|guest|chest|nest|quest|manifest)\\b)\\p{L}{2,}est\\b',
      ),
      // "The only vest in our test", "the first hybrid Halvard has built": a ranking with its
      // scope. Case matters here (a name as the scope), so this pattern is not case-blind.
      {
        re: re(
          '\\b[Tt]he (?:only|first|last)\\s+(?!(?:time|times|few|day|days|week|weeks|month|months|year|years|night|nights|morning|thing|one|two|three|four|five|six|seven|eight|nine|ten|twelve|try|attempt|go|glance|sight|place|step|page)\\b)(?:[\\p{L}-]+\\s+){0,3}?(?:to|that|who|in|on|of|with|we|ever|since|among|\\p{Lu}\\p{L}+)\\b',
          'g',
        ),
        strength: 'strong',
      },
      {
        re: re(
          '\\b(?:outperform(?:s|ed)?|outsell(?:s)?|outsold|exceed(?:s|ed)?|surpass(?:es|ed)?|unrivall?ed|unmatched|unprecedented|record[- ](?:high|low|breaking|level)|record (?:highs|lows)|on record|ever recorded)\\b',
        ),
        strength: 'strong',
      },
      re('\\bthe first\\b'),
      // "as well as any compost I've tested", "as durable as any": an equal to the best.
      re('\\bas\\s+[\\p{L}-]+\\s+as\\s+any\\b'),
      // A ranking by its idiom: "Daily brushing is still the gold standard", "remains the
      // benchmark".
      {
        re: re(
          '\\b(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|now\\s+|widely\\s+)?(?:seen\\s+as\\s+|considered\\s+)?(?:the|a)\\s+(?:gold[- ]standard|benchmark|first[- ]line treatment)\\b',
        ),
        strength: 'strong',
      },
      // A ranking by rarity: "one of the few senior foods that …", "one of only three".
      { re: re('\\bone of (?:the )?(?:few|only)\\b'), strength: 'strong' },
      // A comparative as the predicate: "Five-year rates are lower", "the new model is lighter".
      {
        re: re(
          '\\b(?:is|are|was|were|has been|have been)\\s+(?:now\\s+|much\\s+|far\\s+|slightly\\s+|a little\\s+|significantly\\s+|considerably\\s+|still\\s+)?(?:lower|higher|cheaper|dearer|pricier|faster|slower|larger|smaller|bigger|heavier|lighter|longer|shorter|safer|riskier|stronger|weaker|warmer|colder|quieter|louder|thinner|thicker|wider|narrower|older|newer|rarer|commoner)\\b',
        ),
        strength: 'strong',
      },
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
        '\\b(?:stud(?:y|ies)|research|trials?|data|evidence|surveys?|experiments?|analys[ie]s|tests|findings|reviews?|results)\\s+(?:\\p{L}+\\s+)?(?:shows?|showed|shown|suggests?|suggested|finds?|found|proves?|proved|confirms?|confirmed|indicates?|indicated|reveals?|revealed|demonstrates?|demonstrated)\\b',
      ),
      {
        re: re(
          '\\b(?:in|a|an|the|one|our|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:trial|study|survey|experiment|meta-analysis|review of)\\b',
        ),
        strength: 'weak',
      },
      // What the evidence for something is: "Evidence for glucosamine was weak".
      re('\\bevidence\\s+(?:for|behind|on|that)\\b'),
      // How much evidence stands behind something: "decades of evidence", "years of data".
      re(
        '\\b(?:years|decades|a decade|a century|centuries)\\s+of\\s+(?:[\\p{L}-]+\\s+)?(?:evidence|data|research|studies|trials|clinical use|safety data)\\b',
      ),
      re(
        '\\bpeer[- ]reviewed\\b|\\b(?:un)?published\\b|\\baccording to\\b|\\b(?:tested|trialled|trialed) on\\b|\\b(?:the|these|those|such)\\s+(?:studies|trials|data|results|findings)\\s+(?:are|is|was|were|have|has)\\b',
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
        '\\b(?:caus(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|boost(?:s|ed|ing)?|prevent(?:s|ed|ing)?|cur(?:e|es|ed)|heal(?:s|ed)?|repair(?:s|ed)?|lead(?:s)? to|led to|leading to|result(?:s|ed)? in|increas(?:e|es|ed)|decreas(?:e|es|ed)|lower(?:s|ed|ing)|rais(?:e|es|ed)|improv(?:e|es|ed)|trigger(?:s|ed)?|slow(?:s|ed)|protect(?:s|ed)? against|strengthen(?:s|ed)?|weaken(?:s|ed)?|stimulat(?:e|es|ed)|eliminat(?:e|es|ed)|(?<!in )revers(?:e|es|ed)|fights? (?:off|against)|contribut(?:e|es|ed) to|linked (?:to|with)|associated with|due to|as a result of|responsible for|worsen(?:s|ed)?|shorten(?:s|ed)?|lengthen(?:s|ed)?|blunt(?:s|ed)?|break(?:s)? down|interact(?:s)? with|inhibit(?:s|ed)?|suppress(?:es|ed)?|disrupt(?:s|ed)?|damag(?:e|es|ed)|irritat(?:e|es|ed)|sooth(?:e|es|ed)|calms|rebuild(?:s)?|regulat(?:e|es|ed)|help(?:s|ed)? (?:to )?(?!(?:is|are|was|were|be|been|the|a|an|you|with|if|me|us|them|it|out|yet|much)\\b)\\p{L}+|draws? (?:\\p{L}+ )?(?:\\p{L}+ )?out|cut(?:s|ting)? (?:[\\p{L}-]+ ){0,3}?by)\\b',
      ),
      re(
        '\\b(?:make|makes|made|making)\\s+(?:it|them|the\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?|[\\p{L}-]+)\\s+(?:more|less|safe|safer|unsafe|easier|harder|worse|better|\\p{L}{3,}er)\\b',
      ),
      re('(?<!\\bnot )\\bbecause of\\b'),
      { re: re('\\bbecause\\b(?! of)'), strength: 'weak' },
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
        '\\b(?:experts?|scientists?|researchers?|doctors?|dermatologists?|physicians?|analysts?|economists?|critics?|insiders?|sources?|observers?|officials?|fans|devotees|proponents|advocates|supporters|users|residents|locals|neighbou?rs|campaigners|opponents|many|some|most)\\s+(?:\\p{L}+\\s+)?(?:say|says|said|believe|believes|believed|think|thinks|thought|agree|agreed|claim|claims|claimed|suggest|suggested|warn|warned|argue|argued|estimate|estimated|report|reported|swear|insist)\\b',
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
      // A year, a month or a named day is a date on the record; durations and "every Monday" are weak.
      { re: re('(?<![\\p{N},.$€£])(?:1[5-9]\\d\\d|20\\d\\d)s?(?![\\p{N}%])'), strength: 'strong' },
      {
        re: re(
          `\\b(?:${MONTHS})(?!\\p{L})|\\b(?:in|since|until|by|of|last|next|early|late|mid-?|from|on) May\\b|\\bMay \\d`,
          'g',
        ),
        strength: 'strong',
      },
      {
        re: re(
          '\\b(?:[Ee]nds?|[Ee]nding|[Ss]tarts?|[Ss]tarting|[Tt]hrough|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ss]ince|[Ll]ast|[Nn]ext|[Pp]ublished|[Aa]nnounced|[Ss]aid|[Cc]loses?|[Cc]losing|[Oo]pens?|[Rr]uns?|[Ee]xpires?)\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!s)',
          'g',
        ),
        strength: 'strong',
      },
      re('\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b', 'g'),
      re(
        '\\b(?:last|next|this|past|previous|coming)\\s+(?:year|month|week|spring|summer|autumn|fall|winter|decade|century|quarter|season)\\b|\\b(?:yesterday|ago|annually|a year|per year|each year|a month|per month|a week|per week|a day|per day|year-on-year|quarterly)\\b',
      ),
      // A counted span of time ("nine years", "14 months") is a measure on the record; "a few
      // weeks" is not.
      // A span of years on the record: a state that has lasted ("has been empty for nine
      // years", "For four decades she has built …"), how often in a span ("the second closure in
      // three years"), how long something took or lasts ("It took her fourteen months", "will
      // last three hundred years") and a length in time ("nine years long"). A story's span
      // ("She sang for two years in a choir"), an age and a rhythm are not.
      {
        re: re(
          `\\b(?:has|have|had|’s|'s|’ve|'ve)\\s+(?:(?!every\\b)[a-z-]+\\s+){0,8}?(?:for|in|over)\\s+(?:the\\s+(?:past|last)\\s+)?(?:\\d+|${SMALL})[\\s-]+(?:years?|decades?|centuries)\\b|\\b(?:first|second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th))\\s+(?:[a-z-]+\\s+){0,6}in\\s+(?:the\\s+(?:past|last)\\s+)?(?:\\d+|${SMALL})\\s+(?:years|decades)\\b|\\b(?:took|takes|take|lasted|lasts|last|waited|waits|spent|spends)\\s+(?:[a-z]+\\s+)?(?:about\\s+|nearly\\s+|almost\\s+|over\\s+)?(?:\\d+(?:\\.\\d+)?|${SMALL})(?:\\s+hundred)?[\\s-]+(?:${UNITS})\\b|\\b(?:\\d+(?:\\.\\d+)?|${SMALL})\\s+(?:${UNITS})\\s+long\\b`,
        ),
        strength: 'strong',
      },
      {
        re: re(`\\bFor\\s+(?:\\d+|${SMALL})\\s+(?:years|decades|centuries)\\b`, 'g'),
        strength: 'strong',
      },
      re(`\\b(?:\\d+(?:\\.\\d+)?|${SMALL}|a few|several|a couple of|many)[\\s-]+(?:${UNITS})\\b`),
      re(
        '\\b(?:within|after|in|for|over|under|during)\\s+(?:a|an|the)\\s+(?:(?:first|past|last|next|same)\\s+)?(?:(?:few|\\d+)\\s+)?(?:second|minute|hour|day|week|month|year|decade|century|season)s?\\b|\\bfor (?:decades|years|months|weeks|centuries|generations)\\b|\\bsince\\s+(?:the\\s+)?(?:start|beginning|end|launch|founding)\\b',
      ),
      re('\\bsince\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?', 'g'),
      // An age as a milestone: "since she was eight", "until he was nineteen", "by the age of
      // eight" (weak; the spotter makes it strong in someone else's life on the record).
      re(
        `\\b(?:since|until|till|when)\\s+(?:she|he|they)\\s+(?:was|were)\\s+(?:\\d{1,2}|${SMALL})\\b(?![\\s-]*(?:%|percent|per|minutes|hours|days|weeks|months|years|feet|metres|meters|miles|kilometres|kilometers))|\\b(?:by|at|from)\\s+the\\s+age\\s+of\\s+(?:\\d{1,2}|${SMALL})\\b`,
      ),
      {
        re: re(
          '\\b(?:\\d+(?:st|nd|rd|th)|\\p{L}+(?:th|st|nd|rd))[- ]century\\b|\\bthe\\s+(?:Middle|Bronze|Iron|Stone|Ice)\\s+Ages?\\b',
          'g',
        ),
        strength: 'strong',
      },
    ],
  },
  {
    id: 'credential',
    label: 'Credentials and titles',
    finding: 'Mentions a credential or title',
    why: 'check the person holds it and that it fits the subject',
    strength: 'strong',
    patterns: [
      // A title before a name, or a role word alone, is weak: the spotter makes it strong where
      // the text presents someone with it ("Ana Ruiz, a nutritionist at …").
      {
        re: re('\\bDr\\.?(?=\\s+\\p{Lu})|\\bProf(?:essor|\\.)?(?=\\s+\\p{Lu})', 'g'),
        strength: 'weak',
      },
      re('\\b(?:Ph\\.?D|M\\.?D|DPhil|MSc|MBBS|FRCP|FAAD|MRCP|CFA)\\b', 'g'),
      re(
        '\\b(?:board[- ]certified|certified|accredited|licensed|registered|qualified|chartered|award-winning|Nobel)\\b',
      ),
      {
        re: re(
          '\\b(?:professors?|dermatologists?|surgeons?|physicians?|pharmacists?|chemists?|nutritionists?|dietitians?|dieticians?|psychologists?|psychiatrists?|epidemiologists?|immunologists?|oncologists?|toxicologists?|biologists?|physicists?|economists?|nurses?|therapists?|trichologists?|aestheticians?|facialists?|dentists?|optometrists?|veterinarians?|vets?|GPs?|podiatrists?|physiotherapists?|osteopaths?|chiropractors?|pediatricians?|paediatricians?|midwives|midwife|paramedics?|scientists?|analysts?|engineers?|researchers?|lecturers?|planners?|teachers?|headteachers?|surveyors?|consultants?|sommeliers?|conservators?|restorers?|directors?|architects?|lawyers?|solicitors?|barristers?|accountants?|auditors?|librarians?|archivists?|curators?|electricians?|plumbers?|pilots?|firefighters?|\\p{L}+ologists?|\\p{L}+icians?)\\b',
        ),
        strength: 'weak',
      },
      re("\\b(?:holds?|has|earned|with) an? (?:degree|doctorate|PhD|master['’]?s)\\b", 'g'),
      // A senior post with where it is held: "head sommelier at Quill & Vine", "principal viola
      // of the Wendholm Players", "chief engineer at …".
      re(
        '\\b(?:head|chief|principal|senior|lead|deputy|assistant|associate)\\s+(?:[a-z-]+\\s+){0,2}?(?:at|of|for|with)\\s+(?:the\\s+)?\\p{Lu}',
        'gu',
      ),
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
        '\\b(?:contains?|containing|free (?:of|from)|suitable for|safe (?:for|to use)|approved for|made without|without (?:added|artificial|synthetic)|(?:rich|high|low) in|a (?:good |great |rich |natural )?source of|packed with|loaded with)\\b|(?<!\\b(?:we|I|they|he|she)\\s)\\bfound (?:naturally )?in\\b|\\b[\\p{L}]+-free\\b|\\b(?:vegan|non-toxic|hypoallergenic|non-comedogenic|dermatologist[- ]tested|fragrance[- ]free|biodegradable|recyclable|compostable|eco-friendly|carbon[- ]neutral|plastic[- ]free|ethically sourced|fair[- ]trade|cruelty[- ]free|drug-free|SPF\\s?\\d+)\\b',
      ),
      { re: re('\\b(?:organic|natural|sustainabl[ey])\\b'), strength: 'weak' },
    ],
  },
  {
    id: 'event',
    label: 'Events on the record',
    finding: 'Reports an event that leaves a record',
    why: 'foundings, discoveries, launches, fines, bans and awards can be checked in filings, papers and archives',
    strength: 'strong',
    patterns: [
      // A status on the record: "The A614 remains closed", "has suspended trains", "were evacuated".
      re(
        '\\b(?:remains?|remained|has been|have been|had been|is|are|was|were|has|have|had)\\s+(?:now\\s+|temporarily\\s+|indefinitely\\s+)?(?:closed|shut|suspended|cancell?ed|evacuated|postponed|halted|reopened|resumed|withdrawn|recalled|delisted)\\b',
      ),
      re(
        "\\b(?:founded|co-founded|established|discovered|invented|patented|launched|fined|sued|prosecuted|convicted|charged with|banned|recalled|approved by|licensed by|acquired|merged|elected|appointed|awarded|won(?![’']t)|premiered|replac(?:es|ed)|developed (?:by|with|at)|funded by|sponsored by|commissioned by)\\b",
      ),
      // Honours and records: "was shortlisted for the X Prize", "nominated for", "was named the
      // league's coach of the year", "holds the national record", "broke the course record",
      // "a gold medal" (not "set the record straight").
      re(
        "\\b(?:short-?listed|long-?listed|nominated)\\s+(?:[a-z]+\\s+){0,2}?for\\b|\\bnamed\\s+(?:as\\s+)?(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?of\\s+the\\s+year\\b|\\b(?:holds?|held|holding|set|sets|setting|broke|breaks|breaking|equall?ed|smashed)\\s+(?:a|the|her|his|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?record\\b(?!\\s+straight)|\\b(?:gold|silver|bronze)\\s+medals?\\b",
      ),
    ],
  },
  {
    id: 'specification',
    label: 'Specifications, ratings and prices',
    finding: 'Gives a specification, rating or price',
    why: 'check it against the maker’s data, the test report or the price list',
    strength: 'strong',
    patterns: [
      re(
        '\\b(?:rated|certified|approved|graded|classed)\\s+(?:for|at|to|as|up to)\\b|\\bIP[X\\d]\\d\\b|\\bweigh(?:s|ed|ing)?\\b|\\bcapacity\\b|\\bwarrant(?:y|ies|ied)\\b|\\bbattery life\\b|\\bholds?\\s+(?:up to\\s+|about\\s+|around\\s+|roughly\\s+)?(?:a charge|\\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\b)|\\bmeets?\\s+(?:the|that|this|a|an|all|every)\\s+(?:[\\p{L}-]+\\s+)?(?:standards?|requirements?|specifications?|criteria|regulations?|guidelines?)\\b|\\blasts? (?:about|around|up to|for|\\d)|\\b(?:priced at|retails? (?:for|at)|sells? for)\\b|\\b(?:waterproof|water-resistant|shockproof|dustproof|compatible with)\\b',
      ),
      {
        re: re(
          '\\b(?:costs?|starts? at|made (?:in|from|of)|comes? (?:with|in)|runs? at)\\b|\\bup to\\s+(?:[$€£]\\s?)?\\d',
        ),
        strength: 'weak',
      },
    ],
  },
  {
    id: 'negation',
    label: 'Negated properties',
    finding: 'Denies a property or a fact',
    why: 'a denial is as checkable as an assertion: find what shows it is not so',
    strength: 'strong',
    // Read from parts of speech (a copula or verb with "not", or "no" before a noun): cues.ts.
    patterns: [],
  },
  {
    id: 'ownership',
    label: 'Ownership and affiliation',
    finding: 'Says who owns, makes or runs something',
    why: 'check company filings, registers and the organisation’s own pages',
    strength: 'strong',
    patterns: [
      re(
        '\\b(?:owns|owned by|co-owns|belongs to|(?:a|its|the)\\s+(?:subsidiary|division|unit|arm|parent company) of|(?:the|a)\\s+(?:maker|makers|owner|owners|operator|publisher|manufacturer|distributor|supplier)s? of|(?:majority |minority )?stake in|which\\s+(?:makes(?!\\s+(?:it|them|him|her|me|us|you|this|that|everything|everyone|things)\\b(?!\\s+(?:in|at|by|from|for|under|on|out\\s+of)\\b|\\s*[.;,]|\\s*$))|sells|owns|publishes|operates|runs\\s+(?:a|an|the|its)\\b)|who\\s+(?:heads\\s+up|leads\\s+on|operates\\s+on)\\s+(?!(?:the\\s+|a\\s+)?(?:hills?|lanes?|roads?|streets?|stairs|steps|paths?|tracks?|slopes?|mountains?|ladders?|drives?|shoestring|weekends?|weekdays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\\b)|who\\s+(?:runs|operates|manages|directs|heads|chairs|leads|owns|founded|co-founded)\\b(?!\\s+(?:for|with|in|on|to|at|around|through|along|into|past|up|down|out|home|back|every|each|daily|weekly|marathons?|races?|miles|half-marathons?|\\d)\\b))\\b',
      ),
    ],
  },
  {
    id: 'generalisation',
    label: 'Generalisations',
    finding: 'Generalises about a group or how often something happens',
    why: 'ask how many, how often and on what evidence',
    strength: 'strong',
    patterns: [
      re(
        '\\b(?:tends?|tended) to\\b|\\b(?:typically|routinely|commonly|rarely|seldom)\\b|\\b(?:is|are|was|were|remains?|becomes?|being)\\s+(?:very\\s+|relatively\\s+|quite\\s+|extremely\\s+|still\\s+|increasingly\\s+|at least\\s+partly\\s+|partly\\s+|largely\\s+|mostly\\s+)?(?:rare|uncommon|common|widespread|prevalent|endemic|genetic|inherited|hereditary)\\b|\\b(?:higher|lower|greater|increased|reduced|elevated)\\s+(?:rates?|risks?|levels?|odds|incidence)\\s+of\\b|\\bpart of the (?:reason|explanation|cause)\\b',
      ),
      {
        re: re(
          '\\b(?:usually|generally|often|frequently|mostly)\\b|\\b(?:most|many|some)\\s+(?:of\\s+(?:the|our|their|its|these|my)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+s\\b|\\ba lot of (?:people|adults|patients|us)\\b',
        ),
        strength: 'weak',
      },
    ],
  },
  {
    id: 'forecast',
    label: 'Promises and forecasts',
    finding: 'Promises or forecasts something',
    why: 'note who said what will happen by when, and check it against the record',
    strength: 'strong',
    // "Will" after a named subject is read from parts of speech: cues.ts.
    patterns: [
      re(
        '\\b(?:is|are|was|were)\\s+(?:expected|scheduled|due|set|slated|projected|forecast|on track|poised)\\s+to\\b|\\b(?:expects|expected|plans|planned|intends|intended|pledged|pledges|promises|promised|vowed|vows|guarantees|guaranteed)\\s+to\\b|\\bdue\\s+(?:this|next|in|by|later|out)\\b',
      ),
    ],
  },
  {
    id: 'statement',
    label: 'Statements of fact',
    finding: 'States something as fact',
    why: 'sentences built like this usually need a source, though no cue word marks it',
    strength: 'strong',
    // Never fired by a pattern: the check-worthiness model (model.ts) proposes a clause that no
    // cue marks, and this is its reason.
    patterns: [],
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

const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]))

/**
 * A suggestion's one-line reason for a rule, quoting the words that made it fire:
 * `Contains a percentage (“82%”): figures can be checked against the source.`
 */
export function reasonFor(rule: RuleId, quoted: string): string {
  const r = RULE_BY_ID.get(rule)
  if (!r) return rule
  const q = quoted
    .replace(/[*_`[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return `${r.finding} (“${q}”): ${r.why}.`
}

/** A rule firing on a piece of the text: offsets into the text the patterns ran over. */
export interface RuleMatch {
  readonly rule: RuleId
  readonly start: number
  readonly end: number
  readonly strength: Strength
}

/**
 * Every match of every rule in `masked` (text with inline Markdown blanked out), each list
 * sorted by start. One pass per pattern over the whole text keeps long drafts fast.
 */
export function findRuleMatches(masked: string): RuleMatch[][] {
  return SOURCES.map((rule) => {
    const found: RuleMatch[] = []
    for (const p of rule.patterns) {
      const pattern = p instanceof RegExp ? p : p.re
      const strength = (p instanceof RegExp ? undefined : p.strength) ?? rule.strength
      pattern.lastIndex = 0
      for (let m = pattern.exec(masked); m !== null; m = pattern.exec(masked)) {
        if (m[0].length === 0) {
          pattern.lastIndex++
          continue
        }
        if (rule.keep && !rule.keep(m[0], masked, m.index)) continue
        found.push({ rule: rule.id, start: m.index, end: m.index + m[0].length, strength })
      }
    }
    // Longest first at each place, strong before weak.
    found.sort(
      (a, b) =>
        a.start - b.start ||
        b.end - a.end ||
        (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1),
    )
    // A match inside a longer one of the same rule adds nothing ("million" in "$48 million"),
    // unless it is stronger.
    const kept: RuleMatch[] = []
    for (const m of found) {
      const last = kept[kept.length - 1]
      if (!last || m.end > last.end) kept.push(m)
      else if (m.strength === 'strong' && last.strength === 'weak') kept.push(m)
    }
    return kept
  })
}
