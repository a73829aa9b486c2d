import type { Profile } from '@shared/domain'
import type { Library } from '../library'

/** Who is acting on this machine, as settings.json holds it (null until someone sets it). */
export function profileOf(library: Library): Profile | null {
  return library.settings.data.profile
}

/** Sets the local profile (name and role only) and writes settings.json. */
export async function setProfile(library: Library, profile: Profile): Promise<Profile> {
  const { settings } = library
  settings.data.profile = { name: profile.name, role: profile.role }
  await settings.write()
  return settings.data.profile
}

/** When the sample library was written into this library, or null if it never was. */
export function sampleSeededAt(library: Library): string | null {
  return library.settings.data.sampleSeededAt
}

/** Records that the sample library was written, so it is never written again. */
export async function markSampleSeeded(library: Library): Promise<void> {
  library.settings.data.sampleSeededAt = new Date().toISOString()
  await library.settings.write()
}
