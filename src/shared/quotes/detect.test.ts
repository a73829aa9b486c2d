import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- test fixture: the sample article the app ships
import { SAMPLE_DRAFTS } from '../../core/sample/content'
import { detectQuotes } from './detect'

const feature = SAMPLE_DRAFTS[0]?.revisions[0]?.body ?? ''

describe('detectQuotes', () => {
  it('finds straight and curly quotes with offsets inside the marks', () => {
    const md = 'She said "one two three four" and “five six seven eight,” he says.'
    const qs = detectQuotes(md)
    expect(qs.map((q) => q.text)).toEqual(['one two three four', 'five six seven eight,'])
    for (const q of qs) expect(md.slice(q.start, q.end)).toBe(q.text)
  })

  it('links the parts of a quote split by an attribution', () => {
    const qs = detectQuotes('"What the fermentation does," she says, "is break the polyphenols."')
    expect(qs).toHaveLength(2)
    expect(qs[0]?.groupId).toBe(qs[1]?.groupId)
  })

  it('keeps closed quotes in different paragraphs apart, however few the words between', () => {
    const qs = detectQuotes(
      '"The first one is closed here," she said.\n\nHe said: "A second quote, in its own paragraph."',
    )
    expect(qs).toHaveLength(2)
    expect(qs[0]?.groupId).not.toBe(qs[1]?.groupId)
    // …and two quotes of one paragraph with no verb of saying between are two quotes too.
    const apart = detectQuotes(
      'Her notes: "Add the salt at the start of it," and then, much later, "add the pepper at the very end."',
    )
    expect(apart).toHaveLength(2)
    expect(apart[0]?.groupId).not.toBe(apart[1]?.groupId)
  })

  it('carries a quote over paragraphs that reopen with a mark', () => {
    const qs = detectQuotes(
      '"First paragraph of the quote here.\n\n"Second paragraph ends it," she said.',
    )
    expect(qs.map((q) => q.text)).toEqual([
      'First paragraph of the quote here.',
      'Second paragraph ends it,',
    ])
    expect(qs[0]?.groupId).toBe(qs[1]?.groupId)
  })

  it('ignores nested single quotes, apostrophes and scare quotes', () => {
    const qs = detectQuotes(
      `The "clean" label is everywhere. "Don't say 'never' to me," said Ann Lee.`,
    )
    expect(qs.map((q) => q.text)).toEqual(["Don't say 'never' to me,"])
  })

  it('keeps quoted words whose subject is the document named before them', () => {
    expect(
      detectQuotes(
        'A Corvane spokesman said the review “found no fault with the design” and declined to comment further.',
      ).map((q) => q.text),
    ).toEqual(['found no fault with the design'])
    expect(
      detectQuotes(
        'Asked about the delays, the chair said the report “was written before the new rules” and would be revised.',
      ).map((q) => q.text),
    ).toEqual(['was written before the new rules'])
    // A title after the same words is still a title.
    expect(
      detectQuotes('She said the report “Rivers in Retreat” would be out in May.').map(
        (q) => q.text,
      ),
    ).toEqual([])
  })

  it('keeps a one-word predicate of reported speech', () => {
    expect(
      detectQuotes(
        'A woman at the back of the hall shouted that the board was “lying” to tenants and was led out.',
      ).map((q) => q.text),
    ).toEqual(['lying'])
    expect(
      detectQuotes(
        'The operator said it was ‘heartbroken’ for the families and would pay for the funerals.',
      ).map((q) => q.text),
    ).toEqual(['heartbroken'])
    // A scare-quoted word with no one reported saying it stays out.
    expect(
      detectQuotes('The so-called budget was “balanced” only on paper.').map((q) => q.text),
    ).toEqual([])
  })

  it('keeps no one-word scare quote or document word after a copula as reported speech', () => {
    for (const text of [
      // The writer's own scare quote, in a clause after the reported one.
      'The trust said the survey was finished, but the repair was “urgent” for another decade.',
      // A website's, a brochure's or a jar's word is no one's speech.
      'The hotel says on its website that every room is “quiet”, though the bar is below.',
      'According to the leaflet, which says the walk is “gentle”, it takes an hour.',
      'The jam is sweet, and the maker’s website says the fruit is “local”.',
    ])
      expect(detectQuotes(text).map((q) => q.text)).toEqual([])
  })

  it('keeps a short quote that is attributed', () => {
    expect(detectQuotes('"Absolutely," said Grace Byrne.').map((q) => q.text)).toEqual([
      'Absolutely,',
    ])
  })

  it('ends a Q&A answer at a bracketed note: the note is not an answer', () => {
    const md = `# Ten minutes with a glassblower

In this interview, Ottilie Brask talks about furnaces.

**How hot does the furnace run?**

About eleven hundred degrees, all day and all night.

**Do you ever let it go out?**

Only in August, when we reline it.

[Editor's note: Brask sits on the board of Kilnworth Supplies, which sells furnace linings.]`
    const qs = detectQuotes(md)
    expect(qs.filter((q) => q.kind === 'qa-answer').map((q) => q.text)).toEqual([
      'About eleven hundred degrees, all day and all night.',
      'Only in August, when we reline it.',
    ])
  })

  it('in a transcript with labelled answers, takes no unlabelled line after the host’s closing turn as an answer', () => {
    const txt = `Episode 12: Is the night bus worth saving?

This episode is sponsored by Linebook, the timetable app.

HOST (Ada Lamb): My guest is Ivo Crane, who drives the N29. Ivo, welcome.

IVO CRANE: Thanks for having me.

ADA LAMB: What is the hardest shift?

IVO CRANE: Saturday, after two. Everyone is tired and the roads are full of taxis.

ADA LAMB: Ivo Crane, thank you.

Linebook had no say in this episode. Ivo Crane has no ties to Linebook.`
    expect(
      detectQuotes(txt)
        .filter((q) => q.kind === 'qa-answer')
        .map((q) => q.text),
    ).toEqual([
      'Thanks for having me.',
      'Saturday, after two. Everyone is tired and the roads are full of taxis.',
    ])
  })

  it('reads an “ask me anything” thread: each reader’s labelled question, the host’s unlabelled answers', () => {
    const txt = `AMA: I'm Rhea Solberg, a lighthouse keeper for twenty years. Ask me anything!

Rhea Solberg kept the Skarn Point light until it was automated in 2019.

u/tidewatcher: How often did the lamp fail?

Twice in twenty years, both times in storms. We had a spare burner ready.

u/gullfeather: Were you ever lonely?

Less than people think. The supply boat came every Tuesday.

u/saltmarsh: What do you miss most?

The quiet before dawn, and the smell of paraffin.`
    expect(
      detectQuotes(txt)
        .filter((q) => q.kind === 'qa-answer')
        .map((q) => q.text),
    ).toEqual([
      'Twice in twenty years, both times in storms. We had a spare burner ready.',
      'Less than people think. The supply boat came every Tuesday.',
      'The quiet before dawn, and the smell of paraffin.',
    ])
  })

  it('reads a set-off prompt with a remark after its question, and ends the answers at the writer’s closing line', () => {
    const md = `# Ten minutes with a lock-keeper

In this interview, Bertil Amundsen-Roy talks about the canal.

*How many boats come through?*

About forty on a summer Saturday.

*What about winter? Nobody can be out on the water then.*

More than you’d think. The hardy ones come in January.

*Do you ever fall in?*

Twice. Both times in front of a school trip.

*Bertil Amundsen-Roy’s memoir, Slow Water, is out in June.*

Amundsen-Roy still works the top lock every weekend.`
    const qs = detectQuotes(md)
    expect(qs.filter((q) => q.kind === 'qa-answer').map((q) => q.text)).toEqual([
      'About forty on a summer Saturday.',
      'More than you’d think. The hardy ones come in January.',
      'Twice. Both times in front of a school trip.',
    ])
  })

  it('reads plain "…?" questions as a Q&A when the intro puts questions to someone, and ends it at a rule', () => {
    const md = (intro: string) => `# Ask the gardener: winter jobs

${intro}

Should I cut back my roses now?

No. Wait until March, when the worst frosts are over.

Is it too cold to plant bulbs?

Not while the ground can be dug. Tulips go in until Christmas.

Do I need to cover the pond?

Only if herons visit. A net keeps them off.

---

Ruth Okafor-Lane writes a monthly column for us.`
    const answers = (text: string) =>
      detectQuotes(text)
        .filter((q) => q.kind === 'qa-answer')
        .map((q) => q.text)
    const three = [
      'No. Wait until March, when the worst frosts are over.',
      'Not while the ground can be dug. Tulips go in until Christmas.',
      'Only if herons visit. A net keeps them off.',
    ]
    expect(
      answers(md('Ruth Okafor-Lane has gardened for forty years. We put your questions to her.')),
    ).toEqual(three)
    expect(answers(md('Ruth Okafor-Lane answers readers’ questions every month.'))).toEqual(three)
    // Without any sign that the questions are put to someone, "…?" lines are the writer's own.
    expect(
      answers(
        md('Ruth Okafor-Lane has gardened for forty years.').replace('Ask the gardener: ', ''),
      ),
    ).toEqual([])
  })

  it('reads no interview into an explainer or an op-ed whose intro mentions questions', () => {
    const piece = (intro: string) => `# The pool closure

${intro}

Will the lessons move?

Yes. They go to the Northgate pool, two miles away.

Can I still use my pass?

Until May, yes. After that, ask for a refund at the desk.

Is there any chance of a reprieve?

Campaigners want a review, but no date has been set.`
    const answers = (text: string) => detectQuotes(text).filter((q) => q.kind === 'qa-answer')
    // Lower-case words after "questions for/to" are no one the questions are put to.
    expect(answers(piece('The vote leaves questions for swimmers who use the pool.'))).toEqual([])
    expect(
      answers(piece('There are questions to answer, and the council has ducked them.')),
    ).toEqual([])
    // A person is.
    expect(answers(piece('We put these questions to Hana Brisk, who runs the pool.'))).toHaveLength(
      3,
    )
  })

  it('pairs German-style marks: „ opens and “ closes', () => {
    const qs = detectQuotes('„We doubled our visitors“, the mayor said. “Next year, more stalls.”')
    expect(qs.map((q) => q.text)).toEqual(['We doubled our visitors', 'Next year, more stalls.'])
  })

  it('finds the sample feature quotes and its Q&A answers', () => {
    const qs = detectQuotes(feature)
    expect(qs.filter((q) => q.kind === 'qa-answer')).toHaveLength(5)
    expect(qs.filter((q) => q.kind === 'direct')).toHaveLength(10)
    expect(qs.some((q) => q.text.startsWith('**Q'))).toBe(false)
  })
})

