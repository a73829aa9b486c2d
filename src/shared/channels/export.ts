import { z } from 'zod'
import { IdSchema } from '../domain'

const byDraft = z.strictObject({ draftId: IdSchema })

/** What leaves Galley: the review report (HTML, PDF) and the portable draft file. */
export const exportChannels = {
  'export:report': {
    input: z.strictObject({ draftId: IdSchema, format: z.literal('html') }),
    output: z.object({ fileName: z.string(), html: z.string() }),
  },
  /** The report printed to PDF by the app's shell; the browser host refuses it. */
  'export:reportPdf': {
    input: byDraft,
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  },
  'export:draft': {
    input: byDraft,
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
} as const
