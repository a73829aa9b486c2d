import { describe, expect, it } from 'vitest'
import { hostEnv } from '../../scripts/host-node-flags.js'

// The browser host's memory at 5,000 drafts (issue 13) depends on these settings; see
// scripts/host-node-flags.js and docs/benchmarks.md.
describe("the browser host's start", () => {
  it('fixes the C library mapping threshold and caps its arenas', () => {
    const env = hostEnv({ PATH: '/usr/bin' })
    expect(env).toEqual({
      PATH: '/usr/bin',
      MALLOC_ARENA_MAX: '2',
      MALLOC_MMAP_THRESHOLD_: '131072',
    })
  })

  it('keeps the values a person set themselves', () => {
    const env = hostEnv({ MALLOC_ARENA_MAX: '4', MALLOC_MMAP_THRESHOLD_: '65536' })
    expect(env).toMatchObject({ MALLOC_ARENA_MAX: '4', MALLOC_MMAP_THRESHOLD_: '65536' })
  })
})
