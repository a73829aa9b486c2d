// `npm run bench`: every performance scenario the issues name, as medians against targets.
//   --json   print a JSON array of { name, value, unit, target, better } instead of the table
//   --smoke  a quick pass with small inputs, to keep the scenarios working (CI)
import { analysersBench } from './analysers'
import { reanchorBench } from './anchors'
import { claimSpotting } from './claims'
import { compareBench } from './compare'
import { diffBench } from './diff'
import { durabilityBench } from './durability'
import { exportsBench } from './exports'
import { disclosureBench } from './disclosures'
import { libraryOpen } from './library-open'
import { libraryScale } from './library-scale'
import { longDraftBench } from './long-draft'
import { marginBench } from './margin'
import { quoteBench } from './quotes'
import { prepareBench } from './prepare'
import { passes, table, type Result } from './report'
import { saveBlocking } from './save-blocking'
import { teamSyncBench } from './team-sync'

const args = new Set(process.argv.slice(2))
const smoke = args.has('--smoke')
// Event-loop blocking first: it measures delays of this process, which leftover work of an
// earlier scenario (a closing Chromium, a worker thread) would add to.
const scenarios: [string, (smoke: boolean) => Promise<Result[]>][] = [
  ['save blocking', saveBlocking],
  ['library open', libraryOpen],
  ['library of 5,000 drafts', libraryScale],
  ['claim spotting', claimSpotting],
  ['re-anchoring', reanchorBench],
  ['revision diff', diffBench],
  ['compare view', compareBench],
  ['long draft in the window', longDraftBench],
  ['fact-check margin', marginBench],
  ['kill -9 durability', durabilityBench],
  ['quotes', quoteBench],
  ['disclosures', disclosureBench],
  ['analysers', analysersBench],
  ['exports', exportsBench],
  ['team sync', teamSyncBench],
]

try {
  prepareBench()
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e))
  process.exit(1)
}

const results: Result[] = []
for (const [name, run] of scenarios) {
  if (!args.has('--json')) process.stderr.write(`running ${name}…\n`)
  results.push(...(await run(smoke)))
  // Let what the scenario started (browsers, hosts, workers) wind down before the next.
  if (!smoke) await new Promise((r) => setTimeout(r, 2_000))
}
if (args.has('--json')) {
  console.log(
    JSON.stringify(
      results.map(({ name, value, unit, target, better }) => ({
        name,
        value,
        unit,
        target,
        better,
      })),
      null,
      2,
    ),
  )
} else {
  console.log(table(results))
}
// Smoke runs use small inputs, so their figures are not held to the targets.
process.exitCode = smoke || results.every(passes) ? 0 : 1
