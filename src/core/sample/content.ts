import type { BrandRelation, DraftStatus, Role } from '@shared/domain'

/**
 * The embedded sample library. Everything here is fictional: the ingredient (vellaria), the
 * brands (Orrenby, Hollowmere, Pell & Quist), the people, the institutions, the trial and the
 * city. The beauty feature is built so that every review feature has something to show:
 * claims of every kind, quotes checked against a transcript (one altered), a paid ambassador
 * whose disclosure drifts away from her endorsement, affiliate links, a gifted product with an
 * ambiguous "thanks", and three revisions with a corrected claim, a changed quote and moves.
 */

export interface SampleRevision {
  readonly message: string
  readonly author: { readonly name: string; readonly role: Role }
  readonly hoursAfterStart: number
  readonly body: string
}

export interface SampleDraft {
  readonly key: string
  readonly title: string
  readonly byline: string
  readonly credits: readonly string[]
  readonly status: DraftStatus
  readonly relations: readonly BrandRelation[]
  readonly archived?: boolean
  readonly revisions: readonly SampleRevision[]
  readonly transcript?: { readonly fileName: string; readonly text: string }
}

export interface SamplePerson {
  readonly name: string
  readonly title: string
  readonly credentials: readonly string[]
  readonly affiliations: readonly string[]
  readonly contact: string
  readonly connections: readonly {
    readonly brand: string
    readonly kind:
      | 'ambassador'
      | 'paid-consultant'
      | 'affiliate'
      | 'investor'
      | 'gifted-product'
      | 'family-or-business-tie'
    readonly since: string
    readonly source: string
  }[]
}

const WRITER = { name: 'Hattie Brennock', role: 'editor' } as const
const EDITOR = { name: 'Julian Okafor', role: 'editor' } as const

// ---------------------------------------------------------------------------------------------
// The feature, paragraph by paragraph. Revision 2 and 3 override a few paragraphs and reorder
// others, so a word-level diff shows a handful of clear changes and two clean moves.
// ---------------------------------------------------------------------------------------------

