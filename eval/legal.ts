import type {
  BrandRelationRef,
  FundedResearchRef,
  PersonRef,
  RuleId,
} from '../src/shared/legal/domain'
import { checkDisclosures, RULES } from '../src/shared/legal/rules'

/**
 * Short passages with the findings legal would expect, written before the rules were tuned.
 * Every brand, person and study is fictional. `expect` is a multiset of rule ids.
 */
export interface LabelledCase {
  readonly id: string
  readonly note: string
  readonly body: string
  readonly relations?: readonly BrandRelationRef[]
  readonly people?: readonly PersonRef[]
  readonly subject?: string
  readonly fundedResearch?: readonly FundedResearchRef[]
  readonly expect: readonly RuleId[]
}

const VALE: PersonRef = {
  name: 'Imogen Vale',
  credentials: ['MD', 'Consultant dermatologist'],
  connections: [{ brand: 'Lumio', kind: 'ambassador' }],
}
const OKONJO: PersonRef = {
  name: 'Sami Okonjo',
  credentials: ['Board-certified dermatologist'],
  connections: [{ brand: 'Glowa', kind: 'paid-consultant' }],
}
const REYES: PersonRef = {
  name: 'Tom Reyes',
  credentials: ['Personal trainer'],
  connections: [{ brand: 'Brackwater', kind: 'investor' }],
}
const FINCH: PersonRef = {
  name: 'Ada Finch',
  credentials: ['Registered dietitian'],
  connections: [{ brand: 'Tessel', kind: 'family-or-business-tie' }],
}
const HARPER: PersonRef = {
  name: 'Nell Harper',
  credentials: ['Registered nutritionist'],
  connections: [],
}
const ITO: PersonRef = { name: 'Ben Ito', credentials: ['Dermatologist'], connections: [] }
const QUILL: PersonRef = {
  name: 'Marta Quill',
  credentials: ['Certified financial planner'],
  connections: [],
}

const FILLER =
  'The rest of the piece covers how the ingredient is made, what it costs and who should avoid it.'

