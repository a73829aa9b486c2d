import { describe, expect, it } from 'vitest'
import { brandFamilies } from '../language/brands'
import { readDocument } from '../language/document'
import { readStatements } from './statements'
import { at, check, errors, filler, statements } from '../../../test/support/legal'

describe('referral links earn for whoever posts them', () => {
  it('reads a link carrying a discount code, or offered with one, as an affiliate link', () => {
    for (const para of [
      'If you want the stove, use code MARIT20 for 20% off at [Kolvane](https://kolvane.example/shop?ref=marit&code=MARIT20) this month.',
      'The stove I keep coming back to is the [Kolvane Duo](https://kolvane.example/duo?coupon=TRAILS10), which folds flat.',
    ]) {
      const body = `# Camp kitchen\n\n*By Marit Osk*\n\n${para}\n\n${filler(5)}\n\n#camping #ad #affiliate #outdoors\n`
      const r = check(body)
      expect(r.endorsements.find((e) => e.kind === 'product-link')?.affiliate).toBe(true)
      const late = r.findings.find((f) => f.rule === 'affiliate-disclosure-late')
      expect(at(body, late)).toContain('Kolvane')
    }
  })

  it('reads a referral value that is the writer’s name, or that two shops’ links share', () => {
    const own = `# Gear\n\n*Posted by @trailmarit · Marit Osk*\n\nMy tent is the [Fjellheim Two](https://fjellheim.example/two?ref=marit).\n\n${filler(4)}\n\nWe may earn a commission when you buy through links on this page.\n`
    expect(check(own).endorsements.find((e) => e.kind === 'product-link')?.affiliate).toBe(true)
    const shared = `# Gear\n\nI sleep on a [Dunmat pad](https://dunmat.example/pad?ref=tk9) under a [Larkwood quilt](https://larkwood.example/quilt?ref=tk9).\n\n${filler(4)}\n`
    expect(
      check(shared)
        .endorsements.filter((e) => e.kind === 'product-link')
        .every((e) => e.affiliate),
    ).toBe(true)
  })

  it('leaves an ordinary "?ref=" to a page of one site alone', () => {
    const body = `# Gear\n\n*By Marit Osk*\n\nThe park's [trail map](https://parks.example/maps?ref=homepage) shows the loop.\n\n${filler(3)}\n`
    expect(
      check(body).endorsements.filter((e) => e.kind === 'product-link' && e.affiliate),
    ).toEqual([])
  })
})

describe('one late, hard-to-see affiliate notice is one error', () => {
  it('reports the late notice as the error and its burying among hashtags as a warning', () => {
    const body = `# Five things for winter\n\nMy lamp is the [Glowen 800](https://shop.example/glowen-800?aff=kit7), and it is bright.\n\n${filler(5)}\n\n#winter #lamps #cosy #affiliate #home #reading #nights\n`
    const r = check(body)
    expect(errors(r.findings).map((f) => f.rule)).toEqual(['affiliate-disclosure-late'])
    expect(r.findings.find((f) => f.rule === 'disclosure-buried')?.severity).toBe('warning')
  })

  it('keeps a buried gift label that is the only sign of the gift an error', () => {
    const body = `# Five things for winter\n\nThe Glowen 800 lamp is bright and warm and lasts all evening.\n\n${filler(5)}\n\n#winter #lamps #cosy #gifted #home #reading #nights\n`
    const buried = check(body).findings.find((f) => f.rule === 'disclosure-buried')
    expect(buried?.severity).toBe('error')
  })
})

describe('"only" praises one thing, not a limit on a statement', () => {
  const tie =
    'A note before you read on: my sister works in Harrowgate’s sales team, and had no part in this review.'
  it('is no endorsement when "only" limits a fact about several brands', () => {
    for (const line of [
      'Only the Harrowgate and the Penmore have a rain sensor, and neither is quiet.',
      'Of the six, the Harrowgate only runs for an hour, like the Penmore.',
    ]) {
      const body = `# The best robot vacuums\n\n*By Ines Kaur*\n\n${filler(2)}\n\n## Best overall: Harrowgate H2\n\nThe Harrowgate H2 is the one I would buy. ${tie}\n\n${filler(6)}\n\n${line}\n`
      expect(errors(check(body).findings)).toEqual([])
    }
  })

  it('is still praise as "the only one I use" far from the tie', () => {
    const body = `# The best robot vacuums\n\n*By Ines Kaur*\n\n${filler(2)}\n\n## Best overall: Harrowgate H2\n\nThe Harrowgate H2 is good. ${tie}\n\n${filler(6)}\n\nThe Harrowgate is the only vacuum I run every day now.\n`
    expect(errors(check(body).findings).map((f) => f.rule)).toEqual([
      'material-connection-undisclosed',
    ])
  })
})

describe('givers named as a class after "by"', () => {
  it.each([
    'All four mowers were lent to us by their makers and have since been returned.',
    'The kettles were loaned to our testers by the manufacturers for a month.',
    'Both tents were sent to me by the brands for this review.',
  ])('reads "%s" as a gift or loan', (text) => {
    expect(statements(text).map((s) => s.kind)).toContain('gifted-product')
  })

  it('reads no gift from a thing sent by post', () => {
    expect(statements('The forms were sent to us by post in March.').map((s) => s.kind)).toEqual([])
  })
})

