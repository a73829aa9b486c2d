import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'

/** Elements whose content is never article text; dropped with everything inside them. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
  'head',
  'nav',
  'dialog',
])

const SAFE_LINK = /^(https?:|mailto:|#)/i

/** Elements deeper than this become plain text: Markdown tools recurse per level. */
export const MAX_HTML_DEPTH = 48

/** Thrown when a page is nested too deeply for the HTML parser itself. */
export class TooDeepHtml extends Error {}

function safeUrl(value: unknown): boolean {
  return typeof value === 'string' && SAFE_LINK.test(value.trim())
}

/** The readable text under a node, skipping dropped elements; iterative, so depth is no matter. */
function flatText(node: Nodes): string {
  const out: string[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.type === 'text') out.push(n.value)
    else if (n.type === 'element' && DROPPED.has(n.tagName)) continue
    else if ('children' in n)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes)
  }
  return out.join('')
}

/** Removes scripts, styles, embedded content, event attributes and unsafe URLs, in place. */
function clean<T extends Root | Element>(node: T, depth = 0): T {
  const kept: (RootContent | ElementContent)[] = []
  for (const child of node.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue
    if (child.type !== 'element') {
      kept.push(child)
      continue
    }
    if (DROPPED.has(child.tagName)) continue
    if (child.tagName === 'noscript') {
      // Parsed with scripting off, its content is ordinary (cleaned) markup, what a no-script
      // reader sees; dropping it would also drop what a stray "</noscript>" leaves inside it.
      kept.push(...clean({ ...child, tagName: 'span', properties: {} }, depth + 1).children)
      continue
    }
    if (depth >= MAX_HTML_DEPTH) {
      // Too deep to keep its structure: keep its words as one paragraph of text.
      const text = flatText(child).replace(/\s+/g, ' ').trim()
      if (text)
        kept.push({
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [{ type: 'text', value: text }],
        })
      continue
    }
    const props = child.properties
    for (const key of Object.keys(props)) {
      if (/^on/i.test(key) || key === 'style') delete props[key]
    }
    if (child.tagName === 'a' && !safeUrl(props['href'])) {
      // A link that is not http(s) or mailto keeps its words and loses its target.
      kept.push(...clean({ ...child, tagName: 'span', properties: {} }, depth + 1).children)
      continue
    }
    if (child.tagName === 'img' && !/^https?:/i.test(String(props['src'] ?? ''))) {
      const alt = String(props['alt'] ?? '').trim()
      if (alt) kept.push({ type: 'text', value: `[image: ${alt}]` })
      continue
    }
    kept.push(clean(child, depth + 1))
  }
  node.children = kept as T['children']
  return node
}

/** First element named `tag` in document order; iterative. */
function find(node: Nodes, tag: string): Element | null {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.type === 'element' && n.tagName === tag) return n
    if ('children' in n)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes)
  }
  return null
}

function parse(html: string): Root {
  try {
    return fromHtml(html)
  } catch (e) {
    // hast's converter recurses once per element level; a page thousands deep overflows it.
    if (e instanceof RangeError) throw new TooDeepHtml('too deep')
    throw e
  }
}

/** Converts an HTML document to Markdown through a real HTML parser; returns its title if it has one. */
export function htmlToMarkdown(html: string): { title: string | null; markdown: string } {
  const tree = parse(html)
  const titleEl = find(tree, 'title') ?? find(tree, 'h1')
  const title = titleEl ? flatText(titleEl).replace(/\s+/g, ' ').trim() || null : null
  const body = find(tree, 'body') ?? tree
  const root: Root = clean({
    type: 'root',
    children: body.type === 'root' ? body.children : body.children,
  })
  const mdast = toMdast(root)
  const markdown = toMarkdown(mdast, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    fences: true,
    rule: '-',
    extensions: [gfmToMarkdown()],
  })
  return { title, markdown: markdown.trim() + '\n' }
}
