import {
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAudit } from '../audit/service'
import { sha256 } from '../ids'
import { changeClaim, createClaim, setVerdict } from '../claims/service'
import { createDraft, renameDraft } from '../drafts/service'
import { closeLibrary, openLibrary, type Library } from '../library'
import { setProfile } from '../profile/service'
import type { DraftFile } from './draft-file'
import { splitDraft, type DraftHead } from './draft-records'
import { parseStored } from './json-store'
import { wholeDraftSpec } from './draft-folder'

/**
 * Issue 13: a draft on disk is a head and one file per record, a claim's sources, comments and
 * verdict changes each a file of its own. Drafts of every earlier schema (1 to 4, one file each;
 * 5, a claim's parts inside its file) become that layout when first written, a migration a crash cut short
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
/** The draft's record files (`.json`) in one folder of its own, e.g. `claims/<id>/comments`. */
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
      expect(h.schemaVersion).toBe(6)
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

/** The schema-5 fixture: a library's drafts/ folder, a claim's parts inside the claim's file. */
const V5 = join(FIXTURES, 'draft-v5', 'drafts')
const V5_ID = 'd-mxcgn99a-EoK-yJNH'

async function placeV5(): Promise<{ head: Buffer; claims: Map<string, Buffer> }> {
  await cp(V5, join(dir, 'drafts'), { recursive: true })
  const claims = new Map<string, Buffer>()
  for (const n of await recordFiles(V5_ID, 'claims')) {
    claims.set(n, await readFile(join(dir, 'drafts', V5_ID, 'claims', n)))
  }
  return { head: await readFile(head(V5_ID)), claims }
}

