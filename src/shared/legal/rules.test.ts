import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- test fixture: the sample article the app ships
import { SAMPLE_DRAFTS, SAMPLE_PEOPLE } from '../../core/sample/content'
import type { DisclosureCheckInput, PersonRef } from './domain'
import { analyseDisclosures, checkDisclosures, RULES } from './rules'

const feature = SAMPLE_DRAFTS[0]
if (!feature) throw new Error('no sample feature')
const sampleInput = (rev: number): DisclosureCheckInput => ({
  body: feature.revisions[rev]?.body ?? '',
  relations: feature.relations,
  people: SAMPLE_PEOPLE,
  subject: 'skincare',
})
const rules = (input: DisclosureCheckInput) => checkDisclosures(input).map((f) => f.rule)

describe('the sample feature', () => {
  // The writer's sign-off ends "#vellaria #ferments #skincare #spon": a buried "#spon", in the
  // piece's own words, and the only sign of a sponsorship in it. Issue 11 makes that an error
  // in every revision (it was a warning); the ambassador's tie is still fine until revision 3.
  it('revisions 1 and 2 keep the ambassador disclosure next to the endorsement: only the buried “#spon” is an error', () => {
    for (const rev of [0, 1]) {
      const input = sampleInput(rev)
      const errors = checkDisclosures(input).filter((f) => f.severity === 'error')
      expect(errors.map((f) => [f.rule, input.body.slice(f.start, f.end)])).toEqual([
        ['sponsorship-undisclosed', '#spon'],
      ])
    }
  })

  it('revision 3 moves the disclosure away: material-connection error on the endorsement', () => {
    const input = sampleInput(2)
    const errors = checkDisclosures(input).filter((f) => f.severity === 'error')
    expect(errors.map((f) => f.rule)).toEqual([
      'material-connection-undisclosed',
      'sponsorship-undisclosed',
    ])
    const [e] = errors
    // The quotes engine reports the quoted words without their marks.
    expect(input.body.slice(e?.start, e?.end)).toMatch(/^“?I often suggest the Orrenby serum/)
    expect(e?.message).toMatch(/Rosalind Achterberg .*Orrenby.*paragraphs away/)
    const related = e?.related?.[0]
    expect(input.body.slice(related?.start, related?.end)).toBe(
      'Dr. Achterberg is a paid ambassador for Orrenby.',
    )
  })

  it('flags the ambiguous "#spon" and "Thanks Pell & Quist!", the buried hashtag and the nutritionist', () => {
    const input = sampleInput(0)
    const at = (rule: string) =>
      checkDisclosures(input)
        .filter((f) => f.rule === rule)
        .map((f) => input.body.slice(f.start, f.end))
    expect(at('ambiguous-wording')).toEqual(['Thanks Pell & Quist!', '#spon'])
    expect(at('disclosure-buried')).toEqual(['#spon'])
    expect(at('expert-credentials-mismatch')[0]).toMatch(/^"?Fermented foods/)
    expect(at('affiliate-disclosure-missing')).toEqual([])
    expect(at('affiliate-disclosure-late')).toEqual([])
  })

  it('sees the disclosures, the brands and the endorsements for the panel', () => {
    const report = analyseDisclosures(sampleInput(0))
    expect(report.disclosures.map((d) => `${d.kind}/${d.wording}`)).toEqual([
      // VELLA-12 "funded by Orrenby": research the brand paid for, disclosed where it is cited.
      'material-connection/clear',
      'affiliate/clear',
      // "Our editors choose every product independently."
      'other/clear',
      'material-connection/clear',
      // "Thanks Pell & Quist!" after the gifted oil: a gift the thank-you does not spell out.
      'gifted-product/ambiguous',
      'sponsored/ambiguous',
    ])
    expect(report.brands.map((b) => b.name)).toEqual(['Orrenby', 'Hollowmere', 'Pell & Quist'])
    expect(report.endorsements.filter((e) => e.kind === 'product-link')).toHaveLength(3)
    expect(report.endorsements.filter((e) => e.kind === 'connected-quote')).toHaveLength(1)
  })

  it('flags the Northmere lab work when the sources say Orrenby paid for it', () => {
    const input = {
      ...sampleInput(0),
      fundedResearch: [{ name: 'Northmere Institute', funder: 'Orrenby' }],
    }
    const [f] = checkDisclosures(input).filter((x) => x.rule === 'paid-research-undisclosed')
    expect(input.body.slice(f?.start, f?.end)).toMatch(/^Research shows that fermentation/)
  })

  it('keeps finding ids stable when the text around them moves', () => {
    const ids = (rev: number) => new Set(checkDisclosures(sampleInput(rev)).map((f) => f.id))
    // Revision 3 moves paragraphs; the unchanged findings keep their ids.
    for (const id of ids(0)) expect(ids(2).has(id)).toBe(true)
  })
})

const VALE: PersonRef = {
  name: 'Imogen Vale',
  credentials: ['Consultant dermatologist'],
  connections: [{ brand: 'Lumio', kind: 'ambassador' }],
}
const FILLER = 'Some neutral text about how the ingredient is made.'

describe('rules', () => {
  it('(a) counts a disclosure before the Q&A the answer sits in as close', () => {
    const qa = (intro: string) =>
      `# Ask\n\n${intro}\n\n**Q:** One?\n\n**A:** Fine.\n\n**Q:** Two?\n\n**A:** Fine.\n\n**Q:** Which?\n\n**A:** The Lumio serum.\n`
    expect(
      rules({ body: qa('We asked Dr. Vale, an ambassador for Lumio.'), people: [VALE] }),
    ).toEqual([])
    expect(rules({ body: qa('We asked Dr. Vale.'), people: [VALE] })).toEqual([
      'material-connection-undisclosed',
    ])
  })

  it('(a) uses the quotes the caller passes', () => {
    const body = `“The Lumio serum is great,” she said.\n\n${FILLER}\n`
    expect(
      rules({ body, people: [VALE], quotes: [{ start: 0, end: 28, speaker: 'Dr. Imogen Vale' }] }),
    ).toEqual(['material-connection-undisclosed'])
    expect(rules({ body, people: [VALE], quotes: [{ start: 0, end: 28, speaker: null }] })).toEqual(
      [],
    )
  })

  it('(b) error with no affiliate disclosure, and when it only follows the first link', () => {
    const link = '[Lumio Serum](https://www.example.com/serum?tag=abc-21)'
    const notice = 'We may earn a commission from links on this page.'
    expect(rules({ body: `${link}\n\n${FILLER}\n` })).toEqual(['affiliate-disclosure-missing'])
    expect(rules({ body: `${link}\n\n${notice}\n\n${FILLER}\n` })).toEqual([
      'affiliate-disclosure-late',
    ])
    expect(rules({ body: `${notice}\n\n${link}\n\n${FILLER}\n` })).toEqual([])
  })

  it('(d) does not repeat "only at the end" for a disclosure another rule already points at', () => {
    const body = `[Lumio Serum](https://www.example.com/serum?tag=abc-21)\n\n${FILLER}\n\nWe may earn a commission.\n`
    expect(rules({ body })).toEqual(['affiliate-disclosure-late'])
  })

  it('(e) flags a trial cited well before its funding is stated', () => {
    const body = `The GLOW-8 trial found fewer lines.\n\n${FILLER}\n\n${FILLER}\n\n${FILLER}\n\nGLOW-8 was a study funded by Lumio.\n`
    const findings = checkDisclosures({
      body,
      relations: [{ brand: 'Lumio', kind: 'brand-mentioned' }],
    })
    expect(findings.map((f) => f.rule)).toEqual(['paid-research-undisclosed'])
    expect(findings[0]?.message).toMatch(/only 4 paragraphs later/)
  })

  it('(g) sponsor and gifted relations need a disclosure in the text', () => {
    const body = `Marrowby boots kept us dry.\n\n${FILLER}\n`
    expect(rules({ body, relations: [{ brand: 'Marrowby', kind: 'sponsor' }] })).toEqual([
      'relation-undisclosed',
    ])
    expect(rules({ body, relations: [{ brand: 'Marrowby', kind: 'gifted' }] })).toEqual([
      'relation-undisclosed',
    ])
    expect(
      rules({
        body: `Sponsored by Marrowby\n\n${body}`,
        relations: [{ brand: 'Marrowby', kind: 'sponsor' }],
      }),
    ).toEqual([])
  })

  it('gives every finding a one-line message, a severity from its rule and a unique id', () => {
    const findings = checkDisclosures(sampleInput(2))
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length)
    // A buried label is an error when it is the only sign of its tie (docs/disclosures.md).
    const escalates = new Set(['disclosure-buried'])
    for (const f of findings) {
      expect(f.message).not.toMatch(/\n/)
      if (!escalates.has(f.rule)) expect(f.severity).toBe(RULES[f.rule].severity)
      expect(f.end).toBeGreaterThan(f.start)
    }
  })

  it('checks a 50k-word body without trouble', () => {
    const para = 'Research shows the serum helps. Try the Lumio serum, we love it. #glow'
    const body = Array.from({ length: 4000 }, () => para).join('\n\n')
    const findings = checkDisclosures({
      body,
      relations: [{ brand: 'Lumio', kind: 'affiliate' }],
      people: [VALE],
    })
    expect(findings.some((f) => f.rule === 'affiliate-disclosure-missing')).toBe(true)
  })
})
