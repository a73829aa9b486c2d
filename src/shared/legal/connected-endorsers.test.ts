import { describe, expect, it } from 'vitest'
import { errorsOf } from '../../../test/support/legal'

/** A roundup of cooks: the first one's post praises her brother's stock, the tie told at the foot. */
function cooks(intro: string, post: string): string {
  return `# Five cooks worth following for weeknight dinners

**Our food team picks the home cooks whose recipes actually work on a Tuesday.**

By Petra Lindqvist

We cooked from each account for a month and kept notes on what went right.

## @panandplenty (Marisol Teague)

Teague, a former school cook, films thirty-minute dinners in a tiny flat kitchen. She has 140,000 followers. ${intro}

> ${post}

Our tester found the soups good but salty.

## @slowsundays (Ivo Brennan)

Brennan cooks one big braise a week and freezes the rest.

> Three hours, one pot, six dinners. Nothing fancy needed.

His timings were accurate in our tests.

## @greensonly (Hana Ruud)

Ruud cooks only vegetables and keeps her recipes to five ingredients.

> Roast the carrots hotter than you think. Then add lemon.

## What our testers learned

Most of the recipes worked as written. Salt was the most common problem.

Brothwell was started in 2019 by Teague's brother, Colm Teague, and now sells in 300 shops.
`
}
const PRAISE =
  'Honestly the best shortcut in my kitchen. Brothwell Gold goes in every soup I make now, and my kids ask for seconds.'

describe('a post the line before it gives to a connected creator', () => {
  it('is her endorsement when the line names her only by a pronoun', () => {
    for (const intro of [
      'In a recent post she recommended a stock concentrate:',
      'Her post this week:',
      'Last week she praised a stock concentrate:',
    ])
      expect(errorsOf(cooks(intro, PRAISE))).toEqual(['material-connection-undisclosed'])
  })

  it('is nobody’s the text ties when the line gives it to someone else', () => {
    // Look-alikes: the same praise, posted by her brother, a follower, or the writer beside her.
    for (const intro of [
      'Her brother replied under the video:',
      'One follower wrote to her last week:',
      'Under her latest video, Petra Lindqvist of our test kitchen commented:',
    ])
      expect(errorsOf(cooks(intro, PRAISE))).toEqual([])
  })
})

describe('a label inside the endorser’s own post', () => {
  it('does not disclose a relative’s business when it only says “Ad”', () => {
    expect(
      errorsOf(cooks('In a recent post she recommended a stock concentrate:', `Ad | ${PRAISE}`)),
    ).toEqual(['material-connection-undisclosed'])
  })

  it('discloses the tie when the post itself states it', () => {
    expect(
      errorsOf(
        cooks(
          'Last week she praised a stock concentrate:',
          `Brothwell is my brother's company. ${PRAISE}`,
        ),
      ),
    ).toEqual([])
  })

  const runners = (label: string) => `# Four runners who post honest training logs

By Petra Lindqvist

We followed each runner's training for eight weeks.

## @milesbeforecoffee (Joss Arkwright)

Arkwright runs before work every day and posts his splits. His latest post:

> ${label}Ten weeks into marathon block and no blisters. The Strideline Aero socks are the only ones I wear now. Code JOSS10 for 10% off.

Our tester liked the socks but found them thin.

## @trailnotes (Wen Okafor)

Okafor posts long trail runs and map routes.

> Sixteen miles in the hills today. Legs gone. Worth it.

## What we learned

Most of the plans were sensible. Rest days were the most neglected.
`

  it('discloses a personal code’s paid tie when it opens the post (“Ad | …”)', () => {
    expect(errorsOf(runners('Ad | '))).toEqual([])
  })

  it('leaves the code an undisclosed paid tie when the post has no label', () => {
    expect(errorsOf(runners(''))).toEqual(['material-connection-undisclosed'])
  })

  // The same post over three paragraphs of one block quote: the code is in its last paragraph.
  const long = (label: string) =>
    runners(label).replace(
      'no blisters. The Strideline',
      'no blisters.\n>\n> Long runs on Sundays, intervals on Tuesdays, everything else easy.\n>\n> The Strideline',
    )

  it('reads a post quoted over several paragraphs as one post by its poster', () => {
    expect(errorsOf(long('Ad | '))).toEqual([])
    expect(errorsOf(long(''))).toEqual(['material-connection-undisclosed'])
  })

  it('does not take a label in a block quote after other lines as the next post’s', () => {
    // Look-alike: the label heads a second runner's post; the coded post has none.
    const body = runners('').replace(
      '> Sixteen miles in the hills today.',
      '> Ad | Sixteen miles in the hills today.',
    )
    expect(errorsOf(body)).toEqual(['material-connection-undisclosed'])
  })
})

