// A revision body (Markdown) as a Word document: mdast blocks become paragraphs, inline marks
// become runs, and annotations (claims, quotes, findings) become Word comments at their spans.
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx'
import type { Nodes, Parent, RootContent } from 'mdast'
import { MARK, inlineMarks, parseMarkdown, type InlineMarks } from '@shared/text/markdown'

/** A comment to place over body[start, end): its thread is the head comment plus replies. */
export interface DocxComment {
  readonly start: number
  readonly end: number
  readonly author: string
  readonly date: string
  /** Lines of the head comment, one paragraph each. */
  readonly lines: readonly string[]
  readonly replies?: readonly {
    readonly author: string
    readonly date: string
    readonly text: string
  }[]
  readonly resolved?: boolean
}

export interface ArticleDocxInput {
  readonly title: string
  readonly byline: string
  readonly body: string
  /** Comments to anchor in the body; offsets are in `body`. */
  readonly comments?: readonly DocxComment[]
  /** Comments on the document as a whole (a sign-off), anchored on the title. */
  readonly documentComments?: readonly Omit<DocxComment, 'start' | 'end'>[]
  readonly creator?: string
  readonly description?: string
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const

/** Only these addresses become live links in Word; anything else stays text. */
export function safeHref(href: string | null): string | null {
  if (!href) return null
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null
}

/** Whether a paragraph reads as a picture caption: it holds an image, or says it is one. */
const CAPTION =
  /^\s*(photo(graph)?s?|image|illustration|pictured|caption|credit)\b[^.]{0,80}[:|]|\b(photo(graph)?|image|illustration)s?\s+(by|credit|courtesy( of)?)\b|©\s*\p{Lu}/iu

interface Boundary {
  readonly at: number
  readonly id: number
}

/** Walks the body in document order and turns character ranges into runs with comment marks. */
class RunWriter {
  private starts: Boundary[]
  private ends: Boundary[]
  private si = 0
  private ei = 0
  private readonly open = new Set<number>()

  constructor(
    private readonly body: string,
    private readonly marks: InlineMarks,
    comments: readonly { start: number; end: number; id: number }[],
  ) {
    this.starts = comments.map((c) => ({ at: c.start, id: c.id })).sort((a, b) => a.at - b.at)
    this.ends = comments.map((c) => ({ at: c.end, id: c.id })).sort((a, b) => a.at - b.at)
  }

  /** Comment marks due at or before `at`: ends of open comments first, then starts. */
  private marksUpTo(at: number, out: ParagraphChild[]): void {
    while (this.si < this.starts.length && (this.starts[this.si] as Boundary).at <= at) {
      // A comment that ends where a later one starts closes first.
      this.closeUpTo((this.starts[this.si] as Boundary).at, out)
      const b = this.starts[this.si++] as Boundary
      out.push(new CommentRangeStart(b.id))
      this.open.add(b.id)
    }
    this.closeUpTo(at, out)
  }

  private closeUpTo(at: number, out: ParagraphChild[]): void {
    while (this.ei < this.ends.length && (this.ends[this.ei] as Boundary).at <= at) {
      const b = this.ends[this.ei] as Boundary
      if (!this.open.has(b.id)) break
      this.ei++
      this.open.delete(b.id)
      out.push(new CommentRangeEnd(b.id), new TextRun({ children: [new CommentReference(b.id)] }))
    }
  }

  /** Runs for body[from, to) as a reader sees it (syntax left out), with comment marks. */
  runs(
    from: number,
    to: number,
    base: { italics?: boolean; font?: string } = {},
  ): ParagraphChild[] {
    const out: ParagraphChild[] = []
    const { flags, links } = this.marks
    let i = from
    while (i < to) {
      // Marks are placed only before visible text, so a range starting in syntax opens on its text.
      const f = flags[i] ?? 0
      if (f & MARK.hidden) {
        i++
        continue
      }
      this.marksUpTo(i, out)
      const href = links.get(i) ?? null
      const nextStart = this.starts[this.si]?.at ?? Infinity
      const nextEnd = this.ends[this.ei]?.at ?? Infinity
      let j = i + 1
      while (
        j < to &&
        j < nextStart &&
        j < nextEnd &&
        (flags[j] ?? 0) === f &&
        (links.get(j) ?? null) === href
      )
        j++
      const text = this.body.slice(i, j).replace(/\s*\n\s*/g, ' ')
      const run = new TextRun({
        text,
        italics: Boolean(f & MARK.em) !== Boolean(base.italics) || undefined,
        bold: Boolean(f & MARK.strong) || undefined,
        strike: Boolean(f & MARK.deleted) || undefined,
        font: f & MARK.code ? 'Consolas' : base.font,
        style: safeHref(href) ? 'Hyperlink' : undefined,
      })
      const link = safeHref(href)
      out.push(link ? new ExternalHyperlink({ link, children: [run] }) : run)
      i = j
      if (i < to) this.closeUpTo(i, out)
    }
    this.closeUpTo(to, out)
    return out
  }

