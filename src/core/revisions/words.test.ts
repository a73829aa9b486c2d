import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords } from '@shared/text'
import { countWordsInSteps } from './words'

describe('countWordsInSteps', () => {
  it('counts what countWords counts, however the text is cut', async () => {
    const pieces = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      'word',
      'l’été',
      'don’t',
      'x-ray',
      '-',
      "'",
      '’',
      '42',
      'Ærø',
      '😀',
      '日本語',
      '.',
      ',',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(pieces, { maxLength: 200 }),
        fc.integer({ min: 1, max: 40 }),
        async (parts, slice) => {
          const text = parts.join('')
          expect(await countWordsInSteps(text, slice)).toBe(countWords(text))
        },
      ),
    )
  })

  it('counts a 50k-word draft in many slices', async () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `wörd${i}’s${i % 9 ? ' ' : '\n'}`).join(
      '',
    )
    expect(await countWordsInSteps(text)).toBe(50_000)
  })
})
