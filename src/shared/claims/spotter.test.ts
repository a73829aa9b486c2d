import { describe, expect, it } from 'vitest'
import { align } from './model'
import { RULES, RULE_IDS, spotClaims } from './spotter'

// Every sentence here is written for these tests: invented people, brands and places.
const rulesOf = (s: string) => spotClaims(s)[0]?.rules ?? []
const texts = (md: string) => spotClaims(md).map((s) => s.text)

describe('spotClaims: the rules', () => {
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
      ['specification', 'The Kestrel jacket is rated IP67 and weighs 340 grams.'],
      ['negation', 'Guarana is not a stimulant.'],
      ['ownership', 'Harlow Foods is the maker of Crumbly oat bars.'],
      ['generalisation', 'Winter colds tend to peak in the first cold week.'],
      ['forecast', 'The new terminal is expected to open next spring.'],
    ]
    for (const [rule, sentence] of cases) expect(rulesOf(sentence), sentence).toContain(rule)
    // 'statement' is the reason a model gives for a clause no cue marks (below).
    expect(new Set([...cases.map(([r]) => r), 'statement'])).toEqual(new Set(RULE_IDS))
  })

  it('gives a clause a model proposes without a cue the statement rule, its verb as evidence', () => {
    const yes = align({ features: ['bias'], weights: [10], threshold: 0.5 })
    const [s] = spotClaims('Scale is chalk from the water.', { model: yes })
    expect(s?.rules).toEqual(['statement'])
    expect(s?.evidence.map((e) => e.text)).toEqual(['is'])
    expect(spotClaims('Scale is chalk from the water.')).toEqual([])
  })

  it('exports every rule with a label and a one-line explanation', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS])
    for (const r of RULES) {
      expect(r.label.length).toBeGreaterThan(3)
      expect(r.explanation).toMatch(/^[A-Z][^\n]+: [^\n]+\.$/)
    }
  })

  it('gives offsets into the Markdown, one reason per rule and evidence inside the span', () => {
    const md =
      '# Kelp, the wonder\n\nThe light is soft.\n\n- The serum is **clinically proven** to reduce fine lines within six weeks, says Dr. Talia Brenwick.\n'
    const found = spotClaims(md)
    expect(found).toHaveLength(1)
    const s = found[0]!
    expect(md.slice(s.start, s.end)).toBe(s.text)
    expect(s.text).toBe('The serum is **clinically proven** to reduce fine lines within six weeks')
    expect(s.rules).toEqual(['evidence', 'causal', 'date'])
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

  it('reads numbers written as words, and not numbers in names, clock times or scores', () => {
    expect(rulesOf('Eleven kettles and four testers went to the lab.')).toContain('number')
    expect(rulesOf('Three of the nine ferries were late.')).toContain('number')
    expect(texts('The Orla 2 kettle is quiet.')).toEqual([])
    expect(texts('The doors open at 7:30 p.m. and the café is busy.')).toEqual([])
    expect(texts('**Verdict: 4 out of 5**')).toEqual([])
    // A duration alone tells a story; measured, it is a figure.
    expect(texts('She sang for two years in a choir.')).toEqual([])
    expect(rulesOf('The battery lasts about nine hours.')).toContain('date')
  })

  it('ignores numbers in link targets and bare URLs', () => {
    expect(rulesOf('She wrote [a post](https://example.org/2019/77) about it in 2019.')).toEqual([
      'date',
    ])
    expect(texts('Order it at https://shop.example/item?id=4412&ref=99 today.')).toEqual([])
  })
})

describe('spotClaims: facts without a trigger word', () => {
  it('proposes specifications, denials of a property and ownership', () => {
    expect(rulesOf('The lamp holds a charge for nine hours.')).toContain('specification')
    expect(rulesOf('The coat is not waterproof.')).toEqual(['specification', 'negation'])
    expect(rulesOf('The results have not been published.')).toContain('negation')
    expect(rulesOf('Marrow & Finch makes no frozen meals.')).toContain('negation')
    expect(rulesOf('Harrow Mills owns the Kestrel brand.')).toEqual(['ownership'])
    expect(rulesOf('Most grocers sell the bars near the tills.')).toContain('generalisation')
    expect(rulesOf('The update will add a night mode.')).toContain('forecast')
  })

  it('leaves retorts and turns of phrase alone', () => {
    expect(texts('That is not a plan.')).toEqual([])
    expect(texts('The decor is not subtle.')).toEqual([])
    expect(texts('It has not helped yet.')).toEqual([])
    expect(texts('I am not the only one who noticed.')).toEqual([])
  })
})

