// Checks a labelled set's truth files against its articles. Run from the repository root:
//   node eval/tools/validate-set.mjs eval/blind2
// Fails (exit 1) on: missing/malformed truth, a labelled string that is not an exact substring of
// the article's visible text (every view), expected_exit disagreeing with the findings, or an
// article outside 600-1,400 words. Lists quotation-mark spans (" ", “ ”, ‘ ’) that no truth quote
// overlaps, for a person to review (scare quotes, titles and nicknames are expected there).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import mammoth from 'mammoth'

const dir = resolve(process.argv[2] ?? '')
if (!process.argv[2] || !existsSync(dir)) {
  console.error(
    'Usage: node eval/tools/validate-set.mjs <folder of articles and .truth.json files>',
  )
  process.exit(2)
}
const KEYS = ['file', 'genre', 'expected_exit', 'quotes', 'claims', 'disclosures', 'findings']
const QUOTE_KINDS = new Set(['direct', 'qa-answer'])
const DISC_KINDS = new Set(['affiliate', 'sponsored', 'material-connection', 'gifted', 'other'])
const BLOCK = new Set(
  'address article aside blockquote body dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody td tfoot th thead tr ul br caption'.split(
    ' ',
  ),
)

function decode(s) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n) => named[n.toLowerCase()] ?? m)
}

function htmlText(src) {
  let s = src.replace(/<!--[\s\S]*?-->/g, '')
  s = s.replace(/<(head|script|style|template|noscript|title)\b[\s\S]*?<\/\1>/gi, '')
  s = s.replace(/<\/?([a-zA-Z0-9]+)\b[^>]*>/g, (_, tag) =>
    BLOCK.has(tag.toLowerCase()) ? '\n' : '',
  )
  s = s.replace(/[ \t\r\f]+/g, ' ')
  return s
    .split('\n')
    .map((l) => decode(l).replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

function mdRendered(src) {
  return src
    .split('\n')
    .filter((l) => !/^\s*-{3,}\s*$/.test(l))
    .map((l) =>
      l
        .replace(/^#{1,6}\s+/, '')
        .replace(/^\s*[-*]\s+/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
        .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
        .replaceAll('**', '')
        .replace(/(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])/g, '$1'),
    )
    .join('\n')
}

async function views(path) {
  if (path.endsWith('.docx')) return { docx: (await mammoth.extractRawText({ path })).value }
  const src = readFileSync(path, 'utf8')
  if (path.endsWith('.md')) return { 'md-raw': src, 'md-rendered': mdRendered(src) }
  if (path.endsWith('.html')) return { 'html-visible': htmlText(src) }
  return { txt: src }
}

const failures = []
const notes = []
const rows = []
const totals = { quotes: 0, claims: 0, disclosures: 0, errors: 0, warnings: 0 }
for (const name of readdirSync(dir)
  .filter((f) => /\.(md|html|txt|docx)$/.test(f) && f !== 'README.md')
  .sort()) {
  const path = join(dir, name)
  const fail = (m) => failures.push(`${name}: ${m}`)
  if (!existsSync(path + '.truth.json')) {
    fail('no truth file')
    continue
  }
  let t
  try {
    t = JSON.parse(readFileSync(path + '.truth.json', 'utf8'))
  } catch (e) {
    fail(`truth does not parse: ${e.message}`)
    continue
  }
  if (JSON.stringify(Object.keys(t)) !== JSON.stringify(KEYS)) {
    fail(`keys ${Object.keys(t)}`)
    continue
  }
  if (t.file !== name) fail(`"file" is ${t.file}`)
  const vs = await views(path)
  const text = vs['md-rendered'] ?? vs['html-visible'] ?? vs.docx ?? vs.txt
  const words = text.split(/\s+/).filter(Boolean).length
  if (words < 600 || words > 1400) fail(`${words} words (want 600-1,400)`)
  const need = (s, what) => {
    if (typeof s !== 'string' || !s) return fail(`${what}: empty or not a string`)
    for (const [v, vt] of Object.entries(vs))
      if (!vt.includes(s)) fail(`${what} not in ${v}: ${JSON.stringify(s)}`)
    if (text.split(s).length > 2)
      notes.push(`${name}: ${what} occurs more than once: ${s.slice(0, 60)}`)
  }
  t.quotes.forEach((q, i) => {
    if (JSON.stringify(Object.keys(q).sort()) !== '["kind","speaker","text"]')
      return fail(`quote ${i} keys`)
    if (!QUOTE_KINDS.has(q.kind)) fail(`quote ${i} kind ${q.kind}`)
    if (q.speaker !== null && typeof q.speaker !== 'string') fail(`quote ${i} speaker`)
    need(q.text, `quote ${i}`)
  })
  t.claims.forEach((c, i) => need(c, `claim ${i}`))
  t.disclosures.forEach((d, i) => {
    if (JSON.stringify(Object.keys(d).sort()) !== '["kind","text"]' || !DISC_KINDS.has(d.kind))
      return fail(`disclosure ${i} malformed`)
    need(d.text, `disclosure ${i}`)
  })
  let hasError = false
  t.findings.forEach((f, i) => {
    if (JSON.stringify(Object.keys(f).sort()) !== '["ftc","overlaps","rule","severity"]')
      return fail(`finding ${i} keys`)
    if (!['error', 'warning'].includes(f.severity)) fail(`finding ${i} severity`)
    if (!f.overlaps.length) fail(`finding ${i} has no overlaps`)
    f.overlaps.forEach((o, j) => need(o, `finding ${i} overlap ${j}`))
    if (f.severity === 'error') hasError = true
  })
  if (t.expected_exit !== (hasError ? 1 : 0))
    fail(`expected_exit ${t.expected_exit} but has error = ${hasError}`)
  // Quotation-mark spans with no truth quote. Single curly quotes need a closing ’ that is not
  // followed by a letter, so apostrophes (it’s) do not end a span.
  const spanRe = /“[^”\n]*”|"[^"\n]*"|‘[^‘\n]*?’(?![A-Za-z])/g
  for (const m of text.matchAll(spanRe)) {
    const a = m.index
    const b = a + m[0].length
    const covered = t.quotes.some((q) => {
      for (let k = text.indexOf(q.text); k !== -1; k = text.indexOf(q.text, k + 1))
        if (k < b && k + q.text.length > a) return true
      return false
    })
    if (!covered)
      notes.push(`${name}: quotation marks not covered by a truth quote: ${m[0].slice(0, 80)}`)
  }
  const e = t.findings.filter((f) => f.severity === 'error').length
  const w = t.findings.length - e
  totals.quotes += t.quotes.length
  totals.claims += t.claims.length
  totals.disclosures += t.disclosures.length
  totals.errors += e
  totals.warnings += w
  rows.push(
    `${name.padEnd(40)} exit=${t.expected_exit} quotes=${t.quotes.length} claims=${t.claims.length} disclosures=${t.disclosures.length} findings=${e}E+${w}W words=${words}`,
  )
}
for (const r of rows) console.log(r)
for (const n of notes) console.log('note:', n)
for (const f of failures) console.log('FAIL:', f)
console.log(
  `${rows.length} articles; totals: ${totals.quotes} quotes, ${totals.claims} claims, ${totals.disclosures} disclosures, ${totals.errors} errors, ${totals.warnings} warnings; ${failures.length} failures`,
)
process.exit(failures.length ? 1 : 0)
