import { z } from 'zod'
import { DraftRecordSchema, IdSchema, LIMITS, RevisionInfoSchema } from '../domain'
import { message } from './fields'

const base64Max = Math.ceil((LIMITS.importBytes * 4) / 3) + 8
/** Portable files are JSON with attachments inside: allow a little more than an import. */
const PORTABLE_BYTES = 60 * 1024 * 1024
const portableBase64Max = Math.ceil((PORTABLE_BYTES * 4) / 3) + 8

/** What comes into Galley: article files (new drafts or new revisions) and portable drafts. */
export const importChannels = {
  'import:file': {
    access: 'profile',
    input: z.strictObject({
      fileName: z.string().min(1).max(LIMITS.fileNameChars),
      dataBase64: z.string().max(base64Max, 'The file is larger than 20 MB'),
      /** Import as a new revision of this draft instead of a new draft. */
      draftId: IdSchema.optional(),
      message: message.optional(),
      /** Lets the caller match `import:progress` events to this import. */
      importId: IdSchema.optional(),
    }),
    output: z.object({
      draft: DraftRecordSchema,
      revision: RevisionInfoSchema,
      warnings: z.array(z.string()),
      /** What came in besides the text: Word comments and pending tracked changes (one line each). */
      summary: z.array(z.string()),
      /** With pending tracked changes: the number of the revision holding the text before them. */
      before: z.number().int().optional(),
    }),
  },
  'import:portable': {
    access: 'profile',
    input: z.strictObject({
      fileName: z.string().min(1).max(LIMITS.fileNameChars),
      dataBase64: z.string().max(portableBase64Max, 'The file is larger than 60 MB'),
    }),
    output: z.object({
      draftId: IdSchema,
      title: z.string(),
      revisions: z.number().int(),
      attachments: z.number().int(),
      people: z.object({ added: z.number().int(), matched: z.number().int() }),
    }),
  },
} as const
