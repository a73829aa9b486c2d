import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'
import { readDocument } from '../language/document'

/** Each quote's text and speaker, in order. */
const said = (md: string): [string, string | null][] => {
  const quotes = detectQuotes(md)
  const who = attributeQuotes(md, quotes)
  return quotes.map((q, i) => [q.text, who[i]?.speaker ?? null])
}

describe('quotes and their speakers, on cases written for each behaviour', () => {
  it('gives a pronoun to the nearest person of its gender, not the nearest name', () => {
    const md = `Marisol Quent, a potter, shares the studio with Tobias Venn. He fires the kiln on Sundays.

“The glaze only behaves in winter,” she said.`
    expect(said(md)).toEqual([['The glaze only behaves in winter,', 'Marisol Quent']])
  })

  it('resolves a role noun to the person who holds the title', () => {
    const md = `Harbour Captain Ana Ruiz has watched the quay silt up for a decade. The council has promised a dredger twice.

“We are running out of water at low tide,” the captain said.`
    expect(said(md)).toEqual([['We are running out of water at low tide,', 'Ana Ruiz']])
  })

  it('reads a colon introduction after a relative clause', () => {
    const md = `Fenna Okoro, who has run the orchard since her father retired, put it plainly: “Frost in May costs us the year.”`
    expect(said(md)).toEqual([['Frost in May costs us the year.', 'Fenna Okoro']])
  })

  it('reads inverted attributions and a name after a bare role noun', () => {
    expect(said(`“The roof comes first,” said treasurer Idris Hale.`)).toEqual([
      ['The roof comes first,', 'Idris Hale'],
    ])
  })

  it('reports organisation speakers and unnamed sources as such', () => {
    const md = `Corvell Foods bought the mill in March.

“We will keep every job,” a spokeswoman for Corvell Foods said.

“Nobody believes that,” one worker said.`
    expect(said(md)).toEqual([
      ['We will keep every job,', 'Corvell Foods'],
      ['Nobody believes that,', null],
    ])
  })

  it('never takes a product, a store or a town for a speaker', () => {
    const md = `We tested the Lumo Trail 8 vest, $95, on the hills above Wexcombe.

“It stopped bouncing after the first mile,” said one tester.`
    expect(said(md)).toEqual([['It stopped bouncing after the first mile,', null]])
  })

  it('finds British single marks with double marks nested inside', () => {
    const md = `The keeper, Idris Penhale, remembers the storm. ‘My mother used to say, “The sea keeps what it’s given,” and she was right,’ he says.`
    const out = said(md)
    expect(out).toHaveLength(1)
    expect(out[0]?.[0]).toContain('The sea keeps what it’s given')
    expect(out[0]?.[1]).toBe('Idris Penhale')
  })

  it('leaves scare quotes, titles and apostrophes alone', () => {
    expect(
      said(
        `The so-called “clean” label is everywhere, and her podcast “Slow Mornings” topped the chart. The bakers’ union didn’t comment.`,
      ),
    ).toEqual([])
  })

  it('gives Q&A answers to the interviewee even when questions carry no marker', () => {
    const md = `# Soil, slowly

Agronomist Priya Ramaswamy has spent twenty years on clay soils. We spoke to her about her new book.

What got you started?

My grandfather's farm. The clay cracked every August and nobody knew why.

Do cover crops really help?

Yes, if you leave them long enough to root. Most people cut them too early.

What should a gardener do first?

Stop digging. Every time you turn the soil you break what the worms built.`
    const out = said(md)
    expect(out.map(([, s]) => s)).toEqual(['Priya Ramaswamy', 'Priya Ramaswamy', 'Priya Ramaswamy'])
    expect(out[0]?.[0]).toMatch(/^My grandfather/)
  })

  it('takes bold name labels, with the magazine as interviewer', () => {
    const md = `# Ten minutes with a glassblower

Orla Brennan makes lamps in a former chapel.

**Hearth:** How hot is the furnace?

**Brennan:** About 1,100 degrees. You stop noticing after a week.

**Hearth:** And the burns?

**Brennan:** Fewer than you'd think.`
    const out = said(md)
    expect(out.map(([, s]) => s)).toEqual(['Orla Brennan', 'Orla Brennan'])
  })

  it('continues the speaker of a quote split by an attribution', () => {
    const md = `“I paid it off in eight months,” Tomas Reyna said. “Eight months, for one repair.”`
    expect(said(md).map(([, s]) => s)).toEqual(['Tomas Reyna', 'Tomas Reyna'])
  })

  it('gives a pull quote the speaker of the body quote it repeats', () => {
    const md = `Station officer Ben Tull described the night: “We carried people out through the windows.”

> The water came up through the floor before it came under the door.

On Mill Lane, Hana Ode, 71, watched from a neighbour's window. “The water came up through the floor before it came under the door,” she said.`
    expect(said(md).map(([, s]) => s)).toEqual(['Ben Tull', 'Hana Ode', 'Hana Ode'])
  })

  it('never signs a quote with the heading after it', () => {
    const md = `“Skip the supplement aisle for now,” said Professor Ada Quill, a vet. The exception, she said, is an old dog. “Ask your vet first.”

## Teeth and joints

Most dogs need nothing extra.`
    expect(said(md).map(([, s]) => s)).toEqual(['Ada Quill', 'Ada Quill'])
  })

  it('reads who issued a statement or a review, and an institution by what it is called', () => {
    const md = `The Harlow River Authority runs the flood wall at the Millbrook estate. Residents of Millbrook were moved.

The authority said in a statement that the wall had “performed as designed”. “No defence was overtopped,” the statement said.

A 2022 review by researchers at Calloway University was blunt. The evidence was “weak and inconsistent,” the review said.`
    expect(said(md).map(([, s]) => s)).toEqual([
      'Harlow River Authority',
      'Harlow River Authority',
      'Calloway University',
    ])
  })

  it('keeps an unnamed letter writer and “the woman” unnamed', () => {
    const md = `This week's letter comes from a reader in Harlow who asked me not to use her name:

“My son still wakes at three every night. Is it cruel to stop the feed?”

A couple at the next table were regulars. ‘We come every week,’ the woman told me, ‘and the soup changes every time.’`
    expect(said(md).map(([, s]) => s)).toEqual([null, null, null])
  })

  it('reads a spokesperson introduced at the start of a sentence', () => {
    const md = `Hana Ode, a planner, called the tokens safe. A spokesperson for the Harlow Conduct Board said the board had written to firms. “No one may call these returns guaranteed,” she said.`
    expect(said(md).map(([, s]) => s)).toEqual(['Harlow Conduct Board'])
  })

  it('gives a product’s words to its maker: products do not speak', () => {
    const md = `Harlow Labs on Monday launched Quillon Night Drops, a serum the company says is “clinically proven” to soften lines.

The Tressa Juicer Max ($80) claims to “juice a whole pineapple in ten seconds.” It did not.`
    expect(said(md).map(([, s]) => s)).toEqual(['Harlow Labs', 'Tressa'])
  })

  it('finds the subject past an apposition that ends in a name', () => {
    const md = `The dough rests for a day. Dr Ines Marlow, a gastroenterologist at St Anselm’s Hospital, put it plainly: “Long rises help some guts.”`
    expect(said(md)).toEqual([['Long rises help some guts.', 'Ines Marlow']])
  })

  it('finds the interviewee a sidebar heading names by the role a possessive apposition gave', () => {
    const md = `# A fast estate car

‘We built it for wet roads,’ says Ines Marlow, Tresk’s chief engineer, who ran the rally team.

## Five minutes with the chief engineer

Q: Why no plug-in?

A: Most of our drivers do short trips.

Q: The hardest part?

A: The brakes, by far.`
    expect(said(md).map(([, s]) => s)).toEqual(['Ines Marlow', 'Ines Marlow', 'Ines Marlow'])
  })

  it('reads “the 54-year-old”, a possessive description with a name, and a council spokesman', () => {
    const md = `Ines Marlow, 54, runs the café on Quay Street with her brother, Tom Reyes.

“The water was at my knees in ten minutes,” the 54-year-old said.

Harlow Council said in a statement: “Our crews worked through the night.”

“We are getting quotes for a new door,” said Marlow's neighbour, Lila Park.

A council spokesman said: “We will review the drains.”`
    expect(said(md).map(([, s]) => s)).toEqual([
      'Ines Marlow',
      'Harlow Council',
      'Lila Park',
      'Harlow Council',
    ])
  })

  it('reads a headline that leads with a quote, “A.” labels, and a hyphenated role before a name', () => {
    const md = `# “The sea decides the menu”: a year with chef Ana Ruiz

Ana Ruiz has run the kitchen at Tide since March.

Her sous-chef, Ben Tull, agrees. “She tastes everything twice.”

Q. What was the hardest week?

A. The storm in March. No boats for nine days.

Q. And the best?

A. Opening night.`
    expect(said(md)).toEqual([
      ['The sea decides the menu', 'Ana Ruiz'],
      ['She tastes everything twice.', 'Ben Tull'],
      ['The storm in March. No boats for nine days.', 'Ana Ruiz'],
      ['Opening night.', 'Ana Ruiz'],
    ])
  })

  it('reports organisations and unnamed groups by what the attribution says', () => {
    const md = `Fellmark, the outdoor brand, recalled 4,000 pairs of boots on Friday. Harlow Police are investigating a fire at its plant.

“Customer safety comes first,” the company said in an emailed statement.

“Waterproof for life,” reads the label on every box.

“No one was hurt,” police said.

“The fire started in a storage room,” officials said.

“The recall will cost millions,” people close to the company said.

According to a company filing, “the affected batch is limited to one factory.”`
    expect(said(md).map(([, s]) => s)).toEqual([
      'Fellmark',
      'Fellmark',
      'Harlow Police',
      null,
      null,
      'Fellmark',
    ])
  })

  it('reads British single marks with a role given before the name, and a split quote', () => {
    const md = `Ben Tull has run the Skell ferry for 31 years. His daughter, Ines Tull, will take over in May.

‘My father taught me that the tide is the boss,’ she says.

The harbour master, Ada Quill, has watched both of them work.

‘She is better at the engine than he ever was,’ the harbour master said. ‘Don’t tell him.’`
    expect(said(md).map(([, s]) => s)).toEqual(['Ines Tull', 'Ada Quill', 'Ada Quill'])
  })

  it('names a public body by the words of its name, and keeps members of a group unnamed', () => {
    const md = `A gas leak closed the Brenmoor ferry terminal on Friday, the Coastal Fire and Ambulance Service said.

“Two crews stayed on site overnight and the leak is now sealed,” the ambulance service said in a statement.

Three stewards who were on shift spoke to reporters. “We smelled it at noon and nobody came,” one of them said.

“We had asked for new pipes in spring,” two of the stewards added.`
    expect(said(md).map(([, s]) => s)).toEqual(['Coastal Fire and Ambulance Service', null, null])
  })

  it('keeps the subject of a profile when an unnamed person appears in a clause about something else', () => {
    const md = `Teodora Lindqvist has painted murals in Ashby for twenty years.

She finished the station wall in May, a job one commuter called “the best thing to happen to platform two.”

She has already started on the library. “Walls are the only canvas everybody shares,” she says.`
    expect(said(md)).toEqual([
      ['the best thing to happen to platform two.', null],
      ['Walls are the only canvas everybody shares,', 'Teodora Lindqvist'],
    ])
  })

  it('gives a profile’s “she” to its subject, not to a name of unknown gender a paragraph before', () => {
    const md = `# The second act of Mireille Stroud

Mireille Stroud left the stage for six years. Stroud is back this winter with a one-woman show.

Stroud rehearses with the director Kasimir Oyelaran, who had worked with her in 2015. “She reads a scene like a lawyer reads a contract,” Oyelaran said.

She grins when I tell her. “He’s being polite. I argue with every comma.”

Stroud opens at the Vell Theatre in March.`
    expect(said(md).map(([, s]) => s)).toEqual(['Kasimir Oyelaran', 'Mireille Stroud'])
  })

  it('gives unattributed quotes under a featured expert’s picks to that expert', () => {
    const md = `# Five cheeses for a winter board

Cheesemonger Halvard Brekke on what he keeps on the counter in December.

“Buy less and buy better,” says Brekke, who runs the counter at Orrin Market. “A board with three good cheeses beats one with eight tired ones.”

He has one rule for serving. “Take it out of the fridge an hour before,” he says.

Here are his picks.

## The board

**Tollund Blue, £6.20 per 100g**

“Salty, creamy and very forgiving with pears.”

**Askeby Aged Gouda, £4.80 per 100g**

“Crunchy crystals, caramel at the end, kids love it.”`
    expect(said(md).map(([, s]) => s)).toEqual([
      'Halvard Brekke',
      'Halvard Brekke',
      'Halvard Brekke',
      'Halvard Brekke',
      'Halvard Brekke',
    ])
  })

  it('finds what a person called something, but not a title, nor words listed as labels', () => {
    const md = `The chef added a smoked broth, a dish one diner called “worth the drive, honestly.” Her podcast, a show called “Kitchen Hours,” airs weekly.

Packets labelled “natural” or “pure” sell best, the grocer said.`
    expect(said(md)).toEqual([['worth the drive, honestly.', null]])
  })

  it('reads a first-person column: the writer’s “I”, a relative, a caption’s own speaker, an unsigned pull quote', () => {
    const md = `# A winter of sea swimming

By Dagny Orteza-Bell

*Photograph: Ulrich Fenn at the slipway. “Cold is a habit,” he says.*

I started swimming at Tarrow Cove in October. “Is this a good idea?” I asked the lifeguard, Maren Solt, on my first morning. She laughed.

My brother, who swims in a wetsuit and is proud of it, came once. “You look like a boiled prawn,” he said.

Maren has since taught me to breathe out slowly. I now go in most days, and my hands have stopped aching.

> The sea does not care how you feel about it. That is the whole point.

By March I could manage twenty minutes.`
    expect(said(md).map(([, s]) => s)).toEqual([
      'Ulrich Fenn',
      'Dagny Orteza-Bell',
      null,
      'Dagny Orteza-Bell',
    ])
  })

  it('leaves a block quote introduced by an unnamed source unnamed, even in a first-person piece', () => {
    const md = `By Sefton Ruiz-Amal

I posted my bread recipe last week and my inbox filled up. I tried to answer every message. I learnt a lot. One reader summed it up:

> My starter died twice before I read your post. Now it has a name.`
    expect(said(md).map(([, s]) => s)).toEqual([null])
  })

  it('reads an organisation speaking as “it”, and a spokesman for a council the text never names', () => {
    const md = `Dunmere Buses cut six routes on Friday.

The operator, which runs most services in the valley, said fuel costs had doubled. “We cannot run empty buses,” it said in a statement.

The note on the depot door was blunt. It said: “No drivers today.”

A county council spokeswoman said the cuts were being reviewed. “We have asked for the data,” the spokeswoman said.`
    expect(said(md).map(([, s]) => s)).toEqual(['Dunmere Buses', null, 'the council'])
  })

  it('leaves the words on a sign or a banner out, and reads a speech verb in -ing', () => {
    const md = `At the gate, the park board’s notice board is stern, and the warden’s sign is blunter: “Dogs on leads beyond this point.”

Marit Holloway came out with her daughter, complaining that it was “far too cold for a picnic.” Above them a banner proclaims: “Welcome to Ferndale Woods.”`
    expect(said(md)).toEqual([['far too cold for a picnic.', 'Marit Holloway']])
  })

  it('keeps a quote that ends in a nested quote, and a spokesperson of one section out of the next', () => {
    const md = `## The Tarnby

Tested by Osman Villiers-Quah. “The strap frayed in a week,” Villiers-Quah says.

“We have changed the supplier,” a Tarnby spokesperson said.

## The Eskdale

The lightest of the four, and the one he liked. “I forgot I was wearing it,” he says. “My daughter asked me, ‘Where’s your bag?’”`
    expect(said(md)).toEqual([
      ['The strap frayed in a week,', 'Osman Villiers-Quah'],
      ['We have changed the supplier,', 'Tarnby'],
      ['I forgot I was wearing it,', 'Osman Villiers-Quah'],
      ['My daughter asked me, ‘Where’s your bag?’', 'Osman Villiers-Quah'],
    ])
  })

  it('resolves a role title given in an apposition with a possessive', () => {
    const md = `Wenna Castellane, the academy's headteacher, met parents on Monday. Tomas Reed, a governor, sat beside her.

“We will reopen the east wing on Friday,” the headteacher said.`
    expect(said(md).map(([, s]) => s)).toEqual(['Wenna Castellane'])
  })

  it('reads “according to” after a quote, a subject past an opening phrase, and “wrote one”', () => {
    const md = `Piet Harmsen spoke first at the meeting. “The numbers do not add up,” according to Ottilie Vance, the treasurer.

Asked about the fine, Piet Harmsen shrugged. “Everyone pays one eventually.”

Letters came in their hundreds. “Bring back the tide tables,” wrote one.`
    expect(said(md).map(([, s]) => s)).toEqual(['Ottilie Vance', 'Piet Harmsen', null])
  })

  it('reads a Q&A with two interviewees, one labelled once, and answers on the question’s line', () => {
    const founders = `# The founders

We spoke to Lena Morrow and Omar Castell, who started Tidewell Sails in 2019.

**How did you meet?**

**Morrow:** At a boat show.

**Castell:** She sold me a rope.

**Who runs the money?**

**Castell:** I do. She runs everything else.`
    expect(said(founders)).toEqual([
      ['At a boat show.', 'Lena Morrow'],
      ['She sold me a rope.', 'Omar Castell'],
      ['I do. She runs everything else.', 'Omar Castell'],
    ])
    const inline = `# Quick questions

Interview with chef Mara Quell.

Q: Favourite knife? A: A cheap one that's sharp.

Q: Worst kitchen habit? A: Tasting with my fingers.`
    expect(said(inline)).toEqual([
      ["A cheap one that's sharp.", 'Mara Quell'],
      ['Tasting with my fingers.', 'Mara Quell'],
    ])
  })

  it('gives a headline’s pull quote the body speaker it repeats, and reads ’n’ as apostrophes', () => {
    const md = `# “Nobody asked the parents”: Ashby families fight school merger

Families at Ashby Primary say they were not consulted. “Nobody asked the parents,” said Ruth Amadi-Lowe, whose twins start there in September.

‘It was rock ’n’ roll at the last meeting,’ says Moira Pettigrew.`
    expect(said(md).map(([, s]) => s)).toEqual([
      'Ruth Amadi-Lowe',
      'Ruth Amadi-Lowe',
      'Moira Pettigrew',
    ])
  })

  it('never gives a quote to a person its own words name, and reads “the study’s lead author”', () => {
    const profile = `Odile Ferrand opened her bakery in 2019. Ferrand bakes through the night and she sleeps in the afternoons.

Her miller, Kit Moreau, delivers at 3 a.m. “Odile is the only customer who is always awake,” Moreau said.

“Kit is the only miller who is always on time,” she says.`
    expect(said(profile).map(([, s]) => s)).toEqual(['Kit Moreau', 'Odile Ferrand'])
    const science = `The trial was led by Dr. Amara Lindqvist of the Corran Institute. “We saw a clear effect in the first week,” the study's lead author said.`
    expect(said(science).map(([, s]) => s)).toEqual(['Amara Lindqvist'])
  })

  it('reads an inverted introduction with the verb first', () => {
    const md = `Wenna Ruiz-Tal has read every lease in the street. Says Ruiz-Tal: “Nobody reads the small print.”`
    expect(said(md).map(([, s]) => s)).toEqual(['Wenna Ruiz-Tal'])
  })

  it('reads a signature after a dash on the quote’s own line', () => {
    const md = `What readers told us:

- “It changed my mornings.” — Hana Okafor-Reid, Leeds
- “Worth every penny.” — Tomas Reyes-Vidal, Cork`
    expect(said(md).map(([, s]) => s)).toEqual(['Hana Okafor-Reid', 'Tomas Reyes-Vidal'])
  })

  it('takes a gender from the pronouns of the name’s own paragraph, not the next one’s subject', () => {
    const md = `# The quiet bindery of Wenna Saltmarsh

Wenna Saltmarsh has bound books by hand for thirty years. She works alone most mornings.

Her assistant, Corvin Ashdale, joined in spring. He is 24 and came from a print shop. Some of the leather on the shelves was tanned before Corvin Ashdale was born.

She is wary of glue guns. Machine-sewn spines, she says, “split in a winter and look it,” and she will not stock them.`
    expect(said(md).map(([, s]) => s)).toEqual(['Wenna Saltmarsh'])
  })

  it('gives the answer to a short question of the writer’s to the one who just spoke', () => {
    const md = `Oren Falk-Rainey runs the ferry's engine room with two mechanics.

“The old diesel still starts first time,” he says.

Every time?

“Every single time. Even in January.”

Captain Lise Moberg is less sure. “It smokes like a chimney,” she says.`
    expect(said(md).map(([, s]) => s)).toEqual([
      'Oren Falk-Rainey',
      'Oren Falk-Rainey',
      'Lise Moberg',
    ])
  })

  it('lets no one the quote itself mentions take the pronoun of its attribution', () => {
    const md = `Petra Vallance, who opened the bakery in 2020, says it now feeds half the village.

“Before the bakery there was nowhere for a teenager to earn a wage,” she says. “Now there is.”`
    expect(said(md).map(([, s]) => s)).toEqual(['Petra Vallance', 'Petra Vallance'])
  })

  it('reads no attribution into the sentence after a quote that ends its own sentence', () => {
    const md = `Tamsin Orr | Columnist

A spokeswoman for Harlow Borough Council told me the report would come "before the summer." When I pointed out that summer had ended, she said she would check.`
    expect(said(md).map(([, s]) => s)).toEqual(['Harlow Borough Council'])
  })

  it('gives "he" to the outside expert, not to the university he works at', () => {
    const md = `Dr. Tavish Orlo, a professor of nutrition at the University of Wendmere who was not involved in the trial, called it “promising.”

He also noted that the volunteers were young. “You can't assume it works for everyone,” he said.`
    expect(said(md).map(([, s]) => s)).toEqual(['Tavish Orlo', 'Tavish Orlo'])
  })

  it('reads a quote whose words sound like page furniture ("sign up", "subscribe") as a quote', () => {
    const md = `Dr. Oren Hale, a statistician, was cautious.

“Six weeks is short, and the people who sign up for a trial like this are keener than most,” he said.`
    expect(said(md)).toEqual([
      [
        'Six weeks is short, and the people who sign up for a trial like this are keener than most,',
        'Oren Hale',
      ],
    ])
  })

  it('gives a colon introduction to the person named with where they work, not to the workplace', () => {
    const md = `Cardiologist Dr. Wenna Price of the Tollbridge Heart Clinic put it this way: "Salt is the quiet one. Nobody feels it until they do."`
    expect(said(md).map(([, s]) => s)).toEqual(['Wenna Price'])
  })

  it('never gives "she" to a street: a name ending in Row, Terrace, Mews … is a place', () => {
    const md = `Ysolde Karrow-Finch trained as a welder and spent her twenties on oil rigs.

When the foundry closed, she came home to run her uncle's forge on Millbank Row for what she assumed would be a summer.

“The iron decides how fast you go,” she says.`
    expect(said(md).map(([, s]) => s)).toEqual(['Ysolde Karrow-Finch'])
  })

  it('types a product by a participle apposition, so "the company" beside it is its maker, not a school', () => {
    const md = `Volunteers drank Pellana Tonic, a fermented ginger drink, for a month. Dr. Aune Selby, a dietitian who advises Pellana on its labels, said the results were modest. “It is a small study,” she said.

Pellana Tonic was tested by the Dunmere School of Medicine and costs £3 a bottle. The company says on the label that it “soothes the gut,” a wording no regulator checks.

The study was paid for by Pellana Drinks.`
    const [expert, maker] = said(md).map(([, s]) => s)
    expect(expert).toBe('Aune Selby')
    // The brand's company, by its full name or its brand word.
    expect(maker).toMatch(/^Pellana(?: Drinks)?$/)
  })

  it('reads words inside British single marks as introducing no one', () => {
    const md = `Councillor Efa Rhydderch, who sits on the housing board, says the hall matters. ‘For some tenants this is the only place they’ll talk to another person all week,’ she says. ‘Close it and you close that.’`
    expect(said(md).map(([, s]) => s)).toEqual(['Efa Rhydderch', 'Efa Rhydderch'])
  })

  it('gives a headline quote the speaker of the body quote it repeats, even one attributed by continuation', () => {
    const md = `‘We just kept baking’: the village oven that never went cold

By Hesper Lund

Marta Ilves runs the parish hall. Marta Ilves chairs the fete. Marta Ilves, everyone agrees, holds the keys. Marta Ilves laughed at the idea of a fuss.

Osric Vell, the baker, remembers the snow. ‘It was the worst winter I can recall,’ Vell said. ‘We just kept baking. Nobody asked us to.’`
    expect(said(md)[0]).toEqual(['We just kept baking', 'Osric Vell'])
  })

  it('gives a heading that only quotes to the person its section quotes first', () => {
    const md = `The lighthouse trust says the lamp now runs on solar panels, according to the Coastal Lights Board.

## “I kept the lamp lit”

Orla Penhale, 64, a retired keeper from the headland, spent thirty winters on the rock.

“Some nights the only light for forty miles was ours,” she said.`
    expect(said(md).map(([, s]) => s)).toEqual(['Orla Penhale', 'Orla Penhale'])
  })

  it('reads "a commission spokesperson" as speaking for the commission the text named', () => {
    const md = `The Tarrow Valley Water Commission closed the reservoir on Monday after the dam's sensors failed.

A commission spokesperson said the report would follow “once the engineers have finished their survey.”`
    expect(said(md).map(([, s]) => s)).toEqual(['Tarrow Valley Water Commission'])
  })

  it('gives "her son said" to the son the text named, not to "her"', () => {
    const md = `Maren Oakes ran the ferry café for forty years. Her death was confirmed by her son, Tobin Oakes. Her friend Dilys Crane ran the bakery next door.

“She made the tea too strong on purpose,” her son said.

Her sister lives in Cardiff. “Maren never sat down,” her sister said.`
    expect(said(md).map(([, s]) => s)).toEqual(['Tobin Oakes', null])
  })

  it('gives a quote after a sentence that ends by saying who said it to that speaker', () => {
    const md = `Ilka Renn, a ferry skipper, remembers the storm. Her brother, Tam Renn, was on deck.

Ilka never once panicked, her brother said. “She held the boat like a table.”`
    expect(said(md).map(([, s]) => s)).toEqual(['Tam Renn'])
  })

  it('introduces no one by a person under a negation or by a relative of the other gender', () => {
    const md = `Ysolde Penhallow was born in 1950 above a bakery. Her father, a fisherman, took her to sea at six. When she applied to the lifeboat crew, the station had never taken on a woman.

“They said come back when I could lift an anchor,” she told the parish magazine.`
    expect(said(md).map(([, s]) => s)).toEqual(['Ysolde Penhallow'])
  })

  it('reads "one deckhand", "a fisherman" as unnamed sources by their endings', () => {
    const md = `“The nets came up empty,” one deckhand said. “Third day running, and the boat still owes money.”`
    expect(said(md).map(([, s]) => s)).toEqual([null, null])
  })

  it('takes no gender from a pronoun about someone else in the sentence', () => {
    const md = `Osric Lenn, 61, of Upper Brack, admitted the theft.

Magistrate Elin Varo told him he had "let down every neighbour he had." She added: "You will repay all of it."

A shopkeeper who worked beside Lenn for years said she was not surprised. "He always counted twice," she said.`
    expect(said(md).map(([, s]) => s)).toEqual(['Elin Varo', 'Elin Varo', null])
  })
})