/** A scalp-care piece: the specialist's tie line, then her praise of the brand six paragraphs on. */
function scalp(tie: string, close = false): string {
  return `# What actually helps a dry scalp in winter

By Petra Lindqvist

Cold air and central heating dry the scalp out, and flakes follow. We asked two specialists what works.

Dr. Aurelie Massot runs the hair clinic at St Brannock's Hospital.${close ? '' : ` ${tie}`}

Dry scalp and dandruff are not the same thing, Massot said. Dandruff is driven by yeast; dry scalp is a barrier problem.

Shorter, cooler showers help, according to the American Academy of Dermatology.

Washing less often can help too, though oily scalps may itch.

Humidifiers add moisture to bedroom air overnight.

Diet plays a smaller role than most people think.

For patients who want a product, Massot has a favourite. “Corvelle Scalp Serum is the one I recommend most. It calms the itch within a week,” she said.${close ? ` ${tie}` : ''}

Dr. Jonas Pike, a dermatologist in Leeds, said most people need nothing more than a gentle shampoo.
`
}

describe('a brand that pays for a person’s own research', () => {
  it('ties her to the brand: her praise far from that line is an error', () => {
    for (const tie of [
      "Corvelle funds Dr. Massot's clinic research programme on scalp barrier repair.",
      'Corvelle has funded her lab since 2020.',
      "Dr. Massot's research is funded by Corvelle.",
    ])
      expect(errorsOf(scalp(tie))).toEqual(['material-connection-undisclosed'])
  })

  it('is disclosed when the funding line sits beside the praise', () => {
    expect(
      errorsOf(
        scalp(
          "Corvelle funds Dr. Massot's clinic research programme on scalp barrier repair.",
          true,
        ),
      ),
    ).toEqual([])
  })

  it('ties no one when the research is only named beside the person', () => {
    // Look-alikes: research the brand paid for that is not her own work.
    for (const tie of [
      "A trial funded by Corvelle confirmed Dr. Massot's earlier work.",
      "Corvelle funds research at the hospital, but Dr. Massot's team is not involved.",
      "Dr. Massot's research is funded by the National Institutes of Health.",
    ])
      expect(errorsOf(scalp(tie))).toEqual([])
  })

  it('ties no one when the work is another person’s or another body pays for hers (review round 31)', () => {
    for (const tie of [
      // Someone else's work: another owner between her and it.
      "Corvelle funds her former supervisor's lab in Lyon.",
      "The trial was funded by Corvelle, which also sponsors her son's football team.",
      // Her work paid for by another body than the statement's funder.
      "Corvelle funded the trial, and Massot's research was funded by the Wellcome Trust.",
      'The Wellcome Trust funds her lab, and Corvelle funded the trial.',
    ])
      expect(errorsOf(scalp(tie)), tie).toEqual([])
  })
})

