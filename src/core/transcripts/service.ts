import { extname } from 'node:path'
import type { Attachment } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import type { TranscriptView } from '@shared/channels/quotes'
import { TRANSCRIPT_BYTES } from '@shared/channels/transcripts'
import { parseTranscript, type Transcript } from '@shared/transcripts/align'
import type { TranscriptFormat, TranscriptRecord } from '@shared/records'
import { readAttachment } from '../drafts/attachments'
import { decodeText } from '../import/decode'
import { convertOffThread } from '../import/conversion'
import type { Library } from '../library'

const FORMATS: Readonly<Record<string, TranscriptFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.vtt': 'vtt',
  '.srt': 'srt',
  '.docx': 'docx',
}

const SUPPORTED =
  'A transcript can be plain text (.txt), Markdown (.md), subtitles (.vtt, .srt) or a Word document (.docx).'

/** The transcript format a file name says, or a refusal a person can read. */
export function transcriptFormatOf(fileName: string): TranscriptFormat {
  const ext = extname(fileName).toLowerCase()
  const format = FORMATS[ext]
  if (!format) {
    const what = ext ? `${ext} files` : 'files without an extension'
    throw new GalleyError(
      'unsupported-file',
      `"${fileName}" cannot be attached as a transcript: Galley does not read ${what}. ${SUPPORTED}`,
    )
  }
  return format
}

/** Reads a transcript's bytes into speaker turns; refuses empty, binary or wordless files. */
export async function readTranscript(
  fileName: string,
  format: TranscriptFormat,
  bytes: Uint8Array,
): Promise<Transcript> {
  if (bytes.byteLength === 0)
    throw new GalleyError(
      'unreadable-file',
      `"${fileName}" is empty, so there is nothing to check quotes against.`,
    )
  if (bytes.byteLength > TRANSCRIPT_BYTES)
    throw new GalleyError(
      'file-too-large',
      `"${fileName}" is larger than 10 MB; attach the interview's text without recordings or images.`,
    )
  const text =
    format === 'docx'
      ? (
          await convertOffThread(
            fileName.toLowerCase().endsWith('.docx') ? fileName : `${fileName}.docx`,
            bytes,
          )
        ).body
      : decodeText(fileName, bytes)
  const transcript = parseTranscript(text, format === 'docx' ? 'md' : format)
  if (transcript.segments.length === 0 || !/\p{L}/u.test(transcript.text))
    throw new GalleyError(
      'unreadable-file',
      `"${fileName}" holds no spoken words Galley could read, so quotes cannot be checked against it.`,
    )
  return transcript
}

/** The draft's transcripts, parsed (cached); one that cannot be read says why. */
export async function loadTranscripts(
  library: Library,
  draftId: string,
  records: readonly TranscriptRecord[],
  attachments: readonly Attachment[],
): Promise<{ view: TranscriptView; transcript: Transcript | null }[]> {
  // Attachments never change once stored, so a parsed transcript can be kept by its id.
  const parsed = library.transcripts
  const out: { view: TranscriptView; transcript: Transcript | null }[] = []
  for (const r of records) {
    const att = attachments.find((a) => a.id === r.attachmentId)
    const name = att?.name ?? 'transcript'
    const key = `${draftId}/${r.attachmentId}`
    let transcript = parsed.get(key) ?? null
    let problem: string | null = null
    if (!transcript) {
      try {
        const { bytes } = await readAttachment(library, draftId, r.attachmentId)
        transcript = await readTranscript(name, r.format, bytes)
        parsed.set(key, transcript)
      } catch (e) {
        problem = e instanceof GalleyError ? e.message : `"${name}" could not be read.`
      }
    }
    out.push({
      view: {
        attachmentId: r.attachmentId,
        name,
        format: r.format,
        personId: r.personId,
        segments: transcript?.segments.length ?? 0,
        problem,
      },
      transcript,
    })
  }
  return out
}
