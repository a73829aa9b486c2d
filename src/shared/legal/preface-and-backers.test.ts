import { describe, expect, it } from 'vitest'
import { said } from '../../../test/support/quotes'
import type { Finding } from './domain'
import { analyseDisclosures } from './rules'

const FILLER = [
  'Prices range from $12 to $90, and most plans bill monthly.',
  'The formulas vary: some use envelopes, others use spreadsheets.',
  'Check your statements for two months before you change anything.',
  'Most of the tools we tried had a free tier.',
]
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join('\n\n')
const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'error')
const check = (body: string, who: Record<string, string> = {}) =>
  analyseDisclosures({ body, quotes: said(body, who) })

describe('a tie told up front, in the preface', () => {
  const praise = '“Pennywise Budget is the one app I give every client,” said Dr. Mara Lind.'
  for (const tie of [
    'Mara Lind is a paid adviser to Pennywise Budget, the app she mentions later on.',
    'Our guest, Dr. Mara Lind, is paid by Pennywise Budget to advise on its product.',
    'Dr. Mara Lind is a paid consultant for Pennywise Budget.',
  ])
    it(`covers the guest's later praise: ${tie.slice(0, 40)}`, () => {
      const body = `# Episode 12\n\nHost Sam Reyes talks budgeting with planner Dr. Mara Lind.\n\n${tie}\n\n## What we covered\n\n${filler(6)}\n\n${praise}\n`
      expect(errors(check(body, { 'one app': 'Mara Lind' }).findings)).toEqual([])
    })

  it('is still an error told in passing in a long career paragraph', () => {
    const body = `# Mara Lind, at home\n\nMara Lind has run her practice for twenty years. She wrote two books, taught at the city college, sat on three boards, and is a paid adviser to Pennywise Budget, though she rarely mentions it, preferring to talk about her garden, her dogs and the long walks she takes each morning before clients arrive at the office she shares with her sister.\n\n${filler(6)}\n\n${praise}\n`
    const fs = errors(check(body, { 'one app': 'Mara Lind' }).findings)
    expect(fs.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
  })

  it('is still an error when the tie is told only after the praise', () => {
    const body = `# Episode 12\n\nHost Sam Reyes talks budgeting with planner Dr. Mara Lind.\n\n## What we covered\n\n${praise}\n\n${filler(6)}\n\n*Mara Lind is a paid adviser to Pennywise Budget.*\n`
    const fs = errors(check(body, { 'one app': 'Mara Lind' }).findings)
    expect(fs.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
  })
})

describe('a thank-you that calls a company the show’s partner or sponsor', () => {
  const read = (line: string) => {
    const body = `# About the show\n\nThe show is made by two friends in a shed. ${line} New episodes every Thursday.\n`
    const r = analyseDisclosures({ body, quotes: [] })
    return r.disclosures.map((d) => `${d.kind}:${body.slice(d.start, d.end)}`)
  }
  it('is a sponsorship label in the vague words', () => {
    for (const line of [
      'Big thanks to Quillmark, our partner this season.',
      'Thanks as ever to Orbwell, our partners on this series.',
      'Thanks to Brindle Coffee, longtime supporters of the podcast, for the beans.',
    ])
      expect(read(line).some((d) => d.startsWith('sponsored:'))).toBe(true)
  })
  it('is no disclosure for a colleague or a partner in life', () => {
    for (const line of [
      'Thanks to Maria Lopez, our producer, for the edit.',
      'Thanks to Sam, my partner, for the patience.',
      'Thanks to Tallow Bakery, the café on Mill Road, for the space.',
    ])
      expect(read(line).filter((d) => d.startsWith('sponsored:'))).toEqual([])
  })
})

describe('a partner label heading a promotion box near the foot', () => {
  const intro = `# Fountains\n\nWe tested six fountains. Our pick is the Purlo Brook, [Check price](https://shop.example/purlo).\n\n${filler(7)}`
  it('is a vague label, not a sponsorship told after what it covers', () => {
    for (const label of ['From our partners', 'Partner content'])
      for (const box of [
        'Kibblecraft fresh food comes to your door every two weeks. [Try it today](https://kibblecraft.example/?utm_source=x)',
        'Get 40% off your first box of Nutrova cat food with code CATS40.',
      ]) {
        const body = `${intro}\n\n${label}\n\n${box}\n\nJo Bell has covered pets for nine years.\n`
        const fs = check(body).findings
        expect(errors(fs)).toEqual([])
      }
  })
  it('stays an error when the foot label heads only the writer’s bio', () => {
    const body = `${intro}\n\nFrom our partners\n\nJo Bell has covered pets for nine years. Follow her [here](https://social.example/jo).\n`
    expect(errors(check(body).findings).map((f) => f.rule)).toEqual(['sponsorship-undisclosed'])
  })
})