const FEATURE_V1 = {
  heading: '# Is Vellaria Really the New Retinol?',
  dek: "*A fermented alpine leaf is the most talked-about skincare ingredient of the year. We asked a dermatologist, a nutritionist and our own bathroom shelf what it can, and can't, do.*",
  byline: 'By Hattie Brennock',
  photo: 'Photograph by Ode Marlowe',
  intro:
    'If your feed has felt a little more amber-glass-bottle lately, blame vellaria. The leaf of a small alpine shrub, fermented for 21 days with lactic acid bacteria, appeared in 14 new serums in the first half of 2025, and searches for it rose 240 percent between January and June, according to the retail analytics firm Shelfwise.',
  hype: 'Experts say it is the most important botanical discovery in a decade, and the claims on the boxes are bold: brighter skin, a calmer barrier, fewer lines. One brand calls its formula clinically proven to reduce wrinkles. Another promises visible results for all skin types in seven days.',
  prices:
    'Prices range from £24 for a pharmacy toner to £190 for a 30 ml concentrate, and the formulas vary just as widely: some products contain less than 0.5 percent ferment, others ten times that. Labels rarely say which, so the name on the front tells you little about what is in the bottle.',
  firstQuote:
    "“Vellaria ferment is the first botanical I've seen that behaves like a retinoid without the irritation,” says Dr. Rosalind Achterberg, a board-certified dermatologist and director of the Skin Barrier Clinic at Calloway University Medical Centre, who has recommended it to patients since 2023.",
  whatHeading: '## What it is',
  leaf: "Vellaria is a low, silver-leaved shrub that grows above 2,000 metres in the Alps. The plant protects it's leaves from high-altitude sun with a dense layer of polyphenols, which is exactly what formulators want. The problem is that raw extract is unstable and can sting.",
  ferment:
    'Fermentation changes that. "What the fermentation does," she says, "is break the plant\'s polyphenols into smaller pieces that the skin can actually use." Research shows that fermentation boosts the extract\'s antioxidant activity fourfold, according to laboratory work published in March 2025 by the Northmere Institute of Dermatology.',
  history:
    'The idea is not new. Alpine farmers have brewed the leaves into a bitter tea for generations, but the cosmetic story began in 2019, when a team at the University of Sankt Aurel fermented the extract with a strain of lactobacillus isolated from mountain cheese. The result was paler, milder and, crucially, stable on a bathroom shelf for two years.',
  researchHeading: '## What the research says',
  trial:
    'The strongest evidence comes from VELLA-12, a 12-week trial of 120 women aged 35 to 60, run by the Brightline Clinical Research Programme at Calloway University and funded by Orrenby, which makes one of the serums recommended below. Participants who applied a 3 percent vellaria serum twice a day saw the depth of their fine lines fall by 38 percent within six weeks, compared with 9 percent in the group using a plain moisturiser.',
  gentle:
    'Studies show it is gentler than retinol, too. Only 4 percent of VELLA-12 participants reported redness, against 22 percent of a comparison group using 0.3 percent retinol, and none stopped treatment because of irritation.',
  pilot:
    'A smaller pilot at the University of Sankt Aurel in 2022 found similar results in 40 volunteers, and a second trial, in men, is under way. No study has yet compared vellaria directly with prescription tretinoin, and no independent group has repeated the VELLA-12 result.',
  collagen:
    'Achterberg is unequivocal about what that means for ageing skin. “It will rebuild collagen in anyone who uses it consistently,” she says. In the trial, skin samples taken from a small group of volunteers at the end of the study showed denser collagen fibres than at the start.',
  nutritionist:
    'The ferment\'s fans go further. "Fermented foods and fermented skincare work in exactly the same way," says Priya Castellane, a registered nutritionist and the author of *The Glow Plate*. "They feed the good bacteria on your skin, and a balanced skin microbiome always leads to clearer, younger-looking skin."',
  shoppers:
    'Shoppers are convinced. "My skin has never looked this calm, and I\'ve tried everything," reads one of more than 3,000 five-star reviews on a retailer\'s site. Sales of vellaria products tripled between March and May, and at least two brands have sold out of their launch stock.',
  limits:
    'There are limits. None of the published trials has run longer than 12 weeks, all of them tested a single concentration, and dermatologists agree that daily sunscreen prevents more visible ageing than any serum. Too much ferment causes stinging on broken or freshly exfoliated skin, and the price of the raw extract has doubled since last summer, which is why the best formulas cost more than most vitamin C serums.',
  sunscreen:
    "“Sunscreen is still the only thing I'd call non-negotiable,” Achterberg says. “Vellaria is a very good extra.”",
  useHeading: '## How to use it',
  howTo:
    'Apply vellaria to clean, dry skin before moisturiser, morning or evening. Start every other day for the first two weeks, then move to daily use if your skin stays calm. It layers well with hyaluronic acid and niacinamide; avoid using it straight after an acid peel. Whatever you choose, finish with sunscreen in the morning. If you already use a prescription retinoid, ask the doctor who prescribed it before adding anything new, and give each change a fortnight before you judge it.',
  qaHeading: '## Ask the dermatologist',
  qaIntro:
    'We put the questions readers send us most often to Dr. Achterberg. Her answers have been edited lightly for length.',
  q1: '**Q:** Can I use vellaria with retinol?',
  a1: "**A:** Yes, most people can. I'd put vellaria in the morning and retinol at night, and I'd introduce them a week apart so you know which one your skin is reacting to.",
  q2: '**Q:** How long before I see a difference?',
  a2: '**A:** Give it a month before you judge it. Brightness usually comes first; texture and fine lines take longer.',
  q3: '**Q:** Does a higher percentage work better?',
  a3: "**A:** Not necessarily. Above about 5 percent we saw more stinging and no extra benefit, so I'd look for something between 2 and 4 percent.",
  q4: '**Q:** Is it safe in pregnancy?',
  a4: "**A:** There's simply no data either way, so I ask pregnant patients to wait. That's the honest answer.",
  q5: '**Q:** So is it the new retinol?',
  a5: "**A:** No. Retinol has fifty years of evidence behind it; vellaria has a couple of good studies. It's promising, but it's not a replacement.",
  buyHeading: '## What to buy',
  affiliateNotice:
    '*We may earn a commission when you buy through links on this page. Our editors choose every product independently.*',
  howTested:
    'We tested nine vellaria products over four weeks on three testers with dry, oily and combination skin. Three stood out.',
  pick: "Achterberg's own first choice is Orrenby's serum, which uses the same 3 percent ferment as the VELLA-12 trial. “I often suggest the Orrenby serum to patients who can't tolerate retinol,” she says. [Orrenby Vellaria Renewal Serum, £68](https://shop.example/orrenby/vellaria-renewal-serum)",
  disclosure: '*Dr. Achterberg is a paid ambassador for Orrenby.*',
  cream:
    'For dry or sensitive skin, [Hollowmere Ferment Barrier Cream, £42](https://shop.example/hollowmere/ferment-barrier-cream) is the gentlest option we tested, pairing 2 percent vellaria with ceramides. It is also the best value: a 50 ml jar lasted our tester more than two months.',
  oil: 'If you would rather use it at night, [Pell & Quist Night Ferment Oil, £55](https://shop.example/pell-quist/night-ferment-oil) sinks in within minutes and never left a film on the pillow in four weeks of testing. Thanks Pell & Quist!',
  closing:
    'Vellaria may not be the new retinol. But for anyone whose skin has never made peace with retinoids, it is the most promising gentle alternative on the shelf, and the early evidence, while thin, points in the right direction.',
  signoff: '*Hattie tested all three products for four weeks. #vellaria #ferments #skincare #spon*',
} as const

