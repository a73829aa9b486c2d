import { describe, expect, it } from 'vitest'
import { readDocument } from '../language/document'
import {
  firstPersonSubject,
  isDisclosure,
  isInstruction,
  quotedRanges,
  secondPersonSubject,
} from './voice'

// Sentences written for these tests.
const tokensOf = (s: string) => readDocument(s).paragraphs[0]!.sentences[0]!.tokens

describe('quotedRanges', () => {
  it('finds double and British single quotes, and tells apostrophes apart', () => {
    const text = '“It’s quiet,” she said. ‘The kettle’s lid sticks,’ he said. "Fine."'
    expect(quotedRanges(text, 0).map((r) => text.slice(r.start, r.end))).toEqual([
      'It’s quiet,',
      'The kettle’s lid sticks,',
      'Fine.',
    ])
  })

  it('runs a quote that is still open to the paragraph’s end', () => {
    const text = '“We sold out in a week.'
    expect(quotedRanges(text, 10)).toEqual([{ start: 11, end: 10 + text.length }])
  })
})

describe('isInstruction', () => {
  it('knows an instruction by its first verb, also when wink calls it a name', () => {
    for (const s of [
      'Bake the loaf for twenty minutes.',
      'Store the jar somewhere cool.',
      'Never leave a toddler alone in the bath.',
      'And be patient with the dough.',
      "Don't buy the cheap one.",
      'Use lamps instead of ceiling lights.',
      'How to save $500 in 60 days',
    ])
      expect(isInstruction(tokensOf(s)), s).toBe(true)
  })

  it('is not fooled by a subject that could be a verb', () => {
    for (const s of [
      'Research suggests the dough rises faster.',
      'Twin studies suggest it is inherited.',
      'People in the valley have farmed barley for centuries.',
      'Fits babies from 7 to 35 pounds.',
      'Rated 4.5 stars by 2,000 buyers.',
    ])
      expect(isInstruction(tokensOf(s)), s).toBe(false)
  })

  it('reads a name with its number, then a finite verb, as the subject', () => {
    for (const s of [
      'Ferry 3 carried 1,600 people in March.',
      'Route 9 closed for six weeks last spring.',
      'Flight 214 landed two hours late, the airline said.',
    ])
      expect(isInstruction(tokensOf(s)), s).toBe(false)
    // An instruction with a number goes on with a noun.
    for (const s of ['Add 3 cups of flour and stir.', 'Bake 20 minutes, then turn the tray.'])
      expect(isInstruction(tokensOf(s)), s).toBe(true)
  })

  it('reads a person whose first name is also a verb, or a title before a name, as the subject', () => {
    for (const s of [
      'Grant Okafor said the bridge cost $4 million.',
      'Drew Halloran told the inquiry the pumps had failed twice.',
      'Head gardener Ines Varga plants 9,000 bulbs every autumn.',
      'Team captain Rafe Molyneux scored twice in the second half.',
    ])
      expect(isInstruction(tokensOf(s)), s).toBe(false)
    // An order to ask a named person is still an order.
    expect(isInstruction(tokensOf('Ask Rafe Molyneux for the keys.'))).toBe(true)
  })
})

describe('subjects', () => {
  it('finds "I" or "we" as the subject, not in a clause after a noun', () => {
    expect(firstPersonSubject(tokensOf('We tested nine kettles.'))).toBe(true)
    expect(firstPersonSubject(tokensOf('On my last day I asked the captain.'))).toBe(true)
    expect(firstPersonSubject(tokensOf('The lowest price we have seen is £30.'))).toBe(false)
    expect(firstPersonSubject(tokensOf('None of the banks we called would comment.'))).toBe(false)
    expect(secondPersonSubject(tokensOf('You will need two eggs.'))).toBe(true)
    expect(secondPersonSubject(tokensOf('Your kettle needs descaling.'))).toBe(false)
  })
})

describe('isDisclosure', () => {
  it('knows connections and the publication’s dealings, not research funding', () => {
    for (const s of [
      'Dr. Vale is a paid consultant for Orla.',
      'We may earn a commission when you buy through our links.',
      'Orla sent us review units, which we returned.',
      'This series is presented by the Harwick Foundation.',
      'The newsroom staff were not involved in its creation.',
    ])
      expect(isDisclosure(s), s).toBe(true)
    expect(isDisclosure('The trial was funded by Orla Skin.')).toBe(false)
    expect(isDisclosure('Dr. Vale, who was not involved in the study, praised it.')).toBe(false)
  })
})
