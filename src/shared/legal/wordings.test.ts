import { describe, expect, it } from 'vitest'
import { check, filler, statements } from '../../../test/support/legal'

/** The kind and wording of each statement read in `text`, with the words it spans. */
const read = (text: string) => statements(text).map((s) => `${s.kind}/${s.wording}: ${s.text}`)

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
