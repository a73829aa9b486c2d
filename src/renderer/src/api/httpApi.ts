import { isEventName } from '@shared/constants'
import type { ChannelName, EventName, EventPayload, GalleyApi } from '@shared/contract'
import type { Envelope } from '@shared/errors'

export interface HttpApiOptions {
  /** The launch token; null when the page was opened without one. */
  readonly token: string | null
  /** Where the host is; the page's own origin by default. */
  readonly baseUrl?: string
  readonly fetch?: typeof fetch
  readonly EventSource?: typeof EventSource
}

const NOT_ANSWERING =
  'Galley’s host is not answering. Check that Galley is still running, then try again.'

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const v = value as { ok: unknown; error?: unknown }
  if (v.ok === true) return 'value' in value
  return v.ok === false && typeof v.error === 'object' && v.error !== null
}

/** The contract over the browser host: POST /api/<channel>, events as server-sent events. */
export function createHttpApi(options: HttpApiOptions): GalleyApi {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
  const Source = options.EventSource ?? globalThis.EventSource
  const base = options.baseUrl ?? ''
  let source: EventSource | null = null

  function eventSource(): EventSource {
    if (!source) {
      const token = encodeURIComponent(options.token ?? '')
      source = new Source(`${base}/api/events?token=${token}`)
    }
    return source
  }

  async function invoke(channel: ChannelName, input: unknown): Promise<Envelope<unknown>> {
    let res: Response
    try {
      res = await doFetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Galley-Token': options.token ?? '',
        },
        body: JSON.stringify(input),
      })
    } catch {
      return { ok: false, error: { code: 'internal', message: NOT_ANSWERING } }
    }
    let body: unknown
    try {
      body = await res.json()
    } catch {
      body = null
    }
    if (isEnvelope(body)) return body
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Galley’s host answered in a way Galley did not understand (HTTP ${res.status}).`,
      },
    }
  }

  function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
    if (!isEventName(event)) return () => {}
    const handler = (e: Event) => {
      try {
        listener(JSON.parse((e as MessageEvent<string>).data) as EventPayload<E>)
      } catch {
        // A malformed frame is dropped: events only prompt reloads.
      }
    }
    const es = eventSource()
    es.addEventListener(event, handler)
    return () => es.removeEventListener(event, handler)
  }

  return { invoke: invoke as GalleyApi['invoke'], on }
}
