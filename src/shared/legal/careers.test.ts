import { describe, expect, it } from 'vitest'
import type { QuoteRef } from './domain'
import { analyseDisclosures } from './rules'

// Short cases written for round 31: a career read from training or past work, the subjects an
// acoustician's field touches, the speaker's own trade told in money's words, and reports of
// what happened to a particular person.

/** Quotes in curly marks, each said by the person the test names for it. */
function said(body: string, speaker: string): QuoteRef[] {
  return [...body.matchAll(/“([^”]+)”/g)].map((m) => ({
    start: (m.index ?? 0) + 1,
    end: (m.index ?? 0) + 1 + (m[1]?.length ?? 0),
    speaker,
  }))
}
const mismatches = (body: string, speaker: string) =>
  analyseDisclosures({
    body: `# Notes\n\n${body}\n`,
    quotes: said(`# Notes\n\n${body}\n`, speaker),
  })
    .findings.filter((f) => f.rule === 'expert-credentials-mismatch')
    .map((f) => f.message)

describe('a career by training or past work presents the expert', () => {
  it.each([
    [
      'Ines Varga, 44, trained as an architect before she opened her tea room. “This tea lowers your cholesterol in a month,” she said.',
      'Ines Varga',
      'architect',
    ],
    [
      'Tomas Reed, who spent twenty years as a pilot, now sells mattresses. “Our mattress cures back pain for good,” he said.',
      'Tomas Reed',
      'pilot',
    ],
    [
      'Lia Brandt, by training a geologist, runs the spa. “The mud clears eczema in a week,” she said.',
      'Lia Brandt',
      'geologist',
    ],
    [
      'Lia Brandt, a chemist by training, runs the spa. “The mud clears eczema in a week,” she said.',
      'Lia Brandt',
      'chemist by training',
    ],
    [
      'Lia Brandt, by training a chemist, sells the mud. “The mud clears eczema in a week,” she said.',
      'Lia Brandt',
      'chemist by training',
    ],
    [
      'Noor Abbas, who qualified as an accountant in 2001, now leads retreats. “Breathing like this halves your risk of developing diabetes,” she said.',
      'Noor Abbas',
      'accountant',
    ],
    // "She" opening the next sentence, for the person just named.
    [
      'Ines Varga runs the tea room on Mill Lane. She trained as an architect in Lyon. “This tea lowers your cholesterol in a month,” she said.',
      'Ines Varga',
      'architect',
    ],
  ])('“%s” is a warning', (body, who, job) => {
    const found = mismatches(body, who)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(job)
  })

  it.each([
    // The career covers the claim: a nurse on blood pressure.
    [
      'Dev Rao, who trained as a nurse, now runs a café. “Too much salt raises blood pressure,” he said.',
      'Dev Rao',
    ],
    // What the person became after their training speaks first: a GP on blood pressure.
    [
      'Kai Moreno, who trained as an engineer before becoming a GP, runs the clinic. “Too much salt raises blood pressure,” he said.',
      'Kai Moreno',
    ],
    [
      'Kai Moreno, 50, trained as an architect and is now a dietitian. “Oats lower your cholesterol,” he said.',
      'Kai Moreno',
    ],
    // A chemist in a town is a pharmacist, who speaks to the skin.
    [
      'Lia Brandt, a chemist in Hull, sells the mud. “The mud clears eczema in a week,” she said.',
      'Lia Brandt',
    ],
    // "She" for another woman, named between.
    [
      'Ines Varga runs the tea room with Rosa Lind. She trained as an architect. Varga was blunt. “This tea lowers your cholesterol in a month,” she said.',
      'Ines Varga',
    ],
    // A job that is no profession presents no expert.
    [
      'Ada Lund, who worked as a waiter for years, swears by it. “It lowers blood pressure,” she said.',
      'Ada Lund',
    ],
    // "Trained as" about someone else's training.
    ['Ada Lund trains her staff as a team. “It lowers blood pressure,” she said.', 'Ada Lund'],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(body, who)).toEqual([])
  })
})

describe('the subjects an acoustician’s field touches', () => {
  it.each([
    'Night-time road noise is linked to heart disease in large studies.',
    'Loud music in clubs damages hearing long before anyone notices.',
    'Thicker party walls would cut the noise most tenants complain about.',
  ])('an acoustic engineer on “%s” is in the field', (claim) => {
    const body = `Sara Lind, 51, trained as an acoustic engineer. “${claim}” she said.`
    expect(mismatches(body, 'Sara Lind')).toEqual([])
  })

  it.each([
    'A sound bath lowers blood pressure better than pills.',
    'Ten minutes of gongs halves the stress hormones in your blood; cortisol drops by a third.',
  ])('an acoustic engineer on “%s” is a warning', (claim) => {
    const body = `Sara Lind, 51, trained as an acoustic engineer. “${claim}” she said.`
    expect(mismatches(body, 'Sara Lind')).toHaveLength(1)
  })
})