describe('a product credited to its maker, and "the drink" read back to it', () => {
  const note = (who: string, brand: string) =>
    `---\n\n*Disclosures: ${who} is a paid member of ${brand}'s scientific advisory board.*\n`
  it('makes a researcher’s praise of "it" an endorsement of the maker she is tied to', () => {
    for (const [intro, praise, maker] of [
      [
        'The trial, funded by Orlane Foods, the maker of the Vitaclar oat drink used in the study, was led by Mira Castell.',
        'Castell said she thinks the drink could help.\n\n“I have it every morning now,” she said. “I’d tell anyone it’s worth trying.”',
        'Orlane Foods',
      ],
      [
        'The study used Pellucid, a daily tablet; its funder was Brightwell Labs, the manufacturer of Pellucid, and it was led by Mira Castell.',
        'Castell is keen on the tablet.\n\n“Honestly, I’d recommend it to my own parents,” she said.',
        'Brightwell Labs',
      ],
    ]) {
      const body = `# A small trial\n\n*By Tom Reyes*\n\n${intro}\n\n${praise}\n\n${filler(6)}\n\n${note('Mira Castell', maker ?? '')}`
      const r = check(body, {
        every: 'Mira Castell',
        worth: 'Mira Castell',
        recommend: 'Mira Castell',
      })
      const e = errors(r.findings)
      expect(e.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
    }
  })

  it('puts the product in the maker’s family, never a person named there', () => {
    const family = (text: string) =>
      brandFamilies(readDocument(`# A small trial\n\n${text}\n`), ['Orlane Foods']).find(
        (f) => f.key === 'orlane',
      )?.names ?? []
    expect(family('Orlane Foods, the maker of Vitaclar, paid for the study.')).toContain('Vitaclar')
    expect(family('Orlane Foods, the producer of the Vitaclar range, paid for it.')).toContain(
      'Vitaclar',
    )
    expect(
      family('Orlane Foods, the maker of Lena Brandt’s favourite drink, paid for the study.'),
    ).not.toContain('Lena Brandt')
  })
})

describe('a relative’s role in a company is the family’s tie', () => {
  it.each([
    'Her husband, Anton Vell, is a co-founder of Tallowby and holds shares in the company.',
    'Her daughter, Rosa Imrie, is the chief executive of Tallowby.',
  ])('reads "%s" as a tie of the writer and of the relative', (bio) => {
    const body = `# Money Talks: one app is enough\n\n*By Greta Imrie-Vell*\n\n${filler(2)}\n\nIf you want one, I’ll give you mine: Tallowby. It is, to my mind, the best budgeting app there is.\n\n${filler(6)}\n\n---\n\n*Greta Imrie-Vell writes about money every week. ${bio}*\n`
    const r = check(body)
    const people = r.connections.filter((c) => c.brand === 'Tallowby').map((c) => c.person)
    expect(people).toContain('Greta Imrie-Vell')
    expect(errors(r.findings).map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
  })

  it('is no error when the bio tie sits right under the recommendation', () => {
    const body = `# Money Talks: one app is enough\n\n*By Greta Imrie-Vell*\n\n${filler(3)}\n\nIf you want one, I’ll give you mine: Tallowby. It is, to my mind, the best budgeting app there is. (My husband, Anton Vell, is a co-founder of Tallowby.)\n\n${filler(3)}\n`
    expect(errors(check(body).findings)).toEqual([])
  })
})

describe('a company’s own foundation funds research as the company', () => {
  const claim =
    'The study, an independent trial run by the Centre for Sleep Science at Orrin University, found that Dozewell Drops helped.'
  it('is an error when the trial is called independent and the foundation is the maker’s arm, told only at the foot', () => {
    const body = `# Sleep drops\n\n${claim}\n\n${filler(6)}\n\n*The trial was funded by the Pellam Foundation. The Pellam Foundation is the charitable arm of Pellam Health, which makes Dozewell Drops.*\n`
    const found = errors(check(body).findings)
    expect(found.map((f) => f.rule)).toEqual(['paid-research-undisclosed'])
    expect(found[0]?.message).toContain('Pellam Health')
  })

  it('is no error for a foundation the text ties to no company', () => {
    const body = `# Sleep drops\n\n${claim}\n\n${filler(6)}\n\n*The trial was funded by the Pellam Foundation, a charity set up in 1950.*\n`
    expect(errors(check(body).findings)).toEqual([])
  })
})

describe('a newsletter with no byline: the narration’s “I” is the writer', () => {
  it('makes the writer’s paid tie in a P.S. an error for the praise of its app many paragraphs up', () => {
    const body = `# Sunday Pennies\n\nHello again, everyone.\n\nSince May I have logged every pound with Pennywise, an app that does one thing well.\n\nIt costs £3 a month after a free trial.\n\npennywise.example/join?ref=JO12\n\nHonestly, it is the best £36 a year I spend.\n\n${filler(6)}\n\nSee you next week, Jo\n\nP.S. Since the spring I have been a paid adviser to Orrin Ledger, the company behind Pennywise.\n`
    const r = check(body)
    expect(r.connections.map((c) => `${c.person}|${c.brand}`)).toContain('the writer|Orrin Ledger')
    const found = errors(check(body).findings)
    expect(found.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
    const spans = found.flatMap((f) => [f, ...(f.related ?? [])])
    expect(spans.some((x) => body.slice(x.start, x.end).includes('best £36'))).toBe(true)
  })

  it('is no error when the P.S. tie sits under the praise', () => {
    const body = `# Sunday Pennies\n\nHello again, everyone.\n\n${filler(4)}\n\nHonestly, Pennywise is the best £36 a year I spend. (P.S. I am a paid adviser to Orrin Ledger, the company behind Pennywise.)\n\n${filler(2)}\n`
    expect(errors(check(body).findings)).toEqual([])
  })
})

describe('a hosted stay is the writer’s tie to each host', () => {
  const note =
    '*Jonas Arkwright travelled as a guest of Visit Merrow and stayed as a guest of the Tern House. Neither saw this piece before it ran.*'
  it.each([
    'Save yourself the search: stay at the Tern House. It is the best bed on the coast, and I would go back for the porridge alone.',
    'If you only book one night, book the Tern House, the best small hotel I have slept in this year.',
  ])('makes the narration’s "%s" an error when the stay is told only at the end', (praise) => {
    const body = `# Three days on the Merrow coast\n\n*The coast has one road and a lot of wind. Jonas Arkwright goes slowly.*\n\n${filler(2)}\n\n${praise}\n\n${filler(6)}\n\n${note}\n`
    const r = check(body)
    expect(r.disclosures[0]?.brands).toEqual(['Visit Merrow', 'Tern House'])
    const [e] = errors(r.findings)
    expect(errors(r.findings)).toHaveLength(1)
    expect(at(body, e)).toContain('Tern House')
  })

  it('reads "It is the best …" opening a paragraph as praise of the host named just before, a quote between', () => {
    const body = `# Three days on the Merrow coast\n\n*The coast has one road and a lot of wind. Jonas Arkwright goes slowly.*\n\n${filler(2)}\n\nI spent two nights at the Tern House, four rooms above the harbour.\n\n“We wanted a place where nobody hurries,” the owner told me.\n\nIt is the loveliest place I have stayed in years, and breakfast is the best on the coast.\n\n${filler(6)}\n\n${note}\n`
    const [e, ...more] = errors(check(body).findings)
    expect(more).toEqual([])
    expect(at(body, e)).toMatch(/^It is the loveliest place/)
  })

  it('makes one error of one tie the narration praises twice, the second shown with it', () => {
    const body = `# Three days on the Merrow coast\n\n*The coast has one road and a lot of wind. Jonas Arkwright goes slowly.*\n\n${filler(2)}\n\nSave yourself the search: stay at the Tern House. It is the best bed on the coast.\n\n${filler(1)}\n\nI went back to the Tern House on the last night. It is, simply, the finest small hotel I know.\n\n${filler(6)}\n\n${note}\n`
    const found = errors(check(body).findings)
    expect(found).toHaveLength(1)
    expect(found[0]?.related?.some((r) => body.slice(r.start, r.end).includes('finest'))).toBe(true)
  })

  it('is fine when the stay is told beside the praise', () => {
    const body = `# Three days on the Merrow coast\n\n*The coast has one road and a lot of wind. Jonas Arkwright goes slowly.*\n\n${filler(2)}\n\nSave yourself the search: stay at the Tern House, the best bed on the coast. ${note.replace(/\*/g, '')}\n\n${filler(6)}\n`
    expect(errors(check(body).findings)).toEqual([])
  })

  it('is no error for a quoted guest whose stay is told beside her praise', () => {
    const body = `# Three days on the Merrow coast\n\n*By Lea Moss*\n\nMina Oduya stayed as a guest of the Tern House in 2019. “It is the best bed on the coast,” she says.\n\n${filler(4)}\n`
    expect(errors(check(body, { best: 'Mina Oduya' }).findings)).toEqual([])
  })
})

describe('a publisher’s studio making a piece on behalf of a brand', () => {
  it.each([
    [
      'This content was produced by the Courier’s Brand Studio on behalf of Pellow Insurance.',
      'Pellow Insurance',
    ],
    ['This guide was made by our content studio on behalf of Arden Bikes.', 'Arden Bikes'],
  ])('reads "%s" as sponsored by the brand', (text, brand) => {
    const found = statements(text).find((s) => s.kind === 'sponsored')
    expect(found?.wording).toBe('clear')
    expect(found?.brandNames).toEqual([brand])
  })
})

describe('the publication’s people denying a stake', () => {
  it.each([
    'The Courier’s editors and reporters have no stake in the outcome of the project.',
    'Our staff hold no shares in any of the companies in this guide.',
  ])('reads "%s" as an independence statement', (text) => {
    expect(statements(text).map((s) => s.kind)).toEqual(['other'])
  })

  it('reads nothing from what reporters did not do', () => {
    expect(statements('The reporters did not stay for the vote.')).toEqual([])
  })
})

describe('a gift to the writer named before "by"', () => {
  it('reads "These were gifted to me by X" and "lent to us by X" as gifts from X', () => {
    for (const body of [
      'I swear by the Harrow & Finch trail gloves. These were gifted to me by Harrow & Finch in the spring.',
      'The Velk tent kept us dry for a week. Both were lent to us by Velk for the trip.',
    ]) {
      const r = check(body)
      expect(r.disclosures.map((d) => d.kind)).toContain('gifted-product')
    }
  })

  it('leaves a thing given by a person who sells nothing alone', () => {
    const r = check(
      'My jacket is old. These were gifted to me by Ana Ruiz, my neighbour, years ago.',
    )
    expect(r.disclosures.map((d) => d.kind)).not.toContain('gifted-product')
  })
})

describe('a byline of a name and the page’s dating fields names the writer', () => {
  it('reads "Name · Opinion · <day date>" as the byline, so the column’s praise is hers', () => {
    const body = `# The ferry contract should go to Tidemark\n\n**Rosalind Achterberg** · Opinion · Friday 6 March 2026\n\nI have used both crossings for a decade, and I am not neutral about boats.\n\nTidemark is the best ferry operator on the coast, and it is not close.\n\n${filler(6)}\n\n---\n\n*Rosalind Achterberg writes a fortnightly column. Her brother is Tidemark's finance director.*\n`
    const err = errors(check(body).findings)
    expect(err.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
    expect(at(body, err[0])).toContain('best ferry operator')
  })

  it('reads "Name (@handle) · posted <date> · N min read" as the byline too', () => {
    const body = `# Three seasons with one tent\n\nBartholomew Quist (@quistoutdoors) · posted 14 April 2026 · 6 min read\n\nI have slept in a lot of tents, most of them badly.\n\nThe Feldhaus Arc is the best tent I have ever pitched, and I would buy it again tomorrow.\n\n${filler(6)}\n\n*Bartholomew Quist is a former mountain guide. He holds shares in Feldhaus.*\n`
    const err = errors(check(body).findings)
    expect(err.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
    expect(at(body, err[0])).toContain('best tent')
  })

  it('leaves a dated line that is a sentence, or a headline-like list, as it was', () => {
    const body = `# River notes\n\nThe Harbour Board met on Friday 6 March. Nothing was decided.\n\n${filler(2)}\n`
    expect(readDocument(body).paragraphs.some((p) => p.role === 'byline')).toBe(false)
  })
})

describe('a vague label over the piece that names who paid', () => {
  const piece = (label: string, foot: string) =>
    `${label}\n\n# Five ways to cut your heating bill this winter\n\nMost homes lose a third of their heat through the walls and loft.\n\n${filler(2)}\n\nThe Lumora Saver tariff knocks 12 per cent off night-time use, and most households switch in a day.\n\n${filler(4)}\n\n${foot}\n`

  it('is a warning about its wording, not an error, when the plain line is only at the foot', () => {
    for (const [label, foot] of [
      [
        'Promoted · Lumora Energy',
        '*This feature was paid for by Lumora Energy and written by our partnerships team.*',
      ],
      [
        'Partner content · Lumora Energy',
        'This article is an advertisement paid for by Lumora Energy.',
      ],
    ] as const) {
      const body = piece(label, foot)
      const r = check(body)
      expect(errors(r.findings)).toEqual([])
      const vague = r.findings.find((f) => f.rule === 'ambiguous-wording')
      expect(at(body, vague)).toBe(label)
    }
  })

  it('reads a funder credit over the piece as a plain label: no warning, no error', () => {
    for (const label of [
      'In partnership with Lumora Energy',
      'In association with Lumora Energy',
      'Presented by Lumora Energy',
    ]) {
      const body = piece(label, 'Lumora Energy did not see this article before publication.')
      const r = check(body)
      expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([])
      expect(r.disclosures.find((d) => body.slice(d.start, d.end) === label)?.wording).toBe('clear')
    }
  })

  it('keeps a bare label that names nobody an error when the plain line is only at the foot', () => {
    const body = piece(
      'PROMOTED',
      '*This feature was paid for by Lumora Energy and written by our partnerships team.*',
    )
    expect(errors(check(body).findings).map((f) => f.rule)).toEqual(['sponsorship-undisclosed'])
  })
})

describe('praise that names nothing, in a review of one product', () => {
  const review = (headline: string, verdict: string) =>
    `# ${headline}\n\nBy Harriet Vossberg · 2 March 2026\n\n${verdict}\n\n${filler(8)}\n\n*Harriet Vossberg is a contributing editor. She is paid to advise Corvane on its kettles.*\n`

  it('is the writer’s praise of the product the headline reviews', () => {
    for (const [headline, verdict] of [
      [
        'Corvane Pourmaster review: a kettle that finally pours straight',
        '**Our verdict:** The best kettle under £100, and the one I would buy again.',
      ],
      [
        'Review: the Corvane Pourmaster kettle',
        'Five stars. Easily the most reliable kettle I have tested this year.',
      ],
    ] as const) {
      const body = review(headline, verdict)
      const err = errors(check(body).findings)
      expect(err.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
      expect(at(body, err[0])).toMatch(/best kettle|most reliable kettle/)
    }
  })

  it('reads nothing into unnamed praise when the headline reviews no single product', () => {
    const body = review(
      'How to descale a kettle',
      '**Our verdict:** The best kettle under £100, and the one I would buy again.',
    )
    expect(errors(check(body).findings)).toEqual([])
  })
})

describe('a tag row’s “#ad” is about the shops its tags name', () => {
  const post = (tags: string) =>
    `# What I pack for a wet weekend\n\n*Heads up: links marked † are affiliate links, so I earn a small commission if you buy through them.*\n\n${filler(1)}\n\nI cook on a [Brandlo Mini stove †](https://brandlo.example/mini?aff=wk7), which lights in rain.\n\n${filler(4)}\n\nLast, my [Quiltaro blanket †](https://shop.quiltaro.example/throw?code=WET10): use WET10 for 10% off.\n\n${filler(2)}\n\n${tags}\n`

  it('is a warning when the shops it names are linked under a clear notice readers met first', () => {
    for (const tags of [
      '#camping #wetweather #ad #quiltaro #outdoors #weekend #kit',
      '#rainyday #brandlo #gear #ad #tents #packing #offgrid',
    ]) {
      const body = post(tags)
      const r = check(body)
      expect(errors(r.findings)).toEqual([])
      expect(
        at(
          body,
          r.findings.find((f) => f.rule === 'disclosure-buried'),
        ),
      ).toBe('#ad')
    }
  })

  it('stays an error when its tags name no shop the notice covers', () => {
    const body = post('#camping #wetweather #ad #rainyday #outdoors #weekend #kit')
    expect(errors(check(body).findings).map((f) => f.rule)).toEqual(['sponsorship-undisclosed'])
  })
})

describe('the writer urging whoever decides to choose the brand', () => {
  const column = (urging: string) =>
    `# The depot decision\n\nBy Perpetua Vance\n\nThe county will pick a new bus operator next month, and it has two bids.\n\n${filler(3)}\n\n${urging}\n\n${filler(3)}\n\n*Perpetua Vance is a former planner. Her husband sits on the board of Hallworth Coaches.*\n`

  it('is her endorsement when she says "give it the contract" or "choose X"', () => {
    for (const urging of [
      'Hallworth Coaches has run the airport route for a decade. Give it the contract.',
      'The councillors know the answer already. Choose Hallworth Coaches, and do it before the summer.',
    ]) {
      const body = column(urging)
      const err = errors(check(body).findings)
      expect(err.map((f) => f.rule)).toEqual(['material-connection-undisclosed'])
      expect(at(body, err[0])).toMatch(/Give it the contract|Choose Hallworth/)
    }
  })

  it('reads nothing when the one urged is not the brand she is tied to', () => {
    const body = column('Brisk Bus has the newer fleet. Give it the contract.')
    expect(errors(check(body).findings)).toEqual([])
  })
})

describe('two institutions side by side, and who paid for the work', () => {
  it('reads "X University and Y Labs, which paid for it" as Y funding the research', () => {
    for (const text of [
      'The trial ran under an agreement between Orlen University and Pellcourt Labs, which paid for it and supplied the tablets.',
      'The survey was a joint project of Westmarch College and Dunhollow Pharma, which funded it in full.',
    ]) {
      const found = statements(text).filter((s) => s.research)
      expect(found.map((s) => s.research?.funder)).toEqual([
        text.includes('Pellcourt') ? 'Pellcourt Labs' : 'Dunhollow Pharma',
      ])
    }
  })

  it('keeps one institution whose name runs over "and" whole', () => {
    const names = readDocument(
      'The Linbury Fire and Rescue Service said the road was shut.\n',
    ).mentions.map((m) => m.name)
    expect(names).toContain('Linbury Fire and Rescue Service')
  })

  it('reads no funding from results that "backed" or "supported" what someone said', () => {
    for (const text of [
      'Pellcourt Labs said the results backed what its customers had reported for years.',
      'A spokesman for Dunhollow Pharma said the findings supported its own view.',
    ])
      expect(statements(text).filter((s) => s.research)).toEqual([])
  })
})

describe('research called "independent confirmation" of its results', () => {
  it('is presented as independent: an error when the maker paid for it, told only at the foot', () => {
    for (const said of [
      '“This is independent confirmation of what our customers tell us,” a spokesperson said.',
      'The company called the result independent proof that the spray works.',
    ]) {
      const body = `# Nasal spray cut colds short, trial finds\n\nA trial of 300 adults found that a nasal spray from Pellcourt Labs shortened colds by a day.\n\n${said}\n\n${filler(6)}\n\n*The trial was paid for by Pellcourt Labs.*\n`
      const err = errors(check(body).findings)
      expect(err.map((f) => f.rule)).toEqual(['paid-research-undisclosed'])
      expect(at(body, err[0])).toMatch(/independent (confirmation|proof)/)
    }
  })

  it('is fine when the funding is told beside it', () => {
    const body = `# Nasal spray cut colds short, trial finds\n\nA trial of 300 adults, paid for by Pellcourt Labs, found that its spray shortened colds by a day.\n\nThe company called the result independent proof that the spray works.\n\n${filler(4)}\n`
    expect(errors(check(body).findings)).toEqual([])
  })
})

describe('an experience arranged "in collaboration with" a business', () => {
  it('is a vague sponsorship credit of that business', () => {
    for (const [text, brand] of [
      [
        'We took the Fenrow morning ferry, a crossing arranged in collaboration with Fenrow Lines, to the outer isles.',
        'Fenrow Lines',
      ],
      [
        'The tasting was organised in partnership with Caldo Wines, and we tried nine reds.',
        'Caldo Wines',
      ],
    ] as const) {
      const found = statements(text).filter((s) => s.kind === 'sponsored')
      expect(found.map((s) => [s.wording, s.brandNames])).toEqual([['ambiguous', [brand]]])
    }
  })

  it('reads nothing when the partner is a university or other non-commercial body', () => {
    expect(statements('The concert was organised in partnership with Arlen University.')).toEqual(
      [],
    )
  })
})

describe('a tag word in brackets after a name', () => {
  it('reads "(spon)" as a vague and "(ad)" as a clear sponsorship label of the name', () => {
    const vague = statements(
      'Our friends at Cogmere Bike Cover (spon) are offering three months free on annual policies.',
    )
    expect(vague.map((s) => [s.kind, s.wording, s.brandNames, s.text])).toEqual([
      ['sponsored', 'ambiguous', ['Cogmere Bike Cover'], '(spon)'],
    ])
    const clear = statements(
      'This week I tried the Dunlow Ride app (ad), which plans quiet routes.',
    )
    expect(clear.map((s) => [s.kind, s.wording, s.brandNames, s.text])).toEqual([
      ['sponsored', 'clear', ['Dunlow Ride'], '(ad)'],
    ])
  })

  it('is a warning about its wording when it is the only sign, beside the mention', () => {
    const body = `# Notes from the saddle\n\n${filler(2)}\n\nOur friends at Cogmere Bike Cover (spon) are offering three months free on annual policies.\n\n${filler(2)}\n`
    const r = check(body)
    expect(errors(r.findings)).toEqual([])
    expect(
      at(
        body,
        r.findings.find((f) => f.rule === 'ambiguous-wording'),
      ),
    ).toBe('(spon)')
  })
})

describe('a tie told in the progressive', () => {
  it('reads "X have been paying me", "X is sponsoring me" as the writer’s tie', () => {
    for (const text of [
      'Full honesty: Dellmont have been paying me as one of their ambassadors since May, so I am not neutral.',
      'Since the spring, Corra Labs has been sponsoring me, which you should know.',
    ]) {
      const found = statements(text).filter((s) => s.kind === 'material-connection')
      expect(found.map((s) => [s.people, s.brandNames])).toEqual([
        [['the writer'], [text.includes('Dellmont') ? 'Dellmont' : 'Corra Labs']],
      ])
    }
  })

  it('leaves "they are paying me for this post" to the sponsorship it is', () => {
    const found = statements(
      'Dellmont sent the lamp, and they are also paying me for this post.',
    ).filter((s) => s.kind === 'material-connection')
    expect(found).toEqual([])
  })
})

describe('“nobody is paying me”: the writer as the object of a denied payment', () => {
  it('is an independence statement', () => {
    for (const text of [
      'Let me be plain from the start that nobody is paying me to write this.',
      'Before anything else: nobody is paying me to say this.',
    ])
      expect(statements(text).map((s) => s.kind)).toEqual(['other'])
  })

  it('reads nothing from a debt or from someone else’s pay', () => {
    expect(statements('The council is not paying me back.')).toEqual([])
    expect(statements('Nobody is paying the nurses enough.')).toEqual([])
  })
})

describe('the newsroom kept apart, said of its people with "no" before them', () => {
  it('is an independence statement', () => {
    for (const text of [
      'No Courier editors had any part in producing it.',
      'None of our journalists had any role in its production.',
    ])
      expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['other', text]])
  })

  it('reads nothing from people who were not involved in an event', () => {
    expect(statements('No staff were hurt in the fire at the depot.')).toEqual([])
  })
})

describe('a no-ties line whose company is a description, not a name', () => {
  it('is an independence statement, also in an outside source’s introduction', () => {
    for (const text of [
      'Dr Ama Pell, a chemist at Rusk College who has no financial ties to the spray’s maker, said the trial was small.',
      'Marta Keel, who has no financial relationship with the inhaler’s maker, said the dose was standard.',
    ])
      expect(statements(text).map((s) => s.kind)).toEqual(['other'])
  })

  it('still reads nothing from an outside source who was not involved in the study', () => {
    expect(
      statements(
        'Dr Hana Ode, who was not involved in the spray’s trial, said the results were modest.',
      ),
    ).toEqual([])
  })
})

describe('the writer paying their own way, said in the third person', () => {
  const read = (body: string) => {
    const doc = readDocument(body)
    return readStatements({ doc, quotes: [], people: [], brandKeys: new Set(), leadBrand: null })
      .filter((s) => s.kind === 'other')
      .map((s) => body.slice(s.start, s.end))
  }

  it('is an independence statement when the one paying is the writer the byline names', () => {
    for (const [note, said] of [
      [
        'Tomas Reddle travelled on an ordinary fare. He paid for his own ticket and meals.',
        'He paid for his own ticket and meals.',
      ],
      [
        'Ines Varga chose every stop on the route. She paid for the rooms herself.',
        'She paid for the rooms herself.',
      ],
    ] as const) {
      const body = `# Three days on the ferry\n\nBy ${note.startsWith('Tomas') ? 'Tomas Reddle' : 'Ines Varga'}\n\n${filler(3)}\n\n*${note}*\n`
      expect(read(body)).toContain(said)
    }
  })

  it('finds the writer in a "By …" sentence closing the standfirst', () => {
    const body = `# Three days on the ferry\n\nA slow crossing to the outer isles, and why it is worth it. By Tomas Reddle.\n\n${filler(3)}\n\n*Tomas Reddle has no ties to the ferry line. He paid for his own cabin.*\n`
    expect(read(body)).toContain('He paid for his own cabin.')
  })

  it('reads nothing when someone else pays their own way', () => {
    const body = `# Three days on the ferry\n\nBy Tomas Reddle\n\n${filler(3)}\n\nMira Lund, a retired pilot, paid for her own cabin.\n`
    expect(read(body)).toEqual([])
  })
})

describe('commission told as what a shop pays the publication when a reader buys', () => {
  it('is an affiliate notice whatever the publication is called', () => {
    for (const text of [
      'When you click through to a shop and buy a blender, that shop pays The Ladle a percentage of the sale.',
      'Order a toaster through one of them and the store pays The Crumb a cut of the sale.',
    ])
      expect(statements(text).map((s) => [s.kind, s.wording])).toEqual([['affiliate', 'clear']])
  })

  it('reads nothing from a shop paying its own staff', () => {
    expect(
      statements(
        'When you buy a blender there, that shop pays its staff a percentage of the sale.',
      ),
    ).toEqual([])
  })
})

describe('royalties on what a maker licenses', () => {
  it('are a paid tie to the maker the licence names', () => {
    for (const [text, person, brand] of [
      [
        'Dr Lise Amber is a named inventor on the coating, which the college licenses to Pellum Tools, and receives a share of the royalties.',
        'Lise Amber',
        'Pellum Tools',
      ],
      [
        'Dr Mara Quist co-invented the filter, which Hollin Labs makes under licence, and gets a share of the royalties.',
        'Mara Quist',
        'Hollin Labs',
      ],
    ] as const) {
      const found = statements(text).filter((s) => s.kind === 'material-connection')
      expect(found.map((s) => [s.people, s.brandNames])).toEqual([[[person], [brand]]])
    }
  })

  it('reads nothing from royalties no maker pays', () => {
    expect(statements('The band receives a share of the royalties from streaming.')).toEqual([])
  })
})

describe('a company’s stake in another business', () => {
  it('is the holding company’s tie to that business', () => {
    for (const [text, holder, held] of [
      [
        'Halden Mills, a flour company, holds a minority stake in Pepper & Pine, the deli that stocks its bread.',
        'Halden Mills',
        'Pepper & Pine',
      ],
      [
        'Corran Foods, the bakery chain, owns a third of Mill & Crumb, the café on Dock Street.',
        'Corran Foods',
        'Mill & Crumb',
      ],
    ] as const) {
      const found = statements(text).filter((s) => s.kind === 'material-connection')
      expect(found.map((s) => [s.people, s.brandNames])).toEqual([[[holder], [held]]])
    }
  })

  it('reads nothing from a company owning a building', () => {
    expect(
      statements('Corran Foods, the bakery chain, owns the old warehouse on Dock Street.'),
    ).toEqual([])
  })
})

describe('an employee named by apposition, when the employer is presented', () => {
  const ties = (body: string) =>
    check(body)
      .disclosures.filter((d) => d.kind === 'material-connection')
      .map((d) => [d.people, d.brands])

  // Round 31: only in a piece the employer paid for, as with the possessive (below); in a news
  // story or a review the job title in an attribution is the company speaking (see the last
  // case here and readings.test.ts).
  it('is a disclosure of the employee’s tie to the employer', () => {
    const savings = `# Saving for a first home\n\nPaid content from Brindle Bank\n\nBrindle Bank’s Home Starter account pays 4% on up to £300 a month.\n\n${filler(2)}\n\nBrindle Bank says most savers pay in by standing order.\n\n“Start early and keep going,” says Orla Pency, head of lending at Brindle Bank. “Our Home Starter customers who pay in every month do best.”\n`
    expect(ties(savings)).toEqual([[['Orla Pency'], ['Brindle Bank']]])
    expect(errors(check(savings).findings)).toEqual([])
    const saver = `# Where to keep your cash\n\nSponsored by Tolland Bank\n\n${filler(2)}\n\nMina Carrow, a senior product manager at Tolland Bank, was keen. “Tolland’s Easy Saver pays more than any account we have offered,” she said.\n`
    expect(ties(saver).filter(([people]) => people?.length)).toEqual([
      [['Mina Carrow'], ['Tolland Bank']],
    ])
    // The same in a savings column nobody paid for: the company speaking, no disclosure.
    const column = saver.replace('Sponsored by Tolland Bank\n\n', '')
    expect(ties(column)).toEqual([])
  })

  it('reads nothing from a job at a company the piece does not present, or at a public body', () => {
    const rents = `# Rents keep rising\n\n${filler(2)}\n\nRavi Deol, head of research at Corvane Analytics, said rents would keep rising.\n\nJo Ash, head of planning at Harnley City Council, said: “Harnley needs more homes.”\n`
    expect(ties(rents)).toEqual([])
  })
})

describe('a thank-you ended by an emoji', () => {
  it('is a gift it does not spell out, as one ended by a full stop is', () => {
    for (const [text, brand] of [
      [
        'These arrived on my doormat in May, so thanks Corrigan 🧦 The socks run small, so size up.',
        'Corrigan',
      ],
      [
        'The flask turned up unannounced last week, thanks Pelham Knit ☕️ It keeps tea hot.',
        'Pelham Knit',
      ],
    ] as const) {
      const found = statements(text).filter((s) => s.kind === 'gifted-product')
      expect(found.map((s) => [s.wording, s.brandNames])).toEqual([['ambiguous', [brand]]])
      expect(found[0]?.text).toMatch(/^thanks [^.]*\p{Extended_Pictographic}$/u)
    }
  })

  it('reads nothing when the thanks runs on past the name', () => {
    expect(
      statements('Thanks Corrigan customers for the tips 🧦 they were all good.').filter(
        (s) => s.kind === 'gifted-product',
      ),
    ).toEqual([])
  })
})

describe('a label that presents a brand as a partner', () => {
  it('is a sponsorship label it does not spell out, over a box or after a separator', () => {
    for (const [line, label] of [
      ['Launch partner', 'Launch partner'],
      ['Top pick · Official partner', 'Official partner'],
      ['Partner pick', 'Partner pick'],
    ] as const) {
      const body = `# Kettles we tried\n\n${line}\n\n### Brevin Arc\n\nThe Brevin Arc boils a litre in three minutes and costs £34.\n\n${filler(3)}\n`
      const r = check(body)
      const found = r.disclosures.filter((d) => d.kind === 'sponsored')
      expect(found.map((d) => [d.text, d.wording])).toEqual([[label, 'ambiguous']])
      expect(r.findings.map((f) => f.rule)).toEqual(['ambiguous-wording'])
    }
  })

  it('names the brand after a colon', () => {
    const found = statements(
      'Official partner: Halden Outdoor\n\n### Halden Ridge 2\n\nA two-person tent for £189.',
    ).filter((s) => s.kind === 'sponsored')
    expect(found.map((s) => s.brandNames)).toEqual([['Halden Outdoor']])
  })

  it('reads nothing from a list heading, a job or a sentence', () => {
    for (const text of [
      'Our partners',
      'Managing partner',
      'Senior partner',
      'Her partner, a carpenter, built the shelves.',
    ])
      expect(statements(text).filter((s) => s.kind === 'sponsored')).toEqual([])
  })

  // Review round 27, finding 10: an event's sponsors in its fact box and a section heading about
  // a person's partner present no paid pick.
  const race = (lines: readonly string[]) =>
    [
      '# Wrenford Sprint: the last day',
      'The Wrenford Sprint ended on Sunday in front of its biggest crowd.',
      '| Race facts | |\n|---|---|\n| Dates | 9–11 August |',
      ...lines,
      'Kit Ahlberg took the double sculls. “My arms have gone,” he said.',
      filler(2),
    ].join('\n\n')
  it.each([
    ['Official partner: Wrenford Mutual'],
    ['Premium partner — Ostby Boats'],
    [
      '## Our partner\n\nAda Rowe trains with her partner, Sami Roos. “She hears every mistake,” Rowe said.',
    ],
    ['## Launch partner\n\nThe race’s new sponsor said little at the launch.'],
  ])('reads nothing from an event’s sponsor line or a heading over news: %s', (line) => {
    const r = check(race([line]))
    expect(r.disclosures.filter((d) => d.kind === 'sponsored')).toEqual([])
    expect(r.findings.filter((f) => f.rule === 'ambiguous-wording')).toEqual([])
  })
})

describe('a host laying on the writer’s visit, said in the third person', () => {
  const note = (byline: string, text: string) =>
    `# Two days on the salt marsh\n\nBy ${byline} | Travel\n\n${filler(3)}\n\n*${text}*\n`

  it('is a gift to the writer the byline names', () => {
    for (const [byline, text, said] of [
      [
        'Jo Marsh-Obeng',
        'Jo Marsh-Obeng was a guest of the Gull Inn. The Harbourside Tourism Office booked her tour.',
        'The Harbourside Tourism Office booked her tour.',
      ],
      [
        'Tom Reyes',
        'Tom Reyes travelled by ferry. The regional tourist board organised his itinerary.',
        'The regional tourist board organised his itinerary.',
      ],
    ] as const) {
      const body = note(byline, text)
      const found = check(body).disclosures.filter((d) => d.kind === 'gifted-product')
      expect(found.map((d) => d.text)).toContain(said)
    }
  })

  it('is one said in the passive too', () => {
    for (const [byline, text] of [
      [
        'Jo Marsh',
        'Jo Marsh went by train. Her visit was arranged by the Harbourside Tourism Board.',
      ],
      [
        'Tom Reyes',
        'Tom Reyes paid for his ferry. His tour of the mill was organised by Visit Harbourside.',
      ],
    ] as const) {
      const found = check(note(byline, text)).disclosures.filter((d) => d.kind === 'gifted-product')
      expect(found.length).toBe(1)
    }
  })

  it('reads nothing when the visit is someone else’s', () => {
    for (const text of [
      'The minister, Ana Ruiz, toured the marsh in May. The council organised her visit.',
      'Tom Reyes met the minister, Ana Ruiz, on the ferry. The Harbour Trust booked her tour.',
      'The minister, Ana Ruiz, came in May. Her visit was arranged by the Harbourside Tourism Board.',
    ]) {
      const body = note('Tom Reyes', text)
      expect(check(body).disclosures.filter((d) => d.kind === 'gifted-product')).toEqual([])
    }
  })

  it('reads nothing when a clinic, hospital or school books the writer’s own visit', () => {
    for (const text of [
      'The Quayside Clinic booked my visit for a Friday, a month after the biopsy.',
      'Kestrel General Hospital arranged my tour of the maternity unit before the birth.',
      'The Gull Lane Academy organised our programme for the taster day, and families queued at the gate.',
      'My visit was arranged by the Quayside Clinic, a week after the scan.',
    ]) {
      const body = note('Tom Reyes', text)
      expect(check(body).disclosures.filter((d) => d.kind === 'gifted-product')).toEqual([])
    }
  })

  it('is still a gift when a tourism body books the writer’s own tour', () => {
    const body = note('Tom Reyes', 'The Harbourside Tourism Office booked my tour of the mill.')
    expect(check(body).disclosures.filter((d) => d.kind === 'gifted-product').length).toBe(1)
  })
})

describe('the writer paying the ordinary charge for what the piece is about', () => {
  const read = (body: string) => {
    const doc = readDocument(body)
    return readStatements({ doc, quotes: [], people: [], brandKeys: new Set(), leadBrand: null })
      .filter((s) => s.kind === 'other')
      .map((s) => body.slice(s.start, s.end))
  }

  it('is an independence statement, also under a "Words by" byline', () => {
    for (const [byline, note] of [
      [
        'By Ana Ruiz',
        'Ana Ruiz took a weekend class at Mill Pottery for this piece and paid the usual fee.',
      ],
      [
        'Words by Ana Ruiz · Photographs by Tom Reyes',
        'Ana Ruiz spent two mornings at the riding school for this article and paid the standard rate.',
      ],
      [
        'By Ana Ruiz',
        'Our reporter joined a three-day course at the school. We paid the standard rate.',
      ],
    ] as const) {
      const body = `# At the wheel\n\n${byline}\n\n${filler(3)}\n\n${note}\n`
      expect(read(body).length).toBe(1)
    }
  })

  it('reads nothing when someone else pays the ordinary charge', () => {
    for (const note of [
      'The council paid the standard charge to the contractor.',
      'Mira Lund, a retired pilot, paid the full fare for her ticket.',
      'She charges the standard fee, and students paid the usual rate.',
      '**Q: We paid the full fare for a return to Kestrel Bay, and the ferry never sailed. Can we get our money back?**',
      'Last winter we paid the normal rate for heating oil, and the bills still rose by half, tenants told the landlord.',
    ]) {
      const body = `# At the wheel\n\nBy Ana Ruiz\n\n${filler(3)}\n\n${note}\n`
      expect(read(body)).toEqual([])
    }
  })
})

describe('the writer’s own place in a body, said in the first person', () => {
  const column = (sentence: string) =>
    `# Keep the library open\n\n**By Ana Ruiz** | Comment\n\nThe council wants to close the branch library on Mill Lane.\n\n${sentence}\n\n${filler(3)}\n`
  const read = (body: string) =>
    check(body)
      .disclosures.filter((d) => d.kind === 'material-connection' || d.kind === 'other')
      .map((d) => [d.kind, d.text])

  it('is a material connection when the body takes a side in what the piece argues', () => {
    for (const sentence of [
      'A word on my own interest: since 2021 I have been a volunteer governor of Mill Lane Library Trust, which has campaigned for the branch to stay open.',
      'For the record, I am a governor of Hallam Primary, which opposes the closure.',
      'I chair the Mill Lane Residents’ Association, which opposes the closure.',
      'Full disclosure: I’m on the committee of the Mill Lane Readers’ Group, which has backed the rescue bid.',
    ]) {
      const found = check(column(sentence)).disclosures
      expect(found.map((d) => [d.kind, d.people])).toEqual([['material-connection', ['Ana Ruiz']]])
      expect(sentence).toContain(found[0]?.text ?? '—')
    }
  })

  it('is one in the bio at the foot too, said in the third person', () => {
    const body = `${column('The branch lends 40,000 books a year.')}\n*Ana Ruiz writes about the town. She is a trustee of the Friends of Mill Lane Library, which has campaigned for the branch to stay open.*\n`
    expect(check(body).disclosures.map((d) => [d.kind, d.people])).toEqual([
      ['material-connection', ['Ana Ruiz']],
    ])
  })

  it('is an independence-style note (other) when the body takes no side', () => {
    const found = check(
      column('I am a member of the Kestrel Ramblers, which has taken no side in the debate.'),
    ).disclosures
    expect(found.map((d) => d.kind)).toEqual(['other'])
  })

  it('reads nothing from sitting on a wall, from a quote, or from someone else', () => {
    for (const sentence of [
      'I sit on the library wall and watch the tide come in.',
      '“I am a trustee of the Mill Lane Trust, which backs the plan,” said Tom Reyes.',
      'Tom Reyes is a trustee of the Mill Lane Trust, which backs the plan.',
    ])
      expect(read(column(sentence))).toEqual([])
  })

  it('reads nothing from reporting on a body’s members, governors or board', () => {
    for (const sentence of [
      'I was in the chamber on Monday when members of the Quayside Tenants’ Association, which opposes the closure, left in protest.',
      'I also spoke to board members of Kestrel Athletic FC, who say the club backs the plan.',
      'I have visited governors of two schools nearby, and both oppose the closure.',
    ])
      expect(read(column(sentence))).toEqual([])
  })
})

describe('a denial with a curly apostrophe, or of a cooperative', () => {
  it('reads “can’t” and “don’t” as the negations they are', () => {
    for (const text of [
      'Advertisers can’t pay for a spot in our rankings.',
      'Makers don’t get to buy a place on this list.',
    ])
      expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['other', text]])
  })

  it('reads a cooperative as a company that could pay', () => {
    for (const text of [
      'The festival takes no money from the co-op.',
      'The bakery accepts no payment from the cooperative.',
    ])
      expect(statements(text).map((s) => s.kind)).toEqual(['other'])
  })

  it('reads nothing from a quotation whose attribution names a body', () => {
    for (const text of [
      '“We never buy anything in August,” said a spokesman for the Harbour Water Company.',
      '“Every tonne we don’t have to buy is a tonne we don’t have to haul,” said a spokeswoman for the county waste authority.',
    ])
      expect(statements(text)).toEqual([])
  })

  it('reads nothing from a source’s “we” or from pay owed to someone else', () => {
    const other = (sentence: string) =>
      check(`# Fishing fleet in trouble\n\nBy Ana Ruiz\n\n${filler(2)}\n\n${sentence}\n`)
        .disclosures.filter((d) => d.kind === 'other')
        .map((d) => d.text)
    for (const sentence of [
      '“We don’t get paid by the packers, and the diesel bill keeps climbing,” said Ivo Brandt, who chairs the fishermen’s association.',
      '“We don’t get paid by the packers for weeks,” said Ivo Brandt, who chairs the fishermen’s association.',
      'Ivo Brandt says he hasn’t been paid by Quayside Builders for the roofing work he did in May.',
      'Ivo Brandt says he hasn’t been paid by Quayside Builders yet.',
    ])
      expect(other(sentence)).toEqual([])
    // The writer's own denial stays one.
    const own = 'I have not been paid by Quayside Builders for my work on this guide.'
    expect(other(own)).toEqual([own])
  })
})

describe('a board seat at a company described by a plural possessive', () => {
  it('names the company after “the growers’ cooperative”', () => {
    for (const [text, person, brand] of [
      [
        'Tom Bell sits on the advisory board of the farmers’ union Harrow Dairy.',
        'Tom Bell',
        'Harrow Dairy',
      ],
      [
        'Ana Ruiz is a member of the board of the growers’ cooperative Lynfield Produce.',
        'Ana Ruiz',
        'Lynfield Produce',
      ],
    ] as const) {
      const found = statements(text).filter((s) => s.kind === 'material-connection')
      expect(found.map((s) => [s.people, s.brandNames])).toEqual([[[person], [brand]]])
    }
  })
})

describe('"paid for and checked by": a second participle shares the payer', () => {
  it('is a clear sponsorship statement naming the payer', () => {
    for (const [line, brand] of [
      ['This feature was paid for and checked by Harlow Cycles.', 'Harlow Cycles'],
      ['This guide was paid for and reviewed by Brightwell Ovens.', 'Brightwell Ovens'],
    ] as const) {
      const found = statements(line).filter((s) => s.kind === 'sponsored')
      expect(found.map((s) => [s.wording, s.brandNames])).toEqual([['clear', [brand]]])
    }
  })

  // Review round 27, finding 8: someone else's report or video, paid for and published by X, is
  // no sponsorship of the piece; a funded report reads as its plain "paid for by X" does.
  it.each([
    [
      'The survey was paid for and published by Ostby Wind, which hopes to build the masts.',
      'The survey was paid for by Ostby Wind, which hopes to build the masts.',
    ],
    [
      'A video screened at the hearing was paid for and produced by Carrow Tidal Ltd, the applicant.',
      null,
    ],
  ])('reads no sponsorship of the piece from “%s”', (joined, plain) => {
    const found = statements(joined)
    expect(found.filter((s) => s.kind === 'sponsored')).toEqual([])
    if (plain)
      expect(found.map((s) => [s.kind, s.brandNames])).toEqual(
        statements(plain).map((s) => [s.kind, s.brandNames]),
      )
  })

  const native = (top: string, foot: string) =>
    [
      top,
      '# The school run is changing',
      filler(2),
      'Harlow Cycles says its customers cut ten minutes from the morning run.',
      filler(2),
      'The Harlow Duo is the best family bike we know, and it costs £3,900.',
      filler(2),
      '[Book a test ride with Harlow Cycles](https://harlowcycles.example/ride)',
      foot,
    ]
      .filter(Boolean)
      .join('\n\n')

  it('is one error when it is the only sign and comes after the piece', () => {
    const foot = 'This page was paid for and edited by Harlow Cycles.'
    const body = native('', foot)
    expect(errors(check(body).findings).map((f) => [f.rule, at(body, f)])).toEqual([
      ['sponsorship-undisclosed', foot],
    ])
  })

  it('leaves only warnings under "Partner content" when the sponsor itself made the piece', () => {
    const body = native(
      'Partner content',
      'This article was paid for and produced by Harlow Cycles. Our journalists had no part in it.',
    )
    const fs = check(body).findings
    expect(errors(fs)).toEqual([])
    expect(fs.filter((f) => f.rule === 'ambiguous-wording').map((f) => at(body, f))).toEqual([
      'Partner content',
    ])
    // The partner's own foot line confirms the label: it is not a second, buried sign.
    expect(fs.filter((f) => f.rule === 'disclosure-buried')).toEqual([])
  })

  it('is still the error under "Partner content" when our own team made it, or under "Promoted"', () => {
    for (const [top, foot] of [
      [
        'Partner content',
        'This article was paid for by Harlow Cycles and produced by our branded content studio.',
      ],
      ['Promoted', 'This article was paid for and produced by Harlow Cycles.'],
    ] as const) {
      const body = native(top, foot)
      expect(errors(check(body).findings).map((f) => f.rule)).toEqual(['sponsorship-undisclosed'])
    }
  })
})

describe('the writer’s own “collab” with a brand, shared in the piece', () => {
  it('is a sponsorship it does not spell out', () => {
    for (const [line, brand] of [
      ['So excited to share our collab with Marlowe Teas this week!', 'Marlowe Teas'],
      [
        'This month’s bundle is my collab with Fenwick Flour, and it sold out once already.',
        'Fenwick Flour',
      ],
    ] as const) {
      const body = `# Notes from the kitchen\n\nBy Ana Ruiz\n\n${filler(2)}\n\n${line}\n\n${filler(2)}\n`
      const found = check(body).disclosures.filter((d) => d.brands.includes(brand))
      expect(found.map((d) => [d.kind, d.wording])).toEqual([['sponsored', 'ambiguous']])
    }
  })

  it('stays a quoted person’s tie inside a quote', () => {
    const body = `# Notes from the kitchen\n\nBy Ana Ruiz\n\n${filler(2)}\n\n“My collab with Marlowe Teas started because I already drank it every day,” said Tom Reyes.\n`
    const found = check(body, { 'My collab': 'Tom Reyes' }).disclosures
    expect(found.map((d) => d.kind)).toEqual(['material-connection'])
  })
})

describe('an employee named by apposition with the employer’s possessive', () => {
  const ties = (body: string) =>
    check(body)
      .disclosures.filter((d) => d.kind === 'material-connection')
      .map((d) => [d.people, d.brands, body.slice(d.start, d.end)])
  const piece = (lines: string, top = 'This article was paid for by Pellbrook Heating.') =>
    `# Warmer floors for old cottages\n\n${top}\n\nPellbrook Heating’s Floorwarm system is £6,000 at Pellbrook Heating for a two-bedroom cottage.\n\n${filler(1)}\n\nPellbrook Heating says most jobs take four days.\n\n${lines}\n`

  it('is a disclosure of the tie when the employer paid for the piece', () => {
    const body = piece(
      "Most old floors can take it, says Idris Vane, Pellbrook’s head of surveying. “We lift the flags and lay the pipes,” he said.\n\nNell Ashby, Pellbrook's senior agronomist, was less sure about damp walls.",
    )
    expect(ties(body)).toEqual([
      [['Idris Vane'], ['Pellbrook Heating'], 'Pellbrook’s head of surveying'],
      [['Nell Ashby'], ['Pellbrook Heating'], "Pellbrook's senior agronomist"],
    ])
    expect(errors(check(body).findings)).toEqual([])
  })

  it('reads nothing from a job at a company the piece does not present, or at a council', () => {
    const body = piece(
      "Tom Reyes, Corvane's head of research, said prices would rise. Jo Ash, the council's head of planning, agreed.",
    )
    expect(ties(body)).toEqual([])
  })

  it('reads nothing in a piece the employer did not pay for: the company speaking', () => {
    const body = piece(
      'Most old floors can take it, says Idris Vane, Pellbrook’s head of surveying.',
      'We tested the system for a month.',
    )
    expect(ties(body)).toEqual([])
  })
})

describe('a credit the writer gets when a reader signs up', () => {
  it('is an affiliate notice', () => {
    for (const text of [
      'I also get a small credit when someone signs up with my code.',
      'We receive account credit when a reader joins through our link.',
    ])
      expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['affiliate', text]])
  })

  it('reads nothing from a credit that is the reader’s, or a photo credit', () => {
    for (const text of [
      'You get £10 credit when you sign up with my code.',
      'Photo credit: Ana Ruiz.',
      'I got a credit on my bill when the train was late.',
    ])
      expect(statements(text)).toEqual([])
  })
})