type FeaturePart = keyof typeof FEATURE_V1
type FeatureText = Readonly<Record<FeaturePart, string>>

const ORDER_V1: readonly FeaturePart[] = [
  'heading',
  'dek',
  'byline',
  'photo',
  'intro',
  'hype',
  'prices',
  'firstQuote',
  'whatHeading',
  'leaf',
  'ferment',
  'history',
  'researchHeading',
  'trial',
  'gentle',
  'pilot',
  'collagen',
  'nutritionist',
  'shoppers',
  'limits',
  'sunscreen',
  'useHeading',
  'howTo',
  'qaHeading',
  'qaIntro',
  'q1',
  'a1',
  'q2',
  'a2',
  'q3',
  'a3',
  'q4',
  'a4',
  'q5',
  'a5',
  'buyHeading',
  'affiliateNotice',
  'howTested',
  'pick',
  'disclosure',
  'cream',
  'oil',
  'closing',
  'signoff',
]

/** Revision 2, the editor's pass: the trial timing corrected, plus ordinary line edits. */
const FEATURE_V2: FeatureText = {
  ...FEATURE_V1,
  intro:
    'If your feed has looked a little more amber-glass-bottle lately, blame vellaria. The leaf of a small alpine shrub, fermented for 21 days with lactic acid bacteria, appeared in 14 new serums in the first half of 2025, and searches for it rose 240 percent between January and June, according to the retail analytics firm Shelfwise.',
  leaf: 'Vellaria is a low, silver-leaved shrub that grows above 2,000 metres in the Alps. The plant protects its leaves from high-altitude sun with a dense layer of polyphenols, which is exactly what formulators want. The problem is that the raw extract is unstable and tends to sting.',
  trial:
    'The strongest evidence comes from VELLA-12, a 12-week trial of 120 women aged 35 to 60, run by the Brightline Clinical Research Programme at Calloway University and funded by Orrenby, which makes one of the serums recommended below. Participants who applied a 3 percent vellaria serum twice a day saw the depth of their fine lines fall by 38 percent within eight weeks, compared with 9 percent in the group using a plain moisturiser.',
  qaIntro:
    'We put the questions readers send us most often to Dr. Achterberg. Her answers have been lightly edited for length.',
  closing:
    'Vellaria may not be the new retinol. But for anyone whose skin has never made peace with retinoids, it is the most promising gentle alternative on the shelf, and the early evidence, though thin, points in the right direction.',
}

