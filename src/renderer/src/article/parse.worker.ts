// Parsing a long draft's Markdown off the window's thread: micromark takes about half a second
// for a million characters, which would freeze the window as the draft opens.
import type { Root } from 'mdast'
import { parseArticle } from './parse'

/** Asked: a body to parse. Answered: its tree, or why it could not be parsed. */
export type ParseRequest = { readonly id: number; readonly body: string }
export type ParseAnswer =
  { readonly id: number; readonly tree: Root } | { readonly id: number; readonly error: string }

// A dedicated worker's postMessage takes one argument; the DOM typings describe the window's.
const scope = self as unknown as { postMessage(m: ParseAnswer): void }

onmessage = (e: MessageEvent<ParseRequest>) => {
  const { id, body } = e.data
  try {
    scope.postMessage({ id, tree: parseArticle(body) })
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) })
  }
}
