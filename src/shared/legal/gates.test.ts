import { afterEach, describe, expect, it } from 'vitest'
import { brandKey } from '../language/brands'
import { readDocument } from '../language/document'
import { frameGates } from './frame'
import { readStatements } from './statements'

/**
 * The frame gates (frame.ts) skip a clause that holds none of a frame's words; they must never
 * change what is read. Each text is read with the gates on and off, and the two readings must be
 * the same, for statements of every frame and for look-alikes that state nothing.
 */
function read(body: string, gates: boolean, known: string[] = []) {
  frameGates.on = gates
  const doc = readDocument(`# A short piece\n\nSome opening words about the subject.\n\n${body}\n`)
  return readStatements(
    { doc, quotes: [], people: [], brandKeys: new Set(known.map(brandKey)), leadBrand: null },
    { knownBrands: known },
  ).map((s) => `${s.kind}/${s.wording} ${s.start}-${s.end} ${s.brandNames.join('+')}`)
}

afterEach(() => {
  frameGates.on = true
})

describe('frame gates', () => {
  it.each([
    // Statements the frames read.
    'We may earn a commission when you buy through the links on this page.',
    'This newsletter is sponsored by Quillmark Paper.',
    'Tavro Outdoor lent us the tent for this review.',
    'Thanks to Brisa Coffee for the beans!',
    'Dr. Ines Varro is a paid adviser to Corlend Labs.',
    'The trial was funded by Corlend Labs.',
    'Corlend Labs had no say in what we wrote.',
    'This review was not sponsored, and no brand paid to be included.',
    'We bought every kettle at full price.',
    'The views expressed are the author’s own.',
    'The Harlow Gazette is owned by Pellmark Media.',
    'Her husband co-owns Brisa Coffee.',
    'This is an advertisement for Tavro Outdoor.',
    // Look-alikes: the same words in an innocent sense, and sentences with none of them.
    'The river rose two metres in a week, the council said.',
    'She earned her degree in Lisbon before moving north.',
    'The ferry was not running on Sunday.',
    'Thanks to the rain, the harvest came late.',
    'He paid tribute to the volunteers who cleared the path.',
    'The hikers were guests at a wedding in the valley.',
  ])('reads “%s” the same with the gates off', (text) => {
    expect(read(text, true, ['Corlend Labs'])).toEqual(read(text, false, ['Corlend Labs']))
  })

  it('still reads each frame’s statement with the gates on', () => {
    expect(read('This newsletter is sponsored by Quillmark Paper.', true)).toHaveLength(1)
    expect(read('Tavro Outdoor lent us the tent for this review.', true)).toHaveLength(1)
    expect(read('The river rose two metres in a week, the council said.', true)).toEqual([])
  })
})
