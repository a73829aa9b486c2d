import { describe, expect, it } from 'vitest'
import type { PersonRef } from './domain'
import { credentialMismatches } from './credentials'

/** The register check on one quote of one person, with the piece's subject. */
function mismatch(credentials: string[], subject: string): boolean {
  const body = '# Notes\n\n“It works,” said Ada Roe.\n'
  const person: PersonRef = { name: 'Ada Roe', credentials, connections: [] }
  const start = body.indexOf('It works')
  const quotes = [{ start, end: start + 'It works,'.length, speaker: 'Ada Roe' }]
  return credentialMismatches(body, quotes, [person], subject).length > 0
}

describe('register credentials read by specialty', () => {
  it.each([
    [['DDS'], 'heart health'],
    [['General dentist, BDS'], 'sleep and insomnia'],
    [['Consultant cardiologist'], 'skincare'],
    [['Paediatric sleep consultant'], 'teeth whitening'],
    [['RD'], 'personal finance'],
    [['CPA'], 'skincare'],
  ])('%j on %s is a mismatch', (credentials, subject) => {
    expect(mismatch(credentials, subject)).toBe(true)
  })

  it.each([
    [['DDS'], 'teeth whitening'],
    [['Consultant cardiologist'], 'blood pressure'],
    [['Paediatric sleep consultant'], 'baby sleep'],
    [['Registered dietitian'], 'gut health and diet'],
    [['RD'], 'diet'],
    [['Certified financial planner (CFP)'], 'paying off debt'],
    [['MD, internal medicine'], 'sleep'],
    // "Dr." alone names no field: nothing to compare.
    [['Dr.'], 'skincare'],
    // "Rd" in an address is no dietitian's letters.
    [['12 Mill Rd'], 'diet'],
  ])('%j on %s is not', (credentials, subject) => {
    expect(mismatch(credentials, subject)).toBe(false)
  })
})

describe('register credentials across health, beauty, pets, home and tech', () => {
  it.each([
    [['Chiropractor', 'Wellness podcaster'], 'hair loss'],
    [['Licensed trichologist'], 'heart health'],
    [['Wellness coach'], 'gut health and diet'],
    [['Naturopath'], 'eczema'],
    [['Audiologist'], 'skincare'],
    [['DVM'], 'sleep and insomnia'],
    [['Optometrist'], 'hair loss'],
    [['Software engineer'], 'personal finance'],
    [['Electrician'], 'subsidence and foundations'],
  ])('%j on %s is a mismatch', (credentials, subject) => {
    expect(mismatch(credentials, subject)).toBe(true)
  })

  it.each([
    [['Trichologist'], 'hair loss and scalp care'],
    [['Board-certified dermatologist'], 'hair loss'],
    [['MD'], 'hair loss'],
    [['Chiropractor'], 'back pain'],
    [['Podiatrist'], 'running'],
    [['Optometrist'], 'eye health'],
    [['Audiologist'], 'hearing loss'],
    [['DVM'], 'dog food for older pets'],
    [['Structural engineer'], 'loft conversions'],
    [['Chartered surveyor'], 'subsidence'],
    [['Electrician'], 'rewiring an old house'],
    [['Security researcher'], 'passwords'],
    // A role with no field on a subject with none: nothing to compare.
    [['Wellness coach'], 'travel'],
    // "Social security" is money, not computers.
    [['CFP'], 'social security'],
  ])('%j on %s is not', (credentials, subject) => {
    expect(mismatch(credentials, subject)).toBe(false)
  })
})