describe('a person in a comparison is nobody a pronoun turns to', () => {
  it('does not take "she" to the class a record is compared against', () => {
    const md = `Noor Halsey won the hill climb on Sunday.

Her time is the fastest by a woman from the county this year, and the first by a rider under twenty.

“The last bend nearly had me,” she said.`
    expect(said(md).map(([, who]) => who)).toEqual(['Noor Halsey'])
  })

  it('still takes an unnamed person who is the subject', () => {
    const md = `The queue reached the bridge by noon.

A woman near the front had camped overnight. “I wanted the first loaf,” she said.`
    expect(said(md).map(([, who]) => who)).toEqual([null])
  })

  it("keeps a rank word inside an institution's name: it is no title there", () => {
    const md = `Dr. Oren Falke, a surgeon at Pellmore General Hospital who was not involved, said the result was modest.

“I would not change my practice on this,” he said.`
    expect(said(md)).toEqual([['I would not change my practice on this,', 'Oren Falke']])
  })

  it('gives a pronoun to the person a sentence types, not a name it never typed', () => {
    const md = `Among the speakers was Tavi Rendle, who cycles past Orwick Grammar on the way to work.

“The crossing is the worst part,” he told the board.`
    expect(said(md)).toEqual([['The crossing is the worst part,', 'Tavi Rendle']])
  })

  it('reads a name that modifies a role noun as the role, and the person after it as the speaker', () => {
    const md = `Harbour Board member Lusia Teague, who has sat on the board since 2019, called the plan “a start, and only a start.”

Rowing club captain Femi Adair, who took over in May, said: “We train before dawn.”`
    expect(said(md)).toEqual([
      ['a start, and only a start.', 'Lusia Teague'],
      ['We train before dawn.', 'Femi Adair'],
    ])
  })

  it('takes an apposition as describing the person just named, not someone new', () => {
    const md = `We set off with Tomas Marrow, a local ferryman who has crossed the sound for thirty years.

“The tide decides everything,” he said.`
    expect(said(md)).toEqual([['The tide decides everything,', 'Tomas Marrow']])
  })

  it('leaves a source who asked not to be named unnamed, whoever was named before', () => {
    const md = `Petra Lund has sold fish on the quay for 20 years. She was blunt: “Nobody asked us.”

The owner of the corner bakery, who asked not to be identified because she rents from the council, said the queues would start at six. “It will be chaos,” she said.`
    expect(said(md)).toEqual([
      ['Nobody asked us.', 'Petra Lund'],
      ['It will be chaos,', null],
    ])
  })

  it('leaves a source who asked not to be named unnamed whatever noun introduces them', () => {
    const night = `Dr. Tobias Wrenfield, a chemist at Halloway College, tested the samples.

One former night porter at the depot, who asked not to be named because he still lives nearby, said the alarms were switched off. “Nobody wanted the noise,” he said.`
    expect(said(night)).toEqual([['Nobody wanted the noise,', null]])
    const crew = `Skipper Anneka Holm led from the start.

A cox from a rival crew, who did not want to be identified, said the buoys had drifted. ‘The course was short,’ she said. ‘Everyone saw it.’`
    expect(said(crew)).toEqual([
      ['The course was short,', null],
      ['Everyone saw it.', null],
    ])
  })

  it('makes no unnamed person of a body that withholds someone else’s name', () => {
    // "declined to name the buyer" keeps another's name back, and British English writes "who"
    // after a body: the later "she" is still the farmer's.
    const farm = `Greta Holloway ran sheep on the fell for thirty years. The bank, who declined to name the buyer, confirmed the sale on Monday. “I cried when I signed,” she said.`
    expect(said(farm)).toEqual([['I cried when I signed,', 'Greta Holloway']])
    const club = `Ines Barrow has coached the girls’ side since 2019. The club, who declined to name the new sponsor, said the kit would change in August. “The girls deserve it,” she said.`
    expect(said(club)).toEqual([['The girls deserve it,', 'Ines Barrow']])
    const council = `Moira Tennant has run the library for a decade. The council, who asked not to be named in the dispute, said the building would be sold. “We were told last,” she said.`
    expect(said(council)).toEqual([['We were told last,', 'Moira Tennant']])
  })

  it('does not take a word capitalised by its sentence for the short form of a later name', () => {
    const kite = `Anouk Verhey got her kitesurfing licence at forty and has gone out every summer since.

Kitesurfing has a poor safety record, and she does not hide it. “Check the wind twice,” she says.

- School: Open Sky Kitesurfing, Carrick`
    expect(said(kite)).toEqual([['Check the wind twice,', 'Anouk Verhey']])
    const bees = `Rosalind Venner keeps forty hives on the ridge. She took a beekeeping course in 2015.

Beekeeping looks gentle, but she has been stung hundreds of times. “Wear the gloves,” she says.

- Business: Hillcrest Beekeeping, Tarrow`
    expect(said(bees)).toEqual([['Wear the gloves,', 'Rosalind Venner']])
  })

  it('keeps a quote that ends its sentence with that sentence, not the next one’s speaker', () => {
    const growers = `The Coastal Growers Association, which speaks for 200 farms, warned that the levy “will close the small orchards first.” Its chair, Tobias Fenwick, said members had not been consulted.`
    expect(said(growers)).toEqual([
      ['will close the small orchards first.', 'Coastal Growers Association'],
    ])
    const pumps = `Maren Holt told the inquiry that the pumps “were never serviced after the flood.” Her deputy, Idris Calloway, said the logbooks were lost.`
    expect(said(pumps)).toEqual([['were never serviced after the flood.', 'Maren Holt']])
  })

  it('gives a spokesperson to the organisation the writer put the question to', () => {
    const car = `By Ana Pell

The car park on Quay Street has been shut since June. I asked Harnwick District Council why it had closed. A spokesperson said the surface “was no longer safe for vehicles.”`
    expect(said(car)).toEqual([['was no longer safe for vehicles.', 'Harnwick District Council']])
    const ferry = `Tolley Borough Council voted on Tuesday. The Wend Valley Ferry Company has run the crossing since 1988.

I wrote to the ferry company on Friday. A spokeswoman said the timetable “will return to normal next week.”`
    expect(said(ferry)).toEqual([['will return to normal next week.', 'Wend Valley Ferry Company']])
    const clinic = `Harbury Health Trust runs the clinic. I emailed the trust on Tuesday. A spokesperson said the clinic “will reopen in the spring.”

I put those figures to Marrow Water. A spokesman said the charges “reflect the cost of the new works.”`
    expect(said(clinic)).toEqual([
      ['will reopen in the spring.', 'Harbury Health Trust'],
      ['reflect the cost of the new works.', 'Marrow Water'],
    ])
  })

  it('gives what “it” says to whoever issued the document just named', () => {
    const wall = `Tolley Borough Council wants to rebuild the sea wall. Brenna Ruiz, who chairs the residents' group, called the plan “reckless and rushed.”

I read the council's own flood assessment. It says the wall “will need replacing within a decade,” and it warns that the cost “could double if work is delayed.”`
    expect(said(wall)).toEqual([
      ['reckless and rushed.', 'Brenna Ruiz'],
      ['will need replacing within a decade,', 'Tolley Borough Council'],
      ['could double if work is delayed.', 'Tolley Borough Council'],
    ])
    const rail = `Calder Rail runs the branch line. Passengers have complained for years, and Omar Quill, who commutes daily, said the trains were “a disgrace.”

Last month I obtained the operator's internal audit. It notes that the signals “had not been checked since 2019.”`
    expect(said(rail)).toEqual([
      ['a disgrace.', 'Omar Quill'],
      ['had not been checked since 2019.', 'Calder Rail'],
    ])
  })

  it('reads a plain paragraph after “reads:” or “wrote:” as the words reproduced', () => {
    const caption = `A video by the baker Oriel Famuyiwa, who has 300,000 followers, shows her shaping loaves at dawn. The caption reads:

Sourdough at 5am again. Nothing beats this crust. #bread #ad

Asked about it, her agent said the post was paid for.`
    expect(said(caption)).toEqual([
      ['Sourdough at 5am again. Nothing beats this crust. #bread #ad', 'Oriel Famuyiwa'],
    ])
    const forum = `Councillor Dev Raman replied on the residents' forum within the hour. He wrote:

The bins will be collected on Tuesday as normal. I apologise for the confusion.

Residents were not convinced.`
    expect(said(forum)).toEqual([
      [
        'The bins will be collected on Tuesday as normal. I apologise for the confusion.',
        'Dev Raman',
      ],
    ])
    // A sign's words are no one's speech, and a recipe after a colon is the writer's own text.
    expect(
      said(`The warden put a sign at the gate. The sign reads:

No dogs beyond this point.

Here's the version I make at home:

Two cups of flour, one of water, a pinch of salt.`),
    ).toEqual([])
  })

  it('reads no label, notice or box-out after “reads:” or “read:” as words reproduced', () => {
    expect(
      said(`We tried the new rye crackers. The wrapper on the side reads:

Contains sesame. Store in a cool, dry place and eat within a week of opening.

Recommended read:

The Carrow Bakers' Guild has a free guide to rye flour on its website.

Our weekend read:

A long history of the town's windmills, by the Carrow Heritage Society.`),
    ).toEqual([])
  })

  it('reads a plain paragraph after a label line naming a person’s writing (“Her caption:”) as hers', () => {
    const kayak = `Tamsin Orrell paddles the estuary every morning and films it for 80,000 followers. Her caption:

Fog on the water and not a soul about. This dry bag from Harbourline has never leaked once.

The post was viewed 200,000 times.`
    expect(said(kayak)).toEqual([
      [
        'Fog on the water and not a soul about. This dry bag from Harbourline has never leaked once.',
        'Tamsin Orrell',
      ],
    ])
    const baker = `Gideon Marsh, a baker in Corrow, was asked online why his rye loaf takes so long. His reply:

Rye needs two days. Nothing quicker tastes the same, and I won't cut corners.

Nuala Brisk put a photo of her allotment online on Sunday. The caption:

First frost, and the kale is still standing. Best seeds I've ever bought.`
    expect(said(baker)).toEqual([
      [
        "Rye needs two days. Nothing quicker tastes the same, and I won't cut corners.",
        'Gideon Marsh',
      ],
      ["First frost, and the kale is still standing. Best seeds I've ever bought.", 'Nuala Brisk'],
    ])
    const full = `Orla Venning, a climber, posted a photo from the crag at dawn. Orla Venning's Instagram caption, in full:

Cold rock, warm hands. These gloves from Ridgeway are the only ones I trust.`
    expect(said(full)).toEqual([
      [
        'Cold rock, warm hands. These gloves from Ridgeway are the only ones I trust.',
        'Orla Venning',
      ],
    ])
    const line = `Petra Lusk runs a cycling channel from her shed in Marrow.

Her post:

New tyres from Velt this week. Not one puncture on the gravel, which never happens.`
    expect(said(line)).toEqual([
      [
        'New tyres from Velt this week. Not one puncture on the gravel, which never happens.',
        'Petra Lusk',
      ],
    ])
  })

  it('reads no label, menu, list or box-out after a label line as words reproduced', () => {
    expect(
      said(`We tried the new oat bars from Pelling Foods. Ingredients:

Oats, honey, sunflower seeds, salt.

The label:

Store in a cool, dry place.

The menu:

Leek soup, then rabbit pie, then a plum tart.

Worth a read:

The Carrow Walkers' Club has a free map of the coast path on its website.`),
    ).toEqual([])
  })

  it('reads no news label without an owner ("The update:", "The statement:") as words reproduced', () => {
    expect(
      said(`The harbour board met on Tuesday night. The update:

The new pontoon will cost £1.2 million and open next spring, officials said.

A note on the schedule. The statement:

Works begin in March and the quay road closes for six weeks.`),
    ).toEqual([])
  })

  it('keeps the subject as “she” over a business named in apposition to its noun', () => {
    const kite = `Mira Tollund got her kiting licence at forty. Her school, Open Sky Kiting, sits above the bay.

“Check the wind twice,” she says.`
    expect(said(kite)).toEqual([['Check the wind twice,', 'Mira Tollund']])
    const rowing = `Ida Brannock has coached rowers for twenty years. In 2019 she founded a club, Tidewater Sculling, on the old quay.

“Nobody is too old to start,” she says.`
    expect(said(rowing)).toEqual([['Nobody is too old to start,', 'Ida Brannock']])
  })

  it('keeps a person named after a fronted phrase with a venue noun a person', () => {
    const bench = `The quietest bench in the gallery, Corin Maddox maintains, is the one under the skylight. He has drawn there since 1990.

“The light is honest there,” he says.`
    expect(said(bench)).toEqual([['The light is honest there,', 'Corin Maddox']])
    const club = `Everyone at the club, Petra Loame included, stayed for the vote. “We owed him that much,” she said.`
    expect(said(club)).toEqual([['We owed him that much,', 'Petra Loame']])
  })

  it('keeps a name that is also an ordinary word as the speaker: a charity, an unlisted first name’s surname', () => {
    const refuge = `Women in Tarrow now wait six weeks for a place in a refuge, up from two last year.

Refuge, the domestic abuse charity, said the county had lost a third of its beds. “Women are being sent back to danger,” it said.`
    expect(said(refuge)).toEqual([['Women are being sent back to danger,', 'Refuge']])
    const banks = `The river burst its banks twice last winter. The last boatyard on the quay belongs to Leofric Banks.

Banks rebuilt the slipway in 2003. Mara Quill, who sells bait from the hut next door, doubts it will survive another flood.

Banks said: “The water always wins in the end.”`
    expect(said(banks)).toEqual([['The water always wins in the end.', 'Leofric Banks']])
  })

  it('gives a pronoun to the person who opens the sentence, not a possessive inside it', () => {
    const md = `Mara Keane scored twice; she now has 19 goals this season.

Wen Adair, who has coached the juniors since 2015, had brought the trophy, still wrapped in Keane’s scarf.

“They earned every bit of it,” she said.`
    expect(said(md)).toEqual([['They earned every bit of it,', 'Wen Adair']])
  })

  it('names the first of two people who share a surname in full', () => {
    const md = `The storm took the roof off Marta and Jonas Velde’s barn in March. Marta did the sums that night.

“We could rebuild or we could sell,” she says.

For the Veldes, the answer came in June. “We stayed,” Marta says.`
    expect(said(md)).toEqual([
      ['We could rebuild or we could sell,', 'Marta Velde'],
      ['We stayed,', 'Marta Velde'],
    ])
  })

  it('reads a signature after a hyphen typed for a dash', () => {
    const md = `Ana Ruiz fitted her own radiators. “It took a weekend,” she says.

“Most leaks start at the valve, not the pipe. Check it first.” - Idris Hale, plumber, Carrow Heating`
    expect(said(md)).toEqual([
      ['It took a weekend,', 'Ana Ruiz'],
      ['Most leaks start at the valve, not the pipe. Check it first.', 'Idris Hale'],
    ])
  })

  it('reads a surname that is also a verb, opening a sentence before "said", as a name', () => {
    const md = `Commissioner Oren Quell voted against the fee.

Administrator Tomas Reyes said the credits would help, he said.

Quell said he would raise it again next year. "Probably not," he said of his chances.`
    expect(said(md)).toEqual([['Probably not,', 'Oren Quell']])
  })

  it('resolves "the chamber" to the organisation whose head noun it is', () => {
    const md = `The lone vote against came from Commissioner Oren Quell, who said he opposed the fee.

The Harlow County Chamber of Commerce had asked the board to delay the vote. In a letter read into the record, the chamber said its members were "not against the plan" but wanted more time.`
    expect(said(md)).toEqual([['not against the plan', 'Harlow County Chamber of Commerce']])
  })

  it('gives a quote to the subject of the clause its verb is in, not the sentence’s first name', () => {
    const md = `The Corrow Lantern, the brand’s rear light, is bright, and I trust it, because a cyclist at the lights once told me it was “frankly blinding.”

Ana Ruiz, who left because the pay was low, said: “I would go back tomorrow.”`
    expect(said(md)).toEqual([
      ['frankly blinding.', null],
      ['I would go back tomorrow.', 'Ana Ruiz'],
    ])
  })

  it('never takes the credited interviewer for the interviewee of a Q&A', () => {
    const md = `# A glassblower on heat

**Maren Tolvik has blown glass in Skerra for thirty years and runs the island’s only furnace.**

*Interview by Oskar Lind. This conversation has been edited for length and clarity.*

How hot does the furnace run?

About 1,100 degrees, day and night. Turning it off would crack the lining.

Do you ever take a holiday?

Once, in 2019. I came back to a cold furnace and a bill for a new lining.

What do visitors ask most?

Whether it hurts. It does, now and then.`
    expect(said(md).map(([, who]) => who)).toEqual(['Maren Tolvik', 'Maren Tolvik', 'Maren Tolvik'])
  })
})

