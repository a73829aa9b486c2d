import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAudit } from '../audit/service'
import { sha256 } from '../ids'
import { createClaim, setVerdict } from '../claims/service'
import { createDraft, renameDraft } from '../drafts/service'
import { closeLibrary, openLibrary, type Library } from '../library'
import { setProfile } from '../profile/service'
import type { DraftFile } from './draft-file'
import type { DraftHead } from './draft-records'
import { parseStored } from './json-store'
import { wholeDraftSpec } from './draft-folder'

/**
 * Issue 13: a draft on disk is a head and one file per record. Drafts of every earlier schema
 * (1 to 4, one file each) become that layout when first written, a migration a crash cut short
 * loses nothing, a bad record file is quarantined while the rest of the draft opens, and another
 * program's change to a record file is kept as a conflict, never overwritten.
 */

const editor = { name: 'Mara Quist', role: 'editor' as const }
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'storage')
let dir: string
const open: Library[] = []

async function openLib(): Promise<Library> {
  const lib = await openLibrary(dir, { mode: 'test' })
  open.push(lib)
  return lib
}
async function closeLib(lib: Library): Promise<void> {
  open.splice(open.indexOf(lib), 1)
  await closeLibrary(lib)
}
const head = (id: string) => join(dir, 'drafts', `${id}.json`)
const readHead = async (id: string) => JSON.parse(await readFile(head(id), 'utf8')) as DraftHead
const recordFiles = async (id: string, collection: string) =>
  (await readdir(join(dir, 'drafts', id, collection)).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.json'))
    .sort()

/** Puts a fixture whole-draft file in the library; returns its id and the draft as read. */
async function placeFixture(
  version: number,
): Promise<{ id: string; whole: DraftFile; bytes: Buffer }> {
  const raw = JSON.parse(await readFile(join(FIXTURES, `draft-v${version}.json`), 'utf8')) as {
    revisions: Array<{ body: string; hash?: string }>
  }
  // The fixtures of schemas 1 to 3 carry placeholder hashes; a real file carries the body's.
  for (const r of raw.revisions) if (r.hash !== undefined) r.hash = sha256(r.body)
  const bytes = Buffer.from(JSON.stringify(raw, null, 2))
  const whole = parseStored('fixture', bytes.toString('utf8'), wholeDraftSpec).data
  await mkdir(join(dir, 'drafts'), { recursive: true })
  await writeFile(head(whole.draft.id), bytes)
  return { id: whole.draft.id, whole, bytes }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-records-'))
})
afterEach(async () => {
  for (const lib of open.splice(0)) await closeLibrary(lib)
  await rm(dir, { recursive: true, force: true })
})

