import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '@shared/contract'
import { ERROR_CODES } from '@shared/errors'
import { openCore, type GalleyCore } from './index'

let dir: string
let core: GalleyCore

async function snapshot(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out.set(
      path,
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    )
  }
  return out
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-fuzz-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'fuzz',
    emit: () => undefined,
  })
})
afterAll(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

const hostileId = fc.constantFrom(
  '../settings',
  '..',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  'd-1\0.json',
  'drafts/../../x',
  '%2e%2e%2f',
  'x'.repeat(65),
  '',
  'ａｂｃ',
  '\u202e',
)
const hostileString = fc.oneof(
  hostileId,
  fc.string({ maxLength: 40 }),
  fc.constant('x'.repeat(6_000_000)),
)
const payload = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.record({ id: hostileId }),
  fc.record({ draftId: hostileId, revisionId: hostileId, attachmentId: hostileId }),
  fc.record({ view: hostileString, query: fc.anything() }),
  fc.record({ title: hostileString, body: fc.anything(), extra: fc.anything() }),
  fc.record({ fileName: hostileString, dataBase64: fc.anything(), draftId: hostileId }),
  fc.record({ name: fc.anything(), role: fc.string() }),
  fc.array(fc.anything(), { maxLength: 5 }),
)

it('every channel answers generated hostile payloads with an envelope and changes no file', async () => {
  const before = await snapshot(dir)
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), payload, async (channel, input) => {
      const reply = await core.dispatch(channel, input)
      expect(typeof reply.ok).toBe('boolean')
      if (!reply.ok) {
        expect(ERROR_CODES).toContain(reply.error.code)
        expect(reply.error.code).not.toBe('internal')
        expect(reply.error.message.length).toBeGreaterThan(0)
      }
    }),
    { numRuns: 2_000 },
  )
  expect(await snapshot(dir)).toEqual(before)
})

it('an unknown channel name is refused', async () => {
  for (const name of ['fs:read', '__proto__', 'constructor', 'drafts:list ', 42, null]) {
    expect(await core.dispatch(name, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    })
  }
})