describe('a spokesperson whose organisation is named only by a noun, or not at all', () => {
  it('gives "a spokesperson said" to the organisation the sentence before is about', () => {
    expect(
      said(
        `Corran Foods, which makes Brindle oats, said the study backed its claims. "We welcome the result," a spokesperson said.`,
      ),
    ).toEqual([['We welcome the result,', 'Corran Foods']])
    expect(
      said(
        `Tolland Rail said on Friday that the timetable would change in May. “Nobody will lose a train,” a spokeswoman said.`,
      ),
    ).toEqual([['Nobody will lose a train,', 'Tolland Rail']])
  })

  it('gives "a spokesperson for the centre" to the organisation whose name ends in that noun', () => {
    expect(
      said(
        `The Harwick Debt Advice Centre, a charity, says to read the terms first. "No account suits everyone," a spokesman for the centre said.`,
      ),
    ).toEqual([['No account suits everyone,', 'Harwick Debt Advice Centre']])
    expect(
      said(`A spokeswoman for the trust, the Penrock Moorland Trust, did not comment.

Penrock Moorland Trust wardens closed the path in March. “The ground needs a year,” a spokeswoman for the trust said.`),
    ).toEqual([['The ground needs a year,', 'Penrock Moorland Trust']])
  })

  it('keeps a spokesperson unnamed when no organisation is in view', () => {
    expect(said(`Prices rose again in June. “It is a hard time,” a spokesman said.`)).toEqual([
      ['It is a hard time,', null],
    ])
  })
})

