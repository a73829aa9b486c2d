import type { Profile } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import type { Library } from '../library'
import { profileOf } from './service'

/** The acting profile; main refuses changes from nobody. */
export function requireProfile(library: Library): Profile {
  const profile = profileOf(library)
  if (!profile) {
    throw new GalleyError(
      'no-profile',
      'Set your name and role first, so Galley can record who made this change.',
    )
  }
  return profile
}
