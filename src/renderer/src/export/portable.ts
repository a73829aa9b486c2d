import type { GalleyApi } from '@shared/contract'
import { call } from '../api/call'

/** Whether a picked or dropped file is a Galley portable draft (routes to import:portable). */
export function isPortableFile(name: string): boolean {
  return /\.galley(\.json)?$/i.test(name)
}

/** Imports a portable draft file as a new draft; returns its id and a line for the notice. */
export async function importPortableFile(
  api: GalleyApi,
  fileName: string,
  dataBase64: string,
): Promise<{ draftId: string; title: string }> {
  const out = await call(api, 'import:portable', { fileName, dataBase64 })
  const people = out.people.added > 0 ? `, ${out.people.added} new in the people register` : ''
  return {
    draftId: out.draftId,
    title: `Imported “${out.title}” from ${fileName}: ${out.revisions} revision${out.revisions === 1 ? '' : 's'}, ${out.attachments} attachment${out.attachments === 1 ? '' : 's'}${people}`,
  }
}