describe('a relative clause between a name and its verb of saying', () => {
  it('gives the reported speech to the person the clause describes, not a body named in it', () => {
    expect(
      said(
        `Tansy Orrell, who sits for the valley on Brackwater District Council, said the residents had been left ‘angry and tired of waiting’.`,
      ),
    ).toEqual([['angry and tired of waiting', 'Tansy Orrell']])
    expect(
      said(
        `Dr Omar Kessel, who advised the Fenwick Water Board until 2022, told the inquiry the pipes were "older than anyone admits."`,
      ),
    ).toEqual([['older than anyone admits.', 'Omar Kessel']])
  })
})

describe('phrases that introduce nobody a pronoun could turn to', () => {
  it('reads a proportion ("one in five people") as part of a group, not an unnamed person', () => {
    expect(
      said(
        `Imogen Vale is a GP. About one in four people in the spray group reported a dry throat, against one in 30 on the dummy spray. "If it stings, stop," she said.`,
      ),
    ).toEqual([['If it stings, stop,', 'Imogen Vale']])
    expect(
      said(
        `Maren Quist runs the hostel. Nearly one in three guests in July came by bike, and one in ten stayed a week. "They stay longer than drivers," she says.`,
      ),
    ).toEqual([['They stay longer than drivers,', 'Maren Quist']])
  })

  it('reads a second apposition joined by "and" as describing the person just named', () => {
    expect(
      said(
        `Nils Arbo, a tree surgeon in Wexcombe and a member of the Arboricultural Guild of Lanmere, said he would not fell the oak. "It has another century in it," he said.`,
      ),
    ).toEqual([['It has another century in it,', 'Nils Arbo']])
    expect(
      said(
        `Tove Rahn, a vet in Ashby and a member of the Northern Kelpie Society, said she had never seen the tick before. “It arrived with the warm winters,” she said.`,
      ),
    ).toEqual([['It arrived with the warm winters,', 'Tove Rahn']])
  })
})

describe("a name's gender is not taken from someone else acting on them", () => {
  it('reads "the dinghy she rebuilt for him" as another person acting on the one named', () => {
    expect(
      said(
        `Marta Velho builds boats in a shed by the river. One client, Ishaan Quarrie, still sails the dinghy she rebuilt for him in 2019. “It leaks, and I love it,” he told me.`,
      ),
    ).toEqual([['It leaks, and I love it,', 'Ishaan Quarrie']])
    expect(
      said(
        `Marta Velho builds boats in a shed by the river. Her cousin, Piran Orrow, owns the timber yard, and she buys from him at cost. “She haggles anyway,” he says.`,
      ),
    ).toEqual([['She haggles anyway,', 'Piran Orrow']])
  })

  it('still reads "X says she told him" as X', () => {
    expect(said(`Dara Penhale says she told him to leave. "It was time," she said.`)).toEqual([
      ['It was time,', 'Dara Penhale'],
    ])
  })
})

describe('an occupation in -master or -mistress used as a title', () => {
  it('splits it off the name, so "the harbourmaster" is the person given that title', () => {
    expect(
      said(
        `Harbourmaster Eda Lunn checked the pontoon at dawn. The harbourmaster said it was ‘safe for now’ but needed work.`,
      ),
    ).toEqual([['safe for now', 'Eda Lunn']])
    expect(
      said(
        `Stationmaster Corin Dale has run Ashby Halt since 2011. Trains were cancelled twice this week. “We have no staff to spare,” the stationmaster said.`,
      ),
    ).toEqual([['We have no staff to spare,', 'Corin Dale']])
  })
})

describe("a companion's noun before a one-word name", () => {
  it('makes "my swim buddy Fen" a person who speaks and whom "she" can mean', () => {
    expect(
      said(`The robes are warm. My swim buddy Fen has a motto I now repeat to everyone: "If you are thinking about it, clip in." She has swum here for years.

Fen is less careful. "The cold is half the fun," she says.`),
    ).toEqual([
      ['If you are thinking about it, clip in.', 'Fen'],
      ['The cold is half the fun,', 'Fen'],
    ])
    expect(
      said(
        `The van is old. Our flatmate Jory has one rule for the road: “Never trust the fuel gauge.”`,
      ),
    ).toEqual([['Never trust the fuel gauge.', 'Jory']])
  })
})

describe('a verb of saying in a relative clause of an apposition', () => {
  it('gives the quote to the name the apposition describes', () => {
    expect(
      said(
        `There are two bids. One comes from Pellary, a young delivery firm that promises "the fastest vans in the county." The other comes from Dunmore Haulage.`,
      ),
    ).toEqual([['the fastest vans in the county.', 'Pellary']])
    expect(
      said(
        `The market has a newcomer in Corvane, an app which claims to "halve your energy bill in a month."`,
      ),
    ).toEqual([['halve your energy bill in a month.', 'Corvane']])
  })
})

describe('a hyphenated company noun in apposition', () => {
  it('types the name it describes an organisation, which then speaks', () => {
    expect(
      said(
        `There are two bids. One comes from Pellary, a venture-backed start-up that promises "the fastest vans in the county." The other comes from Dunmore.`,
      ),
    ).toEqual([['the fastest vans in the county.', 'Pellary']])
    expect(
      said(
        `Brindle, a Leeds-based start-up, launched in May. "We wanted a kettle that lasts," it says.`,
      ),
    ).toEqual([['We wanted a kettle that lasts,', 'Brindle']])
  })
})

describe('a spokesperson for a group, or after one organisation acted on another', () => {
  it('keeps "a spokesperson for the family" or "for the residents" an unnamed source', () => {
    expect(
      said(
        `Dunmore Haulage, which ran the yard, said on Monday that the driver had died. “He was the heart of the team,” a spokesperson for the family said.`,
      ),
    ).toEqual([['He was the heart of the team,', null]])
    expect(
      said(
        `Pellow Water confirmed that the main had burst twice this year. "We have had enough," a spokesman for the residents said.`,
      ),
    ).toEqual([['We have had enough,', null]])
  })

  it('keeps a bare spokesperson unnamed after one organisation acted on another', () => {
    expect(
      said(
        `Orrin District Council, which licenses the market, fined Tarrow Bakery £5,000. “We will appeal,” a spokesperson said.`,
      ),
    ).toEqual([['We will appeal,', null]])
    expect(
      said(
        `Westmarch Trust took Harlow Builders Ltd to court over the repairs. "The claim has no merit," a spokeswoman said.`,
      ),
    ).toEqual([['The claim has no merit,', null]])
  })

  it('still gives it to an organisation that said what it did to the other', () => {
    expect(
      said(
        `Corran Foods said it had sued Pellcourt Labs over the recipe. "We expect to win," a spokesperson said.`,
      ),
    ).toEqual([['We expect to win,', 'Corran Foods']])
  })
})

describe('a sign-off line names who wrote the block above it', () => {
  const letters = `# Your letters

By Petra Lindqvist

This week, readers wrote about the new bus lanes.

## “The lanes have made my commute longer”

> *Since the lanes opened, my trip to work takes twenty minutes more. Nobody asked the people who drive for a living.*
>
> — Osric, Fennmoor

Petra Lindqvist replies: the council will review the lanes in May.

## “I finally feel safe on my bike”

> *I used to ride on the pavement. Now I ride on the road with my children.*
>
> *My neighbour says the lanes are a waste. Are they?*
>
> — Name withheld, Quarry Hill

## A reader writes back

> Last month you told me to try the night bus. It is quicker than my car ever was.
>
> —Marguerite Olabode`

  it('gives the letter and its quoted headline to the name after the dash', () => {
    const out = said(letters)
    expect(out.slice(0, 2)).toEqual([
      ['The lanes have made my commute longer', 'Osric'],
      [
        'Since the lanes opened, my trip to work takes twenty minutes more. Nobody asked the people who drive for a living.',
        'Osric',
      ],
    ])
    expect(out.at(-1)).toEqual([
      'Last month you told me to try the night bus. It is quicker than my car ever was.',
      'Marguerite Olabode',
    ])
  })

  it('keeps a withheld name unnamed, for every paragraph of the letter and its headline', () => {
    const out = said(letters)
    expect(out.slice(2, 5)).toEqual([
      ['I finally feel safe on my bike', null],
      ['I used to ride on the pavement. Now I ride on the road with my children.', null],
      ['My neighbour says the lanes are a waste. Are they?', null],
    ])
  })

  it('never reads the sign-off itself as a quote', () => {
    const texts = said(letters).map(([t]) => t)
    expect(texts.some((t) => /Fennmoor|withheld|^—/.test(t))).toBe(false)
    expect(texts).toHaveLength(6)
  })

  it('reads a dash line that only dates a post as no writer and no quote', () => {
    const post = (stamp: string) => `# Ferry cancelled

Tarrow Ferries posted this on its page on Sunday morning:

> No crossings today: the swell is too big. Tickets will be refunded.
>
> ${stamp}

Passengers were told at the quay.`
    for (const stamp of [
      '— Posted Sunday, 3 March',
      '— Sunday, 3 March',
      '– Updated 4 March, 09:10',
    ])
      expect(said(post(stamp))).toEqual([
        ['No crossings today: the swell is too big. Tickets will be refunded.', 'Tarrow Ferries'],
      ])
    // A month that is also a first name still signs.
    expect(said(post('— June, Harlow'))[0]?.[1]).toBe('June')
  })
})

