// `npm run eval -- [--corpus DIR] [--json] [--verbose] [--gate]`: runs the production analysis
// pipeline (`galley check`'s runCheck) over a labelled corpus and prints the figures.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { convertFile } from '../src/core/import/convert'
import { runCheck } from '../src/core/check/run'
import { scoreArticle, type ArticleScore } from './corpus/score'
import { loadCorpus } from './corpus/truth'
import { figures, summaryLine, TARGETS, type Figures } from './figures'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'

/** The analysis the evaluation scores: exactly the one `galley check` runs. */
export const PIPELINE = runCheck

/** Where the development corpus lives when no --corpus is given. */
export const DEFAULT_CORPUS = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus')

/** Scores every article of `dir`. */
export async function evaluateCorpus(dir: string): Promise<ArticleScore[]> {
  const out: ArticleScore[] = []
  for (const article of await loadCorpus(dir)) {
    const report = await PIPELINE(article.path)
    // Offsets in the report are into the imported text: import it the same way to place truths.
    const { body } = await convertFile(basename(article.path), await readFile(article.path))
    out.push(scoreArticle(article.truth, body, report))
  }
  return out
}

/** The gates CI holds: a little below the targets, so a regression fails the build. */
export function gateFailures(f: Figures): string[] {
  const slack = 0.03
  const fails: string[] = []
  const atLeast = (name: string, value: number, target: number) => {
    if (value < target - slack)
      fails.push(`${name} ${value.toFixed(2)} < ${(target - slack).toFixed(2)}`)
  }
  atLeast('quote recall', f.quoteRecall, TARGETS.quoteRecall)
  atLeast('quote precision', f.quotePrecision, TARGETS.quotePrecision)
  atLeast('speaker right', f.speakerRight, TARGETS.speakerRight)
  atLeast('claim recall', f.claimRecall, TARGETS.claimRecall)
  if (f.claimExtra > TARGETS.claimExtraMax + slack)
    fails.push(`claim extra ${f.claimExtra.toFixed(2)}`)
  atLeast('disclosure recall', f.disclosureRecall, TARGETS.disclosureRecall)
  atLeast('error recall', f.errorRecall, TARGETS.errorRecall)
  if (f.cleanWithErrors > 0)
    fails.push(`${f.cleanWithErrors} clean article(s) with an error finding`)
  if (f.exitRight < f.articles)
    fails.push(`exit code wrong on ${f.articles - f.exitRight} article(s)`)
  return fails
}

function table(scores: readonly ArticleScore[]): string {
  const rows = scores.map((s) =>
    [
      s.file.padEnd(38),
      `${s.quotes.found}/${s.quotes.truth} (${s.quotes.detected})`.padEnd(12),
      `${s.speakers.right}/${s.speakers.found}`.padEnd(8),
      `${s.claims.found}/${s.claims.truth} +${s.claims.extra}`.padEnd(12),
      `${s.disclosures.found}/${s.disclosures.truth} +${s.disclosures.extra}`.padEnd(8),
      `${s.errors.found}/${s.errors.truth} !${s.errors.falseErrors}`.padEnd(8),
      `${s.warnings.found}/${s.warnings.truth} !${s.warnings.falseWarnings}`.padEnd(8),
      `${s.exit.actual}${s.exit.actual === s.exit.expected ? '' : ` (want ${s.exit.expected})`}`,
    ].join(' '),
  )
  const head = `${'article'.padEnd(38)} ${'quotes'.padEnd(12)} ${'speaker'.padEnd(8)} ${'claims'.padEnd(12)} ${'discl'.padEnd(8)} ${'errors'.padEnd(8)} ${'warn'.padEnd(8)} exit`
  return [head, ...rows].join('\n')
}

async function main(argv: readonly string[]): Promise<number> {
  const at = argv.indexOf('--corpus')
  const dir = at >= 0 ? resolve(argv[at + 1] ?? '') : DEFAULT_CORPUS
  if (!existsSync(dir) || !existsSync(join(dir))) {
    console.error(
      `No corpus at ${dir}: pass --corpus DIR (a folder of articles with .truth.json files).`,
    )
    return 2
  }
  const scores = await evaluateCorpus(dir)
  if (scores.length === 0) {
    console.error(`${dir} holds no article with a .truth.json beside it.`)
    return 2
  }
  const f = figures(scores)
  const fails = gateFailures(f)
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ corpus: dir, figures: f, gate: fails, articles: scores }, null, 2))
  } else {
    console.log(table(scores))
    if (argv.includes('--verbose')) {
      for (const s of scores) {
        const lines = [
          ...s.unplaced.map((x) => `  truth not in text: ${x}`),
          ...s.missed.quotes.map((x) => `  missed quote: ${x}`),
          ...s.speakers.wrong.map((x) => `  wrong speaker: ${x}`),
          ...s.missed.claims.map((x) => `  missed claim: ${x}`),
          ...s.missed.disclosures.map((x) => `  missed disclosure: ${x}`),
          ...s.missed.findings.map((x) => `  missed finding: ${x}`),
          ...s.missed.extraDisclosures.map((x) => `  extra disclosure: ${x}`),
          ...s.missed.falseWarnings.map((x) => `  false warning: ${x}`),
        ]
        if (lines.length > 0) console.log(`\n${s.file}\n${lines.join('\n')}`)
      }
    }
    console.log('')
    console.log(summaryLine(f))
  }
  if (argv.includes('--gate') && fails.length > 0) {
    console.error(`eval gate failed: ${fails.join('; ')}`)
    return 1
  }
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2))
}
