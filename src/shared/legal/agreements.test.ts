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