describe('a labelled transcript', () => {
  it('gives an unlabelled paragraph to the label above it, not to another guest', () => {
    const md = `# Episode 12: Bread

*In this episode, host Mara Quill talks to baker Tamsin Orrell and miller Jonas Beck.*

**MARA:** Tamsin, how did you start?

**TAMSIN:** My aunt had a bakery and I swept the floor there.

**MARA:** Jonas, what does a mill do all day?

**JONAS:** It grinds, mostly, and it breaks down a lot.

I ought to say first that the bakery buys all its flour from us.

**MARA:** And prices?

**TAMSIN:** Flour has doubled in two years.

And butter has gone up too, by a third.`
    expect(said(md)).toEqual([
      ['My aunt had a bakery and I swept the floor there.', 'Tamsin Orrell'],
      ['It grinds, mostly, and it breaks down a lot.', 'Jonas Beck'],
      ['I ought to say first that the bakery buys all its flour from us.', 'Jonas Beck'],
      ['Flour has doubled in two years.', 'Tamsin Orrell'],
      ['And butter has gone up too, by a third.', 'Tamsin Orrell'],
    ])
  })
})

describe('a labelled transcript with plain labels', () => {
  it('keeps the speaker of the last label over a paragraph without one', () => {
    const md = `Transcript: The Allotment Hour, episode 4. Host Ruth Amadi talks to grower Felix Marr and beekeeper Odile Saint-Clair.

RUTH: Felix, what went wrong this year?

FELIX: The slugs. I lost every lettuce in May.

RUTH: Odile, how are the bees?

ODILE: Busy, and cross about the rain.

They swarmed twice in June, which they almost never do.

RUTH: Felix, any last advice?

FELIX: Plant more than you need.`
    const out = said(md)
    expect(out.find(([t]) => t.startsWith('They swarmed'))?.[1]).toBe('Odile Saint-Clair')
    expect(out.find(([t]) => t.startsWith('The slugs'))?.[1]).toBe('Felix Marr')
    expect(out.find(([t]) => t.startsWith('Plant more'))?.[1]).toBe('Felix Marr')
  })
})

describe('an unnamed person introduced by an indefinite description', () => {
  it('is who the next pronoun means, not a name before it', () => {
    const md = `Marta Quell runs the harbour café, and she says the rain is good for trade.

A hiker I met on the harbour wall had seen worse. “I have been coming for nine years,” she said.

A cyclist who stopped for tea was drenched. “I should have taken the train,” he said.`
    expect(said(md)).toEqual([
      ['I have been coming for nine years,', null],
      ['I should have taken the train,', null],
    ])
  })

  it('reads a bare "One, who did not want her name printed …" as one of those just mentioned, unnamed', () => {
    const md = `Dozens of tenants complained to Tolvan Lettings last winter. One, who did not want her name printed, said she had waited six weeks for a repair. “The landlord never called back.”`
    expect(said(md)).toEqual([['The landlord never called back.', null]])
    const md2 = `Several drivers wrote to Harrowgate Parking. Another said the machines took coins but gave no ticket. “I paid twice and still got a fine.”`
    expect(said(md2)).toEqual([['I paid twice and still got a fine.', null]])
  })
})

describe('a relative named in apposition', () => {
  it('keeps "her son" for the whole piece, however far on', () => {
    const filler = Array.from(
      { length: 40 },
      (_, i) =>
        `In year ${i + 1} of the service the crossing ran on time, and the ferry carried cars, carts and cattle across the estuary in all weathers.`,
    ).join('\n\n')
    const md = `# Ada Penrose, 1931-2026

Ada Penrose ran the Tregony ferry for forty years. Her son, Kit Penrose-Hale, said she never missed a crossing.

${filler}

“She would have hated the fuss,” her son said.`
    expect(said(md)).toEqual([['She would have hated the fuss,', 'Kit Penrose-Hale']])
    const md2 = `Tomas Holt built boats in Leith. His daughter, Mira Holt-Baird, keeps his tools.

${filler}

“He never threw a plane away,” his daughter said.`
    expect(said(md2)).toEqual([['He never threw a plane away,', 'Mira Holt-Baird']])
  })
})

describe('first names joined before one surname', () => {
  it('share the surname', () => {
    const md = `Ewan and Noor Okafor-Reyes bought their flat in 2023. Ewan works from home.

“We could not have done it without help,” Noor said.

Ewan said the deposit took four years. “My parents keep asking when we will move,” he said.`
    expect(said(md)).toEqual([
      ['We could not have done it without help,', 'Noor Okafor-Reyes'],
      ['My parents keep asking when we will move,', 'Ewan Okafor-Reyes'],
    ])
    const md2 = `Ines and Piotr Varga-Lund run the bakery on Mill Street. Piotr bakes from four in the morning.

“I have not had a lie-in since 2019,” Piotr said.`
    expect(said(md2)).toEqual([['I have not had a lie-in since 2019,', 'Piotr Varga-Lund']])
  })

  it('leaves a shop beside a person alone', () => {
    const md = `Harwick and Sarah Jones-Pell signed the lease in May. Harwick sells hardware.

“We took the smaller unit,” Sarah Jones-Pell said.`
    expect(said(md)).toEqual([['We took the smaller unit,', 'Sarah Jones-Pell']])
    const doc = readDocument(md)
    expect(doc.entities.some((e) => e.name === 'Harwick Jones-Pell')).toBe(false)
  })

  it('reads a surname the text gave someone as that person, not as a first name', () => {
    const md = `Councillor Ana Ruiz seconded the motion. Councillor Sara Bell opposed it.

At the vote, Ruiz and Sara Bell both abstained. “I need more figures,” Ruiz said.`
    const doc = readDocument(md)
    expect(doc.entities.map((e) => e.name)).not.toContain('Ruiz Bell')
    expect(said(md)).toEqual([['I need more figures,', 'Ana Ruiz']])
  })
})

describe('a person named just before a quote', () => {
  it('beats an organisation named where they work, however often it comes up', () => {
    const md = `*In association with Marden Lending*

# First homes

Marden Lending says buyers are younger. Marden Lending offers a 5% deposit loan. Marden Lending has 40 branches.

Priya Castellane, head of lending at Marden Lending, said buyers were more cautious. “We tell people to wait,” she said. “We see too many stretch themselves.”`
    expect(said(md)).toEqual([
      ['We tell people to wait,', 'Priya Castellane'],
      ['We see too many stretch themselves.', 'Priya Castellane'],
    ])
    const md2 = `Kestrel Lending runs the scheme. Kestrel Lending says demand has doubled, and Kestrel Lending plans more branches.

Tom Reyes, an adviser at Kestrel Lending, said most callers were renters. “We hear the same worry every day,” he said.`
    expect(said(md2)).toEqual([['We hear the same worry every day,', 'Tom Reyes']])
  })

  it('leaves the pronoun with a person after a preposition whom a relative clause describes', () => {
    const md = `Peter Marsh introduced me to Tom Hale, who runs the mill now. “We grind oats every day,” he said.

Lena Voss handed the shop to Marta Quell, who had worked there since school. “I know every customer,” she said.`
    expect(said(md)).toEqual([
      ['We grind oats every day,', 'Tom Hale'],
      ['I know every customer,', 'Marta Quell'],
    ])
    // After a place, the relative clause is still the opener's.
    const md2 = `Dr Ines Varga, a GP at the Harbour Surgery in Pellow, who was not involved in the study, said it was small. “Forty patients is not many,” she said.`
    expect(said(md2)).toEqual([['Forty patients is not many,', 'Ines Varga']])
  })
})

describe('a relation noun in apposition gives a name its gender', () => {
  it('keeps "she" off a brother or a father named beside her', () => {
    const md = `Ines Marlow came home to the farm six years ago.

Her elder brother, Jory, runs the shop on the main road, and sells her jam.

“Everything here takes a season,” she says.`
    expect(said(md)).toEqual([['Everything here takes a season,', 'Ines Marlow']])
    const md2 = `Ines Marlow makes perry in a barn. The land belongs to her father, Tobiah Penwarden, who still walks it most mornings.

“I pay him rent in bottles,” she says.`
    expect(said(md2)).toEqual([['I pay him rent in bottles,', 'Ines Marlow']])
  })

  it('keeps "he" off a sister named beside him, the noun after the name too', () => {
    const md = `Tomos Reed fixes bicycles in a railway arch. Carys, his younger sister, keeps the books.

“I would rather true a wheel than do a tax return,” he says.`
    expect(said(md)).toEqual([['I would rather true a wheel than do a tax return,', 'Tomos Reed']])
  })

  it('reads no gender from a relative’s relation ("her daughter’s teacher")', () => {
    const md = `Mara Lind worries about the school. Osric Vell, her daughter's teacher, says the class is calm. “The children work hard,” he said.

Tessaly Orme, his son’s football coach, agreed. “They are a good group,” she said.`
    expect(said(md)).toEqual([
      ['The children work hard,', 'Osric Vell'],
      ['They are a good group,', 'Tessaly Orme'],
    ])
  })
})

describe('a person who keeps their own name out', () => {
  it('is unnamed wherever the phrase stands, even after a place', () => {
    const md = `Ottoline Verey, who chairs the market board, said the roof would be mended by May.

At a stall on Cordwainer Row, one fishmonger, who asked not to be named because her manager had not cleared it, said trade had halved.

“Nobody comes in when it rains through the roof,” she said.`
    expect(said(md)).toEqual([['Nobody comes in when it rains through the roof,', null]])
    const md2 = `Ottoline Verey runs the market. Outside the Corn Exchange, a regular, who did not want her name printed, was blunter.

“They have promised that roof for ten years,” she said.`
    expect(said(md2)).toEqual([['They have promised that roof for ten years,', null]])
  })
})

describe('a quoted line the words after it trace to a company', () => {
  it('is the company that a "that line, from …" or a relative clause names', () => {
    const md = `Most of the weight comes back once you drink, which is worth remembering when a company says its wrap will “shrink your waist in a week.” That promise, taken from the website of Marvella Body, has no study behind it.`
    expect(said(md)).toEqual([['shrink your waist in a week.', 'Marvella Body']])
    // A product carrying the line speaks through its maker.
    const md2 = `Skip any kettle that claims to “strip every trace of lead from tap water.” Boiling kills germs but not lead, and the Brisko Pour, which prints that line on its box, also leaked at the lid.`
    expect(said(md2)).toEqual([['strip every trace of lead from tap water.', 'Brisko']])
    const md3 = `Be careful with any toothpaste that promises “whiter teeth in three days.” The claim, from the label of Dentora Labs, rests on one small study.`
    expect(said(md3)).toEqual([['whiter teeth in three days.', 'Dentora Labs']])
  })

  it('leaves a line no one owns, or one a named speaker said, alone', () => {
    // Negated: the product named makes no such promise.
    const md = `Ignore any cream that promises to “erase wrinkles while you sleep.” That line is a red flag, and the Tavi Night Cream we liked makes no such promise.`
    expect(said(md)).toEqual([['erase wrinkles while you sleep.', null]])
    // The company is named, but not in the clause about the line.
    const md2 = `Ignore any cream that promises to “erase wrinkles while you sleep.” That line is everywhere, and Orlen Skin sells six creams.`
    expect(said(md2)).toEqual([['erase wrinkles while you sleep.', null]])
    // A speaker the attribution names keeps the line.
    const md3 = `Mirela Dunst runs the workshop. “Nobody fixes bikes anymore,” she said. That line got a laugh from the staff at Halloran Cycles.`
    expect(said(md3)).toEqual([['Nobody fixes bikes anymore,', 'Mirela Dunst']])
  })
})

describe('an apposition that holds a name with a comma of its own', () => {
  it('walks past the name inside to the person it describes', () => {
    const md = `Dr. Tomas Wrenfield, a surgeon who hosts the radio show Heart First, Head Second, told listeners last spring that fasting “resets your arteries” and “beats statins.”`
    expect(said(md)).toEqual([
      ['resets your arteries', 'Tomas Wrenfield'],
      ['beats statins.', 'Tomas Wrenfield'],
    ])
    const md2 = `Lisbet Harrow, a mother of two in Galway, Ireland, said the app “changed our evenings.”`
    expect(said(md2)).toEqual([['changed our evenings.', 'Lisbet Harrow']])
  })

  it('does not walk past "and" to someone else', () => {
    const md = `Orla Penn, a teacher, and her brother, Fintan, said the lane was “never this busy.”`
    expect(said(md)).toEqual([['never this busy.', 'Fintan']])
  })
})