describe('the ordinary price paid, in other words', () => {
  it('is an independence statement at the listed, asking, shelf or advertised price', () => {
    for (const text of [
      'The lamp was bought for this review at the advertised price.',
      'I paid the full asking price for the bike.',
    ])
      expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['other', text]])
  })

  it('reads nothing from a sale at the asking price', () => {
    expect(statements('Halden Homes sold the site at the asking price.')).toEqual([])
  })
})

describe('pay denied from a body the sentence named, by a pronoun', () => {
  it('is an independence statement', () => {
    for (const text of [
      'He coaches at the rowing club on Sundays and is not paid by it.',
      'She chairs the tenants’ association and is not paid by it.',
    ])
      expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['other', text]])
  })

  it('reads nothing when no body was named', () => {
    expect(statements('He painted the lighthouse and was not paid by it.')).toEqual([])
  })
})

describe('a speaker saying their view is not disinterested', () => {
  it('is a note of its own when no brand is named', () => {
    for (const text of [
      'Yes, I am biased: I grew up on that farm.',
      'I own part of a bakery, so I’m not a neutral voice on bread.',
    ])
      expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['other', text]])
  })

  it('is a tie to the brand the clause points at', () => {
    const body = `# Bees on the roof\n\n${filler(1)}\n\nThe Hivewell sensor sits under the roof of each hive. I helped build it, so I’m biased, but it works.\n`
    const found = check(body).disclosures.filter((d) => d.kind === 'material-connection')
    expect(found.map((d) => [d.brands, body.slice(d.start, d.end)])).toEqual([
      [['Hivewell'], 'I helped build it, so I’m biased'],
    ])
  })

  it('reads nothing from others’ bias, or a denial of it', () => {
    for (const text of [
      'The judges were not neutral, the losing side said.',
      'I am not biased against cyclists.',
    ])
      expect(statements(text)).toEqual([])
  })
})

