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

/**
 * A second set, written after the rules were designed and never used to change them: the
 * figures it gives are the fairer estimate of how the spotter does on new writing.
 */
export const HELD_OUT_SENTENCES: readonly LabelledSentence[] = [
  { text: 'The clinic treats around 400 patients a week.', checkWorthy: true, domain: 'health' },
  { text: 'Her hands are stained with beetroot juice.', checkWorthy: false, domain: 'feature' },
  {
    text: 'Fermented rice water strengthens hair, its fans insist.',
    checkWorthy: true,
    domain: 'health',
  },
  { text: 'Would you trust a stranger with your savings?', checkWorthy: false, domain: 'finance' },
  {
    text: 'The lotion contains no parabens and is suitable for sensitive skin.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'The village has been famous for its salt since the Middle Ages.',
    checkWorthy: true,
    domain: 'feature',
  },
  { text: 'It smells faintly of green tea and rain.', checkWorthy: false, domain: 'feature' },
  {
    text: 'Mortgage approvals rose for the third month running in April.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'The herbalist says the tea calms anxiety and improves sleep.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Keep the jar away from direct sunlight.',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'Glaciers in the range have retreated by an average of 30 metres a year.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'The interview took place over two long afternoons in her garden.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The fund charges an annual fee of 0.75%.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'She is the youngest person ever to chair the society.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'There is something almost monastic about the place.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'Hyaluronic acid holds up to a thousand times its weight in water.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'The startup was founded by two former bank employees.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'We tried every serum on this list for at least a fortnight.',
    checkWorthy: true,
    domain: 'feature',
  },
  { text: 'So where does that leave the rest of us?', checkWorthy: false, domain: 'finance' },
  {
    text: 'Octopuses can taste with the suckers on their arms.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'The results surprised even the researchers.',
    checkWorthy: false,
    domain: 'science',
  },
  {
    text: 'Dr. Rhian Castell, who runs a private practice, is a paid ambassador for the brand.',
    checkWorthy: true,
    domain: 'feature',
  },
  { text: 'That, in the end, is the real luxury.', checkWorthy: false, domain: 'feature' },
  {
    text: 'Tariffs on imported steel were cut in half last autumn.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'The moon is slowly drifting away from the Earth.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'Pour yourself a glass of something cold and read on.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The company was fined by regulators for misleading advertising.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'I still remember the first time I tried it.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'Cold showers strengthen the immune system, according to its devotees.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'The river is home to a rare species of freshwater pearl mussel.',
    checkWorthy: true,
    domain: 'science',
  },
  { text: 'Some days the work is simply dull.', checkWorthy: false, domain: 'science' },
  {
    text: 'Unlike most of its rivals, the bank still has branches in every town.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'The best way to find out is to ask her yourself.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The mask is vegan and cruelty-free.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'What would you do with an extra hour each day?',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'The observatory was built by volunteers in the 1970s.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'For now, the mood in the office is cautiously hopeful.',
    checkWorthy: false,
    domain: 'finance',
  },
  {
    text: 'A single tablespoon of the oil contains your full daily dose of vitamin E.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'You can almost hear the sea from the upstairs window.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The chain closed 12 stores and cut 900 jobs.',
    checkWorthy: true,
    domain: 'finance',
  },
]

/**
 * A third set, written after the second round of rule changes was planned and before it was
 * made; nothing was changed after scoring it. See docs/claims.md for the history.
 */
export const FRESH_SENTENCES: readonly LabelledSentence[] = [
  {
    text: 'The bakery sells out of croissants by nine most mornings.',
    checkWorthy: true,
    domain: 'feature',
  },
  { text: 'He pauses, then changes the subject.', checkWorthy: false, domain: 'feature' },
  {
    text: 'The toner is alcohol-free and safe to use around the eyes.',
    checkWorthy: true,
    domain: 'health',
  },
  { text: 'Has the hype outrun the science?', checkWorthy: false, domain: 'science' },
  {
    text: 'The regulator banned the ingredient from sunscreens in 2020.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Rents in the city centre have risen by a fifth in three years.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'It is, she admits, an odd way to make a living.',
    checkWorthy: false,
    domain: 'feature',
  },
  { text: 'Sharks are older than trees.', checkWorthy: true, domain: 'science' },
  {
    text: 'Whales sing in dialects that differ from ocean to ocean.',
    checkWorthy: true,
    domain: 'science',
  },
  { text: 'Scroll down for the full list of stockists.', checkWorthy: false, domain: 'feature' },
  {
    text: 'The brand donates a portion of every sale to ocean clean-up charities.',
    checkWorthy: true,
    domain: 'feature',
  },
  {
    text: 'The scheme is open to anyone over eighteen with a bank account.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'The kitchen is warm and loud and full of children.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'Green tea extract calms redness, a small study suggests.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Her grandmother grew lavender on the same hillside.',
    checkWorthy: false,
    domain: 'feature',
  },
  {
    text: 'The fund returned 7% after fees in its first year.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'Sunflowers track the sun only while they are young.',
    checkWorthy: true,
    domain: 'science',
  },
  {
    text: 'We asked three experts what they actually use at home.',
    checkWorthy: false,
    domain: 'health',
  },
  {
    text: 'The ferry has run between the two islands since 1888.',
    checkWorthy: true,
    domain: 'feature',
  },
  { text: 'Few things are as satisfying as a clean desk.', checkWorthy: false, domain: 'finance' },
  {
    text: 'The gel was developed with the burns unit of a teaching hospital.',
    checkWorthy: true,
    domain: 'health',
  },
  {
    text: 'Credit card debt is the most expensive kind of borrowing.',
    checkWorthy: true,
    domain: 'finance',
  },
  {
    text: 'The experiment has to be repeated before anyone can be sure.',
    checkWorthy: false,
    domain: 'science',
  },
  { text: 'Bamboo can grow almost a metre in a single day.', checkWorthy: true, domain: 'science' },
  { text: 'There is a lot to like here.', checkWorthy: false, domain: 'feature' },
  {
    text: 'The balm won a beauty award from a national newspaper.',
    checkWorthy: true,
    domain: 'feature',
  },
  { text: 'Most of us could do with a little more sleep.', checkWorthy: false, domain: 'health' },
  {
    text: 'The insurer paid out on fewer than half of the flood claims.',
    checkWorthy: true,
    domain: 'finance',
  },
  { text: 'On paper, the plan looks simple enough.', checkWorthy: false, domain: 'finance' },
  { text: 'Honey never spoils if it is sealed.', checkWorthy: true, domain: 'science' },
]
