import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'
import { dateStamp } from './speakers'

// Articles written for these tests.
const said = (md: string): [string, string | null][] => {
  const quotes = detectQuotes(md)
  const who = attributeQuotes(md, quotes)
  return quotes.map((q, i) => [q.text.slice(0, 21), who[i]?.speaker ?? null])
}

describe('posts signed on the line below', () => {
  it('gives each post to the "— Posted by" line under it, not the one above it', () => {
    const md = `# Creators on their January walks

We asked three walkers what keeps them going. Their posts:

> Frost on the ridge at seven this morning and not a soul about. Worth the alarm.

— Posted by Oona Farrell (88,000 followers)

> Wet socks are the price of the best views. Pack two pairs.

— Posted by Kit Sandoval (12,000 followers)

> Three hours, two hills, one very muddy dog.

Shared by Ravi Mehta (40,500 followers)`
    expect(said(md)).toEqual([
      ['Frost on the ridge at', 'Oona Farrell'],
      ['Wet socks are the pri', 'Kit Sandoval'],
      ['Three hours, two hill', 'Ravi Mehta'],
    ])
  })

  it('keeps a name line above each post when no line signs below', () => {
    const md = `# Creators on their January walks

We asked three walkers what keeps them going.

**Oona Farrell** (88,000 followers)

> Frost on the ridge at seven this morning and not a soul about. Worth the alarm.

**Kit Sandoval** (12,000 followers)

> Wet socks are the price of the best views. Pack two pairs.`
    expect(said(md)).toEqual([
      ['Frost on the ridge at', 'Oona Farrell'],
      ['Wet socks are the pri', 'Kit Sandoval'],
    ])
  })

  it('leaves a post that names its own speaker to that speaker, whoever signs below', () => {
    const md = `# Fishermen's stories

> “I never thought I'd see the harbour full again,” says fisherman Tom Reed.

— Filmed by Jo Pell

> “We will rebuild the market stone by stone,” said Mayor Ana Ruiz.

— Posted by Harbour Town News

> Nets mended, boat painted, ready for Monday.

— Posted by Kit Sandoval (12,000 followers)`
    expect(said(md)).toEqual([
      ["I never thought I'd s", 'Tom Reed'],
      ['We will rebuild the m', 'Ana Ruiz'],
      ['Nets mended, boat pai', 'Kit Sandoval'],
    ])
  })

  it('does not take the byline above an opening block quote for its writer', () => {
    const md = `# Quiet streets

By Jo Pell

> “A town is the people in it.”

The harbour town has lost a third of its people since 1990.`
    expect(said(md)).toEqual([['A town is the people ', null]])
  })

  it('does not make a product named over a reader review its writer', () => {
    const md = `# Five shoes our readers love

**Kestrel Glide 2**

> Light, quick and comfortable on long runs. Worth every penny.

**Orrin Pace**

> Grippy on wet roads and cheap. Worth a look.`
    expect(said(md).map(([, who]) => who)).toEqual([null, null])
  })

  it('reads "Posted by" as who, and "Posted Sunday" as when', () => {
    expect(dateStamp('— Posted by Oona Farrell')).toBe(false)
    expect(dateStamp('— Posted Sunday, 3 March')).toBe(true)
  })
})

describe('words sent in, introduced with a colon', () => {
  it('are whoever the tip, letter or note came from', () => {
    const md = `# Pantry notes

Olive oil keeps for about 18 months unopened.

Reader tip from Marta in Glasgow: "Keep it away from the hob."

A letter from Tom Hale of Leeds: "I buy the big tins and decant them."

Advice from my grandmother: "Never cook with the good oil."`
    expect(said(md)).toEqual([
      ['Keep it away from the', 'Marta'],
      ['I buy the big tins an', 'Tom Hale'],
      ['Never cook with the g', null],
    ])
  })
})
