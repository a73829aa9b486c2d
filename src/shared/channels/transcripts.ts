import { z } from 'zod'
import { AttachmentSchema, IdSchema, LIMITS } from '../domain'
import { TRANSCRIPT_BYTES } from '../constants'
import { TranscriptViewSchema } from './quotes'

export { TRANSCRIPT_BYTES, TRANSCRIPT_EXTENSIONS } from '../constants'
export { TranscriptViewSchema, type TranscriptView } from './quotes'

const transcriptBase64Max = Math.ceil((TRANSCRIPT_BYTES * 4) / 3) + 8

/** Interview transcripts attached to a draft, against which its quotes are checked. */
export const transcriptChannels = {
  'transcripts:attach': {
    access: 'profile',
    input: z.strictObject({
      draftId: IdSchema,
      fileName: z.string().min(1).max(LIMITS.fileNameChars),
      dataBase64: z.string().max(transcriptBase64Max, 'The file is larger than 10 MB'),
      /** The person interviewed, when the transcript is theirs. */
      personId: IdSchema.nullable().optional(),
    }),
    output: z.object({ attachment: AttachmentSchema, transcript: TranscriptViewSchema }),
  },
  'transcripts:remove': {
    access: 'profile',
    input: z.strictObject({ draftId: IdSchema, attachmentId: IdSchema }),
    output: z.object({ ok: z.literal(true) }),
  },
} as const
