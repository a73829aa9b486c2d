import { describe, expect, it } from 'vitest'
import { statements } from '../../../test/support/legal'

const affiliate = (text: string) =>
  statements(text)
    .filter((s) => s.kind === 'affiliate')
    .map((s) => s.text)

describe('referral fees and referral links are affiliate notices', () => {
  it('reads a referral fee we earn and a "(Referral link.)" label after an item', () => {
    expect(affiliate('Tidal Bank Online Savings: 4.35% APY. (We earn a referral fee.)')).toEqual([
      'We earn a referral fee.',
    ])
    expect(affiliate('Harlow Direct Savings: 4.40% APY, no minimum. (Referral link.)')).toEqual([
      'Referral link.',
    ])
    expect(affiliate('Some of our links are referral links, so we may get paid.')).not.toEqual([])
  })

  it('leaves a fee we paid, one a stranger charges and a friend’s referral alone', () => {
    for (const text of [
      'We paid a referral fee to the letting agency when we moved.',
      'The agency charges landlords a referral fee of £200.',
      'Her doctor gave her a referral letter to the clinic.',
      'The clinic does not accept referral links from insurers, a spokesman said.',
    ])
      expect(affiliate(text)).toEqual([])
  })
})
