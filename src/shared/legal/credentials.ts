import { surname } from '../text'
import type { PersonRef, QuoteRef, TextRange } from './domain'

/** The register entry a quote's speaker names (full name or surname). */
export function findPerson(
  speaker: string | null,
  people: readonly PersonRef[],
): PersonRef | undefined {
  if (!speaker) return undefined
  const s = speaker.toLowerCase()
  return (
    people.find((p) => p.name.toLowerCase() === s) ??
    people.find((p) => s.includes(surname(p.name).toLowerCase()))
  )
}

/**
 * The fields a register's credentials and a piece's subject are read in: the same map of
 * professions and subjects as the check of experts the text presents (`expertise.ts`), read here
 * from a credential line ("Consultant dermatologist", "DDS", "Registered dietitian") and from a
 * subject or a quote's words ("hair loss", "personal finance", "teeth whitening").
 */
type Field =
  | 'dermatology'
  | 'hair'
  | 'nutrition'
  | 'finance'
  | 'medicine'
  | 'law'
  | 'fitness'
  | 'musculo'
  | 'feet'
  | 'psychology'
  | 'dentistry'
  | 'cardiology'
  | 'sleep'
  | 'eyes'
  | 'hearing'
  | 'animals'
  | 'structures'
  | 'electrics'
  | 'security'
  /** A known role that gives no authority in any field: a wellness coach, an influencer. */
  | 'none'

/** Words that place a subject (or a quote's content) in a field. */
const SUBJECT_FIELDS: readonly [Field, RegExp][] = [
  [
    'dermatology',
    /\b(?:skin|skincare|dermatolog\w*|wrinkles?|acne|eczema|psoriasis|rosacea|pigmentation|serums?|retino\w*|sunscreens?|spf|complexion|pores?|moisturi[sz]er|cosmetics?|beauty)\b/i,
  ],
  [
    'hair',
    /\b(?:hair[- ]?loss|hair (?:growth|regrowth|thinning)|thinning hair|scalp|alopecia|balding|baldness|dandruff|follicles?|trichology)\b/i,
  ],
  [
    'nutrition',
    /\b(?:nutrition\w*|diets?|dietary|foods?|eating|meals?|nutrients?|vitamins?|supplements?|gut|digestion|weight[- ]loss)\b/i,
  ],
  [
    'finance',
    /\b(?:financ\w*|money|savings?|invest\w*|pensions?|mortgages?|tax(?:es)?|debts?|budget\w*|wealth|banking|interest rates?)\b/i,
  ],
  ['law', /\b(?:law|legal|lawsuits?|contracts?|court|litigation)\b/i],
  ['fitness', /\b(?:fitness|exercise|workouts?|training|running|strength)\b/i],
  [
    'musculo',
    /\b(?:back pain|neck pain|joints?|arthritis|posture|spine|spinal|sciatica|sports injur(?:y|ies)|chiropractic)\b/i,
  ],
  ['feet', /\b(?:feet|foot (?:pain|health|care)|bunions?|plantar fasciitis|podiatry)\b/i],
  ['psychology', /\b(?:mental health|anxiety|depression|therapy|psycholog\w*|stress)\b/i],
  [
    'dentistry',
    /\b(?:teeth|tooth\w*|dental|dentist\w*|gums?|oral|mouthwash|floss\w*|whitening)\b/i,
  ],
  ['cardiology', /\b(?:heart|cardio\w*|blood pressure|cholesterol|arter(?:y|ies))\b/i],
  ['sleep', /\b(?:sleep\w*|insomnia|naps?|bedtimes?)\b/i],
  [
    'eyes',
    /\b(?:eyes?|eyesight|vision|glaucoma|cataracts?|contact lenses|myopia|short-?sighted\w*)\b/i,
  ],
  ['hearing', /\b(?:hearing|tinnitus|ears?|earwax)\b/i],
  ['animals', /\b(?:pets?|dogs?|cats?|puppies|kittens?|horses?|veterinar\w*)\b/i],
  [
    'structures',
    /\b(?:structural|foundations|subsidence|load[- ]bearing|loft conversions?|underpinning)\b/i,
  ],
  ['electrics', /\b(?:electrics|electrical safety|wiring|rewir\w*|fuse ?box(?:es)?)\b/i],
  [
    'security',
    /\b(?:cyber\w*|(?<!social )security|passwords?|malware|hack(?:ers?|ed|ing)|encryption)\b/i,
  ],
]

