// Word lists shared by detection and attribution. Small on purpose: every rule must be
// explainable to a reviewer in one sentence.

/** Verbs of saying, in the forms a feature or news story uses them. */
export const SPEECH_VERBS = [
  'says',
  'said',
  'say',
  'saying',
  'explains',
  'explained',
  'adds',
  'added',
  'notes',
  'noted',
  'tells',
  'told',
  'recalls',
  'recalled',
  'argues',
  'argued',
  'insists',
  'insisted',
  'continues',
  'continued',
  'writes',
  'wrote',
  'asks',
  'asked',
  'answers',
  'answered',
  'replies',
  'replied',
  'admits',
  'admitted',
  'warns',
  'warned',
  'suggests',
  'suggested',
  'laughs',
  'laughed',
  'jokes',
  'joked',
  'concedes',
  'conceded',
  'observes',
  'observed',
  'claims',
  'claimed',
  'agrees',
  'agreed',
  'acknowledges',
  'acknowledged',
  'remembers',
  'remembered',
  'reads',
  'counters',
  'countered',
  'responds',
  'responded',
  'cautions',
  'cautioned',
  'stresses',
  'stressed',
  'emphasises',
  'emphasizes',
  'emphasised',
  'emphasized',
  'believes',
  'believed',
  'predicts',
  'predicted',
  'sighs',
  'sighed',
  'shrugs',
  'shrugged',
  'recommends',
  'recommended',
  'advises',
  'advised',
  'puts it',
  'put it',
  'points out',
  'pointed out',
  'according to',
  'wonders',
  'wondered',
  'confirms',
  'confirmed',
  'states',
  'stated',
  'describes',
  'described',
  'announces',
  'announced',
  'declares',
  'declared',
  'maintains',
  'maintained',
  'exclaims',
  'exclaimed',
] as const

const verbAlternation = [...SPEECH_VERBS]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, '\\s+'))
  .join('|')

/** Matches a verb of saying as a whole word (case-insensitive). */
export const SPEECH_VERB_RE = new RegExp(`\\b(?:${verbAlternation})\\b`, 'i')
/** The same, global, for scanning. */
export const SPEECH_VERB_G = new RegExp(`\\b(?:${verbAlternation})\\b`, 'gi')

/** Honorifics and titles that may stand before a name. */
export const HONORIFICS = [
  'Dr',
  'Prof',
  'Professor',
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Miss',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Rev',
  'Reverend',
  'Councillor',
  'Councilor',
  'Cllr',
  'Sen',
  'Senator',
  'Rep',
  'Representative',
  'Judge',
  'Justice',
  'Chef',
  'Coach',
  'Captain',
  'Capt',
  'Sgt',
  'Sergeant',
  'Gen',
  'General',
  'Col',
  'Colonel',
  'Lt',
  'Father',
  'Sister',
  'Brother',
  'Rabbi',
  'Imam',
  'Mayor',
  'Governor',
  'Gov',
  'President',
  'Minister',
  'Inspector',
  'Detective',
  'Officer',
  'Nurse',
  'Pastor',
  'Bishop',
  'Deacon',
  'Magistrate',
  'Canon',
  'Rabbi',
  'Chief',
  'Superintendent',
  'Headteacher',
  'Principal',
] as const

/** Lower-case role nouns that can stand right before a name ("branch manager Agnes Whitlow"). */
export const ROLE_NOUNS = [
  'manager',
  'director',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chef',
  'nutritionist',
  'dietitian',
  'dermatologist',
  'doctor',
  'physician',
  'surgeon',
  'nurse',
  'professor',
  'researcher',
  'scientist',
  'economist',
  'analyst',
  'planner',
  'founder',
  'co-founder',
  'owner',
  'ceo',
  'chair',
  'chairman',
  'chairwoman',
  'editor',
  'councillor',
  'councilor',
  'teacher',
  'headteacher',
  'principal',
  'coach',
  'captain',
  'farmer',
  'architect',
  'lawyer',
  'attorney',
  'engineer',
  'designer',
  'author',
  'novelist',
  'writer',
  'historian',
  'curator',
  'pharmacist',
  'therapist',
  'psychologist',
  'psychiatrist',
  'cardiologist',
  'epidemiologist',
  'virologist',
  'biologist',
  'chemist',
  'trainer',
  'instructor',
  'stylist',
  'artist',
  'musician',
  'singer',
  'actor',
  'actress',
  'mayor',
  'minister',
  'senator',
  'governor',
  'president',
  'officer',
  'inspector',
  'resident',
  'student',
  'parent',
  'mother',
  'father',
  'volunteer',
  'organiser',
  'organizer',
  'campaigner',
  'activist',
  'consultant',
  'adviser',
  'advisor',
  'investor',
  'entrepreneur',
  'developer',
  'builder',
  'baker',
  'brewer',
  'winemaker',
  'gardener',
  'veterinarian',
  'vet',
  'dentist',
  'midwife',
  'paramedic',
  'firefighter',
  'librarian',
  'landlord',
  'tenant',
  'shopkeeper',
  'cosmetic chemist',
  'barrister',
  'solicitor',
  'magistrate',
  'critic',
  'sommelier',
  'harbourmaster',
  'deacon',
  'climatologist',
  'ecologist',
  'potter',
  'poet',
  'photographer',
  'reporter',
  'journalist',
] as const

