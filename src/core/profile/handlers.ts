import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { profileOf, setProfile } from './service'
import { addHouseWord, houseWords, shippedDictionary } from './spelling'

type ProfileChannel = Extract<ChannelName, `profile:${string}`>

/** The local profile: who is acting on this machine; and the spell-checker's words. */
export function profileHandlers({ library }: HandlerContext): Pick<Handlers, ProfileChannel> {
  return {
    'profile:get': async () => profileOf(library),
    'profile:set': async (p) => setProfile(library, p),
    'profile:spelling': async () => ({
      language: 'en' as const,
      ...(await shippedDictionary()),
      words: houseWords(library),
    }),
    'profile:addWord': async ({ word }) => ({ words: await addHouseWord(library, word) }),
  }
}
