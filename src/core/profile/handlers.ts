import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'

type ProfileChannel = Extract<ChannelName, `profile:${string}`>

/** The local profile: who is acting on this machine. */
export function profileHandlers({ library }: HandlerContext): Pick<Handlers, ProfileChannel> {
  return {
    'profile:get': async () => library.profile,
    'profile:set': async (p) => library.setProfile(p),
  }
}
