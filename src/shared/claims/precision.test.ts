import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'

// Round 31 (precision): short articles written for these tests (invented people, places and
// bodies), one block per kind of suggestion the corpus's labeller leaves unmarked, each with
// look-alikes that must still be proposed. `proposals(md, phrases)` says which phrases a
// suggestion overlaps.

describe('how someone feels, compared or denied, is their view', () => {
  const md = [
    'Harriet Volk was not convinced.',
    '',
    'The allotment holders do not seem bothered by the new fees.',
    '',
    'Councillor Ames said she had not been persuaded by the consultation.',
    '',
    'Bram Teller is more upbeat than most fund managers about the harbour scheme.',
    '',
    'The two brothers were less worried about the roof than about the cellar.',
    '',
    'Parents at the school gate were more divided than the governors.',
    '',
    'In the trial, patients on the tablet were 30% less anxious than those on a placebo.',
    '',
    'The Corra 2 is not waterproof.',
    '',
    'The new seats are more comfortable than the old benches.',
    '',
    'The drug is not certified for use in children.',
    '',
    'Councillor Brandt has no objection to the new car park.',
    '',
    'There’s no harm in asking the council for a refund.',
    '',
    'The spray does no harm to bees.',
  ].join('\n')

  it('leaves a person’s conviction, worry or mood alone', () => {
    expect(
      proposals(md, [
        'was not convinced',
        'do not seem bothered',
        'had not been persuaded',
        'more upbeat than most fund managers',
        'less worried about the roof',
        'more divided than the governors',
        'no objection to the new car park',
        'no harm in asking',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes a measured feeling and a thing’s property denied or compared', () => {
    expect(
      proposals(md, [
        '30% less anxious',
        'is not waterproof',
        'more comfortable than the old benches',
        'is not certified for use in children',
        'does no harm to bees',
      ]).missed,
    ).toEqual([])
  })
})

describe('"which makes" with a pronoun after it causes, it does not manufacture', () => {
  const md = [
    'The kettle has a wide spout, which makes it a good choice for a shared kitchen.',
    '',
    'Teller posts a video every morning, which makes him the one to watch for pruning.',
    '',
    'I can fix most bikes, which makes me popular with my neighbours.',
    '',
    'The trial was run by Ostrey Foods, which makes the cereal used in the study.',
    '',
    'Its owner is Harlan Group, which makes them for three supermarket chains.',
  ].join('\n')

  it('does not read a cause’s "makes it/him/me" as ownership', () => {
    expect(
      proposals(md, [
        'which makes it a good choice',
        'which makes him the one to watch',
        'which makes me popular',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes who makes a product', () => {
    expect(proposals(md, ['which makes the cereal used in the study']).missed).toEqual([])
  })
})

describe('"some" as the subject says one or more, not a group’s habit', () => {
  const md = [
    'Some shoppers are put off by the new car park.',
    '',
    'Some of my neighbours already left the estate.',
    '',
    'Some worries about the plan are fair.',
    '',
    'Some banks pay a better rate if you pay in every month.',
    '',
    'Most landlords in the town now ask for six months’ rent up front.',
    '',
    'Some bus routes have lost their evening service in the past two years.',
    '',
    'Some versions of the charger contain lead solder, the recall notice says.',
  ].join('\n')

  it('does not propose what some of a group do or are', () => {
    expect(
      proposals(md, [
        'Some shoppers are put off',
        'Some of my neighbours',
        'Some worries about the plan',
        'Some banks pay a better rate',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes "most", a dated change to some, and a product cue', () => {
    expect(
      proposals(md, [
        'Most landlords in the town',
        'have lost their evening service in the past two years',
        'contain lead solder',
      ]).missed,
    ).toEqual([])
  })
})

describe('what people at large should do is advice, also when a body passes it on', () => {
  const md = [
    'Dog owners should book a dental check once a year.',
    '',
    'The Marl Dental Society said in a statement that pet owners should ask their vet about plaque.',
    '',
    'Anyone taking blood thinners should talk to a pharmacist before changing their diet.',
    '',
    'For now, doctors say, walkers with sore hips should start with short loops.',
    '',
    'Inspectors said the county should replace the span rather than patch a deck repaired twice since 1995.',
    '',
    'Experts say savers should keep three to six months of spending in an easy-access account.',
    '',
    'The Halden Trust said the new bridge should last 120 years.',
    '',
    'The agency said patients should not take the tablets with grapefruit juice because it raises levels of the drug.',
  ].join('\n')

  it('does not propose what owners, anyone or walkers should do', () => {
    expect(
      proposals(md, [
        'book a dental check',
        'pet owners should ask',
        'should talk to a pharmacist',
        'should start with short loops',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes a body’s dated verdict, advice with a figure, a forecast and a warning', () => {
    expect(
      proposals(md, [
        'repaired twice since 1995',
        'three to six months of spending',
        'should last 120 years',
        'should not take the tablets with grapefruit juice',
      ]).missed,
    ).toEqual([])
  })
})

describe('what a thing "tells you" is said to the reader', () => {
  const md = [
    'The soil will tell you when it needs water, if you press a finger into it.',
    '',
    'A blood test tells you what you are short of, and a good diet does the rest.',
    '',
    'The headline figure doesn’t tell you how many patients were helped.',
    '',
    'The police figures tell you the story: thefts in Harlow rose 17% last year.',
    '',
    'The label tells you the dose is 200 mg a day.',
    '',
    'The survey shows that most tenants pay more than a third of their income in rent.',
    '',
    'Your water company can tell you whether your street has lead pipes, and many offer free testing.',
  ].join('\n')

  it('does not propose what the soil, a test or a figure tells you', () => {
    expect(
      proposals(md, [
        'The soil will tell you',
        'A blood test tells you',
        'doesn’t tell you how many patients were helped',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes a figure told to the reader, what a survey shows and a statement joined after', () => {
    expect(
      proposals(md, [
        'thefts in Harlow rose 17% last year',
        'the dose is 200 mg a day',
        'most tenants pay more than a third of their income',
        'many offer free testing',
      ]).missed,
    ).toEqual([])
  })
})

describe('an order after ", so" or after a leading purpose is an instruction', () => {
  const md = [
    'The Brel frame weighs 41 kilograms, so plan on two people for the stairs.',
    '',
    'Rooms book out from June to August, so go in May or September.',
    '',
    'Most gummies hold less than the label suggests, so check the dose on the jar against the 200 mg you need.',
    '',
    'To book a free boiler check, visit the council website or call 555-0190.',
    '',
    'The weir failed twice in 2023, so the agency raised the crest by 40 cm.',
    '',
    'To date, 40 households have signed up for the scheme.',
    '',
    'To make room for the new wing, the museum closed its east galleries in 2019.',
  ].join('\n')

  it('does not propose the order itself', () => {
    expect(
      proposals(md, [
        'plan on two people',
        'go in May or September',
        'check the dose on the jar',
        'call 555-0190',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes what comes before it, a reason with its subject, and "To date"', () => {
    expect(
      proposals(md, [
        'weighs 41 kilograms',
        'Rooms book out from June to August',
        'raised the crest by 40 cm',
        '40 households have signed up',
        'closed its east galleries in 2019',
      ]).missed,
    ).toEqual([])
  })
})
