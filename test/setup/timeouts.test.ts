import { describe, expect, it } from 'vitest'
import config from '../../vitest.config'
import { ASYNC_UTIL_TIMEOUT_MS } from './testing-library'

interface Project {
  readonly test: {
    readonly name: string
    readonly testTimeout?: number
    readonly hookTimeout?: number
    readonly setupFiles?: readonly string[]
  }
}

describe('bounds on waiting, for a busy machine', () => {
  const projects = (config.test?.projects ?? []) as unknown as Project[]

  it('gives every test and hook far more than the default 5 s before calling it failed', () => {
    expect(projects.map((p) => p.test.name)).toEqual(['node', 'dom'])
    for (const { test } of projects) {
      expect(test.testTimeout, test.name).toBeGreaterThanOrEqual(30_000)
      expect(test.hookTimeout, test.name).toBeGreaterThanOrEqual(60_000)
    }
  })

  it('lets findBy… and waitFor keep looking for far more than Testing Library’s default second', () => {
    const dom = projects.find((p) => p.test.name === 'dom')
    expect(dom?.test.setupFiles).toContain('test/setup/testing-library.ts')
    expect(ASYNC_UTIL_TIMEOUT_MS).toBeGreaterThanOrEqual(10_000)
  })
})