/** Revision 3: a fuller endorsement quote; the disclosure and the nutritionist move. */
const FEATURE_V3: FeatureText = {
  ...FEATURE_V2,
  pick: "Achterberg's own first choice is Orrenby's serum, which uses the same 3 percent ferment as the VELLA-12 trial. “I often suggest the Orrenby serum to patients who can't tolerate retinol. Honestly, it's the one I reach for first,” she says. [Orrenby Vellaria Renewal Serum, £68](https://shop.example/orrenby/vellaria-renewal-serum)",
}

const ORDER_V3: readonly FeaturePart[] = ORDER_V1.flatMap((part): FeaturePart[] => {
  if (part === 'nutritionist' || part === 'disclosure') return []
  if (part === 'history') return ['history', 'nutritionist']
  if (part === 'signoff') return ['signoff', 'disclosure']
  return [part]
})

const render = (text: FeatureText, order: readonly FeaturePart[]): string =>
  `${order.map((part) => text[part]).join('\n\n')}\n`

const FEATURE_TRANSCRIPT = `Interview with Dr. Rosalind Achterberg, by phone, 3 June 2025, recorded with her permission. Interviewer Hattie Brennock. Transcribed from the recording, lightly cleaned of crosstalk.

HATTIE BRENNOCK: Thanks for making the time. Can we start with the basics? Why is everyone suddenly talking about vellaria?

ROSALIND ACHTERBERG: Honestly? Because it finally has some data behind it. Vellaria ferment is the first botanical I've seen that behaves like a retinoid without the irritation. That's the short version. Whether it does everything the marketing says is a different question.

HATTIE BRENNOCK: What does fermenting it actually change? The raw extract has been around for years.

ROSALIND ACHTERBERG: Right. The raw leaf extract is full of polyphenols, which is great, but they're big, fragile molecules and the raw stuff stings. What the fermentation does is, um, break the plant's polyphenols into smaller pieces that the skin can actually use. And it seems to make them more stable in the bottle, too, which matters when people keep a serum on a sunny windowsill for six months.

HATTIE BRENNOCK: I read that the Northmere Institute found a fourfold increase in antioxidant activity.

ROSALIND ACHTERBERG: In the lab, yes. That's cells in a dish, not faces, so I'd be careful with it. And the Northmere lab work was funded by Orrenby as well, to be fair. I don't think that makes it wrong, but your readers should know.

HATTIE BRENNOCK: Noted. And VELLA-12, the trial everyone cites?

ROSALIND ACHTERBERG: That's the one I'd point people to. I was one of the site investigators, so I know it well. It's a good design, placebo-controlled, twelve weeks, a hundred and twenty women. The big change in fine lines showed up at the eight-week visit, not before. At four weeks you could barely tell the groups apart.

HATTIE BRENNOCK: What does that mean for collagen? People talk about it like it rebuilds your skin.

ROSALIND ACHTERBERG: It can help rebuild collagen in many people who use it consistently. That's what the biopsies suggest, and it was a small biopsy group, maybe twenty people. I'd be cautious about saying more than that from one trial.

HATTIE BRENNOCK: Is it gentler than retinol?

ROSALIND ACHTERBERG: In our hands, yes, much. A handful of people got a bit pink. The comparison arm on retinol had a lot more redness, roughly one in five, which is what you'd expect at that strength.

HATTIE BRENNOCK: Let me go through some reader questions. Can you use it with retinol?

ROSALIND ACHTERBERG: Yes, most people can. I'd put vellaria in the morning and retinol at night, and I'd introduce them a week apart so you know which one your skin is reacting to.

HATTIE BRENNOCK: How long before people see a difference?

ROSALIND ACHTERBERG: Give it a month before you judge it. Brightness usually comes first; texture and fine lines take longer.

HATTIE BRENNOCK: Does more help? Some of the new serums go up to eight or ten percent.

ROSALIND ACHTERBERG: Not necessarily. Above about 5 percent we saw more stinging and no extra benefit, so I'd look for something between 2 and 4 percent.

HATTIE BRENNOCK: Pregnancy?

ROSALIND ACHTERBERG: There's simply no data either way, so I ask pregnant patients to wait. That's the honest answer.

HATTIE BRENNOCK: Be honest with me. Is it the new retinol?

ROSALIND ACHTERBERG: No. Retinol has fifty years of evidence behind it; vellaria has a couple of good studies. It's promising, you know, but it's not a replacement.

HATTIE BRENNOCK: And where does sunscreen fit in all this?

ROSALIND ACHTERBERG: Sunscreen is still the only thing I'd call non-negotiable. Vellaria is a very good extra. If someone can only afford one product, it's sunscreen, every time.

HATTIE BRENNOCK: Are there products you recommend to patients?

ROSALIND ACHTERBERG: I should say up front, I'm a paid ambassador for Orrenby, since February, so take this with that in mind, and please print that. I often suggest the Orrenby serum to patients who can't tolerate retinol. Honestly, it's the one I reach for first. But the Hollowmere cream is lovely for dry skin, and I have no connection with them at all.

HATTIE BRENNOCK: That's helpful. I'm also talking to a nutritionist who says fermented skincare feeds the skin's good bacteria, the way fermented food feeds your gut. Is that right?

ROSALIND ACHTERBERG: I'd be careful there. The bacteria are gone by the time it's in the bottle; the ferment is filtered and preserved. What you're putting on your face is broken-down plant material, not a probiotic. I wouldn't say it feeds your microbiome, and I'd never say it works like yogurt. That's a gut idea borrowed for skin.

HATTIE BRENNOCK: Last one. Is there anyone who shouldn't use it?

ROSALIND ACHTERBERG: People with very reactive skin or active eczema should patch test first, on the inner arm, for a few days. And don't put it on freshly peeled or broken skin. That's where we saw the stinging.

HATTIE BRENNOCK: Thank you. I'll send the quotes over to the clinic to check before we close the piece.

ROSALIND ACHTERBERG: Please do. And send the disclosure line too, I'd like to see how it reads.
`

