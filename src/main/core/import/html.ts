import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'

/** Elements whose content is never article text; dropped with everything inside them. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
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

function safeUrl(value: unknown): boolean {
  return typeof value === 'string' && SAFE_LINK.test(value.trim())
}

/** Removes scripts, styles, embedded content, event attributes and unsafe URLs, in place. */
function clean<T extends Root | Element>(node: T): T {
  const kept: (RootContent | ElementContent)[] = []
  for (const child of node.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue
    if (child.type !== 'element') {
      kept.push(child)
      continue
    }
    if (DROPPED.has(child.tagName)) continue
    const props = child.properties
    for (const key of Object.keys(props)) {
      if (/^on/i.test(key) || key === 'style') delete props[key]
    }
    if (child.tagName === 'a' && !safeUrl(props['href'])) {
      // A link that is not http(s) or mailto keeps its words and loses its target.
      kept.push(...clean({ ...child, tagName: 'span', properties: {} }).children)
      continue
    }
    if (child.tagName === 'img' && !/^https?:/i.test(String(props['src'] ?? ''))) {
      const alt = String(props['alt'] ?? '').trim()
      if (alt) kept.push({ type: 'text', value: `[image: ${alt}]` })
      continue
    }
    kept.push(clean(child))
  }
  node.children = kept as T['children']
  return node
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('')
  return ''
}

function find(node: Nodes, tag: string): Element | null {
  if (node.type === 'element' && node.tagName === tag) return node
  if ('children' in node) {
    for (const c of node.children) {
      const hit = find(c as Nodes, tag)
      if (hit) return hit
    }
  }
  return null
}

/** Converts an HTML document to Markdown through a real HTML parser; returns its title if it has one. */
export function htmlToMarkdown(html: string): { title: string | null; markdown: string } {
  const tree = fromHtml(html)
  const titleEl = find(tree, 'title') ?? find(tree, 'h1')
  const title = titleEl ? textOf(titleEl).replace(/\s+/g, ' ').trim() || null : null
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
