import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'

// Look-alikes of the publication's own ties (voice.ts DISCLOSURE), written for this test with
// invented people and bodies: news facts of the same shape stay claims.

describe('news facts that read like a publication’s own tie stay claims', () => {
  const md = [
    'Staff at the depot were not paid for six weeks, the union said. The haulier was not paid by the county for the repairs, an audit found.',
    '',
    'The emails, provided to us by a former trustee, show the charity spent £40,000 on a rebrand.',
    '',
    'The documentary was commissioned by a streaming service in 2022. The ambulance trust had no part in this decision, a spokeswoman said.',
    '',
    'The author holds a doctorate in soil science from Pellham University.',
    '',
    'The reviewer holds shares in Corvane. Eight heaters were sent to us by their makers. The harbour board had no part in this guide.',
  ].join('\n')

  it('proposes pay, documents, commissions, a role in a decision and a credential', () => {
    expect(
      proposals(md, [
        'were not paid for six weeks',
        'was not paid by the county',
        'spent £40,000',
        'commissioned by a streaming service',
        'no part in this decision',
        'holds a doctorate',
      ]).missed,
    ).toEqual([])
  })

  it('still leaves the writer’s shares, review loans and the guide’s independence to legal', () => {
    expect(
      proposals(md, [
        'holds shares in Corvane',
        'sent to us by their makers',
        'no part in this guide',
      ]).proposed,
    ).toEqual([])
  })
})
