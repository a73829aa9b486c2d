import type { EventSink, Handlers } from '@shared/contract'
import type { AnalysisService } from './analysis/service'
import type { Library } from './library'
import { appHandlers } from './app/handlers'
import { auditHandlers } from './audit/handlers'
import { claimHandlers } from './claims/handlers'
import { draftHandlers } from './drafts/handlers'
import { exportHandlers } from './export/handlers'
import { importHandlers } from './import/handlers'
import { legalHandlers } from './legal/handlers'
import { peopleHandlers } from './people/handlers'
import { profileHandlers } from './profile/handlers'
import { quoteHandlers } from './quotes/handlers'
import { recoveryHandlers } from './recovery/handlers'
import { revisionHandlers } from './revisions/handlers'
import { teamHandlers } from './team/handlers'
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
}

/** Every channel's implementation over one library, one feature folder each. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return withDrafts(ctx.library, {
    ...appHandlers(ctx),
    ...profileHandlers(ctx),
    ...draftHandlers(ctx),
    ...revisionHandlers(ctx),
    ...importHandlers(ctx),
    ...exportHandlers(ctx),
    ...claimHandlers(ctx),
    ...quoteHandlers(ctx),
    ...peopleHandlers(ctx),
    ...transcriptHandlers(ctx),
    ...legalHandlers(ctx),
    ...auditHandlers(ctx),
    ...recoveryHandlers(ctx),
    ...teamHandlers(ctx),
  })
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
