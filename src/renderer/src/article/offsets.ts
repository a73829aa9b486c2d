import type { Node } from 'mdast'

/** The `data-start`/`data-end` attributes that tie a rendered element to body offsets. */
export interface OffsetAttributes {
  readonly 'data-start'?: number
  readonly 'data-end'?: number
}

/** A node's body offsets as data attributes (none when the parser gave no position). */
export function offsetsOf(node: Node): OffsetAttributes {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return {}
  return { 'data-start': start, 'data-end': end }
}
