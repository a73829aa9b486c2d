import type { GalleyApi } from '@shared/contract'
import { call } from '../api/call'

/** Whether a picked or dropped file is a Galley portable draft (routes to import:portable). */
export function isPortableFile(name: string): boolean {
  return /\.galley(\.json)?$/i.test(name)
}

type Notice = {
  draftId: string
  title: string
  tone: 'success' | 'warning'
  message?: string
  details?: string[]
}

/**
 * Imports a portable draft file: merged into `mergeInto` (its copy in this library) or as a new
 * draft; returns the draft and the notice to show (disputes and divergent revisions listed).
 */
export async function importPortableFile(
  api: GalleyApi,
  fileName: string,
  dataBase64: string,
  mergeInto?: string,
): Promise<Notice> {
  const out = await call(api, 'import:portable', {
    fileName,
    dataBase64,
    ...(mergeInto ? { mergeInto } : {}),
  })
  const n = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`
  const m = out.merged
  if (m) {
    const details = [...m.disputes, ...m.divergent, ...m.notes]
    return {
      draftId: out.draftId,
      title: `Merged ${fileName} into “${out.title}”: ${n(m.revisionsAdded, 'new revision')}, ${n(m.claimsAdded, 'new claim')}`,
      tone: details.length > 0 ? 'warning' : 'success',
      ...(details.length > 0
        ? { message: 'Needs a decision (nothing was chosen for you):', details }
        : {}),
    }
  }
  const people = out.people.added > 0 ? `, ${out.people.added} new in the people register` : ''
  return {
    draftId: out.draftId,
    title: `Imported “${out.title}” from ${fileName}: ${n(out.revisions, 'revision')}, ${n(out.attachments, 'attachment')}${people}`,
    tone: 'success',
  }
}