describe('two companies under one owner', () => {
  it('is an ownership statement', () => {
    for (const text of [
      'The Lantern Inn and the Harbour Hotel are both owned by Ashgrove Leisure.',
      'Pellcourt Travel is a sister company of Harrow Holidays.',
      'The Marrow Trust is the charitable arm of Corran Foods.',
    ])
      expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['other', text]])
  })

  it('reads nothing from one owner named by no name, or from a job in a division', () => {
    for (const text of [
      'The two farms are both owned by the family.',
      'Ana Ruiz is head of the research arm of Corran Foods.',
    ])
      expect(statements(text)).toEqual([])
  })
})

describe('a family tie through what a person buys, rents or sells', () => {
  const ties = (body: string) =>
    check(body)
      .disclosures.filter((d) => d.kind === 'material-connection')
      .map((d) => [d.people, body.slice(d.start, d.end)])
  const profile = (text: string) =>
    `# The potter of Hallow Lane\n\nBy Tom Reyes\n\nMara Quell has thrown pots on Hallow Lane for twenty years.\n\n${text}\n`

  it('is a material connection of the person whose relative it is', () => {
    for (const text of [
      'The clay on her wheel comes from her sister’s quarry.',
      'Most of her glaze comes from her cousin Ivo’s small workshop across the river.',
      'The studio is rented from her uncle, and the gallery that sells her bowls belongs to her mother.',
    ]) {
      const found = ties(profile(text))
      expect(found.length).toBeGreaterThan(0)
      expect(found[0]?.[0]).toEqual(['Mara Quell'])
    }
  })

  it('reads nothing from a recipe, a house or a relative’s garden', () => {
    for (const text of [
      'Her recipe comes from her grandmother’s kitchen.',
      'She bought the house from her father in 2019.',
      'The roses come from her mother’s garden.',
    ])
      expect(ties(profile(text))).toEqual([])
  })
})

