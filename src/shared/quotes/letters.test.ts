import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'

// Articles written for these tests: readers' letters in advice columns, set out as block quotes.
const said = (md: string): [string, string | null][] => {
  const quotes = detectQuotes(md)
  const who = attributeQuotes(md, quotes)
  return quotes.map((q, i) => [q.text.slice(0, 21), who[i]?.speaker ?? null])
}

describe("readers' letters set out as block quotes", () => {
  it('reads a letter with words in marks inside it as one quote by an unnamed reader', () => {
    const md = `# “My sister wants to borrow our savings. Do we say no?”

Pia Varga answers your money questions every week

> My sister has asked to borrow £6,000 for a van for her cleaning business. She says she will pay us back "within the year, easy." My husband thinks family loans end friendships. We have no other savings to speak of. What should we do?
>
> Torn in Tewkesbury

Start with the hardest question: could you afford never to see that money again?`
    expect(said(md)).toEqual([
      ['My sister wants to bo', null],
      ['My sister has asked t', null],
    ])
  })

  it('takes initials, dashed or not, as a reader who is not named', () => {
    for (const sign of ['— R.T., by email', 'J.M., Carlow', 'K.', '– Fed up in Fenton']) {
      const md = `# Ask Ola

> Our landlord keeps the deposit "for wear and tear" every single time anyone moves out, even after we paid for a professional clean. Is that allowed where we live?
>
> ${sign}

Short answer: no.`
      expect(said(md), sign).toEqual([['Our landlord keeps th', null]])
    }
  })

  it('gives a letter signed with a first name and a town to that reader', () => {
    const md = `# Ask Ola

> My neighbour's tree drops half its leaves in our gutter every autumn and he just shrugs. Who pays for the clearing, and can I cut the branches back myself?
>
> Oskar, Dunmere

Yes, to the boundary.`
    expect(said(md)).toEqual([["My neighbour's tree d", 'Oskar']])
  })

  it('keeps a quote split by its attribution inside a block quote as two quotes of the speaker', () => {
    const md = `# The week in sport

> “We never stopped believing in the plan,” said Nadia Petrov, the club's captain, after the match. “Not in the dressing room, not in the stands, not once this whole season.”

The club plays again on Sunday.`
    expect(said(md)).toEqual([
      ['We never stopped beli', 'Nadia Petrov'],
      ['Not in the dressing r', 'Nadia Petrov'],
    ])
  })

  it('does not read a closing sentence of a post as a signature', () => {
    const md = `# Weekend notes

Theo Marsh posted this after the race:

> Twelve miles, two hills and one very muddy dog. Worth every step of it.
>
> See you all next week.`
    const out = said(md)
    expect(out.map((x) => x[0])).toEqual(['Twelve miles, two hil', 'See you all next week'])
  })

  it('does not take a byline sentence under a headline quote as the quote’s signature', () => {
    const md = `# “Should I pay off my car loan early?”

Dev Anand answers readers' questions every Monday

Mira Kostova is a reader who wrote in.

> I have £4,000 left on a car loan at 9%. I could clear it with my bonus next month, but then I would have almost nothing left in the bank.
>
> Mira, Holbeck

Keep a cushion first.`
    expect(said(md)[0]).toEqual(['Should I pay off my c', 'Mira Kostova'])
  })

  it('reads a column of letters, greetings and questions included, as the readers’ words only', () => {
    const md = `# Dear Ola: my flatmate never pays on time

Ola Brandt answers your questions about renting

> Dear Ola,
>
> My flatmate is always two weeks late with her half of the rent, and the landlord has started "reminding" me instead of her.
>
> We have lived together for three years. Should I move out?
>
> *— Skint in Salford*

It sounds exhausting. Talk to her first.

> I run a small café and my landlord wants to raise the rent by 30% at renewal. Is there a limit?
>
> Name withheld

No, there is no cap.

> My neighbour's extension blocks all our light. The council says it "complies." What can we do?
>
> — Sam, via email

You can ask for the plans.`
    expect(said(md)).toEqual([
      ['My flatmate is always', null],
      ['We have lived togethe', null],
      ['I run a small café an', null],
      ["My neighbour's extens", 'Sam'],
    ])
  })
})

// Review round 32: letters set one after another, each its own block quote, and a date line
// under an extract that is no signature.
describe('a column of letters, each its own block quote', () => {
  it('signs each letter by its own last line, named, first-named or unnamed', () => {
    for (const [first, who] of [
      ['Ines Okafor, Bridport', 'Ines Okafor'],
      ['Ines, Bridport', 'Ines'],
      ['Ines Okafor, via email', 'Ines Okafor'],
    ] as const) {
      const md = `# Your letters

By Cal Brody

> The bus from the station has been cut to two a day and the school run is now a drive.
>
> ${first}

> The new car park charges are driving people to the retail park out of town.
>
> P.D., Lyme

We welcome letters on any subject.`
      expect(said(md), first).toEqual([
        ['The bus from the stat', who],
        ['The new car park char', null],
      ])
    }
  })

  it('reads no signature in a date line under a poem', () => {
    const md = `# The poem on the bridge

By Cal Brody

The lines painted on the bridge end like this:

> We kept the lamps lit for the boats,
> and none of the boats came back.
>
> Winter, 1953

Nobody knows who painted them.`
    expect(said(md).map(([, who]) => who)).not.toContain('Winter')
  })
})
