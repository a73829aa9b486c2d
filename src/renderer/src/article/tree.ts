// The article's Markdown tree, worked out so that a long draft never freezes the window: a
// short body is parsed at once; a long one shows its opening at once (parsed here, up to a
// paragraph break) while a worker parses the whole.
import { useEffect, useMemo, useState } from 'react'
import type { Root } from 'mdast'
import { parseArticle } from './parse'
import type { ParseAnswer, ParseRequest } from './parse.worker'

/** Bodies longer than this (characters) are parsed off the window's thread. */
export const LONG_BODY = 60_000
/** About how much of a long body is shown before the worker's whole tree arrives. */
const OPENING = 12_000

/** The article's tree; `whole` is false while only the opening of a long body is parsed. */
export interface ArticleTree {
  readonly body: string
  readonly tree: Root
  readonly whole: boolean
}

/**
 * Where a long body's opening may end: at a paragraph break after `from` characters, before a
 * line of plain text (not indented, not a list item, quote, table, HTML or fence), outside any
 * fenced code. Null when there is no such place early on: the whole body is then waited for.
 */
export function openingEnd(body: string, from = OPENING): number | null {
  let fence: string | null = null
  let i = 0
  const limit = Math.min(body.length, from * 4)
  while (i < limit) {
    const nl = body.indexOf('\n', i)
    const end = nl < 0 ? body.length : nl
    const line = body.slice(i, end)
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (opener) {
      if (fence === null) fence = opener
      else if (opener[0] === fence[0] && opener.length >= fence.length) fence = null
    }
    i = end + 1
    if (
      fence === null &&
      i >= from &&
      line.trim() === '' &&
      /^[\p{L}\p{N}“"‘'(]/u.test(body.slice(i, i + 1)) &&
      !/^\d{1,9}[.)](\s|$)/.test(body.slice(i, i + 11))
    )
      return i
    if (nl < 0) break
  }
  return null
}

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, (a: ParseAnswer) => void>()

/** Parses `body` on the article worker (one for the window, started on first use). */
function parseOffThread(body: string): Promise<Root> {
  if (!worker) {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<ParseAnswer>) => {
      waiting.get(e.data.id)?.(e.data)
      waiting.delete(e.data.id)
    }
  }
  const w = worker
  return new Promise((resolve, reject) => {
    const id = nextId++
    waiting.set(id, (a) => ('tree' in a ? resolve(a.tree) : reject(new Error(a.error))))
    w.postMessage({ id, body } satisfies ParseRequest)
  })
}

/**
 * The tree of `body`: at once for a short body (or where no worker can run); for a long one,
 * its opening at once and the whole tree when the worker has it (parsed here if it fails).
 */
export function useArticleTree(body: string): ArticleTree {
  const long = body.length > LONG_BODY && typeof Worker !== 'undefined'
  const first = useMemo<ArticleTree>(() => {
    const end = long ? openingEnd(body) : null
    if (long && end !== null) return { body, tree: parseArticle(body.slice(0, end)), whole: false }
    return { body, tree: long ? { type: 'root', children: [] } : parseArticle(body), whole: !long }
  }, [body, long])
  const [parsed, setParsed] = useState<ArticleTree | null>(null)
  useEffect(() => {
    if (!long) return
    let live = true
    parseOffThread(body)
      .catch(() => parseArticle(body))
      .then((tree) => live && setParsed({ body, tree, whole: true }))
    return () => {
      live = false
    }
  }, [body, long])
  return parsed?.body === body ? parsed : first
}
