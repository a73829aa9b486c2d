import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
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

/**
 * Runs bin/galley.js as a user would, from an unrelated working directory. A run that does not
 * end within `timeout` is killed and reported as such (status null, signal SIGKILL).
 */
function galley(...args: string[]) {
  return galleyWithin(60_000, ...args)
}

function galleyWithin(timeout: number, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout,
    killSignal: 'SIGKILL',
  })
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr }
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
        {
          start: 0,
          end: 23,
          text: 'Sales rose 40% in 2023.',
          rules: ['number', 'percentage', 'date'],
        },
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

  describe.skipIf(process.platform === 'win32')('inputs that are not regular files', () => {
    // A check that hangs is killed here instead of reading /dev/zero into memory for ever.
    const GUARD_MS = 20_000
    const refused = (path: string, why: RegExp) => {
      const r = galleyWithin(GUARD_MS, 'check', path)
      expect(r.signal, `galley check ${path} ended by itself`).toBeNull()
      expect(r.status, path).toBe(2)
      expect(r.stdout, path).toBe('')
      expect(r.stderr.trim(), path).toMatch(why)
      expect(r.stderr.trim().split('\n'), path).toHaveLength(1)
    }

    it('exits 2 with a sentence on a FIFO and on a symlink to one, without waiting for a writer', async () => {
      const fifo = join(dir, 'pipe.md')
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
      refused(
        fifo,
        /^galley check: "pipe\.md" is a named pipe \(FIFO\), not a regular file; galley check reads only files\.$/,
      )
      await symlink(fifo, join(dir, 'to-pipe.md'))
      refused(
        join(dir, 'to-pipe.md'),
        /^galley check: "to-pipe\.md" is a link to a named pipe \(FIFO\), not to a regular file; galley check reads only files\.$/,
      )
    }, 60_000)

    it('exits 2 with a sentence on a device and on a symlink to one', async () => {
      for (const device of ['/dev/zero', '/dev/null']) {
        if (!existsSync(device)) continue
        refused(device, /is a device, not a regular file; galley check reads only files\.$/)
      }
      await symlink('/dev/zero', join(dir, 'zeros.md'))
      refused(
        join(dir, 'zeros.md'),
        /^galley check: "zeros\.md" is a link to a device, not to a regular file/,
      )
    }, 60_000)

    it('follows a symlink to a regular file', async () => {
      await writeFile(join(dir, 'real.md'), 'Sales rose 40% in 2023.\n')
      await symlink(join(dir, 'real.md'), join(dir, 'link.md'))
      const r = galleyWithin(GUARD_MS, 'check', 'link.md', '--json')
      expect(r.status).toBe(0)
      expect(JSON.parse(r.stdout)).toMatchObject({ file: 'link.md', claims: [{ start: 0 }] })
    }, 60_000)

    it('says how large a too-large file really is, without reading it', async () => {
      const big = join(dir, 'huge.md')
      await writeFile(big, '')
      await truncate(big, 123 * 1024 * 1024)
      refused(big, /^galley check: "huge\.md" is 123\.0 MB; Galley checks files up to 20\.0 MB\.$/)
    }, 60_000)
  })
})