describe('a relative clause after a quote, about the quote', () => {
  it('is not its attribution: the words before the quote are', () => {
    const md = `Dr. Ines Carvalho, a sleep researcher, has tested dozens of machines.

Others were less sure. One grandfather on our panel said his granddaughter “would not sleep anywhere without it,” a habit that Carvalho said is easy to break.`
    expect(said(md)).toEqual([['would not sleep anywhere without it,', null]])
  })

  it('still reads a relative clause on the speaker, with a verb of its own', () => {
    const md = `Velmont Foods closed the plant in May. “Nobody will be rehired,” the company that owns it said.`
    expect(said(md)).toEqual([['Nobody will be rehired,', 'Velmont Foods']])
    const md2 = `Brightmere hired a press officer, Ada Quill, in May. “We will not comment on rumours,” the officer that Brightmere hired said.`
    expect(said(md2)).toEqual([['We will not comment on rumours,', 'Ada Quill']])
  })
})

describe('an unnamed person whose clause goes on before keeping their name out', () => {
  it('is who the next pronoun means', () => {
    const md = `Grete Sandvik, the plant’s manager, announced the cuts on Monday.

Staff heard the news at a meeting. One welder, who has worked there since 2011 and asked not to be named because she is still negotiating her pay, said it was expected. “They cut the night shift in June,” she said. “We all saw it coming.”`
    expect(said(md)).toEqual([
      ['They cut the night shift in June,', null],
      ['We all saw it coming.', null],
    ])
    const md2 = `Grete Sandvik runs the market.

A fisherman who did not give his name said the quay was empty by noon. “Nobody is buying,” he said.`
    expect(said(md2)).toEqual([['Nobody is buying,', null]])
  })

  it('reads a bare "One, who …, said" as one of those just mentioned', () => {
    const md = `Grete Sandvik runs the lido.

Most swimmers shrugged at the new price. One, who swims every morning before work, said it was fair. “It is still cheaper than a gym,” she said.`
    expect(said(md)).toEqual([['It is still cheaper than a gym,', null]])
  })

  it('leaves a named person with a long relative clause, and "one" as a number, alone', () => {
    const md = `Grete Sandvik, who has run the plant since 2011 and asked the board for more staff, said the cuts were expected. “We all saw it coming,” she said.`
    expect(said(md)).toEqual([['We all saw it coming,', 'Grete Sandvik']])
    const md2 = `Grete Sandvik runs the lido. One, two, three: the lanes fill by seven. One of them is closed. “It is always busy,” she said.`
    expect(said(md2)).toEqual([['It is always busy,', 'Grete Sandvik']])
  })
})

describe('a business named after its owner', () => {
  it('leaves the owner a person a pronoun can turn to', () => {
    const md = `At Tully’s Bakehouse, a low stone building by the bridge, Corran Tully bakes rye the way his grandmother did. He opens at six.

‘We lost the old oven in the flood,’ he said.`
    expect(said(md)).toEqual([['We lost the old oven in the flood,', 'Corran Tully']])
  })
})

describe('review round 29: a quoted line and what others did to it', () => {
  it('does not give the line to a body that challenged, mocked or rejected it', () => {
    for (const md of [
      `Some creams say they will “leave your skin softer and smoother in just seven days.” That claim, challenged by the Advertising Standards Authority in March, has gone from most adverts.`,
      `Beware of any charger that claims to “fill a phone battery in under five minutes flat.” That line, mocked by Orrin Mobile in its own adverts, is about a rival.`,
      `Some creams say they will “leave your skin softer in just seven days.” The claim was rejected by the Advertising Standards Authority in March.`,
      `Ignore any serum that promises to “erase every wrinkle while you sleep tonight.” That line got a laugh from the staff at Halloran Cycles.`,
    ])
      expect(said(md)[0]?.[1]).toBeNull()
  })

  it('still gives it to the company it comes from', () => {
    const md = `Some creams say they will “leave your skin softer and smoother in just seven days.” That claim comes from the website of Kestrel Skin.`
    expect(said(md)).toEqual([
      ['leave your skin softer and smoother in just seven days.', 'Kestrel Skin'],
    ])
    const md2 = `Look twice at a cream said to “rebuild your skin barrier overnight while you sleep.” The promise, from an advert by Velmara Skin, was withdrawn.`
    expect(said(md2)).toEqual([
      ['rebuild your skin barrier overnight while you sleep.', 'Velmara Skin'],
    ])
  })
})

describe('marketing copy a company says by its own words or pages', () => {
  it('reads "X markets the Q20 as “…”" with the brand apart from its model code', () => {
    const md = `## Best for calls: Pellar Q20

$74 at Pellar

Pellar markets the Q20 as “the clearest call you will ever take,” which is a stretch.`
    expect(said(md)).toEqual([['the clearest call you will ever take,', 'Pellar']])
  })

  it('reads "Its own marketing calls it “…”" as the company the piece is about', () => {
    const md = `My pick is Tallyfin, a small finance company in Leeds. Its own marketing calls it “the budget app for people who hate budget apps,” which is annoyingly accurate.`
    expect(said(md)).toEqual([['the budget app for people who hate budget apps,', 'Tallyfin']])
    // No organisation to stand behind "its": no one.
    const md2 = `The old bridge has been shut since May. Its own engineers called it “a danger to anyone crossing,” and nobody argued.`
    expect(said(md2)).toEqual([['a danger to anyone crossing,', null]])
  })

  it('walks past a relative clause on an organisation to the organisation', () => {
    const md = `In a statement, the Tarn Valley Rowing Trust, which has run the club since 2004, called her "the reason two generations of rowers ever got on the water." The trust said it would name its boathouse after her.`
    expect(said(md)).toEqual([
      ['the reason two generations of rowers ever got on the water.', 'Tarn Valley Rowing Trust'],
    ])
    // The person who met the organisation and then spoke keeps the quote.
    const md2 = `Corran Tully met the Tarn Valley Rowing Trust, which has run the club since 2004, and called it “the best thing that ever happened to the river.”`
    expect(said(md2)).toEqual([['the best thing that ever happened to the river.', 'Corran Tully']])
  })
})

describe('a block quote after the paragraph that introduces its writer', () => {
  it('takes the name "a reader named X" gives, and keeps an unnamed reader unnamed', () => {
    const md = `By Willa Brandt

A reader named Josie messaged me last month with this, and I asked if I could share it:

> Took your advice and added a foam pad under my mat. Woke up warm for the first time ever.`
    expect(said(md)).toEqual([
      [
        'Took your advice and added a foam pad under my mat. Woke up warm for the first time ever.',
        'Josie',
      ],
    ])
    const md2 = `Harlow Council runs the pothole app.

One reader, who asked me not to print their name, wrote in about the app:

> “I reported the same hole four times. On the fifth report the app told me it had been fixed.”`
    expect(said(md2)).toEqual([
      [
        'I reported the same hole four times. On the fifth report the app told me it had been fixed.',
        null,
      ],
    ])
  })

  it('gives a first-person block quote to the person the paragraph before is about', () => {
    const md = `Verdel Water Systems makes the controller.

## “I stopped thinking about it”

Rosalind Tiernan-Batt has gardened in Ashby Flats for 26 years. She installed a controller in April.

> “I used to stand out there with a hose and feel guilty. I stopped thinking about it.”`
    expect(said(md).map(([, s]) => s)).toEqual(['Rosalind Tiernan-Batt', 'Rosalind Tiernan-Batt'])
    // Not a block quote in no one's first person.
    const md2 = `Rosalind Tiernan-Batt has gardened in Ashby Flats for 26 years. She installed a controller in April.

> “The beds look better than they ever did, and the bill is lower.”`
    expect(said(md2)).toEqual([
      ['The beds look better than they ever did, and the bill is lower.', null],
    ])
  })
})

describe('pronouns past asides and reported relatives', () => {
  it('does not take a gender from "who, she says," about someone else', () => {
    const md = `Ottilie Brandvold makes violins in a loft. She trained under the maker Aurelio Santangelo, who, she says, made her carve scrolls for a year. “He threw the first forty in the stove,” she says.`
    expect(said(md)).toEqual([['He threw the first forty in the stove,', 'Ottilie Brandvold']])
  })

  it('keeps "she" for the named speaker who reports what her mother did', () => {
    const md = `Kerry Mbeki-Holt, who brought her two children, said her mother had taught her to swim in the shallow end. ‘She used to say the water here was cold enough to cure anything,’ she said.`
    expect(said(md)).toEqual([
      ['She used to say the water here was cold enough to cure anything,', 'Kerry Mbeki-Holt'],
    ])
    // "said her sister" after a quote introduces the sister, whom a later "she" means.
    const md2 = `Mara Lind opened the café in May. “We will manage,” said her sister. “We always have,” she added.`
    expect(said(md2)).toEqual([
      ['We will manage,', null],
      ['We always have,', null],
    ])
  })

  it('reads an unnamed person after a fronted phrase, but not a named one', () => {
    const md = `Robert Crumhall sold the firm in March.

Outside the factory gates, a machine operator who has worked at Crumhall’s for 22 years said he would wait and see. ‘They all say the same when they buy you,’ he said.`
    expect(said(md)).toEqual([['They all say the same when they buy you,', null]])
    const md2 = `On Tuesday, Robert Crumhall, a baker who has worked there for years, said he would wait. ‘They all say the same,’ he said.`
    expect(said(md2)).toEqual([['They all say the same,', 'Robert Crumhall']])
  })
})

describe('who the sentence before a quote-only paragraph is told by', () => {
  it('is the one its aside names ("He was not, she says, a patient teacher.")', () => {
    const md = `Hedda Sorrentine builds frames in a shed. She raced bicycles as a teenager, badly by her own account.

The shop's owner, a man named Cyrus Pell, taught her to braze. He was not, she says, a patient teacher.

"He would watch me do a joint, and if it was wrong he'd cut it off with a hacksaw."`
    expect(said(md)).toEqual([
      [
        "He would watch me do a joint, and if it was wrong he'd cut it off with a hacksaw.",
        'Hedda Sorrentine',
      ],
    ])
    // Without an aside, the sentence's subject: the man the phrase names.
    const md2 = `Hedda Sorrentine builds frames in a shed.

The shop's owner, a man named Cyrus Pell, taught her to braze. He was never a patient teacher.

"Nobody learns from praise."`
    expect(said(md2)).toEqual([['Nobody learns from praise.', 'Cyrus Pell']])
  })

  it('takes the name set beside "one reader", and keeps a named person with an age apart from an unnamed one', () => {
    const md = `One reader, Beatrix in Lowther Bay, sent me this:

> My starter is called Gerald and he has not risen since Easter.`
    expect(said(md)).toEqual([
      ['My starter is called Gerald and he has not risen since Easter.', 'Beatrix'],
    ])
    const md2 = `Gwenllian Roach, 81, a retired schoolteacher who lives above the post office, buys a bag every Saturday.

‘It smells like my grandmother’s kitchen,’ she says.`
    expect(said(md2)).toEqual([['It smells like my grandmother’s kitchen,', 'Gwenllian Roach']])
  })
})

describe('a clause joined by "and" after a quote', () => {
  it('says something new and does not attribute the quote', () => {
    const md = `The Marrick Courier covers the town. One councillor has already called the plan "a recipe for a jungle," and a columnist in the Courier warned it would fail.`
    expect(said(md)).toEqual([['a recipe for a jungle,', null]])
    // An attribution right after the quote, and then "and", still reads.
    const md2 = `“We will reopen in May,” Ana Ruiz said, and she meant it.`
    expect(said(md2)).toEqual([['We will reopen in May,', 'Ana Ruiz']])
  })
})

describe('a sentence that ends on a figure', () => {
  it('ends there, so the next sentence’s subject speaks', () => {
    const md = `Harnley City Council runs the scheme, and Veloqo wants the contract. Veloqo's bid asks the city for a subsidy of £1.2m a year; Spokewise wants £1.6m. Harnley City Council's own officers have told the committee that the cheaper bid carries "materially higher delivery risk," a phrase that means trouble.`
    expect(said(md)).toEqual([['materially higher delivery risk,', 'Harnley City Council']])
    const md2 = `Ward 4 reopened on Monday. At 9 a.m. Dr. Ana Ruiz told staff the ward was “full again.”`
    expect(said(md2)).toEqual([['full again.', 'Ana Ruiz']])
  })
})

describe('review round 29: a775183 look-alikes', () => {
  it('keeps the person whose apposition or relative clause holds an organisation with "which"', () => {
    const md = `Tom Reyes, a nurse at Harlow Hospital, which is due to close next year, said: “The ward is full every night.”`
    expect(said(md)).toEqual([['The ward is full every night.', 'Tom Reyes']])
    const md2 = `Ana Ruiz, who chairs the Harlow Trust, which runs the lido, said: “We will keep it open.”`
    expect(said(md2)).toEqual([['We will keep it open.', 'Ana Ruiz']])
  })

  it('takes a predicate of an unnamed subject for someone unnamed', () => {
    const md = `Ana Ruiz runs the Harlow debt helpline from a room above the library.

The first caller on Monday was a woman who had lost her job in March. “I cannot pay the rent,” she said.`
    expect(said(md)).toEqual([['I cannot pay the rent,', null]])
  })

  it('does not give a block quote to the subject of a sentence that relays someone else’s words', () => {
    const md = `Ana Ruiz runs the Harlow debt helpline.

Ana Ruiz read us a review a customer left last week.

> I have never waited so long for a call back in my life.`
    expect(said(md)).toEqual([['I have never waited so long for a call back in my life.', null]])
  })
})

