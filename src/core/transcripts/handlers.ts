import type { ChannelName, Handlers } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import { decodeBase64 } from '../base64'
import type { HandlerContext } from '../handlers'
import { readTranscript, transcriptFormatOf } from './service'
import { addAttachment } from '../drafts/attachments'
import { listPeople } from '../people/service'

type TranscriptChannel = Extract<ChannelName, `transcripts:${string}`>

/** Interview transcripts attached to a draft. */
export function transcriptHandlers({ library }: HandlerContext): Pick<Handlers, TranscriptChannel> {
  return {
    'transcripts:attach': async ({ draftId, fileName, dataBase64, personId }) => {
      const format = transcriptFormatOf(fileName)
      // Refuse before storing anything: an unknown draft or person, an unreadable file.
      library.store.read(draftId, (file) => {
        if (file.transcripts.length >= 100)
          throw new GalleyError('invalid-input', 'This draft already has 100 transcripts.')
      })
      if (personId && !listPeople(library).some((p) => p.id === personId))
        throw new GalleyError('not-found', 'That person is not in the register any more.')
      const bytes = decodeBase64(dataBase64)
      const transcript = await readTranscript(fileName, format, bytes)
      const attachment = await addAttachment(library, draftId, fileName, 'transcript', bytes)
      const record = { attachmentId: attachment.id, format, personId: personId ?? null }
      await library.store.update(draftId, 'transcripts', (file, _current, audit) => {
        file.transcripts.push(record)
        audit({
          action: 'transcript.attach',
          target: `transcript/${attachment.id}`,
          after: {
            name: attachment.name,
            format,
            personId: record.personId,
            bytes: attachment.bytes,
          },
        })
      })
      return {
        attachment,
        transcript: {
          ...record,
          name: attachment.name,
          segments: transcript.segments.length,
          problem: null,
        },
      }
    },
    'transcripts:remove': async ({ draftId, attachmentId }) => {
      await library.store.update(draftId, 'transcripts', (file, _current, audit) => {
        const gone = file.transcripts.find((t) => t.attachmentId === attachmentId)
        if (!gone)
          throw new GalleyError('not-found', 'That transcript is not on this draft any more.')
        file.transcripts = file.transcripts.filter((t) => t.attachmentId !== attachmentId)
        const name = file.attachments.find((a) => a.id === attachmentId)?.name ?? null
        // The file itself stays among the draft's attachments: nothing a reviewer added is lost.
        audit({
          action: 'transcript.remove',
          target: `transcript/${attachmentId}`,
          before: { name, ...gone },
        })
      })
      return { ok: true as const }
    },
  }
}
