import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'

// Short passages written for these tests (invented people, places and brands): what frames a
// story (who did not answer, the editor's note, the writer's bio line) against the facts that
// sit beside it in the same paragraph.

describe('non-responses', () => {
  const md = [
    '# Bus depot roof collapses after storm',
    '',
    'Part of the roof of the Harlow Lane bus depot fell in on Friday night. The depot opened in 1998 and houses 60 buses.',
    '',
    'Tollcrest Transit, which runs the depot, did not reply to emails about the March survey. A man who answered the door at its yard said no one was available to comment.',
    '',
    'The county building inspector declined to discuss the survey, and the fire brigade said it could not be reached for its own report until Monday. The council said it was not aware of any earlier warnings, and the cause has not yet been established.',
    '',
    'A spokeswoman for the union declined to say how many of the depot’s 140 drivers had been sent home.',
  ].join('\n')

  it('does not propose that a source did not answer, declined or was unavailable', () => {
    expect(
      proposals(md, [
        'did not reply to emails about the March survey',
        'no one was available to comment',
        'declined to discuss the survey',
        'was not aware of any earlier warnings',
        'the cause has not yet been established',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes a figure given in one, and the facts beside it', () => {
    expect(proposals(md, ['140 drivers', 'opened in 1998']).missed).toEqual([])
  })
})

describe('a paragraph read as boilerplate for one of its sentences', () => {
  const md = [
    '# “Rivers remember every winter”',
    '',
    '**Odile Ferrant has measured the Vessa river for 22 years. A geomorphologist at the Lintner Institute for Upland Studies, she thinks the river bed will shift within a decade. This interview has been edited for length and clarity.**',
    '',
    '**Q:** What do you measure?',
    '',
    'A: Sediment, mostly.',
  ].join('\n')

  it('reads the sentences that are not boilerplate', () => {
    expect(
      proposals(md, ['measured the Vessa river for 22 years', 'Lintner Institute']).missed,
    ).toEqual([])
  })

  it('leaves the editing note alone', () => {
    expect(proposals(md, ['edited for length and clarity']).proposed).toEqual([])
  })
})

describe("the writer's bio", () => {
  const md = [
    '# Six weeks with a rowing machine',
    '',
    'By Pell Arunsen',
    '',
    'The Corvid R3 costs £640 and folds to 40 cm deep.',
    '',
    '*Pell Arunsen is our fitness editor. She has rowed 3,000 kilometres on it since May, and the Corvid test unit was funded by the Harthill Sports Trust.*',
  ].join('\n')

  it('skips the bio line but checks what the paragraph goes on to state', () => {
    expect(proposals(md, ['is our fitness editor']).proposed).toEqual([])
    expect(proposals(md, ['rowed 3,000 kilometres']).missed).toEqual([])
  })
})

describe("a source's denial of a property", () => {
  const md = [
    '“Borage oil is gentle,” said Dr. Lis Amundsen, a pharmacist at the Kell Road Clinic. “It doesn’t thin the blood, and it is not a substitute for an inhaler.”',
    '',
    '“They don’t rust in salt water,” the boatbuilder said of the bronze fittings.',
    '',
    'The café was empty. It was not busy, and it isn’t a place for laptops anyway.',
    '',
    '“It’s not a lot of money,” she said. “It hasn’t helped yet. She wasn’t angry.”',
  ].join('\n')

  it('proposes a quoted source denying a property of a thing', () => {
    expect(
      proposals(md, [
        'It doesn’t thin the blood',
        'it is not a substitute for an inhaler',
        'They don’t rust',
      ]).missed,
    ).toEqual([])
  })

  it('leaves the writer’s asides, waits, amounts and people’s moods alone', () => {
    expect(
      proposals(md, [
        'It was not busy',
        'It’s not a lot of money',
        'It hasn’t helped yet',
        'She wasn’t angry',
      ]).proposed,
    ).toEqual([])
  })
})

describe("a source's ranking against what they have tested", () => {
  const md = [
    '“The Ostrel valve is the first seal I’ve tested that survives a month in brine,” said Noor Hakim, a marine engineer at Calloway Yard.',
    '',
    '“On our test bench it held pressure as well as any pump we have measured,” she said. “Their service team is the best I’ve seen.”',
    '',
    '“He is the kindest neighbour I’ve ever had,” she said. “The best one I’ve used is the old brass model.”',
    '',
    'It was the best soup I have tried all year.',
  ].join('\n')

  it('proposes a thing ranked against what the source tested or used', () => {
    expect(
      proposals(md, [
        'the first seal I’ve tested',
        'as well as any pump',
        'Their service team is the best',
      ]).missed,
    ).toEqual([])
  })

  it('leaves a person’s ranking, a pick and the writer’s own taste alone', () => {
    expect(
      proposals(md, [
        'the kindest neighbour',
        'The best one I’ve used',
        'the best soup I have tried',
      ]).proposed,
    ).toEqual([])
  })
})

describe('proportions in words', () => {
  const md = [
    'A poll by the Harrowgate Cycling Club found that most riders wanted wider lanes, and one in five said they had been hit by a car door.',
    '',
    '“The old press jammed one sheet in twenty,” the printer said. “Two bottles in three come back chipped.”',
  ].join('\n')

  it('proposes "one in five" and "one sheet in twenty" as figures', () => {
    expect(
      proposals(md, [
        'one in five said they had been hit',
        'jammed one sheet in twenty',
        'Two bottles in three',
      ]).missed,
    ).toEqual([])
  })
})

describe('a report that goes on after "and that"', () => {
  const md =
    'The ferry company says 88 percent of sailings left on time last summer, and that passengers are never charged for a missed connection.'

  it('weighs the second "that" clause as part of the report', () => {
    expect(proposals(md, ['passengers are never charged']).missed).toEqual([])
  })

  it('does not read a bare "that" clause in the writer’s prose as a report', () => {
    expect(
      proposals('The lane is quiet, and that suits the owls, which never leave.', ['that suits'])
        .proposed,
    ).toEqual([])
  })
})

describe('a report whose speaker is named in an earlier clause', () => {
  const md = [
    'A neighbour, who did not want her name used, said the first sirens came at about 4:20 a.m.',
    '',
    'The harbour office closed the slipway, and said the water had cleared by 11 a.m.',
    '',
    'One trustee, who resigned in May, said the board had “made up its mind weeks ago”.',
  ].join('\n')

  it('weighs what the clause after the verb reports as the source’s claim', () => {
    expect(
      proposals(md, ['the first sirens came at about 4:20 a.m.', 'cleared by 11 a.m.']).missed,
    ).toEqual([])
  })

  it('leaves a report that only quotes a phrase to the quote', () => {
    expect(proposals(md, ['made up its mind weeks ago']).proposed).toEqual([])
  })
})

describe("a source's memory told with a count in words", () => {
  const md = [
    '“I spent three winters on a trawler before I trained,” the chef said. “I cooked for 400 people a night at the Harbour Inn.”',
    '',
    '“We closed two branches last year,” said the bank’s regional manager. “I sold four paintings that summer and bought a van.”',
  ].join('\n')

  it('leaves "I" + a past verb with a count in words alone', () => {
    expect(proposals(md, ['I spent three winters', 'I sold four paintings']).proposed).toEqual([])
  })

  it('keeps a figure in digits and an institution’s "we"', () => {
    expect(proposals(md, ['400 people a night', 'We closed two branches']).missed).toEqual([])
  })
})

describe('how often something holds of a kind', () => {
  const md = [
    '“Rust on an old bicycle chain is almost always a sign of damp storage,” the mechanic said.',
    '',
    'A second-hand kayak usually comes without its spray deck. By the age of five, most ponies have lost their milk teeth.',
    '',
    'The café usually opens late. Our cat never sits still. I always forget my keys.',
  ].join('\n')

  it('proposes a frequency about a kind named by a plain noun phrase', () => {
    expect(
      proposals(md, [
        'is almost always a sign of damp storage',
        'usually comes without its spray deck',
        'most ponies have lost their milk teeth',
      ]).missed,
    ).toEqual([])
  })

  it('leaves habits of one thing or person alone', () => {
    expect(
      proposals(md, ['usually opens late', 'never sits still', 'always forget my keys']).proposed,
    ).toEqual([])
  })
})
