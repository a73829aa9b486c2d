import { describe, expect, it } from 'vitest'
import { readDocument } from './document'
import { resolvePronoun } from './reference'

const profile = (late: string) => `# Mara Lind is back

Mara Lind missed two seasons with a knee injury. Mara Lind is now ranked 40th.

Lind trains in Harlow. Lind says the knee is fine.

Her coach, Tomas Brek, says she plays smarter now.

Brek has coached for 20 years. He played doubles on the tour.

The club has four indoor courts and a gym.

The season starts in January, and tickets are on sale.

${late}
`

describe('a pronoun far from any name, in a piece about one person', () => {
  it('resolves to the piece’s subject when her gender is the pronoun’s', () => {
    const body = profile('Last year she joined Brinewell as a paid ambassador.')
    const doc = readDocument(body)
    const r = resolvePronoun(doc, body.indexOf('she joined'), 'she', { paragraphs: 3 })
    expect(r?.entity?.name).toBe('Mara Lind')
  })

  it('does not give a pronoun of the other gender to the subject', () => {
    const body = profile('Last year he joined Brinewell as a paid ambassador.')
    const doc = readDocument(body)
    const r = resolvePronoun(doc, body.indexOf('he joined'), 'he', { paragraphs: 3 })
    expect(r?.entity?.name ?? null).not.toBe('Mara Lind')
  })
})