describe('spotClaims: what is not a claim', () => {
  it('skips boilerplate, bylines, captions, buy buttons and labels', () => {
    const md = [
      '# Kettles, reviewed',
      'By Tomas Reed · Updated 3 June 2025',
      'Photo: Ana Lind for Pinecone',
      'Best budget',
      '[$45 at Kettleworks](https://shop.example/orla)',
      'The Orla kettle boils a litre in 94 seconds.',
      '© 2025 Pinecone Media. All rights reserved.',
    ].join('\n\n')
    expect(texts(md)).toEqual(['The Orla kettle boils a litre in 94 seconds.'])
  })

  it('proposes a heading only when it carries a figure', () => {
    expect(texts('## Why the kettle market is changing\n\nIt is.')).toEqual([])
    expect(texts('## Sales of kettles rose 40% in 2024\n\nIt is.')).toHaveLength(1)
    expect(texts('### Orla Classic kettle, £45\n\nIt is.')).toEqual(['Orla Classic kettle, £45'])
    expect(spotClaims('# Why kettles matter\n', { includeHeadings: true })).toEqual([])
  })

  it('skips instructions, conditions and advice', () => {
    expect(texts('Never leave a toddler alone in the bath for 30 seconds.')).toEqual([])
    expect(texts('Store the jar somewhere cool for up to six months.')).toEqual([])
    expect(texts('How to save $500 in 60 days')).toEqual([])
    expect(texts('You will need 400g flour and two eggs.')).toEqual([])
    // The condition is no claim; the clause after it is.
    expect(texts('If you cycle 20 miles a week, the tyres last about 3,000 miles.')).toEqual([
      'the tyres last about 3,000 miles.',
    ])
    expect(texts('If you want more, wait for the sale: it took 30% off last May.')).toEqual([
      'it took 30% off last May.',
    ])
  })

  it('skips questions and the interviewer, and never puts a Q&A label in a span', () => {
    const md = [
      'Q: How much did the lake shrink?',
      'A: The lake lost 40 percent of its volume in a decade.',
      'Q: And the fish?',
      'A: Two species have gone since 1990.',
    ].join('\n\n')
    expect(texts(md)).toEqual([
      'The lake lost 40 percent of its volume in a decade.',
      'Two species have gone since 1990.',
    ])
    expect(texts('Did sales really rise 40% last year?')).toEqual([])
  })

  it('leaves disclosure statements to legal', () => {
    expect(texts('Dr. Ines Vale is a paid ambassador for Orla Skin.')).toEqual([])
    expect(texts('We may earn a commission on purchases made through our links.')).toEqual([])
    expect(texts('Kettleworks lent us the kettles for two weeks.')).toEqual([])
    // Research funding is a claim to check, not a disclosure of the publication's.
    expect(rulesOf('The trial was funded by Orla Skin.')).toContain('event')
  })

  it("drops the writer's own first person and bio line, but not a quoted source's", () => {
    const md = [
      '# Kettles, reviewed',
      'By Mara Quill',
      'We tested nine kettles for a month, and I boiled 300 litres.',
      '“I have treated more than 300 patients with it,” said Dr. Ines Vale.',
      'Mara Quill is our kitchen editor. She has reviewed 400 appliances.',
    ].join('\n\n')
    // The bio's line is the publication's; a figure it goes on to give is checked (the corpus
    // README counts statistics wherever they stand).
    expect(texts(md)).toEqual([
      'I have treated more than 300 patients with it',
      'She has reviewed 400 appliances.',
    ])
    // "We found no evidence" reports; "we like the X, £24" gives a price.
    expect(texts('We found no published study of the spray.')).toHaveLength(1)
    expect(texts('For baking, we like the Orla Tray, £24.')).toHaveLength(1)
  })

  it('keeps a source’s opinions and personal history out, but not the facts they state', () => {
    expect(texts('“I think the kettle is the best one on the market,” she said.')).toEqual([])
    expect(texts('“I sang in a choir for two years,” she said.')).toEqual([])
    // (A thing ranked against their experience is a superlative to check: endorse.test.ts.)
    expect(texts('“It is the best record I have ever heard,” he said.')).toHaveLength(1)
    expect(
      texts(
        '“Guarana is not a stimulant of the heart,” said Tova Lind, a pharmacist in Brenmouth.',
      ),
    ).toEqual(['Guarana is not a stimulant of the heart', 'a pharmacist in Brenmouth.'])
  })
})

describe('spotClaims: spans', () => {
  it('proposes the clause around the fact, not the attribution or a scene beside it', () => {
    expect(
      texts('The rain had stopped, and the ferry, which has run since 1921, was late again.'),
    ).toEqual(['which has run since 1921'])
    expect(
      texts('“We were thrilled,” said Lena Stroud, a chemist at the Northmere Institute.'),
    ).toEqual(['a chemist at the Northmere Institute.'])
    expect(texts('The crossing takes 40 minutes, and the boat has run since 1921.')).toEqual([
      'The crossing takes 40 minutes, and the boat has run since 1921.',
    ])
  })

  it('puts no Markdown at the edges of a span', () => {
    for (const s of spotClaims(
      '**A:** Sales rose 40% in 2023.\n\n> “Prices fell 9% in May,” she said.\n',
    )) {
      expect(s.text).not.toMatch(/^[*_>“"\s]|[*_”"\s]$/)
    }
  })

  it('spots a 50k-word article in reasonable time', () => {
    const sentence =
      'The serum is clinically proven to reduce fine lines within six weeks, Dr. Brenwick says. The light is soft. '
    const text = Array.from({ length: 2_800 }, (_, i) =>
      i % 5 === 4 ? sentence + '\n\n' : sentence,
    ).join('')
    const t0 = performance.now()
    const found = spotClaims(text)
    const ms = performance.now() - t0
    expect(found).toHaveLength(2_800)
    // Reading the text with the language layer included; generous for a shared test machine,
    // the bench reports the real figure.
    expect(ms).toBeLessThan(20_000)
  })
})
