import { evaluateSpotter } from '../eval/claims'
import {
  FRESH_SENTENCES,
  HELD_OUT_SENTENCES,
  LABELLED_SENTENCES,
} from '../eval/cases/claim-sentences'
import { spotClaims } from '../src/shared/claims/spotter'
import { countWords } from '../src/shared/text'
import { rng } from './fixtures'
import { median, type Result } from './report'

/**
 * A Markdown feature of about `words` words built from the labelled sentences (so sentence
 * lengths and rule density are those of real prose), with headings, list items, links and bold.
 */
export function spotterArticle(words: number, seed = 11): string {
  const rand = rng(seed)
  const pool = [...LABELLED_SENTENCES, ...HELD_OUT_SENTENCES, ...FRESH_SENTENCES].map((s) => s.text)
  const pick = () => pool[Math.floor(rand() * pool.length)] ?? ''
  const blocks: string[] = ['# A long feature']
  let count = 0
  while (count < words) {
    const n = 3 + Math.floor(rand() * 4)
    const sentences = Array.from({ length: n }, pick)
    const r = rand()
    let block: string
    if (r < 0.05) block = `## ${pick().replace(/[.?!]$/, '')}`
    else if (r < 0.15) block = sentences.map((s) => `- ${s}`).join('\n')
    else if (r < 0.25)
      block = sentences
        .map((s, i) => (i === 0 ? `**${s}** [source](https://example.org/${i})` : s))
        .join(' ')
    else block = sentences.join(' ')
    blocks.push(block)
    count += countWords(block)
  }
  return blocks.join('\n\n') + '\n'
}

/**
 * The claim spotter: precision and recall on every labelled sentence (the tuning set and the two
 * held-out sets together), and the time to spot claims in a 50k-word article: once with the
 * language layer's reading included (a fresh text each run, so nothing is cached), and once on a
 * text already read (the analysers share one reading, so this is the spotter's own cost).
 */
export async function claimSpotting(smoke: boolean): Promise<Result[]> {
  const score = evaluateSpotter([...LABELLED_SENTENCES, ...HELD_OUT_SENTENCES, ...FRESH_SENTENCES])
  const words = smoke ? 5_000 : 50_000
  const text = spotterArticle(words)
  const runs = smoke ? 3 : 7
  spotClaims(text) // warm up wink and the regular expressions
  const cold: number[] = []
  const warm: number[] = []
  for (let i = 0; i < runs; i++) {
    const fresh = `${text}\n\nRun ${i + 1}.\n`
    const t0 = performance.now()
    spotClaims(fresh)
    cold.push(performance.now() - t0)
    const t1 = performance.now()
    spotClaims(fresh)
    warm.push(performance.now() - t1)
    await new Promise((r) => setImmediate(r))
  }
  const n = score.truePositives + score.falsePositives + score.falseNegatives + score.trueNegatives
  return [
    {
      name: `claim spotter precision (${n} labelled sentences)`,
      value: score.precision,
      unit: 'ratio',
      target: 0.6,
      better: 'higher',
    },
    {
      name: `claim spotter recall (${n} labelled sentences)`,
      value: score.recall,
      unit: 'ratio',
      target: 0.9,
      better: 'higher',
    },
    {
      name: `spot claims in a ${words / 1000}k-word article already read`,
      value: median(warm),
      unit: 'ms',
      target: 200,
      better: 'lower',
    },
    {
      name: `read and spot claims in a ${words / 1000}k-word article`,
      value: median(cold),
      unit: 'ms',
      target: 2_000,
      better: 'lower',
    },
  ]
}
