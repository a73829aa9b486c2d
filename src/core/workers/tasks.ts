import { isMainThread } from 'node:worker_threads'
import {
  buildOffsetMap,
  reanchor,
  type OffsetMap,
  type Reanchored,
  type TextAnchor,
} from '@shared/anchors'
import { readDocument } from '@shared/language/document'
import { analyseRevision, type AnalysisHalf, type AnalysisInput } from '../analysis/prepare'
import {
  pack,
  packedBuffers,
  packValue,
  type PackedEntry,
  type PackedValue,
} from '../analysis/engines'
import { sharedReader, type ReadingShare } from '../analysis/shared-reading'
import { stateHashOfJson } from '../audit/service'
import type { Converted } from '../import/convert'
import type { ReadinessTaskArgs } from '../legal/readiness-task'
import { spansOf, type SpansInput } from '../revisions/spans'

// The diff of the last two texts: a save re-anchors claims and quotes in two tasks, one diff.
let lastDiff: { oldText: string; newText: string; map: OffsetMap } | null = null

function offsetMap(oldText: string, newText: string): OffsetMap {
  if (lastDiff?.oldText !== oldText || lastDiff.newText !== newText) {
    lastDiff = { oldText, newText, map: buildOffsetMap(oldText, newText) }
  }
  return lastDiff.map
}

/** Pure, CPU-heavy work that runs off the main thread (see pool.ts). */
export const TASKS = {
  /** Carries anchors from one revision's text into the next (docs/diff-and-anchors.md). */
  reanchor(args: {
    anchors: readonly TextAnchor[]
    oldText: string
    newText: string
  }): Reanchored[] {
    return reanchor(args.anchors, args.oldText, args.newText, offsetMap(args.oldText, args.newText))
  },
  /**
   * Every analyser over one revision, keyed for the main thread's cache (../analysis), packed
   * so the main thread reads it in parts.
   */
  analyse(args: {
    input: AnalysisInput
    half?: AnalysisHalf
    share?: ReadingShare
  }): PackedEntry[] {
    // The other half's thread reads the sentences with this one (../analysis/shared-reading.ts),
    // on a worker only: here on the main thread, waiting for a run would hold the event loop.
    if (args.share) {
      try {
        if (!isMainThread) readDocument(args.input.body, sharedReader(args.share))
      } finally {
        // Closed whether or not it was read from: an open port keeps every reading the other
        // thread posts to it (a 5,000,000-character draft's is about 22 MB) for the worker's
        // life. What was posted before the close can still be taken at the other end.
        args.share.port.close()
      }
    }
    return pack(analyseRevision(args.input, args.half), args.input.body)
  },
  /**
   * The quotes and disclosures of one revision, for the compare view (../revisions/spans.ts),
   * packed so the main thread reads a long draft's in parts.
   */
  spans(args: { input: SpansInput }): PackedValue {
    return packValue(spansOf(args.input))
  },
  /** The audit trail's state hash of a draft, from its review state as JSON. */
  stateHash(args: { json: string }): string {
    return stateHashOfJson(args.json)
  },
  /**
   * One draft's list readiness, read from its file (the background pass after a big library
   * opens: ../legal/summary.ts). The legal checks load with the first draft, not the worker.
   */
  async readiness(args: ReadinessTaskArgs): Promise<{ ready: boolean; blocking: number }> {
    const { readinessTask } = await import('../legal/readiness-task')
    return readinessTask(args)
  },
  /** An imported file to a title and Markdown body, or a refusal (../import/conversion.ts). */
  async convert(args: { fileName: string; bytes: Uint8Array }): Promise<Converted> {
    // The converters (mammoth, the HTML parser) load at the first import, not with the worker.
    const { convertFile } = await import('../import/convert')
    return convertFile(args.fileName, args.bytes)
  },
} as const

/**
 * What a task's result can hand over to the other thread instead of copying: the buffers of the
 * packed analysis results (a 5M-character draft's are about 80 MB).
 */
export function transferables(result: unknown): ArrayBuffer[] {
  const packed = (e: unknown): e is PackedValue =>
    !!e && typeof e === 'object' && Array.isArray((e as PackedValue).parts)
  if (packed(result)) return packedBuffers([result])
  if (!Array.isArray(result)) return []
  return result.every(packed) ? packedBuffers(result) : []
}

export type TaskName = keyof typeof TASKS
export type TaskArgs<T extends TaskName> = Parameters<(typeof TASKS)[T]>[0]
export type TaskResult<T extends TaskName> = ReturnType<(typeof TASKS)[T]>
