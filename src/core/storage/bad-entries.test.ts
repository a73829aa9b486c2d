import { spawnSync } from 'node:child_process'
import { chmod, lstat, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { problemId } from '@shared/channels/recovery'
import { HOSTILE_ENTRIES } from '../../../test/fixtures/storage/hostile-entries'
import { listDrafts } from '../drafts/list'
import { createDraft } from '../drafts/service'
import { closeLibrary, openLibrary, type Library } from '../library'
import { addPeople, listPeople } from '../people/service'
import { profileOf, setProfile } from '../profile/service'
import { dismissProblem } from '../recovery/restore'

/**
 * Issue 16, item 2: one bad entry never stops the library. Each non-regular entry where a draft,
 * settings.json or people.json should be is reported with a sentence, and the rest opens.
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

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-bad-'))
  outside = await mkdtemp(join(tmpdir(), 'galley-outside-'))
})
afterEach(async () => {
  for (const lib of open.splice(0)) await closeLibrary(lib)
  // An unreadable file must be readable again to be removed by a non-root user.
  await chmodAll(dir)
  await rm(dir, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

async function chmodAll(path: string): Promise<void> {
  const names = await readdir(path, { recursive: true }).catch(() => [] as string[])
  for (const n of names) {
    const p = join(path, n)
    const s = await lstat(p).catch(() => null)
    if (s?.isFile()) await chmod(p, 0o600).catch(() => undefined)
  }
}

function person(name: string) {
  return { name, title: '', credentials: [], affiliations: [], contact: '', connections: [] }
}

/** A library with two drafts, a profile and a person, each file written twice (so with a .bak). */
async function makeLibrary(): Promise<{ good: string; bad: string }> {
  const lib = await openLib()
  await setProfile(lib, { name: 'First', role: 'editor' })
  await setProfile(lib, { name: 'Second', role: 'editor' })
  await addPeople(lib, [person('Dr. First')])
  await addPeople(lib, [person('Dr. Second')])
  const good = await createDraft(lib, { title: 'Good draft', body: 'Fine.' }, editor, {
    kind: 'created',
  })
  const bad = await createDraft(lib, { title: 'Bad draft', body: 'Soon gone.' }, editor, {
    kind: 'created',
  })
  open.splice(open.indexOf(lib), 1)
  await closeLibrary(lib)
  return { good: good.id, bad: bad.id }
}

const places = [
  ['a draft', (bad: string) => join('drafts', `${bad}.json`)],
  ['settings.json', () => 'settings.json'],
  ['people.json', () => 'people.json'],
] as const

const cases = places.flatMap(([where, rel]) =>
  HOSTILE_ENTRIES.map((entry) => [entry.name, where, rel, entry] as const),
)

describe.each(cases)('%s where %s should be', (_n, where, relOf, entry) => {
  it.skipIf(!entry.available())(
    'is reported with a sentence and every other file opens',
    async () => {
      const { good, bad } = await makeLibrary()
      const rel = relOf(bad)
      await entry.plant(join(dir, rel), outside)

      const lib = await openLib()
      const titles = listDrafts(lib, 'active').map((d) => d.title)
      expect(titles).toContain('Good draft')
      expect(lib.store.file(good).draft.title).toBe('Good draft')
      const problem = lib.problems.all.find((p) => p.file === rel)
      expect(problem, `a problem for ${rel}`).toBeDefined()
      expect(problem!.reason).toMatch(entry.reason)
      // What to do is said as well.
      expect(problem!.reason.length).toBeGreaterThan(20)
      if (where === 'a draft') expect(titles).not.toContain('Bad draft')
      else expect(titles).toContain('Bad draft')
      if (where === 'settings.json') expect(profileOf(lib)).toBeNull()
      if (where === 'people.json') expect(listPeople(lib)).toEqual([])
      // Nothing outside the library was touched or followed.
      expect((await readdir(outside)).every((n) => n.startsWith('escaped-'))).toBe(true)
      await dismissProblem(lib, problemId(problem!))
    },
  )
})

describe('library folders that are not folders', () => {
  it('drafts/ being a file: moved aside, reported, and the library opens', async () => {
    await makeLibrary()
    await rm(join(dir, 'drafts'), { recursive: true })
    await writeFile(join(dir, 'drafts'), 'I am a file, not a folder')
    const lib = await openLib()
    expect(listDrafts(lib, 'active')).toEqual([])
    const problem = lib.problems.all.find((p) => p.file === 'drafts')
    expect(problem?.reason).toMatch(/not a folder/)
    expect((await lstat(join(dir, 'drafts'))).isDirectory()).toBe(true)
    expect(profileOf(lib)?.name).toBe('Second')
  })

  it('quarantine/ being a file: moved into a fresh quarantine folder and reported', async () => {
    const { bad } = await makeLibrary()
    await rm(join(dir, 'quarantine'), { recursive: true, force: true })
    await writeFile(join(dir, 'quarantine'), 'not a folder either')
    await writeFile(join(dir, 'drafts', `${bad}.json`), 'broken')
    const lib = await openLib()
    expect((await lstat(join(dir, 'quarantine'))).isDirectory()).toBe(true)
    const files = lib.problems.all.map((p) => p.file).sort()
    expect(files).toEqual(['drafts/' + `${bad}.json`, 'quarantine'].sort())
    expect(lib.problems.all.find((p) => p.file === 'quarantine')?.reason).toMatch(/not a folder/)
    expect(listDrafts(lib, 'active').map((d) => d.title)).toEqual(['Good draft'])
  })

  it("a draft's .bak that is a FIFO is not read when the draft is quarantined", async () => {
    if (spawnSync('mkfifo', ['--version']).status !== 0) return
    const { bad } = await makeLibrary()
    const file = join(dir, 'drafts', `${bad}.json`)
    await writeFile(file, 'broken')
    await rm(`${file}.bak`, { force: true })
    expect(spawnSync('mkfifo', [`${file}.bak`]).status).toBe(0)
    const lib = await openLib()
    const problem = lib.problems.all.find((p) => p.file === `drafts/${bad}.json`)
    expect(problem).toMatchObject({ backupAvailable: false })
  })

  it('a draft that is a symlink to /dev/zero among a hundred drafts: the hundred open', async () => {
    const lib = await openLib()
    for (let i = 0; i < 100; i++) {
      await createDraft(lib, { title: `Draft ${i}`, body: 'Text.' }, editor, { kind: 'created' })
    }
    open.splice(open.indexOf(lib), 1)
    await closeLibrary(lib)
    await symlink('/dev/zero', join(dir, 'drafts', 'zero.json'))
    const again = await openLib()
    expect(listDrafts(again, 'active')).toHaveLength(100)
    expect(again.problems.all.map((p) => p.file)).toEqual(['drafts/zero.json'])
  })
})