describe('a seller the text sells at, typed a place by "at"', () => {
  it('is still the brand that gives', () => {
    for (const [para, shop] of [
      [
        'The Arc boils fast. (Brevin sent a second Arc free of charge after our first arrived cracked.) It is loud.\n\n[£34 at Brevin](https://brevin.example/arc)',
        'Brevin',
      ],
      [
        'The lamp is bright. Ostara lent us a spare lamp for testing when the first one failed.\n\n$120 at Ostara',
        'Ostara',
      ],
    ] as const) {
      const body = `# Things we tested\n\n${filler(1)}\n\n${para}\n`
      const found = check(body).disclosures.filter((d) => d.kind === 'gifted-product')
      expect(found.map((d) => d.brands)).toEqual([[shop]])
    }
  })
})

describe('the publication paying a person it features', () => {
  const paid = (text: string) => {
    const body = `# Desks, tested\n\nBy Tom Reyes\n\n${text}\n`
    return check(body)
      .disclosures.filter((d) => d.kind === 'material-connection')
      .map((d) => [d.people, body.slice(d.start, d.end)])
  }

  it('is that person’s paid tie', () => {
    expect(
      paid(
        'Mara Quell, a physiotherapist in Harrow, helped set up our posture checks — we paid her for two sessions of her time.',
      ),
    ).toEqual([[['Mara Quell'], 'we paid her for two sessions of her time.']])
    expect(
      paid(
        'Ivo Brandt, a carpenter, checked the joints. The magazine paid Ivo Brandt a fee for his advice.',
      ),
    ).toEqual([[['Ivo Brandt'], 'The magazine paid Ivo Brandt a fee for his advice.']])
  })

  it('reads nothing from paying a trade, or for someone’s lunch', () => {
    expect(paid('We paid the builder for two days of work. We paid for her lunch.')).toEqual([])
  })
})

