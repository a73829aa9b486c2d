import { describe, expect, it } from 'vitest'
import { shortHash } from '../legal/text'
import {
  appendEvent,
  AuditEventSchema,
  canonicalJson,
  GENESIS_HASH,
  sealJoin,
  verifyChain,
  type AuditEvent,
  type AuditEventInput,
} from './chain'

// Pure stand-in for sha-256 (the lead passes node:crypto's).
const hash = (s: string) => shortHash(s).repeat(8)

const input = (n: number): AuditEventInput => ({
  at: `2025-06-10T10:0${n}:00Z`,
  by: 'Lena Park',
  role: 'legal',
  action: n % 2 ? 'signoff.create' : 'claim.verdict',
  target: `claim/c${n}`,
  before: { verdict: 'unchecked' },
  after: { verdict: 'verified', sources: [n] },
})

const chainOf = (n: number): AuditEvent[] => {
  let chain: AuditEvent[] = []
  for (let i = 1; i <= n; i++) chain = appendEvent(chain, input(i), hash)
  return chain
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    )
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }))
  })
})

describe('audit chain', () => {
  it('numbers events, links each to the previous hash and verifies intact', () => {
    const chain = chainOf(5)
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5])
    expect(chain[0]?.prevHash).toBe(GENESIS_HASH)
    expect(chain[3]?.prevHash).toBe(chain[2]?.hash)
    for (const e of chain) expect(AuditEventSchema.parse(e)).toEqual(e)
    expect(verifyChain(chain, hash)).toEqual({ intact: true, length: 5 })
    expect(verifyChain([], hash)).toEqual({ intact: true, length: 0 })
  })

  it('does not change the chain it appends to', () => {
    const chain = chainOf(2)
    const longer = appendEvent(chain, input(3), hash)
    expect(chain).toHaveLength(2)
    expect(longer).toHaveLength(3)
  })

  it('detects an edited event', () => {
    const chain = chainOf(5)
    const tampered = chain.map((e) => (e.seq === 3 ? { ...e, after: { verdict: 'false' } } : e))
    expect(verifyChain(tampered, hash)).toMatchObject({
      intact: false,
      firstBadSeq: 3,
      kind: 'hash',
    })
  })

  it('detects an edited event whose hash was recomputed (the next link breaks)', () => {
    const chain = chainOf(5)
    const edited = { ...chain[2]!, by: 'Someone else' }
    const resealed = appendEvent(chain.slice(0, 2), { ...input(3), by: 'Someone else' }, hash)[2]!
    expect(resealed.hash).not.toBe(edited.hash)
    const tampered = [...chain.slice(0, 2), resealed, ...chain.slice(3)]
    expect(verifyChain(tampered, hash)).toMatchObject({
      intact: false,
      firstBadSeq: 4,
      kind: 'previous-hash',
    })
  })

  it('detects removed, reordered and inserted events', () => {
    const chain = chainOf(5)
    expect(verifyChain([...chain.slice(0, 2), ...chain.slice(3)], hash)).toMatchObject({
      intact: false,
      firstBadSeq: 3,
      kind: 'sequence',
    })
    expect(verifyChain([chain[0], chain[2], chain[1], chain[3]], hash)).toMatchObject({
      intact: false,
      firstBadSeq: 2,
    })
    const forged = appendEvent(chain.slice(0, 2), input(9), hash)[2]!
    expect(verifyChain([...chain.slice(0, 2), forged, ...chain.slice(2)], hash)).toMatchObject({
      intact: false,
      firstBadSeq: 4,
    })
    // The last event removed: only detectable against a stored length or head hash.
    expect(verifyChain(chain.slice(0, 4), hash).intact).toBe(true)
  })

  it('reports a malformed event', () => {
    const chain: unknown[] = chainOf(2)
    chain[1] = { seq: 2, nonsense: true }
    expect(verifyChain(chain, hash)).toMatchObject({
      intact: false,
      firstBadSeq: 2,
      kind: 'malformed',
    })
  })
})

describe('audit graph (a trail merged from two machines)', () => {
  // Both machines share three events, then each records two more apart.
  const base = chainOf(3)
  const ours = appendEvent(appendEvent(base, input(4), hash), input(5), hash)
  const theirs = appendEvent(appendEvent(base, input(6), hash), input(7), hash)
  const merged = (): AuditEvent[] => {
    const both = [...ours, ...theirs.slice(3)]
    return [...both, sealJoin([ours[4]!, theirs[4]!], input(8), hash)]
  }

  it('verifies when a join event names both heads', () => {
    const events = merged()
    expect(verifyChain(events, hash)).toEqual({ intact: true, length: 8 })
    const join = events[7]!
    expect(join.parents).toEqual([ours[4]!.hash, theirs[4]!.hash])
    expect(join.seq).toBe(6)
    // Appending after the join continues the trail.
    expect(verifyChain(appendEvent(events, input(9), hash), hash).intact).toBe(true)
  })

  it('shows a removed join, an altered branch event and a forged parent', () => {
    const events = merged()
    expect(verifyChain(events.slice(0, 7), hash)).toMatchObject({ intact: false, firstBadSeq: 6 })
    const altered = events.map((e, i) => (i === 5 ? { ...e, target: 'claim/forged' } : e))
    expect(verifyChain(altered, hash)).toMatchObject({ intact: false, kind: 'hash' })
    const forged = sealJoin([ours[4]!, { ...theirs[4]!, hash: 'f'.repeat(64) }], input(8), hash)
    expect(verifyChain([...events.slice(0, 7), forged], hash)).toMatchObject({
      intact: false,
      kind: 'previous-hash',
    })
  })
})
