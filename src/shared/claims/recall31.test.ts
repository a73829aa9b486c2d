import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'

// Round 31 (claims recall): short articles written for these tests (invented people, places and
// bodies), one block per ability, each with look-alikes that must not be proposed.
// `proposals(md, phrases)` says which phrases a suggestion overlaps.

describe('a count in words of things, wherever it stands in the clause', () => {
  const md = [
    'Floods on the lower valley have destroyed hundreds of homes since the levee was built.',
    '',
    'The new rule sends thousands of commuters onto the night buses every winter.',
    '',
    'Her short films have drawn hundreds of millions of views on the platform.',
    '',
    'The depot sits a few hundred metres from the river.',
    '',
    'A cushion of even a few hundred dollars can soften a bad month. I have told him thousands of times to lock the shed. The newsletter pays for itself a few hundred times over. Dozens of fans spilled onto the pitch. Thousands of us sang on the terrace and I loved it.',
  ].join('\n')

  it('proposes hundreds, thousands or millions of a counted thing as an object', () => {
    expect(
      proposals(md, [
        'destroyed hundreds of homes',
        'thousands of commuters',
        'hundreds of millions of views',
        'a few hundred metres',
      ]).missed,
    ).toEqual([])
  })

  it('leaves a concession, an exaggeration, "dozens" and the writer’s crowd alone', () => {
    expect(
      proposals(md, [
        'even a few hundred dollars',
        'thousands of times',
        'a few hundred times over',
        'Dozens of fans',
        'Thousands of us',
      ]).proposed,
    ).toEqual([])
  })
})

describe('a timetable’s hour or repeated day', () => {
  const md = [
    'The first boat from Keel Harbour leaves at 6.45am.',
    '',
    'The village shop shuts at one on Thursdays.',
    '',
    'The repair café is open on Sundays from 11 a.m. to 3 p.m.',
    '',
    'Night buses leave at 12:30 a.m. from the square.',
    '',
    'She opens the studio at 6am. My alarm goes off at 6.30am. It is 9:40 p.m. and the kettle is on. Asking a child to be calm at 7:30 a.m. is a lot. The samples taken by the inspectors at noon were clean.',
  ].join('\n')

  it('proposes when a service runs, opens or closes', () => {
    expect(
      proposals(md, [
        'leaves at 6.45am',
        'shuts at one on Thursdays',
        'is open on Sundays',
        'leave at 12:30 a.m.',
      ]).missed,
    ).toEqual([])
  })

  it('leaves a person’s routine, a moment of a story and an infinitive alone', () => {
    expect(
      proposals(md, [
        'opens the studio at 6am',
        'goes off at 6.30am',
        'It is 9:40 p.m.',
        'calm at 7:30 a.m.',
      ]).proposed,
    ).toEqual([])
  })
})

describe('what a business offers free or on trial', () => {
  const md = [
    'Pellworth offers a free two-week home trial on its rowing machines.',
    '',
    'The water board provides free lead testing to any household that asks.',
    '',
    'Several councils now offer a six-month trial of the scheme to new tenants.',
    '',
    'The shop includes free delivery on orders above a set size.',
    '',
    'She hoped the board would give the trial a fair chance. The new rota gives you free time on Fridays. We offer free advice to readers who write in. The council wants to offer free parking. She offers a free hand to anyone who asks.',
  ].join('\n')

  it('proposes an offer at no cost or on trial', () => {
    expect(
      proposals(md, [
        'offers a free two-week home trial',
        'provides free lead testing',
        'offer a six-month trial',
        'includes free delivery',
      ]).missed,
    ).toEqual([])
  })

  it('leaves a wish, free time, the writer’s own offer and an idiom alone', () => {
    expect(
      proposals(md, [
        'give the trial a fair chance',
        'free time on Fridays',
        'free advice to readers',
        'offer free parking',
        'a free hand',
      ]).proposed,
    ).toEqual([])
  })
})

describe('a statement joined to a claim goes with it', () => {
  const md = [
    'Coal dust can ignite from a single spark, and blasts at loading docks have injured hundreds of workers.',
    '',
    'Each filter lasts four months, and the unit fits under a standard sink without drilling.',
    '',
    'The top load is 150 kilograms, and the display shows pace, distance and heart rate.',
    '',
    'Carrow Parcels, which delivers for most of the big online shops, said 3% of parcels go missing.',
    '',
    'The crossing takes 40 minutes, and I loved every second of it. The lamp costs £30, and it is lovely. The lamp costs £30, but the switch feels cheap. The tour costs £12, and you should book early. We paid £9 for the ferry, and the gulls followed us.',
    '',
    'The harbour is quiet in winter, and the cafés close early.',
  ].join('\n')

  it('widens a claim to the statement set beside it with "and" or a comma', () => {
    expect(
      proposals(md, [
        'Coal dust can ignite from a single spark',
        'fits under a standard sink',
        'the display shows pace',
        'which delivers for most of the big online shops',
      ]).missed,
    ).toEqual([])
  })

  it('leaves the writer’s feelings, a judgement, advice and a sentence with no claim alone', () => {
    expect(
      proposals(md, [
        'I loved every second',
        'it is lovely',
        'the switch feels cheap',
        'you should book early',
        'the gulls followed us',
        'the cafés close early',
      ]).proposed,
    ).toEqual([])
  })
})

describe('a judgement beside a claim stays out of it', () => {
  const md = [
    'The museum opened its east wing in 2019, and the café is charming.',
    '',
    'The pass costs £40 a year, and the staff are friendly.',
    '',
    'The hotel has 42 rooms, and the lobby looks wonderful.',
    '',
    'The ferry carries 300 passengers, and the crossing takes under an hour when the sea is calm, and the deck has a heated lounge.',
  ].join('\n')

  it('leaves a bare judgement and how a thing looks alone', () => {
    expect(
      proposals(md, ['the café is charming', 'the staff are friendly', 'the lobby looks wonderful'])
        .proposed,
    ).toEqual([])
  })

  it('still widens a claim to a statement of what a thing has or does', () => {
    expect(proposals(md, ['the deck has a heated lounge']).missed).toEqual([])
  })
})
