import { CHANNEL_NAMES, type ChannelName, type EventSink, type Handlers } from '@shared/contract'
import type { AnalysisService } from './analysis/service'
import type { Library } from './library'
import { appHandlers } from './app/handlers'
import { auditHandlers } from './audit/handlers'
import { claimHandlers } from './claims/handlers'
import { draftHandlers } from './drafts/handlers'
import { legalHandlers } from './legal/handlers'
import { peopleHandlers } from './people/handlers'
import { profileHandlers } from './profile/handlers'
import { quoteHandlers } from './quotes/handlers'
import { recoveryHandlers } from './recovery/handlers'
import { revisionHandlers } from './revisions/handlers'
import { transcriptHandlers } from './transcripts/handlers'

/** What every feature's handlers receive: the library and the way to tell the window. */
export interface HandlerContext {
  readonly library: Library
  /** Runs the analysers off the event loop; handlers await it before reading their results. */
  readonly analysis: AnalysisService
  readonly emit: EventSink
  readonly mode: 'electron' | 'browser'
  readonly version: string
  /** Prints HTML to PDF (redlines): Electron's own Chromium in the app, else a system Chromium. */
  readonly printPdf?: (html: string) => Promise<Uint8Array>
  /** Opens another library in this one's place (the host's LibrarySwitcher); absent: refused. */
  readonly openLibrary?: (folder: string) => Promise<string>
}

/** Every channel's implementation over one library, one feature folder each. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return withDrafts(ctx.library, {
    ...appHandlers(ctx),
    ...profileHandlers(ctx),
    ...draftHandlers(ctx),
    ...revisionHandlers(ctx),
    ...onFirstUse('import:', () => import('./import/handlers').then((m) => m.importHandlers(ctx))),
    ...onFirstUse('export:', () => import('./export/handlers').then((m) => m.exportHandlers(ctx))),
    ...claimHandlers(ctx),
    ...quoteHandlers(ctx),
    ...peopleHandlers(ctx),
    ...transcriptHandlers(ctx),
    ...legalHandlers(ctx),
    ...auditHandlers(ctx),
    ...recoveryHandlers(ctx),
    ...onFirstUse('team:', () => import('./team/handlers').then((m) => m.teamHandlers(ctx))),
  })
}

/**
 * The handlers of every channel named `prefix…`, whose module (and the libraries it needs: Word
 * and HTML converters, docx, Git) is loaded at the first call to one of them, not at start.
 */
function onFirstUse<P extends string>(
  prefix: P,
  load: () => Promise<Pick<Handlers, Extract<ChannelName, `${P}${string}`>>>,
): Pick<Handlers, Extract<ChannelName, `${P}${string}`>> {
  let loaded: Promise<
    Record<string, (input: unknown, caller: unknown) => Promise<unknown>>
  > | null = null
  const out: Record<string, (input: unknown, caller: unknown) => Promise<unknown>> = {}
  for (const channel of CHANNEL_NAMES.filter((c) => c.startsWith(prefix))) {
    out[channel] = async (input, caller) => {
      loaded ??= load().then(
        (h) =>
          h as unknown as Record<string, (input: unknown, caller: unknown) => Promise<unknown>>,
        (e: unknown) => {
          loaded = null // a failed load is tried again at the next call
          throw e
        },
      )
      const handler = (await loaded)[channel]
      if (!handler) throw new Error(`No handler for ${channel}`)
      return handler(input, caller)
    }
  }
  return out as unknown as Pick<Handlers, Extract<ChannelName, `${P}${string}`>>
}

/**
 * Each handler runs with the drafts its input names (`draftId`, `id`) read into memory and
 * kept there until it is done: drafts are read when first used, not when the library opens.
 */
function withDrafts(library: Library, handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: unknown, caller: unknown) => Promise<unknown>> = {}
  for (const [channel, handler] of Object.entries(handlers) as [
    string,
    (input: unknown, caller: unknown) => Promise<unknown>,
  ][]) {
    wrapped[channel] = (input, caller) => {
      const ids: string[] = []
      if (typeof input === 'object' && input !== null) {
        for (const key of ['draftId', 'id']) {
          const v = (input as Record<string, unknown>)[key]
          if (typeof v === 'string') ids.push(v)
        }
      }
      return ids.length === 0
        ? handler(input, caller)
        : library.store.using(ids, () => handler(input, caller))
    }
  }
  return wrapped as unknown as Handlers
}