/** Capitalised words that begin sentences but are not names. */
export const NOT_NAME_WORDS = new Set(
  (
    'The A An And But Or Nor If In On At For With When While After Before As So Yet This That ' +
    'These Those It Its We Our Us I He She They His Her Their Them You Your My Me Says Said ' +
    'There Here Then Now Still Even Also Only Just Not No Yes Some Many Most All Any Each Every ' +
    'What Why How Who Where Which Whatever Whoever Since Until Because Although Though Once ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December Q A Ask Asked Like Instead Today ' +
    'Later Earlier Tomorrow Yesterday Last Next First Second Third Meanwhile However Still Sometimes Often ' +
    'Never Always Perhaps Maybe Well Oh Ah Hi Hello Thanks Thank Please Photograph Photo By ' +
    'Words Editor Expert Interview Interviewer Transcript Note Notes Read More Less Both ' +
    'Neither Either Inside Outside Across Between Among Through During Without Within Under ' +
    'Over Above Below Into Onto From To Of Do Does Did Is Are Was Were Be Been Has Have Had ' +
    'Can Could Will Would Shall Should May Might Must Let Get Got Go Went Come Came Take Took ' +
    'Make Made See Saw Look Give Gave Know Knew Think Thought Try Start Stop Keep Use Apply ' +
    'Avoid Sales Shoppers Experts Research Studies Prices Labels Participants Only'
  ).split(' '),
)

/** Words that make a capitalised sequence an organisation, place or product, not a person. */
export const NOT_PERSON_TOKENS = new Set(
  (
    'University Institute Clinic Centre Center Council City Street St Road Rd Row Avenue Lane ' +
    'Square Hospital College School Academy Company Co Inc Ltd LLC Group Trust Foundation ' +
    'Programme Program Department Ministry Society Association Lab Laboratory Laboratories ' +
    'Bank Market Journal Review Times News Post Herald Gazette Park River Mountain Mountains ' +
    'Alps Lake Valley Bridge Hall Library Museum Gallery Theatre Theater Church Cathedral ' +
    'Serum Cream Oil Toner Balm Mask Cleanser Service Services Agency Authority Board ' +
    'Commission Committee Court Office Party Union Federation League Club Team Studio Studios ' +
    'Press Books Media Magazine Radio Television TV Network Station Airport Railway Line ' +
    'Hotel Restaurant Cafe Café Bar Farm Farms Industries Holdings Partners Capital Fund ' +
    'New San Los Las Santa Fort Mount Kingdom States Republic County District Province Region North South East West Northern ' +
    'Southern Eastern Western Central Medical Health Care Research Clinical Science Sciences ' +
    'Centre Island Islands Beach Coast Harbour Harbor Port Village Town Estate Gardens Garden ' +
    'Road Drive Way Place Court Tower Building House Plate Guide Report Act Bill Day Week Year ' +
    'Festival Prize Award Awards Cup Games Olympics Summit Conference Forum Council Parliament ' +
    'Congress Senate Assembly Police Army Navy Force Corps Brigade Church Mosque Temple'
  ).split(' '),
)

/** Subject pronouns that stand for the nearest named person. */
export const PRONOUNS = new Set(['he', 'she', 'they'])

/** Filler words dropped from speech without changing its meaning. Always fillers. */
export const HARD_FILLERS = new Set(['um', 'uh', 'uhm', 'umm', 'er', 'erm', 'ah', 'hmm', 'mm'])

/**
 * Words that are fillers only when set off by a comma ("it's promising, you know, but"):
 * elsewhere they carry meaning ("behaves like a retinoid").
 */
export const SOFT_FILLERS: readonly (readonly string[])[] = [
  ['you', 'know'],
  ['i', 'mean'],
  ['sort', 'of'],
  ['kind', 'of'],
  ['you', 'see'],
  ['like'],
  ['well'],
  ['basically'],
  ['actually'],
  ['honestly'],
  ['really'],
  ['so'],
  ['okay'],
  ['ok'],
  ['right'],
]
