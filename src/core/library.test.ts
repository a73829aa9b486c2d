import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeLibrary, openLibrary, type Library } from './library'
import { sha256 } from './ids'
import { listDrafts, searchDrafts } from './drafts/list'
import {
  createDraft,
  deleteDraftForever,
  draftDetail,
  renameDraft,
  restoreDraft,
  setArchived,
  trashDraft,
} from './drafts/service'
import { profileOf, setProfile } from './profile/service'
import { getRevision, saveRevision } from './revisions/service'

const editor = { name: 'Mara Quist', role: 'editor' as const }
const checker = { name: 'Tomas Reyes', role: 'fact-checker' as const }
let dir: string
let open: Library[] = []

async function openLib(): Promise<Library> {
  const lib = await openLibrary(dir, { mode: 'test' })
  open.push(lib)
  return lib
}

async function reopen(lib: Library): Promise<Library> {
  await closeLibrary(lib)
  open = open.filter((l) => l !== lib)
  return openLib()
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-lib-'))
})
afterEach(async () => {
  for (const lib of open) await closeLibrary(lib)
  open = []
  await rm(dir, { recursive: true, force: true })
})

describe('drafts', () => {
  it('creates, lists, renames, archives, trashes, restores and deletes for good', async () => {
    const lib = await openLib()
    const a = await createDraft(lib, { title: 'Ferry fares', body: 'Fares rise.' }, editor, {
      kind: 'created',
    })
    const b = await createDraft(
      lib,
      { title: 'Budget brief', body: 'The council voted.' },
      editor,
      { kind: 'created' },
    )
    expect(
      listDrafts(lib, 'active')
        .map((d) => d.title)
        .sort(),
    ).toEqual(['Budget brief', 'Ferry fares'])

    await renameDraft(lib, a.id, 'Harbour ferry fares')
    await setArchived(lib, b.id, true)
    expect(listDrafts(lib, 'active').map((d) => d.title)).toEqual(['Harbour ferry fares'])
    expect(listDrafts(lib, 'archived').map((d) => d.title)).toEqual(['Budget brief'])

    await trashDraft(lib, a.id)
    expect(listDrafts(lib, 'active')).toEqual([])
    expect(listDrafts(lib, 'trash').map((d) => d.id)).toEqual([a.id])
    await expect(renameDraft(lib, a.id, 'x')).rejects.toThrow(/in the trash/)
    await expect(deleteDraftForever(lib, b.id)).rejects.toThrow(/Only drafts in the trash/)

    await restoreDraft(lib, a.id)
    expect(listDrafts(lib, 'active').map((d) => d.id)).toEqual([a.id])

    await trashDraft(lib, a.id)
    await deleteDraftForever(lib, a.id)
    expect(listDrafts(lib, 'trash')).toEqual([])
    expect(await readdir(join(dir, 'drafts'))).not.toContain(`${a.id}.json`)
    expect(() => draftDetail(lib, a.id)).toThrow(/not in this library/)
  })

  it('searches titles and text, folding case and accents, with a snippet', async () => {
    const lib = await openLib()
    await createDraft(lib, { title: 'Céline on serums', body: 'Plain words.' }, editor, {
      kind: 'created',
    })
    await createDraft(
      lib,
      { title: 'Other', body: 'A study of 38 percent of users found fermented kelp helped.' },
      editor,
      { kind: 'created' },
    )
    const titles = async (q: string) => (await searchDrafts(lib, 'active', q)).map((d) => d.title)
    expect(await titles('celine')).toEqual(['Céline on serums'])
    const hit = await searchDrafts(lib, 'active', 'FERMENTED')
    expect(hit.map((d) => d.title)).toEqual(['Other'])
    expect(hit[0]?.snippet).toContain('fermented kelp')
    expect(await titles('nothing like this')).toEqual([])
  })
})

