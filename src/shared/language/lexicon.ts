/**
 * General English word lists the language layer reasons with: honorifics, role titles, speech
 * verbs, organisation and place words, product nouns. Nothing here names a person or a brand.
 */
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean))

/** Courtesy titles before a name; they also say a name is a person's. */
export const HONORIFICS = set(
  'dr dr. mr mr. mrs mrs. ms ms. mx mx. prof prof. professor sir dame lord lady rev rev. reverend fr fr. father sister brother',
)

/** Honorifics that give a gender. */
export const FEMALE_HONORIFICS = set('mrs mrs. ms ms. miss dame lady sister madam')
export const MALE_HONORIFICS = set('mr mr. sir lord father fr fr. brother')

/** Capitalised role titles that may stand before a person's name ("Mayor Dennis Kolb"). */
export const ROLE_TITLES = set(
  'mayor deputy senator sen. sen representative rep. rep councillor councilor councilmember councilwoman councilman alderman alderwoman governor gov. gov president vice chancellor premier minister secretary chief captain capt. capt commander general gen. colonel col. major lieutenant lt. sergeant sgt. officer detective inspector superintendent constable judge justice commissioner director chair chairman chairwoman chairperson dean principal coach chef nurse pastor rabbi imam bishop ambassador sheriff marshal trustee supervisor speaker treasurer clerk attorney leader whip deacon magistrate canon elder cardinal ranger warden coroner chancellor provost headteacher headmaster headmistress',
)

/** Verbs of saying: their subject (or object after inversion) is a quote's speaker. */
export const SPEECH_VERBS = set(
  'say says said saying reads tell tells told add adds added explain explains explained note notes noted argue argues argued recall recalls recalled insist insists insisted write writes wrote warn warns warned admit admits admitted claim claims claimed continue continues continued reply replies replied answer answers answered ask asks asked agree agrees agreed laugh laughs laughed joke jokes joked sigh sighs sighed shrug shrugs shrugged put puts recalled suggest suggests suggested point points pointed observe observes observed describe describes described call calls called promise promises promised declare declares declared state states stated announce announces announced acknowledge acknowledges acknowledged concede concedes conceded counter counters countered maintain maintains maintained predict predicts predicted urge urges urged caution cautions cautioned confirm confirms confirmed boast boasts boasted muse muses mused offer offers offered conclude concludes concluded post posts posted tweet tweets tweeted reckon reckons reckoned grin grins grinned smile smiles smiled whisper whispers whispered shout shouts shouted telling adding explaining noting arguing recalling insisting writing warning admitting claiming replying answering asking joking announcing declaring stating conceding complaining complain complains complained quip quips quipped exclaim exclaims exclaimed mutter mutters muttered recount recounts recounted',
)

/** Verbs with which a company "says" its marketing copy ("markets it as “clinically proven”"). */
export const CLAIM_VERBS = set(
  'market markets marketed sell sells sold advertise advertises advertised label labels labelled labeled bill bills billed tout touts touted promise promises promised claim claims claimed describe describes described pitch pitches pitched brand brands branded call calls called',
)

/** Words that end an organisation's name. */
export const ORG_WORDS = set(
  'inc inc. ltd ltd. llc llp plc co co. corp corp. corporation company companies group labs lab laboratories foods food beverages brands brand cosmetics beauty skin skincare health healthcare wellness pharma pharmaceuticals bank capital partners holdings ventures systems technologies technology tech media press publishing studio studios network networks news times post herald gazette journal magazine review council district college university institute institution foundation fund trust association society agency department ministry commission committee board authority service services school schools academy hospital clinic centre center library museum club union party federation league alliance coalition campaign cooperative co-op bureau office court police army navy industries motors automotive airlines airways ferries buses coaches freight logistics haulage shipping rail railways energy power water insurance securities analytics research consulting advisors advisers associates collective kitchen bakery cafe restaurant hotel hotels resorts store stores shop market markets outfitters supply supplies works workshop guild chamber house inn lodge manor hall castle farm estate gallery theatre theater cinema brewery distillery winery vineyard exchange courier courant ledger chronicle tribune observer examiner dispatch bulletin sentinel weekly monthly quarterly dairy creamery apiary roastery roasters orchard nursery mill cellars smokehouse butchers merchants merchant pantry wholesalers bakehouse deli delicatessen provisions rentals hire tours cycles partnership collaboration consortium initiative forum observatory taskforce',
)

/** Nouns that name a kind of organisation in an apposition ("Velisse, a skincare brand"). */
export const ORG_NOUNS = set(
  'company firm brand label maker manufacturer authority regulator exchange operator provider insurer airline government ministry police court retailer store shop chain startup start-up business group agency nonprofit non-profit charity organisation organization council district department university college school hospital clinic lab laboratory publisher newspaper magazine website site app platform bank fund foundation institute association society union party committee coalition studio distributor supplier importer marketplace outlet network',
)

/** Words that end a place name. */
export const PLACE_WORDS = set(
  'bay lane street st st. road rd rd. avenue ave ave. boulevard blvd way drive court place square peninsula island isle islands county city town village valley hill hills park harbour harbor beach coast point heights springs falls lake river mountain mountains bridge quay green cove head headland moor forest wood woods estate district borough parish province state region shire ward',
)

