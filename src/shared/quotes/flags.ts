import type { MaterialConnection, QuoteFlag, RegisterPerson } from './domain'
import { paragraphs } from '../text/paragraphs'

/** Fields of expertise: words that put a credential in the field, and words that put a
 *  subject in it. Small on purpose, so that every flag can say which words decided it. */
export const FIELDS: readonly {
  field: string
  credential: readonly string[]
  subject: readonly string[]
}[] = [
  {
    field: 'dermatology',
    credential: ['dermatolog', 'skin', 'cosmetic chemist', 'aesthetic'],
    subject: [
      'skin',
      'acne',
      'wrinkle',
      'retino',
      'eczema',
      'serum',
      'sunscreen',
      'spf',
      'collagen',
      'complexion',
      'rosacea',
      'pigment',
      'moistur',
      'skincare',
      'dermat',
      'microbiome of the skin',
      'pore',
    ],
  },
  {
    field: 'nutrition',
    credential: ['nutrition', 'dietitian', 'dietician', 'food scien'],
    subject: [
      'diet',
      'food',
      'nutrition',
      'eating',
      'vitamin',
      'supplement',
      'gut',
      'calorie',
      'protein',
      'meal',
      'fermented food',
      'weight',
    ],
  },
  {
    field: 'cardiology',
    credential: ['cardiolog', 'heart'],
    subject: ['heart', 'cardiac', 'blood pressure', 'cholesterol', 'cardio'],
  },
  {
    field: 'mental health',
    credential: ['psycholog', 'psychiatr', 'therapist', 'counsel'],
    subject: ['anxiety', 'depression', 'mental health', 'stress', 'sleep', 'mood', 'therapy'],
  },
  {
    field: 'dentistry',
    credential: ['dentist', 'dental', 'orthodont', 'hygienist'],
    subject: ['teeth', 'tooth', 'gum', 'dental', 'whitening', 'enamel'],
  },
  {
    field: 'pharmacy',
    credential: ['pharmac'],
    subject: ['drug', 'medicine', 'medication', 'dose', 'prescription'],
  },
  {
    field: 'finance',
    credential: ['financial', 'accountant', 'economist', 'cfa', 'banker', 'actuary'],
    subject: [
      'money',
      'saving',
      'budget',
      'invest',
      'tax',
      'pension',
      'mortgage',
      'loan',
      'interest rate',
      'debt',
      'fund',
    ],
  },
  {
    field: 'fitness',
    credential: ['trainer', 'physiotherap', 'sports scien', 'coach', 'kinesiolog'],
    subject: ['exercise', 'workout', 'training', 'muscle', 'running', 'fitness', 'injury'],
  },
  {
    field: 'hair',
    credential: ['trichologist', 'hair', 'stylist'],
    subject: ['hair', 'scalp', 'shampoo'],
  },
  {
    field: 'law',
    credential: ['lawyer', 'attorney', 'solicitor', 'barrister', 'legal', 'judge'],
    subject: ['law', 'legal', 'court', 'contract', 'lawsuit', 'regulation'],
  },
]

const fieldsFor = (
  text: string,
  side: 'credential' | 'subject',
): { field: string; word: string }[] => {
  const t = text.toLowerCase()
  const out: { field: string; word: string }[] = []
  for (const f of FIELDS) {
    const word = f[side].find((w) => t.includes(w))
    if (word) out.push({ field: f.field, word })
  }
  return out
}

