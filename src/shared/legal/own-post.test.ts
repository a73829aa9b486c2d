import { describe, expect, it } from 'vitest'
import { errorsOf } from '../../../test/support/legal'

const filler = Array.from(
  { length: 8 },
  (_, i) => `Tip ${i + 1}: keep the jars you use most at eye level, and label the rest.`,
).join('\n\n')

describe('a connected creator’s own post, labelled inside the words that endorse', () => {
  it('is disclosed by an ad label that opens the post', () => {
    const body = `# Pantries of the week

Tomi Adeyemi-Holt has 90,000 followers. Her post, saved 9,000 times, shows her pantry.

> #ad Spent Saturday with the new Glassby canisters and I am never going back to boxes.

${filler}

Tomi Adeyemi-Holt is paid by Glassby to promote its canisters.
`
    expect(errorsOf(body)).toEqual([])
  })

  it('is still an error when the post carries no label and the tie is told far away', () => {
    // Look-alike: the same post without its label.
    const body = `# Pantries of the week

Tomi Adeyemi-Holt has 90,000 followers. Her post, saved 9,000 times, shows her pantry.

> Spent Saturday with the new Glassby canisters and I am never going back to boxes.

${filler}

Tomi Adeyemi-Holt is paid by Glassby to promote its canisters.
`
    expect(errorsOf(body)).toEqual(['material-connection-undisclosed'])
  })
})
