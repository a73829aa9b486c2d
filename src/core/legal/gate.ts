import { GalleyError } from '@shared/errors'
import type { Library } from '../library'
import { legalView } from './view'

const AREA_NAMES = { claims: 'claims', quotes: 'quotes', disclosures: 'disclosures' } as const

/** "claims", "claims and quotes", "claims, quotes and disclosures". */
function listed(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
}

/**
 * Refuses to mark a draft ready unless publish readiness is clear. The main process decides,
 * whatever the renderer showed.
 */
export async function assertReady(library: Library, draftId: string): Promise<void> {
  const { readiness } = await legalView(library, draftId)
  if (readiness.ready) return
  const blocking = readiness.items.filter((i) => i.severity === 'error')
  const areas = (['claims', 'quotes', 'disclosures'] as const)
    .filter((a) => !readiness.clear[a])
    .map((a) => AREA_NAMES[a])
  const first = blocking[0]?.message ?? 'an item is not clear'
  throw new GalleyError(
    'conflict',
    `This draft cannot be marked ready yet: ${blocking.length} blocking item${blocking.length === 1 ? '' : 's'} in ${listed(areas)} (first: ${first}). “Can this go out?” in the Legal tab lists them all.`,
  )
}
