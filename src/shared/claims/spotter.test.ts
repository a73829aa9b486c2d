import { describe, expect, it } from 'vitest'
import { RULES, RULE_IDS, spotClaims } from './spotter'

const rulesOf = (s: string) => spotClaims(s)[0]?.rules ?? []

describe('spotClaims', () => {
  it('fires each rule on a sentence made for it', () => {
    const cases: [string, string][] = [
      ['number', 'The brand employs 230 people.'],
      ['percentage', 'Of the volunteers, 82% saw a change.'],
      ['comparison', 'The cleanser is gentler than the old one.'],
      ['evidence', 'The serum is clinically proven to work.'],
      ['causal', 'Vitamin C boosts collagen.'],
      ['absolute', 'Bees always return to the same patch.'],
      ['vague-source', 'Experts say the trend will fade.'],
      ['institution', 'She trained at the University of Lowmoor.'],
      ['date', 'The shop opened in 2011.'],
      ['credential', 'She is a board-certified dermatologist.'],
      ['product', 'The mask is vegan and cruelty-free.'],
      ['event', 'The startup was founded by two former bankers.'],
    ]
    for (const [rule, sentence] of cases) expect(rulesOf(sentence), sentence).toContain(rule)
    expect(new Set(cases.map(([r]) => r))).toEqual(new Set(RULE_IDS))
  })

  it('gives offsets into the Markdown, one reason per rule and evidence inside the span', () => {
    const md =
      '# Kelp, the 2024 wonder\n\nThe light is soft.\n\n- The serum is **clinically proven** to reduce fine lines within six weeks, says Dr. Talia Brenwick.\n'
    const found = spotClaims(md)
    expect(found).toHaveLength(1)
    const s = found[0]!
    expect(md.slice(s.start, s.end)).toBe(s.text)
    expect(s.text.startsWith('The serum')).toBe(true)
    expect(s.rules).toEqual(['evidence', 'causal', 'date', 'credential'])
    expect(s.reasons).toHaveLength(s.rules.length)
    expect(s.reasons[0]).toBe(
      'Appeals to a study, trial or source (“clinically proven”): find that source and check it says this.',
    )
    for (const e of s.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(s.start)
      expect(e.end).toBeLessThanOrEqual(s.end)
      expect(md.slice(e.start, e.end)).toBe(e.text)
    }
  })

  it('skips headings unless asked, questions, and asides where only weak rules fire', () => {
    expect(spotClaims('# Sales rose 40% in 2023\n')).toEqual([])
    expect(spotClaims('# Sales rose 40% in 2023\n', { includeHeadings: true })).toHaveLength(1)
    expect(spotClaims('Did sales really rise 40% last year?')).toEqual([])
    expect(spotClaims('I have never been good with spreadsheets.')).toEqual([])
    expect(spotClaims('Let the mask sit for ten minutes.')).toEqual([])
    // A strong rule still counts in the first person.
    expect(rulesOf('I treated 500 patients last year.')).toContain('number')
  })

  it('ignores numbers in link targets and years as plain numbers', () => {
    expect(rulesOf('She wrote [a post](https://example.org/2019/77) about it in 2019.')).toEqual([
      'date',
    ])
  })

  it('exports every rule with a label and a one-line explanation', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS])
    for (const r of RULES) {
      expect(r.label.length).toBeGreaterThan(3)
      expect(r.explanation).toMatch(/^[A-Z][^\n]+: [^\n]+\.$/)
    }
  })

  it('spots a 50k-word article quickly', () => {
    const sentence =
      'The serum is clinically proven to reduce fine lines within six weeks, Dr. Brenwick says. The light is soft. '
    const text = Array.from({ length: 2_800 }, (_, i) =>
      i % 5 === 4 ? sentence + '\n\n' : sentence,
    ).join('')
    spotClaims(text)
    const t0 = performance.now()
    const found = spotClaims(text)
    const ms = performance.now() - t0
    expect(found).toHaveLength(2_800)
    // Generous for a shared test machine; the bench reports the real figure.
    expect(ms).toBeLessThan(1_000)
  })
})
