import type { Doc, DocParagraph } from '../language/document'
import type { Entity } from '../language/entities'
import { personBefore } from '../language/reference'
import type { Token } from '../language/nlp'
import { foldedSurname, paragraphAt, sameName, surname } from '../text'
import type { QuoteRef, TextRange } from './domain'

/**
 * Experts the text itself presents ("Dr X, a cardiologist, said …", "personal trainer Sam Ito",
 * "says Y, head sommelier at Z") who make claims outside their field: a cardiologist on skin,
 * a geologist on arthritis, a dentist on viruses or on an investment's price, a sommelier on
 * cholesterol, a designer on energy efficiency. Fields come from what the profession is, and
 * from the claim's own words; only claims in fields where authority matters (health, skin,
 * money, energy) are checked, and only for people the text presents by a profession.
 *
 * The model has two sides: what a claim is about (HEALTH_AREAS for health, CLAIM_FIELDS for the
 * other families) and what a profession speaks to (PROFESSIONS, or a title read from the words of
 * its field, SPECIALTY_WORDS). A claim warns when it names an area or a family the speaker's
 * professions do not cover.
 */

/** The families of claims a finding names (one finding per person, family and paragraph). */
type Field =
  | 'health'
  | 'movement'
  | 'skin'
  | 'teeth'
  | 'animals'
  | 'money'
  | 'energy'
  | 'plants'
  | 'safety'
  | 'structures'
  | 'electrics'
  | 'security'
  | 'law'

/**
 * The areas of health a claim may be about, each with the words that place it there. A
 * specialist speaks to a few (a cardiologist to the heart, a dentist to the mouth, a
 * dermatologist to the skin, a toxicologist to poisons); a GP, a nurse or a pharmacist to all.
 * `general` words (a disease, symptoms, cures) take the sense of an area beside them: a
 * dentist's "gum disease" is the mouth's. `mouth`, `eyes` and `ears` only widen what their
 * specialists cover: a word of theirs alone raises nothing.
 */
type Area =
  | 'hair'
  | 'gut'
  | 'weight'
  | 'mind'
  | 'sight'
  | 'hearing'
  | 'dental'
  | 'feet'
  | 'reproductive'
  | 'heart'
  | 'circulation'
  | 'metabolism'
  | 'brain'
  | 'sleep'
  | 'infection'
  | 'cancer'
  | 'musculo'
  | 'injury'
  | 'organs'
  | 'airways'
  | 'longevity'
  | 'toxins'
  | 'fumes'
  | 'general'
  | 'mouth'
  | 'eyes'
  | 'ears'
  | 'noise'
  | 'pollution'
  | 'light'
  | 'posture'