describe('the speaker’s own trade in money’s words is no financial claim', () => {
  it.each([
    'People pay me for an hour of quiet, which still surprises me.',
    'We have invested in a second studio across the river.',
    'I charge £40 a session and most weeks are full.',
    'I put my savings into this studio in 2019.',
    'Our clinic has invested in two new chairs this year.',
  ])('“%s” is not', (line) => {
    const body = `Sara Lind, a dentist, runs evening classes. “${line}” she said.`
    expect(mismatches(body, 'Sara Lind')).toEqual([])
  })

  it.each([
    'Savings rates will fall this year, so lock in a fixed-rate bond now.',
    'You should invest what you save on coffee in an index fund.',
    'I would put my savings in a fixed-rate bond before interest rates fall.',
    'I put all my savings in gold because it always goes up.',
    'I invest my pension in bonds because they are the safest place for savings.',
  ])('advice and forecasts (“%s”) are still claims', (line) => {
    const body = `Sara Lind, a dentist, runs evening classes. “${line}” she said.`
    expect(mismatches(body, 'Sara Lind')).toHaveLength(1)
  })
})

describe('a report of what happened to a particular person is no claim in a field', () => {
  it.each([
    [
      '“The harm to the victim’s mental health was lasting and severe,” said Judge Ana Ruiz.',
      'Ana Ruiz',
    ],
    [
      '“My client has suffered anxiety and sleepless nights since the sale fell through,” said Tom Hale, a solicitor.',
      'Tom Hale',
    ],
    [
      '“Mr Okafor has had panic attacks since the fire,” said Lena Frost, a barrister.',
      'Lena Frost',
    ],
  ])('“%s” is not', (body, who) => {
    expect(mismatches(body, who)).toEqual([])
  })

  it.each([
    [
      '“My clients sleep better after a week on the magnesium,” said Tom Hale, a solicitor.',
      'Tom Hale',
    ],
    ['“My client’s herbal tea cures anxiety,” said Tom Hale, a solicitor.', 'Tom Hale'],
    [
      '“My son’s panic attacks stopped when he started on the drops,” said Tom Hale, a solicitor.',
      'Tom Hale',
    ],
    [
      '“My clients came to me with high blood pressure and haven’t had a problem since,” said Lena Frost, a barrister.',
      'Lena Frost',
    ],
  ])('“%s” is still a warning', (body, who) => {
    expect(mismatches(body, who)).toHaveLength(1)
  })

  // Review, round 31: a cause claimed for what happened to the person, and anyone's children.
  it.each([
    ['“Mr Hale’s stroke was caused by the statins his GP gave him,” said Ana Ruiz, an accountant.'],
    [
      '“The victim’s cancer was caused by the weedkiller sprayed on that field,” said Ana Ruiz, an accountant.',
    ],
    [
      '“Parents who use gas stoves put their children at risk of asthma,” said Ana Ruiz, an accountant.',
    ],
    ['“Their children will get asthma from that gas stove,” said Ana Ruiz, an accountant.'],
  ])('a cause claimed, or anyone’s children (“%s”), is still a warning', (body) => {
    expect(mismatches(body, 'Ana Ruiz')).toHaveLength(1)
  })
})

describe('other exposures a trade measures, linked to their effects (round 31)', () => {
  it.each([
    [
      'Ola Berg, an air-quality scientist, was blunt. “Diesel fumes on school streets are linked to asthma in children,” she said.',
      'Ola Berg',
    ],
    [
      'Ola Berg, a lighting designer, was blunt. “Bright screen light late at night is linked to poor sleep,” she said.',
      'Ola Berg',
    ],
    [
      'Ola Berg, an ergonomist, was blunt. “A bad desk height is linked to back pain,” she said.',
      'Ola Berg',
    ],
    [
      'Ola Berg, a noise consultant, was blunt. “Loud music in gyms damages hearing,” she said.',
      'Ola Berg',
    ],
  ])('“%s” is in the field', (body, who) => {
    expect(mismatches(body, who)).toEqual([])
  })

  it.each([
    [
      'Ola Berg, an air-quality scientist, was blunt. “Our purifier cures asthma in a fortnight,” she said.',
      'Ola Berg',
    ],
    [
      'Ola Berg, a lighting designer, was blunt. “These warm bulbs cure insomnia,” she said.',
      'Ola Berg',
    ],
    [
      'Ola Berg, an ergonomist, was blunt. “This chair lowers your blood pressure,” she said.',
      'Ola Berg',
    ],
    // Blood pressure beside a word of posture: no organ of the ergonomist's.
    [
      'Ola Berg, an ergonomist, was blunt. “Sit at a proper workstation. Long hours at a desk give you high blood pressure,” she said.',
      'Ola Berg',
    ],
  ])('“%s” is a warning', (body, who) => {
    expect(mismatches(body, who)).toHaveLength(1)
  })
})
