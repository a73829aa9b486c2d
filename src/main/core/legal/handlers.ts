import type { ChannelName, Handlers } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import { decodeBase64 } from '../base64'
import { exportPortable, importPortable } from '../export/portable'
import { buildReport } from '../export/report'
import type { HandlerContext } from '../handlers'
import { requireProfile } from '../profile'
import { acceptFinding, setSubject, signOff, unacceptFinding } from './service'
import { legalView } from './view'

type LegalChannel = Extract<ChannelName, `legal:${string}` | `export:${string}` | 'import:portable'>

/** Legal review, publish readiness, the review report and portable files over one library. */
export function legalHandlers({ library }: HandlerContext): Pick<Handlers, LegalChannel> {
  return {
    'legal:get': async ({ draftId }) => legalView(library, draftId),
    'legal:setSubject': async ({ draftId, subject }) => {
      requireProfile(library)
      return { subject: await setSubject(library, draftId, subject) }
    },
    'legal:acceptFinding': async (input) => {
      await acceptFinding(library, requireProfile(library), input)
      return { ok: true as const }
    },
    'legal:unacceptFinding': async (input) => {
      await unacceptFinding(library, requireProfile(library), input)
      return { ok: true as const }
    },
    'legal:signoff': async (input) => signOff(library, requireProfile(library), input),
    'export:report': async ({ draftId }) => buildReport(library, draftId),
    // The Electron shell answers this itself (src/main/pdf.ts); a browser prints the HTML.
    'export:reportPdf': async ({ draftId }) => {
      library.read(draftId, () => undefined) // not-found first
      throw new GalleyError(
        'not-available-in-browser',
        'Saving as PDF needs the Galley app. In the browser, open the report and use Print → Save as PDF.',
      )
    },
    'export:draft': async ({ draftId }) => exportPortable(library, draftId),
    'import:portable': async ({ fileName, dataBase64 }) =>
      importPortable(library, requireProfile(library), fileName, decodeBase64(dataBase64)),
  }
}
