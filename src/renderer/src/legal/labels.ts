import { plainMarkdown } from '@shared/text/markdown'
import type { LegalDisclosure, LegalEndorsement } from '@shared/channels/legal'

export const KIND_LABELS: Readonly<Record<LegalDisclosure['kind'], string>> = {
  affiliate: 'Affiliate',
  sponsored: 'Sponsored',
  'material-connection': 'Material connection',
  'gifted-product': 'Gifted product',
  other: 'Other',
}

export const ENDORSEMENT_LABELS: Readonly<Record<LegalEndorsement['kind'], string>> = {
  'product-link': 'Product link',
  recommendation: 'Recommendation',
  'brand-mention': 'Brand mention',
  'connected-quote': 'Connected endorsement',
}

export const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', info: 'Info' } as const

/** A one-line excerpt of a passage. */
export function excerpt(text: string, max = 120): string {
  const flat = plainMarkdown(text).replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
