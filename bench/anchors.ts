import search from 'approx-string-match'
import { buildOffsetMap, createAnchor, reanchor, type TextAnchor } from '../src/shared/anchors'
import { article, rng } from './fixtures'
import { median, type Result } from './report'

/** A revision with scattered word edits and, for every old offset, where it truly went. */
interface Edited {
  readonly text: string
  /** New offset of an old offset taken as a start (after anything inserted there). */
  readonly right: Int32Array
  /** New offset of an old offset taken as an end (before anything inserted there). */
  readonly left: Int32Array
}

/** Replace, delete or insert before about `rate` of the words, recording the true offset map. */
export function editWords(old: string, rate: number, seed: number): Edited {
  const rand = rng(seed)
  const right = new Int32Array(old.length + 1)
  const left = new Int32Array(old.length + 1)
  const out: string[] = []
  let n = 0
  const emit = (s: string): void => {
    out.push(s)
    n += s.length
  }
  const re = /(\S+)(\s*)/g
  let last = 0
  for (let m = re.exec(old); m; m = re.exec(old)) {
    for (let p = last; p < m.index; p++) left[p] = right[p] = n + (p - last)
    if (m.index > last) emit(old.slice(last, m.index))
    const start = m.index
    const word = m[1] as string
    const ws = m[2] as string
    const roll = rand()
    const kind =
      roll >= rate
        ? 'keep'
        : roll < rate * 0.5
          ? 'replace'
          : roll < rate * 0.75
            ? 'delete'
            : 'insert'
    if (kind === 'delete') {
      for (let p = start; p <= start + word.length + ws.length; p++) left[p] = right[p] = n
    } else {
      if (kind === 'insert') {
        left[start] = n
        emit('newly ')
      }
      const w = kind === 'replace' ? 'revised' : word
      if (kind !== 'insert') left[start] = n
      right[start] = n
      for (let p = 1; p < word.length; p++)
        left[start + p] = right[start + p] = kind === 'replace' ? n : n + p
      emit(w)
      for (let p = 0; p <= ws.length; p++)
        left[start + word.length + p] = right[start + word.length + p] = n + p
      emit(ws)
    }
    last = start + word.length + ws.length
  }
  left[old.length] = right[old.length] = n
  return { text: out.join(''), right, left }
}

/** Anchors of 3–12 words, starting and ending on word edges inside one paragraph. */
export function pickAnchors(text: string, count: number, seed: number): TextAnchor[] {
  const rand = rng(seed)
  const words = [...text.matchAll(/[^\s]+/g)].map((m) => [m.index, m.index + m[0].length] as const)
  const out: TextAnchor[] = []
  while (out.length < count) {
    const i = Math.floor(rand() * words.length)
    const j = i + 2 + Math.floor(rand() * 10)
    const a = words[i]
    const b = words[j]
    if (!a || !b) continue
    if (text.slice(a[0], b[1]).includes('\n')) continue
    out.push(createAnchor(text, a[0], b[1]))
  }
  return out
}

/**
 * Re-anchoring 2,000 anchors on a 50k-word draft after 2% scattered word edits, against the
 * true positions; timed alongside a plain whole-text fuzzy search of every quote.
 */
export async function reanchorBench(smoke: boolean): Promise<Result[]> {
  const words = smoke ? 5_000 : 50_000
  const count = smoke ? 200 : 2_000
  const runs = smoke ? 1 : 3
  const old = article(words, 21)
  const within: number[] = []
  const dropped: number[] = []
  const ours: number[] = []
  const ratios: number[] = []
  for (let r = 0; r < runs; r++) {
    const edited = editWords(old, 0.02, 300 + r)
    const anchors = pickAnchors(old, count, 400 + r)
    const t0 = performance.now()
    const out = reanchor(anchors, old, edited.text, buildOffsetMap(old, edited.text))
    const t = performance.now() - t0
    let close = 0
    out.forEach((res, k) => {
      const a = anchors[k] as TextAnchor
      const ts = edited.right[a.start] as number
      const te = edited.left[a.end] as number
      if (res.status !== 'orphaned' && Math.abs(res.start - ts) <= 3 && Math.abs(res.end - te) <= 3)
        close++
    })
    const t1 = performance.now()
    for (const a of anchors) search(edited.text, a.exact, Math.floor(a.exact.length * 0.2))
    const plain = performance.now() - t1
    within.push((100 * close) / count)
    dropped.push(count - out.length)
    ours.push(t)
    ratios.push(t / plain)
  }
  const label = `reanchor ${words / 1000}k words, ${count} anchors, 2% edits`
  return [
    {
      name: `${label}: within 3 chars of truth`,
      value: median(within),
      unit: '%',
      target: 99,
      better: 'higher',
    },
    {
      name: `${label}: dropped`,
      value: Math.max(...dropped),
      unit: 'anchors',
      target: 0,
      better: 'lower',
    },
    {
      name: `${label}: time (diff + map + search)`,
      value: median(ours),
      unit: 'ms',
      target: 500,
      better: 'lower',
    },
    {
      name: `${label}: vs plain whole-text fuzzy search`,
      value: median(ratios),
      unit: '×',
      target: 0.3,
      better: 'lower',
    },
  ]
}
