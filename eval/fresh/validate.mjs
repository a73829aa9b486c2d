// Throwaway checker for the fresh evaluation set (written with the set, not part of Galley):
//   node eval/fresh/validate.mjs
// Checks every <article>.truth.json: JSON shape as in the corpus README, every quote, claim,
// disclosure and overlap string is an exact substring of the article's visible text (raw and
// rendered Markdown; the .txt as is; HTML without head/script/style and tags; .docx via mammoth),
// expected_exit agrees with the findings, and 500-1,500 words. Lists quotation-mark spans
// (double and single curly marks) that no truth quote overlaps, for a human to review.
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const KEYS = ['file', 'genre', 'expected_exit', 'quotes', 'claims', 'disclosures', 'findings']
const DISC = new Set(['affiliate', 'sponsored', 'material-connection', 'gifted', 'other'])

const entities = (s) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

function htmlText(src) {
  const body = src
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, '')
  const blocks =
    /<\/?(p|div|h[1-6]|li|ol|ul|section|article|aside|header|footer|nav|main|figure|figcaption|blockquote|br|table|tr|td)\b[^>]*>/gi
  const text = entities(body.replace(blocks, '\n').replace(/<[^>]+>/g, ''))
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

function mdRendered(src) {
  return src
    .split('\n')
    .map((l) =>
      l
        .replace(/^#{1,6}\s+/, '')
        .replace(/^\s*[-*]\s+/, '')
        .replace(/^>\s?/, '')
        .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
        .replace(/\*\*/g, '')
        .replace(/(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])/g, '$1'),
    )
    .join('\n')
}

async function views(path) {
  if (path.endsWith('.docx')) {
    const mammoth = require('mammoth')
    return { docx: (await mammoth.extractRawText({ path })).value }
  }
  const src = readFileSync(path, 'utf8')
  if (path.endsWith('.md')) return { rendered: mdRendered(src), raw: src }
  if (path.endsWith('.html')) return { visible: htmlText(src) }
  return { txt: src }
}

let failures = 0
const fail = (m) => {
  failures++
  console.log('FAIL', m)
}
const articles = readdirSync(here).filter(
  (f) => /\.(md|txt|html|docx)$/.test(f) && f !== 'README.md',
)
for (const name of articles.sort()) {
  let t
  try {
    t = JSON.parse(readFileSync(join(here, `${name}.truth.json`), 'utf8'))
  } catch (e) {
    fail(`${name}: truth file missing or unreadable: ${e.message}`)
    continue
  }
  if (JSON.stringify(Object.keys(t)) !== JSON.stringify(KEYS))
    fail(`${name}: keys ${Object.keys(t)}`)
  if (t.file !== name) fail(`${name}: file field ${t.file}`)
  const vs = await views(join(here, name))
  const text = Object.values(vs)[0]
  const need = (s, what) => {
    if (typeof s !== 'string' || !s) return fail(`${name}: ${what} empty`)
    for (const [v, body] of Object.entries(vs))
      if (!body.includes(s)) fail(`${name}: ${what} not in ${v}: ${s}`)
  }
  t.quotes.forEach((q, i) => {
    if (!['direct', 'qa-answer'].includes(q.kind)) fail(`${name}: quote ${i} kind ${q.kind}`)
    if (q.speaker !== null && typeof q.speaker !== 'string') fail(`${name}: quote ${i} speaker`)
    need(q.text, `quote ${i}`)
  })
  t.claims.forEach((c, i) => need(c, `claim ${i}`))
  t.disclosures.forEach((d, i) => {
    if (!DISC.has(d.kind)) fail(`${name}: disclosure ${i} kind ${d.kind}`)
    need(d.text, `disclosure ${i}`)
  })
  let hasError = false
  t.findings.forEach((f, i) => {
    if (!['error', 'warning'].includes(f.severity)) fail(`${name}: finding ${i} severity`)
    if (!f.rule || !f.ftc || !f.overlaps?.length) fail(`${name}: finding ${i} incomplete`)
    hasError ||= f.severity === 'error'
    f.overlaps.forEach((o, j) => need(o, `finding ${i} overlap ${j}`))
  })
  if (t.expected_exit !== (hasError ? 1 : 0)) fail(`${name}: expected_exit ${t.expected_exit}`)
  const words = text.split(/\s+/).filter(Boolean).length
  if (words < 500 || words > 1500) fail(`${name}: ${words} words`)
  // Quotation spans no truth quote covers (single marks: an opening ‘ after a space or line start).
  const spans = [...text.matchAll(/“[^”\n]*”|"[^"\n]*"|(?<=^|[\s(])‘[^\n]*?’(?=[\s,.;:!?)]|$)/gm)]
  for (const m of spans) {
    const a = m.index
    const b = a + m[0].length
    const covered = t.quotes.some((q) => {
      for (let k = text.indexOf(q.text); k !== -1; k = text.indexOf(q.text, k + 1))
        if (k < b && k + q.text.length > a) return true
      return false
    })
    if (!covered) console.log(`note ${name}: not a labelled quote: ${m[0].slice(0, 70)}`)
  }
  console.log(
    `${name}: exit ${t.expected_exit}, ${t.quotes.length} quotes, ${t.claims.length} claims, ` +
      `${t.disclosures.length} disclosures, ${t.findings.length} findings, ${words} words`,
  )
}
console.log(failures ? `${failures} failures` : 'all truth files check out')
process.exit(failures ? 1 : 0)
