/** How a paragraph is set in Markdown, read before the markup is blanked out. */
export interface Setting {
  /** 1–6 for a heading, else 0. */
  readonly heading: number
  readonly listItem: boolean
  readonly blockquote: boolean
  /** The whole paragraph is bold (a Q&A question, a product box title …). */
  readonly bold: boolean
  /** The whole paragraph is italic (a standfirst, a caption, a bio line …). */
  readonly italic: boolean
  /** A bold or italic label at the start ("**Q:**", "**Lacquer:**"), without the marks. */
  readonly label: string | null
  /** The paragraph is only links (a link list, a "Buy at …" button). */
  readonly linksOnly: boolean
  /** Link targets in the paragraph. */
  readonly links: readonly { readonly start: number; readonly end: number; readonly url: string }[]
}

const BLOCK = /^(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/

/**
 * The paragraph with its Markdown markup replaced by spaces of the same length, so that
 * offsets into the masked text are offsets into the body, and how the paragraph is set.
 */
export function maskMarkup(raw: string): { readonly text: string; readonly setting: Setting } {
  // The characters, split only once something is blanked (most paragraphs have no markup).
  const split: { chars: string[] | null } = { chars: null }
  const chars = () => (split.chars ??= raw.split(''))
  const blank = (a: number, b: number) => {
    const cs = chars()
    for (let i = a; i < b; i++) if (cs[i] !== '\n') cs[i] = ' '
  }
  const block = BLOCK.exec(raw)
  const heading = block && block[1]?.startsWith('#') ? (block[1].trim().length ?? 0) : 0
  const listItem = !!block && /^[-*+\d]/.test(block[1] ?? '') && !heading
  const blockquote = !!block && (block[1] ?? '').startsWith('>')
  if (block) blank(0, block[0].length)
  const links: { start: number; end: number; url: string }[] = []
  // Links and images: keep the text, blank the brackets and the target.
  const linkRe = /!?\[([^\]\n]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g
  for (let m = linkRe.exec(raw); m; m = linkRe.exec(raw)) {
    const open = m.index
    const textStart = raw.indexOf('[', open) + 1
    const textEnd = textStart + (m[1]?.length ?? 0)
    blank(open, textStart)
    blank(textEnd, open + m[0].length)
    links.push({ start: textStart, end: textEnd, url: m[2] ?? '' })
  }
  // A web address written out ("at https://shop.example/x?aff=12", "<https://…>", "www.…") is
  // a link too: its text is the address. The angle brackets of an autolink are markup.
  const marked = [...links]
  let next = 0
  const urlRe = /<?\b(?:https?:\/\/|www\.)[^\s<>()[\]"]+/g
  for (let m = urlRe.exec(raw); m; m = urlRe.exec(raw)) {
    const angled = m[0].startsWith('<')
    const start = m.index + (angled ? 1 : 0)
    // Not the target of a Markdown link ("](https://…)"), nor an address it shows as its text
    // (the Markdown links, in order, are passed as the addresses are: one pass over both).
    while (next < marked.length && (marked[next]?.end ?? 0) + 1 < start) next++
    const shown = marked[next]
    if (raw[start - 1] === '(' || raw[start - 1] === '=' || (shown && start >= shown.start - 1))
      continue
    const url = m[0].slice(angled ? 1 : 0).replace(/[.,;:!?'’”)]+$/, '')
    if (angled && raw[start + url.length] === '>') {
      blank(m.index, start)
      blank(start + url.length, start + url.length + 1)
    }
    links.push({ start, end: start + url.length, url })
  }
  links.sort((a, b) => a.start - b.start)
  // Emphasis marks: runs of * or _ at a word edge; an escaped mark is kept as text (a paragraph
  // with none of these characters, most of them, is not walked character by character).
  const marks = /[\\*_`]/.test(raw)
  for (let i = 0; marks && i < raw.length; i++) {
    const ch = raw[i]
    if (ch === '\\' && /[\\`*_[\]()#+\-.!>]/.test(raw[i + 1] ?? '')) {
      chars()[i] = ' '
      i++
      continue
    }
    if (ch === '*' || ch === '_' || ch === '`') {
      const before = raw[i - 1] ?? ' '
      const after = raw[i + 1] ?? ' '
      if (ch === '_' && /\w/.test(before) && /\w/.test(after)) continue
      chars()[i] = ' '
    }
  }
  const text = split.chars ? split.chars.join('') : raw
  const body = raw.slice(block?.[0].length ?? 0).trim()
  const bold =
    /^(\*\*|__)[^]*(\*\*|__)[.:?!]?$/.test(body) && !/^(\*\*|__)[^*_]*(\*\*|__)\s+\S/.test(body)
  const italic =
    !bold && /^([*_])[^*_][^]*[^*_]\1[.:?!]?$/.test(body) && !/^[*_][^*_]*[*_]\s+\S/.test(body)
  const labelMatch = /^(\*\*|__|\*|_)([^*_\n]{1,60}?)[:.]?\s*\1\s*[:.]?\s+\S/.exec(body)
  const label = labelMatch ? (labelMatch[2] ?? '').replace(/[:.]\s*$/, '').trim() : null
  // The visible characters and the links' share of them, counted only when there are links.
  const linksOnly = () => {
    const visible = text.replace(/\s+/g, '')
    const linkChars = links.reduce(
      (n, l) => n + raw.slice(l.start, l.end).replace(/\s+/g, '').length,
      0,
    )
    return linkChars >= visible.replace(/[|·•,–—-]/g, '').length - 2
  }
  return {
    text,
    setting: {
      heading,
      listItem,
      blockquote,
      bold,
      italic,
      label: label && label.length > 0 ? label : null,
      linksOnly: links.length > 0 && linksOnly(),
      links,
    },
  }
}
