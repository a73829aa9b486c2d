import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { main as galley } from '../src/cli/main'
import { runCheck } from '../src/core/check/run'
import { figures } from './figures'
import { DEFAULT_CORPUS, evaluateCorpus, gateFailures, PIPELINE } from './run'

describe('the evaluation scores the production pipeline', () => {
  it('calls the very function `galley check` runs', () => {
    expect(PIPELINE).toBe(runCheck)
    expect(typeof galley).toBe('function')
  })

  it.runIf(existsSync(DEFAULT_CORPUS))(
    'scores the development corpus above the gates CI holds',
    async () => {
      const scores = await evaluateCorpus(DEFAULT_CORPUS)
      expect(gateFailures(figures(scores))).toEqual([])
    },
    120_000,
  )
})
