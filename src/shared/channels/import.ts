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
  /** Reads a portable file without importing it: its draft, and that draft's copy here if any. */
  'import:inspectPortable': {
    access: 'profile',
    input: z.strictObject({
      fileName: z.string().min(1).max(LIMITS.fileNameChars),
      dataBase64: z.string().max(portableBase64Max, 'The file is larger than 60 MB'),
    }),
    output: z.object({
      title: z.string(),
      /** The draft of this library the file is another copy of (same draft, or imported). */
      existing: z.object({ draftId: IdSchema, title: z.string() }).nullable(),
    }),
  },
  'import:portable': {
    access: 'profile',
    input: z.strictObject({
      fileName: z.string().min(1).max(LIMITS.fileNameChars),
      dataBase64: z.string().max(portableBase64Max, 'The file is larger than 60 MB'),
      /**
       * Merge into this draft, which must be the file's copy here (`import:inspectPortable`);
       * without it the file becomes a new draft, named as a copy when its title is taken.
       */
      mergeInto: IdSchema.optional(),
    }),
    output: z.object({
      draftId: IdSchema,
      title: z.string(),
      revisions: z.number().int(),
      attachments: z.number().int(),
      people: z.object({ added: z.number().int(), matched: z.number().int() }),
      /** When merged: what was added, and what needs a person (one sentence each). */
      merged: z
        .object({
          revisionsAdded: z.number().int(),
          claimsAdded: z.number().int(),
          disputes: z.array(z.string()),
          divergent: z.array(z.string()),
          notes: z.array(z.string()),
        })
        .optional(),
    }),
  },
} as const
