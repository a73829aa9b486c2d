import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { changeQuote, listQuotes, markQuote, setSpeaker, unmarkQuote } from './service'

type QuoteChannel = Extract<ChannelName, `quotes:${string}`>

/** The Quotes tab's channels over one library. */
export function quoteHandlers({ library, analysis }: HandlerContext): Pick<Handlers, QuoteChannel> {
  return {
    'quotes:list': async ({ draftId }) => {
      await analysis.prepare(draftId)
      return listQuotes(library, draftId)
    },
    'quotes:setSpeaker': async ({ speaker, ...span }, caller) =>
      setSpeaker(library, span, speaker, caller),
    'quotes:mark': async (span) => markQuote(library, span),
    'quotes:unmark': async (span) => unmarkQuote(library, span),
    'quotes:setSubject': async ({ subject, ...span }) => {
      return changeQuote(library, span, 'quote.subject', (record) => {
        record.subject = subject
      })
    },
  }
}