// Sentences written for these tests.
describe('words in marks that modify a noun', () => {
  const texts = (md: string) => detectQuotes(md).map((q) => q.text)

  it('are a term, not speech: “light” olive oil, “clean” beauty brands', () => {
    expect(
      texts(
        'Avoid anything labelled “light” olive oil if you want flavour.\n\nShe distrusts so-called “clean” beauty brands.',
      ),
    ).toEqual([])
  })

  it('leave a quoted verb or a word with its own punctuation as speech', () => {
    expect(
      texts(
        'One man shouted that the council was “robbing” residents.\n\nThe mayor called the plan “reckless,” and left.',
      ),
    ).toEqual(['robbing', 'reckless,'])
  })

  it('leave words said at a time, or a whole quoted noun phrase, as speech', () => {
    expect(
      texts(
        'Mayor Ana Ruiz called the ruling “deeply unfair” yesterday and said she would appeal.\n\n' +
          'Opposition leader Tom Reed described the cuts as “a travesty” moments after the vote.\n\n' +
          'Residents’ group chair Marta Ilves said the plan was “a disgrace” today.',
      ),
    ).toEqual(['deeply unfair', 'a travesty', 'a disgrace'])
    // The terms still are not quotes.
    expect(texts('Shoppers who buy “reduced fat” cheese spreads pay more.')).toEqual([])
  })
})

