// Markdown as a reader sees it, for every place that shows a piece of a body's text: which
// characters are markup ("## ", "*", "[", "](https://…)") and which are text, and how the text
// is set (emphasis, strong, code, link). A revision body is Markdown; a card, a comparison or a
// report shows its words, never its syntax.
import type { Nodes, Parent, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

/** Flags of one character of a Markdown text. */
export const MARK = {
  /** Syntax, not text: hidden where the text is shown as a reader sees it. */
  hidden: 1,
  em: 2,
  strong: 4,
  code: 8,
  link: 16,
  deleted: 32,
} as const

/** Per character of the text: a combination of `MARK` flags. */
export interface InlineMarks {
  readonly flags: Uint8Array
  /** The link target of each character inside a link's text (sparse). */
  readonly links: ReadonlyMap<number, string>
}

const INLINE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell'])
const ESCAPABLE = /^[!-/:-@[-`{-~]$/
const STYLES: Readonly<Record<string, number>> = {
  emphasis: MARK.em,
  strong: MARK.strong,
  delete: MARK.deleted,
  link: MARK.link,
  linkReference: MARK.link,
}

function span(node: Nodes): [number, number] | null {
  const s = node.position?.start.offset
  const e = node.position?.end.offset
  return s === undefined || e === undefined ? null : [s, e]
}

/**
 * Marks every character of `markdown`: inside paragraphs, headings and table cells, what is not
 * the text of a text node or the inside of inline code is syntax (hidden), as is a heading's
 * "## "; text keeps the styles of the nodes around it. Outside them (list bullets, quote marks,
 * blank lines) nothing is hidden. A backslash escape shows its character; an entity is shown
 * as written.
 */
export function inlineMarks(markdown: string, parsed?: Root): InlineMarks {
  const flags = new Uint8Array(markdown.length)
  const links = new Map<number, string>()
  // A caller that has the tree already (the .docx export) passes it: parsing is most of the cost.
  const tree = parsed ?? parseMarkdown(markdown)
  const visit = (node: Nodes, style: number, href: string | null, inline: boolean): void => {
    const at = span(node)
    if (INLINE_CONTAINERS.has(node.type) && at) {
      // Everything inside is syntax until a text node says otherwise.
      const first = (node as Parent).children[0]
      const from = node.type === 'heading' ? at[0] : ((first && span(first)?.[0]) ?? at[0])
      for (let i = from; i < at[1]; i++) flags[i] = MARK.hidden
      inline = true
    }
    if (node.type === 'text' && at && inline) {
      for (let i = at[0]; i < at[1]; i++) {
        // A backslash escaping punctuation is syntax; entities are shown as written.
        const escape = markdown[i] === '\\' && ESCAPABLE.test(markdown[i + 1] ?? '')
        flags[i] = escape ? MARK.hidden : style
        if (href !== null) links.set(i, href)
        if (escape) {
          i++
          flags[i] = style
          if (href !== null) links.set(i, href)
        }
      }
      return
    }
    if (node.type === 'inlineCode' && at && inline) {
      const ticks = /^`+/.exec(markdown.slice(at[0], at[1]))?.[0].length ?? 1
      for (let i = at[0] + ticks; i < at[1] - ticks; i++) flags[i] = style | MARK.code
      return
    }
    if ((node.type === 'html' || node.type === 'break') && at && inline) {
      for (let i = at[0]; i < at[1]; i++) flags[i] = style
      return
    }
    const add = STYLES[node.type] ?? 0
    const target = node.type === 'link' ? node.url : href
    if ('children' in node) {
      for (const child of node.children as Nodes[]) visit(child, style | add, target, inline)
    }
  }
  visit(tree, 0, null, false)
  return { flags, links }
}

/** The mdast tree of a body, with GFM (tables, strikethrough, autolinks), as Galley reads it. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

/** A run of text set one way: what a report or a card shows of a piece of Markdown. */
export interface TextRun {
  readonly text: string
  readonly flags: number
  readonly href: string | null
}

/** The text of `markdown` as runs of one style each, syntax left out. */
export function textRuns(markdown: string): TextRun[] {
  const { flags, links } = inlineMarks(markdown)
  const out: { text: string; flags: number; href: string | null }[] = []
  for (let i = 0; i < markdown.length; i++) {
    const f = flags[i] as number
    if (f & MARK.hidden) continue
    const href = links.get(i) ?? null
    const last = out.at(-1)
    if (last && last.flags === f && last.href === href) last.text += markdown[i]
    else out.push({ text: markdown[i] as string, flags: f, href })
  }
  return out
}

/** The text of `markdown` without its syntax: "[Serum, £68](https://…)" is "Serum, £68". */
export function plainMarkdown(markdown: string): string {
  if (!/[*_`#[\]<>~\\&!|]/.test(markdown)) return markdown
  return textRuns(markdown)
    .map((r) => r.text)
    .join('')
}
