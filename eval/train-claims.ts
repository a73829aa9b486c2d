// `npm run train:claims [-- --cv] [--write]`: fits the claim spotter's check-worthiness model
// (src/shared/claims/model.ts) on the labelled article sets and measures it by leave-one-set-out
// cross-validation through the production spotter and the corpus scoring rules.
//
// --cv     leave-one-set-out cross-validation: for each set, a model trained on the other sets
//          (and the team's labelled sentences) scores it at every threshold; the old hand-rule
//          spotter is scored alongside. The threshold is picked on the pooled held-out figures.
// --write  fits on every set and writes src/shared/claims/claim-model.json (weights only: no
//          article text is stored).
//
// The sets are read at train time from where they live; a blind set is read here only once it
// is spent (measured and then read as a tuning set): eval/blind5 is not.
import { readFile, writeFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { Matrix } from 'ml-matrix'
import LogisticRegression from 'ml-logistic-regression'
import { convertFile } from '../src/core/import/convert'
import type { Analyser } from '../src/core/check/report'
import { runCheck } from '../src/core/check/run'
import { spotClaims, type Candidate } from '../src/shared/claims/spotter'
import { FEATURES } from '../src/shared/claims/features'
import type { ClaimModel } from '../src/shared/claims/model'
import { LABELLED_SENTENCES } from './cases/claim-sentences'
import { scoreArticle } from './corpus/score'
import { loadCorpus, type Truth } from './corpus/truth'
import { locate, project } from './corpus/visible'

const HERE = import.meta.dirname
/** The labelled sets, by name: every spent set; the unmeasured eval/blind5 is not among them. */
export const SETS: readonly { name: string; dir: string }[] = [
  { name: 'corpus', dir: resolve(HERE, '..', '..', 'shared', 'corpus') },
  { name: 'articles', dir: resolve(HERE, 'articles') },
  { name: 'holdout', dir: resolve(HERE, 'holdout') },
  { name: 'fresh', dir: resolve(HERE, 'fresh') },
  { name: 'blind', dir: resolve(HERE, 'blind') },
  { name: 'blind2', dir: resolve(HERE, 'blind2') },
  { name: 'blind3', dir: resolve(HERE, 'blind3') },
  { name: 'blind4', dir: resolve(HERE, 'blind4') },
]

interface Article {
  readonly set: string
  readonly path: string
  readonly file: string
  readonly body: string
  readonly truth: Truth
  /** The true claims' spans in the body. */
  readonly claims: readonly { start: number; end: number }[]
}

interface Row {
  readonly x: Float64Array
  readonly y: number
  /** Training weight (the labelled sentences count less than the articles). */
  readonly w: number
}

async function loadSet(name: string, dir: string): Promise<Article[]> {
  const out: Article[] = []
  for (const a of await loadCorpus(dir)) {
    const { body } = await convertFile(basename(a.path), await readFile(a.path))
    const projection = project(body)
    const claims = a.truth.claims.flatMap((c) => locate(body, projection, c))
    out.push({ set: name, path: a.path, file: a.truth.file, body, truth: a.truth, claims })
  }
  return out
}

/** The candidate clauses of an article, each labelled by whether it touches a true claim. */
function rowsOf(a: Article): Row[] {
  const rows: Row[] = []
  const onCandidate = (c: Candidate) => {
    const y = a.claims.some((s) => Math.min(s.end, c.end) > Math.max(s.start, c.start)) ? 1 : 0
    rows.push({ x: c.features, y, w: 1 })
  }
  spotClaims(a.body, { model: null, onCandidate })
  return rows
}

/** The labelled sentences: every candidate of a check-worthy sentence counts as one. */
function sentenceRows(weight: number): Row[] {
  const rows: Row[] = []
  for (const s of LABELLED_SENTENCES) {
    const y = s.checkWorthy ? 1 : 0
    spotClaims(s.text, {
      model: null,
      onCandidate: (c) => rows.push({ x: c.features, y, w: weight }),
    })
  }
  return rows
}

/**
 * A logistic regression fitted with ml-logistic-regression (batch gradient ascent; the number
 * of steps, not a penalty, keeps the weights small). Rows with weight w are repeated
 * round(w * 2) times against articles' 2.
 */
export function fit(rows: readonly Row[], steps: number, drop: readonly string[] = []): ClaimModel {
  const off = FEATURES.map((f) => drop.some((d) => f.startsWith(d)))
  const xs: number[][] = []
  const ys: number[] = []
  for (const r of rows) {
    const times = Math.max(1, Math.round(r.w * 2))
    for (let k = 0; k < times; k++) {
      xs.push(Array.from(r.x, (v, i) => (off[i] ? 0 : v)))
      ys.push(r.y)
    }
  }
  const lr = new LogisticRegression({ numSteps: steps, learningRate: RATE / xs.length })
  lr.train(new Matrix(xs), Matrix.columnVector(ys))
  // The first one-vs-rest classifier separates label 1 from label 0: its weights are P(claim).
  const weights = lr.classifiers[0]?.weights.to1DArray() ?? []
  return { features: FEATURES, weights, threshold: 0.5 }
}

/** Gradient step per row: the library sums the gradient over rows. */
const RATE = 4

interface ClaimFigures {
  found: number
  truth: number
  detected: number
  extra: number
}

/**
 * Claim figures of the spotter on some articles, by the corpus README's definitions: each
 * article goes through `galley check`'s runCheck (import, then the claims analyser built as
 * claimsAnalyser is, with `model` deciding) and its report is scored by eval/corpus/score.ts.
 */
async function scoreClaims(
  articles: readonly Article[],
  model: ClaimModel | null,
): Promise<ClaimFigures> {
  const analyser: Analyser = {
    name: 'claims',
    run: ({ body }) => ({
      claims: spotClaims(body, { model }).map(({ start, end, text, rules }) => ({
        start,
        end,
        text,
        rules,
      })),
    }),
  }
  const f = { found: 0, truth: 0, detected: 0, extra: 0 }
  for (const a of articles) {
    const report = await runCheck(a.path, [analyser])
    const s = scoreArticle(a.truth, a.body, report)
    f.found += s.claims.found
    f.truth += s.claims.truth
    f.detected += s.claims.detected
    f.extra += s.claims.extra
  }
  return f
}

const recall = (f: ClaimFigures) => f.found / Math.max(1, f.truth)
const extra = (f: ClaimFigures) => f.extra / Math.max(1, f.detected)
const show = (f: ClaimFigures) =>
  `${recall(f).toFixed(2)} / ${extra(f).toFixed(2)} (${f.found}/${f.truth}, +${f.extra} of ${f.detected})`
const add = (a: ClaimFigures, b: ClaimFigures): ClaimFigures => ({
  found: a.found + b.found,
  truth: a.truth + b.truth,
  detected: a.detected + b.detected,
  extra: a.extra + b.extra,
})

const THRESHOLDS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]

