import { describe, expect, it } from 'vitest'
import { openingEnd } from './tree'

const para = (i: number) => `Paragraph ${i} says something plain about the council's budget.`

describe('openingEnd', () => {
  it('ends a long body’s opening at a paragraph break before plain text', () => {
    const body = Array.from({ length: 2000 }, (_, i) => para(i)).join('\n\n')
    const end = openingEnd(body, 1000)
    expect(end).not.toBeNull()
    expect(end).toBeGreaterThanOrEqual(1000)
    expect(body.slice(0, end ?? 0).endsWith('\n\n')).toBe(true)
    expect(body.slice(end ?? 0)).toMatch(/^Paragraph \d+/)
  })

  it('never ends it inside fenced code, before a list item or an indented line', () => {
    const code =
      '```\n' + Array.from({ length: 60 }, (_, i) => `line ${i}\n\nmore`).join('\n') + '\n```'
    const body = [para(0), code, '1. first', '', '2. second', '', '    indented', '', para(1)].join(
      '\n\n',
    )
    const end = openingEnd(body, 10)
    expect(body.slice(end ?? 0)).toMatch(/^Paragraph 0|^Paragraph 1/)
    expect(body.slice(0, end ?? 0).split('```').length % 2).toBe(1)
  })

  it('gives up where no such break comes early', () => {
    expect(openingEnd('x'.repeat(100_000), 1000)).toBeNull()
  })
})
