import type { ChannelInput, ChannelName, ChannelOutput, GalleyApi } from '@shared/contract'
import type { Envelope } from '@shared/errors'

/** A request to send before the first render, and what it is sent with. */
export type EarlyRequest = { [C in ChannelName]: readonly [C, ChannelInput<C>] }[ChannelName]

/**
 * Rows of the library list asked for first: more than a tall window shows, a few dozen kB
 * rather than the whole list (1.7 MB for 5,000 drafts), which is asked for once they have
 * painted (useLibrary).
 */
export const FIRST_LIST_ROWS = 100

/** What every start asks for first: the app's state, who is acting, the library list's top. */
export const FIRST_REQUESTS: readonly EarlyRequest[] = [
  ['app:info', {}],
  ['profile:get', {}],
  ['drafts:list', { view: 'active', first: FIRST_LIST_ROWS }],
]

const keyOf = (channel: string, input: unknown) => `${channel}\u0000${JSON.stringify(input)}`

interface Early {
  /** Answers not handed out yet, by request. */
  readonly waiting: Map<string, Promise<Envelope<unknown>>>
  /** Those of them that have arrived. */
  readonly arrived: Map<string, Envelope<unknown>>
  readonly all: Promise<unknown>
}

const early = new WeakMap<GalleyApi, Early>()

/**
 * Sends `requests` at once, while the page is still loading, and gives each answer to the first
 * call that asks for the same thing (or to `takeEarly`, if it has arrived by the first render);
 * every later call goes to `api`. Nothing else is kept: events reload whatever changes later.
 */
export function withEarlyRequests(api: GalleyApi, requests: readonly EarlyRequest[]): GalleyApi {
  const waiting = new Map<string, Promise<Envelope<unknown>>>()
  const arrived = new Map<string, Envelope<unknown>>()
  for (const [channel, input] of requests) {
    const key = keyOf(channel, input)
    const answer = api.invoke(channel, input as never) as Promise<Envelope<unknown>>
    waiting.set(key, answer)
    void answer.then((envelope) => {
      if (waiting.get(key) === answer) arrived.set(key, envelope)
    })
  }
  const wrapped: GalleyApi = {
    invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
      const key = keyOf(channel, input)
      const answer = waiting.get(key)
      if (!answer) return api.invoke(channel, input)
      waiting.delete(key)
      arrived.delete(key)
      return answer as Promise<Envelope<ChannelOutput<C>>>
    },
    on: (event, listener) => api.on(event, listener),
  }
  early.set(wrapped, { waiting, arrived, all: Promise.allSettled(waiting.values()) })
  return wrapped
}

/**
 * Resolves once every early answer has arrived, or after `ms`, whichever is first: the window
 * renders once with its data instead of a loading state that a moment later turns into the list.
 */
export function earlyAnswers(api: GalleyApi, ms: number): Promise<void> {
  const state = early.get(api)
  if (!state) return Promise.resolve()
  return Promise.race([state.all, new Promise((r) => setTimeout(r, ms))]).then(() => undefined)
}

/**
 * The early answer to this request if it has arrived and succeeded, taken (a later call asks
 * again); undefined otherwise, and the caller asks through `invoke` as usual.
 */
export function takeEarly<C extends ChannelName>(
  api: GalleyApi,
  channel: C,
  input: ChannelInput<C>,
): { readonly value: ChannelOutput<C> } | undefined {
  const state = early.get(api)
  const key = keyOf(channel, input)
  const envelope = state?.arrived.get(key)
  if (!state || !envelope?.ok) return undefined
  state.waiting.delete(key)
  state.arrived.delete(key)
  return { value: envelope.value as ChannelOutput<C> }
}
