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

describe('words of picking in another sense (review, round 29)', () => {
  it('leaves a place, a helpline, a person and a reported view alone before a foot notice', () => {
    for (const para of [
      'If the weather turns, try the Maritime Museum on Quay Street, which is free.',
      'If he refuses, try the Deposit Protection Service’s free dispute service first.',
      'Kane was the obvious choice as captain, [the manager told reporters](https://fa.example/news/captain).',
      'Buses are a better bet than trains, a [report from the transport board](https://tarrow.example/report) found.',
      'For most buyers, a two-year fix from Halden Building Society is the sensible choice, brokers said.',
    ]) {
      const body = `# A short piece\n\n*By Ines Varo*\n\n${para}\n\n${filler(4)}\n\n${NOTICE}\n`
      expect(errors(check(body).findings)).toEqual([])
    }
  })

  it('still reads a buy verb inside a sentence with a price or a selling link', () => {
    for (const para of [
      'It rattles a little, but for $40, get the Orvell Mini and be done with it.',
      'On a tight budget, try the Orvell Mini ([see it at Lampstore](https://lampstore.example/mini)).',
    ]) {
      const body = `# Desk lamps\n\n*By Ines Varo*\n\n${para}\n\n${filler(4)}\n\n${NOTICE}\n`
      const late = errors(check(body).findings).find((f) => f.rule === 'affiliate-disclosure-late')
      expect(at(body, late)).toContain('Orvell Mini')
    }
  })

  it('does not read a link named for a union, a service or a campaign as a call to buy', () => {
    for (const label of ['shop workers’ union', 'order of service', 'Buy Nothing Day']) {
      const body = `# Strike\n\nStaff will walk out on Saturday, the [${label}](https://union.example/news) said.\n\n${filler(4)}\n\n${NOTICE}\n`
      expect(errors(check(body).findings)).toEqual([])
    }
  })
})
