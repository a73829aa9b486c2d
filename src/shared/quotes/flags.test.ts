import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- test fixture: the sample article the app ships
import { SAMPLE_DRAFTS, SAMPLE_PEOPLE } from '../../core/sample/content'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'
import { credentialFit, flagQuote } from './flags'

const body = SAMPLE_DRAFTS[0]?.revisions[0]?.body ?? ''
const quotes = detectQuotes(body)
const attributed = attributeQuotes(body, quotes, SAMPLE_PEOPLE)
const at = (prefix: string) => {
  const i = quotes.findIndex((q) => q.text.startsWith(prefix))
  return { quote: quotes[i]!, speaker: attributed[i]?.speaker ?? null }
}

describe('flagQuote', () => {
  it('flags a quote with no speaker', () => {
    const { quote, speaker } = at('My skin')
    const flags = flagQuote({ markdown: body, quote, speaker, people: SAMPLE_PEOPLE })
    expect(flags.map((f) => f.rule)).toEqual(['no-speaker'])
  })

  it('flags the ambassador speaking next to her brand', () => {
    const { quote, speaker } = at('I often suggest')
    const flags = flagQuote({ markdown: body, quote, speaker, people: SAMPLE_PEOPLE })
    expect(flags.filter((f) => f.rule === 'material-connection')).toHaveLength(2)
    expect(flags[0]?.message).toContain('ambassador for Orrenby')
  })

  it('does not flag a connection when the brand is not near', () => {
    const { quote, speaker } = at('Sunscreen is still')
    expect(flagQuote({ markdown: body, quote, speaker, people: SAMPLE_PEOPLE })).toEqual([])
  })

  it('flags a nutritionist on a skin subject, with the words that decided it', () => {
    const { quote, speaker } = at('They feed')
    const flags = flagQuote({
      markdown: body,
      quote,
      speaker,
      people: SAMPLE_PEOPLE,
      subject: 'skin microbiome',
    })
    expect(flags).toHaveLength(1)
    expect(flags[0]?.rule).toBe('credential-mismatch')
    expect(flags[0]?.message).toMatch(/dermatology \("skin"\).*nutrition/)
  })

  it('explains a fit and an unknown subject', () => {
    const ruiz = { name: 'Ana Ruiz', credentials: ['Board-certified dermatologist'] }
    expect(credentialFit(ruiz, 'wrinkles').fits).toBe(true)
    expect(credentialFit(ruiz, 'astronomy').fits).toBeNull()
  })
})
