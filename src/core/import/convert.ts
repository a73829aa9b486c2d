import { extname } from 'node:path'
import mammoth from 'mammoth'
import { LIMITS } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { decodeText, startsWith } from './decode'
import { safeFileName } from './fileName'
import { htmlToMarkdown, MAX_HTML_DEPTH, TooDeepHtml } from './html'
import { nestingProblem } from './nesting'
import { inspectZip, type ZipProblem } from './zip'
import { createAnchor, reanchor } from '@shared/anchors'
import {
  applyChanges,
  countChanges,
  extractMarkers,
  hasReview,
  markCommentRanges,
  openWordPackage,
  parseDocument,
  readComments,
  repackage,
  stripMarkers,
  WordReviewProblem,
  type TrackedChanges,
  type WordComment,
  type WordPackage,
} from './word-review'

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

/** A Word comment and where its range fell in the converted text. */
export interface ImportedComment extends WordComment {
  /**
   * In the text after the pending tracked changes (the body) or, for a range only deleted text
   * covers, in the text before them; null when its range could not be found.
   */
  readonly place: {
    readonly side: 'after' | 'before'
    readonly start: number
    readonly end: number
  } | null
}

/** What a .docx carried besides its text. */
export interface WordReview {
  /** The text before the pending tracked changes (the body is the text after them), or null. */
  readonly before: string | null
  readonly changes: TrackedChanges | null
  readonly comments: readonly ImportedComment[]
}

export interface Converted {
  /** The file's name as shown and stored: no folders, no control or direction characters. */
  readonly fileName: string
  readonly title: string
  readonly body: string
  readonly warnings: readonly string[]
  /** Comments and tracked changes of a Word document, when it had any. */
  readonly review?: WordReview
}

export type Stage = 'reading' | 'converting'

