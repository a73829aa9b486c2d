import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { profileOf, setProfile } from './service'

type ProfileChannel = Extract<ChannelName, `profile:${string}`>

/** The local profile: who is acting on this machine. */
export function profileHandlers({ library }: HandlerContext): Pick<Handlers, ProfileChannel> {
  return {
    'profile:get': async () => profileOf(library),
    'profile:set': async (p) => setProfile(library, p),
  }
}
