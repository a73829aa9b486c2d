// A marks worker's job: one revision read as Markdown (about half a second at 200k words).
import { inlineMarks } from '@shared/text/markdown'
import type { Answered, MarksRequest } from './protocol'

/** The revision's Markdown marks, their flags moved to the window rather than copied. */
export function answerMarks(m: MarksRequest): Answered {
  const t0 = performance.now()
  const marks = inlineMarks(m.body)
  return [{ id: m.id, marks, ms: performance.now() - t0 }, [marks.flags.buffer]]
}
