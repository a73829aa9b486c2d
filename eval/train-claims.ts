// `npm run train:claims [-- --cv] [--write]`: fits the claim spotter's check-worthiness model
// (src/shared/claims/model.ts) on the labelled article sets and measures it by leave-one-set-out
// cross-validation through the production spotter and the corpus scoring rules.
//
// --cv        leave-one-set-out cross-validation: for each set, a model trained on the other sets
//             (and the team's labelled sentences) scores it; the hand rules are scored alongside,
//             and so are the model deciding alone at several thresholds and the model re-scoring
//             the rules' candidates (vetoing some, adding cued ones the rules dropped). The
//             thresholds are picked on the pooled held-out figures, never per set.
// --write     fits on every set and writes src/shared/claims/claim-model.json (weights only: no
//             article text is stored), with --threshold T, --keep K and --add A.
// --corpus-weight W   how much each development-corpus candidate counts against another set's
//             (default 3: the held-out set that decides the issue is by the corpus's author).
// --lambda L  the L2 penalty (default 1).
// --all       train on every candidate, not only those a cue marks.
// --drop P,Q  feature name prefixes left out of the fit.
//
// The sets are read at train time from where they live; a blind set is read here only once it
// is spent (measured and then read as a tuning set): eval/blind12 is not.
import { readFile, writeFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { convertFile } from '../src/core/import/convert'
import type { CheckReport } from '../src/core/check/report'
import { spotClaims, type Candidate } from '../src/shared/claims/spotter'
import { FEATURES } from '../src/shared/claims/features'
import type { ClaimModel } from '../src/shared/claims/model'
import { LABELLED_SENTENCES } from './cases/claim-sentences'
import { scoreArticle } from './corpus/score'
import { loadCorpus, type Truth } from './corpus/truth'
import { locate, project } from './corpus/visible'

const HERE = import.meta.dirname
/** The labelled sets, by name: every spent set; the unmeasured eval/blind12 is not among them. */
export const SETS: readonly { name: string; dir: string }[] = [
  // The development corpus beside the project (GALLEY_CORPUS when it is elsewhere: a clone).
  {
    name: 'corpus',
    dir: process.env.GALLEY_CORPUS ?? resolve(HERE, '..', '..', 'shared', 'corpus'),
  },
  ...[
    'articles',
    'holdout',
    'fresh',
    'blind',
    'blind2',
    'blind3',
    'blind4',
    'blind5',
    'blind6',
    'blind7',
    'blind8',
    'blind9',
    'blind10',
    'blind11',
  ].map((name) => ({ name, dir: resolve(HERE, name) })),
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

export interface Row {
  readonly x: Float64Array
  readonly y: number
  /** Training weight (the labelled sentences count less than the articles). */
  readonly w: number
  /** A cue marks the clause (only such a clause is re-scored when the model and rules combine). */
  readonly cued?: boolean
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
function rowsOf(a: Article, w: number): Row[] {
  const rows: Row[] = []
  const onCandidate = (c: Candidate) => {
    const y = a.claims.some((s) => Math.min(s.end, c.end) > Math.max(s.start, c.start)) ? 1 : 0
    rows.push({ x: c.features, y, w, cued: c.cued })
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
      onCandidate: (c) => rows.push({ x: c.features, y, w: weight, cued: c.cued }),
    })
  }
  return rows
}

/**
 * A weighted logistic regression with an L2 penalty (not on the bias), fitted by Newton's method:
 * each step solves the penalised Hessian by Cholesky. `iterations` Newton steps (8–15 converge on
 * these data); `drop` lists feature name prefixes whose inputs are zeroed.
 */
export function fit(
  rows: readonly Row[],
  iterations = 15,
  drop: readonly string[] = [],
  lambda = 1,
): ClaimModel {
  const d = FEATURES.length
  const off = FEATURES.map((f) => drop.some((p) => f.startsWith(p)))
  const bias = FEATURES.indexOf('bias')
  const w = new Float64Array(d)
  const g = new Float64Array(d)
  const h = new Float64Array(d * d)
  for (let it = 0; it < iterations; it++) {
    g.fill(0)
    h.fill(0)
    for (const r of rows) {
      let z = 0
      for (let i = 0; i < d; i++) if (!off[i]) z += w[i]! * r.x[i]!
      const p = 1 / (1 + Math.exp(-z))
      const e = r.w * (r.y - p)
      const v = r.w * Math.max(p * (1 - p), 1e-9)
      for (let i = 0; i < d; i++) {
        const xi = off[i] ? 0 : r.x[i]!
        if (xi === 0) continue
        g[i]! += e * xi
        const row = i * d
        for (let j = 0; j <= i; j++) {
          const xj = off[j] ? 0 : r.x[j]!
          if (xj !== 0) h[row + j]! += v * xi * xj
        }
      }
    }
    for (let i = 0; i < d; i++) {
      const pen = i === bias ? 1e-6 : lambda
      g[i]! -= pen * w[i]!
      h[i * d + i]! += pen
    }
    const step = solve(h, g, d)
    let change = 0
    for (let i = 0; i < d; i++) {
      w[i]! += step[i]!
      change = Math.max(change, Math.abs(step[i]!))
    }
    if (change < 1e-6) break
  }
  return { features: FEATURES, weights: Array.from(w), threshold: 0.5 }
}

/** Solves A x = b for a symmetric positive definite A given by its lower triangle (Cholesky). */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * n + j]!
    }
  }
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let s = b[i]!
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!
    y[i] = s / l[i * n + i]!
  }
  const x = new Float64Array(n)
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!
    x[i] = s / l[i * n + i]!
  }
  return x
}

