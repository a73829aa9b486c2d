import { receiveMessageOnPort } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { paragraphTexts } from '@shared/language/document'
import { readSentences } from '@shared/language/nlp'
import { ComputePool } from '../workers/pool'
import { TASKS } from '../workers/tasks'
import { unpackValue, type PackedEntry } from './engines'
import { readingShares, runStarts, sharedReader, type ReadingShare } from './shared-reading'

/** A piece with what the language model reads differently: titles, marks, links, lists, a Q&A. */
function varied(paragraphs: number): string {
  const out = ['# A long read: the harbour, the serum and the council', '*By Ana Ruiz*']
  for (let i = 0; i < paragraphs; i++) {
    out.push(
      i % 5 === 0
        ? `- Item ${i}: [the Velnor shop](https://example.com/shop?ref=${i}) — £${i}.50, “worth it” ’n’ all`
        : i % 5 === 1
          ? `**Q: Dr. Quell, what changed in week ${i}?**\n\nA: ‘It calmed the redness,’ she said. Sen. Ruiz agreed…`
          : i % 5 === 2
            ? `> Mr. O’Brien-Hale (Harbour Board) said: "We can't say more." #ad #spon 🙂`
            : `Sales rose ${i}% in Q${(i % 4) + 1} 2024, according to Shelfmark Analytics Ltd. St. Ives e.g. U.S.A.`,
    )
  }
  return out.join('\n\n')
}

const share = (s: ReadingShare, patienceMs?: number): ReadingShare =>
  patienceMs === undefined ? s : { ...s, patienceMs }

describe('two threads reading one draft together', () => {
  it('gives each thread the sentences the language model gives, whichever thread read them', () => {
    const texts = paragraphTexts(varied(120))
    const expected = texts.map((p) => readSentences(p.flat, p.start))
    const [a, b] = readingShares()
    // One thread here: the first reader claims every run and posts it; the second reads none
    // itself and takes all of them from the first.
    const first = sharedReader(a)(texts)
    const second = sharedReader(b)(texts)
    expect(first).toEqual(expected)
    expect(second).toEqual(expected)
    // Every run came from the first, and the second took each one (none read again here).
    expect(receiveMessageOnPort(b.port)).toBeUndefined()
    expect(new Int32Array(a.board).subarray(1).every((posted) => posted === 1)).toBe(true)
    a.port.close()
  })

  it('cuts the runs by characters, so a huge paragraph is a run of its own', () => {
    const texts = paragraphTexts(
      [
        'Short one.',
        'x '.repeat(500_000),
        ...Array.from({ length: 200 }, (_, i) => `Para ${i}.`),
      ].join('\n\n'),
    )
    const starts = Array.from(runStarts(texts, 64))
    expect(starts[0]).toBe(0)
    expect(starts[64]).toBe(texts.length)
    // Never decreasing, and every paragraph in exactly one run.
    expect(starts.every((s, k) => k === 0 || s >= (starts[k - 1] as number))).toBe(true)
    // The huge paragraph (index 1) ends its run: the 200 after it go to other runs. Cut by
    // paragraph count, it would have shared run 0 with the next one.
    const run = starts.findIndex((s, k) => s <= 1 && (starts[k + 1] as number) > 1)
    expect(starts[run + 1]).toBe(2)
  })

  it('does not share the reading when it runs on the main thread, and closes its end', async () => {
    const input = { body: varied(30), people: [], quoteRecords: [], relations: [], subject: '' }
    const [a, b] = readingShares()
    const closed = new Promise((resolve) => b.port.once('close', resolve))
    // The other thread has claimed the first run: on the main thread, waiting for it would hold
    // the event loop (the pool runs a task here when no worker can start).
    const board = new Int32Array(a.board)
    Atomics.add(board, 0, 1)
    TASKS.analyse({ input, half: 'facts', share: a })
    expect(Atomics.load(board, 0)).toBe(1)
    await closed
  })

  it('reads a run itself when the thread that claimed it never hands it over', () => {
    const texts = paragraphTexts(varied(40))
    const expected = texts.map((p) => readSentences(p.flat, p.start))
    const [a] = readingShares()
    // A thread claims the first run and stops (its worker was ended) without posting it.
    Atomics.add(new Int32Array(a.board), 0, 1)
    expect(sharedReader(share(a, 20))(texts)).toEqual(expected)
  })

  it('two analysis workers sharing the reading give the analysis one thread gives alone', async () => {
    const input = {
      body: varied(400),
      people: [],
      quoteRecords: [],
      relations: [],
      subject: '',
    }
    const values = async (entries: PackedEntry[]) =>
      Promise.all(
        entries.map(async (e) => ({
          kind: e.kind,
          key: e.key,
          value: await unpackValue(e, async () => {}, input.body),
        })),
      )
    const alone = await Promise.all(
      (['speech', 'facts'] as const).map(async (half) => values(TASKS.analyse({ input, half }))),
    )
    const pools = [new ComputePool(), new ComputePool()]
    try {
      const shares = readingShares()
      const together = await Promise.all(
        (['speech', 'facts'] as const).map(async (half, k) => {
          const s = shares[k] as ReadingShare
          const entries = await pools[k]?.run(
            'analyse',
            { input, half, share: s },
            { fallback: false, transfer: [s.port] },
          )
          return values(entries ?? [])
        }),
      )
      expect(pools.every((p) => !p.failed)).toBe(true)
      expect(together).toEqual(alone)
    } finally {
      await Promise.all(pools.map((p) => p.close()))
    }
  }, 120_000)
})
