// Security gate: runs Electronegativity over src/ and exits 1 on any HIGH or MEDIUM finding that has
// not been reviewed below, or on any file it could not parse. Prints one line when clean.
//
// It runs Electronegativity in process (its documented programmatic entry) rather than as
// `npx @doyensec/electronegativity -i src -o report.csv`, because that CLI (1.10.3)
//  - exits 0 whatever it finds,
//  - writes the CSV header and the rows with two concurrent fs.writeFile calls, so the header can
//    overwrite the first finding (seen here: a row came out as `ed to parse CSP…`),
//  - and with -o says nothing about files it could not parse, which it then did not scan.
// The in-process run returns the findings and the parse errors as values.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

/**
 * Findings Electronegativity raises for manual review on every app that uses the feature at all.
 * Each was reviewed; it is matched by check, file and the exact source line it points at, so any
 * change to that code fails the gate until someone reviews it again and updates this list.
 */
const REVIEWED = [
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/window.ts',
    sample: 'await shell.openExternal(url.href)',
    why: 'only http(s) and mailto URLs that new URL() parses, after the person confirms in a dialog naming the address (window.test.ts)',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/window.ts',
    sample: "preload: join(import.meta.dirname, '../preload/index.cjs'),",
    why: 'the sandboxed preload exposes only invoke/on over the contract (preload-bridge.test.ts)',
  },
]

const BLOCKING = new Set(['HIGH', 'MEDIUM'])

function electronVersion() {
  try {
    const pkg = readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')
    return JSON.parse(pkg).version
  } catch {
    return undefined
  }
}

/** Runs the scanner over src/; returns its findings, or exits with a reason. */
async function scan() {
  let run
  try {
    // Its only use of the network left is fetching translations (got, 1 s timeout, retries).
    // Offline, a retry after the timeout throws from a timer under Node 22+ and kills the
    // process; CI has no internet anyway, so the fetch fails at once and the scan goes on.
    const pkg = require.resolve('@doyensec/electronegativity/package.json')
    const got = createRequire(pkg).resolve('got')
    const offline = () => Promise.reject(new Error('offline: translations are not fetched'))
    require.cache[got] = {
      id: got,
      filename: got,
      loaded: true,
      exports: Object.assign(offline, { default: offline }),
    }
    run = require('@doyensec/electronegativity')
  } catch {
    console.error('Electronegativity is not installed: run `npm install` (it is a devDependency).')
    process.exit(1)
  }
  // It writes a report only when given a file name; ours goes to a temp folder and is not read.
  const tmp = mkdtempSync(join(tmpdir(), 'galley-electronegativity-'))
  // Offline it logs that it cannot fetch translations; keep its chatter unless something fails.
  const logged = []
  const log = console.log
  console.log = (...args) => logged.push(args.join(' '))
  try {
    return await run({
      input: join(root, 'src'),
      output: join(tmp, 'report.csv'),
      isSarif: false,
      isRelative: true,
      customScan: [],
      // Needs the network (Electron's release list) and only lists fixes in newer releases.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      // Scanning src/ it cannot see package.json; without this it assumes Electron 0.1.0.
      electronVersionOverride: electronVersion(),
      parserPlugins: [],
    })
  } catch (e) {
    console.log = log
    for (const line of logged) console.log(line)
    console.error(`Electronegativity failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  } finally {
    console.log = log
    // Let its pending report writes land before removing the folder.
    await new Promise((resolve) => setTimeout(resolve, 50))
    rmSync(tmp, { recursive: true, force: true })
  }
}

function isReviewed(issue) {
  return REVIEWED.some(
    (r) => r.id === issue.id && r.file === issue.file && r.sample === issue.sample?.trim(),
  )
}

function describe(issue) {
  const where = `src/${issue.file}:${issue.location?.line}:${issue.location?.column}`
  const lines = [`  ${issue.severity.name} ${issue.id} at ${where}: ${issue.description}`]
  if (issue.sample) lines.push(`      ${issue.sample.trim()}`)
  lines.push(`      https://github.com/doyensec/electronegativity/wiki/${issue.id}`)
  return lines.join('\n')
}

const { issues, errors } = await scan()

const unparsed = errors.filter((e) => !e.tolerable)
if (unparsed.length > 0) {
  console.error(
    `Electronegativity could not parse ${unparsed.length} file(s), so did not scan them:`,
  )
  for (const e of unparsed) console.error(`  ${relative(root, e.file)}: ${e.message}`)
  process.exit(1)
}

const serious = issues.filter((i) => BLOCKING.has(i.severity?.name))
const blocking = serious.filter((i) => !isReviewed(i))
if (blocking.length > 0) {
  console.error(`Electronegativity found ${blocking.length} HIGH or MEDIUM finding(s) in src/:`)
  for (const issue of blocking) console.error(describe(issue))
  console.error('Fix them, or review one and add it to REVIEWED in scripts/electronegativity.js.')
  process.exit(1)
}
console.log(
  `Electronegativity: no unreviewed HIGH or MEDIUM findings in src/ ` +
    `(${serious.length} reviewed, ${issues.length - serious.length} low or informational).`,
)
