import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'
import { spotClaims } from './spotter'

// Round 30: short articles written for these tests (invented people, places and bodies), one
// block per ability. `proposals(md, phrases)` says which phrases a suggestion overlaps.

describe('a span or a milestone in someone else’s life on the record', () => {
  const md = [
    'Two years ago she opened a pottery school in a disused chapel on the quay.',
    '',
    'Hallam, who only took up rowing four years ago, won the county sculls in June.',
    '',
    'He did not learn to read music until he was seventeen, when a teacher lent him a cornet.',
    '',
    'Ines Marrow has sailed these estuaries since she was nine, and was racing dinghies by the age of twelve.',
    '',
    '“People think the river is calm,” said Tomas Vell, who has skippered the lifeboat out of Corrin Bay for sixteen years.',
    '',
    'Four years ago I went on my first guided walk. I have loved boats since I was nine. That was six years ago. She sang for two years in a choir. A few years ago they came round for dinner.',
  ].join('\n')

  it('proposes a dated event, an age as a milestone and a span that has lasted', () => {
    expect(
      proposals(md, [
        'opened a pottery school',
        'took up rowing four years ago',
        'until he was seventeen',
        'since she was nine',
        'skippered the lifeboat out of Corrin Bay for sixteen years',
      ]).missed,
    ).toEqual([])
  })

  it('leaves the writer’s own past, a copula’s date and a story’s span alone', () => {
    expect(
      proposals(md, [
        'my first guided walk',
        'since I was nine',
        'That was six years ago',
        'sang for two years',
        'came round for dinner',
      ]).proposed,
    ).toEqual([])
  })
})

describe('a counted span per period is a measured rate', () => {
  const md = [
    'Young swimmers sleep nine or ten hours a night during a training block.',
    '',
    'Dena works from home three days a week, and her partner commutes the rest.',
    '',
    'Night porters at the hospital work twelve hours a shift.',
    '',
    'I sleep eight hours a night. Nobody would want to do that fifty-two weeks a year. If you walk two hours a day, take water.',
  ].join('\n')

  it('proposes how many hours or days per night, week or shift', () => {
    expect(
      proposals(md, ['nine or ten hours a night', 'three days a week', 'twelve hours a shift'])
        .missed,
    ).toEqual([])
  })

  it('leaves the writer’s own habit, a hypothetical and advice alone', () => {
    expect(
      proposals(md, ['eight hours a night', 'fifty-two weeks a year', 'two hours a day']).proposed,
    ).toEqual([])
  })
})

