import { describe, expect, it } from 'vitest'
import { at, check, errors, filler } from '../../../test/support/legal'

const NOTICE = 'We may earn a commission when you buy through links on this page.'

describe('the publisher’s picks inside a sentence', () => {
  it('reads a buy imperative that opens a clause, and "make it the X", as a pick', () => {
    for (const para of [
      'If you only buy one lamp this winter, make it the Orvell Halo (buy it at Lampstore for $89).',
      'The Orvell Halo is bright and cheap; grab one before the sale ends on Friday.',
      'For a small desk, the Orvell Halo ($59) is a good pick.',
    ]) {
      const body = `# Desk lamps\n\n*By Ines Varo*\n\n${para}\n\n${filler(4)}\n\n${NOTICE}\n`
      const late = errors(check(body).findings).find((f) => f.rule === 'affiliate-disclosure-late')
      expect(at(body, late)).toContain('Orvell Halo')
    }
  })

  it('leaves a conditional buy, a person "choice" and an idiom alone', () => {
    for (const para of [
      'If you buy the Orvell Halo, keep the receipt: the warranty needs it.',
      'Mara Lind was the obvious choice for the job, the board said.',
      'Prices rose, and nobody could make it to the Orvell Halo launch.',
    ]) {
      const body = `# Desk lamps\n\n*By Ines Varo*\n\n${para}\n\n${filler(4)}\n\n${NOTICE}\n`
      expect(errors(check(body).findings)).toEqual([])
    }
  })
})

describe('a link labelled as a call to buy sells', () => {
  it('reads "shop here" and "Buy now" links as product links before a late notice', () => {
    for (const label of ['shop here', 'Buy now', 'check price']) {
      const body = `# Baskets\n\nThe linen-lined baskets ([${label}](https://weave.example/basket)) release dough cleanly.\n\n${filler(4)}\n\n${NOTICE}\n`
      const late = errors(check(body).findings).find((f) => f.rule === 'affiliate-disclosure-late')
      expect(late).toBeDefined()
    }
  })

  it('leaves a link to a report or a map alone', () => {
    for (const label of ['read the report', 'see the map']) {
      const body = `# Baskets\n\nThe guild's survey ([${label}](https://guild.example/survey)) found most bakers proof too long.\n\n${filler(4)}\n\n${NOTICE}\n`
      expect(errors(check(body).findings)).toEqual([])
    }
  })
})