/** Does the person's record fit the subject? Explains the verdict in one sentence either way. */
export function credentialFit(
  person: RegisterPerson,
  subject: string,
): { fits: boolean | null; explanation: string } {
  const record = [person.title ?? '', ...(person.credentials ?? [])].filter(Boolean).join('; ')
  const want = fieldsFor(subject, 'subject')
  if (want.length === 0)
    return {
      fits: null,
      explanation: `"${subject}" is not in the field map, so the fit is not judged.`,
    }
  const wantText = want.map((w) => `${w.field} ("${w.word}")`).join(' or ')
  if (!record)
    return {
      fits: false,
      explanation: `The subject is ${wantText}, and ${person.name} has no title or credential on record.`,
    }
  const have = fieldsFor(record, 'credential')
  const shared = have.find((h) => want.some((w) => w.field === h.field))
  if (shared)
    return {
      fits: true,
      explanation: `The subject is ${wantText}; ${person.name}'s record ("${record}") is ${shared.field} ("${shared.word}").`,
    }
  const haveText = have.length
    ? have.map((h) => `${h.field} ("${h.word}")`).join(' and ')
    : 'no mapped field'
  return {
    fits: false,
    explanation: `The subject is ${wantText}, but ${person.name}'s record ("${record}") shows ${haveText}.`,
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Finds the register entry for a speaker by name, alias or surname. */
export function findPerson(
  people: readonly RegisterPerson[],
  speaker: string,
): RegisterPerson | null {
  const n = speaker.toLowerCase().trim()
  return (
    people.find((p) => p.name.toLowerCase() === n) ??
    people.find((p) => (p.aliases ?? []).some((a) => a.toLowerCase() === n)) ??
    null
  )
}

const KIND_WORDS: Readonly<Record<MaterialConnection['kind'], string>> = {
  ambassador: 'a brand ambassador for',
  'paid-consultant': 'a paid consultant to',
  affiliate: 'an affiliate of',
  investor: 'an investor in',
  'gifted-product': 'a recipient of gifted product from',
  'family-or-business-tie': 'tied by family or business to',
}

export interface FlagInput {
  readonly markdown: string
  readonly quote: { readonly start: number; readonly end: number; readonly text: string }
  readonly speaker: string | null
  readonly people: readonly RegisterPerson[]
  /** The subject the reviewer recorded for this quote, if any. */
  readonly subject?: string | null
}

/**
 * The quote rules: no speaker; a speaker with a material connection to a brand named in the
 * quote or in its own or an adjacent paragraph; a speaker whose recorded title and credentials
 * do not fit the subject the reviewer recorded. Every flag explains itself in one line.
 */
export function flagQuote(input: FlagInput): QuoteFlag[] {
  const flags: QuoteFlag[] = []
  if (!input.speaker) {
    flags.push({
      rule: 'no-speaker',
      severity: 'warning',
      message: 'No speaker: the text does not say who said this.',
    })
    return flags
  }
  const person = findPerson(input.people, input.speaker)
  if (!person) return flags
  const paras = paragraphs(input.markdown)
  const at = paras.findIndex((p) => input.quote.start >= p.start && input.quote.start <= p.end)
  const near = [at - 1, at, at + 1]
    .map((i) => paras[i])
    .filter((p): p is NonNullable<typeof p> => p !== undefined && !p.heading)
    .map((p) => input.markdown.slice(p.start, p.end))
  const nearText = at < 0 ? input.quote.text : near.join('\n\n')
  const seen = new Set<string>()
  for (const c of person.connections ?? []) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(c.brand)}(?=$|[^\\p{L}\\p{N}])`, 'iu')
    const where = re.test(input.quote.text)
      ? 'in the quote'
      : re.test(nearText)
        ? 'next to the quote'
        : null
    if (!where || seen.has(`${c.brand}:${c.kind}`)) continue
    seen.add(`${c.brand}:${c.kind}`)
    const since = c.since ? ` since ${c.since}` : ''
    flags.push({
      rule: 'material-connection',
      severity: 'error',
      message: `${person.name} is ${KIND_WORDS[c.kind]} ${c.brand}${since}, and ${c.brand} is named ${where}: disclose the connection close to it.`,
    })
  }
  if (input.subject) {
    const fit = credentialFit(person, input.subject)
    if (fit.fits === false)
      flags.push({ rule: 'credential-mismatch', severity: 'warning', message: fit.explanation })
  }
  return flags
}
