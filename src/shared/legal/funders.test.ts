import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'
import { isNonCommercial, isPublicBody } from './slots'

// Articles written for these tests: a trial of a tea called independent at the top, its funder
// named at the foot, five paragraphs away.
const trial = (funding: string) => `# Green tea and blood pressure

Two cups of green tea a day did not lower blood pressure in adults over 60, according to an independent trial reported on Friday.

The one-year trial followed 410 volunteers in four towns.

"The effect we hoped for was not there," said Dr Wren Halloway, who led it.

Dr Kit Ambrose, who was not involved, said the trial was carefully run.

Green tea is drunk by about a quarter of adults, survey figures show.

${funding}
`

const report = (body: string) => analyseDisclosures({ body, quotes: [] })
const errorsOf = (body: string) => report(body).findings.filter((f) => f.severity === 'error')

describe('public funders named by a programme, a board or letters (round 31)', () => {
  it('reads a public programme, a public board and a body known by its letters as public', () => {
    for (const funding of [
      "The trial was funded by a grant from the EU's Horizon Europe programme, the authors said.",
      'The trial was paid for by the Marrowvale Programme of the European Union.',
      "Money for the trial came from Singapore's Health Promotion Board.",
      'The trial was funded by the Health Promotion Board.',
      'The trial was funded by the Board of Medical Research.',
      'The trial was funded by the Danish Board of Health.',
      'The trial was funded by a national research council.',
      "The trial was funded by the Ministry of Education's research programme.",
      "The trial was funded by a grant from the NHS's research arm.",
    ])
      expect(errorsOf(trial(funding)), funding).toEqual([])
  })

  it('keeps a trade’s board, a company’s foundation and a company’s own department interested', () => {
    for (const funding of [
      'The trial was funded by the Tea Marketing Board.',
      "The trial was funded by Brindle Teas' charitable foundation.",
      "The trial was funded by a grant from Brindle's research department.",
      'The trial was funded by the Tea Growers Council.',
      'The trial was paid for by the Brindle Wellness Programme of Brindle Teas Ltd.',
      // A company's own boards, by a name or a word of no public cause.
      'The trial was funded by the Brindle Research Board.',
      'The trial was funded by the Scientific Advisory Board of Brindle Teas.',
    ])
      expect(errorsOf(trial(funding))[0]?.rule, funding).toBe('paid-research-undisclosed')
  })

  it('reads the words of the name', () => {
    expect(isPublicBody('Health Promotion Board')).toBe(true)
    expect(isNonCommercial('Medical Research Board')).toBe(true)
    expect(isPublicBody('EU')).toBe(true)
    expect(isNonCommercial('NHS')).toBe(true)
    // A trade's board, a company's board, and capitals that are no public body's letters.
    expect(isPublicBody('Tea Marketing Board')).toBe(false)
    expect(isPublicBody('Brindle Board')).toBe(false)
    expect(isNonCommercial('Eu Spa')).toBe(false)
    expect(isPublicBody('Who Cares')).toBe(false)
  })
})

describe('a seller named by its role funds as an interested party (round 31)', () => {
  it('reads "the manufacturer", "its maker" and "the supplier" as the funder', () => {
    for (const funding of [
      'The trial was commissioned by the manufacturer, the authors said.',
      "The trial was paid for by the tea's maker.",
      'The supplier funded the trial.',
      'Funding for the trial came from the manufacturer.',
    ]) {
      const [e] = errorsOf(trial(funding))
      expect(e?.rule, funding).toBe('paid-research-undisclosed')
      expect(report(trial(funding)).disclosures.map((d) => d.kind)).toContain('material-connection')
    }
  })

  it('leaves other people the role word describes, and public bodies in lower case', () => {
    for (const funding of [
      "The trial was paid for by the manufacturer's rivals.",
      'The trial was funded by the regional government.',
      "The trial was funded by the brand's critics, the authors said.",
      // An indefinite seller describes the kind of funder, naming none (a quote that restates it).
      'Critics noted that it was one trial, funded by a company that sells green tea.',
    ])
      expect(errorsOf(trial(funding)), funding).toEqual([])
  })
})

describe('funding denied, refused, or paid by outsiders of a company (review round 31)', () => {
  it('reads no funder from a denial or a refusal of its money', () => {
    for (const funding of [
      'The trial was not funded by Brindle Teas, the authors said.',
      'The trial received no money from the manufacturer, the authors said.',
      'Brindle Teas did not fund the trial, and the authors declared no conflicts.',
      'Neither the manufacturer nor any retailer paid for the trial.',
      'The authors refused funding from Brindle Teas and paid for the trial from a university grant.',
      'The authors turned down an offer of funding from the manufacturer.',
      'The trial was not funded by Brindle Teas but by the university.',
    ])
      expect(errorsOf(trial(funding)), funding).toEqual([])
  })

  it('reads no company from the people "of" it who paid', () => {
    for (const funding of [
      'The trial was funded by customers of Brindle Teas, who crowdfunded it online.',
      'The trial was paid for by a group of critics of the manufacturer.',
    ])
      expect(errorsOf(trial(funding)), funding).toEqual([])
  })

  it('keeps a funder when the negation is about something else', () => {
    for (const funding of [
      'Brindle Teas, not the university, funded the trial.',
      'The trial, which found no effect on heart rate, was funded by Brindle Teas.',
      'Brindle Teas, which has never sold a drink in Britain, funded the trial.',
      'The trial was funded by the manufacturer, and no other money was received.',
      'Brindle Teas did not hesitate to fund the trial, the authors said.',
      'Neither the authors nor the journal knew that Brindle Teas funded the trial until last week.',
      // An exception names who paid.
      'The trial received no money from anyone but Brindle Teas.',
      'The trial had no funding other than a grant from Brindle Teas.',
      'The trial was paid for by the charitable arm of Brindle Teas.',
    ])
      expect(errorsOf(trial(funding))[0]?.rule, funding).toBe('paid-research-undisclosed')
  })
})

describe('a review’s own denial of sponsorship (review round 31)', () => {
  it('reads the independent review’s footer as a denial, not as the brand’s research', () => {
    const body = `# Kestrel Trail 5 review

In our independent review, the Kestrel Trail 5 is the lightest trail shoe we have tested this year.

We ran in it for six weeks on wet chalk and dry forest paths.

The upper drains fast after a stream crossing.

At £130 it costs less than most rivals.

This review was not sponsored by Kestrel.
`
    expect(errorsOf(body)).toEqual([])
    expect(report(body).disclosures.map((d) => d.kind)).toEqual(['other'])
  })
})

describe('a person paid by a brand, beside research a relative clause names (review round 31)', () => {
  it('reads a commentator’s pay as no funding of the research named in her relative clause', () => {
    for (const funding of [
      'Dr Ambrose, who was not involved in the trial, has been paid by Brindle Teas as an adviser since 2021.',
      'Dr Ambrose, who reviewed the trial, was paid by Brindle Teas for her time.',
      'Dr Ambrose, who was not involved in the trial, is a paid adviser to Brindle Teas.',
    ])
      expect(errorsOf(trial(funding)), funding).toEqual([])
  })

  it('still reads money for the research itself', () => {
    for (const funding of [
      'The researchers, who ran the trial, were paid by Brindle Teas.',
      'Dr Halloway, who led the trial, was paid by Brindle Teas to run it.',
      'Brindle Teas, which sold the tea used in the trial, paid for it, the authors said.',
    ])
      expect(errorsOf(trial(funding))[0]?.rule, funding).toBe('paid-research-undisclosed')
  })
})
