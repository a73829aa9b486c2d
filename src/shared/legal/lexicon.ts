/**
 * Word classes the disclosure reader reasons with: money, buying, giving, ties between people
 * and brands, research, influence. General English; nothing here names a brand, a person or a
 * publication, and no entry is a whole sentence: statements are recognised by the classes
 * their words fall into and how those words relate (docs/disclosures.md).
 */
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean))

/** The publisher's or the speaker's own voice. */
export const FIRST_PERSON = set('i me my mine myself we us our ours ourselves')
export const FIRST_PERSON_OBJECT = set('me us')

/** Things a publisher puts out: "this page", "links in this email". */
/** Who owns a publication, in a noun: "the Gazette's parent company", "our owner", "its publisher". */
export const PUBLICATION_OWNERS = set('parent owner owners proprietor publisher')
export const PUBLICATION_NOUNS = set(
  'site website page pages article articles post posts story stories feature guide review reviews roundup newsletter email e-mail issue magazine publication publisher newspaper paper blog channel video videos podcast episode list edition outlet app piece section column series coverage content show programme',
)

/** Money coming to someone. */
export const EARN = set(
  'earn earns earned earning earnings commission commissions fee fees money revenue compensation compensated compensates compensate paid pay pays paying payment payments kickback kickbacks monetised monetized monetise monetize',
)

/** A share of money, when something is received: "a small share of the sale", "a cut", "a credit". */
export const MONEY_SHARES = set('share cut portion percentage slice referral bonus credit credits')
/** Verbs of getting money. */
export const GET_VERBS = set(
  'receive receives received get gets got make makes made collect collects take takes',
)

/** A reader buying or signing up. */
export const BUY = set(
  'buy buys bought buying purchase purchases purchased purchasing book books booked booking order orders ordered sign signs signed subscribe subscribes subscribed shop shopping click clicks clicked',
)
export const LINKS = set('link links linked')

/** Words that turn a statement round. */
export const NEGATION = set(
  "no not never nor none nobody neither without n't don't doesn't didn't won't isn't wasn't aren't weren't hasn't haven't hadn't cannot",
)

/** Nouns for what a brand or a reader partner does with a publisher ("our partners"). */
export const PARTNER_NOUNS = set('partner partners partnership partnerships')
/** What partners offer: "offers from our partners". */
export const COMMERCE_NOUNS = set(
  'offer offers deal deals product products card cards listing listings link links brand brands promotion promotions',
)

/** Sponsorship labels that say plainly that a brand paid. */
export const CLEAR_LABELS: readonly string[] = [
  'ad',
  'advert',
  'advertisement',
  'advertisement feature',
  'advertising feature',
  'advertising',
  'advertorial',
  'sponsored',
  'sponsored content',
  'sponsored post',
  'sponsored feature',
  'sponsored story',
  'sponsored article',
  'sponsor content',
  'paid partnership',
  'paid post',
  'paid content',
  'paid promotion',
  'paid placement',
  'paid for by',
  'sponsored by',
  'in paid partnership with',
  'this is an ad',
  'commercial feature',
  'advertiser content',
  'advertiser feature',
  'advertiser-funded',
  'advertising partner',
  'promotional feature',
  'paid advertisement',
  'ad feature',
  'funded by',
  'commissioned by',
]
/** Labels that say a brand is involved without saying it paid. */
export const VAGUE_LABELS: readonly string[] = [
  'promoted',
  'promoted by',
  'promotion',
  'partner content',
  'partner post',
  'partner feature',
  'in partnership with',
  'in association with',
  'in collaboration with',
  'brought to you by',
  'presented by',
  'supported by',
  'powered by',
  'from our partners',
  'produced with',
  'made possible by',
  'made with',
]

/** Hashtags and what they say. */
export const CLEAR_TAGS = set(
  '#ad #advert #advertisement #advertising #sponsored #sponsoredpost #paid #paidad #paidpartnership #paidpost',
)
export const VAGUE_TAGS = set(
  '#sp #spon #sponsor #partner #partnership #brandpartner #collab #collaboration #promo #promoted #ambassador #brandambassador',
)
export const GIFT_TAGS = set('#gifted #gift #prsample #prgift #freebie #pr #complimentary')
export const AFFILIATE_TAGS = set(
  '#affiliate #aff #affiliatelink #commissionearned #affiliatelinks',
)

