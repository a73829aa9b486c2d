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

type Field =
  | 'dermatology'
  | 'nutrition'
  | 'finance'
  | 'medicine'
  | 'law'
  | 'fitness'
  | 'psychology'
  | 'dentistry'
  | 'cardiology'
  | 'sleep'

/** Words that place a subject (or a quote's content) in a field. */
const SUBJECT_FIELDS: readonly [Field, RegExp][] = [
  [
    'dermatology',
    /\b(?:skin|skincare|dermatolog\w*|wrinkles?|acne|eczema|serums?|retino\w*|sunscreens?|spf|complexion|pores?|moisturi[sz]er|cosmetics?|beauty)\b/i,
  ],
  [
    'nutrition',
    /\b(?:nutrition\w*|diets?|dietary|foods?|eating|meals?|nutrients?|vitamins?|supplements?|gut|digestion)\b/i,
  ],
  [
    'finance',
    /\b(?:financ\w*|money|savings?|invest\w*|pensions?|mortgages?|tax(?:es)?|debts?|budget\w*|wealth|banking|interest rates?)\b/i,
  ],
  ['law', /\b(?:law|legal|lawsuits?|contracts?|court|litigation)\b/i],
  ['fitness', /\b(?:fitness|exercise|workouts?|training|running|strength)\b/i],
  ['psychology', /\b(?:mental health|anxiety|depression|therapy|psycholog\w*|stress)\b/i],
  [
    'dentistry',
    /\b(?:teeth|tooth\w*|dental|dentist\w*|gums?|oral|mouthwash|floss\w*|whitening)\b/i,
  ],
  ['cardiology', /\b(?:heart|cardio\w*|blood pressure|cholesterol|arter(?:y|ies))\b/i],
  ['sleep', /\b(?:sleep\w*|insomnia|naps?|bedtimes?)\b/i],
]

/** Words that place a credential in a field. */
const CREDENTIAL_FIELDS: readonly [Field, RegExp][] = [
  ['dermatology', /\bdermatolog\w*|\bcosmetic scien\w*|\bskin\b/i],
  ['nutrition', /\bnutrition\w*|\bdietitian|\bdietician|\bdietetics/i],
  // A registered dietitian's letters, in capitals only ("Rd" is a road).
  ['nutrition', /\bRDN?\b/],
  [
    'finance',
    /\bfinancial|\bCFA\b|\bCFP\b|\bCPA\b|\baccountan\w*|\bchartered accountant|\beconomist/i,
  ],
  ['medicine', /\bMD\b|\bMBBS\b|\bphysician|\bGP\b|\bdoctor of medicine|\bsurgeon|\bpharmacist/i],
  ['law', /\blawyer|\battorney|\bsolicitor|\bbarrister|\bJD\b|\bLLB\b/i],
  ['fitness', /\bpersonal trainer|\bphysiotherap\w*|\bsports scien\w*|\bstrength coach/i],
  ['psychology', /\bpsycholog\w*|\bpsychiatr\w*|\btherapist|\bcounsell?or/i],
  // A dentist's letters (DDS, DMD, BDS) and a specialist's title. "Dr." alone names no field.
  ['dentistry', /\bdentist\w*|\bDDS\b|\bDMD\b|\bBDS\b|\borthodont\w*|\bdental\b/i],
  ['cardiology', /\bcardiolog\w*|\bcardiac\b|\bheart surgeon/i],
  ['sleep', /\bsleep (?:consultant|coach|specialist|scien\w*|medicine|physician)/i],
]

/** Fields a medical doctor's credential also speaks to: all but a dentist's, law and money. */
const MEDICINE_COVERS: readonly Field[] = [
  'dermatology',
  'nutrition',
  'psychology',
  'fitness',
  'cardiology',
  'sleep',
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
