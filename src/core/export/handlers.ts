import type { ChannelName, Handlers } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import type { HandlerContext } from '../handlers'
import { exportPortable } from './portable'
import { buildReport } from './report'

type ExportChannel = Extract<ChannelName, `export:${string}`>

/** The review report and the portable draft file. */
export function exportHandlers({
  library,
  analysis,
}: HandlerContext): Pick<Handlers, ExportChannel> {
  return {
    'export:report': async ({ draftId }) => {
      await analysis.prepare(draftId)
      return buildReport(library, draftId)
    },
    // The Electron shell answers this itself (src/main/pdf.ts); a browser prints the HTML.
    'export:reportPdf': async ({ draftId }) => {
      library.store.read(draftId, () => undefined) // not-found first
      throw new GalleyError(
        'not-available-in-browser',
        'Saving as PDF needs the Galley app. In the browser, open the report and use Print → Save as PDF.',
      )
    },
    'export:draft': async ({ draftId }) => exportPortable(library, draftId),
  }
}