const SUPPORTED =
  'Galley can import Markdown (.md), plain text (.txt), web pages (.html) and Word documents (.docx).'

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`
}

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

function refuseNonZip(name: string, bytes: Uint8Array): void {
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
}

/** Word's built-in paragraph styles that mean structure, added to mammoth's default map. */
const WORD_STYLES = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
]

/** mammoth's HTML for a package already checked by `inspectZip`. */
async function mammothHtml(
  name: string,
  bytes: Uint8Array,
): Promise<{ html: string; warnings: string[] }> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Never read files a document points at (linked images, file:// targets).
        externalFileAccess: false,
        // Images are shown as "[image: alt]" anyway: never read or embed their bytes.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        // mammoth's defaults map only headings: Word's own Title style is the headline and its
        // Quote styles are block quotes, which the analysers read as structure.
        styleMap: WORD_STYLES,
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

async function docxMarkdown(
  name: string,
  bytes: Uint8Array,
): Promise<{ title: string | null; markdown: string; warnings: string[] }> {
  const out = await mammothHtml(name, bytes)
  const md = htmlOrRefuse(name, out.html)
  return { title: md.title, markdown: md.markdown, warnings: out.warnings }
}

function reviewRefusal(name: string, e: WordReviewProblem): GalleyError {
  return e.kind === 'too-large'
    ? new GalleyError(
        'file-too-large',
        `"${name}" was not imported: ${e.message}. Remove resolved comments in Word (Review › Delete › Delete All Comments in Document, or only the done ones), save it and import it again.`,
      )
    : new GalleyError(
        'unreadable-file',
        // The parser's own words ("Hierarchy request error …") help nobody: say what and where.
        `"${name}" has a damaged ${e.part === 'word/document.xml' ? 'text' : 'comments'} part (${e.part}): its XML is not well-formed. Open it in Word, save it again as .docx and retry. Nothing was imported.`,
      )
}

/** Widens an empty or whitespace-only range to the word before it (a comment on a point). */
function settle(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, text.length))
  let e = Math.max(s, Math.min(end, text.length))
  while (s < e && /\s/.test(text[s] ?? '')) s++
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  if (e > s) return { start: s, end: e }
  let b = s
  while (b > 0 && /\s/.test(text[b - 1] ?? '')) b--
  e = b
  while (b > 0 && !/\s/.test(text[b - 1] ?? '')) b--
  if (e > b) return { start: b, end: e }
  e = s
  while (e < text.length && !/\s/.test(text[e] ?? '')) e++
  return e > s ? { start: s, end: e } : null
}

/**
 * Widens a range that opens or closes inside Markdown emphasis to take in the marks, so the
 * quoted text reads as it is shown ("**carried 1.2 million** passengers", not "carried 1.2
 * million** passengers").
 */
function balanceEmphasis(text: string, start: number, end: number): { start: number; end: number } {
  let s = start
  let e = end
  for (const mark of ['**', '__', '*', '_']) {
    const inner = text.slice(s, e)
    const bare = mark.length === 1 ? inner.split(mark + mark).join('') : inner
    if (bare.split(mark).length % 2 === 1) continue // an even number of marks
    if (text.slice(s - mark.length, s) === mark) s -= mark.length
    else if (text.slice(e, e + mark.length) === mark) e += mark.length
  }
  return { start: s, end: e }
}

/**
 * Where each comment's range falls in `clean`: the ranges are read from a second conversion
 * with markers in the text; when the marked text (markers removed) differs from the clean one,
 * each range is carried over with the anchor machinery (quote, context and the diff).
 */
function placeRanges(
  marked: string,
  clean: string,
  ids: readonly string[],
): Map<string, { start: number; end: number }> {
  const { text, ranges } = extractMarkers(marked)
  const found = new Map<string, { start: number; end: number }>()
  for (const id of ids) {
    const r = ranges.get(id)
    if (!r || (r.start === null && r.end === null)) continue
    const start = r.start ?? r.end ?? 0
    const end = r.end !== null && r.end >= start ? r.end : start
    const s = settle(text, start, end)
    if (s) found.set(id, balanceEmphasis(text, s.start, s.end))
  }
  if (text === clean) return found
  const keys = [...found.keys()]
  const moved = reanchor(
    keys.map((k) => {
      const r = found.get(k) as { start: number; end: number }
      return createAnchor(text, r.start, r.end)
    }),
    text,
    clean,
  )
  const out = new Map<string, { start: number; end: number }>()
  keys.forEach((k, i) => {
    const m = moved[i]
    if (m && m.status !== 'orphaned' && m.end > m.start) out.set(k, { start: m.start, end: m.end })
  })
  return out
}

/** A Word document's text (after any pending changes), and its comments and tracked changes. */
async function convertWord(
  name: string,
  bytes: Uint8Array,
): Promise<{ title: string | null; body: string; warnings: string[]; review?: WordReview }> {
  refuseNonZip(name, bytes)
  // Before anything inflates a part: declared sizes, then each part capped at its size.
  const zip = inspectZip(bytes)
  if (!zip.ok) throw new GalleyError(zipCode(zip.problem), zipSentence(name, zip.problem))
  let pkg: WordPackage | null
  try {
    pkg = openWordPackage(bytes)
  } catch {
    pkg = null // mammoth says what is wrong below
  }
  const look = pkg ? hasReview(pkg) : { comments: false, changes: false }
  if (!pkg || (!look.comments && !look.changes)) {
    const md = await docxMarkdown(name, bytes)
    return { title: md.title, body: md.markdown, warnings: md.warnings }
  }
  const word = pkg
  let comments: WordComment[] = []
  let changes: TrackedChanges | null = null
  // The document parsed to count the changes is rewritten for the first side, not parsed again.
  let spare: Document | null = null
  try {
    if (look.comments) comments = readComments(word)
    if (look.changes) {
      spare = parseDocument(word)
      const c = countChanges(spare)
      if (c.insertions + c.deletions + c.moves + c.formatting > 0) changes = c
    }
  } catch (e) {
    if (e instanceof WordReviewProblem) throw reviewRefusal(name, e)
    throw e
  }
  const textual = changes !== null && changes.insertions + changes.deletions + changes.moves > 0
  const ids = comments.map((c) => c.id)
  const marks = comments.length > 0
  /**
   * One mammoth run per side. With comments, the run has the range markers in its text: the
   * stored text is that HTML with the markers taken out (mammoth's HTML is the same with or
   * without them, the markers being plain characters inside runs), and the marked HTML's
   * Markdown says where each range fell.
   */
  const side = async (which: 'before' | 'after') => {
    let input = bytes
    if (changes || marks) {
      const doc = spare ?? parseDocument(word)
      spare = null
      if (changes) applyChanges(doc, which)
      if (marks) markCommentRanges(doc, new Set(ids))
      input = repackage(word, doc)
    }
    const out = await mammothHtml(name, input)
    const clean = htmlOrRefuse(name, marks ? stripMarkers(out.html) : out.html)
    return {
      title: clean.title,
      markdown: clean.markdown,
      marked: marks ? htmlOrRefuse(name, out.html).markdown : null,
      warnings: out.warnings,
    }
  }
  const after = await side('after')
  const before = textual ? await side('before') : null
  const places = new Map<string, ImportedComment['place']>()
  if (marks) {
    const inAfter = placeRanges(after.marked ?? '', after.markdown, ids)
    const inBefore =
      before && ids.some((id) => !inAfter.has(id))
        ? placeRanges(before.marked ?? '', before.markdown, ids)
        : new Map<string, { start: number; end: number }>()
    for (const id of ids) {
      const a = inAfter.get(id)
      const b = inBefore.get(id)
      places.set(id, a ? { side: 'after', ...a } : b ? { side: 'before', ...b } : null)
    }
  }
  return {
    title: after.title,
    body: stripMarkers(after.markdown),
    warnings: after.warnings,
    review: {
      before: before && before.markdown !== after.markdown ? stripMarkers(before.markdown) : null,
      changes,
      comments: comments.map((c) => ({ ...c, place: places.get(c.id) ?? null })),
    },
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
  let review: WordReview | undefined
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
      const out = await convertWord(name, bytes)
      warnings.push(...out.warnings)
      title = markdownTitle(out.body)
      body = out.body
      review = out.review
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
  for (const text of review?.before ? [body, review.before] : [body]) {
    const nested = nestingProblem(text)
    if (nested) {
      throw new GalleyError(
        'unreadable-file',
        `"${name}" was not imported: ${nested}. Flatten the quotes and lists and import it again.`,
      )
    }
  }
  if (review?.before && review.before.length > LIMITS.bodyChars) {
    throw new GalleyError(
      'file-too-large',
      `"${name}" holds more text (before its tracked changes) than one draft can (${LIMITS.bodyChars.toLocaleString('en')} characters).`,
    )
  }
  return {
    fileName: name,
    title: (title ?? baseTitle(name)).slice(0, LIMITS.titleChars),
    body,
    warnings,
    ...(review ? { review } : {}),
  }
}