describe('migration from one file per draft', () => {
  for (const version of [1, 2, 3, 4]) {
    it(`a schema ${version} draft reads as before and becomes a head and record files at its first write`, async () => {
      const { id, whole, bytes } = await placeFixture(version)
      const lib = await openLib()
      await setProfile(lib, editor)
      const before = await lib.store.using([id], async () => structuredClone(lib.store.file(id)))
      expect(before).toEqual(whole)
      // Reading changes nothing on disk.
      expect(await readFile(head(id))).toEqual(bytes)
      await renameDraft(lib, id, `Renamed after migration from ${version}`)
      await closeLib(lib)

      const h = await readHead(id)
      expect(h.schemaVersion).toBe(5)
      expect(h.layout).toBe('records')
      expect(await recordFiles(id, 'revisions')).toEqual(
        whole.revisions.map((r) => `${r.id}.json`).sort(),
      )
      expect(await recordFiles(id, 'claims')).toHaveLength(whole.claims.length)
      expect((await recordFiles(id, 'audit')).length).toBeGreaterThanOrEqual(whole.audit.length)
      // The whole-draft file is kept as the head's backup, and before a content migration too.
      expect(await readFile(`${head(id)}.bak`)).toEqual(bytes)
      if (version < 4) expect(await readFile(`${head(id)}.schema-${version}.bak`)).toEqual(bytes)

      const again = await openLib()
      expect(again.problems.all).toEqual([])
      const after = await again.store.using([id], async () => structuredClone(again.store.file(id)))
      expect(after.draft.title).toBe(`Renamed after migration from ${version}`)
      expect(after.revisions).toEqual(whole.revisions)
      expect(after.claims).toEqual(whole.claims)
      expect(after.transcripts).toEqual(whole.transcripts)
      expect(after.legal.signoffs).toEqual(whole.legal.signoffs)
      expect(after.audit.slice(0, whole.audit.length)).toEqual(whole.audit)
      expect(verifyAudit(after).intact).toBe(true)
    })
  }

  it('a migration a crash cut short loses nothing: its temp folder is removed at open, a folder it left is replaced', async () => {
    const { id, whole } = await placeFixture(4)
    // Cut short while building: a temp folder with part of the records.
    const tmp = join(dir, 'drafts', `.${id}.migrating.4242.0123456789ab`)
    await mkdir(join(tmp, 'revisions'), { recursive: true })
    await writeFile(join(tmp, 'revisions', 'half.json'), '{"id":')
    // Cut short after the folder was renamed into place, before the head replaced the file:
    // the folder holds stale or damaged records, the whole-draft file is still the draft.
    await mkdir(join(dir, 'drafts', id, 'claims'), { recursive: true })
    await writeFile(join(dir, 'drafts', id, 'claims', 'stale.json'), 'not json')
    const lib = await openLib()
    await setProfile(lib, editor)
    expect(await readdir(join(dir, 'drafts'))).not.toContain(`.${id}.migrating.4242.0123456789ab`)
    const read = await lib.store.using([id], async () => structuredClone(lib.store.file(id)))
    expect(read).toEqual(whole)
    await renameDraft(lib, id, 'Finished migrating')
    expect(lib.problems.all).toEqual([])
    await closeLib(lib)
    expect(await recordFiles(id, 'claims')).toEqual(whole.claims.map((c) => `${c.id}.json`).sort())
    const again = await openLib()
    expect(again.problems.all).toEqual([])
    const after = await again.store.using([id], async () => structuredClone(again.store.file(id)))
    expect(after.claims).toEqual(whole.claims)
    expect(verifyAudit(after).intact).toBe(true)
  })
})

/** A draft with two claims given verdicts, written in the records layout. */
async function draftWithClaims(lib: Library) {
  await setProfile(lib, editor)
  const d = await createDraft(
    lib,
    { title: 'Ferry fares', body: 'Fares rose by four percent in March. The council met twice.' },
    editor,
    { kind: 'created' },
  )
  const body = lib.store.read(d.id, (_f, current) => current.body)
  const cut = body.indexOf(' The council')
  const rev = d.currentRevisionId
  const a = await createClaim(lib, d.id, { revisionId: rev, start: 0, end: cut }, editor)
  const b = await createClaim(
    lib,
    d.id,
    { revisionId: rev, start: cut + 1, end: body.length },
    editor,
  )
  return { d, a, b }
}

