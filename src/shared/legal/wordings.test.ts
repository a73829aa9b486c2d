import { describe, expect, it } from 'vitest'
import { at, check, errors, filler, statements } from '../../../test/support/legal'

/** The kind and wording of each statement read in `text`, with the words it spans. */
const read = (text: string) => statements(text).map((s) => `${s.kind}/${s.wording}: ${s.text}`)

describe('editorial independence in other words', () => {
  it('reads choices made by editors, not advertisers, as independence', () => {
    for (const line of [
      'Our picks are made by editors, not advertisers.',
      'Our recommendations are decided by our testers, not by brands.',
      'All rankings are set by the review team, not sponsors.',
      'Our journalism is funded by readers, not advertisers.',
    ])
      expect(read(line)).toEqual([`other/clear: ${line}`])
  })

  it('leaves a thing made by one maker and not another alone', () => {
    // Mid-piece, where a publication does not say who keeps it.
    const midPiece = (line: string) =>
      check(`# Local news\n\n*By Ada Kemble*\n\n${line}\n\n${filler(4)}\n`).disclosures
    for (const line of [
      'The jacket is made by Corra, not Halden.',
      'The decision was made by the board, not advertisers.',
      'Most of the money was made by advertisers, not readers.',
      // Another outlet's revenue, in news copy.
      'Half of the Harbour Gazette’s revenue is paid by readers, not advertisers.',
    ])
      expect(midPiece(line)).toEqual([])
  })

  it('reads a person who does not speak for a company, and no brand recommended here', () => {
    expect(
      read(
        'She spoke to us about sleep in general; she does not speak for the company, and no brand is recommended here.',
      ),
    ).toEqual([
      'other/clear: she does not speak for the company',
      'other/clear: no brand is recommended here.',
    ])
    expect(read('He doesn’t speak on behalf of Sonalis.')).toEqual([
      'other/clear: He doesn’t speak on behalf of Sonalis.',
    ])
    expect(read('No product is endorsed in this article.')).toEqual([
      'other/clear: No product is endorsed in this article.',
    ])
  })

  it('leaves a former or a one-off spokesperson and general advice alone', () => {
    for (const line of [
      'Reed, who no longer speaks for the company, said the plant would close.',
      'At the hearing, Reed did not speak for the company.',
      'No brand is recommended for babies under six months.',
      'Nobody speaks for the river, she said, and that is the problem.',
    ])
      expect(read(line)).toEqual([])
  })
})

describe('who keeps the publication, said by name at its foot', () => {
  const piece = (lines: string[]) => {
    const body = `# Cycle lanes at risk\n\n*By Ada Kemble*\n\n${lines.join('\n\n')}\n`
    return check(body).disclosures.map((d) => `${d.kind}: ${d.text}`)
  }

  it('reads a member-funded newsroom or an independent magazine in the foot line', () => {
    expect(
      piece([filler(3), 'The Open Question is a nonprofit newsroom funded by its members.']),
    ).toEqual(['other: The Open Question is a nonprofit newsroom funded by its members.'])
    expect(piece([filler(3), 'Spoke & Street is an independent cycling magazine.'])).toEqual([
      'other: Spoke & Street is an independent cycling magazine.',
    ])
  })

  it('leaves another outlet described in the news copy alone', () => {
    expect(
      piece([
        'The Cycling Courier, which broke the story, is an independent cycling magazine based in Leeds.',
        'The Open Question, a nonprofit newsroom funded by its members, first reported the closure.',
        filler(4),
      ]),
    ).toEqual([])
    // A club funded by its members is no publication, at the foot or not.
    expect(piece([filler(3), 'The rowing club is funded by its members.'])).toEqual([])
    expect(piece([filler(3), 'The rowing club is member-funded.'])).toEqual([])
    expect(piece([filler(3), 'The Lantern is a member-funded newsroom.'])).toEqual([
      'other: The Lantern is a member-funded newsroom.',
    ])
  })
})

