import { describe, expect, it } from 'vitest'
import { said } from '../../../test/support/quotes'
import type { DisclosureCheckInput, Finding, QuoteRef } from './domain'
import { analyseDisclosures } from './rules'

const FILLER = [
  'Prices range from $12 to $90, and most jars hold 50 ml.',
  'The formulas vary: some use ceramides, others squalane or oat oil.',
  'Patch test anything new on the inside of your arm for two days.',
  'Most of the creams we tried had no added fragrance.',
]
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join('\n\n')

function check(
  body: string,
  who: Record<string, string> = {},
  extra: Partial<DisclosureCheckInput> = {},
) {
  return analyseDisclosures({ body, quotes: said(body, who), ...extra })
}
const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'error')
const at = (body: string, f: Finding | undefined) => (f ? body.slice(f.start, f.end) : '')

describe('endorsements by a connected person', () => {
  const praise =
    '“In my clinic, Norvane Night Repair is the one I reach for first,” says Dr. Lena Fox.'
  const tie = 'Dr. Lena Fox is a paid clinical adviser to Norvane Labs.'

  it('is an error when the only disclosure is far away, pointing at both', () => {
    const body = `# Night creams\n\n${praise}\n\n${filler(6)}\n\n*${tie}*\n`
    const r = check(body, { 'Night Repair': 'Lena Fox' })
    const [e] = errors(r.findings)
    expect(errors(r.findings)).toHaveLength(1)
    expect(e?.rule).toBe('material-connection-undisclosed')
    expect(at(body, e)).toMatch(/^In my clinic, Norvane Night Repair/)
    expect(e?.message).toMatch(
      /^Lena Fox \(paid consultant or adviser, Norvane Labs\) endorses Norvane Labs here, but the only disclosure of that tie .* is 7 paragraphs away/,
    )
    expect(body.slice(e?.related?.[0]?.start, e?.related?.[0]?.end)).toBe(tie)
  })

  it('is fine with the disclosure in the same or the next paragraph, or in a caption beside it', () => {
    for (const body of [
      `# Night creams\n\n${praise} ${tie}\n\n${filler(6)}\n`,
      `# Night creams\n\n${praise}\n\n${tie}\n\n${filler(6)}\n`,
      `# Night creams\n\n*Dr. Lena Fox at her clinic. Fox is a paid ambassador for Norvane.*\n\n${praise}\n\n${filler(6)}\n`,
    ]) {
      expect(errors(check(body, { 'Night Repair': 'Lena Fox' }).findings)).toEqual([])
    }
  })

  it('reads a tie the speaker states in her own quote (“I hold a stake in …”)', () => {
    const close = `# Night creams\n\n“I hold a stake in Norvane, so weigh this: Norvane Night Repair is the best cream I know,” says Dr. Lena Fox.\n\n${filler(6)}\n`
    expect(errors(check(close, { 'hold a stake': 'Lena Fox' }).findings)).toEqual([])
    const far = `# Night creams\n\n${praise}\n\n${filler(6)}\n\n“I hold a stake in Norvane,” Dr. Lena Fox told us.\n`
    const fs = errors(
      check(far, { 'Night Repair': 'Lena Fox', 'hold a stake': 'Lena Fox' }).findings,
    )
    expect(fs.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
  })

  it('takes an endorsement with no brand name from the piece it sits in', () => {
    const body = [
      'Norvane Labs launches Night Repair, a cream it says halves redness',
      'Norvane Labs on Monday launched Night Repair, a cream for sensitive skin, priced at $48.',
      'The company says the formula took three years to develop and that the cream is its best seller in trials.',
      '“I’d recommend it to any patient with redness,” said Dr. Lena Fox, the dermatologist who led the trial.',
      filler(6),
      'Dr. Fox has served as a paid consultant to Norvane since 2021.',
    ].join('\n\n')
    const [e] = errors(check(body, { recommend: 'Lena Fox' }).findings)
    expect(e?.rule).toBe('material-connection-undisclosed')
    expect(at(body, e)).toMatch(/^I’d recommend it/)
  })

  it('reads a personal referral code as a paid tie that needs a disclosure', () => {
    const body = `# Saving apps\n\n${filler(2)}\n\n“Pennywise makes saving painless. Use my code LENA20 for a free month of Pennywise Plus,” says planner Lena Fox.\n\n${filler(2)}\n`
    const [e] = errors(check(body, { Pennywise: 'Lena Fox' }).findings)
    expect(e?.rule).toBe('material-connection-undisclosed')
    expect(e?.message).toMatch(/Lena Fox .* personal code/)
  })

  it('counts a tie stated in the attribution of a quote that runs over several paragraphs', () => {
    const body = `# Winter kit\n\n“I have tried every jacket going,” says guide Tom Reyes, a paid ambassador for Fellmark.\n\n“Most of them leak at the seams.\n\n“The Fellmark Ridge is the only one that has never let me down.”\n\n${filler(6)}\n`
    expect(
      errors(check(body, { jacket: 'Tom Reyes', leak: 'Tom Reyes', Ridge: 'Tom Reyes' }).findings),
    ).toEqual([])
  })

  it('reads the writer’s own first-person praise as the writer’s endorsement', () => {
    const far = `# My winter kit\n\nBy Tom Reyes\n\nI wear the Fellmark Ridge jacket every day, and it is the warmest I own.\n\n${filler(6)}\n\n*Tom Reyes is a paid ambassador for Fellmark.*\n`
    expect(errors(check(far).findings).map((f) => [f.rule, at(far, f).slice(0, 20)])).toEqual([
      ['material-connection-undisclosed', 'I wear the Fellmark '],
    ])
    const plain = `# Three days on the coast\n\nBy Ana Ruiz\n\nI loved the Gull & Anchor, the best crab sandwich I have eaten.\n\n${filler(6)}\n`
    expect(errors(check(plain).findings)).toEqual([])
  })

  it('counts a disclosure in a Q&A’s introduction as close to the answers', () => {
    const qa = (intro: string) =>
      `# Ask the doctor\n\n${intro}\n\n**Q:** Which cream first?\n\n**A:** Something gentle.\n\n**Q:** And at night?\n\n**A:** Honestly, Norvane Night Repair is the best I know.\n\n**Q:** When?\n\n**A:** After cleansing.\n`
    const answers = (body: string): QuoteRef[] =>
      [...body.matchAll(/\*\*A:\*\* ([^\n]+)/g)].map((m) => ({
        start: (m.index ?? 0) + 7,
        end: (m.index ?? 0) + m[0].length,
        speaker: 'Lena Fox',
      }))
    const clear = qa('We asked Dr. Lena Fox, a paid adviser to Norvane, your questions.')
    expect(errors(analyseDisclosures({ body: clear, quotes: answers(clear) }).findings)).toEqual([])
    const none = qa('We asked Dr. Lena Fox your questions.')
    const people = [
      { name: 'Lena Fox', connections: [{ brand: 'Norvane', kind: 'paid-consultant' as const }] },
    ]
    expect(
      errors(analyseDisclosures({ body: none, quotes: answers(none), people }).findings).map(
        (f) => f.rule,
      ),
    ).toEqual(['material-connection-undisclosed'])
  })
})

describe('affiliate notices before the first link or pick', () => {
  const link =
    'Our pick: [Norvane Night Repair, $48](https://shop.example/norvane/night-repair?tag=gw-20)'
  const notice = 'We may earn a commission when you buy through links on this page.'

  it('is an error when the only notice comes after the first link, or there is none', () => {
    const late = check(`# Creams\n\n${link}\n\n${filler(4)}\n\n${notice}\n`)
    expect(errors(late.findings).map((f) => f.rule)).toEqual(['affiliate-disclosure-late'])
    expect(errors(late.findings)[0]?.message).toMatch(/^The only affiliate notice \(“We may earn/)
    const none = check(`# Creams\n\n${link}\n\n${filler(4)}\n`)
    expect(errors(none.findings).map((f) => f.rule)).toEqual(['affiliate-disclosure-missing'])
  })

  it('says "in the same paragraph" when the notice follows the links on their own line', () => {
    const late = check(`# Creams\n\n${filler(2)}\n\n${link} · ${notice}\n`)
    expect(errors(late.findings)[0]?.message).toMatch(
      /comes after, in the same paragraph as the first affiliate link or pick/,
    )
  })

  it('reads a web address written out as a link: bare, in angle brackets or from a plain-text import', () => {
    for (const address of [
      'Buy it at https://shop.example/norvane/night-repair?tag=gw-20.',
      'Buy it at <https://shop.example/norvane/night-repair?tag=gw-20>.',
      'Buy it at www.shop.example/norvane/night-repair?tag=gw-20 while it lasts.',
    ]) {
      const body = `# Creams\n\nOur pick is Norvane Night Repair, $48. ${address}\n\n${filler(4)}\n\n${notice}\n`
      const [e, ...rest] = errors(check(body).findings)
      expect(rest).toEqual([])
      expect(e?.rule).toBe('affiliate-disclosure-late')
      expect(at(body, e)).toContain('shop.example/norvane/night-repair?tag=gw-20')
    }
    // The address a Markdown link shows as its text is that link, once.
    const shown = `# Creams\n\n[https://shop.example/n?tag=gw-20](https://shop.example/n?tag=gw-20)\n\n${filler(4)}\n`
    expect(errors(check(shown).findings).map((f) => f.rule)).toEqual([
      'affiliate-disclosure-missing',
    ])
    // An address that earns nothing is no affiliate link.
    const plain = `# Creams\n\nThe maker's page is https://norvane.example/night-repair.\n\n${filler(4)}\n`
    expect(errors(check(plain).findings)).toEqual([])
  })

  it('points a missing notice at the first link that earns, the pick before it listed beside it', () => {
    const body = `# Chews\n\n**1. Norvane Dental Sticks, $24.** Our top pick. Dogs liked them and the vet saw less plaque after two weeks of daily use in all four of our testers, large and small, and none of the dogs had an upset stomach at any point over the whole month of the test. [Buy Norvane sticks](https://shop.example/norvane-sticks?tag=pets-20)\n\n${filler(3)}\n`
    const [e] = errors(check(body).findings)
    expect(e?.rule).toBe('affiliate-disclosure-missing')
    // The link that earns, not the pick sentence before it.
    expect(at(body, e)).toContain('Buy Norvane sticks')
    expect(at(body, e)).not.toContain('Our top pick')
  })

  it('is fine when the notice comes first, or nothing earns a commission', () => {
    expect(errors(check(`# Creams\n\n${notice}\n\n${link}\n\n${filler(4)}\n`).findings)).toEqual([])
    expect(
      errors(
        check(
          `# Libraries\n\nWe love the [catalogue app](https://library.example/app).\n\n${filler(2)}\n`,
        ).findings,
      ),
    ).toEqual([])
  })
})

describe('research an advertiser paid for, presented as independent', () => {
  it('is an error at the claim of independence, pointing at the funding note', () => {
    const body = `# Heat pumps\n\nAccording to an independent survey of 1,500 homeowners, most want a heat pump.\n\n${filler(5)}\n\n*Survey of 1,512 homeowners conducted by Pollmark and paid for by Calloway Energy.*\n`
    const [e] = errors(check(body).findings)
    expect(e?.rule).toBe('paid-research-undisclosed')
    expect(at(body, e)).toBe('an independent survey of 1,500 homeowners')
    expect(e?.message).toMatch(/presented here as independent, but Calloway Energy paid for it/)
  })

  it('is fine when the funding is said where the research is cited', () => {
    const body = `# Heat pumps\n\nAn independent survey of 1,500 homeowners, paid for by Calloway Energy, found most want a heat pump.\n\n${filler(5)}\n`
    expect(errors(check(body).findings)).toEqual([])
  })

  // One piece of research, called by other nouns where it is praised and where it is paid for.
  it.each([
    [
      'research, then a poll',
      `# Winter tyres\n\nAccording to independent research out this month, six in ten drivers never check their tyres.\n\n${filler(5)}\n\n*The poll of 1,200 drivers was commissioned and paid for by Brackwell Tyres.*\n`,
      'independent research out this month',
    ],
    [
      'a study, then a survey',
      `# Commuting by bike\n\nAn independent study found most riders feel safer on painted lanes. The same study found few wear lights.\n\n${filler(5)}\n\n*The survey of 800 commuters was paid for by Ostrander Cycles.*\n`,
      'An independent study',
    ],
  ])('is an error when the nouns differ: %s', (_name, body, claim) => {
    const [e] = errors(check(body).findings)
    expect(e?.rule).toBe('paid-research-undisclosed')
    expect(at(body, e)).toBe(claim)
  })

  it.each([
    [
      'a university trial and a brand’s own survey',
      `# Sleep aids\n\nAn independent university trial of 300 adults found the tea made no difference.\n\n${filler(5)}\n\nNorvane Labs' own survey of 2,000 customers says otherwise.\n`,
    ],
    [
      'independent research beside a separate paid survey',
      `# Sleep aids\n\nIndependent research suggests herbal teas do little.\n\n${filler(5)}\n\n*A separate survey of 2,000 customers was paid for by Norvane Labs.*\n`,
    ],
    [
      'independent research beside a university trial and a paid poll',
      `# Sleep aids\n\nIndependent research suggests herbal teas do little.\n\nA trial at the University of Lorne followed 300 adults.\n\n${filler(5)}\n\n*The poll of customers was paid for by Norvane Labs.*\n`,
    ],
    [
      'independent research with no paid line',
      `# Sleep aids\n\nAccording to independent research, herbal teas do little for sleep.\n\n${filler(5)}\n\nThe study followed 400 adults for a year.\n`,
    ],
  ])('is quiet for %s', (_name, body) => {
    expect(
      errors(check(body).findings).filter((f) => f.rule === 'paid-research-undisclosed'),
    ).toEqual([])
  })
})

describe('vague and buried labels', () => {
  const post = 'Loved these boots on the fell today #hiking #winter #spon #outdoors'

  it('is an error when a buried label is the only sign of a sponsorship in the publication’s own words', () => {
    const body = `# Winter walks\n\n${filler(3)}\n\n${post}\n`
    const fs = check(body).findings
    expect(errors(fs).map((f) => [f.rule, at(body, f)])).toEqual([
      ['sponsorship-undisclosed', '#spon'],
    ])
    expect(fs.filter((f) => f.rule === 'disclosure-buried').map((f) => f.severity)).toEqual([
      'warning',
    ])
    expect(fs.filter((f) => f.rule === 'ambiguous-wording').map((f) => f.severity)).toEqual([
      'warning',
    ])
  })

  it('is a warning beside a clear sponsorship label, or inside a post the piece quotes', () => {
    const labelled = `Sponsored by Fellmark\n\n# Winter walks\n\n${filler(3)}\n\n${post}\n`
    expect(errors(check(labelled).findings)).toEqual([])
    const quoted = `# Winter walks\n\n${filler(3)}\n\nOne hiker posted:\n\n> ${post}\n`
    expect(errors(check(quoted).findings)).toEqual([])
  })

  it('is a warning when the buried label sits right under the endorsement it covers', () => {
    const body = `# Sunday notes\n\nWe may earn a commission when you buy through links on this page.\n\n${filler(3)}\n\nLately I drink Fellmark Dusk tea every night and sleep better. Use ANA10 for 10% off.\n\n#tea #sleep #sp #cosy #autumn\n\n${filler(3)}\n`
    const fs = check(body).findings
    expect(errors(fs)).toEqual([])
    expect(fs.filter((f) => f.rule === 'disclosure-buried').map((f) => f.severity)).toEqual([
      'warning',
    ])
  })

  it('is one error when a sponsored piece has a vague label on top and its clear line only at the foot', () => {
    const body = [
      'Partner content',
      '# Learning to sail at forty',
      filler(2),
      'Coastwise Sailing runs weekend courses for beginners in six harbours.',
      filler(2),
      'Coastwise Sailing is the school we would pick: small boats, patient instructors.',
      filler(2),
      '[Book a taster day with Coastwise Sailing](https://coastwise.example/taster)',
      'This feature was paid for by Coastwise Sailing and written by our partnerships team.',
    ].join('\n\n')
    const fs = check(body).findings
    expect(errors(fs).map((f) => [f.rule, at(body, f)])).toEqual([
      [
        'sponsorship-undisclosed',
        'This feature was paid for by Coastwise Sailing and written by our partnerships team.',
      ],
    ])
    // The foot line keeps its own warning: it is where readers will miss it.
    expect(fs.filter((f) => f.rule === 'disclosure-buried').map((f) => f.severity)).toEqual([
      'warning',
    ])
    expect(fs.filter((f) => f.rule === 'ambiguous-wording').map((f) => f.severity)).toEqual([
      'warning',
    ])
  })

  it('puts the error on the foot line, not on the tag, when a post hides both a thank-you and “#ad”', () => {
    const body = [
      '# my balcony garden',
      'everything here is from the Verdelle Grow range and these planters are the first that drain properly.',
      filler(5),
      'Thank you @verdellegrow for having me as part of the spring launch team',
      '#balcony #urbangarden #verdelle #ad #plants #greenliving',
    ].join('\n\n')
    const fs = check(body).findings
    expect(errors(fs).map((f) => at(body, f))).toEqual([
      'Thank you @verdellegrow for having me as part of the spring launch team',
    ])
    expect(
      fs.filter((f) => f.rule === 'disclosure-buried' && at(body, f) === '#ad')[0]?.severity,
    ).toBe('warning')
  })

  it('is a warning for a vague label in plain view', () => {
    const body = `# Air purifiers\n\n${filler(2)}\n\nPromoted\n\n### Fellmark Pure 300\n\nNow $199.\n\n${filler(2)}\n`
    const fs = check(body).findings.filter((f) => f.rule === 'ambiguous-wording')
    expect(fs.map((f) => [f.severity, at(body, f)])).toEqual([['warning', 'Promoted']])
  })
})

describe('affiliate notice after the links', () => {
  it('points at the first affiliate link, past a site menu and a pick heading', () => {
    const body = [
      '[Trailpost](https://trailpost.example/) / [Gear](https://trailpost.example/gear/)',
      '# Three stoves, tested',
      filler(1),
      '## Best overall: Fellmark Jet 2',
      'It boiled a litre in three minutes.',
      '[Fellmark Jet 2: $89 at Ridge Supply](https://go.shoplink.example/c/fellmark-jet-2?tag=tp-20)',
      filler(2),
      'Trailpost earns a commission when you buy through links on this page.',
    ].join('\n\n')
    const [e] = errors(check(body).findings)
    expect(e?.rule).toBe('affiliate-disclosure-late')
    expect(at(body, e)).toMatch(/^\[Fellmark Jet 2: \$89/)
    expect(e?.message).not.toMatch(/Trailpost\]/)
  })
})

describe('endorsement in everyday words', () => {
  it('reads “the most energy-efficient …” and “everyone should have one” about the product in context', () => {
    const body = [
      '# Tresk launches Lumen 2',
      'Tresk Audio, the Harlow-based lighting company, said its new Lumen 2 lamp saves power.',
      'Designer Mara Quill said she had used a Lumen at home for a year.',
      '“It’s simply the most energy-efficient lamp there is. Every one of my clients should have one,” she said.',
      filler(5),
      'Mara Quill is a paid brand ambassador for Tresk Audio.',
    ].join('\n\n')
    const [e] = errors(check(body, { 'energy-efficient': 'Mara Quill' }).findings)
    expect(e?.rule).toBe('material-connection-undisclosed')
    expect(at(body, e)).toMatch(/^It’s simply the most/)
  })
})

describe('a Q&A with subheadings', () => {
  it('takes the interviewee’s tie in the standfirst as close to every answer', () => {
    const body = [
      '# A sleep scientist on light',
      '*Dr. Lena Fox studies sleep at Harlow University. She is a paid adviser to the lamp maker Lumio, which she talks about below.*',
      'By Ana Ruiz',
      '## Mornings',
      '**Why are mornings hard?**',
      'Your clock runs late. Light fixes it.',
      '**Do sunrise lamps work?**',
      'Yes. I use a Lumio Dawn every morning and I recommend it to patients.',
      '## Evenings',
      '**What about screens?**',
      'Dim them after nine.',
      '**And the bedroom?**',
      'Keep it cool and dark.',
    ].join('\n\n')
    expect(errors(analyseDisclosures({ body }).findings)).toEqual([])
    const late =
      body.replace(
        ' She is a paid adviser to the lamp maker Lumio, which she talks about below.',
        '',
      ) + '\n\n*Dr. Lena Fox is a paid adviser to Lumio.*\n'
    expect(errors(analyseDisclosures({ body: late }).findings).map((f) => f.rule)).toEqual([
      'material-connection-undisclosed',
    ])
  })
})

describe('a tie stated in passing far above a Q&A', () => {
  it('is an error when the answer endorses the brand paragraphs later (issue 11’s shape)', () => {
    const body = [
      '# Winter skin, explained',
      'The big launch this season comes from the label Quillon—which pays Dr. Mara Vell as an ambassador—and its new barrier balm.',
      filler(4),
      '**What would you use yourself?**',
      'Honestly, Quillon Barrier Balm. It is the only balm that works on cracked hands.',
      '**Anything else?**',
      'Gloves.',
    ].join('\n\n')
    const [e] = errors(analyseDisclosures({ body }).findings)
    expect(e?.rule).toBe('material-connection-undisclosed')
    expect(at(body, e)).toMatch(/^Honestly, Quillon Barrier Balm/)
  })
})

describe('a Q&A introduced over several short paragraphs', () => {
  it('takes a tie stated in an introduction that keeps presenting the interviewee as close', () => {
    const body = [
      '# Talking lamps with a sleep scientist',
      'By Ana Ruiz',
      'Dr. Lena Fox studies sleep at Harlow University. She is also a paid adviser to the lamp maker Lumio.',
      'Her new book is out this month.',
      'We asked her about mornings.',
      '**Why are mornings hard?**',
      'Your clock runs late.',
      '**Do sunrise lamps work?**',
      'Yes. I use a Lumio Dawn every morning.',
      '**Anything else?**',
      'Keep the bedroom cool.',
    ].join('\n\n')
    expect(errors(analyseDisclosures({ body }).findings)).toEqual([])
  })
})

describe('affiliate notices under a headline that says “best”', () => {
  it.each([
    'Items you buy through our links may earn us a small share of the sale.',
    'This article includes links to retailers; if you make a purchase, the publisher may be paid.',
    'Links on this page may be monetised.',
    'As an Amazon Associate we earn from qualifying purchases.',
  ])('“%s” before the first link is in time', (notice) => {
    const body = `# The best kettles\n\n*${notice}*\n\nBy Ana Ruiz\n\n- Best overall: [Velmor K2](https://go.shoplink.example/c/velmor-k2?tag=ab-20), £49\n\nIt boiled fast.\n`
    expect(errors(check(body).findings)).toEqual([])
  })
})

describe('praise of something other than the brand', () => {
  it('is no endorsement of the brand the context is about', () => {
    const qa = [
      '# Five questions for Dr. Lena Fox',
      'Dr. Lena Fox is a dermatologist.',
      '**Which serum would you buy?**',
      'Honestly, the Norvane Night Serum. Norvane is the brand I trust.',
      '**Does it help with acne?**',
      'Not much. For breakouts I would still reach for benzoyl peroxide, which has decades of data behind it.',
      '**What about sunscreen?**',
      'I use sunscreen every morning, whatever else I use.',
      filler(4),
      '*Dr. Lena Fox is a paid adviser to Norvane Skincare.*',
    ].join('\n\n')
    const answers: QuoteRef[] = qa
      .split('\n\n')
      .map((text) => ({ text, start: qa.indexOf(text) }))
      .filter((x) => /^(Honestly|Not much|I use)/.test(x.text))
      .map((x) => ({ start: x.start, end: x.start + x.text.length, speaker: 'Lena Fox' }))
    const fs = errors(analyseDisclosures({ body: qa, quotes: answers }).findings)
    expect(fs.map((f) => at(qa, f).slice(0, 20))).toEqual(['Honestly, the Norvan'])
  })
})

describe('clean pieces', () => {
  it('a news story with company officers, spokespeople and analysts has no tie and no error', () => {
    const body = [
      'Kestrel Motors to cut 200 jobs',
      'Kestrel Motors said on Monday it would cut 200 jobs at its Harlow plant.',
      '“We did not take this decision lightly,” Kestrel chief executive Jo Lee said on a call with analysts.',
      'A spokeswoman for the company said the cuts would be voluntary where possible.',
      '“It is a sensible move,” said Sam Hart, an analyst at Ferrow Securities.',
      'Shares of Kestrel rose 2 percent.',
    ].join('\n\n')
    const r = check(body, { lightly: 'Jo Lee', sensible: 'Sam Hart' })
    expect(r.disclosures).toEqual([])
    expect(r.connections).toEqual([])
    expect(errors(r.findings)).toEqual([])
  })

  it('a review with a clear notice first, a plain loan disclosure and an expert with no tie has no error', () => {
    const body = [
      '# Five e-bikes, tested',
      'We may earn a commission when you buy through links on this page. Brightpath and Fellmark lent us bikes for testing; we bought the rest.',
      'Best overall: [Brightpath City 2](https://shop.example/brightpath-city-2?tag=gw-20), $1,200',
      '“The frame geometry is the best in its class,” says engineer Omar Reyes.',
      filler(3),
    ].join('\n\n')
    expect(errors(check(body, { geometry: 'Omar Reyes' }).findings)).toEqual([])
  })
})

describe('the shapes issue 11 reported, in new words', () => {
  const F = (n: number) => filler(n)
  it.each([
    [
      'a tie with an extra modifier',
      `# Night creams\n\n“Norvane Night Repair is the one I reach for,” says Dr. Lena Fox.\n\n${F(5)}\n\nDr. Fox is a paid clinical adviser to Norvane Labs.\n`,
      ['material-connection-undisclosed'],
    ],
    [
      'ownership stated far from the praise',
      `# Saving apps\n\n“Pennywise is the best app I have used,” says planner Lena Fox.\n\n${F(5)}\n\nFox holds a small stake in Pennywise.\n`,
      ['material-connection-undisclosed'],
    ],
    [
      'a relative’s job',
      `# Saving apps\n\n“Pennywise is the best app I have used,” says planner Lena Fox.\n\n${F(5)}\n\nFox's sister works for Pennywise.\n`,
      ['material-connection-undisclosed'],
    ],
    [
      'a footnote: the advertiser commissioned and paid for the “independent” study',
      `# Heat pumps are catching on\n\nAccording to an independent study of 900 homes, most owners are happy.\n\n${F(5)}\n\n*The study was commissioned and paid for by the advertiser, Calloway Energy.*\n`,
      ['paid-research-undisclosed'],
    ],
    [
      'a company spokeswoman praising its product in the news',
      `# Norvane recalls cream\n\nNorvane Labs recalled 2,000 jars of Night Repair on Friday.\n\n“Safety comes first, and Night Repair is still the best cream we make,” said a spokeswoman for the company.\n\n${F(3)}\n`,
      [],
    ],
  ])('%s', (_name, body, rules) => {
    const r = analyseDisclosures({ body })
    expect(errors(r.findings).map((f) => f.rule)).toEqual(rules)
    if (rules.length === 0) expect(r.connections).toEqual([])
  })
})

describe('messages', () => {
  it('every finding explains itself in one sentence', () => {
    const body = `# Night creams\n\n“In my clinic, Norvane Night Repair is the one I reach for first,” says Dr. Lena Fox.\n\n[Norvane Night Repair](https://shop.example/norvane?tag=x-20)\n\n${filler(5)}\n\n*Dr. Lena Fox is a paid adviser to Norvane Labs.* #skin #spon #glow\n\nWe may earn a commission when you buy through links on this page.\n`
    const fs = check(body, { 'Night Repair': 'Lena Fox' }).findings
    expect(fs.length).toBeGreaterThanOrEqual(3)
    for (const f of fs) {
      const outside = f.message.replace(/“[^”]*”/g, '“…”')
      expect(outside).not.toMatch(/[.!?]\s+\p{Lu}/u)
      expect(outside).toMatch(/[.]$/)
      expect(f.end).toBeGreaterThan(f.start)
    }
  })
})

describe('the writer’s own endorsement when the tie is the writer’s', () => {
  const column = (bio: string, near = '') =>
    `# Opinion: the canal path needs lights

Wenna Tolliver | Columnist

The canal path is dark from four o'clock all winter. I have walked it every evening for six years.

The council promised lamps in 2023 and has installed none. Its own survey counted 412 walkers a day.

If you need a head torch, go and see the people at Brightwick Outfitters on Mill Lane. They fit it properly and never upsell.${near} Frankly, they are the best outdoor shop in the county.

Lights would cost less than the resurfacing the council chose instead.

${filler(4)}

*Wenna Tolliver writes about the city every Friday. ${bio}*`

  it('flags narration praising a business the writer’s spouse co-owns when the tie is only in the end bio', () => {
    const body = column('Her husband, Ivo Tolliver, co-owns Brightwick Outfitters.')
    const e = errors(check(body).findings)
    expect(e.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
    expect(at(body, e[0])).toContain('Brightwick')
  })

  it('accepts the tie stated beside the recommendation', () => {
    const body = column(
      'Her husband, Ivo Tolliver, co-owns Brightwick Outfitters.',
      ' (Disclosure: my husband, Ivo Tolliver, co-owns Brightwick Outfitters.)',
    )
    expect(errors(check(body).findings)).toEqual([])
  })

  it('takes a clear sponsorship label at the top of the writer’s own piece as the disclosure', () => {
    const body = `# My winter walking kit

*By Wenna Tolliver*

Paid partnership with Brightwick Outfitters

Brightwick Outfitters sent me a head torch to try, and I have worn it every evening since.

I still think it is the best torch I have used this year, and the strap never slips.

${filler(4)}

*Wenna Tolliver writes about walking. She is a paid Brightwick Outfitters ambassador.*`
    expect(errors(check(body).findings)).toEqual([])
  })
})

describe('an endorsement inside the brand’s own labelled piece', () => {
  const piece = (label: string) => `# Five things to know about your boiler

${label}

A practical guide to heating that works, and what to check before winter.

Most boilers are serviced less often than they should be.

“A noisy pump is telling you something,” says Dara Whitlow, a heating engineer and paid adviser to Hollin Heat.

${filler(6)}

“For most homes, a Hollin combi is the sensible choice,” says Whitlow.`
  const who = { noisy: 'Dara Whitlow', combi: 'Dara Whitlow' }

  it('takes a clear paid-content label naming the brand at the top, with the tie stated, as enough', () => {
    expect(errors(check(piece('Paid content from Hollin Heat'), who).findings)).toEqual([])
  })

  it('still wants the tie beside the endorsement in an ordinary piece', () => {
    const e = errors(check(piece('By Ines Carrow'), who).findings)
    expect(e.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
  })

  it('does not take a tie told only in the fine print after the endorsement, label or not', () => {
    const body = `# Warm rooms, lower bills

Paid content from Hollin Heat

What three households learnt from a winter with a new boiler.

“Our bills fell by a third and the house is finally warm,” says Ravi Osterley, who had a Hollin combi fitted last autumn.

${filler(6)}

“I would tell anyone to get a Hollin,” Osterley says.

${filler(2)}

*Ravi Osterley received his boiler and its fitting free of charge from Hollin Heat.*`
    const e = errors(check(body, { bills: 'Ravi Osterley', anyone: 'Ravi Osterley' }).findings)
    expect(e.map((f) => f.rule)).toContain('material-connection-undisclosed')
  })
})

describe('a paid piece whose only sign of payment is a vague label over it', () => {
  const tagged = (host: string, campaign: string) =>
    `https://www.${host}.example/stay?utm_source=northpost&utm_medium=partner&utm_campaign=${campaign}`
  const piece = (kicker: string, foot = '') =>
    [
      'The Northpost',
      kicker,
      '# Four days on the Harrowby coast, the quietest corner of the north',
      'Words by Elsie Tranmere-Holt',
      'The train from Corby Junction takes three hours, and the last forty minutes run along the cliffs so close to the water that spray hits the windows on a windy day.',
      'I stayed at the Gannet Rooms, eight bedrooms above the old lifeboat station, and it is the best small hotel I have stayed in all year. Breakfast is kippers from the smokery next door.',
      '“Winter bookings have doubled in two years,” said Marit Okeke-Lund, chief executive of Visit Harrowby. “We want the coast to be a year-round place.”',
      filler(3),
      `Rooms at the [Gannet Rooms](${tagged('gannetrooms', 'visitharrowby24')}) start at £120 a night. More at [visitharrowby.example](${tagged('visitharrowby', 'winter')}).`,
      foot,
    ]
      .filter(Boolean)
      .join('\n\n')

  it('is an error at the label when nothing says plainly that anyone paid', () => {
    for (const kicker of ['Partner content', 'Promoted']) {
      const body = piece(kicker)
      const err = errors(check(body).findings)
      expect(err.map((f) => [f.rule, at(body, f)])).toEqual([['sponsorship-undisclosed', kicker]])
      // The partner is read from the links' tracking: both links are tagged as a partner's.
      expect(err[0]?.message).toMatch(/Visit Harrowby paid for it; its 2 links are tagged/)
      expect(err[0]?.related?.length).toBeGreaterThan(0)
    }
  })

  it('is an error with a vague thank-you at the foot too, still at the label', () => {
    const body = piece('Partner content', 'With thanks to the Harrowby Coast Partnership.')
    expect(errors(check(body).findings).map((f) => at(body, f))).toEqual(['Partner content'])
  })

  it('is no such error when a plain line says who paid, at the top or at the foot', () => {
    for (const foot of [
      'This article was paid for and produced by Visit Harrowby.',
      'My rail tickets and two nights at the Gannet Rooms were paid for by Visit Harrowby.',
    ]) {
      const body = piece('Partner content', foot)
      const fs = check(body).findings
      expect(
        fs.some((f) => f.rule === 'ambiguous-wording' && at(body, f) === 'Partner content'),
      ).toBe(true)
      expect(errors(fs).filter((f) => at(body, f) === 'Partner content')).toEqual([])
    }
  })

  it('stays a warning over a box inside an editorial piece, near the top or further down', () => {
    const box = [
      'Promoted',
      '### Fellmark Pure 300',
      'Whole-room filtering with a washable pre-filter. Now $199.',
      '[Shop now](https://fellmark.example/pure-300)',
    ].join('\n\n')
    for (const body of [
      `# The quiet purifiers worth buying\n\nBy Odile Marchbank\n\n${box}\n\n${filler(4)}\n`,
      `# The quiet purifiers worth buying\n\nBy Odile Marchbank\n\n${filler(3)}\n\n${box}\n\n${filler(3)}\n`,
      // Among short list items, with no running text before it: still over what follows it.
      `# Six desk fans on sale\n\nBy the Tillbury deals desk\n\nPrices checked this morning.\n\n**1. Arden Breeze 12 — £34**\n\nQuiet on its lowest setting.\n\nPromoted\n\n**2. Fellmark Pure 300 — £199**\n\nFilters as it cools. [Shop now](https://fellmark.example/pure-300)\n\n${filler(2)}\n`,
    ]) {
      const fs = check(body).findings
      expect(errors(fs)).toEqual([])
      expect(fs.filter((f) => f.rule === 'ambiguous-wording').map((f) => at(body, f))).toEqual([
        'Promoted',
      ])
    }
  })

  it('is no error for a label that is a funder credit, which says plainly who presents it', () => {
    const body = piece('In association with Visit Harrowby')
    expect(errors(check(body).findings)).toEqual([])
  })

  it('is no error for a credit that says nobody paid: a collaboration, "made with", "powered by"', () => {
    // Two newsrooms reporting together, or a data partner, is no paid relationship.
    for (const kicker of [
      'In collaboration with the Ostmere Courier',
      'Made with Ostmere Radio',
      'Powered by the Ostmere Data Collective',
    ]) {
      const body = `${kicker}\n\n# Fewer buses on the east side\n\nBy Pella Voss\n\nThe Ostmere Transit Board cut 14 routes in March, its figures show. "We waited forty minutes," said Dara Quill, a nurse.\n\n${filler(3)}\n`
      const fs = check(body).findings
      expect(errors(fs)).toEqual([])
      expect(fs.filter((f) => f.rule === 'ambiguous-wording').map((f) => at(body, f))).toEqual([
        kicker,
      ])
    }
  })

  it('stays a warning over a promoted box that stands above the headline', () => {
    // A newsletter opening with one promoted item, its own title after it.
    for (const box of [
      '**Tallis Down Jacket, now £89.** Light and warm. [Shop the deal](https://tallis.example/down)',
      'Tallis Down Jacket, now £89. Light and warm.',
    ]) {
      const body = `Promoted\n\n${box}\n\n# Frugal Friday: the week's best deals\n\nBy Pella Voss\n\nThis week: the cheapest ferry to Ostmere and a £12 kettle from Arden Home.\n\n${filler(3)}\n`
      const fs = check(body).findings
      expect(errors(fs)).toEqual([])
      expect(fs.filter((f) => f.rule === 'ambiguous-wording').map((f) => at(body, f))).toEqual([
        'Promoted',
      ])
    }
  })
})

describe('one undisclosed tie endorsed several times', () => {
  it('points at the plainest praise, with the first mention beside it', () => {
    const body = [
      '# Sunday money notes',
      'By Wren Abiodun-Marsh',
      'Since March I have logged every purchase in Coinsmith, an app that sorts receipts better than any other I have tried.',
      filler(2),
      'Coinsmith is the best £30 I spend each year, and I tell everyone about it.',
      filler(6),
      'P.S. Since the spring I have been a paid adviser to Coinsmith.',
    ].join('\n\n')
    const err = errors(check(body).findings)
    expect(err.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
    expect(at(body, err[0])).toMatch(/^Coinsmith is the best £30/)
    expect(err[0]?.related?.map((r) => body.slice(r.start, r.end)).join(' | ')).toMatch(
      /Since March I have logged every purchase in Coinsmith/,
    )
  })
})
