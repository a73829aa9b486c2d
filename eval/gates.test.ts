import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { disclosuresAnalyser } from '../src/core/check/analysers'
import { convertFile } from '../src/core/import/convert'
import { frameGates } from '../src/shared/legal/frame'
import { loadCorpus } from './corpus/truth'

/**
 * The disclosure frames' gates (src/shared/legal/frame.ts) skip a clause with none of a frame's
 * words, for speed; they must change nothing. Whole articles of spent sets (and the cases written
 * for the disclosure reader) are read with the gates on and off: the reports must be the same. A
 * frame given a branch on a word its gate does not list fails here.
 */
describe('disclosure frame gates', () => {
  it('change no report on whole articles', async () => {
    const sets = ['articles', 'fresh', 'holdout', join('cases', 'disclosures')]
    let read = 0
    try {
      for (const set of sets) {
        for (const a of await loadCorpus(join(import.meta.dirname, set))) {
          const { body } = await convertFile(basename(a.path), await readFile(a.path))
          const run = (on: boolean) => {
            frameGates.on = on
            return disclosuresAnalyser.run({ file: a.path, title: 'T', body })
          }
          expect({ file: a.path, report: await run(true) }).toEqual({
            file: a.path,
            report: await run(false),
          })
          read++
        }
      }
    } finally {
      frameGates.on = true
    }
    expect(read).toBeGreaterThan(20)
  }, 240_000)
})
