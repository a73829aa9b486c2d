// Sentences that rules of the round after blind7 misread (a review of that round found them):
// each must read as it did before those rules, and the sentences the rules were built for as
// they do now (their own tests, in abilities.test.ts).
import { describe, expect, it } from 'vitest'
import { at, check, errors, filler } from '../../../test/support/legal'

describe('doubt about independent evidence is not research presented as independent', () => {
  const article = (sentence: string) =>
    `# Nasal spray cut colds short, trial finds\n\nA trial of 300 adults found that a nasal spray from Pellcourt Labs shortened colds by a day.\n\n${sentence}\n\n${filler(6)}\n\n*The trial was paid for by Pellcourt Labs.*\n`

  it('gives no error when the clause denies, awaits or asks for the independent evidence', () => {
    for (const sentence of [
      'Critics say there is no independent evidence that the spray works.',
      'There is still no independent confirmation of the result.',
      'Regulators have asked for independent verification before the spray can carry the claim.',
      'Until there is independent proof, doctors should not recommend it, said Dr Ana Ruiz.',
      'Patient groups are calling for independent corroboration of the figures.',
    ])
      expect(errors(check(article(sentence)).findings)).toEqual([])
  })

  it('still gives the error when the research itself is called independent evidence', () => {
    const body = article(
      'Pellcourt Labs described the result as independent evidence of its claims.',
    )
    const err = errors(check(body).findings)
    expect(err.map((f) => f.rule)).toEqual(['paid-research-undisclosed'])
    expect(at(body, err[0])).toMatch(/independent evidence/)
  })

  it('reads no research from paragraphs far before', () => {
    const body = `# Colds\n\nA trial of 300 adults found that a nasal spray from Pellcourt Labs shortened colds by a day.\n\n${filler(4)}\n\nThe pharmacist called her advice independent proof that rest works.\n\n${filler(2)}\n\n*The trial was paid for by Pellcourt Labs.*\n`
    expect(errors(check(body).findings)).toEqual([])
  })
})