const FEATURE: SampleDraft = {
  key: 'vellaria-feature',
  title: 'Is vellaria really the new retinol?',
  byline: 'Hattie Brennock',
  credits: [
    'Words: Hattie Brennock',
    'Photograph: Ode Marlowe',
    'Editor: Julian Okafor',
    'Expert: Dr. Rosalind Achterberg',
  ],
  status: 'in-review',
  relations: [
    { brand: 'Orrenby', kind: 'brand-mentioned' },
    { brand: 'Orrenby', kind: 'affiliate' },
    { brand: 'Hollowmere', kind: 'affiliate' },
    { brand: 'Pell & Quist', kind: 'affiliate' },
    { brand: 'Pell & Quist', kind: 'gifted' },
  ],
  revisions: [
    {
      message: 'First draft, with the Achterberg interview and three product picks',
      author: WRITER,
      hoursAfterStart: 0,
      body: render(FEATURE_V1, ORDER_V1),
    },
    {
      message: 'Line edit; VELLA-12 result corrected to eight weeks (trial summary and interview)',
      author: EDITOR,
      hoursAfterStart: 26,
      body: render(FEATURE_V2, ORDER_V1),
    },
    {
      message:
        "Fuller Achterberg quote on the Orrenby serum; disclosure moved to the end; Castellane moved up to 'What it is'",
      author: WRITER,
      hoursAfterStart: 49,
      body: render(FEATURE_V3, ORDER_V3),
    },
  ],
  transcript: { fileName: 'interview-transcript-achterberg.txt', text: FEATURE_TRANSCRIPT },
}