interface ClaimFigures {
  found: number
  truth: number
  detected: number
  extra: number
}

/**
 * Claim figures of the spotter on some articles, by the corpus README's definitions: the claims
 * analyser as `galley check` builds it (src/core/check/analysers.ts), with `model` deciding, over
 * the body `galley check`'s importer gives (converted once), scored by eval/corpus/score.ts.
 */
function scoreClaims(articles: readonly Article[], model: ClaimModel | null): ClaimFigures {
  const f = { found: 0, truth: 0, detected: 0, extra: 0 }
  for (const a of articles) {
    const claims = spotClaims(a.body, { model }).map(({ start, end, text, rules }) => ({
      start,
      end,
      text,
      rules,
    }))
    const report: CheckReport = { file: a.path, claims, quotes: [], disclosures: [], findings: [] }
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
const short = (f: ClaimFigures) => `${recall(f).toFixed(3)} / ${extra(f).toFixed(3)}`
const add = (a: ClaimFigures, b: ClaimFigures): ClaimFigures => ({
  found: a.found + b.found,
  truth: a.truth + b.truth,
  detected: a.detected + b.detected,
  extra: a.extra + b.extra,
})
const signed = (n: number) => (n >= 0 ? `+${n}` : `${n}`)
const ZERO: ClaimFigures = { found: 0, truth: 0, detected: 0, extra: 0 }

/** The ways the model can decide, each a function of a fold's fitted weights. */
interface Scheme {
  readonly name: string
  readonly make: (m: ClaimModel) => ClaimModel
}

function schemes(): Scheme[] {
  const out: Scheme[] = []
  for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55])
    out.push({ name: `model ${t}`, make: (m) => ({ ...m, threshold: t }) })
  // The model deciding among the clauses a cue marks only (every reason a rule's).
  for (const t of [0.35, 0.4, 0.45, 0.5])
    out.push({ name: `cued ${t}`, make: (m) => ({ ...m, keep: t, add: t }) })
  for (const k of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35])
    out.push({ name: `veto <${k}`, make: (m) => ({ ...m, keep: k }) })
  for (const a of [0.5, 0.6, 0.7, 0.8, 0.9])
    out.push({ name: `add ≥${a}`, make: (m) => ({ ...m, keep: 0, add: a }) })
  for (const k of [0.1, 0.15, 0.2, 0.25])
    for (const a of [0.6, 0.7, 0.8])
      out.push({ name: `veto <${k} add ≥${a}`, make: (m) => ({ ...m, keep: k, add: a }) })
  return out
}

/** Whether `b` beats `a`: recall up and extra not up, or extra down and recall not down. */
const beats = (b: ClaimFigures, a: ClaimFigures) =>
  (recall(b) > recall(a) && extra(b) <= extra(a)) || (extra(b) < extra(a) && recall(b) >= recall(a))