describe('revisions', () => {
  it('are immutable, chained, hashed, and survive a restart', async () => {
    let lib = await openLib()
    const d = await createDraft(lib, { title: 'T', body: 'one two' }, editor, { kind: 'created' })
    const r2 = await saveRevision(
      lib,
      d.id,
      d.currentRevisionId,
      'one two three',
      'Added three',
      checker,
      { kind: 'edited' },
    )
    expect(r2.parentId).toBe(d.currentRevisionId)
    expect(r2.number).toBe(2)
    expect(r2.hash).toBe(sha256('one two three'))
    expect(r2.words).toBe(3)
    expect(r2.author).toEqual(checker)
    expect(Object.isFrozen(r2)).toBe(true)

    lib = await reopen(lib)
    const detail = draftDetail(lib, d.id)
    expect(detail.revisions.map((r) => r.message)).toEqual(['First version', 'Added three'])
    expect(detail.current.body).toBe('one two three')
    expect(getRevision(lib, d.id, d.currentRevisionId).body).toBe('one two')
  })

  it('refuses a save based on a revision that is no longer current, and an identical body', async () => {
    const lib = await openLib()
    const d = await createDraft(lib, { title: 'T', body: 'a' }, editor, { kind: 'created' })
    await saveRevision(lib, d.id, d.currentRevisionId, 'b', 'm', editor, { kind: 'edited' })
    await expect(
      saveRevision(lib, d.id, d.currentRevisionId, 'c', 'm', editor, { kind: 'edited' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    })
    const current = draftDetail(lib, d.id).draft.currentRevisionId
    await expect(
      saveRevision(lib, d.id, current, 'b', 'm', editor, { kind: 'edited' }),
    ).rejects.toThrow(/nothing new/)
  })
})

describe('corruption', () => {
  it('quarantines an unreadable draft file, reports it, and still opens the others', async () => {
    let lib = await openLib()
    const good = await createDraft(lib, { title: 'Good', body: 'fine' }, editor, {
      kind: 'created',
    })
    const bad = await createDraft(lib, { title: 'Bad', body: 'soon broken' }, editor, {
      kind: 'created',
    })
    await renameDraft(lib, bad.id, 'Bad, renamed') // leaves a last-good backup
    await closeLibrary(lib)
    open = []
    const badFile = join(dir, 'drafts', `${bad.id}.json`)
    const garbage = '{"schemaVersion":2,"draft":{"id":"'
    await writeFile(badFile, garbage)

    lib = await openLib()
    expect(listDrafts(lib, 'active').map((d) => d.id)).toEqual([good.id])
    const [problem] = lib.problems.all
    expect(problem?.file).toBe(join('drafts', `${bad.id}.json`))
    expect(problem?.reason).toMatch(/not valid JSON/)
    expect(problem?.backupAvailable).toBe(true)
    // The corrupt bytes are kept, not overwritten.
    expect(await readFile(join(dir, problem!.quarantinedAs), 'utf8')).toBe(garbage)

    lib = await reopen(lib)
    expect(lib.problems.all).toHaveLength(1)
  })

  it('quarantines a corrupt settings file instead of overwriting it with defaults', async () => {
    await writeFile(join(dir, 'settings.json'), 'not json at all')
    const lib = await openLib()
    expect(profileOf(lib)).toBeNull()
    await setProfile(lib, editor)
    const q = await readdir(join(dir, 'quarantine'))
    const kept = q.find((n) => n.endsWith('settings.json'))
    expect(kept).toBeDefined()
    expect(await readFile(join(dir, 'quarantine', kept!), 'utf8')).toBe('not json at all')
  })

  it('removes temp files left by an interrupted write', async () => {
    const lib = await openLib()
    const d = await createDraft(lib, { title: 'T', body: 'x' }, editor, { kind: 'created' })
    await writeFile(join(dir, 'drafts', `.${d.id}.json.12345.0123456789ab.tmp`), 'half')
    await reopen(lib)
    expect((await readdir(join(dir, 'drafts'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})

it('refuses a second open of the same library', async () => {
  await openLib()
  await expect(openLibrary(dir, { mode: 'test' })).rejects.toMatchObject({ code: 'library-locked' })
})
