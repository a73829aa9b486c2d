import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '@shared/contract'
import { ERROR_CODES } from '@shared/errors'
import { openCore, type GalleyCore } from './index'

let dir: string
let core: GalleyCore

/**
 * The library's files and their hashes. `cache/` is left out: the library index and search index
 * there are derived, written a moment after the changes they follow (the sample seeded at open)
 * and rebuilt when missing or stale, so their bytes say nothing about what a call changed.
 */
async function snapshot(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    if (relative(root, path).split(sep)[0] === 'cache') continue
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
  // With a profile set, changing channels get as far as their checks: still nothing may change.
  await core.dispatch('profile:set', { name: 'Fuzz', role: 'legal' })
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
/** Nested arrays and objects far deeper than any schema allows. */
function deep(levels: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom'
  for (let i = 0; i < levels; i++) v = kind === 'array' ? [v] : { id: v }
  return v
}

const hostileString = fc.oneof(
  hostileId,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\uD800', '\uDFFF\uD800', 'e\u0301', '\u0000', '\uFEFF', '🏳️‍🌈'.repeat(50)),
  fc.constant('x'.repeat(6_000_000)),
)
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 2 ** 53, Number.NaN, Infinity, -0, 1e308),
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
  fc.record({
    draftId: hostileId,
    claimId: hostileId,
    revisionId: hostileId,
    start: hostileNumber,
    end: hostileNumber,
    verdict: hostileString,
  }),
  fc.record({
    draftId: hostileId,
    oldRevisionId: hostileId,
    newRevisionId: hostileId,
    accepted: fc.array(hostileString, { maxLength: 5 }),
    body: hostileString,
    message: fc.anything(),
  }),
  fc.record(
    {
      draftId: hostileId,
      claimId: hostileId,
      citation: hostileString,
      url: hostileString,
      file: fc.record({ fileName: hostileId, dataBase64: hostileString }),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom(deep(5_000, 'array'), deep(5_000, 'object'), { __proto__: { id: 'x' } }),
  fc.record({ constructor: fc.anything(), prototype: fc.anything(), __proto__: fc.anything() }),
)

it('every channel answers 10,000 generated hostile payloads with an envelope and changes no file', async () => {
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
    { numRuns: 10_000 },
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
