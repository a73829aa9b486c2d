import { describe, expect, it } from 'vitest'
import { currentQuotes } from '../quotes/current'
import { keys, store } from './engines'
import { analyseRevision } from './prepare'

const body = [
  '# Harbour council approves a ferry',
  '“It will halve the wait in summer,” said Tomas Reyes, the harbour master.',
  'Dr. Ilka Moss called the design “the safest on the coast”.',
].join('\n\n')

describe('the merged quotes go with the analysis', () => {
  it('the speech half sends the quotes every view reads, so the main thread does not merge them again', () => {
    const input = { body, people: [], quoteRecords: [], relations: [], subject: '' }
    const entries = analyseRevision(input, 'speech')
    const sent = entries.find((e) => e.kind === 'current')
    expect(sent?.key).toBe(keys.current(body, [], []))
    // As the main thread receives them: a copy, as the worker's results arrive.
    const copy = structuredClone(sent?.value)
    store([{ kind: 'current', key: keys.current(body, [], []), value: copy ?? [] }])
    const read = currentQuotes({ quotes: [] }, body, [])
    expect(read).toBe(copy)
    expect(read.map((q) => q.speaker)).toEqual(['Tomas Reyes', 'Ilka Moss'])
  })

  it('keeps them apart by people and records: another register or record is another key', () => {
    const person = { id: 'p1', name: 'Tomas Reyes' } as never
    const record = { id: 'r1' } as never
    const plain = keys.current(body, [], [])
    expect(keys.current(body, [person], [])).not.toBe(plain)
    expect(keys.current(body, [], [record])).not.toBe(plain)
    expect(keys.current(`${body} `, [], [])).not.toBe(plain)
  })
})
