// Text files checked and decoded, apart from the converters (mammoth, the HTML parser), so a
// transcript can be decoded without loading them.
import { GalleyError } from '@shared/errors'

const MAGIC: readonly [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a zip archive (perhaps a Word or other Office file)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old-style Word or Office document (.doc)', [0xd0, 0xcf, 0x11, 0xe0]],
]

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

export function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
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