describe('one file per record', () => {
  it('a write changes only the files of the records that changed, and the head', async () => {
    const lib = await openLib()
    const { d, a, b } = await draftWithClaims(lib)
    const claim = (id: string) => join(dir, 'drafts', d.id, 'claims', `${id}.json`)
    const revision = join(dir, 'drafts', d.id, 'revisions', `${d.currentRevisionId}.json`)
    const before = {
      a: (await stat(claim(a.id))).mtimeMs,
      b: (await stat(claim(b.id))).mtimeMs,
      rev: (await stat(revision)).mtimeMs,
      audit: await recordFiles(d.id, 'audit'),
    }
    await setVerdict(lib, d.id, a.id, 'verified', 'Checked', editor)
    expect((await stat(claim(b.id))).mtimeMs).toBe(before.b)
    expect((await stat(revision)).mtimeMs).toBe(before.rev)
    expect(JSON.parse(await readFile(claim(a.id), 'utf8'))).toMatchObject({ verdict: 'verified' })
    const audit = await recordFiles(d.id, 'audit')
    expect(audit).toHaveLength(before.audit.length + 1)
    expect(audit.filter((n) => !before.audit.includes(n))).toHaveLength(1)
    expect((await readHead(d.id)).records.claims.map(([n]) => n)).toEqual([a.id, b.id])
  })

  it('a record file that is damaged is quarantined and reported; the rest of the draft opens', async () => {
    const lib = await openLib()
    const { d, a, b } = await draftWithClaims(lib)
    await closeLib(lib)
    const bad = join(dir, 'drafts', d.id, 'claims', `${a.id}.json`)
    await writeFile(bad, '{"id": "cut short')

    const again = await openLib()
    const claims = await again.store.using([d.id], async () =>
      again.store.file(d.id).claims.map((c) => c.id),
    )
    expect(claims).toEqual([b.id])
    const problem = again.problems.all.find((p) => p.file === `drafts/${d.id}/claims/${a.id}.json`)
    expect(problem?.reason).toMatch(/not valid JSON.*opened the draft without this record/)
    expect(await readFile(join(dir, problem!.quarantinedAs), 'utf8')).toBe('{"id": "cut short')
    // The draft goes on: a change writes a head without the damaged record.
    await setVerdict(again, d.id, b.id, 'false', 'Wrong month', editor)
    expect((await readHead(d.id)).records.claims.map(([n]) => n)).toEqual([b.id])
  })

  it('a record file another program changed while Galley runs is kept as a conflict, not overwritten', async () => {
    const lib = await openLib()
    const { d, a } = await draftWithClaims(lib)
    const file = join(dir, 'drafts', d.id, 'claims', `${a.id}.json`)
    const foreign = (await readFile(file, 'utf8')).replace('"unchecked"', '"partly-true"')
    await writeFile(file, foreign)
    await setVerdict(lib, d.id, a.id, 'verified', 'Checked here', editor)
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ verdict: 'verified' })
    const conflict = lib.problems.all.find((p) => p.file === `drafts/${d.id}/claims/${a.id}.json`)
    expect(conflict).toMatchObject({ conflict: true })
    expect(await readFile(join(dir, conflict!.quarantinedAs), 'utf8')).toBe(foreign)
  })

  it('a write a crash cut short before its head counts for nothing: the listed version is read, leftovers go', async () => {
    const lib = await openLib()
    const { d, a } = await draftWithClaims(lib)
    await closeLib(lib)
    const file = join(dir, 'drafts', d.id, 'claims', `${a.id}.json`)
    const listed = await readFile(file, 'utf8')
    // What a save does before its head: the old version to .bak, the new in place, a new record.
    await copyFile(file, `${file}.bak`)
    await writeFile(file, listed.replace('"unchecked"', '"verified"'))
    const extra = join(dir, 'drafts', d.id, 'claims', 'c-never-listed.json')
    await writeFile(extra, listed)

    const again = await openLib()
    expect(again.problems.all).toEqual([])
    const claim = await again.store.using([d.id], async () =>
      again.store.file(d.id).claims.find((c) => c.id === a.id),
    )
    expect(claim?.verdict).toBe('unchecked')
    await renameDraft(again, d.id, 'Written again')
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ verdict: 'unchecked' })
    await expect(stat(extra)).rejects.toBeDefined()
    expect(again.problems.all).toEqual([])
  })

  it('a draft deleted for good leaves no record files', async () => {
    const lib = await openLib()
    const { d } = await draftWithClaims(lib)
    await lib.store.remove(d.id)
    expect(await readdir(join(dir, 'drafts'))).toEqual([])
  })
})
