import type { ChannelName, Handlers } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import type { HandlerContext } from '../handlers'
import { exportArticle, type ExportedFile } from './article'
import { exportClaimLog } from './claim-log'
import { printWithChromium } from './pdf'
import { exportPortable } from './portable'
import { exportRedline } from './redline'
import { buildReport } from './report'
import { exportReviewDocx } from './review-docx'

type ExportChannel = Extract<ChannelName, `export:${string}`>

const out = (f: ExportedFile) => ({
  fileName: f.fileName,
  mediaType: f.mediaType,
  dataBase64: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength).toString('base64'),
})

/** The review report, the portable draft file, and the article, review, claim log and redline files. */
export function exportHandlers({
  library,
  analysis,
  printPdf,
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
    'export:article': async ({ draftId, revisionId, format }) =>
      out(await exportArticle(library, draftId, format, revisionId)),
    'export:reviewDocx': async ({ draftId }) => {
      await analysis.prepare(draftId)
      return out(await exportReviewDocx(library, draftId))
    },
    'export:claimLog': async ({ draftId }) => out(exportClaimLog(library, draftId)),
    'export:redline': async ({ draftId, fromRevisionId, toRevisionId, format }) =>
      out(
        await exportRedline(
          library,
          draftId,
          fromRevisionId,
          toRevisionId,
          format,
          printPdf ?? printWithChromium,
        ),
      ),
  }
}
