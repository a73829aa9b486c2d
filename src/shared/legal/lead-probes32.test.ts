// Round 32: shapes from the lead's probe articles (a chief executive's op-ed, a newsletter's
// footnote, a video description), each with what must not fire beside it.
import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'

/** The material connections a body states, as "people | tie | brands". */
function ties(body: string): string[] {
  return analyseDisclosures({ body })
    .disclosures.filter((d) => d.kind === 'material-connection')
    .map((d) => `${(d.people ?? []).join(' & ')} | ${d.tie ?? ''} | ${d.brands.join(', ')}`)
}

describe('whose tie a relative clause states', () => {
  it('a tie word after "who" belongs to the unnamed noun before it, not to the writer', () => {
    expect(
      ties('My advice: pick one device and one nurse who owns it. The Calvo Patch works.'),
    ).toEqual([])
    expect(ties('I think anyone who owns a Brisk Kettle should descale it monthly.')).toEqual([])
    expect(ties('In my experience, readers who work for Tessel rarely write in.')).toEqual([])
    expect(ties('Ask for the pharmacist who works for Halden at the counter.')).toEqual([])
  })

  it('keeps the tie when the noun is said of a named person', () => {
    expect(ties('Ana Ruiz, an adviser who works for Tessel, says the kettle is quiet.')).toEqual([
      'Ana Ruiz | paid-consultant | Tessel',
    ])
    expect(ties('Lee Hart has been a dietitian who consults for Norvane since 2020.')).toEqual([
      'Lee Hart | paid-consultant | Norvane',
    ])
  })
})

describe('a coordinated job shares its preposition', () => {
  it('reads "founder and chief executive of X" and "adviser and spokeswoman for X"', () => {
    expect(ties('Dana Whit is the founder and chief executive of Pellow Health.')).toEqual([
      'Dana Whit | investor | Pellow Health',
    ])
    expect(ties('Ana Ruiz is an adviser and spokeswoman for Norvane.')).toEqual([
      'Ana Ruiz | paid-consultant | Norvane',
    ])
    expect(ties('Ana Ruiz is a shareholder and director at Norvane.')).toEqual([
      'Ana Ruiz | investor | Norvane',
    ])
  })
})

describe('an investment with its sum between the verb and “in”', () => {
  it('reads "invested a small amount in X" and "invested £2,000 of her savings in X"', () => {
    expect(ties('I invested a small amount in Corvel’s crowdfunding round in 2025.')).toEqual([
      'the writer | investor | Corvel',
    ])
    expect(ties('Ana Ruiz invested £2,000 of her savings in Corvel.')).toEqual([
      'Ana Ruiz | investor | Corvel',
    ])
  })

  it('but time or effort, or a doing after “in”, is no stake', () => {
    expect(ties('I invested time in learning Corvel’s app.')).toEqual([])
    expect(ties('I invested a lot of effort in Corvel’s forum.')).toEqual([])
    // Any span of time is no sum of money (review round 32).
    for (const line of [
      'I invested a whole weekend in Brenlow before trusting it with my accounts.',
      'She invested three evenings in Brenlow’s setup guide.',
      'We invested a month in Brenlow, and it paid off.',
      'He invested the best part of a year in Brenlow’s beta.',
    ])
      expect(ties(line), line).toEqual([])
    expect(ties('I invested a few hundred pounds in Brenlow last spring.')).toEqual([
      'the writer | investor | Brenlow',
    ])
  })
})

describe('a quote the writer introduces is not the writer’s praise', () => {
  const piece = (line: string) =>
    `# Five espresso machines, tested\n\nTarno sent me the Cube for free, but did not see this before it went live.\n\nThe Kalda Duo heats up in 28 seconds.\n\nIt also weighs 4.1 kg.\n\n${line}\n`
  const errors = (body: string) =>
    analyseDisclosures({ body }).findings.filter((f) => f.severity === 'error')

  it('a friend’s praise after the writer’s colon is the friend’s', () => {
    expect(
      errors(
        piece(
          'What my barista friend Ivo Lind said after trying the Tarno: "Honestly, that is the best crema I have seen at this price."',
        ),
      ),
    ).toEqual([])
  })

  it('the writer’s own praise far from the gift line is still an error', () => {
    expect(
      errors(piece('Honestly, the Tarno makes the best crema I have seen at this price.')).map(
        (f) => f.rule,
      ),
    ).toEqual(['material-connection-undisclosed'])
  })
})

describe('a hosted stay told only at the foot', () => {
  it('is an error when the writer praises the place by a pronoun paragraphs above', () => {
    const body = `# A weekend at the Fenwick Arms\n\n*By Rosa Lund*\n\nThe Fenwick Arms sits at the end of a lane by the sea.\n\nThere are nine rooms. Mine, the Tern Room, had a bath by the window.\n\nDinner is fish from the harbour, cooked by Ivo Crane. "We change the menu daily," Crane told me.\n\nIt is, quite simply, the best small inn I have stayed in on this coast.\n\nTrains run hourly from Norwich.\n\n*Rosa Lund was a guest of the Fenwick Arms.*\n`
    expect(
      analyseDisclosures({ body })
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.rule),
    ).toEqual(['material-connection-undisclosed'])
  })
})

describe('what the writer gives is no gift received', () => {
  const gifts = (line: string) =>
    analyseDisclosures({
      body: `# Life without a car\n\n${line}\n\nThe Lumo Cargo is the best bike I have ridden.\n`,
    })
      .disclosures.filter((d) => d.kind === 'gifted-product')
      .map((d) => d.text)

  it('"I gave up my car", "we gave our bikes to a charity", "I lent my bike to a friend"', () => {
    expect(gifts('I gave up my car last spring.')).toEqual([])
    expect(gifts('We gave our old bikes to a charity in May.')).toEqual([])
    expect(gifts('I lent my bike to a friend.')).toEqual([])
  })

  it('but a brand giving to the writer, active or passive, is still a gift', () => {
    expect(gifts('Lumo gave me the bike to test.')).toHaveLength(1)
    expect(gifts('I was given a free night by Lumo.')).toHaveLength(1)
  })
})

describe('notices in other words (from blind14, spent after its measure)', () => {
  const kinds = (line: string) =>
    analyseDisclosures({
      body: `# Saturday preview\n\n${line}\n\nCity face United on Saturday.\n`,
    }).disclosures.map((d) => d.kind)

  it('a reader who opens an account or signs up through the piece’s links earns it a commission', () => {
    expect(
      kinds(
        'This preview links to Pellbet. If you open an account through them, The Ashby Post receives a commission.',
      ),
    ).toContain('affiliate')
    expect(kinds('If you sign up via our links, we may earn a fee.')).toEqual(['affiliate'])
    expect(
      kinds('If you open an account through the bank’s app, you receive a £50 bonus.'),
    ).toEqual([])
  })

  it('no say over predictions, answers or rankings is a no-influence statement', () => {
    expect(kinds('Pellbet has no say over our predictions or team news.')).toEqual(['other'])
    expect(kinds('The sponsor had no input into our rankings.')).toEqual(['other'])
    expect(kinds('The club has no say over ticket prices.')).toEqual([])
  })
})
