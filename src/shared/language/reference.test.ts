import { describe, expect, it } from 'vitest'
import { readDocument } from './document'
import { resolveDescription, resolvePronoun, unnamedSince } from './reference'

/** What the pronoun or description at the last occurrence of `word` in `text` refers to. */
function refer(text: string, word: string): string | null {
  const doc = readDocument(text)
  const at = text.toLowerCase().lastIndexOf(word.toLowerCase())
  const r = /^(?:she|he|her|his|they|their|it|its)$/i.test(word)
    ? resolvePronoun(doc, at, word)
    : resolveDescription(doc, word.replace(/^the /, ''), at)
  return r?.entity?.name ?? (r?.unnamed ? `unnamed: ${r.unnamed}` : null)
}

describe('one coreference resolver for quotes and disclosures', () => {
  it('agrees in gender, skipping the nearer name of the other gender', () => {
    expect(
      refer('Ines Marlow runs the bakery with Tomas Reed. Later she opened a second shop.', 'she'),
    ).toBe('Ines Marlow')
    expect(
      refer('Ines Marlow runs the bakery with Tomas Reed. Later he opened a second shop.', 'he'),
    ).toBe('Tomas Reed')
  })

  it('takes "its" and "they" for an organisation, never a person', () => {
    expect(
      refer('Harlow Mills Ltd hired Ines Marlow in May. Its new flour sells well.', 'Its'),
    ).toBe('Harlow Mills Ltd')
  })

  it('gives a document to the organisation whose it is', () => {
    expect(
      refer(
        'Harlow Parish Council met on Monday. I read the council’s own drainage audit. The audit',
        'the audit',
      ),
    ).toBe('Harlow Parish Council')
    expect(
      refer(
        'Vessel Dairy makes oat milk. Ines Marlow leaked Vessel Dairy’s safety assessment. The assessment',
        'the assessment',
      ),
    ).toBe('Vessel Dairy')
  })

  it('keeps an unnamed person unnamed: a pronoun after "one resident" is hers', () => {
    const text =
      'Mayor Ines Marlow visited on Monday. One resident said the water came fast. She left.'
    expect(refer(text, 'She')).toBe('unnamed: One resident')
    expect(unnamedSince(readDocument(text), 0, text.length)).toBe('One resident')
  })

  it('does not take a place or an owner for an unnamed person introduced', () => {
    const text =
      'Ines Marlow, 71, watched from a neighbour’s window as the river rose. Later she went home.'
    expect(refer(text, 'she')).toBe('Ines Marlow')
  })

  it('reads a spokesperson sentence-initial or not, and speaks for the organisation', () => {
    const text =
      'A spokesperson for the Harlow Water Board said the pipes were old. Then she added a line.'
    expect(refer(text, 'she')).toBe('Harlow Water Board')
  })

  it('resolves role nouns: a title, an institution word, the issuer of a statement', () => {
    expect(
      refer(
        'Harbour Captain Ana Ruiz spoke first. Tomas Reed followed. The captain left.',
        'the captain',
      ),
    ).toBe('Ana Ruiz')
    const flood =
      'The Cale River Authority issued a warning for the Millbrook estate. Residents of Millbrook were moved. The authority said in a statement that the wall held. The statement said more.'
    expect(refer(flood, 'the authority')).toBe('Cale River Authority')
    expect(refer(flood, 'the statement')).toBe('Cale River Authority')
    expect(
      refer(
        'A 2021 review by researchers at Harlow University found little. The review said so.',
        'the review',
      ),
    ).toBe('Harlow University')
  })

  it('takes "the woman" with no woman so described for an unnamed person', () => {
    expect(refer('Two diners sat by the door. The woman laughed.', 'the woman')).toBe(
      'unnamed: the woman',
    )
  })

  it('reads a description made of an organisation’s name words', () => {
    const text =
      'The Upper Tarn Drainage Board and the Tarn Valley Fishing Association met on Monday. The fishing association said the weir must go. The board disagreed.'
    const doc = readDocument(text)
    const at = (w: string) => text.lastIndexOf(w)
    expect(
      resolveDescription(doc, 'association', at('The fishing'), {}, ['fishing'])?.entity?.name,
    ).toBe('Tarn Valley Fishing Association')
    expect(resolveDescription(doc, 'board', at('The board'))?.entity?.name).toBe(
      'Upper Tarn Drainage Board',
    )
  })

  it('reads a person’s gender from the pronouns the text uses for them', () => {
    const text =
      'Nkechi Albarran runs the ferry café. “Trade is down,” she said.\n\nThe pier reopened. Later he left.'
    expect(refer(text, 'he')).toBe(null)
    expect(refer(text.replace('Later he', 'Later she'), 'she')).toBe('Nkechi Albarran')
  })

  it('takes a person noun no name follows for someone unnamed, but not a predicate or an apposition', () => {
    const pilot =
      'Tomas Brandt flew the route for years. A retired pilot who lives nearby said the strip was closed. He was angry.'
    expect(refer(pilot, 'He')).toBe('unnamed: A retired pilot')
    const predicate = 'Tomas Brandt is a retired pilot who lives nearby. He was angry.'
    expect(refer(predicate, 'He')).toBe('Tomas Brandt')
    const apposition =
      'Tomas Brandt—a retired pilot for Eastwind—said the strip was closed. He was angry.'
    expect(refer(apposition, 'He')).toBe('Tomas Brandt')
  })
})

describe('phrases that name someone or say what they are introduce no one', () => {
  it('reads "a man named X" as X, and "as a teenager" as a predicate', () => {
    expect(
      refer('Hedda runs the shop. Her teacher was a man named Cyrus Pell. Later he retired.', 'he'),
    ).toBe('Cyrus Pell')
    expect(
      refer('Hedda Sorrentine raced bicycles as a teenager. Later she built frames.', 'she'),
    ).toBe('Hedda Sorrentine')
    // "There was a woman who …" does introduce someone.
    expect(
      refer(
        'Hedda Sorrentine ran the shop. There was a woman who came every week. Later she bought a frame.',
        'she',
      ),
    ).toBe('unnamed: a woman')
  })
})

describe('round 30: a pronoun that refers forward', () => {
  it('takes a fronted clause’s pronoun for the name that opens the main clause', () => {
    const a =
      'Ana Ruiz chaired the trust. When she took over in 2019, Marta Ilves found no visitors.'
    expect(refer(a, 'she')).toBe('Marta Ilves')
    const b = 'Tom Hale ran the mill. Before he joined, Idris Fenn ran a bakery.'
    expect(refer(b, 'he')).toBe('Idris Fenn')
    const c = 'Ana Ruiz chaired the trust. In her first year, Marta Ilves doubled the visitors.'
    expect(refer(c, 'her')).toBe('Marta Ilves')
  })

  it('looks back when the main clause opens with no agreeing name', () => {
    // Look-alikes: the other gender, a possessive, no name at all.
    const a = 'Ana Ruiz chaired the trust. When she called, Tom Hale answered the phone.'
    expect(refer(a, 'she')).toBe('Ana Ruiz')
    const b = "Ana Ruiz chaired the trust. When she retired, Marta Ilves's son took over."
    expect(refer(b, 'she')).toBe('Ana Ruiz')
    const c = 'Ana Ruiz chaired the trust. When she arrived, the museum had no visitors.'
    expect(refer(c, 'she')).toBe('Ana Ruiz')
  })
})
