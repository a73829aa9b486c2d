// Two analysis threads read one draft's sentences together: each takes the next unclaimed run of
// paragraphs, reads it with the language model and hands its reading to the other, so a long
// draft is read by the model once, not once per thread (issue 16: at 5,000,000 characters the
// model's reading was about 2 s of CPU in each of the two halves).
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import type { ParagraphText, SentenceReader } from '@shared/language/document'
import { readSentences, type Sentence, type Token } from '@shared/language/nlp'
import { stringTable } from './string-table'

/** What the two threads share for one analysis: a port to each other and a claims board. */
export interface ReadingShare {
  /** This thread's end of the channel between the two. */
  readonly port: MessagePort
  /**
   * Int32 cells: [0] the next run to claim; [1 + k] 1 once run k's reading is posted. Made by
   * readingShares, the same memory for both threads.
   */
  readonly board: SharedArrayBuffer
  /** How many runs the paragraphs are cut into. */
  readonly runs: number
  /** How long to wait for a run the other thread claimed (default PATIENCE_MS). */
  readonly patienceMs?: number
}

/** One run's reading, as posted to the other thread. */
interface RunReading {
  readonly run: number
  /**
   * Per paragraph: its sentence count; per sentence: its token count; per token: start, end,
   * part of speech and entity (indexes into `strings`), and its text's index in `strings`, or
   * -1 when it is the paragraph's text at [start, end).
   */
  readonly ints: Int32Array
  readonly strings: readonly string[]
}

/**
 * How long at least to wait for a run the other thread claimed before reading it here (a run
 * takes tens of milliseconds; a thread stopped mid-run never posts it). A long run is waited
 * for longer: a millisecond per thousand characters, about two and a half times what the
 * language model takes to read them here.
 */
const PATIENCE_MS = 1_000

/** The runs paragraphs are cut into: enough that both threads finish at about the same time. */
const READING_RUNS = 64

/** One share for each of two threads, ends of one channel over one claims board. */
export function readingShares(): [ReadingShare, ReadingShare] {
  const { port1, port2 } = new MessageChannel()
  const board = new SharedArrayBuffer(4 * (1 + READING_RUNS))
  return [
    { port: port1, board, runs: READING_RUNS },
    { port: port2, board, runs: READING_RUNS },
  ]
}

/**
 * Where each of `runs` runs starts, by characters, not by paragraph count: run k holds the
 * paragraphs that start in its k-th share of the text (a draft of a few huge paragraphs would
 * otherwise put nearly all its text in one run). Both threads cut the same paragraphs the same
 * way. Entry `runs` is the paragraph count.
 */
export function runStarts(paragraphs: readonly ParagraphText[], runs: number): Int32Array {
  const starts = new Int32Array(runs + 1).fill(paragraphs.length)
  let total = 0
  for (const p of paragraphs) total += p.flat.length
  let before = 0
  let k = 0
  paragraphs.forEach((p, i) => {
    while (k < runs && before >= (k * total) / runs) starts[k++] = i
    before += p.flat.length
  })
  return starts
}

function encode(
  run: number,
  paragraphs: readonly ParagraphText[],
  read: readonly Sentence[][],
): RunReading {
  const ints: number[] = []
  const { strings, intern } = stringTable()
  read.forEach((sentences, i) => {
    const p = paragraphs[i] as ParagraphText
    ints.push(sentences.length)
    for (const s of sentences) {
      ints.push(s.tokens.length)
      for (const t of s.tokens) {
        const own = p.flat.slice(t.start - p.start, t.end - p.start) === t.text
        ints.push(t.start, t.end, intern(t.pos), intern(t.entity), own ? -1 : intern(t.text))
      }
    }
  })
  return { run, ints: new Int32Array(ints), strings }
}

function decode(reading: RunReading, paragraphs: readonly ParagraphText[]): Sentence[][] {
  const { ints, strings } = reading
  const out: Sentence[][] = []
  let k = 0
  for (const p of paragraphs) {
    const sentences: Sentence[] = []
    const count = ints[k++] ?? 0
    for (let s = 0; s < count; s++) {
      const n = ints[k++] ?? 0
      const tokens: Token[] = []
      for (let t = 0; t < n; t++) {
        const start = ints[k++] ?? 0
        const end = ints[k++] ?? 0
        const pos = strings[ints[k++] ?? 0] ?? 'X'
        const entity = strings[ints[k++] ?? 0] ?? ''
        const own = ints[k++] ?? -1
        const text = own < 0 ? p.flat.slice(start - p.start, end - p.start) : (strings[own] ?? '')
        tokens.push({ start, end, text, lower: text.toLowerCase(), pos, entity })
      }
      const first = tokens[0]
      const last = tokens[tokens.length - 1]
      if (first && last) sentences.push({ start: first.start, end: last.end, tokens })
    }
    out.push(sentences)
  }
  return out
}

/**
 * A sentence reader that shares the work with the thread at the other end of `share.port`. A
 * thread that does not take part (it had the text read already, or is busy) leaves every run to
 * this one; a run the other claimed and did not post within PATIENCE_MS is read here.
 */
export function sharedReader(share: ReadingShare): SentenceReader {
  return (paragraphs) => {
    const board = new Int32Array(share.board)
    const runs = share.runs
    const starts = runStarts(paragraphs, runs)
    const bounds = (k: number): [number, number] => [starts[k] as number, starts[k + 1] as number]
    const out: (Sentence[] | undefined)[] = new Array(paragraphs.length)
    const mine = new Set<number>()
    const readRun = (k: number) => {
      const [from, to] = bounds(k)
      const part = paragraphs.slice(from, to)
      const read = part.map((p) => readSentences(p.flat, p.start))
      read.forEach((s, i) => (out[from + i] = s))
      return { part, read }
    }
    for (let k = Atomics.add(board, 0, 1); k < runs; k = Atomics.add(board, 0, 1)) {
      mine.add(k)
      const { part, read } = readRun(k)
      // An empty run is marked, not posted: the other thread skips it and would never take it.
      if (part.length > 0) {
        const reading = encode(k, part, read)
        share.port.postMessage(reading, [reading.ints.buffer as ArrayBuffer])
      }
      Atomics.store(board, 1 + k, 1)
      Atomics.notify(board, 1 + k)
    }
    const take = () => {
      for (let m = receiveMessageOnPort(share.port); m; m = receiveMessageOnPort(share.port)) {
        const reading = m.message as RunReading
        const [from, to] = bounds(reading.run)
        decode(reading, paragraphs.slice(from, to)).forEach((s, i) => (out[from + i] = s))
      }
    }
    for (let k = 0; k < runs; k++) {
      if (mine.has(k)) continue
      const [from, to] = bounds(k)
      if (from === to) continue
      take()
      if (out[from] !== undefined) continue
      let chars = 0
      for (let i = from; i < to; i++) chars += (paragraphs[i] as ParagraphText).flat.length
      const patience = Math.max(share.patienceMs ?? PATIENCE_MS, chars / 1000)
      // Posted before it is marked: once marked, the message is there to take.
      if (Atomics.wait(board, 1 + k, 0, patience) !== 'timed-out') take()
      if (out[from] === undefined) readRun(k)
    }
    return out.map((s) => s ?? [])
  }
}
