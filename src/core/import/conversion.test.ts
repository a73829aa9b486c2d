import { describe, expect, it } from 'vitest'
import { GalleyError } from '@shared/errors'
import { repetitiveDocx } from '../../../test/fixtures/import/hostile'
import { convertFile } from './convert'
import { convertOffThread } from './conversion'

/** Counts the turns the event loop takes until `work` settles: a blocked loop takes few. */
async function turnsDuring<T>(work: Promise<T>): Promise<{ turns: number; outcome: unknown }> {
  let turns = 0
  let done = false
  const spin = (): void => {
    if (done) return
    turns++
    setImmediate(spin)
  }
  setImmediate(spin)
  const outcome = await work.then(
    (v) => v,
    (e: unknown) => e,
  )
  done = true
  return { turns, outcome }
}

describe('conversion off the event loop (issue 16, item 1)', () => {
  const slow = repetitiveDocx(24) // ≈ 70 KB on disk, 24 MB of XML: under every size cap

  it('converts on a worker: the same result as in this thread, the loop free meanwhile', async () => {
    const bytes = new TextEncoder().encode('# Harbour costs\n\nThe port spent £12 million.\n')
    const here = await convertFile('harbour.md', bytes)
    const { turns, outcome } = await turnsDuring(convertOffThread('harbour.md', bytes))
    expect(outcome).toEqual(here)
    expect(turns).toBeGreaterThan(0)
  })

  it('keeps a refusal as the same sentence and code', async () => {
    const bytes = new TextEncoder().encode('MZ')
    const outcome = await convertOffThread('tool.exe', bytes).catch((e: unknown) => e)
    expect(outcome).toBeInstanceOf(GalleyError)
    expect((outcome as GalleyError).code).toBe('unsupported-file')
    expect((outcome as GalleyError).message).toMatch(/"tool\.exe" cannot be imported/)
  })

  it(
    'stops a file over its time budget with a sentence, and the loop turns all along',
    { timeout: 120_000 },
    async () => {
      const { turns, outcome } = await turnsDuring(convertOffThread('wall.docx', slow, 300))
      expect(outcome).toBeInstanceOf(GalleyError)
      expect((outcome as GalleyError).code).toBe('unreadable-file')
      expect((outcome as GalleyError).message).toMatch(
        /"wall\.docx" took longer than a second to read.*Nothing was imported/,
      )
      // Run in this thread, mammoth holds the loop for seconds between turns; on the worker
      // the loop goes round freely until the budget ends the conversion.
      expect(turns).toBeGreaterThan(1000)
      // The next conversion gets a fresh worker.
      const bytes = new TextEncoder().encode('Plain text.\n')
      await expect(convertOffThread('after.txt', bytes)).resolves.toMatchObject({
        body: 'Plain text.\n',
      })
    },
  )
})
