import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { loadCorpus } from '../eval/corpus/truth'
import { READ_SETS } from '../eval/sets'
import { convertFile } from '../src/core/import/convert'

/**
 * A Markdown text of at least `words` words made of real articles: the converted bodies of the
 * labelled articles in `eval/` (as `galley check` would read each), whole, one after another
 * until there are enough words. Real writing has the names, quotes and disclosures random
 * words lack, and with them the analysers' real cost (issue 11's 50k-word target).
 */
export async function realArticles(words: number): Promise<string> {
  const root = join(import.meta.dirname, '..', 'eval')
  const bodies: string[] = []
  let count = 0
  // Never ../shared/corpus (beside the repository, not always there) nor a measure-only set.
  for (const set of READ_SETS) {
    for (const article of await loadCorpus(join(root, set))) {
      const { body } = await convertFile(basename(article.path), await readFile(article.path))
      bodies.push(body.trim())
      count += body.split(/\s+/).filter(Boolean).length
      if (count >= words) return bodies.join('\n\n') + '\n'
    }
  }
  throw new Error(`the labelled sets hold only ${count} words, fewer than ${words}`)
}