/**
 * Street words that end a place's name ("Tanner Row", "Pellow Terrace") but also many a firm's
 * ("Oatley Row"): evidence for a place in entity typing only, never a veto on a brand.
 */
export const STREET_WORDS = set('row terrace crescent mews parade promenade wharf embankment alley')

/** Nouns that end a product's name. */
export const PRODUCT_NOUNS = set(
  'serum serums cream creams gel gels oil oils drops essence toner cleanser lotion moisturiser moisturizer mask balm spf sunscreen mist tonic elixir supplement supplements capsules capsule gummies tablets powder shot drink drinks tea coffee blend bar bars vest vests pack packs backpack shoe shoes sneaker sneakers trainer trainers jacket jackets watch band tracker ring purifier purifiers filter fan heater humidifier lamp lamps light carrier carriers wrap wraps sling slings stroller pram seat monitor phone tablet laptop headphones earbuds speaker camera kit set bundle edition system device app card account mattress pillow duvet blanket bottle bottles stick pen',
)

/** Person nouns: a role in an apposition says the name before it is a person's. */
export const PERSON_NOUNS = set(
  'doctor physician dermatologist cardiologist surgeon nurse midwife therapist physiotherapist nutritionist dietitian dietician pharmacist chemist scientist researcher biologist professor lecturer teacher student expert consultant analyst economist adviser advisor planner trainer coach runner athlete chef baker cook owner founder co-founder cofounder ceo cto cfo executive director manager president chair chairwoman chairman spokesperson spokeswoman spokesman representative officer official mayor councillor councilor senator lawmaker legislator minister governor member resident mother father parent mum mom dad grandmother grandfather writer author editor journalist reporter columnist blogger influencer creator podcaster host presenter actor actress singer musician artist designer architect engineer mechanic driver pilot captain keeper farmer fisherman volunteer worker employee staffer intern librarian lawyer attorney judge economist historian psychologist psychiatrist neuroscientist epidemiologist sociologist veterinarian vet dentist optometrist paediatrician pediatrician obstetrician gynaecologist midwife doula ambassador partner investor banker trader entrepreneur landlord tenant customer shopper reader viewer patient survivor friend neighbour neighbor colleague assistant attendant accountant administrator coordinator organiser organizer caretaker cleaner carer caregiver paramedic firefighter technician receptionist cashier waiter waitress barista bartender shopkeeper hairdresser labourer builder gardener courier',
)

/** Unnamed people: a quote said by one of these has no named speaker. */
export const ANONYMOUS_NOUNS = set(
  'resident residents source sources aide aides official officials person people someone reader readers viewer listener customer shopper parent mother father neighbour neighbor staffer employee worker insider observer witness passenger commuter attendee member user fan review reviews reviewer commenter poster caller comment comments post posts',
)

/** Spokes-nouns: "a spokeswoman for X" speaks for organisation X. */
export const SPOKES_NOUNS = set(
  'spokesperson spokeswoman spokesman representative rep statement release announcement',
)

export const FEMALE_PRONOUNS = set('she her hers herself')
export const MALE_PRONOUNS = set('he him his himself')
export const PLURAL_PRONOUNS = set('they them their theirs themselves')

/** Capitalised words that start sentences or headings and are never names. */
export const NOT_NAMES = set(
  'the a an and but or so yet for nor if then when while after before because although though since until unless as at by in of on to with from into onto over under about above below between through during without within this that these those there here it its i we you he she they me us him her them my our your his their mine yours ours hers theirs what which who whom whose where why how yes no not all any each every some many most more much few both either neither one two three four five six seven eight nine ten first second third best worst our editors q a monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow mr mrs ms dr prof update note editor photo photograph image credit source sources read more share subscribe sponsored advertisement ad',
)

/** Words that open a place's name ("Sankt Aurel", "Port Marlow", "Mount Carrow"), never a person's first name. */
export const PLACE_PREFIXES = set(
  'sankt saint st st. ste ste. san santa santo são sao port fort lake mount mt mt. cape loch glen',
)

/** Countries, nations and regions written as names: places, never speakers or brands. */
export const KNOWN_PLACES = set(
  'uk us usa u.s. u.k. eu europe europa britain england scotland wales ireland america canada mexico australia india china japan france germany spain italy portugal netherlands belgium sweden norway denmark finland iceland poland austria switzerland greece turkey russia ukraine brazil argentina chile africa asia nigeria kenya egypt london paris berlin tokyo',
)

/** A newspaper's last word, after a day's or a time's word: "Morning Ledger", "Sunday Times". */
export const MASTHEAD_HEADS = set(
  'news times post herald gazette journal ledger chronicle tribune observer examiner dispatch bulletin sentinel courier courant express mail star standard telegraph mirror echo record advertiser citizen argus',
)

/** Words that open a masthead before its last word: "the Evening Standard", "the Sunday Post". */
export const MASTHEAD_OPENERS = set(
  'morning evening daily weekly sunday monday tuesday wednesday thursday friday saturday',
)