  /** Marks for comments that start inside syntax between blocks, placed before the next block. */
  pending(at: number): ParagraphChild[] {
    const out: ParagraphChild[] = []
    this.marksUpTo(at, out)
    return out
  }

  /** Closes whatever is still open (and opens what never met text), at the document's end. */
  finish(): ParagraphChild[] {
    const out: ParagraphChild[] = []
    this.marksUpTo(Infinity, out)
    for (const id of [...this.open]) {
      out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }))
    }
    this.open.clear()
    return out
  }
}

const at = (n: Nodes): [number, number] => [
  n.position?.start.offset ?? 0,
  n.position?.end.offset ?? 0,
]

interface ListContext {
  readonly ordered: boolean
  readonly level: number
  readonly instance: number
}

/** Turns the mdast tree into docx blocks. */
class BlockWriter {
  readonly blocks: (Paragraph | Table)[] = []
  private listInstance = 0

  constructor(
    private readonly body: string,
    private readonly runs: RunWriter,
  ) {}

  private para(options: IParagraphOptions, from: number, to: number, base = {}): void {
    const children = [...this.runs.pending(from), ...this.runs.runs(from, to, base)]
    this.blocks.push(new Paragraph({ ...options, children }))
  }

  /** A paragraph's inline range: from its first child to its end. */
  private inline(node: Parent): [number, number] {
    const [s, e] = at(node as Nodes)
    const first = node.children[0]
    return [first ? at(first as Nodes)[0] : s, e]
  }

  write(nodes: readonly RootContent[], ctx: { list?: ListContext; quote?: boolean } = {}): void {
    for (const node of nodes) this.node(node, ctx)
  }

  private node(node: RootContent, ctx: { list?: ListContext; quote?: boolean }): void {
    const list = ctx.list
    const listOptions: IParagraphOptions = list
      ? list.ordered
        ? { numbering: { reference: 'galley-ordered', level: list.level, instance: list.instance } }
        : { bullet: { level: list.level } }
      : {}
    const quoteOptions: IParagraphOptions = ctx.quote ? { style: 'Quote' } : {}
    switch (node.type) {
      case 'heading': {
        const [s, e] = at(node)
        this.para({ heading: HEADINGS[node.depth - 1] }, s, e)
        return
      }
      case 'paragraph': {
        const [s, e] = this.inline(node)
        const image = node.children.find((c) => c.type === 'image')
        const text = this.body.slice(s, e)
        if (image && image.type === 'image') {
          // Galley keeps no pictures: the image is named, and its alt text is the caption.
          this.blocks.push(
            new Paragraph({
              style: 'Caption',
              children: [
                ...this.runs.pending(s),
                new TextRun({ text: `[Image: ${image.alt || image.url}]` }),
              ],
            }),
          )
          const rest = node.children.filter((c) => c.type !== 'image')
          if (rest.length === 0) return
        }
        const caption = !list && !ctx.quote && CAPTION.test(text)
        this.para(
          { ...listOptions, ...quoteOptions, ...(caption ? { style: 'Caption' } : {}) },
          s,
          e,
        )
        return
      }
      case 'blockquote':
        this.write(node.children, { ...ctx, quote: true })
        return
      case 'list': {
        const level = list ? list.level + 1 : 0
        const instance = node.ordered ? ++this.listInstance : 0
        for (const item of node.children) {
          this.write(item.children, {
            ...ctx,
            list: { ordered: Boolean(node.ordered), level: Math.min(level, 8), instance },
          })
        }
        return
      }
      case 'code': {
        const [s] = at(node)
        const lines = node.value.split('\n')
        this.blocks.push(
          new Paragraph({
            style: 'CodeBlock',
            children: [
              ...this.runs.pending(s),
              ...lines.flatMap((line, i) => [
                new TextRun({ text: line, font: 'Consolas', break: i > 0 ? 1 : undefined }),
              ]),
            ],
          }),
        )
        return
      }
      case 'thematicBreak':
        this.blocks.push(
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('* * *')] }),
        )
        return
      case 'table': {
        const rows = node.children.map(
          (row, r) =>
            new TableRow({
              tableHeader: r === 0,
              children: row.children.map((cell) => {
                const [s, e] = this.inline(cell)
                return new TableCell({
                  children: [
                    new Paragraph({
                      children: [...this.runs.pending(s), ...this.runs.runs(s, e)],
                    }),
                  ],
                })
              }),
            }),
        )
        if (rows.length > 0) {
          this.blocks.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }))
        }
        return
      }
      case 'html': {
        const [s, e] = at(node)
        this.blocks.push(
          new Paragraph({
            children: [...this.runs.pending(s), new TextRun(this.body.slice(s, e))],
          }),
        )
        return
      }
      default: {
        // Definitions, footnotes and the like: their text, when they have any, as a paragraph.
        const n = node as Nodes
        if ('children' in n) this.write((n as Parent).children as RootContent[], ctx)
      }
    }
  }
}

