import { createHash } from 'node:crypto'
import { evaluateDisclosures } from '../eval/legal'
import {
  createSignoffRecord,
  signoffStaleness,
  type SignoffRecord,
} from '../src/shared/legal/signoff'
import { article, rng } from './fixtures'
import { median, type Result } from './report'

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

interface Span {
  start: number
  end: number
}

/** A sentence-sized passage inside paragraph `p` of the body. */
function passage(body: string, paras: Span[], p: number, rand: () => number): Span {
  const para = paras[p] ?? { start: 0, end: body.length }
  const len = 80 + Math.floor(rand() * 200)
  const room = Math.max(0, para.end - para.start - len)
  const start = para.start + Math.floor(rand() * room)
  return { start, end: Math.min(para.end, start + len) }
}

/**
 * Legal re-checks 50 sign-offs (2 disclosures and 3 covered passages each, all different)
 * after a new revision of a 50k-word draft: a paragraph inserted at the top (every offset
 * shifts), 12 paragraphs edited, 6 signed passages edited, 2 paragraphs deleted.
 */
function stalenessScenario(words: number, signoffs: number, runs: number): number[] {
  const rand = rng(11)
  const body = article(words, 3)
  const paras: Span[] = []
  for (const m of body.matchAll(/[^\n]+/g))
    paras.push({ start: m.index, end: m.index + m[0].length })
  const records: SignoffRecord[] = []
  for (let i = 0; i < signoffs; i++) {
    const pick = () => passage(body, paras, 1 + Math.floor(rand() * (paras.length - 1)), rand)
    records.push(
      createSignoffRecord({
        revisionId: 'r1',
        body,
        disclosures: [pick(), pick()],
        covered: [pick(), pick(), pick()],
        hash: sha256,
        by: 'Bench Legal',
        role: 'legal',
        at: '2025-06-10T10:00:00Z',
        decision: 'approve',
        comment: '',
      }),
    )
  }
  // Six sign-offs have a covered passage edited in its middle; the rest change around them.
  const edits = records
    .slice(0, 6)
    .map((r) => r.passages.find((x) => x.key === 'covered-1'))
    .map((x) => (x ? Math.floor((x.start + x.end) / 2) : 0))
    .sort((a, b) => b - a)
  let edited = body
  for (const at of edits) edited = `${edited.slice(0, at)} newly inserted${edited.slice(at)}`
  const lines = edited.split('\n')
  for (let k = 0; k < 12; k++) {
    const i = 2 + Math.floor(rand() * (lines.length - 2))
    const line = lines[i] ?? ''
    if (line) lines[i] = line.replace(/ (\w+) /, ' $1 newly inserted words ')
  }
  for (let k = 0; k < 2; k++) lines.splice(4 + Math.floor(rand() * (lines.length - 8)), 1)
  const next = ['# Generated feature', '', 'A new standfirst paragraph.', ...lines.slice(1)].join(
    '\n',
  )
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    let stale = 0
    for (const rec of records) if (signoffStaleness(rec, next).stale) stale++
    times.push(performance.now() - t0)
    if (r === 0 && stale === 0) throw new Error('bench revision changed no signed passage')
  }
  return times
}

/** Disclosure rules against the labelled set, and sign-off staleness on a long draft. */
export async function disclosureBench(smoke: boolean): Promise<Result[]> {
  const e = evaluateDisclosures()
  const times = stalenessScenario(smoke ? 5_000 : 50_000, smoke ? 10 : 50, smoke ? 3 : 15)
  return [
    {
      name: `disclosure findings right (of ${e.right + e.missed} expected, ${e.cases} cases)`,
      value: e.rightRatio,
      unit: 'ratio',
      target: 0.9,
      better: 'higher',
    },
    {
      name: `disclosure findings wrong (${e.wrong} of ${e.right + e.wrong} reported)`,
      value: e.wrongRatio,
      unit: 'ratio',
      target: 0.1,
      better: 'lower',
    },
    {
      name: `disclosure error cases caught (${e.errorCasesCaught} of ${e.errorCasesTotal})`,
      value: e.errorCasesTotal ? e.errorCasesCaught / e.errorCasesTotal : 1,
      unit: 'ratio',
      target: 1,
      better: 'higher',
    },
    {
      name: `sign-off staleness: ${smoke ? 10 : 50} sign-offs, new revision of a ${smoke ? '5k' : '50k'}-word draft`,
      value: median(times),
      unit: 'ms',
      target: 100,
      better: 'lower',
    },
  ]
}
