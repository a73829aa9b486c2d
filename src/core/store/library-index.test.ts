import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { closeLibrary, openLibrary, type Library } from '../library'
import { listDrafts, searchDrafts } from '../drafts/list'
import {
  createDraft,
  deleteDraftForever,
  draftDetail,
  renameDraft,
  trashDraft,
} from '../drafts/service'
import { saveRevision } from '../revisions/service'
import { exportPortable, importPortable } from '../export/portable'
import { INDEX_FILE } from './library-index'
import { SEARCH_FILE } from './library-search'

const editor = { name: 'Mara Quist', role: 'editor' as const }
let dir: string
let open: Library[] = []

/** Opens the library; `keepInMemory: 0` reads no draft until one is used (a big library's way). */
async function openLib(keepInMemory?: number): Promise<Library> {
  const lib = await openLibrary(dir, {
    mode: 'test',
    ...(keepInMemory === undefined ? {} : { keepInMemory }),
  })
  open.push(lib)
  return lib
}

async function close(lib: Library): Promise<void> {
  await closeLibrary(lib)
  open = open.filter((l) => l !== lib)
}

/** The titles the index on disk holds (it keeps its entries as columns). */
async function indexOnDisk(): Promise<string[]> {
  return (JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as { titles: string[] }).titles
}

const titles = (lib: Library) => listDrafts(lib, 'active').map((d) => d.title)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-index-'))
})

afterEach(async () => {
  for (const lib of open) await closeLibrary(lib)
  open = []
  await rm(dir, { recursive: true, force: true })
})

async function twoDrafts(): Promise<{ a: string; b: string }> {
  const lib = await openLib()
  const a = await createDraft(lib, { title: 'Harbour ferry fares', body: 'Fares rise.' }, editor, {
    kind: 'created',
  })
  const b = await createDraft(lib, { title: 'Kelp serum claims', body: 'Kelp heals.' }, editor, {
    kind: 'created',
  })
  await close(lib)
  return { a: a.id, b: b.id }
}

describe('the library index', () => {
  it('lists from the index without reading a draft whose file did not change', async () => {
    const { a } = await twoDrafts()
    // Garbage of the same size, with the file's old time put back: only a read would notice.
    const file = join(dir, 'drafts', `${a}.json`)
    const before = await stat(file)
    await writeFile(file, 'x'.repeat(before.size))
    await utimes(file, before.atimeMs / 1000, before.mtimeMs / 1000)

    const lib = await openLib(0)
    expect(lib.store.loaded).toBe(0)
    expect(titles(lib).sort()).toEqual(['Harbour ferry fares', 'Kelp serum claims'])
    expect(lib.problems.all).toEqual([])
    // Opened, it is read: the damage is found, quarantined and reported then.
    await expect(lib.store.using([a], async () => draftDetail(lib, a))).rejects.toMatchObject({
      code: 'unreadable-file',
    })
    await lib.problems.refresh()
    expect(lib.problems.all.map((p) => p.file)).toEqual([join('drafts', `${a}.json`)])
    expect(titles(lib)).toEqual(['Kelp serum claims'])
  })

  it('is rebuilt from the drafts when it is missing', async () => {
    await twoDrafts()
    await rm(join(dir, INDEX_FILE))
    const lib = await openLib(0)
    expect(titles(lib).sort()).toEqual(['Harbour ferry fares', 'Kelp serum claims'])
    expect(lib.problems.all).toEqual([])
    await close(lib)
    expect(await indexOnDisk()).toHaveLength(2)
  })

  it('moves a damaged index to quarantine, reports it, and builds a new one', async () => {
    await twoDrafts()
    const garbage = '{"schemaVersion":1,"drafts":{"x":'
    await writeFile(join(dir, INDEX_FILE), garbage)
    const lib = await openLib(0)
    expect(titles(lib).sort()).toEqual(['Harbour ferry fares', 'Kelp serum claims'])
    const [problem] = lib.problems.all
    expect(problem?.file).toBe(INDEX_FILE)
    expect(problem?.reason).toMatch(/library index could not be read: it is not valid JSON/)
    expect(problem?.backupAvailable).toBe(false)
    // The damaged bytes are kept as they were, never overwritten.
    expect(await readFile(join(dir, problem!.quarantinedAs), 'utf8')).toBe(garbage)
    await close(lib)
    expect(await indexOnDisk()).toHaveLength(2)
  })

  it('quarantines an index of the wrong shape too', async () => {
    await twoDrafts()
    await writeFile(
      join(dir, INDEX_FILE),
      JSON.stringify({ schemaVersion: 2, ids: ['a'], titles: [] }),
    )
    const lib = await openLib()
    expect(lib.problems.all.map((p) => p.file)).toEqual([INDEX_FILE])
    expect(titles(lib)).toHaveLength(2)
  })

  it('follows saves, renames, imports, trash and deletes, and the next start reads it', async () => {
    const { a, b } = await twoDrafts()
    const lib = await openLib(0)
    await renameDraft(lib, a, 'Ferry fares, renamed')
    const current = lib.store.index.get(b)!.currentRevisionId
    await saveRevision(lib, b, current, 'Kelp heals nothing.', 'edit', editor, {
      kind: 'edited',
    })
    const { text } = await lib.store.using([b], () => exportPortable(lib, b))
    const imported = await importPortable(lib, editor, 'kelp.galley.json', Buffer.from(text))
    const copy = { id: imported.draftId }
    expect(lib.store.index.get(copy.id)?.row.title).toBe('Kelp serum claims (copy)')
    await trashDraft(lib, copy.id)
    await deleteDraftForever(lib, copy.id)
    expect(lib.store.index.get(b)?.row.revisionCount).toBe(2)
    expect(titles(lib).sort()).toEqual(['Ferry fares, renamed', 'Kelp serum claims'])
    await close(lib)
    expect((await indexOnDisk()).sort()).toEqual(['Ferry fares, renamed', 'Kelp serum claims'])
    const again = await openLib(0)
    expect(titles(again).sort()).toEqual(['Ferry fares, renamed', 'Kelp serum claims'])
    expect(again.store.loaded).toBe(0)
  })

  it('picks up a draft changed on disk by another program, while closed and while open', async () => {
    const { a } = await twoDrafts()
    const file = join(dir, 'drafts', `${a}.json`)
    const edit = async (title: string) => {
      const doc = JSON.parse(await readFile(file, 'utf8')) as { draft: { title: string } }
      doc.draft.title = title
      await writeFile(file, JSON.stringify(doc))
    }
    await edit('Changed while closed')
    const lib = await openLib(0)
    expect(titles(lib)).toContain('Changed while closed')
    await edit('Changed while open')
    await vi.waitFor(() => expect(titles(lib)).toContain('Changed while open'), {
      timeout: 10_000,
    })
    expect((await searchDrafts(lib, 'active', 'while open')).map((d) => d.id)).toEqual([a])
    // Damaged by the other program: quarantined and reported, as at start.
    await writeFile(file, '{"not a draft')
    await vi.waitFor(
      () => expect(lib.problems.all.map((p) => p.file)).toContain(join('drafts', `${a}.json`)),
      {
        timeout: 10_000,
      },
    )
    expect(titles(lib)).toEqual(['Kelp serum claims'])
  })
})

