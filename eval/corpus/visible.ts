/**
 * Where a truth string sits in an imported body. Truth strings are written against what a
 * reader sees (rendered Markdown, a browser's innerText, Word's text), while Galley's offsets are
 * into the imported Markdown: this projects the body to its visible text and maps back.
 */
export interface Projection {
  readonly text: string
  /** For each visible character, its offset in the body. */
  readonly map: readonly number[]
}

/** The body's visible text: emphasis markers, link targets, heading and list marks left out. */
export function project(body: string): Projection {
  let text = ''
  const map: number[] = []
  const keep = (i: number) => {
    text += body[i]
    map.push(i)
  }
  let lineStart = true
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? ''
    if (lineStart) {
      const m = /^(#{1,6} |> ?|[-*+] |\d+\. )/.exec(body.slice(i, i + 8))
      if (m) {
        i += m[0].length - 1
        lineStart = false
        continue
      }
    }
    lineStart = ch === '\n'
    if (ch === '\\' && /[\\`*_{}[\]()#+\-.!>~|]/.test(body[i + 1] ?? '')) continue
    if (
      ch === '*' ||
      (ch === '_' && !/\w/.test(body[i - 1] ?? '') && !/\w/.test(body[i + 1] ?? ''))
    )
      continue
    if (ch === '_' && (!/\w/.test(body[i - 1] ?? '') || !/\w/.test(body[i + 1] ?? ''))) continue
    if (ch === '!' && body[i + 1] === '[') continue
    if (ch === '[') continue
    if (ch === ']' && body[i + 1] === '(') {
      const close = body.indexOf(')', i)
      if (close > 0) {
        i = close
        continue
      }
    }
    if (ch === ']') continue
    keep(i)
  }
  return { text, map }
}

const fold = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u00a0/g, ' ')
    .replace(/[–—]/g, '-')

/** Every place `needle` occurs in the body (exactly, else in its visible text), as body spans. */
export function locate(
  body: string,
  projection: Projection,
  needle: string,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1))
    out.push({ start: at, end: at + needle.length })
  if (out.length > 0) return out
  const hay = fold(projection.text)
  const n = fold(needle)
  for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + 1)) {
    const start = projection.map[at] ?? 0
    const end = (projection.map[at + n.length - 1] ?? start) + 1
    out.push({ start, end })
  }
  return out
}