// Articles written for these tests.
describe('questions set as headings', () => {
  const answers = (md: string) =>
    detectQuotes(md)
      .filter((q) => q.kind === 'qa-answer')
      .map((q) => q.text.slice(0, 20))

  it('are an interview after a line that puts questions to someone', () => {
    const md = `# Heat pumps, explained

Heat pumps now heat one home in ten.

## Four questions for the engineers

We asked Lena Ruiz, chief engineer at Warmfield, what buyers should know.

### How long does one last?

About twenty years, if it is serviced every other year.

### Is it loud?

No louder than a fridge at two metres.`
    expect(answers(md)).toEqual(['About twenty years, ', 'No louder than a fri'])
  })

  it('are an explainer’s own headings when no line puts them to anyone', () => {
    const md = `# Heat pumps, explained

Heat pumps now heat one home in ten.

### How long does one last?

About twenty years, if it is serviced every other year.

### Is it loud?

No louder than a fridge at two metres.`
    expect(answers(md)).toEqual([])
  })

  it('are readers’ letters when the headings quote the question', () => {
    const md = `# Ask Marta

I asked a mechanic, Tom Reed, what he sees most. “Worn brake pads,” he said.

### “Is it worth cycling in winter?”

Yes, with mudguards and lights.

### “How do I keep my hands warm?”

Lobster mitts.`
    expect(answers(md)).toEqual([])
  })
})

describe('round 31: a reported fragment far from its verb of saying', () => {
  const texts = (md: string) => detectQuotes(md).map((q) => q.text)

  it('finds a short fragment opening with a modal in a clause a verb of saying reports', () => {
    expect(
      texts(
        'Orvane said that its largest customer, a chain of garden centres in the north, had cut its orders by a third last spring, and that the loss "could badly hurt" its margins.',
      ),
    ).toEqual(['could badly hurt'])
    expect(
      texts(
        'Ana Ruiz told the committee that the timetable, already delayed twice since the spring and again in the autumn, “might not survive” another winter.',
      ),
    ).toEqual(['might not survive'])
    expect(
      texts(
        'The board warned in its annual report to shareholders, published on the last day of March after a long delay, that rising costs “would weigh heavily” on profits.',
      ),
    ).toEqual(['would weigh heavily'])
  })

  it('leaves a modal fragment with no verb of saying, or a title, alone (look-alikes)', () => {
    expect(
      texts(
        'Prices "could rise" again next year as fuel costs climb and wages go up across the region.',
      ),
    ).toEqual([])
    expect(texts('She bought the album "Could Be Worse" on the day it came out.')).toEqual([])
    expect(
      texts(
        'Ana Ruiz said the company, which makes garden furniture in three towns and sells it in shops across the county, uses the slogan “will last for ever” on its boxes.',
      ),
    ).toEqual([])
  })
})
