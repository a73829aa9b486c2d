import { describe, expect, it } from 'vitest'
import {
  escapeRegExp,
  firstName,
  foldedSurname,
  nameRegExp,
  nameWords,
  sameName,
  surname,
} from './names'

describe('surname and firstName', () => {
  it('take the last and first words, honorifics dropped', () => {
    expect(surname('Dr. Rosalind Achterberg')).toBe('Achterberg')
    expect(surname('  Prof Ivo  van Dijk ')).toBe('Dijk')
    expect(firstName('Dr. Rosalind Achterberg')).toBe('Rosalind')
    expect(firstName('Mrs Ada Lovelace')).toBe('Ada')
    expect(nameWords('Ms. Jane Q. Public')).toEqual(['Jane', 'Q.', 'Public'])
  })

  it('leave a one-word name as it is', () => {
    expect(surname('Halloway')).toBe('Halloway')
    expect(firstName('Halloway')).toBe('Halloway')
  })

  it('do not take a name that merely starts like an honorific for one', () => {
    expect(surname('Drew Barrymore')).toBe('Barrymore')
    expect(firstName('Msimang Dube')).toBe('Msimang')
  })
})

describe('sameName', () => {
  it('ignores case, accents, honorifics and middle names or initials', () => {
    expect(sameName('Dr. Rosalind Achterberg', 'rosalind achterberg')).toBe(true)
    expect(sameName('Rosalind M. Achterberg', 'Rosalind Achterberg')).toBe(true)
    expect(sameName('José Núñez', 'Jose Nunez')).toBe(true)
    expect(sameName('Seán O’Brien', "Sean O'Brien")).toBe(true)
  })

  it('lets an initial stand for a given name', () => {
    expect(sameName('R. Achterberg', 'Rosalind Achterberg')).toBe(true)
    expect(sameName('R Achterberg', 'Dr. Rosalind Achterberg')).toBe(true)
    expect(sameName('T. Achterberg', 'Rosalind Achterberg')).toBe(false)
  })

  it('needs the same surname and given name', () => {
    expect(sameName('Rosalind Achterberg', 'Rosalind Halloway')).toBe(false)
    expect(sameName('Rosa Achterberg', 'Rosalind Achterberg')).toBe(false)
  })

  it('matches a one-word name only with itself', () => {
    expect(sameName('Achterberg', 'achterberg')).toBe(true)
    expect(sameName('Achterberg', 'Rosalind Achterberg')).toBe(false)
    expect(sameName('', '')).toBe(false)
  })
})

describe('nameRegExp', () => {
  it('finds a name as whole words, possessive included, any case', () => {
    const found = [
      ...'Achterberg’s view; ACHTERBERG said; Achterbergs no'.matchAll(nameRegExp('Achterberg')),
    ]
    expect(found.map((m) => m[0])).toEqual(['Achterberg’s', 'ACHTERBERG'])
    expect('Rosalind\n Achterberg'.match(nameRegExp('Rosalind Achterberg'))).not.toBeNull()
  })

  it('matches metacharacters literally', () => {
    expect(escapeRegExp('a.b*(c)')).toBe('a\\.b\\*\\(c\\)')
    expect('Dr. J.R. Smith'.match(nameRegExp('J.R. Smith'))?.[0]).toBe('J.R. Smith')
    expect('JxR. Smith'.match(nameRegExp('J.R. Smith'))).toBeNull()
  })
})

describe('foldedSurname', () => {
  it('is the last word as sameName compares it: folded, honorifics and dots dropped', () => {
    expect(foldedSurname('Dr. Rosalind Achterberg')).toBe('achterberg')
    expect(foldedSurname('Mrs Zoë Brontë')).toBe('bronte')
    expect(foldedSurname('Halloway')).toBe('halloway')
    expect(foldedSurname('   ')).toBe('')
  })

  it('is shared by every pair of names sameName takes for one person', () => {
    const names = [
      'R. Achterberg',
      'Dr. Rosalind M. Achterberg',
      'Rosalind Achterberg',
      'Achterberg',
    ]
    for (const a of names)
      for (const b of names) if (sameName(a, b)) expect(foldedSurname(a)).toBe(foldedSurname(b))
    // …and names of other people differ in it or in the given name.
    expect(sameName('Rosalind Achterberg', 'Rosa Achterberg')).toBe(false)
    expect(foldedSurname('Rosa Achterberg')).toBe('achterberg')
  })
})