describe('a thank-you to a place for having the writer', () => {
  it('reads a name of the form "X’s Y" thanked for a stay as a vague hosted stay', () => {
    for (const line of [
      'Thanks to the Ferryman’s Rest for having us.',
      "Thanks to Nell's Kitchen for putting me up.",
      'Thanks to the Harbourmaster’s House for a lovely stay.',
    ]) {
      const r = check(`# A weekend on the coast\n\n*By Ada Kemble*\n\n${filler(3)}\n\n${line}\n`)
      expect(r.disclosures.map((d) => `${d.kind}/${d.wording}: ${d.text}`)).toEqual([
        `gifted-product/ambiguous: ${line}`,
      ])
      expect(r.findings.map((f) => `${f.severity}: ${f.rule}`)).toEqual([
        'warning: ambiguous-wording',
      ])
    }
  })

  it('leaves a causal thanks, another kind of help or a person alone', () => {
    for (const line of [
      'Thanks to the volunteers, the beach is clean.',
      "Thanks to St John's Ambulance for helping the injured.",
      'Thanks to Orvo’s Dana Reed for having us.',
      'The Ferryman’s Rest was built for sailors.',
    ])
      expect(read(line)).toEqual([])
  })
})

describe('a thank-you to a place for an evening or a visit (review, round 29)', () => {
  it('still reads a stay in other words', () => {
    for (const line of [
      'Our thanks to Mabel’s Cottage for hosting us over the long weekend.',
      'Thanks to the Drover’s Arms for putting us up for the night.',
      'Thanks to the Harbourmaster’s House for two quiet nights.',
    ])
      expect(read(line)).toEqual([`gifted-product/ambiguous: ${line}`])
  })

  it('leaves a night out, a weekend of music and a visit alone', () => {
    for (const line of [
      'Thanks to the Queen’s Head for a great night, said the organiser.',
      'Thanks to the Miller’s Barn for a weekend of music.',
      'Thanks to Tarrow’s Youth Theatre for having us at rehearsals on Thursday.',
    ])
      expect(read(line)).toEqual([])
  })
})

describe('a partner slot’s heading', () => {
  const body = (heading: string) =>
    `# Weeknight dinners\n\n*By Ada Kemble*\n\nFive things to cook this week.\n\n## ${heading}\n\nGreenleaf Kitchen delivers meal kits, from $7.99 a serving.\n`

  it('reads "A word from our partner" as a vague sponsorship label', () => {
    for (const heading of [
      'A word from our partner',
      'A message from our partners',
      'A quick note from this week’s partner',
    ]) {
      const r = check(body(heading))
      expect(r.disclosures.map((d) => `${d.kind}/${d.wording}/${d.form}: ${d.text}`)).toEqual([
        `sponsored/ambiguous/label: ${heading}`,
      ])
      expect(r.findings.map((f) => f.rule)).toContain('ambiguous-wording')
    }
  })

  it('leaves a word from an editor, and partner schools, alone', () => {
    for (const heading of [
      'A word from our editor',
      'A message from our partner schools',
      'A note from my partner',
    ])
      expect(check(body(heading)).disclosures).toEqual([])
  })
})

describe('an affiliate notice in informal words', () => {
  it('reads coins or a cut handed to us when readers buy through links', () => {
    for (const line of [
      'If you buy through these links, the shop sends us a few pennies.',
      'If you order through our links, the retailer throws us a few quid.',
      'When you shop from these links we may get a few cents.',
      'Buy anything through the links here and we get a small cut.',
    ])
      expect(read(line)).toEqual([`affiliate/clear: ${line}`])
  })

  it('leaves a newsletter from a shop, a reader’s saving and change alone', () => {
    for (const line of [
      'The shop sends us a newsletter every week.',
      'If you buy through these links, you save a few pennies.',
      'When you buy through my links, you get a few cents off.',
      'The shop gives us a few pennies of change.',
    ])
      expect(read(line)).toEqual([])
  })
})

describe('a "Partner content" piece that says nobody paid', () => {
  const piece = (line: string) =>
    `Partner content\n\n# The long walk home\n\n*By Ada Kemble*\n\n${line}\n\nThe old ferry path runs along the river for three miles, past the mill the Eastbank History Society restored.\n\n${filler(3)}\n`

  it('keeps the label’s warning but raises no whole-piece error', () => {
    for (const line of [
      'No one paid for this piece. It was written with the Eastbank History Society, one of our community partners.',
      'This one was written by volunteers of the Eastbank History Society, who receive no payment.',
      'This article was not sponsored.',
    ]) {
      const r = check(piece(line))
      expect(errors(r.findings)).toEqual([])
      expect(r.findings.map((f) => f.rule)).toContain('ambiguous-wording')
    }
  })

  it('keeps the error when the denial is a quote, or another work’s', () => {
    for (const line of [
      '“No one paid for the path, the village built it,” said Mary Oduya.',
      'The song was written by Mara Lind, who received no payment for it.',
      'Pell’s Bakery, which makes the best loaf in town, did not pay for this piece.',
    ]) {
      const body = piece(line)
      const r = check(body, { 'No one paid for the path': 'Mary Oduya' })
      const whole = errors(r.findings).find((f) => f.rule === 'sponsorship-undisclosed')
      expect(at(body, whole)).toBe('Partner content')
    }
  })
})