/** Paragraph styles the exports use beyond Word's built-in headings. */
export const DOCX_STYLES = {
  default: {
    document: { run: { font: 'Georgia', size: 22 }, paragraph: { spacing: { after: 120 } } },
  },
  paragraphStyles: [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '444444' },
      paragraph: {
        indent: { left: 567 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BBBBBB', space: 8 } },
      },
    },
    {
      id: 'Caption',
      name: 'Caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, size: 18, color: '555555' },
    },
    {
      id: 'CodeBlock',
      name: 'Code Block',
      basedOn: 'Normal',
      run: { font: 'Consolas', size: 18 },
      paragraph: { indent: { left: 284 } },
    },
    {
      id: 'Byline',
      name: 'Byline',
      basedOn: 'Normal',
      next: 'Normal',
      run: { italics: true, color: '555555' },
    },
  ],
}

/** Numbering for ordered lists (bullets use docx's own). */
export const DOCX_NUMBERING = {
  config: [
    {
      reference: 'galley-ordered',
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
}

/** Whether the body starts with a heading that already says the title. */
export function bodyHasTitle(title: string, body: string): boolean {
  const first = /^\s*#{1,2}\s+(.+?)\s*#*\s*$/m.exec(body.split('\n').find((l) => l.trim()) ?? '')
  const norm = (s: string) => s.replace(/[*_`]/g, '').trim().toLowerCase()
  return Boolean(first && norm(first[1] ?? '') === norm(title))
}

/** The .docx of an article, with its comments. */
export async function articleDocx(input: ArticleDocxInput): Promise<Uint8Array> {
  const comments = input.comments ?? []
  const docComments = input.documentComments ?? []
  // Ids: the head of each thread, then its replies; Word numbers comments from 0.
  const defs: ICommentOptions[] = []
  const anchored: { start: number; end: number; id: number }[] = []
  const titleIds: number[] = []
  let next = 0
  const thread = (c: Omit<DocxComment, 'start' | 'end'>): number => {
    const id = next++
    defs.push({
      id,
      author: c.author,
      initials: initials(c.author),
      date: new Date(c.date),
      resolved: c.resolved,
      children: [lines(c.lines)],
    })
    for (const r of c.replies ?? []) {
      defs.push({
        id: next++,
        parentId: id,
        author: r.author,
        initials: initials(r.author),
        date: new Date(r.date),
        children: [lines(r.text.split('\n'))],
      })
    }
    return id
  }
  const tree = parseMarkdown(input.body)
  const hasTitle = bodyHasTitle(input.title, input.body)
  // Comments on the whole document sit on its title: the Title paragraph, or the body's heading.
  const first = tree.children[0]?.position
  for (const c of docComments) {
    const id = thread(c)
    if (hasTitle && first) {
      anchored.push({ start: first.start.offset ?? 0, end: first.end.offset ?? 0, id })
    } else titleIds.push(id)
  }
  for (const c of comments) {
    const start = Math.max(0, Math.min(c.start, input.body.length))
    const end = Math.max(start, Math.min(c.end, input.body.length))
    anchored.push({ start, end, id: thread(c) })
  }

  const runs = new RunWriter(input.body, inlineMarks(input.body, tree), anchored)
  const blocks = new BlockWriter(input.body, runs)
  const head: Paragraph[] = []
  if (!hasTitle) {
    head.push(
      new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [
          ...titleIds.map((id) => new CommentRangeStart(id)),
          new TextRun(input.title),
          ...titleIds.flatMap((id) => [
            new CommentRangeEnd(id),
            new TextRun({ children: [new CommentReference(id)] }),
          ]),
        ],
      }),
    )
    if (input.byline)
      head.push(new Paragraph({ style: 'Byline', children: [new TextRun(input.byline)] }))
  }
  blocks.write(tree.children)
  const tail = runs.finish()
  const body = [...head, ...blocks.blocks]
  if (tail.length > 0) body.push(new Paragraph({ children: tail }))

  const doc = new Document({
    creator: input.creator ?? 'Galley',
    title: input.title,
    description: input.description ?? '',
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    ...(defs.length > 0 ? { comments: { children: defs } } : {}),
    sections: [{ children: body }],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

/**
 * A comment's text as one paragraph with line breaks: Word shows it the same, and 2,000
 * comments of six lines each make a sixth of the paragraphs to build and serialise.
 */
function lines(text: readonly string[]): Paragraph {
  return new Paragraph({
    children: text.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
  })
}

/** Two letters of a name, for Word's comment balloons. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  return (
    parts.length > 1 ? `${parts[0]?.[0] ?? ''}${parts.at(-1)?.[0] ?? ''}` : name.slice(0, 2)
  ).toUpperCase()
}
