import { describe, expect, it } from 'vitest'
import { brandFamilies } from '../language/brands'
import { readDocument } from '../language/document'
import { collectConnections, samePerson } from './connections'
import type { Statement } from './statements'

const statement = (people: string[], brand: string, at: number): Statement => ({
  start: at,
  end: at + 10,
  kind: 'material-connection',
  wording: 'clear',
  form: 'statement',
  brandNames: [brand],
  people,
  tie: 'ambassador',
  paragraph: 0,
  speaker: null,
  quoted: false,
})

describe('collectConnections', () => {
  const body =
    'Norvane Labs makes Night Repair. Dr. Lena Fox likes Norvane’s Night Repair. Tessel makes oats.'
  const families = brandFamilies(readDocument(body), ['Norvane Labs', 'Tessel'])

  it('merges the register’s ties with the text’s, by person and brand family', () => {
    const ties = collectConnections(
      [{ name: 'Lena Fox', connections: [{ brand: 'Norvane', kind: 'ambassador' }] }],
      [statement(['Lena Fox'], 'Norvane Labs', 40)],
      families,
    )
    expect(ties).toEqual([
      {
        person: 'Lena Fox',
        brand: 'Norvane Labs',
        kind: 'ambassador',
        source: 'register',
        disclosures: [{ start: 40, end: 50 }],
      },
    ])
  })

  it('keeps ties to two brands apart and adds ties shown by a referral code', () => {
    const ties = collectConnections([], [statement(['Lena Fox'], 'Norvane', 0)], families, [
      { person: 'Lena Fox', brand: 'Tessel', at: { start: 60, end: 70 } },
    ])
    expect(ties.map((t) => `${t.person}|${t.brand}|${t.source}|${t.disclosures.length}`)).toEqual([
      'Lena Fox|Norvane Labs|text|1',
      'Lena Fox|Tessel|referral-code|0',
    ])
  })
})

describe('samePerson', () => {
  it('matches a surname to a full name, not two people who share one', () => {
    expect(samePerson('Fox', 'Dr. Lena Fox')).toBe(true)
    expect(samePerson('Lena Fox', 'L. Fox')).toBe(true)
    expect(samePerson('Lena Fox', 'Omar Fox')).toBe(false)
  })
})
