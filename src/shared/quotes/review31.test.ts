import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'

// Round 31 review (language side): short cases written for the review (invented people and
// firms), near variants and look-alikes of this round's speaker readings.

const said = (md: string): (string | null)[] => {
  const quotes = detectQuotes(md)
  const who = attributeQuotes(md, quotes)
  return quotes.map((_, i) => who[i]?.speaker ?? null)
}

describe('a role owned by a common noun, with the holder named after a comma', () => {
  it('gives the quote to the named holder, not to someone the role resolves to earlier', () => {
    const md = `Skellig showed three new boots at the fair. Its founder, Sam Lowe, ran the stand.

Tom Reed came late.

“Prices are fair,” said the shop's owner, Joan Pike.

Ola Brandt came too.

“We were busy all day,” added the firm's chief executive, Ana Ruiz.`
    expect(said(md)).toEqual(['Joan Pike', 'Ana Ruiz'])
  })

  it('still resolves the role when no name follows, and not to a name the holder is possessed by', () => {
    const md = `Skellig showed three new boots at the fair. Its founder, Sam Lowe, ran the stand.

“We loved it,” said the company's founder.

Tom Reed came late. “The queue was long,” said the shop's owner, Joan Pike's husband.`
    expect(said(md)[0]).toBe('Sam Lowe')
    expect(said(md)[1]).not.toBe('Joan Pike')
  })
})

describe('a possessive role with an "of" phrase that holds a figure or a capital', () => {
  it('gives the quote to the named holder', () => {
    const md = `Skellig showed three new boots at the fair in Ashby. Joan Pike ran the stand.

“We spent four years on the soles,” said Skellig's head of UK sales, Ola Brandt.

Marta Ilves bought two pairs.

“I would buy them again,” said Tom Reed's friend of forty years, Ana Ruiz.`
    expect(said(md)).toEqual(['Ola Brandt', 'Ana Ruiz'])
  })

  it('keeps the company when the role has no name after it', () => {
    const md = `Skellig showed three new boots at the fair in Ashby.

“We sold out,” said Skellig's head of UK sales.`
    expect(said(md)).toEqual(['Skellig'])
  })
})

describe('where a reader or listener is from is no speaker', () => {
  it('gives the words to the person, or to no one when only "a reader" is named', () => {
    const md = `A listener, Priya from Dunmore, wrote in: “Why does my starter smell of nail varnish?”

Sam from Leeds said his loaf was “flat as a pancake”.

A reader from Carrow wrote: “I keep mine in the fridge.”`
    expect(said(md)).toEqual(['Priya', 'Sam', null])
  })

  it('keeps a person with their workplace, a spokesman for a firm and a letter’s writer', () => {
    const md = `A letter from Ana Ruiz said the plan was “dead in the water”.

A spokesman from Skellig said the boots were “sold out”.

“It rained all day,” wrote Marta Ilves in Harbour Weekly.

Tom Reed from the Harbour Bakery said: “Feed it more.”`
    expect(said(md)).toEqual(['Ana Ruiz', 'Skellig', 'Marta Ilves', 'Tom Reed'])
  })
})

describe('a possessive role with the holder named straight after it', () => {
  it('gives the quote to the holder, not to a person named earlier', () => {
    const md = `Skellig showed three boots at the fair. Its chief executive, Tom Reed, opened the stand.

“It weighs less than a kilo,” said Kestrel's product manager Marta Ilves.`
    expect(said(md)).toEqual(['Marta Ilves'])
  })
})

describe('an elision in typewriter marks does not swallow the quotes after it', () => {
  it('finds the quotes in curly marks after "\'Tis" and "the \'burbs"', () => {
    const md = `'Tis the season, and stallholder Marta Ilves has never been busier. “I sold out by ten,” she said.

Folk in the 'burbs love Tom Reed's pies. “We bake through the night,” he said.`
    const quotes = detectQuotes(md).map((q) => q.text)
    expect(quotes).toEqual(['I sold out by ten,', 'We bake through the night,'])
    expect(said(md)).toEqual(['Marta Ilves', 'Tom Reed'])
  })

  it('keeps a quote in typewriter single marks, and a British quote that runs over paragraphs', () => {
    const md = `Dr Euan Gillies runs the island surgery. “It is busy,” he said. 'It was never this bad,' he added.`
    expect(detectQuotes(md).map((q) => q.text)).toEqual(['It is busy,', 'It was never this bad,'])
    const uk = `‘The harbour was full of boats,’ said Ana Ruiz. ‘We sold everything by noon.

‘Then the storm came and the boats left.’`
    expect(detectQuotes(uk).map((q) => q.text)).toEqual([
      'The harbour was full of boats,',
      'We sold everything by noon.',
      'Then the storm came and the boats left.',
    ])
  })
})

describe('a body the text does not name writes to a person', () => {
  it('gives the block to no one, not to the person written to', () => {
    const md = `Ana Ruiz runs the harbour café. In a letter to Tom Reed, the council wrote:

> The café licence will not be renewed.`
    expect(said(md)).toEqual([null])
  })

  it('keeps a named writer and the subject who writes to a body', () => {
    const md = `Ana Ruiz runs the harbour café. In a letter to Tom Reed, Ana Ruiz wrote:

> The café will stay open.

Marta Ilves runs the bakery. Tom Reed wrote to the council:

> The bakery needs a licence.`
    expect(said(md)).toEqual(['Ana Ruiz', 'Tom Reed'])
  })
})
