import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { readLibraryText, UnreadableEntryError } from './safe-read'

// readLibraryText reads a big library file (the search index) a piece at a time, so no block of
// the file's size is taken from the C library (issue 13's host memory, docs/benchmarks.md).

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-safe-read-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

it('reads a file of many pieces as its text, characters across the pieces whole', async () => {
  // The first piece ends inside a four-byte character; two- and three-byte ones follow.
  const head = `${'a'.repeat(256 * 1024 - 2)}😀`
  const text = head + Array.from({ length: 60_000 }, (_, i) => `w${i} é€😀 "x"`).join(',')
  const file = join(dir, 'big.json')
  await writeFile(file, text)
  const bytes = Buffer.byteLength(text)
  expect(bytes).toBeGreaterThan(4 * 256 * 1024)
  expect((Buffer.from(text)[256 * 1024] ?? 0) & 0xc0).toBe(0x80)
  const allocated: number[] = []
  const allocUnsafe = Buffer.allocUnsafe.bind(Buffer)
  vi.spyOn(Buffer, 'allocUnsafe').mockImplementation((size: number) => {
    allocated.push(size)
    return allocUnsafe(size)
  })
  const read = await readLibraryText(file)
  expect(read).toEqual({ text, bytes })
  expect(allocated).toEqual([256 * 1024])
})

it('replaces a bad UTF-8 sequence as Buffer#toString does', async () => {
  const file = join(dir, 'bad.json')
  const bytes = Buffer.concat([Buffer.from('"a'), Buffer.from([0xff, 0xc3]), Buffer.from('b"')])
  await writeFile(file, bytes)
  expect((await readLibraryText(file))?.text).toBe(bytes.toString('utf8'))
})

it('reads nothing but a regular file of at most the size allowed', async () => {
  expect(await readLibraryText(join(dir, 'missing.json'))).toBeNull()
  const file = join(dir, 'kept.json')
  await writeFile(file, 'x'.repeat(1_000))
  await symlink(file, join(dir, 'link.json'))
  await expect(readLibraryText(join(dir, 'link.json'))).rejects.toThrow(UnreadableEntryError)
  await expect(readLibraryText(dir)).rejects.toThrow(UnreadableEntryError)
  await expect(readLibraryText(file, 999)).rejects.toThrow(/more than the/)
  expect(await readFile(file, 'utf8')).toHaveLength(1_000)
})
