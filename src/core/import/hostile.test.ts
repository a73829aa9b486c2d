import { createHash } from 'node:crypto'
import { open as openFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { LIMITS } from '@shared/domain'
import { openCore, type GalleyCore } from '..'
import { convertFile } from './convert'
import { HUGE_FILE, hostileFiles, type HostileFile } from '../../../test/fixtures/import/hostile'
import { measureNesting } from './nesting'

const files = await hostileFiles()
let dir: string
let core: GalleyCore

async function call<C extends ChannelName>(
  c: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const res = await core.dispatch(c, input)
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
  return res.value as ChannelOutput<C>
}

/** Every file in the library and a hash of its bytes: "nothing stored" means this is unchanged. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.lock')) continue
    const path = join(entry.parentPath, entry.name)
    out[path] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex')
  }
  return out
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-hostile-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample: false,
  })
  await call('profile:set', { name: 'Hal Hostile', role: 'editor' })
})

afterAll(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

describe('the corpus', () => {
  it('has at least 20 hostile files, each with a unique id', () => {
    expect(files.length + 1).toBeGreaterThanOrEqual(20) // + the 100 MB file
    expect(new Set(files.map((f) => f.id)).size).toBe(files.length)
  })
})

describe.each(files.map((f) => [f.id, f] as [string, HostileFile]))('%s', (_id, file) => {
  it(`converter: ${file.what}`, { timeout: 30_000 }, async () => {
    const connect = vi.spyOn(Socket.prototype, 'connect')
    try {
      const run = convertFile(file.fileName, file.bytes)
      if ('refused' in file.expect) {
        const { code, says } = file.expect.refused
        await expect(run).rejects.toMatchObject({ code, message: expect.stringMatching(says) })
        // A sentence, not a stack trace.
        await expect(run).rejects.toMatchObject({
          message: expect.not.stringMatching(/\n|at .*\(|Error:|undefined/),
        })
      } else {
        const out = await run
        const { keeps, lacks, verbatim } = file.expect.inert
        for (const k of keeps) expect(out.body).toContain(k)
        for (const l of lacks) expect(out.body).not.toMatch(l)
        if (verbatim) expect(out.body).toBe(new TextDecoder().decode(file.bytes))
      }
      // Nothing the file points at was ever fetched.
      expect(connect).not.toHaveBeenCalled()
    } finally {
      connect.mockRestore()
    }
  })

  it('import:file stores it inert, or stores nothing', { timeout: 60_000 }, async () => {
    const before = await snapshot()
    const res = await core.dispatch('import:file', {
      fileName: file.fileName,
      dataBase64: b64(file.bytes),
    })
    if ('refused' in file.expect) {
      expect(res.ok).toBe(false)
      if (!res.ok) {
        expect(res.error.code).toBe(file.expect.refused.code)
        expect(res.error.message).toMatch(file.expect.refused.says)
      }
      expect(await snapshot()).toEqual(before)
      return
    }
    if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
    const imported = res.value as ChannelOutput<'import:file'>
    const detail = await call('drafts:get', { id: imported.draft.id })
    const { keeps, lacks, verbatim, storedName } = file.expect.inert
    for (const k of keeps) expect(detail.current.body).toContain(k)
    for (const l of lacks) expect(detail.current.body).not.toMatch(l)
    if (verbatim) expect(detail.current.body).toBe(new TextDecoder().decode(file.bytes))
    const origin = detail.revisions[0]?.origin
    expect(origin).toMatchObject({ kind: 'imported' })
    const stored = origin && 'fileName' in origin ? origin.fileName : ''
    // eslint-disable-next-line no-control-regex -- checking for control characters
    expect(stored).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e/\\]/)
    if (storedName) expect(stored).toBe(storedName)
  })
})

describe('the 100 MB file', () => {
  it('importPath refuses it from its size on disk, before reading it', async () => {
    const path = join(dir, '..', `galley-hostile-${process.pid}-${HUGE_FILE.fileName}`)
    const fh = await openFile(path, 'w')
    await fh.truncate(HUGE_FILE.size) // sparse: no 100 MB written or read
    await fh.close()
    try {
      const before = await snapshot()
      const heap = process.memoryUsage().arrayBuffers
      await expect(core.importPath(path)).rejects.toMatchObject({
        code: 'file-too-large',
        message: expect.stringMatching(/is 100\.0 MB; Galley imports files up to 20\.0 MB/),
      })
      expect(process.memoryUsage().arrayBuffers - heap).toBeLessThan(10 * 1024 * 1024)
      expect(await snapshot()).toEqual(before)
    } finally {
      await rm(path, { force: true })
    }
  })

  it('the contract refuses base64 over the limit before decoding it', async () => {
    const before = await snapshot()
    const tooBig = 'A'.repeat(Math.ceil((LIMITS.importBytes + 3) / 3) * 4 + 4)
    const res = await core.dispatch('import:file', { fileName: 'huge.md', dataBase64: tooBig })
    expect(res.ok).toBe(false)
    if (!res.ok) {
      expect(res.error.code).toBe('invalid-input')
      expect(res.error.message).toMatch(/larger than 20 MB/)
    }
    expect(await snapshot()).toEqual(before)
  })
})

describe('the nesting estimate', () => {
  it('is linear and shallow for ordinary articles', () => {
    const article = [
      '# Title',
      '',
      'A paragraph with *emphasis*, **strong** and a [link](https://x.example).',
      '',
      '> A quote',
      '> > nested once',
      '',
      '- one',
      '  - two',
      '    1. three',
      '',
      '    indented code',
    ].join('\n')
    const n = measureNesting(article.repeat(2000))
    expect(n.deepest).toBeLessThanOrEqual(3)
    expect(n.inline).toBeLessThanOrEqual(2)
    expect(n.work).toBeLessThan(200_000)
  })
})