/** Content subjects of a sponsorship statement: "this article was paid for by…". */
export const CONTENT_NOUNS = set(
  'article post content story feature series coverage newsletter email issue episode video podcast guide page piece section supplement special report reporting journalism',
)

/** Participles that say who paid for or made a piece. */
export const SPONSOR_PARTICIPLES = set(
  'sponsored paid funded underwritten supported commissioned financed produced created made written presented brought backed',
)

/** Verbs of handing something over. */
export const GIVE = set(
  'send sends sent give gives gave given provide provides provided supply supplies supplied lend lends lent loan loans loaned gift gifts gifted donate donates donated comp comps comped host hosts hosted hosting cover covers covered',
)
/** Adjectives that make an item a gift or a loan. */
export const GIFT_ADJECTIVES = set(
  'complimentary gifted free press review loan loaner demo pr courtesy sample comped',
)
/** Items handed to reviewers. */
export const GIFT_ITEMS = set(
  'sample samples unit units product products copy copies item items kit kits car model stay stays trip trips night nights room flight flights ticket tickets meal meals box boxes bottle bottles pair pairs set sets',
)
/** What reviewers were given things for. */
export const TEST_PURPOSE = set(
  'testing test tests review reviews reviewing evaluation trial trying try taste tasting story article piece consideration',
)
/** Costs a host or a maker covers. */
export const EXPENSES = set(
  'fuel travel flights flight accommodation accommodations stay hotel trip trips meals expenses tickets transport lodging fare fares train taxi ferry journey',
)
export const THANKS = set('thanks thank thank-you thanked cheers shoutout shout-out')
/** Makers as a class, when a piece says who lent or gave without naming them. */
export const MAKER_NOUNS = set(
  'brands manufacturers makers companies retailers suppliers distributors publicists brand manufacturer maker company retailer supplier hotel hotels resort airline airlines hosts host organisers organizers operator operators tourist tourism',
)

/** A person's tie to a brand, by noun: "a paid clinical adviser to X". */
export const TIE_NOUNS = set(
  'ambassador ambassadors consultant consultants adviser advisers advisor advisors face spokesmodel founder founders co-founder co-founders cofounder investor investors shareholder shareholders stakeholder stakeholders backer backers co-owner co-owners part-owner owner owners stockist stockists endorser endorsers employee employees payroll retainer board panel committee affiliate affiliates partner partners collaborator collaborators partnership partnerships deal deals contract contracts agreement agreements',
)
/** Nouns of a tie that do not by themselves say money changes hands. */
export const VAGUE_TIE_NOUNS = set(
  'partner partners collaborator collaborators friend friends collab collabs affiliate affiliates partnership partnerships',
)
/** A person's tie to a brand, by verb: "she advises X", "X pays me". */
export const TIE_VERBS = set(
  'earn earns earned advise advises advised advising consult consults consulted consulting represent represents represented endorse endorses endorsed own owns owned co-own co-owns co-owned part-own part-owns part-owned hold holds held invest invests invested work works worked working collaborate collaborates collaborated partner partners partnered collab sign signs signed pay pays paid paying receive receives received receiving employ employs employed employing stock stocks stocked stocking sponsor sponsors sponsored sponsoring retain retains retained founded co-founded cofounded',
)
/** Verbs of a tie that do not by themselves say money changes hands. */
export const VAGUE_TIE_VERBS = set(
  'work works worked working collaborate collaborates collaborated partner partners partnered collab',
)
/** What a paid person receives. */
export const PAYMENTS = set(
  'fee fees payment payments compensation royalties royalty honoraria honorarium retainer salary stipend funding grant grants stock equity shares stake commission commissions money',
)
/** What an owner or investor holds. */
export const HOLDINGS = set(
  'stake stakes shares share equity interest interests stock stocks tokens token coins coin options units',
)
/** Words that make a tie paid. */
export const PAID_MARKS = set(
  'paid compensated salaried retained fee fees deal contract contracted sponsored',
)
/** Relatives whose tie to a brand is the person's. */
export const FAMILY_NOUNS = set(
  'husband wife partner spouse brother sister son daughter father mother dad mum mom cousin uncle aunt niece nephew fiancé fiancée fiance fiancee brother-in-law sister-in-law father-in-law mother-in-law',
)

