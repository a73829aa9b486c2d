import type { ChannelInput, ChannelName, ChannelOutput, GalleyApi } from '@shared/contract'
import type { Envelope } from '@shared/errors'

/** A request to send before the first render, and what it is sent with. */
export type EarlyRequest = { [C in ChannelName]: readonly [C, ChannelInput<C>] }[ChannelName]

/** What every start asks for first: the app's state, who is acting, the library list. */
export const FIRST_REQUESTS: readonly EarlyRequest[] = [
  ['app:info', {}],
  ['profile:get', {}],
  ['drafts:list', { view: 'active' }],
]

const keyOf = (channel: string, input: unknown) => `${channel}\u0000${JSON.stringify(input)}`

/**
 * Sends `requests` at once, while the page is still being rendered, and gives each answer to
 * the first call that asks for the same thing; every later call goes to `api`. Nothing else is
 * kept: events still reload whatever changes afterwards.
 */
export function withEarlyRequests(api: GalleyApi, requests: readonly EarlyRequest[]): GalleyApi {
  const waiting = new Map<string, Promise<Envelope<unknown>>>()
  for (const [channel, input] of requests) {
    waiting.set(keyOf(channel, input), api.invoke(channel, input as never))
  }
  return {
    invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
      const key = keyOf(channel, input)
      const early = waiting.get(key)
      if (!early) return api.invoke(channel, input)
      waiting.delete(key)
      return early as Promise<Envelope<ChannelOutput<C>>>
    },
    on: (event, listener) => api.on(event, listener),
  }
}
