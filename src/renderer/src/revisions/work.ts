// The diff and the Markdown marks of a compared pair: worked out at once for short revisions,
// on a worker for long ones, so that comparing two long revisions never freezes the window.
import { useEffect, useMemo, useState } from 'react'
import { RESOLVE_DIFF_OPTIONS } from '@shared/constants'
import { diffRevisions, type RevisionDiff } from '@shared/diff'
import { inlineMarks } from '@shared/text/markdown'
import type { CompareAnswer, CompareRequest } from './compare.worker'
import type { BodyMarks } from './marked'

/** Pairs longer than this together (characters) are compared on a worker. */
export const LONG_PAIR = 120_000

/** What the comparison shows. */
export interface CompareWork {
  readonly diff: RevisionDiff
  readonly marks: BodyMarks
}

/** The comparison's workers: the diff and each side's marks run at once, one worker each. */
const workers: Worker[] = []
let nextId = 1
const waiting = new Map<number, (a: CompareAnswer) => void>()

/** Runs one job on the `slot`th worker (started on first use). */
function run(slot: number, job: DistributiveOmit<CompareRequest, 'id'>): Promise<CompareAnswer> {
  let w = workers[slot]
  if (!w) {
    w = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (e: MessageEvent<CompareAnswer>) => {
      waiting.get(e.data.id)?.(e.data)
      waiting.delete(e.data.id)
    }
    workers[slot] = w
  }
  const worker = w
  return new Promise((resolve, reject) => {
    const id = nextId++
    waiting.set(id, (a) => ('error' in a ? reject(new Error(a.error)) : resolve(a)))
    worker.postMessage({ ...job, id } as CompareRequest)
  })
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

async function compareOffThread(oldBody: string, newBody: string): Promise<CompareWork> {
  const [d, o, n] = await Promise.all([
    run(0, { kind: 'diff', old: oldBody, new: newBody }),
    run(1, { kind: 'marks', body: oldBody }),
    run(2, { kind: 'marks', body: newBody }),
  ])
  if (!('diff' in d) || !('marks' in o) || !('marks' in n)) throw new Error('mixed answers')
  // For the bench and for anyone curious: how long the diff of the last long pair took (ms).
  document.documentElement.dataset['lastDiffMs'] = d.ms.toFixed(1)
  return { diff: d.diff, marks: { old: o.marks, new: n.marks } }
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
