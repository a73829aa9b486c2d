import { describe, expect, it } from 'vitest'
import { buildOffsetMap, reanchor, type TextAnchor } from '@shared/anchors'
import { TASKS } from './tasks'

const A = 'The ferry runs twice a day. Fares rise 12 percent in April. The council voted.'
const B = A.replace('twice', 'three times')
const C = `Preface. ${A.replace('12 percent', '15 percent')}`
const anchor = (text: string, exact: string): TextAnchor => {
  const start = text.indexOf(exact)
  const end = start + exact.length
  return { start, end, exact, prefix: text.slice(0, start), suffix: text.slice(end) }
}

describe('the reanchor task', () => {
  it('reuses the last diff only for the same two texts', () => {
    const anchors = [anchor(A, 'Fares rise 12 percent'), anchor(A, 'The council voted')]
    for (const [oldText, newText] of [
      [A, B],
      [A, B],
      [A, C],
      [B, C],
    ] as const) {
      expect(TASKS.reanchor({ anchors, oldText, newText })).toEqual(
        reanchor(anchors, oldText, newText, buildOffsetMap(oldText, newText)),
      )
    }
  })
})