const HEALTH_AREAS: readonly [Area, RegExp][] = [
  // Hair and the scalp as medicine: loss, thinning, regrowth, follicles, baldness, dandruff and
  // the scalp's conditions (not a style: "grow your hair out" is blanked by OTHER_SENSES; a
  // lawn's bald patch and a dog's shedding are no hair's).
  [
    'hair',
    /\b(?:hair[- ]?loss|los(?:e|es|ing|t) (?:\w+ ){0,2}hair|thinning hair|hair thinning|hair (?:re)?growth|(?:re)?grow(?:s|ing|th)? (?:\w+ ){0,3}hair|hair (?:\w+ ){0,2}(?:re)?grow(?:s|ing)? (?:back|faster|thicker|longer)|hair follicles?|(?<!ovarian )follicles?(?![- ]stimulating)|alopecia|balding|baldness|(?:go|goes|going|went|gone) bald|receding hairline|hair shedding|dandruff|scalp (?:conditions?|psoriasis|eczema|infections?|inflammation)|seborrh\w*|minoxidil|finasteride)\b/i,
  ],
  // Digestion and the gut: not a gut feeling (OTHER_SENSES).
  [
    'gut',
    /\b(?:gut (?:health|flora|bacteria|lining|microbiome|issues|problems)|(?:your|the|a healthy|healthy|happy|leaky) gut\b(?! (?:feeling|instinct|reaction))|(?<!soil )microbiome|digestion|digestive (?:health|system|tract|issues|problems|enzymes|discomfort)|bloating|feel\w* bloated|constipation|ibs|irritable bowel|bowels?(?! of)|acid reflux|heartburn|indigestion|probiotics?)\b/i,
  ],
  // Weight as a claim: losing it, burning fat, appetite, a metabolism sped up.
  [
    'weight',
    /\b(?:weight[- ]loss|los(?:e|es|ing|t) (?:\w+ ){0,2}(?:weight|kilos|stone)|shed(?:s|ding)? (?:\w+ ){0,2}(?:pounds|kilos|kg|lbs)|burn(?:s|ing)? (?:\w+ ){0,2}fat|fat[- ]burn\w*|belly fat|slimming|metabolism|(?:suppress|curb|reduc|control)\w* (?:\w+ ){0,2}appetite|appetite suppress\w*)\b/i,
  ],
  // The mind's health: anxiety treated or its disorders, mental health, stress levels or hormones
  // (not "reduces the stress of moving", nor stress on a joint).
  [
    'mind',
    /\b(?:mental health|panic attacks?|adhd|ptsd|burnout|mood disorders?|anxiety (?:disorders?|attacks?|symptoms|levels)|(?:reduc|reliev|eas|cur|treat|calm|sooth|lower|beat|fight|banish|halv|cut)\w* (?:\w+ ){0,2}anxiety|stress (?:hormones?|levels)|chronic stress|cortisol)\b/i,
  ],
  // Sight as a claim (a word of the eyes alone only widens an eye specialist's field).
  [
    'sight',
    /\b(?:(?:improv|restor|sharpen|sav|protect|damag|ruin|harm|strain|worsen)\w* (?:your |their |his |her |my |our |the )?(?:\w+ )?(?:vision|eyesight|eyes|retinas?)|vision loss|loss of (?:vision|sight)|cataracts?|glaucoma|macular|myopia|short-?sighted\w*|long-?sighted\w*|dry eyes?|eye ?strain)\b/i,
  ],
  [
    'hearing',
    /\b(?:tinnitus|hearing loss|loss of hearing|deafness|(?:restor|improv|protect|damag|ruin|sav)\w* (?:\w+ ){0,2}hearing)\b/i,
  ],
  // The teeth and gums as a claim: decay, gum disease, whitening, enamel worn or saved.
  [
    'dental',
    /\b(?:tooth decay|decay(?:ed|ing)? teeth|gum disease|gingivitis|periodontitis|dental plaque|tooth enamel|(?:whiten|straighten|protect|strengthen|damag|rot|stain|ruin|harm|sav|repair|remineralis|remineraliz)\w* (?:\w+ ){0,2}(?:teeth|gums|tooth enamel)|teeth whitening|cavities (?:in|on) (?:\w+ )?teeth)\b/i,
  ],
  // The feet a podiatrist treats.
  [
    'feet',
    /\b(?:plantar fasciitis|bunions?|fallen arches|flat feet|heel pain|foot pain|verrucas?|athlete's foot|ingrown toenails?|fungal nail\w*|nail fungus)\b/i,
  ],
  // Fertility, menopause and hormones as a claim: acted on ("boosts fertility", "eases hot
  // flushes") or a condition of theirs (infertility, endometriosis). A life stage named in passing
  // ("if you are pregnant, talk to your doctor", "skin after menopause") is none.
  [
    'reproductive',
    /\b(?:(?:boost|improv|increas|restor|balanc|treat|cur|eas|reliev|help|rais|lower|regulat|fix)\w* (?:\w+ ){0,2}(?:(?<!soil )fertility|(?:peri)?menopaus\w*|libido|testosterone|oestrogen|estrogen|hormones|hot (?:flushes|flashes)|period pain|periods)|infertility|erectile dysfunction|endometriosis|pcos|hormon\w* (?:balance|imbalances?))\b/i,
  ],
  ['heart', /\b(?:heart|cardiovascular|cholesterol|arter(?:y|ies))\b/i],
  // Blood pressure and strokes: a cardiologist's, and a neurologist's or a kidney doctor's too.
  ['circulation', /\b(?:blood pressure|hypertension|strokes?)\b/i],
  ['metabolism', /\b(?:(?:pre-?)?diabet\w*|obesity|blood sugar|insulin)\b/i],
  ['brain', /\b(?:dementia|alzheimer\S*|depression|brain)\b/i],
  ['sleep', /\b(?:insomnia|sleep\w*)\b/i],
  [
    'infection',
    /\b(?:virus(?:es)?|viral|colds|common cold|(?:catch\w*|caught|gets?|getting|got|fights? off|wards? off|prevents?|avoids?) (?:a |the )?cold|flu|infections?|immune)\b/i,
  ],
  ['cancer', /\b(?:cancers?|tumou?rs?)\b/i],
  [
    'musculo',
    /\b(?:arthritis|joints?|dysplasia|(?:back|neck|knee|shoulder|joint) pain|sciatica|slipped discs?|spin(?:e|al)|hips?|cartilage|tendons?|ligaments?|osteoporosis|(?:rebuild|regrow|repair|regenerat|restor)\w*\s+(?:\w+\s+){0,2}(?:tissue|bones?|muscles?|nerves?))\b/i,
  ],
  [
    'injury',
    /\b(?:concussions?|(?:head|brain|spinal) injur(?:y|ies)|(?:risk|chances?) of (?:an? )?(?:\w+ )?injur(?:y|ies))\b/i,
  ],
  ['organs', /\b(?:kidneys?(?: stones?)?|liver|lungs?|organs)\b/i],
  ['airways', /\b(?:hay ?fever|allerg(?:y|ies)|asthma)\b/i],
  ['longevity', /\b(?:live longer|longevity|mortality|(?:risk|chances?) of (?:dying|death))\b/i],
  [
    'toxins',
    /\b(?:toxins?|detox\w*|heavy metals|heavy metal (?:poisoning|toxicity|exposure|levels?)|poison(?:s|ed|ing|ous)?)\b/i,
  ],
  // Fumes as a harm: carbon monoxide, fumes called toxic or breathed in (not "exhaust fumes"
  // alone, nor paint's smell).
  [
    'fumes',
    /\b(?:carbon monoxide|(?:toxic|poisonous|deadly|noxious) fumes|(?:breathing|breathe|breathed|inhaling|inhale|inhaled) (?:in )?(?:the |those |these )?(?:\w+ )?fumes)\b/i,
  ],
  [
    'general',
    /\b(?:disease|symptoms?|cures?|heals?|(?:risk|chances?) of (?:developing|getting))\b/i,
  ],
  ['mouth', /\b(?:teeth|tooth|gums?|gingivitis|oral|mouth|jaw)\b/i],
  ['eyes', /\b(?:eyes?|eyesight|vision|retina\w*|cataracts?|glaucoma|macular)\b/i],
  ['ears', /\b(?:ears?|hearing|tinnitus)\b/i],
  // Noise as an exposure, an acoustician's subject: what links noise to its effects on health
  // ("night-time road noise is linked to heart disease") is theirs (see linkedToOwn). Not a
  // sound bath, a sound investment or a sound that is only heard.
  [
    'noise',
    /\b(?:noise|noises|noisy|decibels?|loud (?:music|sounds?|noises?|environments?|workplaces?)|sound (?:levels?|exposure|insulation|proofing)|(?:exposure|exposed) to (?:\w+ )?sound|soundproof\w*|acoustics?)\b/i,
  ],
  // Other exposures a trade measures, linked to their effects by that trade: polluted air (an
  // environmental or air-quality scientist's), light at night (a lighting designer's), posture at
  // a desk (an ergonomist's). A word of theirs raises nothing alone.
  [
    'pollution',
    /\b(?:air pollution|(?:polluted|dirty) air|air quality|pollutants?|particulates?|particulate matter|pm2\.5|pm10|nitrogen dioxide|smog|(?:diesel|exhaust|traffic) fumes)\b/i,
  ],
  [
    'light',
    /\b(?:blue light|(?:artificial|bright|screen|street|led|white|warm|cool) ?light(?:s|ing)?|light (?:at night|pollution|exposure|levels)|daylight|lighting)\b/i,
  ],
  [
    'posture',
    /\b(?:posture|ergonomic\w*|workstations?|desk (?:height|set-?up)|sitting position)\b/i,
  ],
]

/** The widening areas that are organs (an exposure such as noise or posture is none). */
const ORGAN_AREAS: ReadonlySet<Area> = new Set(['mouth', 'eyes', 'ears'])

/** Areas that only widen a specialist's field, never raising a finding alone. */
const WIDENING: ReadonlySet<Area> = new Set([
  'mouth',
  'eyes',
  'ears',
  'noise',
  'pollution',
  'light',
  'posture',
])

/**
 * Words of the health areas in another sense, read out before the areas are: a rower's or a
 * swimmer's stroke, a heart rate or the heart of a town, a skin temperature, a hip hinge (an
 * exercise), sleep that no claim is made about ("your sleep matters"), a cold day; and idioms
 * and trades' words: a stroke of luck, a heart that sank, a burger joint or a dovetail joint, a
 * book's spine, the Great Depression, a post that went viral, immune to criticism, a computer
 * virus, cured ham, chicken livers, picking someone's brain, a poisoned chalice, running on
 * fumes, a battery's longevity, heavy metal the music, brush strokes, the top of one's lungs,
 * kidney beans, artichoke hearts, hip-hop and a hip new bar, symptoms of a malaise, a
 * poisoned atmosphere.
 */
const OTHER_SENSES: readonly RegExp[] = [
  // Cold feet; a market or an economy that caught a cold; the gut of a kitchen or a ship.
  /\bcold feet\b|\b(?:markets?|economy|economies|sector|prices|shares|stocks|industry|trade|business|high street|city|housing market) (?:has |had |have |will |would |could )?(?:caught|catches|catch|gets?|got) (?:a |the )?cold\b|\bgut of (?:a|an|the|this|that|every|our|my|its|any) (?:\w+ )?(?:kitchen|ship|boat|house|building|city|town|team|club|business|company|restaurant|operation|engine|car|machine|system|story|matter|problem|issue|argument|book|film|song|game|plan)s?\b/gi,
  // A gut feeling, trusting one's gut; hair grown out as a style; the bowels of a ship.
  /\b(?:trust|follow|go with|listen to) (?:your|my|his|her|their|our) gut\b|\bgut (?:feelings?|instincts?|reactions?|checks?|punch\w*)\b|\bgut-(?:wrenching|punch\w*)\b|\b(?:my|our|his|her|their) gut (?:says|said|tells|told)\b/gi,
  /\bgrow(?:s|ing|n)? (?:your |my |his |her |their |our )?(?:\w+ )?hair (?:out|long)\b/gi,
  /\b(?:punch\w* (?:to|in) the|beer) gut\b/gi,
  // Hair that is removed, not lost: unwanted, facial, body or leg hair.
  /\b(?:unwanted|facial|body|leg|legs|underarm|ingrown|pubic|nose|ear) hairs?\b/gi,
  // A stroke of an oar, a swim or a club: "your stroke", "each stroke", "stroke rate".
  /\b(?:your|my|his|her|their|our|each|every|per|one|a full|a long|a short|a smooth|a clean|the drive of the) stroke\b(?! (?:risk|patients?|survivors?|units?))|\bstroke (?:rate|length|count|technique|rhythm)s?\b/gi,
  // A heart that is no organ: a heart rate, the heart of a place, "at heart", "by heart".
  /\bheart[- ]rates?\b|\bheart(?= of\b)|\b(?:at|by|take|change of|in my) heart\b|\bheart-?(?:warming|felt|breaking)\b/gi,
  // Skin as a place or a measure, not its condition.
  /\bskin(?:[- ]to[- ]skin|[- ](?:temperatures?|contact|surface))\b/gi,
  // Exercises named by a joint.
  /\bhips? (?:hinges?|thrusts?|bridges?|openers?|circles?)\b/gi,
  // "A stroke of luck", "at the stroke of midnight".
  /\bstrokes? of\b/gi,
  // The heart in idioms: a heart that sinks or goes out to someone, set on something, in it.
  /\b(?:my|our|your|his|her|their) hearts? (?:sank|sinks|goes out|went out|(?:is|was) in (?:it|the right place|(?:my|our|your|his|her|their) mouths?)|set on|is set|was set|bleeds|skipped a beat)\b|\bheart(?:'s| is) (?:content|in it|in the right place)\b|\bwith all (?:my|our|your|his|her|their) heart\b|\bheart and soul\b|\bheart on (?:my|your|his|her|their) sleeve\b/gi,
  // A place to eat and a joint of wood, tile or pipe.
  /\b(?:burger|pizza|chicken|fast[- ]food|dive|taco|noodle|ramen|barbecue|bbq|steak|juke) joints?\b|\b(?:dovetail|mortise|tenon|mitre|miter|butt|expansion|glued|welded|soldered|pipe|tile|grout|finger|box) joints?\b/gi,
  // A book's spine; a spine-tingling ending.
  /\bspine of (?:the|a|this|that|its|every) (?:\w+ )?(?:book|novel|volume|album|record|range|collection|plan|argument|team|side|squad)\b|\b(?:book|paperback|hardback|record)'?s? spines?\b|\bspine-(?:tingling|chilling)\b/gi,
  // The Great Depression, an economic or a tropical one: no mind's.
  /\b(?:great|economic|tropical|global|post-war) depression\b|\bdepression in (?:prices|demand|wages|trade|the market)\b/gi,
  // A post that went viral; a viral video.
  /\b(?:go|goes|went|gone|going) viral\b|\bviral (?:videos?|posts?|clips?|tweets?|hits?|moments?|marketing|trends?|sensations?|reels?|tiktoks?)\b/gi,
  // Immune to criticism; a computer's virus.
  /\bimmune (?:to|from) (?!(?:the |a |an )?(?:virus|viruses|infections?|diseases?|flu|colds?|measles|covid\w*)\b)/gi,
  /\b(?:computer|software|e-?mail|laptop|phone|pc|mac)s? virus(?:es)?\b/gi,
  // Meat, fish or a ham cured; a salt cure.
  /\bcures? (?:the |its |a |our |your )?(?:\w+ )?(?:ham|hams|bacon|meats?|fish|salmon|pork|duck|sausages?|beef|lamb|egg yolks?)\b|\b(?:salt|dry|sugar|brine|cold|hot) cures?\b/gi,
  // Liver and organs as food or as an instrument or body of the state.
  /\b(?:chicken|calf's|calves'|lamb's|lambs'|pig's|duck|goose|cod|monkfish) livers?\b|\bliver (?:pâté|pate|and onions|and bacon)\b|\borgans of\b|\b(?:pipe|church|chapel|theatre) organs\b/gi,
  // Picking someone's brain; a brain drain; the brains behind something.
  /\bpick(?:s|ed|ing)? (?:my|your|his|her|their|our) brains?\b|\bbrain drain\b|\bbrains? behind\b/gi,
  // Poison in idioms; running on fumes.
  /\bpoisoned chalice\b|\bpick your poison\b|\bpoison pen\b|\brunning on fumes\b|\b(?:digital|social media|screen|phone|dopamine) detox\b|\bdetox from (?:social media|screens?|phones?|work|the news|email)\b/gi,
  // Brush strokes; shouting at the top of one's lungs; a park as a city's lungs.
  /\b(?:broad|brush|bold|pen|paint|fine) strokes\b|\bbrush ?strokes?\b|(?<=\btop of (?:my|your|his|her|their|our) )lungs\b|\blungs(?= of (?:the|a|this|our) (?:city|town|village|borough|capital)\b)/gi,
  // Kitchen words: kidney beans, steak and kidney, artichoke hearts; hearts and minds.
  /\bkidney beans?\b|\bsteak and kidney\b|\b(?:artichoke|celery|lettuce|romaine|palm) hearts?\b|\bhearts and minds\b|\bheart-shaped\b/gi,
  // Hip-hop, and hip as fashionable ("a hip new bar").
  /\bhip[- ]?hop\b|\b(?:a|the|so|very|pretty|too|really) hip (?:new |little |young )?(?:bars?|caf[eé]s?|places?|spots?|crowds?|neighbou?rhoods?|areas?|brands?|restaurants?|hotels?|shops?|districts?)\b/gi,
  // Symptoms of something other than a body's illness; a poisoned atmosphere.
  /\bsymptoms?(?= of (?:a |an |the )?(?:\w+ )?(?:problems?|malaise|economy|markets?|crisis|decline|rot|weakness|failures?|dysfunction|neglect|mismanagement)\b)|\bpoison(?:ed|s|ing)?(?= (?:the )?(?:well|atmosphere|relationship|debate|mood|talks|culture)\b)|\bpoisonous(?= (?:atmosphere|culture|debate|mood|politics)\b)/gi,
  // A thing's longevity: a battery's, a product's, a brand's, a career's.
  /\blongevity of (?:the|this|that|its|a|an|our) (?:\w+ )?(?:battery|batteries|product|brand|business|firm|company|career|band|show|series|building|roof|paint|finish|fabric|coat|boots?|shoes?|tyres?|tires?|mower|machine|device|phone|car|bike)\b/gi,
]

/**
 * Sleep as a claim: better, worse or more of it, something that helps, disrupts or is good for
 * it, falling asleep, insomnia. "Sleep is where the adaptation happens" or "your sleep matters"
 * makes no claim about it.
 */
const SLEEP_CLAIM =
  /\b(?:insomnia|sleepless\w*|sleep (?:apnoea|apnea|quality|better|longer|deeper|through|disorders?|problems?)|(?:better|deeper|worse|poor|restful|restorative|quality|more|less|good|bad|broken) sleep|(?:improv|help|aid|promot|disrupt|ruin|wreck|harm|deepen|lengthen|boost|induc)\w* (?:\w+ ){0,2}sleep|(?:best|good|better|bad|worse) (?:\w+ ){0,5}for (?:your |their |our |his |her )?sleep|falls? asleep|falling asleep)\b/i

/**
 * The quote's text with the health areas' words in other senses blanked. The last text asked
 * about is kept: a quote's areas, its skin words and its fields each ask for the same text.
 */
function inMedicalSense(text: string): string {
  if (lastSensed?.text === text) return lastSensed.out
  let out = text
  for (const re of OTHER_SENSES) out = out.replace(re, (m) => ' '.repeat(m.length))
  if (!SLEEP_CLAIM.test(out)) out = out.replace(/\bsleep\w*/gi, (m) => ' '.repeat(m.length))
  lastSensed = { text, out }
  return out
}

let lastSensed: { readonly text: string; readonly out: string } | null = null

/** The health areas a quote makes a claim in. */
function healthAreas(text: string): Map<Area, number> {
  const sensed = inMedicalSense(text)
  const out = new Map<Area, number>()
  for (const [area, re] of HEALTH_AREAS_GLOBAL) {
    const n = sensed.match(re)?.length ?? 0
    if (n) out.set(area, n)
  }
  return out
}

/** HEALTH_AREAS' patterns made global once, to count their matches (String.match). */
const HEALTH_AREAS_GLOBAL: readonly [Area, RegExp][] = HEALTH_AREAS.map(([a, re]) => [
  a,
  new RegExp(re.source, 'gi'),
])

/** A GP's, a nurse's or a pharmacist's field: every area of health. */
const ALL_AREAS = HEALTH_AREAS.map(([a]) => a)
/** A physiotherapist's, a chiropractor's or an osteopath's field. */
const MOVEMENT_AREAS: readonly Area[] = ['musculo', 'injury', 'feet', 'general']

/**
 * What a profession speaks to with authority: families of claims, or areas of health for a
 * specialist. `health` is every area (a GP, a nurse); `movement` is MOVEMENT_AREAS.
 */
const PROFESSIONS: Readonly<Record<string, readonly (Field | Area)[]>> = {
  // Medicine's generalists: all of health (a GP, a nurse, a pharmacist, a chemist in the British
  // sense), the skin too for those who treat it every day.
  doctor: ['health', 'skin'],
  physician: ['health', 'skin'],
  gp: ['health', 'skin'],
  nurse: ['health', 'skin'],
  'nurse practitioner': ['health', 'skin'],
  'physician assistant': ['health', 'skin'],
  pharmacist: ['health', 'skin'],
  chemist: ['health', 'skin'],
  // A chemist by training is a scientist of substances, not the pharmacist of British usage:
  // toxins and fumes, not medicine.
  'chemist by training': ['toxins', 'fumes'],
  pharmacologist: ['health'],
  paramedic: ['health', 'safety'],
  midwife: ['health'],
  // A surgeon, an epidemiologist or a paediatrician with no specialty named: all of health.
  surgeon: ['health'],
  epidemiologist: ['health'],
  paediatrician: ['health'],
  pediatrician: ['health'],
  geriatrician: ['health'],
  // Specialists: their areas, and the general words beside them.
  cardiologist: ['heart', 'circulation', 'metabolism', 'weight', 'longevity', 'general'],
  // Infections are a cancer doctor's too: chemotherapy leaves patients open to them.
  oncologist: ['cancer', 'infection', 'longevity', 'general'],
  neurologist: ['brain', 'mind', 'circulation', 'sleep', 'injury', 'general'],
  psychiatrist: ['brain', 'mind', 'sleep', 'general'],
  psychologist: ['brain', 'mind', 'sleep', 'general'],
  psychotherapist: ['mind', 'general'],
  // A therapist or a counsellor of what? A massage, sports or debt one is no mind's.
  'massage therapist': ['movement'],
  'sports therapist': ['movement'],
  'debt counsellor': ['money'],
  'debt counselor': ['money'],
  gastroenterologist: ['organs', 'gut', 'metabolism', 'weight', 'general'],
  hepatologist: ['organs', 'gut', 'general'],
  nephrologist: ['organs', 'circulation', 'general'],
  urologist: ['organs', 'reproductive', 'general'],
  endocrinologist: ['metabolism', 'weight', 'reproductive', 'hair', 'general'],
  diabetologist: ['metabolism', 'weight', 'general'],
  gynaecologist: ['reproductive', 'general'],
  gynecologist: ['reproductive', 'general'],
  obstetrician: ['reproductive', 'general'],
  rheumatologist: ['musculo', 'general'],
  immunologist: ['infection', 'airways', 'general'],
  allergist: ['airways', 'general'],
  virologist: ['infection', 'general'],
  microbiologist: ['infection', 'gut', 'general'],
  pulmonologist: ['organs', 'airways', 'general'],
  toxicologist: ['toxins', 'fumes', 'organs', 'general'],
  // The skin's and the scalp's: a dermatologist treats hair loss; a trichologist treats the hair
  // and the scalp, which is skin.
  dermatologist: ['skin', 'hair', 'general'],
  trichologist: ['hair', 'skin', 'general'],
  optometrist: ['eyes', 'sight', 'general'],
  ophthalmologist: ['eyes', 'sight', 'general'],
  optician: ['eyes', 'sight'],
  audiologist: ['ears', 'hearing', 'general'],
  otolaryngologist: ['ears', 'hearing', 'airways', 'mouth', 'general'],
  'ent surgeon': ['ears', 'hearing', 'airways', 'mouth', 'general'],
  'ent specialist': ['ears', 'hearing', 'airways', 'mouth', 'general'],
  podiatrist: ['feet', 'musculo', 'injury', 'general'],
  chiropodist: ['feet', 'general'],
  // Food and the body's use of it. A dietitian (a regulated clinical title) and a nutritionist
  // speak to the same areas here: the claim's words cannot tell clinical advice from general.
  nutritionist: ['metabolism', 'weight', 'gut', 'heart', 'circulation', 'organs', 'general'],
  dietitian: ['metabolism', 'weight', 'gut', 'heart', 'circulation', 'organs', 'general'],
  dietician: ['metabolism', 'weight', 'gut', 'heart', 'circulation', 'organs', 'general'],
  // Muscles, joints, feet, injuries, pain and inflammation; not sleep, hair, the heart, the mind
  // or other organs' diseases.
  physiotherapist: ['movement'],
  physio: ['movement'],
  chiropractor: ['movement'],
  osteopath: ['movement'],
  dentist: ['teeth', 'mouth', 'dental'],
  hygienist: ['teeth', 'mouth', 'dental'],
  orthodontist: ['teeth', 'mouth', 'dental'],
  periodontist: ['teeth', 'mouth', 'dental'],
  vet: ['animals'],
  veterinarian: ['animals'],
  veterinary: ['animals'],
  // Remedies outside medicine, and roles with no authority on health, money or skin: their health
  // claims are checked against nothing ("a naturopath on cancer", "a wellness coach on thyroid").
  // A herbalist knows plants, not what they cure.
  naturopath: [],
  homeopath: [],
  herbalist: ['plants'],
  reflexologist: [],
  'wellness coach': [],
  'health coach': [],
  'life coach': [],
  'holistic therapist': [],
  // Fitness: exercise and the weight it takes off, not medicine.
  trainer: ['weight'],
  'personal trainer': ['weight'],
  'fitness instructor': ['weight'],
  'fitness coach': ['weight'],
  'strength coach': ['weight'],
  'yoga teacher': [],
  'pilates instructor': [],
  coach: [],
  sommelier: [],
  chef: [],
  baker: [],
  geologist: [],
  physicist: [],
  astronomer: [],
  designer: [],
  'interior designer': [],
  influencer: [],
  stylist: [],
  hairdresser: [],
  barber: [],
  // Skin as a beauty trade sees it: a facialist's, an aesthetician's, a make-up artist's and a
  // cosmetic chemist's (who formulates for it).
  facialist: ['skin'],
  aesthetician: ['skin'],
  esthetician: ['skin'],
  'beauty therapist': ['skin'],
  'skin therapist': ['skin'],
  'makeup artist': ['skin'],
  'make-up artist': ['skin'],
  'cosmetic chemist': ['skin'],
  'cosmetic scientist': ['skin'],
  formulator: ['skin'],
  // Roles of animals' behaviour and of the media: no authority on health, money or skin ("a dog
  // behaviourist and presenter of a television series" on what rebuilds cartilage).
  behaviourist: [],
  behaviorist: [],
  groomer: [],
  'dog trainer': [],
  presenter: [],
  broadcaster: [],
  blogger: [],
  vlogger: [],
  youtuber: [],
  podcaster: [],
  'content creator': [],
  tiktoker: [],
  instagrammer: [],
  biohacker: [],
  engineer: ['energy', 'safety', 'fumes', 'structures', 'electrics', 'security'],
  'structural engineer': ['structures', 'safety'],
  'civil engineer': ['structures', 'safety'],
  'electrical engineer': ['energy', 'electrics', 'safety'],
  // Sound in buildings and places: noise, what it does to hearing and to health (an exposure
  // linked to its effects), a building's walls and windows; not what a sound bath cures.
  'acoustic engineer': ['noise', 'ears', 'hearing', 'structures', 'energy'],
  'acoustics engineer': ['noise', 'ears', 'hearing', 'structures', 'energy'],
  'acoustic consultant': ['noise', 'ears', 'hearing', 'structures', 'energy'],
  acoustician: ['noise', 'ears', 'hearing', 'structures', 'energy'],
  'sound engineer': ['noise', 'ears', 'hearing'],
  'audio engineer': ['noise', 'ears', 'hearing'],
  'software engineer': ['security'],
  'software developer': ['security'],
  developer: ['security'],
  programmer: ['security'],
  'computer scientist': ['security'],
  'security researcher': ['security'],
  'security consultant': ['security'],
  'security analyst': ['security'],
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
  'tree surgeon': ['plants'],
  // A surgeon's or a consultant's specialty named before the word.
  'heart surgeon': ['heart', 'circulation', 'general'],
  'cardiac surgeon': ['heart', 'circulation', 'general'],
  'orthopaedic surgeon': ['musculo', 'injury', 'feet', 'general'],
  'orthopedic surgeon': ['musculo', 'injury', 'feet', 'general'],
  'plastic surgeon': ['skin', 'hair', 'general'],
  'hair transplant surgeon': ['hair', 'general'],
  'dental surgeon': ['teeth', 'mouth', 'dental'],
  'veterinary surgeon': ['animals'],
  'veterinary nurse': ['animals'],
  'vet nurse': ['animals'],
  // The US name of a physiotherapist, an occupational therapist, an exercise physiologist.
  'physical therapist': ['movement'],
  'occupational therapist': ['movement', 'posture'],
  'exercise physiologist': ['movement', 'heart', 'circulation', 'weight'],
  'sports scientist': ['movement', 'weight'],
  'sports physician': ['health', 'skin'],
  'sports doctor': ['health', 'skin'],
  'sports nutritionist': ['metabolism', 'weight', 'gut', 'general'],
  // A scientist's field is the word before it.
  'sleep scientist': ['sleep', 'brain', 'general'],
  'nutrition scientist': [
    'metabolism',
    'weight',
    'gut',
    'heart',
    'circulation',
    'organs',
    'general',
  ],
  'food scientist': ['metabolism', 'weight', 'gut', 'toxins', 'general'],
  'soil scientist': ['plants'],
  'plant scientist': ['plants'],
  'animal scientist': ['animals'],
  'climate scientist': ['energy'],
  'aerosol scientist': ['infection', 'airways', 'fumes', 'pollution'],
  // Air and its pollution: what it is, where it comes from, and its links to the lungs.
  'environmental engineer': ['pollution', 'fumes', 'energy'],
  'environmental scientist': ['pollution', 'fumes', 'energy', 'plants'],
  'air quality scientist': ['pollution', 'fumes'],
  'atmospheric scientist': ['pollution', 'fumes', 'energy'],
  // Light in rooms and streets: its levels, its colour, its energy.
  'lighting designer': ['light', 'energy', 'eyes'],
  'lighting engineer': ['light', 'energy', 'eyes', 'electrics'],
  // Desks, chairs and how people sit and lift at work.
  ergonomist: ['posture', 'safety'],
  'sleep consultant': ['sleep'],
  'sleep coach': ['sleep'],
  'sleep specialist': ['sleep', 'brain', 'general'],
  'fertility specialist': ['reproductive', 'general'],
  'menopause specialist': ['reproductive', 'general'],
  // Money: planning, advice, accounts, broking, banking, markets. A broker, an accountant and a
  // planner are one field here: a claim's words seldom tell tax from savings from markets.
  'financial planner': ['money'],
  'financial adviser': ['money'],
  'financial advisor': ['money'],
  'tax adviser': ['money'],
  'tax advisor': ['money'],
  'mortgage adviser': ['money'],
  'mortgage advisor': ['money'],
  'mortgage broker': ['money'],
  'fund manager': ['money'],
  'wealth manager': ['money'],
  'investment manager': ['money'],
  'estate agent': ['money'],
  economist: ['money'],
  planner: ['money'],
  accountant: ['money'],
  bookkeeper: ['money'],
  broker: ['money'],
  stockbroker: ['money'],
  banker: ['money'],
  actuary: ['money'],
  realtor: ['money'],
  analyst: ['money'],
  adviser: [],
  advisor: [],
  // Streets and traffic are what town and transport planners plan.
  'town planner': ['safety'],
  'transport planner': ['safety'],
  'urban planner': ['safety'],
  'traffic engineer': ['safety'],
  // The house: a survey prices a building and reads its structure, heat loss, insulation and damp
  // (damp's health is not theirs: "the mould can trigger asthma" stays a warning); an architect
  // and a builder know what holds a building up.
  surveyor: ['money', 'energy', 'structures'],
  architect: ['structures'],
  builder: ['structures'],
  roofer: ['structures'],
  'building inspector': ['structures', 'safety'],
  electrician: ['energy', 'safety', 'fumes', 'electrics'],
  // Boilers, heating, water and gas safety ("a boiler not serviced is more dangerous").
  plumber: ['energy', 'safety', 'fumes'],
  'heating engineer': ['energy', 'safety', 'fumes'],
  'gas engineer': ['energy', 'safety', 'fumes'],
  // Law speaks to money (claims, compensation, pensions, contracts: "no guarantee the claim will
  // succeed"), to injury claims' roads and children, and to the law.
  lawyer: ['money', 'safety', 'law'],
  solicitor: ['money', 'safety', 'law'],
  barrister: ['money', 'safety', 'law'],
  attorney: ['money', 'safety', 'law'],
  paralegal: ['money', 'law'],
  judge: ['money', 'safety', 'law'],
  // Aviation and travel: fuel, a flight's emissions, safety.
  pilot: ['energy', 'safety'],
  // A journalist or a photographer is no field of their own: a personal-finance journalist on
  // savings rates, a motoring one on safer cars. They are not checked (left out of this list).
}

/** A claim to act on blood sugar or pressure: "lowers your blood pressure", "reverses diabetes". */
const TREATS_BLOOD =
  /\b(?:lower\w*|reduc\w*|cut\w*|revers\w*|cures?|bring\w* down|brought down|control\w*|prevent\w*|treat\w*|balanc\w*|regulat\w*|stabili[sz]\w*|fix\w*)\s+(?:\w+\s+){0,2}(?:blood sugar|blood pressure|diabetes|hypertension|insulin|strokes?)\b/i

/** The organs whose cancers a specialist treats or screens for, by profession. */
const OWN_CANCERS: Readonly<Record<string, string>> = {
  dermatologist: 'skin',
  'plastic surgeon': 'skin',
  gastroenterologist:
    'bowel|colon|colorectal|rectal|stomach|gastric|oesophageal|esophageal|liver|pancreatic|pancreas',
  hepatologist: 'liver',
  nephrologist: 'kidney|renal',
  pulmonologist: 'lung',
  neurologist: 'brain|spinal',
  dentist: 'mouth|oral|tongue|throat|lip|gum',
  hygienist: 'mouth|oral|tongue|throat|lip|gum',
  'dental surgeon': 'mouth|oral|tongue|throat|lip|gum',
  ophthalmologist: 'eye',
  optometrist: 'eye',
  endocrinologist: 'thyroid|pancreatic',
  'orthopaedic surgeon': 'bone',
  'orthopedic surgeon': 'bone',
}

/** Whether `text` names a cancer or a tumour of an organ that profession `job` treats. */
function ownCancer(job: string, text: string): boolean {
  const organs = OWN_CANCERS[job]
  return !!organs && new RegExp(`\\b(?:${organs})\\s+(?:cancers?|tumou?rs?)\\b`, 'i').test(text)
}

/** What a health area is called in a finding. */
const AREA_WORD: Readonly<Record<Area, string>> = {
  heart: 'the heart',
  circulation: 'blood pressure and strokes',
  metabolism: 'blood sugar and weight',
  brain: 'the brain and the mind',
  sleep: 'sleep',
  infection: 'infections',
  cancer: 'cancer',
  musculo: 'joints and muscles',
  injury: 'injuries',
  organs: 'the organs',
  airways: 'allergies and the airways',
  longevity: 'longevity',
  toxins: 'toxins',
  fumes: 'toxic fumes',
  general: 'disease',
  hair: 'hair loss and the scalp',
  gut: 'digestion and the gut',
  weight: 'weight',
  mind: 'mental health',
  sight: 'eyesight',
  hearing: 'hearing',
  dental: 'the teeth and gums',
  feet: 'the feet',
  reproductive: 'fertility and hormones',
  mouth: 'the mouth',
  eyes: 'the eyes',
  ears: 'hearing',
  noise: 'noise',
  pollution: 'air pollution',
  light: 'light',
  posture: 'posture',
}

/** What grows: a tree surgeon's or a gardener's "disease" is a plant's. */
const PLANT_LIFE =
  /\b(?:trees?|plants?|shrubs?|hedges?|lawns?|grass|crops?|roots?|leaves|branch(?:es)?|crowns?|seedlings?|bulbs?|roses?|tomato\w*|potato\w*|vines?|vegetables?|blight|fung(?:us|i|al))\b/i

/**
 * Verbs of an effect on what follows them: "lowers the risk of dementia", "reverses diabetes",
 * "doubles your risk of heart disease".
 */
const ACTS_ON =
  '(?:doubl|tripl|quadrupl|multipl|increas|rais|prevent|cur|heal|lower|reduc|cut|halv|eliminat|kill|stop|revers|rebuild|repair|boost|protect|treat|fix|clear|improv|restor|regrow|eas|reliev|banish|fight|beat|ward)\\w*'
const actedOnCache = new Map<Area, RegExp>()
const HEALTH_AREA_RE = new Map(HEALTH_AREAS)

/**
 * Whether every sentence of a quote that names `area` (outside the speaker's field) names one of
 * the speaker's own areas too, as a link between them, with no effect claimed on `area` itself:
 * an audiologist's "untreated hearing loss is a risk factor for dementia", a dentist's "gum
 * disease is linked to heart disease". "It lowers your blood pressure as well as protecting your
 * teeth" claims the effect, and is checked.
 */
function linkedToOwn(text: string, area: Area, covered: ReadonlySet<Field | Area>): boolean {
  const re = HEALTH_AREA_RE.get(area)
  if (!re) return false
  let acted = actedOnCache.get(area)
  if (!acted) {
    acted = new RegExp(`\\b${ACTS_ON}\\s+(?:\\S+\\s+){0,3}?${re.source}`, 'i')
    actedOnCache.set(area, acted)
  }
  let any = false
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const here = healthAreas(sentence)
    if (!here.has(area)) continue
    any = true
    const own = [...here.keys()].some((a) => a !== 'general' && a !== area && covered.has(a))
    if (!own || acted.test(inMedicalSense(sentence))) return false
  }
  return any
}

/** Words of the skin's condition. */
const SKIN =
  /\b(?:skin|collagen|wrinkles?|acne|eczema|psoriasis|rosacea|(?:hyper)?pigmentation|dark spots|fine lines|sun ?damage|sunburn|stretch marks|cellulite|blemish(?:es)?|complexion|pores?)\b/i

/** Words that place a claim in a family other than health (HEALTH_AREAS place those). */
const CLAIM_FIELDS: readonly [Field, RegExp][] = [
  ['skin', SKIN],
  // What holds a building up: load-bearing walls, subsidence, a structure judged sound or failing,
  // a roof or a floor that will give way (not make-up's foundation, nor prices that collapse).
  [
    'structures',
    /\b(?:load[- ]bearing|subsidence|underpinning|structural(?:ly)? (?:sound|damage|defects?|integrity|problems?|issues?|cracks?|failures?|collapse|movement|repairs?)|(?:roofs?|ceilings?|walls?|floors?|joists?|beams?|extensions?|decks?|balcon(?:y|ies)) (?:\w+ ){0,3}(?:collaps\w*|cave in|caving in|give way|giving way))\b/i,
  ],
  // Wiring and electrical danger.
  [
    'electrics',
    /\b(?:wiring|rewir\w*|fuse ?box(?:es)?|consumer units?|circuit breakers?|overload\w* (?:\w+ ){0,2}(?:circuits?|sockets?)|electrical (?:fires?|faults?|safety|hazards?)|electric shocks?|electrocut\w*|earthing)\b/i,
  ],
  // A computer's security: malware, hackers, breaches (not a life hack, nor a hacking cough).
  [
    'security',
    /\b(?:malware|ransomware|spyware|hackers?|hacked|(?<!(?:life|growth) )hacking(?! cough)|data breach\w*|cyber ?attacks?)\b/i,
  ],
  // Litigation: suing, liability for, a breach of contract. What a trade's rules forbid ("it's
  // illegal to wire a bathroom yourself") is the trade's own, and no claim of law here.
  [
    'law',
    /\b(?:sue|sued|suing|lawsuits?|legal action|(?:held|be|is|are|legally) liable for|breach of contract|small claims court)\b/i,
  ],
  [
    'money',
    /\b(?:invest\w*|portfolio|price (?:will|could|is going)|will (?:hit|reach|double|triple)|safest|worth (?:double|twice)|safe (?:bet|investment|place)|crypto\w*|tokens?|savings?|savers?|interest rates?|mortgages?|pensions?|aer|money moves?|(?:on|best|better|top|higher|fixed|savings) rates?\b(?! of (?!interest|return|pay\b|tax))|fixed-rate)\b/i,
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

/** Whether a document's paragraphs are in text order and apart: each ends before the next starts. */
const inOrder = new WeakMap<readonly DocParagraph[], boolean>()
function ordered(paras: readonly DocParagraph[]): boolean {
  let known = inOrder.get(paras)
  if (known === undefined) {
    known = paras.every((p, k) => p.start <= p.end && (k === 0 || paras[k - 1]!.end <= p.start))
    inOrder.set(paras, known)
  }
  return known
}

/**
 * The words of the quote at [start, end), with their parts of speech. The paragraphs that hold
 * them are found by a binary search when the paragraphs are in order: going through every
 * paragraph for every quote took an eighth of a 5,000,000-character draft's disclosure reading.
 */
function tokensIn(doc: Doc, start: number, end: number): Token[] {
  const out: Token[] = []
  const paras = doc.paragraphs
  let k = 0
  if (ordered(paras)) {
    // The first paragraph that ends after `start`: the ends rise with the paragraphs.
    let hi = paras.length
    while (k < hi) {
      const mid = (k + hi) >> 1
      if (paras[mid]!.end <= start) k = mid + 1
      else hi = mid
    }
  }
  for (; k < paras.length; k++) {
    const p = paras[k]!
    if (p.end <= start) continue
    if (p.start >= end) {
      if (ordered(paras)) break
      continue
    }
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
 * Letters after a name that say a profession ("Ada Roe, DDS,"), read right after the name's
 * comma; "MD of the firm" (a managing director) is none.
 */
const DEGREES: Readonly<Record<string, string>> = {
  DDS: 'dentist',
  DMD: 'dentist',
  MD: 'physician',
  MBBS: 'physician',
  RN: 'nurse',
  RD: 'dietitian',
  RDN: 'dietitian',
  DVM: 'veterinarian',
  CFP: 'financial planner',
  CPA: 'accountant',
}

/**
 * The field words a specialist's title may name ("a hair-loss specialist", "an expert in gut
 * health", "professor of dermatology", "a wellness coach"), each with the profession whose
 * field it is; '' for fields that give no authority on health, money or the skin (wellness,
 * lifestyle, marketing). A title whose words name no field here is not read.
 */
const SPECIALTY_WORDS: Readonly<Record<string, string>> = {
  medicine: 'doctor',
  'public health': 'epidemiologist',
  epidemiology: 'epidemiologist',
  nursing: 'nurse',
  pharmacy: 'pharmacist',
  pharmacology: 'pharmacologist',
  dermatology: 'dermatologist',
  skin: 'facialist',
  skincare: 'facialist',
  'skin care': 'facialist',
  beauty: 'facialist',
  hair: 'trichologist',
  'hair loss': 'trichologist',
  'hair-loss': 'trichologist',
  scalp: 'trichologist',
  trichology: 'trichologist',
  cardiology: 'cardiologist',
  heart: 'cardiologist',
  'heart health': 'cardiologist',
  oncology: 'oncologist',
  cancer: 'oncologist',
  neurology: 'neurologist',
  neuroscience: 'neurologist',
  psychology: 'psychologist',
  psychiatry: 'psychiatrist',
  'mental health': 'psychologist',
  sleep: 'sleep specialist',
  nutrition: 'nutritionist',
  dietetics: 'dietitian',
  diet: 'nutritionist',
  gut: 'gastroenterologist',
  'gut health': 'gastroenterologist',
  'gut-health': 'gastroenterologist',
  gastroenterology: 'gastroenterologist',
  endocrinology: 'endocrinologist',
  hormone: 'endocrinologist',
  hormones: 'endocrinologist',
  fertility: 'fertility specialist',
  menopause: 'menopause specialist',
  diabetes: 'diabetologist',
  allergy: 'allergist',
  immunology: 'immunologist',
  virology: 'virologist',
  microbiology: 'microbiologist',
  toxicology: 'toxicologist',
  orthopaedics: 'orthopaedic surgeon',
  orthopedics: 'orthopedic surgeon',
  'sports medicine': 'sports physician',
  physiotherapy: 'physiotherapist',
  podiatry: 'podiatrist',
  dentistry: 'dentist',
  dental: 'dentist',
  'oral health': 'dentist',
  optometry: 'optometrist',
  ophthalmology: 'ophthalmologist',
  eye: 'optometrist',
  audiology: 'audiologist',
  hearing: 'audiologist',
  veterinary: 'vet',
  'animal health': 'vet',
  fitness: 'trainer',
  exercise: 'exercise physiologist',
  'sports science': 'sports scientist',
  finance: 'financial adviser',
  financial: 'financial adviser',
  'personal finance': 'financial adviser',
  money: 'financial adviser',
  tax: 'tax adviser',
  pensions: 'financial adviser',
  investment: 'financial adviser',
  economics: 'economist',
  mortgage: 'mortgage adviser',
  law: 'lawyer',
  legal: 'lawyer',
  'consumer law': 'lawyer',
  structural: 'structural engineer',
  cybersecurity: 'security researcher',
  'cyber security': 'security researcher',
  security: 'security researcher',
  horticulture: 'horticulturist',
  gardening: 'gardener',
  energy: 'engineer',
  'road safety': 'traffic engineer',
  // Exposures a trade measures: "an air-quality scientist", "a noise consultant", "an
  // ergonomics expert", "a lighting consultant".
  'air quality': 'air quality scientist',
  'air-quality': 'air quality scientist',
  'air pollution': 'air quality scientist',
  pollution: 'air quality scientist',
  environmental: 'environmental scientist',
  acoustics: 'acoustician',
  acoustic: 'acoustician',
  noise: 'acoustician',
  lighting: 'lighting designer',
  ergonomics: 'ergonomist',
  wellness: '',
  wellbeing: '',
  'well-being': '',
  lifestyle: '',
  holistic: '',
  'holistic health': '',
  marketing: '',
  'social media': '',
  branding: '',
  parenting: '',
  fashion: '',
  etiquette: '',
  productivity: '',
  travel: '',
  wine: '',
  food: '',
}

/** Heads of a specialist's title whose field another word names. */
const SPECIALTY_HEAD =
  /^(?:specialist|expert|consultant|researcher|scientist|professor|lecturer|adviser|advisor|coach|therapist|educator|guru)$/

/** The fields of titles read from their words ("gut-health expert" → a gastroenterologist's). */
const DERIVED = new Map<string, readonly (Field | Area)[]>()

/** What a job the text gives speaks to: a listed profession's fields, or a title's read ones. */
const coverageOf = (job: string): readonly (Field | Area)[] =>
  PROFESSIONS[job] ?? DERIVED.get(job) ?? []

/**
 * A specialist's title read from the words of its field (`field`, up to three words): the
 * title's name, its fields recorded in DERIVED; undefined when no word names a known field.
 */
function specialtyTitle(field: string, title: string, head: string): string | undefined {
  const words = field.toLowerCase().split(/\s+/).filter(Boolean)
  const keys = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`
    if (SPECIALTY_WORDS[two] !== undefined) {
      keys.add(SPECIALTY_WORDS[two]!)
      i++
    } else if (SPECIALTY_WORDS[words[i]!] !== undefined) keys.add(SPECIALTY_WORDS[words[i]!]!)
  }
  if (keys.size === 0) return undefined
  // A consultant in a branch of medicine is a hospital doctor ("a consultant in old-age
  // psychiatry"), who speaks to all of health as a GP does.
  if (
    head === 'consultant' &&
    [...keys].some((k) => (PROFESSIONS[k] ?? []).some((f) => HEALTH_AREA_RE.has(f as Area)))
  )
    keys.add('doctor')
  if (!DERIVED.has(title))
    DERIVED.set(title, [...new Set([...keys].flatMap((k) => (k ? (PROFESSIONS[k] ?? []) : [])))])
  return title
}

/** A sentence's words with hyphenated compounds joined ("make-up", "gut-health"). */
interface Word {
  readonly lower: string
  readonly text: string
  readonly pos: string
}
function joinedWords(toks: readonly Token[], from: number, to: number): Word[] {
  const out: Word[] = []
  for (let j = from; j < to && j < toks.length; j++) {
    const t = toks[j]!
    const prev = out[out.length - 1]
    const next = toks[j + 1]
    if (t.text === '-' && prev && next && toks[j - 1]!.end === t.start && t.end === next.start) {
      out[out.length - 1] = {
        lower: `${prev.lower}-${next.lower}`,
        text: `${prev.text}-${next.text}`,
        pos: next.pos === 'ADP' ? 'NOUN' : next.pos,
      }
      j++
      continue
    }
    out.push({ lower: t.lower, text: t.text, pos: t.pos })
  }
  return out
}

/** The professions the text gives a person, read beside each mention of the name. */
function professions(e: Entity, doc?: Doc): string[] {
  const out = new Set<string>()
  const career = new Set<string>()
  for (const m of e.mentions) {
    const toks = m.sentence.tokens
    // "Electrician Sam Ode has a tip": a capitalised profession opening the sentence is left out
    // of the name, but the mention's first token can still be that word; start at the name's.
    const first = m.name.split(/\s+/)[0]
    let at = m.tokenIndex
    while (at < m.tokenIndex + 3 && toks[at] && toks[at]?.text !== first) at++
    if (toks[at]?.text !== first) at = m.tokenIndex
    // After: "X, a consultant cardiologist at Y," / "X, head sommelier at Y" / "X is a geologist",
    // "X, a gut-health expert", "X, professor of dermatology at Y".
    const k = m.tokenEnd + (m.possessive ? 1 : 0)
    const opener = toks[k]?.text
    if (opener === ',' || opener === '—' || opener === '(' || toks[k]?.lower === 'is') {
      const words = joinedWords(toks, k + 1, k + 12)
      for (let j = 0; j < Math.min(words.length, 6); j++) {
        const t = words[j]!
        if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'ADP') break
        const two = `${words[j - 1]?.lower ?? ''} ${t.lower}`
        const degree = DEGREES[t.text]
        if (two in PROFESSIONS) out.add(two)
        else if (t.lower in PROFESSIONS) out.add(byTraining(t.lower, words[j + 1], words[j + 2]))
        else if (degree && j === 0 && !/^(?:of|at|for)$/i.test(words[j + 1]?.text ?? ''))
          out.add(degree)
        else if (SPECIALTY_HEAD.test(t.lower)) {
          const title = headedTitle(words, j)
          if (title) out.add(title)
        }
      }
    }
    // Before: "personal trainer Sam Ito", "dentist Dr X", "the vet, Ana Ruiz", "hair-loss
    // specialist Ada Roe".
    const before = joinedWords(toks, Math.max(0, at - 6), at)
    for (let j = before.length - 1; j >= Math.max(0, before.length - 3); j--) {
      const t = before[j]!
      if (t.pos === 'PUNCT' && t.text !== ',') break
      const two = `${before[j - 1]?.lower ?? ''} ${t.lower}`
      // "Sleep consultant Ada Roe": a profession of two words whose last is none alone.
      if (t.lower in PROFESSIONS || two in PROFESSIONS) {
        out.add(two in PROFESSIONS ? two : t.lower)
        break
      }
      if (SPECIALTY_HEAD.test(t.lower)) {
        const title = headedTitle(before, j)
        if (title) out.add(title)
        break
      }
      if (t.pos === 'VERB' || t.pos === 'ADP') break
    }
    // A career by training or by past work, said right after the name: "X, 51, trained as an
    // acoustic engineer", "X, who spent twenty years as a pilot", "X, by training a chemist".
    for (const job of careerAfter(joinedWords(toks, k, k + 30))) career.add(job)
    // The next sentence of the paragraph, when "she" or "he" opens it and stands for this
    // person: "Achterberg is 51. She trained as an acoustic engineer …".
    const next = doc ? sentenceAfter(doc, m.sentence.start) : undefined
    const pronoun = next?.tokens[0]?.lower
    if (
      doc &&
      next &&
      (pronoun === 'she' || pronoun === 'he') &&
      personBefore(doc, next.start, pronoun === 'she' ? 'female' : 'male', 1) === e
    )
      for (const job of careerAfter(joinedWords(next.tokens, 1, 31))) career.add(job)
  }
  // The roles the language layer read, after those beside the name (which are in text order).
  // ("a chemist by training" read beside the name is that, not also the role's pharmacist.)
  for (const role of e.roles)
    if (
      role in PROFESSIONS &&
      !out.has(`${role} by training`) &&
      !career.has(`${role} by training`)
    )
      out.add(role)
  // A career the text gives speaks too, after the current title (which the finding names first).
  for (const job of career) out.add(job)
  // "personal trainer", not also "trainer": a job that ends another is that one.
  return [...out].filter((j) => ![...out].some((o) => o !== j && o.endsWith(` ${j}`)))
}

/** The sentence after the one starting at `start`, in the same paragraph. */
function sentenceAfter(doc: Doc, start: number): DocParagraph['sentences'][number] | undefined {
  const p = doc.paragraphs[paragraphAt(doc.paragraphs, start)]
  if (!p) return undefined
  const i = p.sentences.findIndex((x) => x.start === start)
  return i >= 0 ? p.sentences[i + 1] : undefined
}

/** Verbs that say what someone trained or worked as: "trained as", "qualified as", "worked as". */
const CAREER_VERBS = new Set([
  'trained',
  'retrained',
  'qualified',
  'worked',
  'served',
  'practised',
  'practiced',
  'began',
  'started',
  'spent',
])

/**
 * The profession a career after a name gives ("trained as an acoustic engineer", "who spent
 * twenty years as a pilot", "qualified as a solicitor in 1998", "by training a chemist", "was a
 * banker for a decade"), read from the words after the name (`words[0]` is the token after it).
 * An age in commas and "who" may come first; between the verb and "as", only a few words of
 * time ("spent two decades as", "worked for years as"). A job that is no profession ("worked as
 * a waiter") gives none.
 */
function careerAfter(words: readonly Word[]): string[] {
  let j = 0
  if (words[j]?.text === ',' || words[j]?.text === '—') j++
  // "X, 51, trained as …"
  if (/^\d+$/.test(words[j]?.text ?? '') && words[j + 1]?.text === ',') j += 2
  if (words[j]?.lower === 'who') j++
  if (
    /^(?:had|has|have|originally|first|once|initially|herself|himself)$/.test(words[j]?.lower ?? '')
  )
    j++
  const w = words[j]?.lower ?? ''
  let from = -1
  if (w === 'by' && /^(?:training|trade|profession|background)$/.test(words[j + 1]?.lower ?? '')) {
    from = j + 2
    if (words[from]?.text === ',') from++
  } else if (w === 'was' && /^(?:a|an)$/.test(words[j + 1]?.lower ?? '')) from = j + 1
  else if (CAREER_VERBS.has(w)) {
    // "spent twenty years as", "worked for a decade as", "started out as", "began her career as".
    for (let n = j + 1; n < Math.min(words.length, j + 6); n++) {
      const x = words[n]!
      if (x.lower === 'as') {
        from = n + 1
        break
      }
      if (x.pos === 'PUNCT' || x.pos === 'VERB') break
    }
  }
  if (from < 0 || !/^(?:a|an)$/.test(words[from]?.lower ?? '')) return []
  const found = jobAt(words, from + 1)
  if (!found) return []
  // "trained as a chemist", "by training a chemist": the scientist, not the pharmacist.
  const first = { ...found, job: byTraining(found.job, { lower: 'by' }, { lower: 'training' }) }
  // What the person became after it is their current title, and speaks first: "trained as an
  // engineer before becoming a GP", "a nurse who is now a yoga teacher".
  for (let n = first.end; n < Math.min(words.length, first.end + 10); n++) {
    if (!/^(?:now|became|becoming|turned|later)$/.test(words[n]!.lower)) continue
    for (let a = n + 1; a < Math.min(words.length, n + 5); a++)
      if (/^(?:a|an)$/.test(words[a]!.lower)) {
        const later = jobAt(words, a + 1)
        if (later) return [later.job, first.job]
        break
      }
  }
  return [first.job]
}

/** A chemist read with "by training" after it (or from a career) is the scientist. */
function byTraining(
  job: string,
  next: Pick<Word, 'lower'> | undefined,
  after: Pick<Word, 'lower'> | undefined,
): string {
  return job === 'chemist' &&
    next?.lower === 'by' &&
    /^(?:training|trade|profession|background)$/.test(after?.lower ?? '')
    ? 'chemist by training'
    : job
}

/**
 * The profession named from words[from] (after "a" or "an"): the longest listed one ("acoustic
 * engineer", not its "engineer"), or a specialist's title; with the index after it.
 */
function jobAt(words: readonly Word[], from: number): { job: string; end: number } | undefined {
  for (let n = from; n < Math.min(words.length, from + 4); n++) {
    const t = words[n]!
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'CCONJ') break
    const next = words[n + 1]
    if (next && `${t.lower} ${next.lower}` in PROFESSIONS)
      return { job: `${t.lower} ${next.lower}`, end: n + 2 }
    if (t.lower in PROFESSIONS && !(next && /^(?:NOUN|PROPN)$/.test(next.pos)))
      return { job: t.lower, end: n + 1 }
    if (SPECIALTY_HEAD.test(t.lower)) {
      const title = headedTitle(words, n)
      return title ? { job: title, end: n + 1 } : undefined
    }
  }
  return undefined
}

/**
 * The title headed by words[j] ("specialist", "expert", "professor"…), read from the field words
 * before it ("a hair-loss specialist", "wellness coach") or after "in", "of" or "on" ("an expert
 * in gut health", "professor of dermatology").
 */
function headedTitle(words: readonly Word[], j: number): string | undefined {
  const head = words[j]!.lower
  const field: string[] = []
  for (let i = j - 1; i >= Math.max(0, j - 3); i--) {
    const w = words[i]!
    if (
      !/^(?:NOUN|ADJ|PROPN)$/.test(w.pos) ||
      /^(?:senior|leading|chief|head|lead|top|certified|registered|qualified|independent|former|retired)$/.test(
        w.lower,
      )
    )
      break
    field.unshift(w.lower)
  }
  if (field.length) return specialtyTitle(field.join(' '), `${field.join(' ')} ${head}`, head)
  const prep = words[j + 1]?.lower
  if (prep !== 'in' && prep !== 'of' && prep !== 'on') return undefined
  const after: string[] = []
  for (let i = j + 2; i < Math.min(words.length, j + 5); i++) {
    const w = words[i]!
    if (!/^(?:NOUN|ADJ|PROPN)$/.test(w.pos)) break
    after.push(w.lower)
  }
  return after.length
    ? specialtyTitle(after.join(' '), `${head} ${prep} ${after.join(' ')}`, head)
    : undefined
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
  structures: 'structural',
  electrics: 'electrical safety',
  security: 'computer security',
  law: 'legal',
}

/** A comparison that makes a claim stronger: "better than most medications", "as well as". */
const COMPARED =
  /\b(?:better|more|faster|stronger|safer|further|longer|cheaper|quicker) than\b|\bas (?:well|effective|good|fast|much) as\b|\boutperforms?\b/i

/** Where the sentence holding `pos` starts (-1 outside every sentence). */
function sentenceAt(doc: Doc, pos: number): number {
  for (const p of doc.paragraphs) {
    if (pos < p.start || pos >= p.end) continue
    for (const st of p.sentences) if (pos >= st.start && pos < st.end) return st.start
  }
  return -1
}

/**
 * A sentence that tells what happened to the speaker or their family ("I lost two stone after I
 * stopped eating late", "We had panic attacks for years", "My dad had a stroke at fifty"): an
 * experience, not a claim in a field. Only a past verb right after "I", "we" or "my <relative>";
 * "I swear this oil regrows hair" and "I tell clients it cures eczema" are claims.
 */
const ANECDOTE =
  /^\W*(?:(?:and|but|so|then|once|last year|years ago),?\s+)?(?:I|we|my (?:mum|mom|dad|mother|father|husband|wife|son|daughter|sister|brother|partner|grandmother|grandfather|gran|grandma|grandad|grandpa|aunt|uncle|friend|child|kids?|children|family))\s+(?:(?:also|once|first|finally|never|actually|really|just|only|even)\s+)?(?:had|was|were|lost|got|went|grew|started|stopped|tried|suffered|broke|developed|felt|spent|took|began|quit|needed|\w+ed)\b/i

/**
 * A particular person a sentence reports on: a client, a victim, a claimant, a tenant, a relative
 * of the speaker's or of a named person ("the victim's", "my client", "Hale's daughter", "Mr
 * Hale"). What happened to them ("The harm to the victim's mental health was lasting", "My
 * client has suffered anxiety and sleepless nights since the sale fell through") is a report of
 * the case, as a judge or a solicitor gives it, not a claim in a field. "Their children" and
 * "her clients" are anyone's ("Parents who smoke put their children at risk"): only the
 * speaker's own clients or children are particular people.
 */
const REPORTED =
  /\b(?:(?:[Mm]y|[Oo]ur)\s+(?:client|clients|son|daughter|husband|wife|mother|father|child|children|tenant|tenants)|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:client|son|daughter|husband|wife|mother|father|child|tenant)|[Tt]he\s+(?:victim|victims|claimant|claimants|complainant|defendant|deceased|widow|widower)|\p{Lu}[\p{L}'-]+(?:'s|’s)\s+(?:son|daughter|husband|wife|mother|father|family|child|children)|(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}[\p{L}'-]+)(?![\p{L}])/u
/**
 * What makes a report about a person a claim after all: a product or a treatment that helped,
 * an effect claimed ("sleeps better since taking it", "haven't had one since"), a cause claimed
 * ("Mr X's stroke was caused by the statins", "… put their child at risk of asthma"), or words
 * to everyone ("you", "anyone").
 */
const EFFICACY =
  /\b(?:better|worse|improv\w*|cur(?:e|es|ed|ing)|heal(?:s|ed|ing)?|eas(?:e|es|ed|ing)|reliev\w*|help\w*|fix\w*|clear\w*|gone|disappear\w*|vanish\w*|no longer|never had|(?:haven|hasn)['’]?t had|(?:since|after|once|when|until) (?:\w+ )?(?:using|taking|took|start\w*|tr(?:y|ies|ied|ying)|switch\w*|began|begun)|chang(?:e|es|ed)|transform\w*|difference|thanks to|prevent\w*|lower\w*|reduc\w*|boost\w*|protect\w*|dropp\w*|drops?|normal\w*|recover\w*|work(?:s|ed)|caus\w*|linked|risks?|trigger\w*|leads? to|led to|due to|because of|you|your|anyone|everyone|people)\b/i

/** The words REPORTED needs, tested on a whole quote first (cheap). */
const REPORT_WORDS =
  /\b(?:clients?|victims?|claimants?|complainant|defendant|deceased|widow|widower|sons?|daughters?|husband|wife|mother|father|child|children|family|tenants?|Mr|Mrs|Ms|Miss|Mx)\b/i

/** A sentence that only reports what happened to a particular person (see REPORTED). */
const reportOnly = (sentence: string) => REPORTED.test(sentence) && !EFFICACY.test(sentence)

/** A quote's text with the sentences that tell the speaker's own experience blanked. */
function withoutAnecdotes(text: string): string {
  if (!/\b(?:I|we|my)\b/i.test(text) && !REPORT_WORDS.test(text)) return text
  return text.replace(/[^.!?]+[.!?]*/g, (sentence) =>
    ANECDOTE.test(sentence) || reportOnly(sentence) ? ' '.repeat(sentence.length) : sentence,
  )
}

/**
 * The speaker's own trade told in money's words: what they charge, spend, invest or borrow for
 * their own work ("We have invested in a second studio", "I charge £60 a session", "People pay
 * me for an hour of quiet"). A narration of their business, not a financial claim; advice
 * ("you should invest", "I would put my savings in bonds") and forecasts stay claims.
 */
const OWN_TRADE = [
  /^\W*(?:(?:and|but|so|now|today|then|since then),?\s+)?(?:I|we|my (?:studio|business|company|shop|clinic|firm|practice|team|salon|restaurant|bakery|family)|our (?:studio|business|company|shop|clinic|firm|practice|team|salon|restaurant|bakery|family))\s+(?:(?:have|has|had|am|are|is|was|were)\s+|['’](?:ve|m|re)\s+)?(?:(?:also|just|recently|already|now|since|never|only|each|every)\s+)?(?:invest\w*|spen[dt]\w*|charg\w*|pa(?:y|ys|id|ying)|earn\w*|rais\w*|borrow\w*|sunk|bought|buy\w*|sell\w*|sold|took out|take out|put (?:every|all|our|my))\b/i,
  /\b(?:people|clients|customers|patients|students|guests|visitors|members|buyers|listeners|subscribers)\s+(?:(?:\w+)\s+){0,2}?(?:pay|paid|pays|spend|spent)\s+(?:me|us)\b/i,
]

/**
 * Words that make the speaker's own money a recommendation: advice to the reader, a judgement of
 * safety or return, a forecast ("I put all my savings in gold because it always goes up").
 */
const ADVISES =
  /\b(?:you|your|should|must|safe\w*|best|better|always|never lose|guarantee\w*|will (?:rise|fall|grow|double|triple|go up|hit|reach)|go(?:es)? up|beats?|returns?|outperform\w*|worth|smart\w*|wis(?:e|est))\b/i

/** A quote's text with the sentences that tell the speaker's own trade in money's words blanked. */
function withoutOwnTrade(text: string): string {
  return text.replace(/[^.!?]+[.!?]*/g, (sentence) =>
    OWN_TRADE.some((re) => re.test(sentence)) && !ADVISES.test(sentence)
      ? ' '.repeat(sentence.length)
      : sentence,
  )
}

/** Verbs of an effect claimed: what makes a claim stronger than a mention of its field. */
const EFFECT =
  /\b(?:prevents?|cures?|heals?|lowers?|reduces?|cuts?|halves|eliminates?|kills?|stops?|reverses?|rebuilds?|repairs?|boosts?|protects?|draws?|clears?|guarantee[sd]?)\b/i

/** Words for animals whose health a vet or a farmer looks after. */
const ANIMALS =
  /\b(?:dogs?|cats?|pets?|puppies|kittens?|horses?|cows?|cattle|calves|herds?|sheep|lambs?|pigs?|hens?|chickens?|livestock)\b/i

/** Words that put people, not their animals, in a claim (review, round 31). */
const PEOPLE_WORDS =
  /\b(?:you|your|yourself|people|owners?|humans?|adults?|children|kids|men|women|patients)\b/i

/** People by a noun (not "you"): who a claim about people's health is about. */
const PEOPLE_NOUNS =
  /\b(?:people|owners?|humans?|adults?|children|kids|men|women|patients|walkers|families)\b/i
/** An animal someone has ("their dogs", "your old cat", "a dog owner's"): said of its person. */
const OWNED_ANIMAL = new RegExp(
  `\\b(?:your|their|our|my|his|her|a|the)\\s+(?:\\w+\\s+)?${ANIMALS.source.replace(/^\\b|\\b$/g, '')}\\b(?![- ]owners?\\b)`,
  'gi',
)

const OWNERS_OF = new RegExp(`${ANIMALS.source.replace(/\\b$/, '')}[- ]owners?\\b`, 'gi')

/**
 * Whether a quote turns from animals to people's own health: a sentence of it with a health
 * area's words, people named by a noun ("owners", "children"), and no animal left once the
 * animals people have are set aside ("Owners who walk their dogs daily have lower blood
 * pressure"). "Your dog's joints suffer if you overfeed him" is still about the dog.
 */
function aboutPeople(text: string): boolean {
  return text.split(/(?<=[.!?])\s+/).some((sentence) => {
    if (!HEALTH_AREAS.some(([, re]) => re.test(sentence))) return false
    // "Dog owners", "cat-owners": people.
    const rest = sentence.replace(OWNED_ANIMAL, ' ').replace(OWNERS_OF, 'owners')
    return PEOPLE_NOUNS.test(rest) && !ANIMALS.test(rest)
  })
}

/** Whether the piece's headline or standfirst, or the paragraph before `pos`, is about animals. */
function animalsTopic(doc: Doc, pos: number): boolean {
  const k = doc.paragraphs.findIndex((p) => p.start <= pos && pos < p.end)
  const before = k > 0 ? doc.paragraphs[k - 1] : undefined
  return (!!before && ANIMALS.test(before.text)) || animalsAtTop(doc)
}

/** Whether a headline or standfirst of the document is about animals (read once per document). */
function animalsAtTop(doc: Doc): boolean {
  let top = animalsTop.get(doc)
  if (top === undefined) {
    top = doc.paragraphs.some(
      (p) => (p.role === 'headline' || p.role === 'standfirst') && ANIMALS.test(p.text),
    )
    animalsTop.set(doc, top)
  }
  return top
}

const animalsTop = new WeakMap<Doc, boolean>()

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
      claims: {
        start: number
        end: number
        strength: number
        what: string
        sentence: number
      }[]
    }
  >()
  const counts = new Map<string, number>()
  const jobsOf = new Map<Entity, string[]>()
  const byName = new Map<string, Entity | null>()
  // The entities (no organisations) by folded surname and by surname as written, in order:
  // the first entity `sameName` or the surname matches is found among a few, not all of them.
  let index: { folded: Map<string, number[]>; written: Map<string, number[]> } | null = null
  const indexed = () => {
    if (index) return index
    const folded = new Map<string, number[]>()
    const written = new Map<string, number[]>()
    const add = (map: Map<string, number[]>, key: string, i: number) => {
      const list = map.get(key)
      if (list) list.push(i)
      else map.set(key, [i])
    }
    doc.entities.forEach((e, i) => {
      if (e.kind === 'organisation') return
      const key = foldedSurname(e.name)
      if (key) add(folded, key, i)
      add(written, surname(e.name), i)
    })
    index = { folded, written }
    return index
  }
  const entityOf = (name: string) => {
    if (!byName.has(name)) {
      const { folded, written } = indexed()
      const key = foldedSurname(name)
      let first = -1
      for (const list of [key ? folded.get(key) : undefined, written.get(name)])
        for (const i of list ?? []) {
          if (first >= 0 && i >= first) break
          const e = doc.entities[i]
          if (e && (sameName(e.name, name) || surname(e.name) === name)) first = i
        }
      byName.set(name, doc.entities[first] ?? null)
    }
    return byName.get(name) ?? null
  }
  for (const q of quotes) {
    if (!q.speaker || skip(q.speaker)) continue
    const e = entityOf(q.speaker)
    if (!e) continue
    let jobs = jobsOf.get(e)
    if (!jobs) jobsOf.set(e, (jobs = professions(e, doc)))
    if (jobs.length === 0) continue
    const covered = new Set<Field | Area>(jobs.flatMap((j) => coverageOf(j)))
    // Every area for a GP or a nurse; a movement profession's areas; a specialist in medicine
    // speaks to physical safety as a GP does.
    if (covered.has('health')) for (const a of ALL_AREAS) covered.add(a)
    if (covered.has('movement')) for (const a of MOVEMENT_AREAS) covered.add(a)
    if (covered.has('health') || covered.has('general')) covered.add('safety')
    const text = withoutAnecdotes(body.slice(q.start, q.end))
    let tokens: Token[] | undefined
    const found: [Field, number, string][] = []
    // Health by its areas: those the profession does not cover; general words only when no area
    // of the profession's is beside them (a dentist's "gum disease", a dermatologist's "heals
    // acne").
    const areas = healthAreas(text)
    // A plant's infection or virus is a gardener's ("mosaic virus in the tomatoes").
    const plantsOwn = covered.has('plants') && PLANT_LIFE.test(text)
    // Blood sugar and blood pressure acting on an organ specialist's own organ are theirs: an eye
    // doctor's "diabetes damages the retina", a dentist's "diabetes worsens gum disease" (not a
    // dentist's heart disease, nor "this tea reverses diabetes" with no organ of theirs named).
    // A quote that claims to treat the blood sugar or pressure itself ("lowers your blood
    // pressure as well as protecting your teeth") makes that claim, organ named or not.
    const organOwn =
      [...areas.keys()].some((a) => ORGAN_AREAS.has(a) && covered.has(a)) &&
      !TREATS_BLOOD.test(text)
    const outside = [...areas.keys()].filter(
      (a) =>
        !covered.has(a) &&
        !WIDENING.has(a) &&
        a !== 'general' &&
        !(a === 'infection' && plantsOwn) &&
        !(organOwn && (a === 'metabolism' || a === 'circulation')) &&
        !linkedToOwn(text, a, covered),
    )
    const inside =
      [...areas.keys()].some((a) => covered.has(a)) ||
      (covered.has('skin') && SKIN.test(inMedicalSense(text))) ||
      plantsOwn
    if (areas.has('general') && !covered.has('general') && !inside) outside.push('general')
    // A cancer of the specialist's own organ is theirs: a dermatologist's skin cancer, a
    // gastroenterologist's bowel cancer, a neurologist's brain tumour, a dentist's mouth cancer.
    if (outside.includes('cancer') && jobs.some((j) => ownCancer(j, text)))
      outside.splice(outside.indexOf('cancer'), 1)
    if (outside.length) {
      const n = [...areas].reduce((sum, [a, c]) => sum + (WIDENING.has(a) ? 0 : c), 0)
      found.push(['health', n, outside.map((a) => AREA_WORD[a]).join(', ')])
    }
    for (const [field, re] of CLAIM_FIELDS) {
      if (covered.has(field)) continue
      const inField = (seen: string) =>
        re.test(seen) ||
        (field === 'money' &&
          moneyInSense(
            (tokens ??= tokensIn(doc, q.start, q.end)).filter(
              (t) => seen[t.start - q.start] !== ' ',
            ),
            seen,
          ))
      let seen = field === 'skin' ? inMedicalSense(text) : text
      if (!inField(seen)) continue
      // Money's words in the speaker's own trade only are no claim (read once money's are there).
      if (field === 'money' && !inField((seen = withoutOwnTrade(text)))) continue
      if (field === 'plants' && NOT_PLANTS.test(text)) continue
      if (
        field === 'safety' &&
        (MONEY_CONTEXT.test(text) || moneyInSense((tokens ??= tokensIn(doc, q.start, q.end)), text))
      )
        continue
      found.push([field, seen.match(new RegExp(re.source, 'gi'))?.length ?? 1, ''])
    }
    // Animals' health is a vet's or a farmer's; a vet on a dog's teeth or joints is in their field,
    // and so is an answer in a piece about dogs ("A safe rate of loss is 1 to 2 per cent a week"
    // under a headline on overweight dogs, or after a question about them).
    // (Not an answer that turns to people: "… for you to lose weight, and it lowers your
    // cholesterol", "owners who walk twice a day have lower blood pressure".)
    if (
      covered.has('animals') &&
      !aboutPeople(text) &&
      (ANIMALS.test(text) || (!PEOPLE_WORDS.test(text) && animalsTopic(doc, q.start)))
    )
      continue
    for (const [field, words, what] of found) {
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
        words +
        (EFFECT.test(text) ? 1 : 0) +
        (/\d/.test(text) ? 1 : 0) +
        (COMPARED.test(text) ? 1 : 0)
      const claim = {
        start: q.start,
        end: q.end,
        strength,
        what,
        sentence: sentenceAt(doc, q.start),
      }
      // "a chiropractor and podcaster": the first two professions the text gives.
      const job = jobs.slice(0, 2).join(' and ')
      const prior = best.get(key)
      if (!prior) best.set(key, { name: e.name, job, field, claims: [claim] })
      else prior.claims.push(claim)
    }
  }
  for (const [key, { name, job, field, claims }] of best) {
    // One claim per person, field and paragraph: found at its strongest part. Parts quoted inside
    // one sentence ("told listeners it “…” and “…”") are one statement, found at its first
    // strongest part; equally strong parts in separate sentences ("“…,” she says. “…”") are one
    // finding over them all, neither standing for the other.
    const most = Math.max(...claims.map((c) => c.strength))
    const tops = claims.filter(
      (c, i) =>
        c.strength === most &&
        !claims.some((d, j) => j < i && d.strength === most && d.sentence === c.sentence),
    )
    const weaker = claims.filter((c) => !tops.includes(c))
    const top = tops[0]
    if (!top) continue
    out.push({
      key,
      message: `${name} is presented as ${/^[aeiou]/i.test(job) ? 'an' : 'a'} ${job}, but this quote makes ${/^[aeiou]/i.test(FIELD_WORD[field]) ? 'an' : 'a'} ${FIELD_WORD[field]} claim${top.what ? ` (${top.what})` : ''} outside that field${weaker.length ? ` (as ${weaker.length === 1 ? 'does a weaker claim beside it' : `do ${weaker.length} weaker claims beside it`})` : ''}; check the expertise fits what is claimed.`,
      start: Math.min(...tops.map((c) => c.start)),
      end: Math.max(...tops.map((c) => c.end)),
      ...(weaker.length ? { related: weaker.map((c) => ({ start: c.start, end: c.end })) } : {}),
    })
  }
  return out
}
