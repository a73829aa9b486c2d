import { evaluateQuotes } from '../eval/quotes'
import { alignQuotes, parseTranscript } from '../src/shared/transcripts/align'
import { rng } from './fixtures'
import { median, type Result } from './report'

const VOCAB = (
  'the skin barrier ferment serum retinol trial weeks patients dermatologist collagen really ' +
  'think would suggest people honestly evidence morning night irritation stinging percent study ' +
  'results texture lines brightness sunscreen product brand clinic data because which when ' +
  'more less every always never most some a of to and in it is was that this for with on'
).split(' ')

/** A two-speaker interview of about `words` words, and quotes lifted from it: most verbatim,
 *  some with a word changed, some invented. */
function interview(
  words: number,
  quotes: number,
  seed: number,
): { text: string; quotes: string[] } {
  const rand = rng(seed)
  const turns: string[] = []
  const answers: string[] = []
  let left = words
  let asker = true
  while (left > 0) {
    const n = asker ? 10 + Math.floor(rand() * 15) : 40 + Math.floor(rand() * 80)
    const w: string[] = []
    for (let i = 0; i < n; i++) w.push(VOCAB[Math.floor(rand() * VOCAB.length)] ?? 'word')
    const line = `${w.join(' ')}.`
    turns.push(`${asker ? 'HATTIE BRENNOCK' : 'ANA RUIZ'}: ${line}`)
    if (!asker) answers.push(line)
    left -= n
    asker = !asker
  }
  const out: string[] = []
  for (let i = 0; i < quotes; i++) {
    const a = (answers[Math.floor(rand() * answers.length)] ?? '').split(' ')
    const len = 8 + Math.floor(rand() * 25)
    const from = Math.floor(rand() * Math.max(1, a.length - len))
    const q = a.slice(from, from + len)
    if (i % 5 === 1) q[Math.floor(q.length / 2)] = 'wonderful'
    if (i % 10 === 3)
      q.splice(
        0,
        q.length,
        ...'an invented sentence nobody said in this interview at all'.split(' '),
      )
    out.push(q.join(' '))
  }
  return { text: turns.join('\n\n'), quotes: out }
}

/**
 * Quote engine figures: detection precision/recall and attribution accuracy over the labelled
 * passages, and the time to align 200 quotes to a 20,000-word transcript (parse included).
 */
export async function quoteBench(smoke: boolean): Promise<Result[]> {
  const e = evaluateQuotes()
  const words = smoke ? 2_000 : 20_000
  const n = smoke ? 20 : 200
  const { text, quotes } = interview(words, n, 11)
  const times: number[] = []
  for (let run = 0; run < (smoke ? 2 : 9); run++) {
    const t0 = performance.now()
    const transcript = parseTranscript(text, 'txt')
    const results = alignQuotes(quotes, transcript)
    times.push(performance.now() - t0)
    if (results.length !== n) throw new Error('alignment lost quotes')
  }
  return [
    {
      name: `quote detection precision (${e.passages} labelled passages)`,
      value: e.precision,
      unit: 'ratio',
      target: 0.9,
      better: 'higher',
    },
    {
      name: `quote detection recall (${e.expected} quotes)`,
      value: e.recall,
      unit: 'ratio',
      target: 0.95,
      better: 'higher',
    },
    {
      name: 'quote attribution accuracy',
      value: e.attributionAccuracy,
      unit: 'ratio',
      target: 0.9,
      better: 'higher',
    },
    {
      name: `align ${n} quotes to a ${words.toLocaleString('en')}-word transcript`,
      value: median(times),
      unit: 'ms',
      target: 500,
      better: 'lower',
    },
  ]
}
