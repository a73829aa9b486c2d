import { describe, expect, it } from 'vitest'
import { said } from '../../../test/support/quotes'
import type { Finding } from './domain'
import { analyseDisclosures } from './rules'

const FILLER = [
  'Prices range from $12 to $90, and most plans bill monthly.',
  'The formulas vary: some use envelopes, others use spreadsheets.',
  'Check your statements for two months before you change anything.',
  'Most of the tools we tried had a free tier.',
]
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join('\n\n')
const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'error')
const check = (body: string, who: Record<string, string> = {}) =>
  analyseDisclosures({ body, quotes: said(body, who) })

describe('a tie told up front, in the preface', () => {
  const praise = '“Pennywise Budget is the one app I give every client,” said Dr. Mara Lind.'
  for (const tie of [
    'Mara Lind is a paid adviser to Pennywise Budget, the app she mentions later on.',
    'Our guest, Dr. Mara Lind, is paid by Pennywise Budget to advise on its product.',
    'Dr. Mara Lind is a paid consultant for Pennywise Budget.',
  ])
    it(`covers the guest's later praise: ${tie.slice(0, 40)}`, () => {
      const body = `# Episode 12\n\nHost Sam Reyes talks budgeting with planner Dr. Mara Lind.\n\n${tie}\n\n## What we covered\n\n${filler(6)}\n\n${praise}\n`
      expect(errors(check(body, { 'one app': 'Mara Lind' }).findings)).toEqual([])
    })

  it('is still an error told in passing in a long career paragraph', () => {
    const body = `# Mara Lind, at home\n\nMara Lind has run her practice for twenty years. She wrote two books, taught at the city college, sat on three boards, and is a paid adviser to Pennywise Budget, though she rarely mentions it, preferring to talk about her garden, her dogs and the long walks she takes each morning before clients arrive at the office she shares with her sister.\n\n${filler(6)}\n\n${praise}\n`
    const fs = errors(check(body, { 'one app': 'Mara Lind' }).findings)
    expect(fs.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
  })

  it('is still an error when the tie is told only after the praise', () => {
    const body = `# Episode 12\n\nHost Sam Reyes talks budgeting with planner Dr. Mara Lind.\n\n## What we covered\n\n${praise}\n\n${filler(6)}\n\n*Mara Lind is a paid adviser to Pennywise Budget.*\n`
    const fs = errors(check(body, { 'one app': 'Mara Lind' }).findings)
    expect(fs.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
  })
})

describe('a thank-you that calls a company the show’s partner or sponsor', () => {
  const read = (line: string) => {
    const body = `# About the show\n\nThe show is made by two friends in a shed. ${line} New episodes every Thursday.\n`
    const r = analyseDisclosures({ body, quotes: [] })
    return r.disclosures.map((d) => `${d.kind}:${body.slice(d.start, d.end)}`)
  }
  it('is a sponsorship label in the vague words', () => {
    for (const line of [
      'Big thanks to Quillmark, our partner this season.',
      'Thanks as ever to Orbwell, our partners on this series.',
      'Thanks to Brindle Coffee, longtime supporters of the podcast, for the beans.',
    ])
      expect(read(line).some((d) => d.startsWith('sponsored:'))).toBe(true)
  })
  it('is no disclosure for a colleague or a partner in life', () => {
    for (const line of [
      'Thanks to Maria Lopez, our producer, for the edit.',
      'Thanks to Sam, my partner, for the patience.',
      'Thanks to Tallow Bakery, the café on Mill Road, for the space.',
    ])
      expect(read(line).filter((d) => d.startsWith('sponsored:'))).toEqual([])
  })
})

describe('a partner label heading a promotion box near the foot', () => {
  const intro = `# Fountains\n\nWe tested six fountains. Our pick is the Purlo Brook, [Check price](https://shop.example/purlo).\n\n${filler(7)}`
  it('is a vague label, not a sponsorship told after what it covers', () => {
    for (const label of ['From our partners', 'Partner content'])
      for (const box of [
        'Kibblecraft fresh food comes to your door every two weeks. [Try it today](https://kibblecraft.example/?utm_source=x)',
        'Get 40% off your first box of Nutrova cat food with code CATS40.',
      ]) {
        const body = `${intro}\n\n${label}\n\n${box}\n\nJo Bell has covered pets for nine years.\n`
        const fs = check(body).findings
        expect(errors(fs)).toEqual([])
      }
  })
  it('stays an error when the foot label heads only the writer’s bio', () => {
    const body = `${intro}\n\nFrom our partners\n\nJo Bell has covered pets for nine years. Follow her [here](https://social.example/jo).\n`
    expect(errors(check(body).findings).map((f) => f.rule)).toEqual(['sponsorship-undisclosed'])
  })
})

describe('a stated tie after a denied one in the same clause', () => {
  const read = (line: string) => {
    const body = `# Pillows\n\n${line}\n`
    return analyseDisclosures({ body, quotes: [] }).disclosures.map((d) => d.kind)
  }
  it('still reads the paid tie', () => {
    for (const line of [
      'Dr. Ana Pike, who has no shares in Dormico but is paid to advise Dormico, says the pillow helps.',
      'Dr. Ana Pike holds no shares in Dormico, though Dormico pays her to speak at events.',
    ])
      expect(read(line)).toContain('material-connection')
  })
  it('reads no tie from a denial alone, or from a tie to other companies', () => {
    for (const line of [
      'Dr. Ana Pike, who has no ties to Dormico and has never been paid by any brand, says it helps.',
      'Dr. Ana Pike, who takes no money from Dormico though she has advised its rivals, says it helps.',
    ])
      expect(read(line)).not.toContain('material-connection')
  })
})

describe('public bodies and sellers of money', () => {
  const read = (line: string) => {
    const body = `# Money\n\n${line}\n`
    return analyseDisclosures({ body, quotes: [] }).disclosures.map((d) => d.kind)
  }
  it('a relative at a treasury or an embassy is no brand tie; at a bank it is', () => {
    expect(read("The writer's brother works at the Treasury.")).toEqual([])
    expect(read('Her husband is a senior adviser at the Treasury, which sets the rules.')).toEqual(
      [],
    )
    expect(read("The writer's brother works at Halcot Bank.")).toContain('material-connection')
  })
  it('no commission from lenders or banks is a no-ties statement', () => {
    for (const line of [
      'Broker Ana Pike, who takes no commission from lenders, says fixed rates look good.',
      'Ana Pike earns no commissions from the banks she recommends.',
      'Ana Pike has no ties to any insurer.',
    ])
      expect(read(line)).toEqual(['other'])
    expect(read('Lenders pay no commission on these loans.')).toEqual([])
    expect(read('Most lenders charge no fee for early repayment.')).toEqual([])
  })
})

describe('a brand counted among a person’s clients', () => {
  const read = (line: string) => {
    const body = `# Pillows\n\n${line}\n`
    return analyseDisclosures({ body, quotes: [] }).disclosures.map((d) => d.kind)
  }
  it('is a paid tie', () => {
    for (const line of [
      'Dr. Ana Pike counts Dormico among her clients.',
      'Dr. Ana Pike, who counts Dormico and two hotel chains among her clients, says it helps.',
      'Ana Pike lists Dormico as a client on her website.',
    ])
      expect(read(line)).toContain('material-connection')
  })
  it('is none when the brand counts the person among its customers', () => {
    expect(read('Dormico counts Ana Pike among its customers.')).toEqual([])
  })
})

describe('research funded by industry, in general words', () => {
  const piece = (line: string) =>
    `# Lumora lenses\n\nLumora, a lens maker, sells blue-light glasses in 300 shops.\n\n${line}\n\nLumora glasses cost £40.\n`
  const kinds = (line: string) => {
    const body = piece(line)
    const at = body.indexOf(line)
    return analyseDisclosures({ body, quotes: [] })
      .disclosures.filter((d) => d.start < at + line.length && d.end > at)
      .map((d) => d.kind)
  }
  it('is the piece’s company paying for this study', () => {
    for (const line of [
      'Industry-funded trial will follow 420 students for a school year',
      'An industry-funded study of 40 students found the glasses helped sleep.',
      'The figures come from a corporate-sponsored 12-week trial.',
    ])
      expect(kinds(line), line).toEqual(['material-connection'])
  })
  it('is no funder over research in general, or for a pension', () => {
    for (const line of [
      'Industry-funded trials tend to report larger effects, researchers warn.',
      'The industry-funded pension scheme pays out at 60.',
      'A publicly-funded trial found the glasses did nothing.',
    ])
      expect(kinds(line), line).not.toContain('material-connection')
  })
})

describe('a vet whose claim turns to people’s health', () => {
  const warned = (q: string, key: string) => {
    const body = `# Dogs and their owners\n\nWalking a dog daily is good for both of you.\n\n${q} said Dr. Ana Pike, a veterinarian in Leeds.\n`
    return check(body, { [key]: 'Ana Pike' }).findings.some(
      (f) => f.rule === 'expert-credentials-mismatch',
    )
  }
  it('warns on owners’ own blood pressure or strokes', () => {
    expect(
      warned(
        '“Owners who walk their dogs every day have lower blood pressure than those who don’t,”',
        'lower blood pressure',
      ),
    ).toBe(true)
    expect(
      warned('“Dog owners have lower blood pressure and fewer strokes,”', 'fewer strokes'),
    ).toBe(true)
  })
  it('does not warn on the animal’s own health', () => {
    expect(
      warned('“Your dog’s blood pressure rises if he is overweight,”', 'blood pressure rises'),
    ).toBe(false)
    expect(
      warned('“Overweight cats get diabetes, and owners should cut the treats,”', 'get diabetes'),
    ).toBe(false)
  })
})

describe('testers who kept nothing they tested', () => {
  const read = (line: string) =>
    analyseDisclosures({ body: `# Fountains\n\n${line}\n`, quotes: [] }).disclosures.map(
      (d) => d.kind,
    )
  it('is a no-conflict statement', () => {
    for (const line of [
      'Our testers were volunteers from our readers; they kept no products.',
      'Testers kept no products after the trial.',
      'We kept none of the fountains we tested.',
      'Our reviewers did not keep the units they tested.',
      'All samples were returned to the makers after testing.',
    ])
      expect(read(line), line).toEqual(['other'])
  })
  it('is nothing about keeping in other senses', () => {
    for (const line of [
      'The cats kept no toys.',
      'Reviewers should keep no more than two units at home.',
      'Keep the filter clean and the pump quiet.',
    ])
      expect(read(line), line).toEqual([])
  })
})

describe('a vague hashtag at the foot when the post states the writer’s own tie plainly', () => {
  const post = (tie: string, tags: string) =>
    `# My balcony garden\n\nBy Tove Rask\n\nI grew three kinds of tomato this year in a trough on my balcony.\n\n${tie}\n\n${filler(6)}\n\nThat's it for this week, see you next time!\n\n${tags}\n`
  it('is a warning, not an undisclosed sponsorship', () => {
    for (const [tie, tags] of [
      [
        'Greenhatch sent me two of these seed kits to try (gifted).',
        '#garden #balcony #tomatoes #sp',
      ],
      [
        'The Moka Two was sent to me by Brewhall for free.',
        '#coffee #homebarista #kitchen #brewhallpartner',
      ],
    ] as const) {
      const fs = check(post(tie, tags)).findings
      expect(
        fs.filter((f) => f.rule === 'sponsorship-undisclosed'),
        tie,
      ).toEqual([])
      expect(fs.some((f) => f.severity === 'warning')).toBe(true)
    }
  })
  it('stays an error when the only plain tie is a source’s', () => {
    const body = post(
      'Dr. Lena Fox, who is a paid ambassador for Greenhatch, says the kits suit beginners.',
      '#garden #balcony #tomatoes #spon',
    )
    expect(errors(check(body).findings).map((f) => f.rule)).toContain('sponsorship-undisclosed')
  })
})

describe('vague words about working with a club or a hospital', () => {
  const read = (line: string) =>
    analyseDisclosures({ body: `# Rowing\n\n${line}\n`, quotes: [] }).disclosures.map((d) => d.kind)
  it('is someone’s work, no tie', () => {
    for (const line of [
      'Jessa Toll, a chartered physiotherapist who works with the Harrowby Rowing Club, tried it.',
      'Jessa Toll, who works with St Anne’s Hospital and the Lyle Football Club, tried it.',
    ])
      expect(read(line), line).toEqual([])
  })
  it('is still a vague tie with a company', () => {
    expect(
      read('Jessa Toll, a physiotherapist who works with Tessel, the rower’s maker, tried it.'),
    ).toContain('material-connection')
  })
})

// Review round 32: "returned after testing" in a report of someone else's tests.
describe('things returned after someone else’s testing', () => {
  const read = (md: string) =>
    analyseDisclosures({ body: md, quotes: [] }).disclosures.map((d) => d.kind)
  it('is no statement of the piece’s own testers in a news report', () => {
    for (const line of [
      'Inspectors seized 300 heaters from Calder Home in May. All samples were returned after testing found no fault in the later batch.',
      'The council tested 40 smoke alarms from Pexley. The units were returned after testing, a spokesman said.',
    ])
      expect(read(`# Heater recall widens\n\nBy Odile Marr\n\n${line}\n`), line).toEqual([])
  })
  it('still reads the piece’s own note, the line after a first-person paragraph', () => {
    const md = `# The best heaters\n\nBy Odile Marr\n\nHow we tested: each heater ran for forty hours in a cold room.\n\nAll samples were returned after testing.\n`
    expect(read(md)).toEqual(['other'])
  })
})