describe('quoted praise that is no connected person’s endorsement', () => {
  it('is no error from a company’s spokesperson on its own product', () => {
    const body = `Harlow Foods recalls oat bars after labelling error

Harlow Foods is recalling two flavours of its oat bars after a labelling error left off a nut warning, the company said on Tuesday.

The recall covers the honey and cranberry bars sold in packs of six since March.

"Our Harlow oat bars are the best-selling bars in the country, and we take safety seriously," said Dana Whitcombe, a spokeswoman for Harlow Foods. "Customers can return any pack for a full refund."

The Food Standards Agency said no illnesses had been reported.

Whitcombe said the fault came from a printing supplier.

"We recommend anyone with a nut allergy check their cupboards," she said.
`
    expect(errorsOf(body)).toEqual([])
  })

  it('is no error from a maker praising a restaurant she collaborates with', () => {
    const body = `# The ceramicist who wants you to use the good plates

By Petra Lindqvist

Ines Valdor makes plates and bowls in a converted dairy outside Ludlow.

"People save their best plates for guests," she said. "Use them on a Tuesday."

Valdor fires her glazes in a wood kiln she built herself.

For the last two years she has collaborated with the London restaurant Fennick on a set of dinner plates made for its tasting menu.

She teaches a weekend course twice a year.

"Fennick is the best place I know to eat in London," she said. "They cook like they mean it."
`
    expect(errorsOf(body)).toEqual([])
  })

  it('is no error from an investor whose stake the same sentence states', () => {
    const body = `Tallow Cycles raises 12 million pounds to expand

Tallow Cycles, the Bristol maker of cargo bikes, has raised 12 million pounds from investors to open a second factory, the company said on Thursday.

"Tallow makes the best cargo bikes in Europe, and we think demand will double," said Meera Sandhu, a partner at Copperline Ventures, which holds a 20 percent stake in Tallow.

Tallow sold 9,000 bikes last year, up from 5,500 in 2024.

Ruth Kell, the company's founder, said the new factory would employ 150 people.
`
    expect(errorsOf(body)).toEqual([])
  })
})

describe('a tie stated in the heading over the endorser’s own section', () => {
  const section = (between: number) =>
    cooks('Last week she praised a stock concentrate:', PRAISE)
      .replace(
        '## @panandplenty (Marisol Teague)',
        '## @panandplenty (Marisol Teague, co-founder of Brothwell)',
      )
      .replace(
        "\nBrothwell was started in 2019 by Teague's brother, Colm Teague, and now sells in 300 shops.\n",
        '\nBrothwell now sells in 300 shops.\n',
      )
      .replace(
        '\n\nTeague, a former school cook,',
        `\n\n${'She posts every weekday at six.\n\n'.repeat(between)}Teague, a former school cook,`,
      )

  it('is close to the post right under it', () => {
    expect(errorsOf(section(0))).toEqual([])
  })

  it('is not close when the post comes several paragraphs down the section', () => {
    // Look-alike: the same heading, with four more paragraphs before the post.
    expect(errorsOf(section(4))).toEqual(['material-connection-undisclosed'])
  })
})

describe('the owner of the company the news is about, speaking for it', () => {
  const deal = (late = false) => {
    const stake =
      'Meadowly was founded in 2009 by Tess Barlow, who owns 60 percent of the business and will stay on to run it.'
    return [
      'Brightwater Foods agrees to buy Meadowly Dairy',
      'Brightwater Foods has agreed to buy Meadowly Dairy, the Somerset yoghurt maker, for 48 million pounds, the companies said on Wednesday.',
      late ? 'Meadowly was founded in 2009 and sells in 2,000 shops.' : stake,
      'The deal values Meadowly at about twice its annual sales.',
      'Brightwater, which makes cheese and butter, has been looking to expand into yoghurt for two years.',
      'Meadowly employs 180 people.',
      'Analysts said the price was high but fair.',
      '"Meadowly makes the best yoghurt in Britain, and Brightwater will help us reach more people," Barlow said.',
      'The deal is expected to close in June.',
      'Brightwater shares rose 3 percent on the news.',
      late ? stake : 'Meadowly was started in a farm kitchen.',
    ].join('\n\n')
  }

  it('is the seller speaking, no endorsement, when the story told her stake first', () => {
    expect(errorsOf(deal())).toEqual([])
  })

  it('is still the error when her stake is told only after her praise', () => {
    // Look-alike: the same story, the stake in its last line.
    expect(errorsOf(deal(true))).toEqual(['material-connection-undisclosed'])
  })

  it('is still the error for a creator whose stake a roundup told paragraphs before her post', () => {
    // Look-alike: no news story, and the brand is not what the piece is about.
    const body = cooks('Last week she praised a stock concentrate:', PRAISE)
      .replace(
        "\nBrothwell was started in 2019 by Teague's brother, Colm Teague, and now sells in 300 shops.\n",
        '\nBrothwell now sells in 300 shops.\n',
      )
      .replace(
        'We cooked from each account',
        'Marisol Teague co-owns the stock maker Brothwell.\n\nSome cooks are brand owners too.\n\nWe cooked from each account',
      )
    expect(errorsOf(body)).toEqual(['material-connection-undisclosed'])
  })
})