describe('a funding word as a noun funds nothing', () => {
  it('reads no funder from "its parking fund" or "pension funds"', () => {
    for (const line of [
      'The garage, a joint project between the city and the developer Ridgeline Partners, would cost $31 million, with the city paying $12 million from its parking fund.',
      'Halden Homes, the builder, said the council’s pension funds were not involved.',
    ])
      expect(read(line).filter((s) => s.startsWith('material-connection'))).toEqual([])
  })

  it('still reads a brand that funds research as a verb', () => {
    for (const line of [
      'Norvane funds the survey every year.',
      'The trial, which Norvane funds, found fewer colds.',
      'Norvane paid for the trial.',
    ])
      expect(read(line).some((s) => s.startsWith('material-connection/clear'))).toBe(true)
  })
})

describe('a bare "not sponsored" in news, and a source’s own independence', () => {
  it('reads no disclosure in a narrated clause or a source’s quote', () => {
    expect(read('The team rode 400 km, not sponsored, and finished third.')).toEqual([])
    expect(read('She ran the marathon in 2019, not sponsored, in borrowed shoes.')).toEqual([])
    const body = `# Lab results\n\n*By Ada Kemble*\n\n“Our review is fully independent,” said Joan Price, who led it.\n\n${filler(3)}\n`
    expect(check(body, { 'Our review is fully independent': 'Joan Price' }).disclosures).toEqual([])
  })

  it('still reads a caption’s "not sponsored" and the writer’s own independence', () => {
    for (const line of [
      'Love these socks, not sponsored, just a fan.',
      'These socks are great, not sponsored.',
      'I wore them all winter, not sponsored, and they held up.',
    ])
      expect(read(line)).toEqual(['other/clear: not sponsored'])
    expect(read('We are fully independent.')).toEqual(['other/clear: We are fully independent.'])
  })
})

describe('a person’s deal with the brand denied (lead probe r9, round 29)', () => {
  it('reads "she has no deal with the brand" as an independence statement', () => {
    for (const line of [
      'Quist told us she has no deal with the brand and bought the tins herself.',
      'He has no contract with the company, he said.',
    ])
      expect(read(line)).toEqual([`other/clear: ${line}`])
  })

  it('leaves a deal on the table, a club contract and a landlord alone', () => {
    for (const line of [
      'There is no deal on the table, the union said.',
      'He has no contract with Tarrow Rovers beyond June, his agent said.',
      'She has no deal with the landlord yet, and the rent is due on Friday.',
      'No deal was reached with Harbourside, the council said.',
    ])
      expect(read(line)).toEqual([])
  })
})

describe('a tie tag on a name the piece never prices or ties (lead probe r9, round 29)', () => {
  const piece = (para: string) => `# Five creators\n\n*By Lena Boateng*\n\n${para}\n`
  it('reads "#brightleafpartner" after "Brightleaf gummies" as a vague sponsorship tag', () => {
    const r = check(
      piece(
        'Jade Oyelaran posted a video in which she takes two Brightleaf gummies. The caption ends with #brightleafpartner #wellness.',
      ),
    )
    expect(r.disclosures.map((d) => `${d.kind}/${d.wording}: ${d.text}`)).toEqual([
      'sponsored/ambiguous: #brightleafpartner',
    ])
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('reads no tag of a person’s name or a place’s', () => {
    for (const para of [
      'Jade Oyelaran posted a video from her kitchen. The caption ends with #jadeambassador #wellness.',
      'We spent a week in Lisbon, walking. The caption ends with #lisbonpartner #travel.',
    ])
      expect(check(piece(para)).disclosures).toEqual([])
  })
})
