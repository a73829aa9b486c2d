import { z } from 'zod'
import { IdSchema } from '../domain'

const byDraft = z.strictObject({ draftId: IdSchema })

/** A file an export made, as bytes in base64, with its name and media type. */
const FileOutSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  dataBase64: z.string(),
})
export type ExportedFileOut = z.infer<typeof FileOutSchema>

/**
 * What leaves Galley: the review report (HTML, PDF), the portable draft file, the article of a
 * revision (.docx, Markdown, HTML), the review as a commented .docx, the claim log (CSV) and the
 * redline of two revisions (.docx with tracked changes, PDF).
 */
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
  /** The article of one revision (the current one when revisionId is left out). */
  'export:article': {
    input: z.strictObject({
      draftId: IdSchema,
      revisionId: IdSchema.optional(),
      format: z.enum(['docx', 'md', 'html']),
    }),
    output: FileOutSchema,
  },
  /** The current revision with every claim, quote, query and legal finding as a Word comment. */
  'export:reviewDocx': { input: byDraft, output: FileOutSchema },
  /** One row per claim, formula-safe. */
  'export:claimLog': { input: byDraft, output: FileOutSchema },
  /** Two revisions as a redline: .docx with tracked changes, or a PDF. */
  'export:redline': {
    input: z.strictObject({
      draftId: IdSchema,
      fromRevisionId: IdSchema,
      toRevisionId: IdSchema,
      format: z.enum(['docx', 'pdf']),
    }),
    output: FileOutSchema,
  },
} as const