describe('a paid tie after a relative clause that names research (review round 31)', () => {
  const piece = (tie: string) => `# Oat drink lowers cholesterol a little, trial finds

Drinking a litre of oat drink a day lowered cholesterol slightly in a 12-week trial of 200 adults.

“Oatwell Barista is the only milk I drink now, and my numbers have never been better,” said Dr. Priya Lomax, a cardiologist in Leeds.

The effect was about 4 per cent, smaller than statins give.

Oat drinks contain beta-glucan, a soluble fibre.

The trial did not test other brands.

${tie}

The full results will be published next year.
`
  it('keeps the person’s tie, so her far praise is the error', () => {
    for (const tie of [
      'Lomax, who was not involved in the study, is a paid adviser to Oatwell.',
      'Lomax, who was not involved in the study, has been paid by Oatwell as an adviser since 2021.',
      // (Control: an aside with no research in it.)
      'Lomax, who lives in Leeds, is a paid adviser to Oatwell.',
    ])
      expect(errorsOf(piece(tie)), tie).toEqual(['material-connection-undisclosed'])
  })
})

describe('the writer’s own gift, said with “my” and no name', () => {
  const trip = (line: string, close = false) =>
    [
      '# Three days on the Sallow coast',
      'By Petra Lindqvist',
      'The Sallow coast is forty miles of cliffs, coves and fishing villages, and in October it is almost empty.',
      `I stayed at the Gullhaven Hotel in Porthwin, a converted pilchard cellar on the harbour. It is the best small hotel I have stayed in, and the breakfast alone is worth the trip.${close ? ` ${line}` : ''}`,
      'On the first day I walked from Porthwin to Kellis Cove, about seven miles.',
      'The second day it rained, so I visited the Sallow Museum, which has a fine collection of ship models.',
      'On the last morning I swam in the harbour before breakfast.',
      'Rooms at the Gullhaven start at £140 a night, including breakfast.',
      close ? 'The ferry runs twice a day.' : line,
    ].join('\n\n')

  it('is her tie: her praise far from that line is an error, beside it none', () => {
    for (const line of [
      'The Gullhaven Hotel provided my stay free of charge.',
      'My stay was provided free of charge by the Gullhaven Hotel.',
    ]) {
      expect(errorsOf(trip(line))).toEqual(['material-connection-undisclosed'])
      expect(errorsOf(trip(line, true))).toEqual([])
    }
  })

  it('is no tie of the writer’s when the gift is someone else’s or the line is a thank-you', () => {
    // Look-alikes: a guest's quoted words, and a vague thank-you (its warning only).
    expect(
      errorsOf(trip('“The Gullhaven Hotel provided my stay free of charge,” one guest told me.')),
    ).toEqual([])
    expect(errorsOf(trip('With thanks to the Gullhaven Hotel for hosting my stay.'))).toEqual([])
  })

  it('covers her plain praise, not every line that names the brand', () => {
    // Look-alike: the far line names the hotel without praising it.
    const plain = trip('The Gullhaven Hotel provided my stay free of charge.').replace(
      'It is the best small hotel I have stayed in, and the breakfast alone is worth the trip.',
      'The Gullhaven Hotel also owns the bakery next door, where its bread is made.',
    )
    expect(errorsOf(plain)).toEqual([])
  })
})
