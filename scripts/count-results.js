// Prints CI's closing line, `N passed, N failed[, N skipped]`, counted from the test runners'
// JSON reports (test-results/vitest.json, test-results/playwright.json), whichever exist.
//
// Usage: node scripts/count-results.js [--exit-code N] [--dir test-results]
// With --exit-code N (the test command's), a failure that no report counts (type-check, lint,
// build, a runner that crashed) is counted as one failed, so the line is never green by mistake.
// Exits 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    'exit-code': { type: 'string' },
    dir: { type: 'string', default: 'test-results' },
  },
})

const totals = { passed: 0, failed: 0, skipped: 0 }
const notes = []

/** Reads one report; a report that exists but cannot be read is itself a failure. */
function readReport(name) {
  const file = join(values.dir, name)
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    totals.failed += 1
    notes.push(`${file} could not be read: ${e.message}`)
    return null
  }
}

const num = (value) => (Number.isFinite(value) ? value : 0)

const vitest = readReport('vitest.json')
if (vitest) {
  // A test file that failed to load has no failed test, only a failed file: count it too.
  const brokenFiles = (vitest.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length
  totals.passed += num(vitest.numPassedTests)
  totals.failed += num(vitest.numFailedTests) + brokenFiles
  totals.skipped += num(vitest.numPendingTests) + num(vitest.numTodoTests)
  notes.push(
    `vitest: ${num(vitest.numPassedTests)} passed, ${num(vitest.numFailedTests)} failed` +
      (brokenFiles ? `, ${brokenFiles} test file(s) failed to run` : ''),
  )
}

const playwright = readReport('playwright.json')
if (playwright) {
  const stats = playwright.stats ?? {}
  // Errors outside any test: a broken config, a crashed worker, a failing global setup.
  const errors = (playwright.errors ?? []).length
  totals.passed += num(stats.expected) + num(stats.flaky)
  totals.failed += num(stats.unexpected) + errors
  totals.skipped += num(stats.skipped)
  notes.push(
    `playwright: ${num(stats.expected)} passed, ${num(stats.unexpected)} failed` +
      (num(stats.flaky) ? `, ${stats.flaky} flaky (passed on retry)` : '') +
      (errors ? `, ${errors} error(s) outside tests` : ''),
  )
}

if (!vitest && !playwright) notes.push(`no test report found in ${values.dir}/`)

const exitCode = values['exit-code'] === undefined ? 0 : Number(values['exit-code'])
if (exitCode !== 0 && totals.failed === 0) {
  totals.failed = 1
  notes.push(`the test command failed (exit ${exitCode}) outside any counted test: see above`)
}
if (exitCode === 0 && !vitest && !playwright) {
  totals.failed = 1
  notes.push('the test command succeeded but wrote no report: counted as one failure')
}

for (const note of notes) console.log(note)
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`)
process.exit(totals.failed > 0 ? 1 : 0)
