import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'

// Posts written for these tests, quoted in a creators roundup.
const read = (post: string) => {
  const body = `# Plant care\n\nWe asked three creators for their tips.\n\n> ${post}\n\n— Posted by Ada Okoro (88,000 followers)\n`
  const start = body.indexOf(post)
  return analyseDisclosures({
    body,
    quotes: [{ start, end: start + post.length, speaker: 'Ada Okoro' }],
  }).disclosures.map((d) => `${d.kind}:${body.slice(d.start, d.end)}`)
}

describe('a plain label that opens a post', () => {
  it('is read before a bar, a colon or a dot', () => {
    const cases: [string, string][] = [
      ['Ad | Three months ago this fig had six leaves. The Verdalis feed saved it.', 'Ad'],
      ['AD · Three months ago this fig had six leaves.', 'AD'],
      ['Sponsored: Three months ago this fig had six leaves.', 'Sponsored'],
      ['Advertisement: Three months ago this fig had six leaves.', 'Advertisement'],
    ]
    for (const [post, label] of cases) expect(read(post), post).toEqual([`sponsored:${label}`])
  })

  it('is not any word before a colon, nor a vague one', () => {
    for (const post of [
      'Update: Three months ago this fig had six leaves.',
      'Partner: Three months ago this fig had six leaves.',
      'Advice: water only when the top two inches are dry.',
    ])
      expect(read(post), post).toEqual([])
  })
})