describe('a brand judged like every other', () => {
  it('is an independence statement', () => {
    for (const text of [
      'Harbour kettles are tested to the same standards as any other product.',
      'Our sister brand is held to the same criteria as all other brands we cover.',
    ])
      expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['other', text]])
  })

  it('reads nothing from a process used, or a dish tested the same way', () => {
    for (const text of [
      'The team used the same process as every other brand.',
      'The recipe was tested the same way as every other dish.',
    ])
      expect(statements(text)).toEqual([])
  })
})

describe('what the writer’s family uses, bought second-hand', () => {
  it('is an independence statement', () => {
    for (const text of [
      'My daughter rides a Corran bike, bought second-hand from a neighbour in 2022.',
      'Our son plays a Halden cello, bought used from his teacher.',
    ])
      expect(statements(text).map((s) => [s.kind, s.text])).toEqual([['other', text]])
  })

  it('reads nothing from a shop’s used stock or a used car bought', () => {
    for (const text of [
      'The shop sells bikes bought second-hand from students.',
      'My son bought a used car.',
    ])
      expect(statements(text)).toEqual([])
  })
})

describe('an event’s organisers paying the writer’s way', () => {
  const kinds = (sentence: string) =>
    check(`# Five things we saw at the show\n\n${filler(2)}\n\n${sentence}\n`).disclosures.map(
      (d) => d.kind,
    )

  it('reads the organisers paying for our hotel or my flights as a hosted stay', () => {
    for (const sentence of [
      'The organisers paid for our hotel during the show.',
      'Our hotel was paid for by the show’s organisers.',
      'The organisers paid for my flights and two nights in a hotel.',
    ])
      expect(kinds(sentence)).toEqual(['gifted-product'])
  })

  it('reads nothing when what they paid for is the event’s or someone else’s', () => {
    for (const sentence of [
      'The organisers paid for the venue and the stage.',
      'The organisers paid for their own hotel rooms.',
      'The organisers paid for a hotel for the visiting team.',
    ])
      expect(kinds(sentence)).toEqual([])
  })
})

describe('a remedy or giveaway to the public after "to"', () => {
  const kinds = (sentence: string) =>
    check(`# Car seat recall\n\n${filler(2)}\n\n${sentence}\n`).disclosures.map((d) => d.kind)

  it('reads no gift when a maker sends something free to every owner or customer', () => {
    for (const sentence of [
      'Brindle & Co. said in a statement that it would send a free replacement buckle to every registered owner.',
      'Brindle & Co. will send a free replacement buckle to every owner.',
      'The maker is sending a free repair kit to all customers who registered.',
    ])
      expect(kinds(sentence)).toEqual([])
  })

  it('still reads a free thing sent to us or to our testers', () => {
    for (const sentence of [
      'Brindle & Co. sent me a free buckle to try.',
      'Brindle & Co. sent a free buckle to our tester.',
      'Brindle sent free car seats to the families in our review panel.',
    ])
      expect(kinds(sentence)).toEqual(['gifted-product'])
  })
})