export const LABELLED_CASES: readonly LabelledCase[] = [
  {
    id: 'mc-same-paragraph',
    note: 'ambassador quote with the disclosure in the same paragraph',
    people: [VALE],
    body: `# Night serums\n\n“I use the Lumio night serum on patients who cannot tolerate retinol,” says Dr. Imogen Vale, who is a paid ambassador for Lumio.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'mc-adjacent',
    note: 'ambassador quote, disclosure in the next paragraph',
    people: [VALE],
    body: `# Night serums\n\n“The Lumio night serum is the one I reach for first,” says Dr. Imogen Vale.\n\n*Dr. Vale is a paid ambassador for Lumio.*\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'mc-none',
    note: 'ambassador endorses the brand, no disclosure anywhere',
    people: [VALE],
    body: `# Night serums\n\n${FILLER}\n\n“Honestly, the Lumio night serum changed my practice,” says Dr. Imogen Vale, a consultant dermatologist.\n\n${FILLER}\n`,
    expect: ['material-connection-undisclosed'],
  },
  {
    id: 'mc-far',
    note: 'disclosure moved to the end, far from the endorsement',
    people: [VALE],
    body: `# Night serums\n\n“I often suggest the Lumio serum to my patients,” says Dr. Imogen Vale.\n\n${FILLER}\n\nPrices start at £20.\n\nMost formulas are fragrance free.\n\nPatch test first.\n\n*Dr. Vale is a paid ambassador for Lumio.*\n`,
    expect: ['material-connection-undisclosed'],
  },
  {
    id: 'mc-qa-intro',
    note: 'Q&A answer names the brand; connection disclosed in the Q&A intro',
    people: [VALE],
    body: `# Ask the expert\n\nWe asked Dr. Imogen Vale, who is an ambassador for Lumio, your questions.\n\n**Q:** Which serum should I start with?\n\n**A:** Something gentle. I'd look at the new Lumio serum.\n\n**Q:** When?\n\n**A:** At night, after cleansing.\n`,
    expect: [],
  },
  {
    id: 'mc-qa-none',
    note: 'Q&A answer names the brand; no disclosure',
    people: [VALE],
    body: `# Ask the expert\n\nWe put your questions to Dr. Imogen Vale.\n\n**Q:** Which serum should I start with?\n\n**A:** Something gentle. I'd look at the new Lumio serum.\n\n**Q:** When?\n\n**A:** At night, after cleansing.\n`,
    expect: ['material-connection-undisclosed'],
  },
  {
    id: 'mc-featured',
    note: 'paid consultant featured recommending the brand, no quote, no disclosure',
    people: [OKONJO],
    body: `# Cleansers\n\n${FILLER}\n\nDr. Sami Okonjo swears by Glowa's cream cleanser for dry skin.\n\n${FILLER}\n`,
    expect: ['material-connection-undisclosed'],
  },
  {
    id: 'mc-category-only',
    note: 'connected expert speaks about the ingredient, not the brand: no endorsement',
    people: [VALE],
    body: `# Retinol\n\n“Retinol still has the best evidence of anything you can buy,” says Dr. Imogen Vale.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'mc-unconnected',
    note: 'expert without connections recommends a brand',
    people: [ITO],
    body: `# Sunscreen\n\n“The Lumio fluid is the one I recommend most,” says Dr. Ben Ito.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'mc-investor',
    note: 'investor praises the brand without disclosure',
    people: [REYES],
    subject: 'fitness',
    body: `# Recovery drinks\n\n“Brackwater is the only recovery drink I trust after a long run,” says trainer Tom Reyes.\n\n${FILLER}\n`,
    expect: ['material-connection-undisclosed'],
  },
  {
    id: 'mc-family-disclosed',
    note: 'family tie disclosed in the same paragraph',
    people: [FINCH],
    subject: 'nutrition and diet',
    body: `# Breakfast\n\n“Tessel oats are a good base for a high-fibre breakfast,” says dietitian Ada Finch, whose husband co-owns Tessel.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'aff-before',
    note: 'affiliate notice before the first link',
    relations: [{ brand: 'Glowa', kind: 'affiliate' }],
    body: `# Best cleansers\n\n*We may earn a commission when you buy through links on this page.*\n\nOur pick is the [Glowa Cream Cleanser, £18](https://shop.example/glowa/cream-cleanser).\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'aff-end',
    note: 'affiliate notice only at the end, after the links',
    relations: [{ brand: 'Glowa', kind: 'affiliate' }],
    body: `# Best cleansers\n\nOur pick is the [Glowa Cream Cleanser, £18](https://shop.example/glowa/cream-cleanser).\n\n${FILLER}\n\n*We may earn a commission when you buy through links on this page.*\n`,
    expect: ['affiliate-disclosure-late'],
  },
  {
    id: 'aff-tracking-none',
    note: 'tracking-parameter links, no relation listed, no notice',
    body: `# Five toners\n\n[Brightwell Toner](https://www.example.com/brightwell-toner?tag=galley-21) is gentle.\n\n[Quillon Mist](https://www.example.com/quillon-mist?tag=galley-21) smells of cucumber.\n`,
    expect: ['affiliate-disclosure-missing'],
  },
  {
    id: 'aff-relation-none',
    note: 'affiliate relation on the draft, shop links, no notice',
    relations: [{ brand: 'Lumio', kind: 'affiliate' }],
    body: `# Serums under £30\n\nFor oily skin, buy the [Lumio Clear Serum, £24](https://shop.example/lumio/clear-serum).\n\n${FILLER}\n`,
    expect: ['affiliate-disclosure-missing'],
  },
  {
    id: 'aff-rec-before-notice',
    note: 'a recommendation comes before the notice, the link after it',
    relations: [{ brand: 'Lumio', kind: 'affiliate' }],
    body: `# Serums\n\nTry the Lumio Clear Serum if your skin is oily.\n\n*We may earn a commission when you buy through links on this page.*\n\n[Lumio Clear Serum, £24](https://shop.example/lumio/clear-serum)\n`,
    expect: ['affiliate-disclosure-late'],
  },
  {
    id: 'aff-editorial',
    note: 'editorial recommendation with a plain link, no affiliate relation: nothing to disclose',
    body: `# Library apps\n\nWe love the [Harbour Street catalogue app](https://library.example/app) for renewing loans.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'aff-links-buried',
    note: 'affiliate wording tucked after a row of links',
    relations: [{ brand: 'Glowa', kind: 'affiliate' }],
    body: `# Stockists\n\n${FILLER}\n\nShop: [Glowa cleanser](https://shop.example/glowa/cleanser) · [Glowa toner](https://shop.example/glowa/toner) · affiliate links, we may earn a commission.\n\n${FILLER}\n`,
    expect: ['affiliate-disclosure-late', 'disclosure-buried'],
  },
  {
    id: 'sp-label-top',
    note: 'clear sponsored label at the top',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `Sponsored by Marrowby\n\n# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'sp-missing',
    note: 'sponsor on the draft, no disclosure in the text',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n`,
    expect: ['relation-undisclosed'],
  },
  {
    id: 'sp-hash-sp',
    note: '“#sp” as the only disclosure, mid-piece',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `# Winter walks\n\nMarrowby boots kept our feet dry on all five routes. #sp\n\n${FILLER}\n\n${FILLER}\n`,
    expect: ['ambiguous-wording'],
  },
  {
    id: 'sp-spon-hashtags-end',
    note: '“#spon” among hashtags at the end',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n\n#walking #winter #boots #spon\n`,
    expect: ['ambiguous-wording', 'disclosure-buried', 'sponsorship-undisclosed'],
  },
  {
    id: 'sp-partnership',
    note: '“in partnership with” instead of a paid disclosure',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `*In partnership with Marrowby*\n\n# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n`,
    expect: ['ambiguous-wording'],
  },
  {
    id: 'sp-paid-partnership',
    note: '“Paid partnership with” is clear',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `*Paid partnership with Marrowby*\n\n# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'sp-promoted',
    note: '“Promoted by” is ambiguous',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `Promoted by Marrowby\n\n# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n`,
    expect: ['ambiguous-wording'],
  },
  {
    id: 'sp-brand-alone',
    note: 'a brand name alone over the piece',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `**MARROWBY**\n\n# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n`,
    expect: ['ambiguous-wording'],
  },
  {
    id: 'sp-ad-hashtags',
    note: '“#ad” is clear but buried among hashtags at the end',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n\n#walking #winter #boots #ad #outdoors\n`,
    expect: ['disclosure-buried', 'sponsorship-undisclosed'],
  },
  {
    id: 'sp-footer',
    note: 'clear sponsorship line only in the footer',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n\n${FILLER}\n\n---\n\nThis article was sponsored by Marrowby.\n`,
    expect: ['disclosure-buried', 'sponsorship-undisclosed'],
  },
  {
    id: 'sp-article-and-affiliate',
    note: 'sponsored piece with a notice before its links: all clear',
    relations: [
      { brand: 'Marrowby', kind: 'sponsor' },
      { brand: 'Marrowby', kind: 'affiliate' },
    ],
    body: `*This article is sponsored by Marrowby. We may earn a commission on purchases made through its links.*\n\n# Winter walks\n\nOur pick is the [Marrowby Fell Boot, £140](https://shop.example/marrowby/fell-boot).\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'gift-thanks',
    note: 'gifted product acknowledged only with “thanks”',
    relations: [{ brand: 'Quillon', kind: 'gifted' }],
    body: `# Hand creams tested\n\nThe Quillon balm sank in fastest of the six. Thanks Quillon!\n\n${FILLER}\n\n${FILLER}\n`,
    expect: ['ambiguous-wording'],
  },
  {
    id: 'gift-clear',
    note: 'gifted product disclosed plainly',
    relations: [{ brand: 'Quillon', kind: 'gifted' }],
    body: `# Hand creams tested\n\nQuillon sent us the balm free of charge; we chose to include it. It sank in fastest of the six.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'gift-missing',
    note: 'gifted product on the draft, nothing in the text',
    relations: [{ brand: 'Quillon', kind: 'gifted' }],
    body: `# Hand creams tested\n\nThe Quillon balm sank in fastest of the six.\n\n${FILLER}\n`,
    expect: ['relation-undisclosed'],
  },
  {
    id: 'res-known-undisclosed',
    note: 'study known (from the sources) to be paid for by the brand, cited without saying so',
    relations: [{ brand: 'Lumio', kind: 'affiliate' }],
    fundedResearch: [{ name: 'Harrowgate Skin Institute', funder: 'Lumio' }],
    body: `# Does it work?\n\nResearch shows the ferment doubles skin hydration, according to a study by the Harrowgate Skin Institute.\n\n${FILLER}\n`,
    expect: ['paid-research-undisclosed'],
  },
  {
    id: 'res-known-disclosed',
    note: 'the same study with its funding stated where it is cited',
    relations: [{ brand: 'Lumio', kind: 'affiliate' }],
    fundedResearch: [{ name: 'Harrowgate Skin Institute', funder: 'Lumio' }],
    body: `# Does it work?\n\nA study by the Harrowgate Skin Institute, funded by Lumio, found the ferment doubles skin hydration.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'res-funding-in-footnote',
    note: 'trial cited early, its funding only in a footnote far below',
    relations: [{ brand: 'Lumio', kind: 'brand-mentioned' }],
    body: `# Does it work?\n\nThe GLOW-8 trial found fine lines fell by a third in eight weeks.\n\n${FILLER}\n\nPrices start at £20.\n\nPatch test first.\n\n---\n\nNotes: the GLOW-8 trial was funded by Lumio.\n`,
    expect: ['paid-research-undisclosed'],
  },
  {
    id: 'res-funded-inline',
    note: 'brand-funded study disclosed inline',
    relations: [{ brand: 'Lumio', kind: 'brand-mentioned' }],
    body: `# Does it work?\n\nA Lumio-funded study of 60 women found fine lines fell by a third in eight weeks.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'cred-mismatch',
    note: 'nutritionist presented as the expert in a skincare piece',
    people: [HARPER],
    subject: 'skincare',
    body: `# Glass skin\n\n“A fermented toner will clear acne in a fortnight,” says nutritionist Nell Harper.\n\n${FILLER}\n`,
    expect: ['expert-credentials-mismatch'],
  },
  {
    id: 'cred-match',
    note: 'dermatologist in a skincare piece',
    people: [ITO],
    subject: 'skincare',
    body: `# Glass skin\n\n“A fermented toner will not clear acne on its own,” says dermatologist Ben Ito.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'cred-trainer-on-money',
    note: 'personal trainer quoted as the expert on pensions',
    people: [{ ...REYES, connections: [] }],
    subject: 'personal finance',
    body: `# Pensions at 30\n\n“Everyone should put at least 15 percent into a pension,” says trainer Tom Reyes.\n\n${FILLER}\n`,
    expect: ['expert-credentials-mismatch'],
  },
  {
    id: 'plain-news',
    note: 'a council story with no brands, links or experts',
    people: [QUILL],
    subject: 'personal finance',
    body: `# Council approves budget\n\nThe council approved a £412 million budget on Tuesday.\n\n“Start with one month of savings,” says Marta Quill, a financial planner.\n\nA public hearing is scheduled for October.\n`,
    expect: [],
  },
  {
    id: 'social-ad-affiliate',
    note: 'short post: affiliate link, only “#ad” among hashtags',
    body: `Obsessed with this serum! [Get it here](https://amzn.to/3xYzAbc) #skincare #glow #ad\n`,
    expect: ['affiliate-disclosure-missing', 'disclosure-buried'],
  },
  // Written after the first run of the rules, as a check on them; not tuned to.
  {
    id: 'late-pronoun-disclosure',
    note: 'disclosure by pronoun in the next paragraph',
    people: [VALE],
    body: `# Night serums\n\n“I often suggest the Lumio serum,” says Dr. Imogen Vale.\n\nShe is a paid ambassador for Lumio.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'late-vague-connection',
    note: '“works with” is a vague description of a paid role',
    people: [VALE],
    body: `# Night serums\n\n“I often suggest the Lumio serum,” says Dr. Imogen Vale, who works with Lumio.\n\n${FILLER}\n`,
    expect: ['ambiguous-wording'],
  },
  {
    id: 'late-ftc-wording',
    note: 'the FTC’s own clear affiliate wording, before the link',
    body: `I get commissions for purchases made through links in this post.\n\n[Quillon Mist](https://www.example.com/quillon-mist?tag=galley-21) smells of cucumber.\n`,
    expect: [],
  },
  {
    id: 'late-associate',
    note: 'associate-programme wording before the links',
    body: `As a Brightmart Associate I earn from qualifying purchases.\n\n[Quillon Mist](https://www.example.com/quillon-mist?tag=galley-21) smells of cucumber.\n`,
    expect: [],
  },
  {
    id: 'late-upper-advertisement',
    note: 'an upper-case ADVERTISEMENT FEATURE label is clear',
    relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
    body: `ADVERTISEMENT FEATURE\n\n# Winter walks\n\nMarrowby boots kept our feet dry on all five routes.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'late-pr-sample',
    note: '“PR sample” disclosure of a gifted product',
    relations: [{ brand: 'Quillon', kind: 'gifted' }],
    body: `# Hand creams tested\n\nThe Quillon balm sank in fastest of the six. (It was a PR sample.)\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'late-independent',
    note: 'paid study called “independent”',
    relations: [{ brand: 'Lumio', kind: 'brand-mentioned' }],
    fundedResearch: [{ name: 'Harrowgate Skin Institute', funder: 'Lumio' }],
    body: `# Does it work?\n\nAn independent study by the Harrowgate Skin Institute found the ferment doubles hydration.\n\n${FILLER}\n`,
    expect: ['paid-research-undisclosed'],
  },
  {
    id: 'late-thanks-causal',
    note: '“thanks to” a brand’s formula is not a disclosure at all',
    relations: [{ brand: 'Lumio', kind: 'brand-mentioned' }],
    body: `# Night serums\n\nThanks to Lumio's new formula, the serum no longer stings.\n\n${FILLER}\n`,
    expect: [],
  },
  {
    id: 'late-qa-after',
    note: 'Q&A answer names the brand; disclosure only in the next section',
    people: [VALE],
    body: `# Ask the expert\n\nWe put your questions to Dr. Imogen Vale.\n\n**Q:** Which serum should I start with?\n\n**A:** Something gentle. I'd look at the new Lumio serum.\n\n**Q:** When?\n\n**A:** At night.\n\n## What to buy\n\nDr. Vale is a paid ambassador for Lumio.\n`,
    expect: ['material-connection-undisclosed'],
  },
  {
    id: 'late-two-brands',
    note: 'ambassador for one brand praises another: no connection to disclose',
    people: [VALE],
    body: `# Night serums\n\n“The Glowa balm is lovely for dry skin,” says Dr. Imogen Vale.\n\n${FILLER}\n`,
    expect: [],
  },
]

