/** The kind of writing a labelled sentence comes from. */
export type Domain = 'feature' | 'health' | 'finance' | 'science'

/** One sentence and a person's judgement of whether a fact-checker should look at it. */
export interface LabelledSentence {
  readonly text: string
  readonly checkWorthy: boolean
  readonly domain: Domain
}

/**
 * Sentences written for Galley (no published text, no real brands or people), labelled by
 * hand before the spotter's rules were tuned. "Check-worthy" means the sentence asserts
 * something a fact-checker could confirm or refute against a source: a figure, a date, a
 * cause, a comparison, a credential, an institution's finding, a generalisation. Opinions,
 * questions, scene-setting, instructions and feelings are not check-worthy, even when they
 * use words such as "best" or "always"; those are here on purpose, to keep precision honest.
 */
export const LABELLED_SENTENCES: readonly LabelledSentence[] = [
  // ── feature ────────────────────────────────────────────────────────────────
  {
    text: 'The studio sits above a bakery on a narrow street that smells of cardamom.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'Marisol Quenby opened her first shop in 2011 with a loan from her grandmother.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'She pours two cups of tea and waits for the kettle to settle.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The brand now sells in 14 countries and employs 230 people.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'What does it take to make a serum that people actually finish?',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'Her lab is the only one in the region licensed to test sunscreen filters.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'I think the packaging is lovely, if a little precious.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'Dr. Talia Brenwick, a board-certified dermatologist, has advised the company since 2019.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'Kelp extract has become the most talked-about ingredient of the season.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'The light through the window turns everything the colour of honey.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'Sales of the night cream tripled after a television segment last spring.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'Ask anyone on the team and they will tell you the same story.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The founder trained as a chemist at the University of Lowmoor before moving into cosmetics.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'Experts say the trend will fade as quickly as it arrived.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'We met on a grey Tuesday, and she was already on her second espresso.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The cleanser is gentler than the old formula, according to the company.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'Read on for our favourite finds of the month.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'Every product in the range is made without synthetic fragrance.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'It is a pleasure to use, and that matters more than people admit.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The Harlow Craft Foundation gave the workshop a grant to train apprentices.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'She laughs when I ask about the name.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The factory was rebuilt within eight months of the flood.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'Honestly, I would wear it every day if I could.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'Customers have never been asked to return a batch, the company says.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'Photographs by Odile Farrant for this magazine.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The museum draws about half a million visitors a year.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'Picture a kitchen table covered in jars, labels and handwritten notes.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The recipe was first published by the Guild of Northern Apothecaries in 1902.',
    checkWorthy: true,
    domain: 'feature',
  },
  // ── health ─────────────────────────────────────────────────────────────────
  {
    text: 'The serum is clinically proven to reduce fine lines within six weeks.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Studies show that daily sunscreen use slows visible skin ageing.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Retinol can cause redness and peeling in the first few weeks.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'How often should you exfoliate?',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'In a trial of 60 volunteers, 82% reported softer skin after a month.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Apply a pea-sized amount to clean, dry skin at night.',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'Vitamin C boosts collagen production when applied to the skin.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Walking for thirty minutes a day lowers the risk of heart disease.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Scientists believe the gut and the skin talk to each other.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'My skin felt calmer after a week, but that is just me.',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'Niacinamide prevents breakouts in people with oily skin.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'The Carrow Skin Institute recommends a broad-spectrum SPF of at least 30.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Take a moment to notice how your skin feels in the morning.',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'Most dermatologists agree that fragrance is the leading cause of contact allergy in cosmetics.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Nothing beats a long bath at the end of a hard week.',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'Drinking more water will not, on its own, cure dry skin.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'The cream was tested on 1,200 patients over two years.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Is it worth the price?',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'Sleep deprivation leads to duller skin and darker under-eye circles.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Research shows that people who sleep less than six hours heal more slowly.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'You deserve a routine that feels like a treat.',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'Salicylic acid is safe for all skin types, the leaflet claims.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Professor Ama Odunsi leads the allergy clinic at St Brannoc Hospital.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'It is said that the ingredient was used by sailors to heal cracked hands.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Let the mask sit for ten minutes, then rinse with warm water.',
    checkWorthy: false,
    domain: 'health',
  },
  // ── finance ────────────────────────────────────────────────────────────────
  {
    text: 'The company reported revenue of $48 million last year, up from $31 million.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Inflation fell to 2.5 percent in March, the lowest level since 2021.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Should you pay off your mortgage early or invest the money?',
    checkWorthy: false,
    domain: 'finance',
  },
  {
    text: 'Index funds have outperformed most actively managed funds over the past decade.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Saving feels easier when the money leaves your account before you see it.',
    checkWorthy: false,
    domain: 'finance',
  },
  {
    text: 'The central bank raised interest rates four times in eighteen months.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Analysts say the merger will save both firms millions in costs.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'I have never been good with spreadsheets.',
    checkWorthy: false,
    domain: 'finance',
  },
  {
    text: 'Higher fees reduce long-term returns, often by a third over thirty years.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'The Brightwater Savings Agency guarantees deposits up to £85,000.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Think of a budget as a map rather than a cage.',
    checkWorthy: false,
    domain: 'finance',
  },
  {
    text: 'The brand was valued at €1.2bn after its latest funding round.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Here is what we learned from talking to a dozen first-time buyers.',
    checkWorthy: false,
    domain: 'finance',
  },
  {
    text: 'Shares in the retailer dropped sharply on Monday after a profit warning.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'None of the banks we contacted would comment on the new rules.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'That is a question only you can answer.',
    checkWorthy: false,
    domain: 'finance',
  },
  {
    text: 'The beauty market grew faster than the wider retail sector in 2023.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Her advice is simple: spend less than you earn.',
    checkWorthy: false,
    domain: 'finance',
  },
  {
    text: 'The pension scheme has paid out since March without a single missed payment.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Our affiliate partner pays us a commission when you buy through these links.',
    checkWorthy: false,
    domain: 'finance',
  },
  {
    text: 'Household debt in the country has doubled since the start of the decade.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Money, as my father liked to say, is a good servant and a bad master.',
    checkWorthy: false,
    domain: 'finance',
  },
  // ── science ────────────────────────────────────────────────────────────────
  {
    text: 'The telescope can detect light that left its source 13 billion years ago.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'Imagine standing on the ice at dawn, with nothing but wind for company.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'Microplastics have been found in every ocean sampled by the expedition.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'Why do some seeds wait decades before they sprout?',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'The new battery charges twice as fast as current lithium-ion cells.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'Researchers at the Pellham Marine Laboratory tagged 40 sharks off the coast.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'It is a beautiful idea, whatever the data eventually say.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'Warmer winters are causing the moths to emerge weeks earlier than before.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'The team published its findings in a peer-reviewed journal in June.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'Let us start with a simple experiment you can do at home.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'Bees always return to the same patch of flowers on consecutive days.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'The compound was discovered by accident in a soil sample from a churchyard.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'I find the whole subject quietly thrilling.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'Some scientists think the fossil record is missing a crucial chapter.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'The probe travelled 6.4 billion kilometres before reaching the comet.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'The answer, it turns out, is more complicated.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'Coral reefs cover less than 1% of the ocean floor yet support a quarter of marine species.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'The Northern Fen Conservation Programme has restored 300 hectares of wetland.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'He leans over the microscope and goes very quiet.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'The vaccine prevents severe illness in the large majority of those who receive it.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'It was the largest survey of its kind ever carried out.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'Curiosity, not funding, is what keeps her going.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'Dr. Felix Amory holds a PhD in atmospheric chemistry.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'The ice sheet lost more mass this summer than in any year on record.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'We will come back to that question at the end.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'Nobody knows exactly why the birds changed their route.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'The lake has been shrinking for decades because farms upstream divert its water.',
    checkWorthy: true,
    domain: 'science',
  },
]
