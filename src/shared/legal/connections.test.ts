import { describe, expect, it } from 'vitest'
import { connectionsFromText } from './connections'
import type { DisclosureSpan } from './domain'

const span = (
  text: string,
  brands: string[],
  kind: DisclosureSpan['kind'] = 'material-connection',
) => ({ start: 0, end: text.length, text, kind, wording: 'clear', brands }) as DisclosureSpan

describe('connectionsFromText', () => {
  it('links a named person to the brands a material-connection disclosure names', () => {
    const people = [{ name: 'Rosalind Achterberg' }, { name: 'Priya Castellane' }]
    expect(
      connectionsFromText(people, [
        span('Dr. Achterberg is a paid ambassador for Orrenby.', ['Orrenby']),
      ]),
    ).toEqual([
      { name: 'Rosalind Achterberg', connections: [{ brand: 'Orrenby', kind: 'ambassador' }] },
    ])
  })

  it('reads the kind of tie from the wording and ignores other disclosure kinds', () => {
    const people = [{ name: 'Ana Ruiz' }]
    expect(
      connectionsFromText(people, [
        span('Ruiz consults for Lumio.', ['Lumio']),
        span('We may earn a commission.', ['Lumio'], 'affiliate'),
      ]),
    ).toEqual([{ name: 'Ana Ruiz', connections: [{ brand: 'Lumio', kind: 'paid-consultant' }] }])
    expect(connectionsFromText(people, [span('Nobody here is paid by Lumio.', ['Lumio'])])).toEqual(
      [],
    )
  })
})
