import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'

// Articles written for these tests: a body as the writer of a statement, a reply or a letter.
const said = (md: string): [string, string | null][] => {
  const quotes = detectQuotes(md)
  const who = attributeQuotes(md, quotes)
  return quotes.map((q, i) => [q.text.slice(0, 21), who[i]?.speaker ?? null])
}

describe('an organisation as the writer', () => {
  it('takes "the company said" for the body that opens a sentence of the paragraph', () => {
    const md = `# Sleep study

Norrow Health, a company that makes sleep-tracking software, is not involved in this study.

The trial is funded by Lumora Optics. Lumora said in a statement that it welcomed the trial. "We believe independent science is good for everyone," the company said.`
    expect(said(md)).toEqual([['We believe independen', 'Lumora Optics']])
  })

  it('takes "the firm" for the merchant named in the sentence before', () => {
    const md = `# Van appeal

Local businesses have stepped in. Fenwick Timber Merchants has pledged to match donations made in December. In a statement, the firm said it wanted to “give something back to the villages that kept us going.”`
    expect(said(md)).toEqual([['give something back t', 'Fenwick Timber Merchants']])
  })

  it('gives a reply someone shares to the body that wrote it', () => {
    for (const intro of [
      "Joan Pike shared the council's reply on her page:",
      "Tom Reed posted the council's response in the residents' group:",
    ]) {
      const md = `# Parking\n\nResidents say the scheme run by Dunmore Borough Council has emptied the street.\n\n${intro}\n\n> We have listened to residents and will review the scheme in the spring.`
      expect(said(md), intro).toEqual([['We have listened to r', 'Dunmore Borough Council']])
    }
  })

  it('keeps the subject’s own reply hers', () => {
    const md = `# Parking\n\nResidents say the scheme run by Dunmore Borough Council has emptied the street.\n\nJoan Pike posted her reply on her page:\n\n> I have lived here for thirty years and never needed a permit for my own daughter.`
    expect(said(md)).toEqual([['I have lived here for', 'Joan Pike']])
  })
})

describe('a quote that ends its sentence ends the clause before the next quote', () => {
  it('gives the second quote to the one who answers the first', () => {
    for (const who of [
      'Dr. Ruairi Castell, an independent vet with no ties to any brand, was blunt:',
      'Ruairi Castell was blunt:',
      'Ruairi Castell, a vet, had a different view:',
    ]) {
      const md = `# Fountains\n\nOne maker promises its fountain will “end urinary problems for good.” ${who} “Nothing you put water in can promise that.”`
      expect(said(md), who).toEqual([
        ['end urinary problems ', null],
        ['Nothing you put water', 'Ruairi Castell'],
      ])
    }
  })

  it('keeps a quote inside its sentence part of the clause', () => {
    const md = `# Fountains\n\nOne maker calls its fountain “quiet” and promises it will “end urinary problems for good,” a claim vets dispute.`
    expect(said(md).at(-1)?.[1]).toBeNull()
  })
})

describe('the subject before an aside that opens with a preposition', () => {
  it('gives the quote to the subject, not a name inside the aside', () => {
    const intro = `# School run\n\nParents say the drop-off rules run by Harlow County Council are unworkable.`
    for (const [line, who] of [
      [
        'The council, in a reply to Dana Rusk, said the cameras were “a last resort.”',
        'Harlow County Council',
      ],
      [
        'Ana Ruiz, at a meeting with Tom Hale on Friday, said the rules were “badly explained.”',
        'Ana Ruiz',
      ],
    ] as const)
      expect(said(`${intro}\n\n${line}`).at(-1)?.[1], line).toBe(who)
  })

  it('reads "the school" as a body named as an academy or a college', () => {
    const md = `# School run\n\nParents at Fenmoor Academy say the drop-off rules set by Harlow County Council are unworkable.\n\nIn a letter to parents, the school said: "We know the new arrangements are difficult."`
    expect(said(md)).toEqual([['We know the new arran', 'Fenmoor Academy']])
  })
})
