import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** One labelled article's ground truth, as the corpus README defines it. */
export interface Truth {
  readonly file: string
  readonly genre: string
  readonly expected_exit: number
  readonly quotes: readonly {
    readonly text: string
    readonly speaker: string | null
    readonly kind: 'direct' | 'qa-answer'
  }[]
  readonly claims: readonly string[]
  readonly disclosures: readonly { readonly text: string; readonly kind: string }[]
  readonly findings: readonly {
    readonly severity: 'error' | 'warning'
    readonly rule: string
    readonly overlaps: readonly string[]
  }[]
}

/** An article of the corpus: its path and its truth. */
export interface Article {
  readonly path: string
  readonly truth: Truth
}

/** Every article in `dir` that has a `<file>.truth.json` beside it, in name order. */
export async function loadCorpus(dir: string): Promise<Article[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.truth.json')).sort()
  const out: Article[] = []
  for (const name of names) {
    const truth = JSON.parse(await readFile(join(dir, name), 'utf8')) as Truth
    out.push({ path: join(dir, name.slice(0, -'.truth.json'.length)), truth })
  }
  return out
}
