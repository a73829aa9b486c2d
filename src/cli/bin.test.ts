import { spawnSync } from 'node:child_process'
import { accessSync, constants, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const BIN = resolve(import.meta.dirname, '../../bin/galley.js')
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-bin-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Runs bin/galley.js as a user would, from an unrelated working directory. */
function galley(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('bin/galley.js', () => {
  it('is an executable node script', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(() => accessSync(BIN, constants.X_OK)).not.toThrow()
  })

  it('checks a file given relative to the working directory and prints JSON', async () => {
    await writeFile(join(dir, 'a.md'), 'Sales rose 40% in 2023. The room is quiet.\n')
    const r = galley('check', 'a.md', '--json')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      file: 'a.md',
      claims: [
        { start: 0, end: 23, text: 'Sales rose 40% in 2023.', rules: ['percentage', 'date'] },
      ],
      quotes: [],
      disclosures: [],
      findings: [],
    })
  }, 60_000)

  it('exits 2 with a sentence when the input cannot be read, and prints usage on --help', () => {
    const r = galley('check', 'missing.docx')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/missing\.docx" does not exist\./)
    const help = galley('--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/Usage: galley check FILE/)
  }, 60_000)
})
