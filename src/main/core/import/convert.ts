import { extname, basename } from 'node:path'
import mammoth from 'mammoth'
import { LIMITS } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { htmlToMarkdown } from './html'

export type ImportKind = 'markdown' | 'text' | 'html' | 'docx'

const KINDS: Readonly<Record<string, ImportKind>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
}

export const IMPORTABLE_EXTENSIONS = Object.keys(KINDS)

export interface Converted {
  readonly title: string
  readonly body: string
  readonly warnings: readonly string[]
}

export type Stage = 'reading' | 'converting'

const SUPPORTED =
  'Galley can import Markdown (.md), plain text (.txt), web pages (.html) and Word documents (.docx).'

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`
}

const MAGIC: readonly [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a zip archive (perhaps a Word or other Office file)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old-style Word or Office document (.doc)', [0xd0, 0xcf, 0x11, 0xe0]],
]

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b)
}

/** Decodes bytes that claim to be text, refusing binary data and anything that is not UTF-8. */
export function decodeText(name: string, bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new GalleyError(
      'unreadable-file',
      `"${name}" is saved as UTF-16 text. Save it as UTF-8 and import it again.`,
    )
  }
  const magic = MAGIC.find(([, sig]) => startsWith(bytes, sig))
  if (magic || bytes.subarray(0, 8192).includes(0)) {
    const what = magic ? `it looks like ${magic[0]}` : 'it contains binary data'
    throw new GalleyError(
      'unreadable-file',
      `"${name}" is not a text file (${what}), so it cannot be imported as text.`,
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new GalleyError(
      'unreadable-file',
      `"${name}" is not valid UTF-8 text (it may use an older encoding such as Windows-1252). Save it as UTF-8 and import it again.`,
    )
  }
}

function baseTitle(name: string): string {
  return basename(name, extname(name)).replace(/[-_]+/g, ' ').trim() || 'Untitled'
}

function markdownTitle(body: string): string | null {
  const m = /^#\s+(.+?)\s*#*\s*$/m.exec(body)
  return m?.[1] ? m[1].replace(/[*_`]/g, '').trim() : null
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

async function convertDocx(
  name: string,
  bytes: Uint8Array,
): Promise<{ html: string; warnings: string[] }> {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new GalleyError(
      'unreadable-file',
      `"${name}" is not a Word document: a .docx file is a zip package and this file is not one. If it is an old .doc file, save it as .docx first.`,
    )
  }
  try {
    const result = await mammoth.convertToHtml({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    })
    const notes = result.messages.filter((m) => m.type === 'warning' || m.type === 'error')
    const warnings =
      notes.length > 0
        ? [
            `Some Word formatting could not be carried over (${notes.length} note${notes.length === 1 ? '' : 's'}, e.g. "${notes[0]?.message ?? ''}").`,
          ]
        : []
    return { html: result.value, warnings }
  } catch {
    throw new GalleyError(
      'unreadable-file',
      `"${name}" could not be read as a Word document; it may be damaged or password-protected. Open it in Word, save it again as .docx and retry.`,
    )
  }
}

/**
 * Turns an imported file into a draft title and Markdown body, or refuses it with a sentence
 * a person understands. Nothing is stored here.
 */
export async function convertFile(
  fileName: string,
  bytes: Uint8Array,
  onStage: (stage: Stage) => void = () => undefined,
): Promise<Converted> {
  const name = basename(fileName)
  const ext = extname(name).toLowerCase()
  const kind = KINDS[ext]
  if (!kind) {
    const what = ext ? `${ext} files` : 'files without an extension'
    throw new GalleyError(
      'unsupported-file',
      `"${name}" cannot be imported: Galley does not read ${what}. ${SUPPORTED}`,
    )
  }
  if (bytes.byteLength > LIMITS.importBytes) {
    throw new GalleyError(
      'file-too-large',
      `"${name}" is ${megabytes(bytes.byteLength)}; Galley imports files up to ${megabytes(LIMITS.importBytes)}.`,
    )
  }
  if (bytes.byteLength === 0)
    throw new GalleyError('unreadable-file', `"${name}" is empty, so there is nothing to import.`)
  onStage('reading')
  let title: string | null
  let body: string
  const warnings: string[] = []
  switch (kind) {
    case 'markdown': {
      body = normalizeNewlines(decodeText(name, bytes))
      title = markdownTitle(body)
      break
    }
    case 'text': {
      body = normalizeNewlines(decodeText(name, bytes))
      const first =
        body
          .split('\n')
          .find((l) => l.trim())
          ?.trim() ?? ''
      title = first.length > 0 && first.length <= 120 ? first : null
      break
    }
    case 'html': {
      const html = decodeText(name, bytes)
      onStage('converting')
      const out = htmlToMarkdown(html)
      title = out.title
      body = out.markdown
      break
    }
    case 'docx': {
      onStage('converting')
      const out = await convertDocx(name, bytes)
      warnings.push(...out.warnings)
      const md = htmlToMarkdown(out.html)
      title = markdownTitle(md.markdown)
      body = md.markdown
      break
    }
  }
  if (body.trim().length === 0) {
    throw new GalleyError(
      'unreadable-file',
      `"${name}" has no text that Galley could read, so nothing was imported.`,
    )
  }
  if (body.length > LIMITS.bodyChars) {
    throw new GalleyError(
      'file-too-large',
      `"${name}" holds more text than one draft can (${LIMITS.bodyChars.toLocaleString('en')} characters).`,
    )
  }
  return { title: (title ?? baseTitle(name)).slice(0, LIMITS.titleChars), body, warnings }
}
