import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { StoredSignoff } from '@shared/records'
import type { Roster } from '@shared/team/records'
import { fileVault, loadIdentity, verifySignature, type Identity } from './identity'
import { founderRoster, parseRoster, writeRoster } from './roster'
import { checkRoster, rosterPayload, signoffPayload, signoffTrust } from './signing'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-roster-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const identity = (name: string) => loadIdentity(fileVault(join(dir, name)))

it('creates a key pair once, in a file only its owner can read, and signs with it', async () => {
  const a = await identity('a')
  const again = await identity('a')
  expect(again.publicKey).toBe(a.publicKey)
  expect((await stat(join(dir, 'a', 'signing-key.pem'))).mode & 0o777).toBe(0o600)
  const sig = a.sign('hello')
  expect(verifySignature('hello', sig)).toBe(true)
  expect(verifySignature('hellO', sig)).toBe(false)
  expect(verifySignature('hello', { ...sig, key: (await identity('b')).publicKey })).toBe(false)
})

async function rosterOf(admin: Identity, members: Roster['members']): Promise<Roster> {
  await writeRoster(dir, admin, null, { schemaVersion: 1, libraryId: 'lib-1', members })
  return JSON.parse(await readFile(join(dir, 'team', 'roster.json'), 'utf8')) as Roster
}

it('accepts a roster change only from an admin of the roster it replaces, and only newer', async () => {
  const admin = await identity('admin')
  const other = await identity('other')
  const first = await rosterOf(admin, [
    ...founderRoster('lib-1', { name: 'Ada', role: 'editor' }, admin).members,
    { name: 'Lena', role: 'legal', publicKey: other.publicKey, admin: false },
  ])
  expect(checkRoster(null, first)).toEqual({ ok: true })
  // A non-admin cannot sign a new roster (making herself admin, say).
  const unsigned = {
    ...first,
    version: 2,
    members: first.members.map((m) => ({ ...m, admin: true })),
  }
  const byOther = { ...unsigned, sig: other.sign(rosterPayload(unsigned)) }
  expect(checkRoster(first, byOther)).toMatchObject({ ok: false, reason: /not a roster admin/ })
  await expect(writeRoster(dir, other, first, unsigned)).rejects.toThrow(/Only a roster admin/)
  // The admin can; an older or equal version, or a roster changed after signing, cannot follow.
  const byAdmin = { ...unsigned, sig: admin.sign(rosterPayload(unsigned)) }
  expect(checkRoster(first, byAdmin)).toEqual({ ok: true })
  expect(checkRoster(byAdmin, { ...first })).toMatchObject({ ok: false, reason: /not newer/ })
  const tampered = { ...byAdmin, members: [...byAdmin.members].reverse() }
  expect(checkRoster(first, tampered)).toMatchObject({ ok: false, reason: /does not verify/ })
  expect(parseRoster('{not json', first).problem).toMatch(/not readable/)
})

it('counts a sign-off only when signed by a key the roster lists as Legal under that name', async () => {
  const admin = await identity('admin')
  const lena = await identity('lena')
  const roster = await rosterOf(admin, [
    { name: 'Ada', role: 'editor', publicKey: admin.publicKey, admin: true },
    { name: 'Lena', role: 'legal', publicKey: lena.publicKey, admin: false },
  ])
  const base: StoredSignoff = {
    id: 'so-1',
    revisionId: 'r-1',
    by: 'Lena',
    role: 'legal',
    at: '2026-12-06T09:00:00Z',
    decision: 'approve',
    comment: '',
    bodyHash: 'h',
    passages: [],
  }
  const signedBy = (who: Identity, record = base) => ({
    ...record,
    sig: who.sign(signoffPayload('d-1', record)),
  })
  expect(signoffTrust('d-1', base, null)).toEqual({ kind: 'single-user' })
  expect(signoffTrust('d-1', signedBy(lena), roster)).toEqual({ kind: 'verified', member: 'Lena' })
  expect(signoffTrust('d-1', base, roster)).toMatchObject({
    kind: 'rejected',
    reason: /not signed/,
  })
  expect(signoffTrust('d-1', signedBy(admin), roster)).toMatchObject({
    reason: /does not list as Legal/,
  })
  expect(signoffTrust('d-1', signedBy(await identity('x')), roster)).toMatchObject({
    reason: /roster does not list/,
  })
  // Moved to another draft, or its decision changed after signing: the signature fails.
  expect(signoffTrust('d-2', signedBy(lena), roster)).toMatchObject({ reason: /forged or changed/ })
  const changed = { ...signedBy(lena), decision: 'request-changes' as const }
  expect(signoffTrust('d-1', changed, roster)).toMatchObject({ reason: /forged or changed/ })
  // Lena's key, someone else's name.
  const renamed = signedBy(lena, { ...base, by: 'Ada' })
  expect(signoffTrust('d-1', renamed, roster)).toMatchObject({
    reason: /names Ada but was signed by Lena/,
  })
})
