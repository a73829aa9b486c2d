import { describe, expect, it } from 'vitest'
import { brandFamilies, brandKey, familiesIn, familyOf, sameBrand } from './brands'
import { readDocument } from './document'

const families = (body: string, seeds: string[] = []) => brandFamilies(readDocument(body), seeds)
const nameOf = (body: string, name: string, seeds: string[] = []) =>
  familyOf(families(body, seeds), name)?.name ?? null

describe('brand keys', () => {
  it('keys a name by its first word, without "the" or a possessive', () => {
    expect(brandKey('Norvane Labs')).toBe('norvane')
    expect(brandKey("Norvane's Night Repair")).toBe('norvane')
    expect(brandKey('The Tallis Group')).toBe('tallis')
    expect(brandKey('Pell & Quist')).toBe('pell')
  })

  it('puts a product line and its company in one family', () => {
    expect(sameBrand('Norvane Night Repair', 'Norvane Labs')).toBe(true)
    expect(sameBrand('Norvane', 'Tessel Oats')).toBe(false)
  })
})

describe('brand families in a text', () => {
  it('resolves possessives and product names to the company the caller knows', () => {
    const body =
      'Norvane’s Night Repair is the bestseller. Norvane Labs makes it in Leeds. The Norvane cream is cheaper.'
    expect(nameOf(body, 'Norvane', ['Norvane Labs'])).toBe('Norvane Labs')
    expect(nameOf(body, 'Night Repair', ['Norvane Labs'])).toBe('Norvane Labs')
    expect(nameOf(body, 'Night Repair Serum', ['Norvane Labs'])).toBe('Norvane Labs')
  })

  it('ties a product the text says a company launched to that company', () => {
    const body =
      'Kestrel Audio on Tuesday launched Quayside Buds, its first earphones. Quayside Buds cost $90.'
    expect(nameOf(body, 'Quayside Buds', ['Kestrel Audio'])).toBe('Kestrel Audio')
    expect(nameOf(body, 'Quayside', ['Kestrel Audio'])).toBe('Kestrel Audio')
  })

  it('ties a product the company calls its own (“its new X”) to that company', () => {
    const body =
      'Tresk Audio, the Harlow-based speaker company, said its new Quayside speaker ships in May. The Quayside costs $90.'
    expect(nameOf(body, 'Quayside')).toBe('Tresk Audio')
  })

  it('ties a product to the company said to stand behind it (“X, the company behind Y”)', () => {
    const body =
      'I budget with Pennywise every day. Orrin Ledger, the company behind Pennywise, is in Leeds.'
    expect(nameOf(body, 'Pennywise', ['Orrin Ledger'])).toBe('Orrin Ledger')
  })

  it('does not make an ingredient named in a product a brand of its own', () => {
    const body =
      'Everyone is talking about marshroot this year. Orla’s Marshroot Balm is the best of them, and marshroot toners are everywhere. The Marshroot Moment is here.'
    const fs = families(body, ['Orla'])
    expect(familyOf(fs, 'Marshroot Balm')?.name).toBe('Orla')
    expect(familyOf(fs, 'Marshroot Moment')).toBeUndefined()
    expect(familyOf(fs, 'Marshroot')).toBeUndefined()
  })

  it('finds the families a passage names', () => {
    const body = '“Night Repair changed my skin,” she says. Norvane’s Night Repair costs $40.'
    const doc = readDocument(body)
    const fs = brandFamilies(doc, ['Norvane Labs'])
    expect(familiesIn(doc, fs, 0, 30).map((f) => f.name)).toEqual(['Norvane Labs'])
  })

  it('does not take a research partner named before "funded by" for the funder’s product', () => {
    const body =
      'The trial was run by the Harrow Clinical Unit and funded by Norvane, which makes the cream.'
    expect(nameOf(body, 'Harrow Clinical Unit', ['Norvane'])).not.toBe('Norvane')
  })
})
