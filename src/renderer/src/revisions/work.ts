// The diff and the Markdown marks of a compared pair: worked out at once for short revisions,
// on a worker for long ones, so that comparing two long revisions never freezes the window.
import { useEffect, useMemo, useState } from 'react'
import { RESOLVE_DIFF_OPTIONS } from '@shared/constants'
import { diffRevisions, type RevisionDiff } from '@shared/diff'
import { inlineMarks, type InlineMarks } from '@shared/text/markdown'
import { unpackDiff } from './diffWire'
import type { BodyMarks } from './marked'
import { ask, LONG_PAIR, prepareWorker } from './workers'

export { LONG_PAIR }

/** What the comparison shows. */
export interface CompareWork {
  readonly diff: RevisionDiff
  readonly marks: BodyMarks
}

/**
 * The diff, as the window has it: asked of the diff's worker, answered packed (./diffWire.ts)
 * and unpacked here. Records for the bench and for anyone curious how long the window waited,
 * from asking to having it (`lastDiffMs`), and how long of that the diff took on the worker.
 */
async function diffOffThread(oldBody: string, newBody: string): Promise<RevisionDiff> {
  const asked = performance.now()
  const a = await ask('diff', { kind: 'diff', old: oldBody, new: newBody })
  let diff: RevisionDiff
  if ('packed' in a) diff = unpackDiff(a.packed, oldBody, newBody)
  else if ('diff' in a) diff = a.diff
  else throw new Error('mixed answers')
  const dataset = document.documentElement.dataset
  dataset['lastDiffMs'] = (performance.now() - asked).toFixed(1)
  dataset['lastDiffWorkerMs'] = a.ms.toFixed(1)
  return diff
}

async function marksOffThread(slot: 'old' | 'new', body: string): Promise<InlineMarks> {
  const a = await ask(slot, { kind: 'marks', body })
  if (!('marks' in a)) throw new Error('mixed answers')
  return a.marks
}

/** Cores enough for the three jobs and the window at once (navigator says how many it has). */
const MANY_CORES = 4

/**
 * The diff and both sides' marks. With fewer than MANY_CORES cores, the marks are asked once
 * the diff is in: three jobs at once on this 2-core machine made the diff wait for a core, and
 * the comparison, which needs all three, comes no later for it (the marks take the longer).
 * Their workers, if not started yet, start now and load meanwhile.
 */
async function compareOffThread(oldBody: string, newBody: string): Promise<CompareWork> {
  const diff = diffOffThread(oldBody, newBody)
  prepareWorker('old')
  prepareWorker('new')
  const marksAfter = (navigator.hardwareConcurrency || 2) < MANY_CORES ? diff : Promise.resolve()
  const [d, old, nw] = await Promise.all([
    diff,
    marksAfter.then(() => marksOffThread('old', oldBody)),
    marksAfter.then(() => marksOffThread('new', newBody)),
  ])
  return { diff: d, marks: { old, new: nw } }
}

function compareHere(oldBody: string, newBody: string): CompareWork {
  return {
    // With the options main uses, so change ids agree with it.
    diff: diffRevisions(oldBody, newBody, RESOLVE_DIFF_OPTIONS),
    // Markdown as a reader sees it: headings, emphasis and links without their syntax.
    marks: { old: inlineMarks(oldBody), new: inlineMarks(newBody) },
  }
}

/** The pair's diff and marks; null while a worker works them out. Once per pair. */
export function useCompareWork(oldBody: string, newBody: string): CompareWork | null {
  const long = oldBody.length + newBody.length > LONG_PAIR && typeof Worker !== 'undefined'
  const here = useMemo(
    () => (long ? null : compareHere(oldBody, newBody)),
    [oldBody, newBody, long],
  )
  const [done, setDone] = useState<{ old: string; new: string; work: CompareWork } | null>(null)
  useEffect(() => {
    if (!long) return
    let live = true
    compareOffThread(oldBody, newBody)
      // A worker that fails leaves the work to this thread, slower but complete.
      .catch(() => compareHere(oldBody, newBody))
      .then((work) => live && setDone({ old: oldBody, new: newBody, work }))
    return () => {
      live = false
    }
  }, [oldBody, newBody, long])
  if (here) return here
  return done && done.old === oldBody && done.new === newBody ? done.work : null
}