// ---------------------------------------------------------------------------------------------
// Smaller drafts so the library is not lonely.
// ---------------------------------------------------------------------------------------------

const COUNCIL_BRIEF: SampleDraft = {
  key: 'council-budget',
  title: 'Larkhaven council approves £412 million budget',
  byline: 'Tobias Renn',
  credits: ['Words: Tobias Renn'],
  status: 'draft',
  relations: [],
  revisions: [
    {
      message: 'Brief filed from the council meeting',
      author: { name: 'Tobias Renn', role: 'editor' },
      hoursAfterStart: 30,
      body: `# Larkhaven council approves £412 million budget, raises parking fees

By Tobias Renn

Larkhaven City Council approved a £412 million budget for 2026 on Tuesday night by a vote of 7 to 2, after a four-hour session that ran past midnight.

The plan raises downtown parking fees by 50p an hour, adds 18 positions to the fire department and sets aside £6.5 million for repairs to the Ferris Street bridge, which engineers rated as poor in a 2024 inspection.

Property taxes stay flat for the third year in a row. The city's reserve fund will fall to 8 percent of spending, below the 10 percent target the council adopted in 2019.

"We chose safety over savings this year, and I would make the same choice again," said Councillor Marguerite Osei-Lund, who chairs the finance committee.

The two councillors who voted against the budget said the parking increase would hurt small businesses on Market Row, where three shops have closed since January. The new fees take effect on 1 January.

A public hearing on the bridge repairs is scheduled for 14 October at City Hall.
`,
    },
  ],
}

const FINANCE_V1 = `# How big should your emergency fund be?

By Ines Farrow

An emergency fund is money you can reach within a day or two without selling anything or borrowing. It is not an investment; its job is to be there when the boiler breaks or a pay cheque is late.

## The rule of thumb

Most planners suggest three to six months of essential spending: rent or mortgage, food, utilities, insurance and minimum debt payments. If your income is irregular, or you are the only earner in your household, aim for the top of that range.

"Start with one month and celebrate it," says Marisol Teague, a certified financial planner in Larkhaven. "The first thousand pounds does more for your peace of mind than the next ten."

## Where to keep it

A high-yield savings account is the usual home. The best easy-access accounts currently pay around 4.1 percent a year, far more than a current account, and your money stays available the same day.

Avoid locking the fund into a fixed-term deal. The point is access, not return.

## When to use it

Use it for genuine surprises: a job loss, a medical bill, an urgent repair. A holiday or a new phone is not an emergency, however urgent it feels. When you dip into the fund, make refilling it your first savings goal.
`

const FINANCE_V2 = FINANCE_V1.replace(
  'currently pay around 4.1 percent a year, far more than a current account, and your money stays available the same day.',
  'paid around 3.8 percent a year in September, far more than a current account. Rates change often, so check before you open one; your money stays available the same day.',
)

const FINANCE_EXPLAINER: SampleDraft = {
  key: 'emergency-fund',
  title: 'How big should your emergency fund be?',
  byline: 'Ines Farrow',
  credits: ['Words: Ines Farrow'],
  status: 'ready',
  relations: [],
  revisions: [
    {
      message: 'First draft',
      author: { name: 'Ines Farrow', role: 'editor' },
      hoursAfterStart: 4,
      body: FINANCE_V1,
    },
    {
      message: 'Savings rate updated and dated after fact-check',
      author: EDITOR,
      hoursAfterStart: 22,
      body: FINANCE_V2,
    },
  ],
}