async function main(argv: readonly string[]): Promise<void> {
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
  const lambda = Number(opt('--lambda') ?? 1)
  const corpusWeight = Number(opt('--corpus-weight') ?? 3)
  const sentenceWeight = argv.includes('--no-sentences') ? 0 : 0.5
  const everyCandidate = argv.includes('--all')
  // Feature name prefixes left out of the fit ("rules:,veto:"), to see what carries.
  const drop = (opt('--drop') ?? '').split(',').filter(Boolean)
  const articles = (await Promise.all(SETS.map((s) => loadSet(s.name, s.dir)))).flat()
  const weightOf = (set: string) => (set === 'corpus' ? corpusWeight : 1)
  const rowsBy = new Map(articles.map((a) => [a, rowsOf(a, weightOf(a.set))]))
  const sentences = sentenceWeight > 0 ? sentenceRows(sentenceWeight) : []
  const all = [...rowsBy.values()].flat()
  const usable = (r: Row) => everyCandidate || r.cued !== false
  console.log(
    `${articles.length} articles, ${all.length} candidate clauses (${all.filter((r) => r.y).length} touch a claim; ${all.filter((r) => r.cued).length} cued), ${sentences.length} from labelled sentences; corpus weight ${corpusWeight}, lambda ${lambda}${everyCandidate ? ', every candidate' : ', cued candidates'}`,
  )

  if (argv.includes('--cv')) {
    const list = schemes()
    const by = new Map<string, Map<string, ClaimFigures>>()
    const put = (set: string, scheme: string, f: ClaimFigures) => {
      const m = by.get(scheme) ?? new Map<string, ClaimFigures>()
      m.set(set, f)
      by.set(scheme, m)
    }
    for (const held of SETS) {
      const test = articles.filter((a) => a.set === held.name)
      const train = articles
        .filter((a) => a.set !== held.name)
        .flatMap((a) => rowsBy.get(a) ?? [])
        .filter(usable)
      const model = fit([...train, ...sentences.filter(usable)], 15, drop, lambda)
      put(held.name, 'rules', scoreClaims(test, null))
      for (const s of list) put(held.name, s.name, scoreClaims(test, s.make(model)))
      process.stderr.write(`${held.name} `)
    }
    // The corpus's author wrote the set that decides: each corpus article scored by a model
    // trained on everything else, the other corpus articles included (the rules, tuned on the
    // whole corpus, are in-sample here, so this flatters them).
    for (const one of articles.filter((a) => a.set === 'corpus')) {
      const train = articles.filter((a) => a !== one).flatMap((a) => rowsBy.get(a) ?? [])
      const model = fit([...train, ...sentences].filter(usable), 15, drop, lambda)
      const sum = (name: string, f: ClaimFigures) =>
        put('corpus-1', name, add(by.get(name)?.get('corpus-1') ?? ZERO, f))
      sum('rules', scoreClaims([one], null))
      for (const s of list) sum(s.name, scoreClaims([one], s.make(model)))
      process.stderr.write('.')
    }
    process.stderr.write('\n')
    const blinds = SETS.map((s) => s.name).filter((n) => n !== 'corpus')
    const rulesOne = by.get('rules')?.get('corpus-1') ?? ZERO
    const pooled = (scheme: string) =>
      blinds.reduce((acc, n) => add(acc, by.get(scheme)?.get(n) ?? ZERO), ZERO)
    const rules = pooled('rules')
    const rulesCorpus = by.get('rules')?.get('corpus') ?? ZERO
    console.log(
      `\nscheme | pooled held-out (${blinds.length} sets, recall / extra) | corpus held-out | corpus, one article out | beats the rules`,
    )
    for (const name of ['rules', ...list.map((s) => s.name)]) {
      const p = pooled(name)
      const c = by.get(name)?.get('corpus') ?? ZERO
      const mark = name !== 'rules' && beats(p, rules) ? 'yes' : ''
      const near = (f: ClaimFigures, r: ClaimFigures) =>
        recall(f) >= recall(r) - 0.01 && extra(f) <= extra(r) + 0.01
      const one = by.get(name)?.get('corpus-1') ?? ZERO
      console.log(
        `${name} | ${short(p)} (${signed(p.found - rules.found)} found, ${signed(p.extra - rules.extra)} extra) | ${short(c)}${near(c, rulesCorpus) ? '' : ' (worse)'} | ${short(one)}${near(one, rulesOne) ? '' : ' (worse)'} | ${mark}`,
      )
    }
    const shown = (opt('--show') ?? 'model 0.45,veto <0.15,add ≥0.7,veto <0.15 add ≥0.7').split(',')
    console.log(`\nper set | rules | ${shown.join(' | ')}`)
    for (const n of [...SETS.map((s) => s.name), 'corpus-1'])
      console.log(
        `${n} | ${short(by.get('rules')?.get(n) ?? ZERO)} | ${shown.map((s) => short(by.get(s)?.get(n) ?? ZERO)).join(' | ')}`,
      )
    console.log(
      `pooled (${blinds.length} non-corpus) | ${short(rules)} | ${shown.map((s) => short(pooled(s))).join(' | ')}`,
    )
  }

  if (argv.includes('--write')) {
    const threshold = Number(opt('--threshold') ?? 0.5)
    const keep = opt('--keep')
    const addAt = opt('--add')
    const model = fit([...all, ...sentences].filter(usable), 15, drop, lambda)
    const out = {
      about:
        'Check-worthiness model of the claim spotter (src/shared/claims/model.ts): logistic regression weights over features.ts, fitted by eval/train-claims.ts. Weights only.',
      threshold,
      ...(keep === undefined ? {} : { keep: Number(keep) }),
      ...(addAt === undefined ? {} : { add: Number(addAt) }),
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
