import {
  memo,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import type { Nodes, Parents, Root, RootContent, TableCell } from 'mdast'
import { offsetsOf } from './offsets'
import { useArticleTree } from './tree'
import { nestingProblem } from '@shared/text/nesting'

/** About how many characters of the body each step of rendering a long article adds. */
const STEP_CHARS = 30_000

/** How many of `blocks` after the first `from` make up about `chars` characters of the body. */
function blocksFor(blocks: readonly RootContent[], from: number, chars: number): number {
  const start = blocks[from]?.position?.start.offset ?? 0
  let i = from
  while (i < blocks.length && (blocks[i]?.position?.start.offset ?? 0) - start < chars) i++
  return Math.max(i, Math.min(from + 1, blocks.length))
}

/**
 * Renders a Markdown body as a reader sees it, from the mdast tree into React elements:
 * never HTML from the draft, never a live link. Every text node carries its body offsets
 * (`data-start`, `data-end`), the 1:1 map the review margins anchor to.
 *
 * A long body (see `useArticleTree`) is parsed off the window's thread and rendered in steps
 * of about 30,000 characters, each in its own task, so the window paints its opening at once
 * and answers input meanwhile; `onRendered` is told when the opening is in the DOM and again,
 * with `complete`, when all of it is.
 */
export const Article = memo(function Article({
  body,
  label,
  onRendered,
}: {
  body: string
  label: string
  /**
   * Called with the article element once its body's text is in the DOM (for margins to anchor
   * to): for a long body first with its opening (`complete` false), then with all of it.
   */
  onRendered?: (article: HTMLElement, body: string, complete: boolean) => void
}) {
  // A body nested too deep to parse or render is refused before the parser sees it; the
  // error boundary around the article says so instead of the whole window going blank.
  const nested = useMemo(() => nestingProblem(body), [body])
  if (nested) throw new Error(`This text ${nested.replace(/^it /, '')}.`)
  const { tree, whole } = useArticleTree(body)
  const blocks = tree.children
  // How many top-level blocks are in the DOM: a long article grows a step per task.
  const [shown, setShown] = useState(() => blocksFor(blocks, 0, STEP_CHARS))
  const [shownOf, setShownOf] = useState(body)
  if (shownOf !== body) {
    setShownOf(body)
    setShown(blocksFor(blocks, 0, STEP_CHARS))
  }
  const count = Math.min(Math.max(shown, blocksFor(blocks, 0, STEP_CHARS)), blocks.length)
  const complete = whole && count >= blocks.length
  useEffect(() => {
    if (count >= blocks.length) return
    const timer = setTimeout(() => setShown(blocksFor(blocks, count, STEP_CHARS)), 0)
    return () => clearTimeout(timer)
  }, [blocks, count])

  const ref = useRef<HTMLElement>(null)
  const told = useRef<{ body: string; complete: boolean } | null>(null)
  const rendered = useEffectEvent((el: HTMLElement) => onRendered?.(el, body, complete))
  useLayoutEffect(() => {
    if (!ref.current || (blocks.length === 0 && !whole)) return
    const last = told.current
    if (last && last.body === body && (last.complete || !complete)) return
    told.current = { body, complete }
    rendered(ref.current)
  }, [body, blocks, complete, whole])
  return (
    <article ref={ref} className="article" aria-label={label} aria-busy={!complete}>
      {blocks.length === 0 ? (
        whole ? (
          <p className="article-empty">This revision has no text yet.</p>
        ) : null
      ) : (
        blocks.slice(0, count).map((node, i) => <Block key={i} node={node} />)
      )}
    </article>
  )
})

/** One top-level block: rendered once, not again as the blocks after it arrive. */
const Block = memo(function Block({ node }: { node: RootContent }) {
  return renderNode(node, 0)
})

function renderChildren(parent: Parents | Root): ReactNode[] {
  return parent.children.map((child, i) => renderNode(child, i))
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

function headingTag(depth: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.min(Math.max(depth, 1), 6) - 1] ?? 'h6'
}

/** Raw text shown as text: HTML in a draft is never interpreted. */
function literal(node: Nodes & { value: string }, key: number, className?: string): ReactNode {
  return (
    <span key={key} className={className} {...offsetsOf(node)}>
      {node.value}
    </span>
  )
}

function renderNode(node: Nodes, key: number): ReactNode {
  const at = offsetsOf(node)
  switch (node.type) {
    case 'root':
      return <div key={key}>{renderChildren(node)}</div>
    case 'text':
      return literal(node, key)
    case 'html':
      return literal(node, key, 'article-raw')
    case 'paragraph':
      return (
        <p key={key} {...at}>
          {renderChildren(node)}
        </p>
      )
    case 'heading': {
      const Tag = headingTag(node.depth)
      return (
        <Tag key={key} {...at}>
          {renderChildren(node)}
        </Tag>
      )
    }
    case 'emphasis':
      return (
        <em key={key} {...at}>
          {renderChildren(node)}
        </em>
      )
    case 'strong':
      return (
        <strong key={key} {...at}>
          {renderChildren(node)}
        </strong>
      )
    case 'delete':
      return (
        <del key={key} {...at}>
          {renderChildren(node)}
        </del>
      )
    case 'inlineCode':
      return (
        <code key={key} {...at}>
          {node.value}
        </code>
      )
    case 'code':
      return (
        <pre key={key} className="article-code">
          <code {...at}>{node.value}</code>
        </pre>
      )
    case 'blockquote':
      return (
        <blockquote key={key} {...at}>
          {renderChildren(node)}
        </blockquote>
      )
    case 'list': {
      const items = renderChildren(node)
      return node.ordered ? (
        <ol key={key} start={node.start ?? undefined} {...at}>
          {items}
        </ol>
      ) : (
        <ul key={key} {...at}>
          {items}
        </ul>
      )
    }
    case 'listItem':
      return (
        <li key={key} {...at}>
          {node.checked === true || node.checked === false ? (
            <span className="article-check" aria-label={node.checked ? 'done' : 'not done'}>
              {node.checked ? '☑ ' : '☐ '}
            </span>
          ) : null}
          {node.spread
            ? renderChildren(node)
            : node.children.map((child, i) =>
                // A tight list item's paragraph is shown inline, as browsers do.
                child.type === 'paragraph' ? (
                  <span key={i} className="article-tight" {...offsetsOf(child)}>
                    {renderChildren(child)}
                  </span>
                ) : (
                  renderNode(child, i)
                ),
              )}
        </li>
      )
    case 'thematicBreak':
      return <hr key={key} {...at} />
    case 'break':
      return <br key={key} />
    case 'link':
      return (
        <span
          key={key}
          className="article-link"
          title={`${node.url} (links are not followed from Galley)`}
          {...at}
        >
          {renderChildren(node)}
        </span>
      )
    case 'linkReference':
      return (
        <span key={key} className="article-link" title={node.label ?? node.identifier} {...at}>
          {renderChildren(node)}
        </span>
      )
    case 'image':
    case 'imageReference':
      return (
        <span key={key} className="article-image" {...at}>
          [image{node.alt ? `: ${node.alt}` : ''}]
        </span>
      )
    case 'table':
      return (
        <div key={key} className="article-table-wrap">
          <table {...at}>
            <tbody>
              {node.children.map((row, r) => (
                <tr key={r} {...offsetsOf(row)}>
                  {row.children.map((cell, c) => renderCell(cell, c, r === 0, node.align?.[c]))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
    case 'tableRow':
    case 'tableCell':
      // Only reached inside a table, which renders its rows itself.
      return <span key={key}>{renderChildren(node)}</span>
    case 'footnoteReference':
      return (
        <sup key={key} className="article-footnote-ref" {...at}>
          [{node.label ?? node.identifier}]
        </sup>
      )
    case 'footnoteDefinition':
      return (
        <div key={key} className="article-footnote" {...at}>
          <span className="article-footnote-label">[{node.label ?? node.identifier}]</span>{' '}
          {renderChildren(node)}
        </div>
      )
    case 'definition':
      // A link reference definition is not shown to readers.
      return null
    case 'yaml':
      return null
    default:
      return assertNeverNode(node)
  }
}

function renderCell(
  cell: TableCell,
  key: number,
  header: boolean,
  align: 'left' | 'right' | 'center' | null | undefined,
): ReactNode {
  const Tag = header ? 'th' : 'td'
  return (
    <Tag key={key} className={align ? `align-${align}` : undefined} {...offsetsOf(cell)}>
      {renderChildren(cell)}
    </Tag>
  )
}

/** Exhaustive over mdast's kinds; a kind from an extension we do not enable shows nothing. */
function assertNeverNode(_node: never): ReactNode {
  return null
}
