import { memo, useEffectEvent, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react'
import type { Nodes, Parents, Root, TableCell } from 'mdast'
import { offsetsOf } from './offsets'
import { parseArticle } from './parse'
import { nestingProblem } from '@shared/text/nesting'

/**
 * Renders a Markdown body as a reader sees it, from the mdast tree into React elements:
 * never HTML from the draft, never a live link. Every text node carries its body offsets
 * (`data-start`, `data-end`), the 1:1 map the review margins anchor to.
 */
export const Article = memo(function Article({
  body,
  label,
  onRendered,
}: {
  body: string
  label: string
  /** Called after each body is in the DOM, with the article element (for margins to anchor to). */
  onRendered?: (article: HTMLElement, body: string) => void
}) {
  const tree = useMemo(() => {
    // A body nested too deep to parse or render is refused before the parser sees it; the
    // error boundary around the article says so instead of the whole window going blank.
    const nested = nestingProblem(body)
    if (nested) throw new Error(`This text ${nested.replace(/^it /, '')}.`)
    return parseArticle(body)
  }, [body])
  const ref = useRef<HTMLElement>(null)
  const rendered = useEffectEvent((el: HTMLElement) => onRendered?.(el, body))
  useLayoutEffect(() => {
    if (ref.current) rendered(ref.current)
  }, [tree])
  return (
    <article ref={ref} className="article" aria-label={label}>
      {tree.children.length === 0 ? (
        <p className="article-empty">This revision has no text yet.</p>
      ) : (
        renderChildren(tree)
      )}
    </article>
  )
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
