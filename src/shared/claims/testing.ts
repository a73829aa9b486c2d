import { anchorAt, type Claim } from './domain'

/** A valid claim for tests, with fields overridden as needed. */
export const sampleClaim = (over: Partial<Claim> = {}): Claim => ({
  id: 'c1',
  revisionId: 'r1',
  anchor: anchorAt('Kelp is clinically proven to reduce wrinkles within six weeks.', 8, 61),
  status: 'anchored',
  verdict: 'unchecked',
  needsRecheck: false,
  sources: [],
  comments: [],
  history: [],
  createdAt: '2025-03-01T10:00:00.000Z',
  createdBy: { name: 'Ana Ruiz', role: 'fact-checker' },
  updatedAt: '2025-03-01T10:00:00.000Z',
  ...over,
})