/** Every file under a draft's folder, as paths inside it, sorted. */
async function filesUnder(id: string): Promise<string[]> {
  const entries = await readdir(join(dir, 'drafts', id), { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(join(dir, 'drafts', id).length + 1))
    .sort()
}

describe("a claim's sources, comments and verdict changes as files of their own (head schema 6)", () => {
  it('a schema 5 draft reads as before and is written in the new layout at its next write', async () => {
    const { head: headBytes } = await placeV5()
    const lib = await openLib()
    await setProfile(lib, editor)
    const before = await lib.store.using([V5_ID], async () =>
      structuredClone(lib.store.file(V5_ID)),
    )
    expect(lib.problems.all).toEqual([])
    const [a, b] = before.claims
    // The fixture's claims carry sources, comments and a verdict history.
    expect(a?.sources.map((s) => s.id)).toEqual(['s-port-report', 's-minutes'])
    expect(a?.comments.map((c) => c.id)).toEqual(['m-first', 'm-second'])
    expect(a?.history.map((h) => h.verdict)).toEqual(['unchecked', 'partly-true', 'verified'])
    expect(b?.history.map((h) => h.verdict)).toEqual(['unchecked', 'unverifiable'])
    expect(verifyAudit(before).intact).toBe(true)
    // Reading changes nothing on disk.
    expect(await readFile(head(V5_ID))).toEqual(headBytes)

    await renameDraft(lib, V5_ID, 'Harbour dredging, checked')
    await closeLib(lib)
    const h = await readHead(V5_ID)
    expect(h.schemaVersion).toBe(6)
    expect(h.records.comments).toEqual([
      [a!.id, 'm-first', expect.any(String)],
      [a!.id, 'm-second', expect.any(String)],
    ])
    expect(h.records.verdicts.map(([c]) => c)).toEqual([a!.id, a!.id, a!.id, b!.id, b!.id])
    // The claim's file holds its own fields only; each part is its own file.
    const own = JSON.parse(
      await readFile(join(dir, 'drafts', V5_ID, 'claims', `${a!.id}.json`), 'utf8'),
    ) as Record<string, unknown>
    expect(own).not.toHaveProperty('sources')
    expect(own).not.toHaveProperty('comments')
    expect(own).not.toHaveProperty('history')
    expect(own['verdict']).toBe('verified')
    expect(await recordFiles(V5_ID, `claims/${a!.id}/comments`)).toEqual([
      'm-first.json',
      'm-second.json',
    ])
    expect(await recordFiles(V5_ID, `claims/${a!.id}/sources`)).toEqual([
      's-minutes.json',
      's-port-report.json',
    ])
    expect(await recordFiles(V5_ID, `claims/${a!.id}/verdicts`)).toHaveLength(3)
    expect(await recordFiles(V5_ID, `claims/${b!.id}/verdicts`)).toHaveLength(2)
    // Every file the head lists is there, and nothing else (backups aside).
    const listed = [
      ...Object.entries(h.records)
        .filter(([k]) => !['sources', 'comments', 'verdicts'].includes(k))
        .flatMap(([k, list]) => (list as Array<[string, string]>).map(([n]) => `${k}/${n}.json`)),
      ...(['sources', 'comments', 'verdicts'] as const).flatMap((p) =>
        h.records[p].map(([c, n]) => join('claims', c, p, `${n}.json`)),
      ),
    ].sort()
    expect((await filesUnder(V5_ID)).filter((f) => !f.endsWith('.bak'))).toEqual(listed)
    // The schema-5 head is the new head's backup.
    expect(await readFile(`${head(V5_ID)}.bak`)).toEqual(headBytes)

    const again = await openLib()
    expect(again.problems.all).toEqual([])
    const after = await again.store.using([V5_ID], async () =>
      structuredClone(again.store.file(V5_ID)),
    )
    expect(after.claims).toEqual(before.claims)
    expect(after.revisions).toEqual(before.revisions)
    expect(after.audit.slice(0, before.audit.length)).toEqual(before.audit)
    expect({ ...after, draft: before.draft, audit: before.audit }).toEqual(before)
    expect(verifyAudit(after).intact).toBe(true)
  })

  it('a write to the new layout that a kill cut short at any file loses nothing: the schema 5 draft reads as before', async () => {
    await placeV5()
    const lib = await openLib()
    const before = await lib.store.using([V5_ID], async () =>
      structuredClone(lib.store.file(V5_ID)),
    )
    await closeLib(lib)
    const { records } = splitDraft(before)
    const folder = join(dir, 'drafts', V5_ID)
    const pristine = join(dir, 'pristine')
    await cp(join(dir, 'drafts'), pristine, { recursive: true })
    // Cut after each of the first k record files of the new layout (each written as a save
    // writes it: the file it replaces to .bak first), before the head.
    // Revisions and audit events come first, unchanged; then the claims and their parts.
    const first = records.findIndex((r) => r.path.startsWith('claims/'))
    expect(first).toBeGreaterThan(0)
    for (const k of [first + 1, first + 2, first + 6, records.length]) {
      await rm(join(dir, 'drafts'), { recursive: true, force: true })
      await cp(pristine, join(dir, 'drafts'), { recursive: true })
      for (const r of records.slice(0, k)) {
        const full = join(folder, ...r.path.split('/'))
        await mkdir(join(full, '..'), { recursive: true })
        await copyFile(full, `${full}.bak`).catch(() => undefined)
        await writeFile(full, r.bytes)
      }
      const again = await openLib()
      await setProfile(again, editor)
      const read = await again.store.using([V5_ID], async () =>
        structuredClone(again.store.file(V5_ID)),
      )
      expect(again.problems.all).toEqual([])
      expect(read).toEqual(before)
      await renameDraft(again, V5_ID, `Written after a kill at ${k}`)
      await closeLib(again)
      const third = await openLib()
      const after = await third.store.using([V5_ID], async () =>
        structuredClone(third.store.file(V5_ID)),
      )
      expect(third.problems.all).toEqual([])
      expect(after.claims).toEqual(before.claims)
      expect(verifyAudit(after).intact).toBe(true)
      expect((await readHead(V5_ID)).schemaVersion).toBe(6)
      await closeLib(third)
    }
  })

  it("a comment or a verdict writes one new file; the claim's other files and the other claims stay as they were", async () => {
    const lib = await openLib()
    const { d, a, b } = await draftWithClaims(lib)
    const part = (claim: string, p: string) => recordFiles(d.id, `claims/${claim}/${p}`)
    const verdictsA = await part(a.id, 'verdicts')
    const bFile = join(dir, 'drafts', d.id, 'claims', `${b.id}.json`)
    const bTime = (await stat(bFile)).mtimeMs
    const firstVerdict = join(dir, 'drafts', d.id, 'claims', a.id, 'verdicts', verdictsA[0]!)
    const firstTime = (await stat(firstVerdict)).mtimeMs
    await changeClaim(lib, d.id, a.id, 'claim.comment', (c) => {
      c.comments.push({ id: 'm-one', by: editor.name, role: editor.role, at: 't1', text: 'One' })
    })
    await setVerdict(lib, d.id, a.id, 'false', 'Three percent', editor)
    expect(await part(a.id, 'comments')).toEqual(['m-one.json'])
    const now = await part(a.id, 'verdicts')
    expect(now).toHaveLength(verdictsA.length + 1)
    expect(now).toEqual(expect.arrayContaining(verdictsA))
    expect((await stat(firstVerdict)).mtimeMs).toBe(firstTime)
    expect((await stat(bFile)).mtimeMs).toBe(bTime)
    // Comments and verdict changes never change: no backup is kept of them.
    const names = await readdir(join(dir, 'drafts', d.id, 'claims', a.id, 'comments'))
    expect(names).toEqual(['m-one.json'])
    // A claim deleted takes its folder with it.
    await lib.store.update(d.id, 'claims', (file) => {
      file.claims = file.claims.filter((c) => c.id !== a.id)
    })
    await expect(stat(join(dir, 'drafts', d.id, 'claims', a.id))).rejects.toBeDefined()
  })

  it('comments added to the same claim on two copies of a draft are two different files', async () => {
    const lib = await openLib()
    const { d, a } = await draftWithClaims(lib)
    const file = structuredClone(lib.store.file(d.id))
    const withComment = (id: string, text: string) => {
      const copy = structuredClone(file)
      copy.claims[0]!.comments.push({ id, by: editor.name, role: editor.role, at: 't', text })
      return new Map(splitDraft(copy).records.map((r) => [r.path, r.hash]))
    }
    const base = new Map(splitDraft(file).records.map((r) => [r.path, r.hash]))
    const one = withComment('m-here', 'From here')
    const two = withComment('m-there', 'From there')
    const added = (m: Map<string, string>) => [...m.keys()].filter((p) => base.get(p) !== m.get(p))
    expect(added(one)).toEqual([`claims/${a.id}/comments/m-here.json`])
    expect(added(two)).toEqual([`claims/${a.id}/comments/m-there.json`])
  })

  it('a damaged comment file is quarantined and the draft opens without that comment; a damaged claim takes its parts with it', async () => {
    const lib = await openLib()
    const { d, a, b } = await draftWithClaims(lib)
    for (const [id, text] of [
      ['m-keep', 'Kept'],
      ['m-bad', 'Damaged'],
    ]) {
      await changeClaim(lib, d.id, a.id, 'claim.comment', (c) => {
        c.comments.push({ id: id!, by: editor.name, role: editor.role, at: 't', text: text! })
      })
    }
    await closeLib(lib)
    const bad = join(dir, 'drafts', d.id, 'claims', a.id, 'comments', 'm-bad.json')
    await writeFile(bad, '{"id": "m-bad", "text": 7}')
    const claimB = join(dir, 'drafts', d.id, 'claims', `${b.id}.json`)
    await writeFile(claimB, 'not json')

    const again = await openLib()
    const claims = await again.store.using([d.id], async () =>
      structuredClone(again.store.file(d.id).claims),
    )
    expect(claims.map((c) => c.id)).toEqual([a.id])
    expect(claims[0]?.comments.map((c) => c.id)).toEqual(['m-keep'])
    const files = again.problems.all.map((p) => p.file).sort()
    const bVerdicts = h(await readHead(d.id)).filter((p) => p.startsWith(`claims/${b.id}/`))
    expect(files).toEqual(
      [
        `drafts/${d.id}/claims/${a.id}/comments/m-bad.json`,
        `drafts/${d.id}/claims/${b.id}.json`,
        ...bVerdicts.map((p) => `drafts/${d.id}/${p}`),
      ].sort(),
    )
    const problem = again.problems.all.find((p) => p.file.endsWith('m-bad.json'))
    expect(problem?.reason).toMatch(
      /of a comment on a claim at .*opened the draft without this record/,
    )
    expect(await readFile(join(dir, problem!.quarantinedAs), 'utf8')).toBe(
      '{"id": "m-bad", "text": 7}',
    )
    const orphan = again.problems.all.find((p) =>
      p.file.startsWith(`drafts/${d.id}/claims/${b.id}/`),
    )
    expect(orphan?.reason).toMatch(/the claim it belongs to .* could not be used/)
    // The draft goes on: the next write lists neither.
    await setVerdict(again, d.id, a.id, 'verified', 'Fine', editor)
    const listed = h(await readHead(d.id))
    expect(listed).not.toContain(`claims/${a.id}/comments/m-bad.json`)
    expect(listed.some((p) => p.startsWith(`claims/${b.id}`))).toBe(false)
  })
})

/** The paths of a head's claim parts, inside the draft's folder. */
function h(head: DraftHead): string[] {
  return (['sources', 'comments', 'verdicts'] as const).flatMap((p) =>
    head.records[p].map(([c, n]) => `claims/${c}/${p}/${n}.json`),
  )
}