export interface Evaluation {
  readonly cases: number
  readonly right: number
  readonly missed: number
  readonly wrong: number
  readonly errorCasesCaught: number
  readonly errorCasesTotal: number
  /** right / (right + missed) */
  readonly rightRatio: number
  /** wrong / (right + wrong): the share of reported findings that are wrong */
  readonly wrongRatio: number
  readonly details: readonly {
    readonly id: string
    readonly expected: readonly RuleId[]
    readonly found: readonly RuleId[]
  }[]
}

/** Runs the rules over every labelled case and counts right, missed and wrong findings. */
export function evaluateDisclosures(cases: readonly LabelledCase[] = LABELLED_CASES): Evaluation {
  let right = 0
  let missed = 0
  let wrong = 0
  let errorCasesCaught = 0
  let errorCasesTotal = 0
  const details: { id: string; expected: RuleId[]; found: RuleId[] }[] = []
  for (const c of cases) {
    const found = checkDisclosures({
      body: c.body,
      ...(c.relations ? { relations: c.relations } : {}),
      ...(c.people ? { people: c.people } : {}),
      ...(c.subject ? { subject: c.subject } : {}),
      ...(c.fundedResearch ? { fundedResearch: c.fundedResearch } : {}),
    }).map((f) => f.rule)
    const left = [...found]
    let caseMissed = 0
    for (const rule of c.expect) {
      const i = left.indexOf(rule)
      if (i >= 0) {
        left.splice(i, 1)
        right++
      } else {
        missed++
        caseMissed++
      }
    }
    wrong += left.length
    const errors = c.expect.filter((r) => RULES[r].severity === 'error')
    if (errors.length) {
      errorCasesTotal++
      if (errors.every((r) => found.includes(r))) errorCasesCaught++
    }
    if (caseMissed || left.length) details.push({ id: c.id, expected: [...c.expect], found })
  }
  return {
    cases: cases.length,
    right,
    missed,
    wrong,
    errorCasesCaught,
    errorCasesTotal,
    rightRatio: right + missed ? right / (right + missed) : 1,
    wrongRatio: right + wrong ? wrong / (right + wrong) : 0,
    details,
  }
}
