import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { acceptFinding, setSubject, signOff, unacceptFinding } from './service'
import { legalView, listedReadiness } from './view'

type LegalChannel = Extract<ChannelName, `legal:${string}`>

/** Legal review and publish readiness over one library. */
export function legalHandlers({ library, analysis }: HandlerContext): Pick<Handlers, LegalChannel> {
  return {
    'legal:get': async ({ draftId }) => {
      await analysis.prepare(draftId)
      const view = await legalView(library, draftId)
      return { ...view, readiness: listedReadiness(view.readiness) }
    },
    'legal:setSubject': async ({ draftId, subject }) => {
      return { subject: await setSubject(library, draftId, subject) }
    },
    'legal:acceptFinding': async (input, caller) => {
      await analysis.prepare(input.draftId)
      await acceptFinding(library, caller, input)
      return { ok: true as const }
    },
    'legal:unacceptFinding': async (input, caller) => {
      await unacceptFinding(library, caller, input)
      return { ok: true as const }
    },
    'legal:signoff': async (input, caller) => {
      await analysis.prepare(input.draftId)
      return signOff(library, caller, input)
    },
  }
}
