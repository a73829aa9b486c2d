import type { QuoteView } from '@shared/channels/quotes'
import type { Person } from '@shared/domain'

export type AlignLabel = NonNullable<QuoteView['alignment']>['label']

export const ALIGN_LABELS: Readonly<Record<AlignLabel, string>> = {
  exact: 'Exact',
  'trivial-edit': 'Trivial edit',
  altered: 'Altered',
  'not-found': 'Not in this transcript',
}

export const ALIGN_HELP: Readonly<Record<AlignLabel, string>> = {
  exact: 'Printed exactly as said.',
  'trivial-edit':
    'Same words as said; only punctuation, case, filler words or the spacing of a compound (“skin care”, “skincare”) differ.',
  altered: 'Words were changed, added or dropped: compare printed and said below.',
  'not-found':
    'This transcript does not hold this quote, or holds only the part of it before the transcript stops. A transcript often covers only part of an interview: check the quote against the recording or notes. It does not block publishing.',
}

export const KIND_LABELS: Readonly<Record<QuoteView['kind'], string>> = {
  direct: 'Quote',
  'qa-answer': 'Q&A answer',
  manual: 'Marked by hand',
}

export const CONNECTION_KINDS: readonly {
  value: Person['connections'][number]['kind']
  label: string
}[] = [
  { value: 'ambassador', label: 'Ambassador' },
  { value: 'paid-consultant', label: 'Paid consultant' },
  { value: 'affiliate', label: 'Affiliate' },
  { value: 'investor', label: 'Investor' },
  { value: 'gifted-product', label: 'Gifted product' },
  { value: 'family-or-business-tie', label: 'Family or business tie' },
]

export function connectionKindLabel(kind: Person['connections'][number]['kind']): string {
  return CONNECTION_KINDS.find((k) => k.value === kind)?.label ?? kind
}