describe('the search index', () => {
  it('finds drafts by title, text, claim, source and person, and is kept between runs', async () => {
    const lib = await openLib()
    const d = await createDraft(
      lib,
      {
        title: 'Seaweed skincare',
        body: 'Fermented kelp reduced wrinkles within six weeks, said Dr Amara Osei.',
      },
      editor,
      { kind: 'created' },
    )
    const other = await createDraft(lib, { title: 'Budget', body: 'Council budget.' }, editor, {
      kind: 'created',
    })
    await lib.store.update(d.id, 'claims', (file) => {
      const now = new Date().toISOString()
      file.claims.push({
        id: 'claim1',
        revisionId: file.draft.currentRevisionId,
        anchor: {
          start: 0,
          end: 40,
          exact: 'Fermented kelp reduced wrinkles',
          prefix: '',
          suffix: '',
        },
        status: 'anchored',
        verdict: 'unchecked',
        needsRecheck: false,
        note: 'ask the zoologist',
        sources: [{ id: 'src1', citation: 'Journal of Marine Dermatology, 2024' }],
        comments: [],
        history: [],
        createdAt: now,
        createdBy: editor,
        updatedAt: now,
      })
      file.quotes.push({
        id: 'quote1',
        revisionId: file.draft.currentRevisionId,
        anchor: { start: 0, end: 10, exact: 'Fermented ', prefix: '', suffix: '' },
        status: 'anchored',
        origin: 'manual',
        speaker: { name: 'Ngozi Abernathy', personId: null },
        confirmed: null,
        subject: '',
        hidden: false,
        createdAt: now,
        updatedAt: now,
      })
    })
    const ids = async (q: string) => (await searchDrafts(lib, 'active', q)).map((r) => r.id)
    await lib.store.search.settled()
    expect(await ids('seaweed')).toEqual([d.id]) // title
    expect(await ids('wrinkl')).toEqual([d.id]) // text, as the start of a word
    expect(await ids('zoologist')).toEqual([d.id]) // a claim's note
    expect(await ids('marine dermatology')).toEqual([d.id]) // a source
    expect(await ids('abernathy')).toEqual([d.id]) // a person quoted
    expect(await ids('council')).toEqual([other.id])
    expect(await ids('kelp council')).toEqual([]) // every word must match
    const [hit] = await searchDrafts(lib, 'active', 'marine')
    expect(hit?.snippet).toBe('Source: Journal of Marine Dermatology, 2024')

    await close(lib)
    expect((await stat(join(dir, SEARCH_FILE))).size).toBeGreaterThan(0)
    const again = await openLib(0)
    expect((await searchDrafts(again, 'active', 'abernathy')).map((r) => r.id)).toEqual([d.id])
    expect(again.store.loaded).toBe(0) // from the kept index: no draft read
  })

  it('moves a damaged search index to quarantine, reports it, and builds it again', async () => {
    const { b } = await twoDrafts()
    await writeFile(join(dir, SEARCH_FILE), 'not json at all')
    const lib = await openLib(0)
    const found = await searchDrafts(lib, 'active', 'heals')
    await lib.store.search.settled()
    expect((await searchDrafts(lib, 'active', 'heals')).map((r) => r.id)).toEqual([b])
    expect(found.length).toBeLessThanOrEqual(1)
    await lib.problems.refresh()
    expect(lib.problems.all.map((p) => p.file)).toEqual([SEARCH_FILE])
  })
})
