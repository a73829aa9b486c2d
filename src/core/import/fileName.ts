import { LIMITS } from '@shared/domain'

/** C0 and C1 controls, DEL, and the invisible characters that reorder or hide text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

/**
 * The name a file is shown and stored under: its last path segment (either separator),
 * without control or direction-override characters, so "../../etc/passwd.md" is "passwd.md"
 * and a name cannot fake its extension or colour a log line.
 */
export function safeFileName(fileName: string): string {
  const last = fileName.split(/[/\\]/).pop() ?? ''
  const clean = last.replace(HIDDEN, '').replace(/\s+/g, ' ').trim()
  const name = clean === '.' || clean === '..' ? '' : clean
  return (name || 'unnamed file').slice(0, LIMITS.fileNameChars)
}