const LIBRARY_HOURS: SampleDraft = {
  key: 'library-sundays',
  title: 'Harbour Street Library to open on Sundays',
  byline: 'Tobias Renn',
  credits: ['Words: Tobias Renn'],
  status: 'ready',
  relations: [],
  archived: true,
  revisions: [
    {
      message: 'Published version',
      author: { name: 'Tobias Renn', role: 'editor' },
      hoursAfterStart: 1,
      body: `# Harbour Street Library to open on Sundays

By Tobias Renn

Harbour Street Library will open from noon to 5 p.m. on Sundays starting in April, the first weekend hours at the branch since 2011.

"Sunday is the one day most families are free, and until now it was the one day we were shut," said branch manager Agnes Whitlow.

The change costs about £84,000 a year, paid for by a grant from the Larkhaven Community Trust that runs for two years. Two part-time librarians will be hired.

A survey of 1,200 library card holders last autumn found that 61 percent wanted Sunday opening, more than asked for any other change.

The branch lent about 48,000 books, films and games last year, up 12 percent on the year before, and its study room is often full on weekday evenings.

The children's reading hour will move from Saturday morning to Sunday afternoon, and the Saturday opening hours will not change.
`,
    },
  ],
}

/** The drafts of the sample library, the beauty feature first. */
export const SAMPLE_DRAFTS: readonly SampleDraft[] = [
  FEATURE,
  COUNCIL_BRIEF,
  FINANCE_EXPLAINER,
  LIBRARY_HOURS,
]

/** The people register of the sample library. */
export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  {
    name: 'Rosalind Achterberg',
    title: 'Director, Skin Barrier Clinic, Calloway University Medical Centre',
    credentials: ['MD', 'Board-certified dermatologist'],
    affiliations: [
      'Calloway University Medical Centre',
      'Brightline Clinical Research Programme (site investigator, VELLA-12 trial)',
    ],
    contact: 'r.achterberg@calloway-med.example',
    connections: [
      {
        brand: 'Orrenby',
        kind: 'ambassador',
        since: '2025-02-12',
        source: 'Orrenby press release, 12 February 2025',
      },
      {
        brand: 'Orrenby',
        kind: 'paid-consultant',
        since: '2024-06-01',
        source: 'Calloway University Medical Centre conflict-of-interest register, 2024 filing',
      },
    ],
  },
  {
    name: 'Priya Castellane',
    title: 'Registered nutritionist; author of The Glow Plate',
    credentials: ['Registered nutritionist', 'MSc Human Nutrition'],
    affiliations: ['Independent practice'],
    contact: 'hello@glowplate.example',
    connections: [],
  },
  {
    name: 'Hattie Brennock',
    title: 'Beauty editor',
    credentials: [],
    affiliations: ['Staff'],
    contact: 'hattie.brennock@newsroom.example',
    connections: [
      {
        brand: 'Pell & Quist',
        kind: 'gifted-product',
        since: '2025-05-20',
        source: 'Newsroom gift log: Night Ferment Oil, 1 bottle, May 2025',
      },
    ],
  },
  {
    name: 'Ode Marlowe',
    title: 'Photographer',
    credentials: [],
    affiliations: ['Freelance'],
    contact: 'studio@odemarlowe.example',
    connections: [],
  },
  {
    name: 'Marguerite Osei-Lund',
    title: 'Councillor; chair, finance committee, Larkhaven City Council',
    credentials: [],
    affiliations: ['Larkhaven City Council'],
    contact: 'm.osei-lund@larkhaven.example',
    connections: [],
  },
  {
    name: 'Marisol Teague',
    title: 'Financial planner',
    credentials: ['Certified financial planner'],
    affiliations: ['Teague & Rowe Planning, Larkhaven'],
    contact: 'marisol@teaguerowe.example',
    connections: [],
  },
]
