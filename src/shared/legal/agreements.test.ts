import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'

// Articles written for these tests: a dermatologist praises a brand's cream at the top, and a
// sentence five paragraphs later says (or, in the look-alikes, does not say) that she is tied to it.
const praise =
  '"The Norvane Night Repair is the one cream I recommend to every patient," says Dr Ilse Brandt.'
const filler = [
  'We tried six night creams over a month.',
  'Prices range from £12 to £90.',
  'Most jars hold 50ml.',
  'Patch test anything new for two days.',
  'Most creams had no added fragrance.',
].join('\n\n')

function errors(line: string): string[] {
  const body = `# Night creams\n\n${praise}\n\n${filler}\n\nBrandt is a dermatologist in Leeds. ${line}\n`
  const start = body.indexOf('The Norvane')
  const r = analyseDisclosures({
    body,
    quotes: [{ start, end: start + 70, speaker: 'Ilse Brandt' }],
  })
  return r.findings.filter((f) => f.severity === 'error').map((f) => f.rule)
}

describe('ties stated by an agreement or by the brand sponsoring the person', () => {
  it('reads an agreement the person has, and a brand that sponsors her or her podcast', () => {
    for (const line of [
      'She has a consulting agreement with Norvane.',
      'Dr Ilse Brandt has had a licensing agreement with Norvane since 2020.',
      'Norvane sponsors Dr Ilse Brandt.',
      'Norvane sponsors her podcast.',
      "Norvane sponsors Brandt's podcast.",
    ])
      expect(errors(line), line).toEqual(['material-connection-undisclosed'])
  })

  it('does not read agreeing, an agreement signed for someone else, or a brand sponsoring an event', () => {
    for (const line of [
      'She is in full agreement with Norvane on the risks of retinol.',
      "She signed the agreement with Norvane's lawyers on behalf of the hospital.",
      'The hospital has an agreement with Norvane, she said.',
      'Norvane sponsors the city marathon.',
    ])
      expect(errors(line), line).toEqual([])
  })
})

// Review of 4862649 (round 30): a customer's or a tenant's dealings with a brand are no paid tie.
describe('a customer’s agreement, money a customer is owed, a debt repaid', () => {
  it('does not read a tenancy, a repayment plan, interest or a pension paid to her', () => {
    for (const line of [
      'She has a tenancy agreement with Norvane that runs until 2027.',
      'She has an agreement with Norvane to pay off her overdraft over five years.',
      'Norvane pays her 4% interest on her savings.',
      'Norvane pays her interest on the money in her account.',
      'Norvane pays her pension into the account every month.',
      'When a jar broke, Norvane paid her back within a day.',
    ])
      expect(errors(line), line).toEqual([])
  })

  it('still reads a consulting agreement, a fee and a salary', () => {
    for (const line of [
      'She has a consulting agreement with Norvane.',
      'Norvane pays her a fee for each talk.',
      'Norvane pays her a salary as its medical adviser.',
      'Norvane pays her a retainer and benefits as its adviser.',
      'Norvane pays her compensation as an adviser.',
      'Norvane pays her a fee and a pension as its consultant.',
    ])
      expect(errors(line), line).toEqual(['material-connection-undisclosed'])
  })
})

describe('a business a relative founded, with a date before "by"', () => {
  it('reads "founded in 2019 by her sister" as the family tie "founded by her sister" is', () => {
    for (const line of [
      "Norvane was founded in 2019 by Brandt's sister, Mia Brandt.",
      "Norvane was launched in March 2019 by Brandt's brother.",
    ])
      expect(errors(line), line).toEqual(['material-connection-undisclosed'])
  })

  it('does not read a business founded by strangers, or a place before "by"', () => {
    for (const line of [
      'Norvane was founded in 2019 by two chemists from Leeds.',
      "Norvane was founded in Leeds by two chemists, and Brandt's sister buys from it.",
    ])
      expect(errors(line), line).toEqual([])
  })
})

describe('working with someone', () => {
  const disclosures = (line: string) =>
    analyseDisclosures({
      body: `# Kitchen\n\nAmara Kettleby runs a restaurant in Dorrington. She opened it in May.\n\n${line}\n`,
      quotes: [],
    }).disclosures.map((d) => d.kind)

  it('is no tie when the one worked with is a person', () => {
    expect(
      disclosures('Its manager, Priya Holl, has worked with Amara Kettleby since 2019.'),
    ).toEqual([])
    expect(disclosures('Priya Holl has worked with Kettleby since her first job.')).toEqual([])
  })

  it('is still a (vague) tie when it is a brand', () => {
    expect(disclosures('Priya Holl has worked with Norvane since 2019.')).toEqual([
      'material-connection',
    ])
  })
})
