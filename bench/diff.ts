import { diffWords } from 'diff'
import { applyDecisions, diffRevisions } from '../src/shared/diff'
import { article, rng } from './fixtures'
import { median, type Result } from './report'

const BUDGET_MS = 200
// Plain diffWords on a whole 20k-word document can take seconds: cap it, and say so if it hits.
const PLAIN_TIMEOUT_MS = 20_000

/** Replace, insert or delete about `rate` of the words, scattered, deterministically. */
export function scatterEdits(text: string, rate: number, seed: number): string {
  const rand = rng(seed)
  return text.replace(/[a-z]+/g, (w) => {
    if (rand() >= rate) return w
    const roll = rand()
    if (roll < 0.5) return 'revised'
    if (roll < 0.75) return `${w} newly`
    return ''
  })
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now()
  const v = f()
  return [v, performance.now() - t0]
}

/**
 * The revision diff on generated 20k-word pairs, each run measured alongside plain jsdiff
 * `diffWords` on the same pair: 2% and 10% scattered word edits, and two unrelated texts.
 */
export async function diffBench(smoke: boolean): Promise<Result[]> {
  const words = smoke ? 2_000 : 20_000
  const runs = smoke ? 2 : 7
  const base = article(words, 11)
  const results: Result[] = []
  // One untimed pass so that both sides are measured warm.
  const warm = scatterEdits(base, 0.02, 99)
  diffRevisions(base, warm)
  diffWords(base, warm, { timeout: PLAIN_TIMEOUT_MS })
  for (const [rate, target, ratioTarget] of [
    [0.02, 50, 0.3],
    [0.1, 150, 0.1],
  ] as const) {
    const ours: number[] = []
    const ratios: number[] = []
    let plainTimedOut = false
    for (let r = 0; r < runs; r++) {
      const next = scatterEdits(base, rate, 100 + r)
      // Alternate which side runs first, so neither always pays for the other's garbage.
      const runOurs = () => time(() => diffRevisions(base, next, { timeoutMs: BUDGET_MS }))
      const runPlain = () => time(() => diffWords(base, next, { timeout: PLAIN_TIMEOUT_MS }))
      let ourRun: ReturnType<typeof runOurs>
      let plainRun: ReturnType<typeof runPlain>
      if (r % 2 === 0) {
        ourRun = runOurs()
        plainRun = runPlain()
      } else {
        plainRun = runPlain()
        ourRun = runOurs()
      }
      const [d, t] = ourRun
      const [plain, tp] = plainRun
      if (d.fallback !== 'none') throw new Error(`diff fell back (${d.fallback}) at ${rate}`)
      if (!plain) plainTimedOut = true
      ours.push(t)
      ratios.push(t / tp)
    }
    const pct = Math.round(rate * 100)
    results.push(
      {
        name: `diff ${words / 1000}k words, ${pct}% edits`,
        value: median(ours),
        unit: 'ms',
        target,
        better: 'lower',
      },
      {
        name: `diff ${words / 1000}k words, ${pct}% edits vs plain diffWords${plainTimedOut ? ' (plain hit its 20 s cap: ratio is an upper bound)' : ''}`,
        value: median(ratios),
        unit: '×',
        target: ratioTarget,
        better: 'lower',
      },
    )
  }
  const unrelated: number[] = []
  for (let r = 0; r < runs; r++) {
    const other = article(words, 500 + r)
    const [d, t] = time(() => diffRevisions(base, other, { timeoutMs: BUDGET_MS }))
    // Coarser or not, the result must still be exact.
    if (applyDecisions(base, other, d, new Set(d.changes.map((c) => c.id))) !== other)
      throw new Error('unrelated-text diff does not reproduce the new text')
    unrelated.push(t)
  }
  results.push({
    name: `diff ${words / 1000}k words, unrelated texts (budget ${BUDGET_MS} ms)`,
    value: median(unrelated),
    unit: 'ms',
    target: BUDGET_MS + 50,
    better: 'lower',
  })
  return results
}