/** Research a brand may have paid for. */
export const RESEARCH_NOUNS = set(
  'study studies trial trials research survey surveys poll polls test tests testing experiment experiments analysis analyses report data figures paper findings results review records statistics',
)
/** Families of research nouns, to tell which mentions name the same piece of research. */
export const RESEARCH_FAMILY: Readonly<Record<string, string>> = {
  study: 'study',
  studies: 'study',
  trial: 'study',
  trials: 'study',
  research: 'study',
  experiment: 'study',
  experiments: 'study',
  paper: 'study',
  findings: 'study',
  results: 'study',
  survey: 'survey',
  surveys: 'survey',
  poll: 'survey',
  polls: 'survey',
  test: 'test',
  tests: 'test',
  testing: 'test',
  analysis: 'data',
  analyses: 'data',
  report: 'data',
  data: 'data',
  figures: 'data',
  records: 'data',
  statistics: 'data',
  review: 'study',
}
/** Verbs of paying for research: "funded by", "commissioned by", "conducted on behalf of". */
export const FUND_VERBS = set(
  'funded funds fund sponsored sponsors paid pays commissioned commissions financed finances underwritten underwrites backed backs supported bankrolled bankrolls conducted run carried',
)
/** Data that comes from a company itself: "Calder customer data". */
export const OWN_DATA = set('customer customers internal in-house sales user users company own')

/** Words of influence over a piece that a no-conflict statement denies. */
export const INFLUENCE = set(
  'paid say control role influence influences influenced input involvement involved approve approved approval see saw seen review reviewed edit edited relationship relationships interest interests ties tie stake conflict conflicts connection connections part hand sway affect affects affected change changes changed shape shapes shaped determine determines dictate dictates alter alters steer steers decide decides',
)
/** What influence is denied over: the piece, the coverage, the research. */
export const INFLUENCE_TARGETS = set(
  'review reviews article articles story stories coverage reporting content piece copy what which wrote write writes written covers cover covered feature features publish published publication editorial design analysis creation brand brands company companies advertiser advertisers sponsor sponsors product products conclusions conclude findings results selection selections journalism picks recommendations ratings verdicts predictions prediction tips forecasts previews preview advice answers rankings choices opinions',
)
/** Verbs an editorial team does on its own: "our editors pick every product independently". */
export const EDITORIAL_VERBS = set(
  'pick picks picked choose chooses chose chosen select selects selected review reviews reviewed test tests tested research researched write writes wrote written rate rates rated',
)

/** Endings of names of bodies that fund work without selling anything. */
export const NONCOMMERCIAL_WORDS = set(
  'foundation fund trust charity council government department ministry agency university college school institute institutes institution institutions commission committee authority academy society association nonprofit non-profit endowment foundations councils agencies ministries universities union',
)
/** Nouns that describe such a body in an apposition: "a nonprofit that supports…". */
export const NONCOMMERCIAL_NOUNS = set(
  'nonprofit non-profit charity foundation trust endowment university government agency',
)

/** Praise and recommendation: words with which a speaker endorses a product. */
export const PRAISE = set(
  'recommend recommends recommended recommending love loves loved adore swear favourite favorite favourites favorites best only trust rely reach go-to holy grail must-have obsessed brilliant amazing fantastic excellent incredible life-changing game-changer perfect superb wonderful great calmer softer smoother better worth difference changed transformed rival rivals impressed works worked effective',
)
/** Verbs of using a product oneself: "I use it every night". */
export const USE_VERBS = set(
  'use uses used using apply applies applied wear wears wore put take takes',
)

/** Publisher picks: words that mark a product recommendation in a guide or deals list. */
export const PICK_WORDS = set(
  'pick picks choice favourite favorite favourites favorites winner best recommend recommended recommendation recommendations',
)
export const PICK_VERBS = set('like love recommend rate adore prefer pick chose choose suggest')
export const BUY_IMPERATIVES = set('buy try grab get order shop snap splurge stock treat')