describe('what a person reports of themself is their story', () => {
  const md = [
    'Ada Penhale said she had never seen the river so high. Tom Brill said he had attended every meeting of the board. Rhys Marr said he was not thinking about the election yet. Mara Voss said she did not want people rushing out to buy supplements on the strength of one trial.',
    '',
    'Nell Oduya said she had treated 300 patients with the drug. Dr Ama Reyes said teenagers’ clocks shift later during puberty. The harbourmaster said the channel had not been dredged since 2019.',
  ].join('\n')

  it('leaves a speaker’s feelings and doings with only weak cues alone', () => {
    expect(
      proposals(md, [
        'never seen the river so high',
        'every meeting of the board',
        'not thinking about the election',
        'on the strength of one trial',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes a report with its own figures and what a source states of the world', () => {
    expect(
      proposals(md, ['300 patients', 'clocks shift later', 'had not been dredged']).missed,
    ).toEqual([])
  })
})

describe('what a person reports of their own doings with a duration or a cause stays a claim', () => {
  const md =
    'Pia Lund said she had used the heater in her own flat for a year. Ivo Stark said he had lost regular customers because the car park closed.'
  it('proposes both', () => {
    expect(proposals(md, ['for a year', 'because the car park closed']).missed).toEqual([])
  })
})

describe('honours and records on the record', () => {
  const md = [
    'Her second novel was shortlisted for the Penrose Prize last spring.',
    '',
    'Marek Ilves, who was named the county’s groundsman of the year in March, says the pitch drains well.',
    '',
    'She holds the national record for the 400-metre breaststroke. The Corrin Bay crew broke the course record on Saturday. Their perry took a gold medal at the Wye show.',
    '',
    'I want to set the record straight. He was named after his grandfather. It was the record of the year for me. The parcel can go to anyone you nominated.',
  ].join('\n')

  it('proposes a shortlisting, a title of the year, a record held or broken and a medal', () => {
    expect(
      proposals(md, [
        'shortlisted for the Penrose Prize',
        'groundsman of the year',
        'holds the national record',
        'broke the course record',
        'took a gold medal',
      ]).missed,
    ).toEqual([])
  })

  it('leaves idioms of "record", a namesake and “anyone you nominated” alone', () => {
    expect(
      proposals(md, [
        'set the record straight',
        'named after his grandfather',
        'the record of the year',
        'anyone you nominated',
      ]).proposed,
    ).toEqual([])
  })
})

describe('an age beside a name is checked with what the sentence says of the person', () => {
  const md = [
    'Ines Falk, 38, trained as a cooper in Bordeaux and has run the yard since 2019.',
    '',
    'Tom Reyes, 61, moved to the island after the war.',
    '',
    '“We never had a leak,” said Dora Vance, 78.',
  ].join('\n')

  it('proposes the whole clause, not the age alone', () => {
    const spans = spotClaims(md).map((s) => s.text)
    expect(spans).toContain(
      'Ines Falk, 38, trained as a cooper in Bordeaux and has run the yard since 2019.',
    )
    expect(spans).toContain('Tom Reyes, 61, moved to the island after the war.')
    expect(spans).not.toContain('38')
  })

  it('does not take in a quote before an attribution’s age', () => {
    expect(proposals(md, ['We never had a leak']).proposed).toEqual([])
  })
})

describe('a universal word hedged by "almost" or "nearly" is a counted proportion', () => {
  const md = [
    'Nearly all of the town’s drinking water comes from one reservoir.',
    '',
    'On older boilers the fault is almost always a seized pump.',
    '',
    'Almost everyone in the treated group slept longer.',
    '',
    'Almost nobody reads the small print. We ate almost everything on the menu. Almost everybody is nervous before a test. I almost always forget my keys.',
  ].join('\n')

  it('proposes "nearly all", "almost always" and "almost everyone" of a group that did something', () => {
    expect(
      proposals(md, ['Nearly all of the town', 'almost always a seized pump', 'Almost everyone'])
        .missed,
    ).toEqual([])
  })

  it('leaves "almost nobody", "almost everything", a feeling and the writer’s habit alone', () => {
    expect(
      proposals(md, [
        'Almost nobody reads',
        'almost everything on the menu',
        'Almost everybody is nervous',
        'almost always forget',
      ]).proposed,
    ).toEqual([])
  })
})

describe('a superlative whose field is a stretch of a place', () => {
  const md = [
    'It is, without much competition, the best place to stay on this stretch of coast.',
    '',
    'The inn is also, I would argue, the finest small hotel anywhere on this stretch of the river.',
    '',
    'It was the best afternoon of the holiday. The best part of the job is the people.',
  ].join('\n')

  it('proposes a ranking within a stretch of coast or river', () => {
    expect(proposals(md, ['the best place to stay', 'the finest small hotel']).missed).toEqual([])
  })

  it('leaves a memory and a part of a job alone', () => {
    expect(proposals(md, ['the best afternoon', 'The best part of the job']).proposed).toEqual([])
  })
})

describe('a "you" inside a clause that follows a statement is not its subject', () => {
  const md = [
    'Nearly all of the water lost in a sauna returns as soon as you drink again.',
    '',
    'Before you buy, check the label. You lose most of the heat when you open the door.',
  ].join('\n')

  it('weighs the statement', () => {
    expect(proposals(md, ['returns as soon as you drink']).missed).toEqual([])
  })

  it('still leaves advice and the reader’s situation alone', () => {
    expect(proposals(md, ['check the label', 'lose most of the heat']).proposed).toEqual([])
  })
})
