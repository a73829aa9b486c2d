import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { problemId } from '@shared/channels/recovery'
import { verifyAudit } from '../audit/service'
import { listDrafts } from '../drafts/list'
import { createDraft, renameDraft } from '../drafts/service'
import { closeLibrary, openLibrary, type Library } from '../library'
import { addPeople, listPeople } from '../people/service'
import { setProfile } from '../profile/service'
import { dismissProblem } from '../recovery/restore'
import { saveRevision } from '../revisions/service'
import type { DraftFile } from './draft-file'
import type { DraftHead } from './draft-records'

/**
 * Issue 16, item 4: writes never lose what someone else wrote, a hand-edited revision or invalid
 * UTF-8 is caught on load, and quarantine records cannot point outside the library.
 */

const editor = { name: 'Mara Quist', role: 'editor' as const }
let dir: string
let outside: string
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

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-foreign-'))
  outside = await mkdtemp(join(tmpdir(), 'galley-outside-'))
})
afterEach(async () => {
  for (const lib of open.splice(0)) await closeLibrary(lib)
  await rm(dir, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

const draftFile = (id: string) => join(dir, 'drafts', `${id}.json`)

describe('a file changed on disk by another program while Galley runs', () => {
  it('is kept (moved aside with a reason, offered as a conflict), and the .bak keeps what Galley last wrote', async () => {
    const lib = await openLib()
    const d = await createDraft(lib, { title: 'Ferry fares', body: 'Fares rise.' }, editor, {
      kind: 'created',
    })
    await saveRevision(lib, d.id, d.currentRevisionId, 'Fares rise by 4%.', 'm', editor, {
      kind: 'edited',
    })
    const galleyLast = await readFile(draftFile(d.id))
    // A sync tool writes its own version of the file.
    const foreign = JSON.parse(galleyLast.toString('utf8')) as DraftHead
    foreign.draft.title = 'Title from the other laptop'
    const foreignBytes = JSON.stringify(foreign)
    await writeFile(draftFile(d.id), foreignBytes)

    await renameDraft(lib, d.id, 'Ferry fares, renamed here')

    // Galley's version is in place…
    const now = JSON.parse(await readFile(draftFile(d.id), 'utf8')) as DraftHead
    expect(now.draft.title).toBe('Ferry fares, renamed here')
    expect(now.records.revisions).toHaveLength(2)
    // …the foreign one is kept byte for byte and reported as a conflict…
    const conflict = lib.problems.all.find((p) => p.file === `drafts/${d.id}.json`)
    expect(conflict?.reason).toMatch(/changed on disk by another program/)
    expect(conflict).toMatchObject({ conflict: true, backupAvailable: false })
    expect(await readFile(join(dir, conflict!.quarantinedAs), 'utf8')).toBe(foreignBytes)
    // …and the backup is the last version Galley wrote, not the foreign bytes.
    expect(await readFile(`${draftFile(d.id)}.bak`)).toEqual(galleyLast)
    await dismissProblem(lib, problemId(conflict!))
  })

  it('a file only touched (same bytes, new time) is no conflict', async () => {
    const lib = await openLib()
    const d = await createDraft(lib, { title: 'Touched', body: 'Text.' }, editor, {
      kind: 'created',
    })
    const bytes = await readFile(draftFile(d.id))
    await writeFile(draftFile(d.id), bytes)
    await renameDraft(lib, d.id, 'Touched again')
    expect(lib.problems.all).toEqual([])
  })

  it('people.json changed by another program is kept as a conflict too', async () => {
    const lib = await openLib()
    await setProfile(lib, { name: 'Mara', role: 'editor' })
    const person = (name: string) => ({
      name,
      title: '',
      credentials: [],
      affiliations: [],
      contact: '',
      connections: [],
    })
    await addPeople(lib, [person('Dr. One')])
    const file = join(dir, 'people.json')
    const foreign = (await readFile(file, 'utf8')).replace('Dr. One', 'Dr. Edited Elsewhere')
    await writeFile(file, foreign)
    await addPeople(lib, [person('Dr. Two')])
    expect(listPeople(lib).map((p) => p.name)).toEqual(['Dr. One', 'Dr. Two'])
    const conflict = lib.problems.all.find((p) => p.file === 'people.json')
    expect(conflict?.reason).toMatch(/changed on disk by another program/)
    expect(await readFile(join(dir, conflict!.quarantinedAs), 'utf8')).toBe(foreign)
  })
})

describe('what is checked on load', () => {
  it('a revision body edited by hand (hash mismatch) is caught and the audit verdict says so', async () => {
    const lib = await openLib()
    const d = await createDraft(lib, { title: 'Hashes', body: 'The original words.' }, editor, {
      kind: 'created',
    })
    const other = await createDraft(lib, { title: 'Other', body: 'Fine.' }, editor, {
      kind: 'created',
    })
    const file = lib.store.file(d.id)
    const edited: DraftFile = {
      ...file,
      revisions: file.revisions.map((r) => ({ ...r, body: 'Words someone slipped in.' })),
    }
    // The audit verdict covers the revisions' bodies, not only the chain.
    expect(verifyAudit(edited)).toMatchObject({
      intact: false,
      reason: expect.stringMatching(/revision 1/),
    })
    await closeLib(lib)
    // The revision's own file (the draft is kept as one file per record).
    const revision = join(dir, 'drafts', d.id, 'revisions', `${d.currentRevisionId}.json`)
    const raw = await readFile(revision, 'utf8')
    await writeFile(revision, raw.replace('The original words.', 'Words someone slipped in.'))

    const again = await openLib()
    expect(listDrafts(again, 'active').map((x) => x.id)).toEqual([other.id])
    const problem = again.problems.all.find((p) => p.file === `drafts/${d.id}.json`)
    expect(problem?.reason).toMatch(/revision 1.*(sha-256|changed outside Galley)/)
  })

  it('invalid UTF-8 inside a string is detected, not silently replaced', async () => {
    const lib = await openLib()
    const d = await createDraft(lib, { title: 'Bytes', body: 'Caf\u00e9 prices.' }, editor, {
      kind: 'created',
    })
    await closeLib(lib)
    const raw = await readFile(draftFile(d.id))
    const at = raw.indexOf(Buffer.from('Bytes'))
    raw[at + 1] = 0xff
    await writeFile(draftFile(d.id), raw)
    const again = await openLib()
    const problem = again.problems.all.find((p) => p.file === `drafts/${d.id}.json`)
    expect(problem?.reason).toMatch(/not valid UTF-8/)
    // Nothing replaced it: the bytes are in quarantine as they were.
    expect(await readFile(join(dir, problem!.quarantinedAs))).toEqual(raw)
  })
})

describe('quarantine records are untrusted', () => {
  it('a planted record with ../ paths cannot make dismiss touch anything outside the library', async () => {
    const victim = join(outside, 'victim')
    await writeFile(`${victim}.reason.json`, '{"keep":"me"}')
    await writeFile(join(outside, 'victim.json'), 'outside file')
    await mkdir(join(dir, 'quarantine'), { recursive: true })
    const rel = (p: string) => join('..', '..', ...p.split('/').filter(Boolean))
    const planted = {
      file: rel(join(outside, 'victim.json')),
      quarantinedAs: join('quarantine', rel(victim)),
      reason: 'planted',
      at: new Date().toISOString(),
      backupAvailable: false,
    }
    await writeFile(
      join(dir, 'quarantine', '2026-01-01T00-00-00-000Z-planted.json.reason.json'),
      JSON.stringify(planted),
    )
    const lib = await openLib()
    const [problem] = lib.problems.all
    expect(problem).toBeDefined()
    // Whatever it says, the problem lies inside the library.
    expect(problem!.quarantinedAs).toBe('quarantine/2026-01-01T00-00-00-000Z-planted.json')
    expect(problem!.file).not.toMatch(/\.\./)
    await dismissProblem(lib, problemId(problem!))
    expect(await readFile(`${victim}.reason.json`, 'utf8')).toBe('{"keep":"me"}')
    expect(await readFile(join(outside, 'victim.json'), 'utf8')).toBe('outside file')
    expect(await readdir(outside)).toEqual(['victim.json', 'victim.reason.json'])
    expect(lib.problems.all).toEqual([])
    await expect(stat(join(dir, 'quarantine', 'planted'))).rejects.toBeDefined()
  })
})
