import { extname } from 'node:path'
import mammoth from 'mammoth'
import { LIMITS } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { safeFileName } from './fileName'
import { htmlToMarkdown, MAX_HTML_DEPTH, TooDeepHtml } from './html'
import { nestingProblem } from './nesting'
import { inspectZip, type ZipProblem } from './zip'

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
  /** The file's name as shown and stored: no folders, no control or direction characters. */
  readonly fileName: string
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

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function zipCode(problem: ZipProblem): 'file-too-large' | 'unreadable-file' {
  return problem.kind === 'too-large' || problem.kind === 'too-many'
    ? 'file-too-large'
    : 'unreadable-file'
}

/** A sentence for a refused Word package. */
function zipSentence(name: string, problem: ZipProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return `"${name}" was refused: its part "${problem.entry.slice(0, 80)}" unpacks to ${problem.bytes > 0 ? megabytes(problem.bytes) : 'far more than it says'}, more than any Word document needs (a "zip bomb"). Nothing was imported.`
    case 'too-many':
      return `"${name}" was refused: it holds ${problem.count.toLocaleString('en')} parts, far more than any Word document. Nothing was imported.`
    case 'encrypted':
      return `"${name}" is password-protected, so Galley cannot read it. Remove the password in Word, save it and import it again.`
    case 'damaged':
      return `"${name}" could not be read as a Word document: ${problem.detail}. Open it in Word, save it again as .docx and retry.`
    case 'unsupported':
      return `"${name}" could not be read as a Word document: ${problem.detail}. Open it in Word, save it again as .docx and retry.`
    default:
      return assertNever(problem)
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`)
}

/** UTF-16 without a BOM: ASCII text leaves every other byte zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2))
  if (head.length < 4) return false
  let even = 0
  let odd = 0
  for (let i = 0; i < head.length; i += 2) {
    if (head[i] === 0) even++
    if (head[i + 1] === 0) odd++
  }
  const pairs = head.length / 2
  return (odd > pairs * 0.4 && even < pairs * 0.05) || (even > pairs * 0.4 && odd < pairs * 0.05)
}

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
  if (magic) {
    throw new GalleyError(
      'unreadable-file',
      `"${name}" is not a text file (it looks like ${magic[0]}), so it cannot be imported as text.`,
    )
  }
  if (looksLikeUtf16(bytes)) {
    throw new GalleyError(
      'unreadable-file',
      `"${name}" is saved as UTF-16 text (without a byte-order mark). Save it as UTF-8 and import it again.`,
    )
  }
  // The whole file, not only its head: a NUL far down would otherwise be stored in the draft.
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const controls = bytes.subarray(0, 8192).filter((b) => b < 9 || (b > 13 && b < 32)).length
    throw new GalleyError(
      'unreadable-file',
      controls * 10 > Math.min(bytes.length, 8192)
        ? `"${name}" is not a text file (it contains binary data), so it cannot be imported as text.`
        : `"${name}" contains a NUL (zero) byte at position ${nul.toLocaleString('en')}, which text files do not have; it may be damaged. Nothing was imported.`,
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
  return (
    name
      .slice(0, name.length - extname(name).length)
      .replace(/[-_]+/g, ' ')
      .trim() || 'Untitled'
  )
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
  if (startsWith(bytes, OLE)) {
    // Word saves a password-protected .docx inside an OLE container with this stream name.
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
      Buffer.from('EncryptedPackage', 'utf16le'),
    )
    throw new GalleyError(
      'unreadable-file',
      encrypted
        ? `"${name}" is password-protected, so Galley cannot read it. Remove the password in Word (File › Info › Protect Document), save it and import it again.`
        : `"${name}" is an old-style Word document (.doc) with a .docx name. Open it in Word, save it as .docx and import it again.`,
    )
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new GalleyError(
      'unreadable-file',
      `"${name}" is not a Word document: a .docx file is a zip package and this file is not one. If it is an old .doc file, save it as .docx first.`,
    )
  }
  // Before mammoth (JSZip) inflates anything: declared sizes, then each part capped at its size.
  const zip = inspectZip(bytes)
  if (!zip.ok) throw new GalleyError(zipCode(zip.problem), zipSentence(name, zip.problem))
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Never read files a document points at (linked images, file:// targets).
        externalFileAccess: false,
        // Images are shown as "[image: alt]" anyway: never read or embed their bytes.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    )
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

function htmlOrRefuse(name: string, html: string): { title: string | null; markdown: string } {
  try {
    return htmlToMarkdown(html)
  } catch (e) {
    if (!(e instanceof TooDeepHtml)) throw e
    throw new GalleyError(
      'unreadable-file',
      `"${name}" nests its elements thousands of levels deep, which no article does (Galley keeps up to ${MAX_HTML_DEPTH} levels). Nothing was imported.`,
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
  const name = safeFileName(fileName)
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
      // A first line written as a Markdown heading ("# Title") is a title without its marks.
      const first = (
        body
          .split('\n')
          .find((l) => l.trim())
          ?.trim() ?? ''
      )
        .replace(/^#{1,6}\s*/, '')
        .replace(/\s+#+$/, '')
        .trim()
      title = first.length > 0 && first.length <= 120 ? first : null
      break
    }
    case 'html': {
      const html = decodeText(name, bytes)
      onStage('converting')
      const out = htmlOrRefuse(name, html)
      title = out.title
      body = out.markdown
      break
    }
    case 'docx': {
      onStage('converting')
      const out = await convertDocx(name, bytes)
      warnings.push(...out.warnings)
      const md = htmlOrRefuse(name, out.html)
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
  const nested = nestingProblem(body)
  if (nested) {
    throw new GalleyError(
      'unreadable-file',
      `"${name}" was not imported: ${nested}. Flatten the quotes and lists and import it again.`,
    )
  }
  return {
    fileName: name,
    title: (title ?? baseTitle(name)).slice(0, LIMITS.titleChars),
    body,
    warnings,
  }
}