describe('round 30: who a body quotes, a long apposition, posts and readers named once', () => {
  it('gives the words a body quotes or cites to the person named after the verb', () => {
    const md = `Pellow launched a balm in May. In a statement, Pellow quoted its chief chemist, Dr Rhea Vantongeren: “Our panel saw softer skin in ten days.”`
    expect(said(md)).toEqual([['Our panel saw softer skin in ten days.', 'Rhea Vantongeren']])
    const md2 = `The charity's annual report cites its founder, Osric Tamblyn: “We never meant to grow this big.”`
    expect(said(md2)).toEqual([['We never meant to grow this big.', 'Osric Tamblyn']])
  })

  it('keeps the subject who was quoted, and a verb of saying after the quoting verb', () => {
    // Look-alikes: a passive "was quoted", and a person who cites a figure then speaks.
    const md = `Ana Ruiz was quoted in the Harlow Gazette: “The lido must stay open.”`
    expect(said(md)).toEqual([['The lido must stay open.', 'Ana Ruiz']])
    const md2 = `Ana Ruiz, who once cited Tom Hale in a speech, said: “The lido must stay open.”`
    expect(said(md2)).toEqual([['The lido must stay open.', 'Ana Ruiz']])
  })

  it('reads a verb of saying past a long role and name set before it', () => {
    const md = `“We are proud of the result,” Pellow's head of consumer nutrition, Sofie Lindqvist-Amari, said in a statement.`
    expect(said(md)).toEqual([['We are proud of the result,', 'Sofie Lindqvist-Amari']])
  })

  it('does not read a verb of saying in a later clause of its own far after the quote', () => {
    // Look-alike: a clause with verbs of its own between the quote and a later "said".
    const md = `Tom Hale runs the ferry. “It was full every day,” he said. The council has decided to close the pier next spring, Ana Ruiz said.`
    expect(said(md)).toEqual([['It was full every day,', 'Tom Hale']])
  })

  it('gives a creator post opening with a tie label to the creator the line before names', () => {
    const md = `# Three creators on snacks

**Jade Oyelaran, 1.2 million followers**

> #ad Honestly these oat bars are the only thing that gets me through a long shoot day.

Tomi Adeyemi-Holt has 90,000 followers. Her post, saved 9,000 times, shows her pantry.

> #ad Spent Saturday on the pantry and I am never going back to boxes.`
    expect(said(md)).toEqual([
      [
        '#ad Honestly these oat bars are the only thing that gets me through a long shoot day.',
        'Jade Oyelaran',
      ],
      ['#ad Spent Saturday on the pantry and I am never going back to boxes.', 'Tomi Adeyemi-Holt'],
    ])
  })

  it('still gives a block quote to the one whose review or email the line before relays', () => {
    // Look-alike: "a review a customer left" relays someone else's words, "her" post does not.
    const md = `Ana Ruiz runs the Harlow bakery.

Ana Ruiz read us a post a customer left last week.

> I have never waited so long for a loaf in my life.`
    expect(said(md)).toEqual([['I have never waited so long for a loaf in my life.', null]])
  })

  it('gives a reader’s letter to the first name the reader asked to be known by', () => {
    const md = `This week's question comes from a reader in Dunmore who asked that we use only her first name, Wen.

“I have £9,000 in a current account earning nothing. Where should it go?”

“And how do I know a bank is safe?”`
    expect(said(md)).toEqual([
      ['I have £9,000 in a current account earning nothing. Where should it go?', 'Wen'],
      ['And how do I know a bank is safe?', 'Wen'],
    ])
  })

  it('keeps a reader who gives no name unnamed', () => {
    const md = `This week's question comes from a reader in Dunmore who asked us not to use her name.

“I have £9,000 in a current account earning nothing. Where should it go?”`
    expect(said(md)).toEqual([
      ['I have £9,000 in a current account earning nothing. Where should it go?', null],
    ])
  })

  it('gives a company’s words in a product’s own section to the maker the heading names', () => {
    const md = `# The best kettles

### Best overall: Halvard Swift 220

It boiled a litre in under three minutes. Halvard calls it “whisper-quiet by design.”

### Best budget: Tamsin Basic 1.7

It took three and a half minutes to boil a litre. The company promises it will “outlast your next three coffee makers.”`
    expect(said(md)).toEqual([
      ['whisper-quiet by design.', 'Halvard'],
      ['outlast your next three coffee makers.', 'Tamsin'],
    ])
  })

  it('gives a maker named in apposition its own words, not its product’s name', () => {
    const md = `Oduya ran in the Kestrel Glide 4. "It gave me energy on every hill," Oduya said.

Kestrel, the shoe's maker, says the Glide 4 is "the lightest plated trainer on the market."`
    expect(said(md)).toEqual([
      ['It gave me energy on every hill,', 'Oduya'],
      ['the lightest plated trainer on the market.', 'Kestrel'],
    ])
  })
})

// Review of round 30 (helper-104): someone speaking for or about a person is not that person.
describe('a lawyer for a person, a critic of a person', () => {
  it('leaves unnamed the one who speaks for or about a named person, short or with an apposition', () => {
    const md = `The harbour board met on Monday.

“We were never consulted,” a lawyer for Ana Ruiz, the former harbour master, said on Tuesday.

“The sale should never have gone ahead,” the mother of Tom Reed, a pupil at the school, said.

“Nobody asked us,” a friend of Dr Marta Ilves said.`
    expect(said(md)).toEqual([
      ['We were never consulted,', null],
      ['The sale should never have gone ahead,', null],
      ['Nobody asked us,', null],
    ])
  })

  it('still gives the words to the person in an apposition, or to a body for a spokesperson', () => {
    const md = `“It will open in May,” the chief executive of Harbour Holdings, Marta Ilves, said on Friday.

“We need more boats,” a spokeswoman for Harbour Holdings said.

“I loved every minute,” Joan Pike, the mother of two, said.`
    expect(said(md)).toEqual([
      ['It will open in May,', 'Marta Ilves'],
      ['We need more boats,', 'Harbour Holdings'],
      ['I loved every minute,', 'Joan Pike'],
    ])
  })

  it('does not give the words a body quotes to the person its source is a critic of', () => {
    const md = `The Gazette quoted a critic of Dr Ana Ruiz: “She has done nothing for the harbour.”`
    expect(said(md)).toEqual([['She has done nothing for the harbour.', null]])
    const md2 = `In a statement, the council quoted its head of planning, Dr Tom Reed: “The market will reopen in May.”`
    expect(said(md2)).toEqual([['The market will reopen in May.', 'Tom Reed']])
  })
})

describe('a long role with a participle in it', () => {
  it('reads a verb of saying past "X’s paid ambassador, Dr Y of Z,"', () => {
    const md = `“This serum changed my skin,” Norvane's paid ambassador, Dr Ilse Brandt of the Harley Clinic, said in a statement.`
    expect(said(md)).toEqual([['This serum changed my skin,', 'Ilse Brandt']])
  })

  it('still stops at a clause with a verb of its own before a far "said"', () => {
    const md = `Tom Hale runs the ferry. “It was full every day,” the painted ferry sailed on while the harbour master, Ana Ruiz, said nothing.`
    expect(said(md)).toEqual([['It was full every day,', 'Tom Hale']])
  })
})

describe('round 30: a paper that reports a company’s words, and the paper’s own', () => {
  const intro = `Brightmere will close its plants in Dunmore and Castlebridge by March, cutting 400 jobs.`

  it('gives the company the words a trade paper reports', () => {
    expect(
      said(
        `${intro}\n\nAccording to Trade Weekly, the company said demand “has fallen for three years.”`,
      ),
    ).toEqual([['has fallen for three years.', 'Brightmere']])
    expect(
      said(`${intro}\n\nTrade Weekly quoted the company as saying it “will support every worker.”`),
    ).toEqual([['will support every worker.', 'Brightmere']])
    expect(
      said(`${intro}\n\n“We did not take this lightly,” the company told the Morning Ledger.`),
    ).toEqual([['We did not take this lightly,', 'Brightmere']])
  })

  it('keeps a paper’s own words the paper’s', () => {
    // Look-alikes: the paper's editorial and its own description, with no one else speaking.
    expect(
      said(
        `${intro}\n\nThe Morning Ledger called the closures “a blow the town will feel for a generation.”`,
      ),
    ).toEqual([['a blow the town will feel for a generation.', 'Morning Ledger']])
    expect(
      said(`${intro}\n\nAccording to Trade Weekly, the closures are “the end of an era.”`),
    ).toEqual([['the end of an era.', 'Trade Weekly']])
  })
})

describe('round 30: a product’s own words are its maker’s', () => {
  it('gives the words on a product’s box to the maker by the product’s brand word', () => {
    const md = `The Orra Step 2 comes in a recycled box. Its box says “the last shoe you will need this year.”`
    expect(said(md)).toEqual([['the last shoe you will need this year.', 'Orra']])
  })

  it('prefers the maker the paragraph names to the product’s brand word', () => {
    // Look-alike: the product's first word is not its maker's name.
    const md = `Harlow Outdoor makes the Trail Pro 2, a light boot. Its box says “waterproof for twelve hours, guaranteed.”`
    expect(said(md)).toEqual([['waterproof for twelve hours, guaranteed.', 'Harlow Outdoor']])
  })
})

describe('someone the subject quotes by no name', () => {
  it('is an unnamed source: "quoted her grandmother:", "cited his late father:"', () => {
    expect(
      said(
        'In a post, Marta Ilves quoted her grandmother: “Never trust a man who sells fish on a Monday.”',
      ),
    ).toEqual([['Never trust a man who sells fish on a Monday.', null]])
    expect(said('Tom Reed cited his late father: “Always check the tide.”')).toEqual([
      ['Always check the tide.', null],
    ])
  })

  it('leaves the words to the subject who quotes a thing, or quotes to someone', () => {
    expect(said('Ana Ruiz quoted her own poem: “The sea is a slow clock.”')).toEqual([
      ['The sea is a slow clock.', 'Ana Ruiz'],
    ])
    expect(said('Tom Reed quoted the price to a customer: “It costs forty pounds.”')).toEqual([
      ['It costs forty pounds.', 'Tom Reed'],
    ])
  })
})

describe('roles with a participle or an "of" phrase, and typewriter single marks', () => {
  it('reads "said managing director X" and "said Y’s head of design, X" as X', () => {
    const md = `The ferry firm was short of crew. “We have advertised eleven posts,” said managing director Catriona Bell.

The tent maker had a busy show. “We spent four years on the poles,” said Skellig's head of design, Ola Brandt.

Prices rose again. “Customers notice,” said acting chief inspector Ruth Dale.

The lab moved. “It took a year,” said Orrin's director of research and development, Tom Pike.`
    expect(said(md).map(([, who]) => who)).toEqual([
      'Catriona Bell',
      'Ola Brandt',
      'Ruth Dale',
      'Tom Pike',
    ])
  })

  it('keeps a possessive role with no name after it as the company, and a plain name as itself', () => {
    const md = `The show was busy. “We sold out,” said Skellig's head of design.

The market was quiet. “It was fine,” said Tom Reed, looking at the boats.`
    expect(said(md).map(([, who]) => who)).toEqual(['Skellig', 'Tom Reed'])
  })

  it('does not take a person named inside a quote in typewriter single marks as the pronoun’s referent', () => {
    const md = `The island's GP, Dr Euan Gillies, said patients miss appointments. 'I had a man with a heart condition who missed his scan twice,' he said.

A man who fishes off the pier stopped us. 'It was never this bad,' he said.`
    expect(said(md).map(([, who]) => who)).toEqual(['Euan Gillies', null])
  })
})

describe('a spokesperson for a public body the text does not name', () => {
  it('speaks for "the authority", not for the company or hotel the piece names most', () => {
    const md = `Harbour Lines will cut sailings to Inchmore. Harbour Lines blamed a shortage of crew.

A spokesman for the regional transport authority said it was “discussing options” with Harbour Lines.

Harbour Lines is owned by the Marwick Group, which also owns the Inchmore Hotel.`
    expect(said(md)).toEqual([['discussing options', 'the authority']])
  })

  it('still speaks for a public body the text names so', () => {
    const md = `Harlow District Council will close the pool in May.

A council spokesman said the pool was “too costly to run”.`
    expect(said(md)).toEqual([['too costly to run', 'Harlow District Council']])
  })
})

describe('a plural people noun that opens its sentence', () => {
  it('names no one: "Teammates said", "Regulars said", "Customers said"', () => {
    const md = `The microphone is clear. Teammates said I sounded “a bit far away” on calls.

The pub is busy. Regulars said the music was “far too loud” at night.

Customers said it was “a bit pricey”.`
    expect(said(md).map(([, who]) => who)).toEqual([null, null, null])
  })

  it('keeps a surname and a name the text also writes mid-sentence', () => {
    const md = `Jones said the tide was “higher than ever”.

Walkers said the crisps were “never better”. We asked Walkers about the price.`
    expect(said(md).map(([, who]) => who)).toEqual(['Jones', 'Walkers'])
  })
})

