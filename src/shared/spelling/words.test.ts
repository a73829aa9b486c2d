import { describe, expect, it } from 'vitest'
import { spelledRight, wordsToCheck } from './words'

const words = (t: string) => wordsToCheck(t).map((w) => w.word)

describe('wordsToCheck', () => {
  it('gives the words of prose with their offsets', () => {
    const text = "She didn't say skin-care, recieve."
    const found = wordsToCheck(text)
    expect(found.map((w) => w.word)).toEqual(['She', "didn't", 'say', 'skin-care', 'recieve'])
    for (const w of found) expect(text.slice(w.start, w.end)).toBe(w.word)
  })

  it('leaves out link targets, URLs, e-mail, code, tags, numbers, abbreviations and single letters', () => {
    expect(
      words(
        'See [the studdy](https://exmple.org/paath) or www.exmple.com, mail ab@exmple.org, ' +
          'run `npm instal`, <span class="x">ok</span>, VELLA-12 and FTC, a b.\n\n```\nconst zzq = 1\n```\n',
      ),
    ).toEqual(['See', 'the', 'studdy', 'or', 'mail', 'run', 'ok', 'and'])
  })
})

describe('spelledRight', () => {
  const dict = new Set(['skin', 'care', 'colour', "don't"])
  const correct = (w: string) => dict.has(w.toLowerCase())
  it('accepts a word the dictionary or the house list knows, and a compound of known parts', () => {
    expect(spelledRight('skin-care', correct, new Set())).toBe(true)
    expect(spelledRight('Vellaria', correct, new Set(['vellaria']))).toBe(true)
    expect(spelledRight('don’t', correct, new Set())).toBe(true)
    expect(spelledRight('skin-kare', correct, new Set())).toBe(false)
    expect(spelledRight('Vellaria', correct, new Set())).toBe(false)
  })
})