async function main(argv: readonly string[]): Promise<void> {
  const steps = Number(argv[argv.indexOf('--steps') + 1]) || 3000
  const sentenceWeight = argv.includes('--no-sentences') ? 0 : 0.5
  // Feature name prefixes left out of the fit ("rules:,veto:"), to see what carries.
  const drop = argv.includes('--drop') ? (argv[argv.indexOf('--drop') + 1] ?? '').split(',') : []
  const articles = (await Promise.all(SETS.map((s) => loadSet(s.name, s.dir)))).flat()
  const rowsBy = new Map(articles.map((a) => [a, rowsOf(a)]))
  const sentences = sentenceWeight > 0 ? sentenceRows(sentenceWeight) : []
  const all = [...rowsBy.values()].flat()
  console.log(
    `${articles.length} articles, ${all.length} candidate clauses (${all.filter((r) => r.y).length} touch a claim), ${sentences.length} from labelled sentences`,
  )

  if (argv.includes('--cv')) {
    const zero = { found: 0, truth: 0, detected: 0, extra: 0 }
    const pooled = new Map<number, ClaimFigures>(THRESHOLDS.map((t) => [t, zero]))
    let old = zero
    const lines: string[] = []
    for (const held of SETS) {
      const test = articles.filter((a) => a.set === held.name)
      const train = articles.filter((a) => a.set !== held.name).flatMap((a) => rowsBy.get(a) ?? [])
      const model = fit([...train, ...sentences], steps, drop)
      const before = await scoreClaims(test, null)
      old = add(old, before)
      const cells: string[] = []
      for (const t of THRESHOLDS) {
        const f = await scoreClaims(test, { ...model, threshold: t })
        pooled.set(t, add(pooled.get(t) ?? zero, f))
        cells.push(`${t}: ${show(f)}`)
      }
      lines.push(`${held.name}\n  rules: ${show(before)}\n  ${cells.join('\n  ')}`)
      console.log(lines[lines.length - 1])
    }
    console.log(`\npooled held-out\n  rules: ${show(old)}`)
    for (const t of THRESHOLDS) console.log(`  ${t}: ${show(pooled.get(t) ?? zero)}`)
  }

  if (argv.includes('--write')) {
    const threshold = Number(argv[argv.indexOf('--threshold') + 1]) || 0.5
    const model = fit([...all, ...sentences], steps, drop)
    const out = {
      about:
        'Check-worthiness model of the claim spotter (src/shared/claims/model.ts): logistic regression weights over features.ts, fitted by eval/train-claims.ts. Weights only.',
      threshold,
      features: model.features,
      weights: model.weights.map((w) => Math.round(w * 1e4) / 1e4),
    }
    const path = resolve(HERE, '..', 'src', 'shared', 'claims', 'claim-model.json')
    await writeFile(path, `${JSON.stringify(out, null, 2)}\n`)
    console.log(`wrote ${path}`)
    const ranked = model.features
      .map((f, i) => [f, model.weights[i] ?? 0] as const)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    console.log(ranked.map(([f, w]) => `${f} ${w.toFixed(2)}`).join('\n'))
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main(process.argv.slice(2))
}