/** Words that place a credential in a field. */
const CREDENTIAL_FIELDS: readonly [Field, RegExp][] = [
  [
    'dermatology',
    /\bdermatolog\w*|\bcosmetic (?:scien|chemist)\w*|\bskin\b|\bfacialist|\baesthetician|\besthetician/i,
  ],
  // A dermatologist treats hair loss; a trichologist the hair and the scalp.
  ['hair', /\bdermatolog\w*|\btrichologist|\btrichology/i],
  ['nutrition', /\bnutrition\w*|\bdietitian|\bdietician|\bdietetics|\bgastroenterolog\w*/i],
  // A registered dietitian's letters, in capitals only ("Rd" is a road).
  ['nutrition', /\bRDN?\b/],
  [
    'finance',
    /\bfinancial|\bCFA\b|\bCFP\b|\bCPA\b|\baccountan\w*|\bchartered accountant|\beconomist|\b(?:stock|mortgage)?broker|\bbanker|\bactuar\w*|\btax advis\w*|\bwealth manager|\bfund manager/i,
  ],
  [
    'medicine',
    /\bMD\b|\bMBBS\b|\bphysician|\bGP\b|\bdoctor of medicine|\bsurgeon|\bpharmacist|\bnurse\b|\bRN\b/i,
  ],
  ['law', /\blawyer|\battorney|\bsolicitor|\bbarrister|\bparalegal|\bjudge\b|\bJD\b|\bLLB\b/i],
  [
    'fitness',
    /\bpersonal trainer|\bphysiotherap\w*|\bsports scien\w*|\bstrength coach|\bfitness|\bpodiatr\w*/i,
  ],
  // Joints, muscles, the back: a physiotherapist's, a chiropractor's, an osteopath's.
  [
    'musculo',
    /\bphysiotherap\w*|\bphysical therap\w*|\bchiropract\w*|\bosteopath\w*|\brheumatolog\w*|\borthop(?:a)?edic\w*|\bpodiatr\w*/i,
  ],
  ['feet', /\bpodiatr\w*|\bchiropod\w*/i],
  ['psychology', /\bpsycholog\w*|\bpsychiatr\w*|\btherapist|\bcounsell?or/i],
  // A dentist's letters (DDS, DMD, BDS) and a specialist's title. "Dr." alone names no field.
  ['dentistry', /\bdentist\w*|\bDDS\b|\bDMD\b|\bBDS\b|\borthodont\w*|\bdental\b|\bhygienist/i],
  ['cardiology', /\bcardiolog\w*|\bcardiac\b|\bheart surgeon/i],
  ['sleep', /\bsleep (?:consultant|coach|specialist|scien\w*|medicine|physician)/i],
  ['eyes', /\boptometr\w*|\bophthalmolog\w*|\boptician/i],
  ['hearing', /\baudiolog\w*|\botolaryngolog\w*/i],
  // An ear, nose and throat surgeon's letters, in capitals only.
  ['hearing', /\bENT\b/],
  ['animals', /\bvet\b|\bveterinar\w*|\bDVM\b|\bMRCVS\b/i],
  [
    'structures',
    /\bstructural engineer|\bcivil engineer|\bsurveyor|\barchitect|\bbuilder\b|\broofer/i,
  ],
  ['electrics', /\belectrician|\belectrical engineer/i],
  [
    'security',
    /\bsoftware (?:engineer|developer)|\bsecurity (?:researcher|consultant|analyst|engineer)|\bcomputer scien\w*|\bprogrammer/i,
  ],
  // Roles that give no authority in a field: a register may name them.
  [
    'none',
    /\bwellness (?:coach|expert|influencer|podcaster)|\bhealth coach|\blife coach|\binfluencer|\bpodcaster|\bcontent creator|\bblogger|\bnaturopath\w*|\bhomeopath\w*|\breflexolog\w*/i,
  ],
]

/** Fields a medical doctor's credential also speaks to: all of health but a dentist's. */
const MEDICINE_COVERS: readonly Field[] = [
  'dermatology',
  'hair',
  'nutrition',
  'psychology',
  'fitness',
  'musculo',
  'feet',
  'cardiology',
  'sleep',
  'eyes',
  'hearing',
]

const fields = (text: string, table: readonly [Field, RegExp][]): Set<Field> =>
  new Set(table.filter(([, re]) => re.test(text)).map(([f]) => f))

export interface CredentialMismatch extends TextRange {
  readonly key: string
  readonly message: string
  readonly related?: readonly TextRange[]
}

/**
 * (f) People quoted as experts whose credentials are from another field than the subject of
 * the piece (or, without a subject, of what they say). One finding per person, at the first quote.
 */
export function credentialMismatches(
  body: string,
  quotes: readonly QuoteRef[],
  people: readonly PersonRef[],
  subject?: string,
): CredentialMismatch[] {
  const byPerson = new Map<PersonRef, QuoteRef[]>()
  for (const q of quotes) {
    const p = findPerson(q.speaker, people)
    if (p && p.credentials?.length) byPerson.set(p, [...(byPerson.get(p) ?? []), q])
  }
  const out: CredentialMismatch[] = []
  for (const [person, qs] of byPerson) {
    const creds = fields((person.credentials ?? []).join('; '), CREDENTIAL_FIELDS)
    if (creds.size === 0) continue
    // "Wellness coach" beside a field's credential ("Chiropractor; wellness coach") is that field.
    if (creds.size > 1) creds.delete('none')
    const subjectText = subject?.trim() || qs.map((q) => body.slice(q.start, q.end)).join(' ')
    const topics = fields(subjectText, SUBJECT_FIELDS)
    if (topics.size === 0) continue
    const match = [...topics].some(
      (t) => creds.has(t) || (creds.has('medicine') && MEDICINE_COVERS.includes(t)),
    )
    if (match) continue
    const first = qs[0]
    if (!first) continue
    out.push({
      key: `${person.name}|${[...topics].sort().join(',')}`,
      message: `${person.name} is presented as an expert (${(person.credentials ?? []).join(', ')}), but the subject is ${[...topics].join(' and ')}; check that the credentials fit what is claimed.`,
      start: first.start,
      end: first.end,
      ...(qs.length > 1 ? { related: qs.slice(1).map(({ start, end }) => ({ start, end })) } : {}),
    })
  }
  return out
}