describe('round 31: testimonials, the end of a Q&A, possessive roles, relayed words, agents', () => {
  it('gives a testimonial block to the person the paragraph before introduces, past her own apposition', () => {
    const md = `Bike sales rose again this year, according to the Cycling Trust.

Hana Velde, a music teacher who got her bike through the council's commuter scheme, said the change took some getting used to.

> “The first weeks I checked the forecast every hour. Now I just take a coat.”`
    expect(said(md)).toEqual([
      ['The first weeks I checked the forecast every hour. Now I just take a coat.', 'Hana Velde'],
    ])
    // The same shape with a relative clause of its own and a hyphenated name.
    const md2 = `Rents went up by a third.

Osman Reyes-Hale, a nurse who moved out of the city after a landlord sold the flat, said the commute was the price.

> “I leave at six and I am home by eight, but we have a garden now.”`
    expect(said(md2)).toEqual([
      ['I leave at six and I am home by eight, but we have a garden now.', 'Osman Reyes-Hale'],
    ])
  })

  it('keeps a block relayed from someone else theirs, not the subject’s (look-alikes)', () => {
    const md = `Loaves sell out by ten.

Tom Reed, a baker in Leeds, showed me a message a customer sent him last week.

> “I have never had a better loaf in my life.”`
    expect(said(md)).toEqual([['I have never had a better loaf in my life.', null]])
    const md2 = `The page has thousands of readers.

Joan Pike read us a review a reader left on her page.

> “I was sceptical but my knees stopped aching within a week.”`
    expect(said(md2)).toEqual([
      ['I was sceptical but my knees stopped aching within a week.', null],
    ])
  })

  const qa = (closing: string) => `# Five questions for a bike maker

We asked Oda Brenn, head of design at Kestrel Bikes, what buyers should know.

### How far does one charge go?

Our models go 40 to 60 miles on one charge, depending on the hills.

### What do people get wrong?

They buy on range alone. Fit matters more.

### Will it replace a car?

For some trips, yes. For the big shop, keep the car.

${closing}`

  it('ends the last answer at a closing line that sends readers to a link', () => {
    const out = said(
      qa(
        'Kestrel lends bikes for a week from its shop in Leeds. Book one at [kestrel.example/trial](https://kestrel.example/trial).',
      ),
    )
    expect(out.map(([, s]) => s)).toEqual(['Oda Brenn', 'Oda Brenn', 'Oda Brenn'])
  })

  it('ends the last answer at a paragraph that brings in someone else speaking', () => {
    const out = said(
      qa(
        'Tom Reed, who sells the bikes in York, says demand doubled last year. “People come in asking for the cargo model,” he said.',
      ),
    )
    expect(out).toEqual([
      ['Our models go 40 to 60 miles on one charge, depending on the hills.', 'Oda Brenn'],
      ['They buy on range alone. Fit matters more.', 'Oda Brenn'],
      ['For some trips, yes. For the big shop, keep the car.', 'Oda Brenn'],
      ['People come in asking for the cargo model,', 'Tom Reed'],
    ])
  })

  it('keeps a further answer paragraph in the interviewee’s voice (look-alikes)', () => {
    // First person with a link: still the interviewee talking.
    const out = said(
      qa(
        'And we test every frame ourselves; the results are at [kestrel.example/tests](https://kestrel.example/tests).',
      ),
    )
    expect(out).toHaveLength(4)
    expect(out[3]?.[1]).toBe('Oda Brenn')
    // No link and no one else speaking: the answer goes on.
    const plain = said(qa('Range figures are measured on a flat road. Heavier riders get less.'))
    expect(plain).toHaveLength(4)
    expect(plain[3]?.[1]).toBe('Oda Brenn')
  })

  it('gives a possessive role to the holder the text named, else to no one', () => {
    const md = `Tom Reed, a ferry owner, was fined on Monday. “It is over,” Reed said after the hearing.

“We lost,” Tom Reed’s lawyer said.`
    expect(said(md)).toEqual([
      ['It is over,', 'Tom Reed'],
      ['We lost,', null],
    ])
    const named = `Tom Reed, a ferry owner, was fined on Monday. His lawyer, Joan Pike, said he would appeal. “It is over,” Reed said after the hearing.

“We will appeal,” Reed's lawyer told reporters.`
    expect(said(named)).toEqual([
      ['It is over,', 'Tom Reed'],
      ['We will appeal,', 'Joan Pike'],
    ])
    expect(said(`Ana Ruiz lost the case. “It was fair,” Ana Ruiz's agent said.`)).toEqual([
      ['It was fair,', null],
    ])
  })

  it('keeps a role that an organisation or a named apposition holds (look-alikes)', () => {
    expect(said(`“We will appeal,” said Reed's lawyer, Joan Pike.`)).toEqual([
      ['We will appeal,', 'Joan Pike'],
    ])
    expect(
      said(
        `Marta Ilves, the chief executive of Corvell, spoke on Monday. “We will grow,” Corvell’s chief executive said.`,
      ),
    ).toEqual([['We will grow,', 'Marta Ilves']])
  })

  it('gives words a colon introduction passes on to their owner, not to the subject', () => {
    const md = `Velmara, a skincare company, makes creams in Leeds.

Ana Ruiz, a dermatologist who has 40,000 followers, shared the brand's statement on her page:

> Velmara creams are tested on five hundred people every year.`
    expect(said(md)).toEqual([
      ['Velmara creams are tested on five hundred people every year.', 'Velmara'],
    ])
    const fan = `Tom Reed, who coaches the under-12s, reposted a fan's message the next morning:

> Tom is the best coach in the whole county and everyone knows it.`
    expect(said(fan)).toEqual([
      ['Tom is the best coach in the whole county and everyone knows it.', null],
    ])
    expect(
      said(
        `Velmara thanked its fans. Later, Tom Reed read out Velmara's message to the crowd: “Thank you for coming.”`,
      ),
    ).toEqual([['Thank you for coming.', 'Velmara']])
  })

  it('keeps the subject’s own shared words hers (look-alikes)', () => {
    const md = `Joan Pike, the club's captain, shared a message on Instagram after the final:

> I have loved every minute of this year with you all.`
    expect(said(md)).toEqual([
      ['I have loved every minute of this year with you all.', 'Joan Pike'],
    ])
    const own = `Marta Ilves, the club's chair, posted her own statement on the club's website:

> I am stepping down at the end of the season.`
    expect(said(own)).toEqual([['I am stepping down at the end of the season.', 'Marta Ilves']])
  })

  it('gives words said "by" an agent to the agent', () => {
    const md = `Joan Pike opened her bakery in May. Her lemon tart has been described by one food critic as “the best thing on the coast.”`
    expect(said(md)).toEqual([['the best thing on the coast.', null]])
    expect(
      said(
        `The new pier opened in June. It was described by Ana Ruiz, the mayor, as “a gift to the town” on Friday.`,
      ),
    ).toEqual([['a gift to the town', 'Ana Ruiz']])
    expect(
      said(
        `Tom Reed runs the pier café. His scones were called “the best in the county” by a visiting reviewer.`,
      )[0]?.[1],
    ).not.toBe('Tom Reed')
  })

  it('keeps the subject who describes something (look-alikes)', () => {
    expect(said(`Marta Ilves described the menu as “simple and honest” when we met.`)).toEqual([
      ['simple and honest', 'Marta Ilves'],
    ])
    expect(
      said(`Tom Reed, who was backed by the council, said the plan was “long overdue.”`),
    ).toEqual([['long overdue.', 'Tom Reed']])
  })

  it('reads an unnamed person after a short fronted phrase with no comma', () => {
    const md = `Owner Annis Vell bought the inn in 2017. ‘Everyone told us we were mad,’ she said.

On my last evening a woman in the bar asked where I was staying. When I told her, she laughed. ‘You’ve been spoilt,’ she said.`
    expect(said(md)).toEqual([
      ['Everyone told us we were mad,', 'Annis Vell'],
      ['You’ve been spoilt,', null],
    ])
    const md2 = `Marta Ilves runs the ferry. That winter a fisherman from the next island came to see her. “The crossing is too rough,” he said.`
    expect(said(md2)).toEqual([['The crossing is too rough,', null]])
  })

  it('keeps a person in a clause describing a noun in the background (look-alike)', () => {
    const md = `Tom Reed makes the pies. The gesture a neighbour called bribery went down well. “It was only a pie,” he said.`
    expect(said(md)).toEqual([['It was only a pie,', 'Tom Reed']])
  })
})

describe('round 31: creators’ posts under the paragraph about them', () => {
  it('reads a testimonial that opens with a capital “My” or “We”', () => {
    const md = `Bakeries are closing across the county.

Tom Reed opened a café on the quay in May.

> My customers come back every week, and we have doubled the bread order.`
    expect(said(md)).toEqual([
      ['My customers come back every week, and we have doubled the bread order.', 'Tom Reed'],
    ])
  })

  it('counts an audience as no one whose words are passed on', () => {
    const md = `Houseplants sell well online.

Ana Ruiz is a nurse who films her balcony garden. She now has 40,000 followers and a pottery shop.

> My ferns finally stopped browning!! Switched to a humidifier and the edges are green again. #ferns #plantmom`
    expect(said(md)[0]?.[1]).toBe('Ana Ruiz')
  })

  it('reads a post that ends in hashtags and says “my” further on', () => {
    const md = `Grow lights are everywhere this winter.

Dev Rao tests grow lights in his flat, one jar at a time.

> Day 12 of the basil test. Cuttings under the lamp rooted in a week. Results on my page. #basil #growlight`
    expect(said(md)[0]?.[1]).toBe('Dev Rao')
  })

  it('keeps words the sentence before relays from someone else theirs (look-alikes)', () => {
    const md = `Houseplants sell well online.

Ana Ruiz showed me a message a follower sent her after the video.

> My ferns finally stopped browning!! Thank you so much. #ferns #plantmom`
    expect(said(md)).toEqual([
      ['My ferns finally stopped browning!! Thank you so much. #ferns #plantmom', null],
    ])
  })

  it('reads the subject after a fronted phrase in a colon introduction', () => {
    const md = `Rosa Okoro, a former florist, is known for blunt repotting videos. In a recent post she recommended a fertiliser:

> Stop buying feed that is mostly water. This concentrate is the only one I use now.`
    expect(said(md)[0]?.[1]).toBe('Rosa Okoro')
    const md2 = `Tom Reed, a baker, is known for his sourdough. In his latest video he gave one tip:

> Never rush the second rise. The dough tells you when it is ready.`
    expect(said(md2)[0]?.[1]).toBe('Tom Reed')
  })

  it('keeps a name a fronted phrase is about (look-alike)', () => {
    const md = `Dr Ana Ruiz, a vet in Leeds, sees a dozen broken teeth a month.

For Ruiz, the lesson is simple. “Brush if you can, and come and see me before it hurts.”`
    expect(said(md)[0]?.[1]).toBe('Ana Ruiz')
  })

  it('keeps an unnamed subject after a fronted phrase unnamed (look-alike)', () => {
    const md = `Tom Reed, a baker, posted a video of his sourdough. In the comments, one follower wrote:

> Tried this twice and it came out flat both times.`
    expect(said(md)).toEqual([['Tried this twice and it came out flat both times.', null]])
  })
})

describe('round 31: words that came from someone', () => {
  it('gives a colon-introduced answer or reply to the one it came from', () => {
    expect(
      said(
        `Last week I asked how you save for repairs. My favourite reply came from Tom Reed: "Every pay day, ten pounds goes into a box I can't open."`,
      ),
    ).toEqual([["Every pay day, ten pounds goes into a box I can't open.", 'Tom Reed']])
    expect(
      said(
        `This week's answer comes from our editor, Joan Pike: "Round every purchase up to the next pound."`,
      ),
    ).toEqual([['Round every purchase up to the next pound.', 'Joan Pike']])
  })

  it('leaves words that did not come from anyone alone (look-alike)', () => {
    expect(said(`The rain came from the west: "It never stops," I wrote in my notes.`)).toEqual([
      ['It never stops,', null],
    ])
  })
})

describe('round 31: someone in a body’s post, unnamed, speaks for the body', () => {
  it('gives "the council’s planning officer" the council when no officer is named', () => {
    const md = `Harlow District Council approved the drainage plan on Monday.

The council's planning officer, asked about flooding at a public meeting, was clear: “The new drains can take a storm a year.”`
    expect(said(md)).toEqual([
      ['The new drains can take a storm a year.', 'Harlow District Council'],
    ])
    const md2 = `The Tarn Valley Rowing Trust runs the boathouse. “We will open in May,” the trust's head coach said.`
    expect(said(md2)).toEqual([['We will open in May,', 'Tarn Valley Rowing Trust']])
    const md3 = `Velmara Labs makes face creams in Leeds. “We test every batch twice,” the company's head chemist said.`
    expect(said(md3)).toEqual([['We test every batch twice,', 'Velmara Labs']])
  })

  it('keeps the holder the text named, and a study’s author (look-alikes)', () => {
    const md = `Harlow District Council approved the plan. Ana Ruiz, the council's planning officer, wrote the report.

“The drains will hold,” the council's planning officer said.`
    expect(said(md)).toEqual([['The drains will hold,', 'Ana Ruiz']])
    const md2 = `A study by researchers at Orrin University tracked 400 runners. Dr Amara Lind led it.

“Sleep mattered more than shoes,” the study's lead author said.`
    expect(said(md2)).toEqual([['Sleep mattered more than shoes,', 'Amara Lind']])
  })
})

describe('a colon line about a post is not the post writer’s line', () => {
  it('gives no block to the name a possessive or a verb follows', () => {
    const md = `Tom Arkwright won the 10k on Sunday.

Arkwright's coach posted this after the race:

> Proud of this lad. The new spikes did the rest.`
    expect(said(md).map(([, who]) => who)).toEqual([null])
  })

  it('still reads a line that only names the writer over each post', () => {
    const md = `## Maya Osei (@mayaglows)

> Three weeks in and my skin has never been this calm.

## Theo Brandt (@theoskin)

> The only serum that hasn't stung.`
    expect(said(md).map(([, who]) => who)).toEqual(['Maya Osei', 'Theo Brandt'])
  })
})
