import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { problemId } from '@shared/channels/recovery'
import type { LibraryProblem } from '@shared/domain'
import { openCore } from '..'
import { closeLibrary, openLibrary, type Library } from '../library'
import { dismissProblem, restoreBackup } from './restore'
import { listDrafts } from '../drafts/list'
import { createDraft, renameDraft } from '../drafts/service'
import { addPeople, listPeople } from '../people/service'
import { profileOf, setProfile } from '../profile/service'

const editor = { name: 'Mara Quist', role: 'editor' as const }
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

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-recovery-'))
})
afterEach(async () => {
  for (const lib of open.splice(0)) await closeLibrary(lib)
  await rm(dir, { recursive: true, force: true })
})

function person(name: string) {
  return { name, title: '', credentials: [], affiliations: [], contact: '', connections: [] }
}

/**
 * A library whose draft, settings and people files were each written twice, so each has a
 * last-good backup: the first title, the first profile, the first person.
 */
async function makeLibrary(): Promise<{ draftId: string }> {
  const lib = await openLib()
  await setProfile(lib, { name: 'First Profile', role: 'editor' })
  await setProfile(lib, { name: 'Second Profile', role: 'legal' })
  await addPeople(lib, [person('Dr. First')])
  await addPeople(lib, [person('Dr. Second')])
  const d = await createDraft(lib, { title: 'First title', body: 'Fares rise by 4%.' }, editor, {
    kind: 'created',
  })
  await renameDraft(lib, d.id, 'Second title')
  await closeLib(lib)
  return { draftId: d.id }
}

type Damage = [name: string, damage: (original: string) => string, reason: RegExp]
const DAMAGE: Damage[] = [
  ['truncated', (t) => t.slice(0, Math.floor(t.length / 2)), /not valid JSON/],
  ['empty', () => '', /empty/],
  ['zero-filled', (t) => '\0'.repeat(t.length), /zero bytes/],
  ['non-JSON', () => 'Dear Galley, this is a letter, not a library file.', /not valid JSON/],
  [
    'wrong-schema',
    (t) => JSON.stringify({ schemaVersion: JSON.parse(t).schemaVersion, unexpected: true }),
    /not what Galley expects/,
  ],
  ['future-schema', (t) => JSON.stringify({ ...JSON.parse(t), schemaVersion: 99 }), /newer Galley/],
]

type Kind = [
  kind: string,
  rel: (draftId: string) => string,
  /** What the library shows of the file's contents once it is readable again. */
  read: (lib: Library, draftId: string) => unknown,
  good: unknown,
  fresh: unknown,
]
const KINDS: Kind[] = [
  [
    'draft',
    (id) => join('drafts', `${id}.json`),
    (lib, id) => listDrafts(lib, 'active').find((d) => d.id === id)?.title ?? null,
    'First title',
    null,
  ],
  ['settings', () => 'settings.json', (lib) => profileOf(lib)?.name ?? null, 'First Profile', null],
  ['people', () => 'people.json', (lib) => listPeople(lib).map((p) => p.name), ['Dr. First'], []],
]

const cases = KINDS.flatMap((k) => DAMAGE.map((d) => [k[0], d[0], k, d] as const))

describe.each(cases)('a %s file that is %s', (_k, _d, kind, damage) => {
  const [, relOf, read, good, fresh] = kind
  const [, harm, reason] = damage

  it('is quarantined as it was, reported, not replaced by defaults, and its backup restores', async () => {
    const { draftId } = await makeLibrary()
    const rel = relOf(draftId)
    const file = join(dir, rel)
    const broken = harm(await readFile(file, 'utf8'))
    await writeFile(file, broken)

    const lib = await openLib()
    const problems = lib.problems.all
    expect(problems).toHaveLength(1)
    const problem = problems[0] as LibraryProblem
    expect(problem).toMatchObject({ file: rel, backupAvailable: true })
    expect(problem.reason).toMatch(reason)
    expect(await readFile(join(dir, problem.quarantinedAs), 'utf8')).toBe(broken)
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(read(lib, draftId)).toEqual(fresh)

    const restored = await restoreBackup(lib, problemId(problem))
    expect(restored).toMatchObject({ file: rel, problems: [] })
    expect(restored.draftId).toBe(kind[0] === 'draft' ? draftId : null)
    expect(read(lib, draftId)).toEqual(good)
    // The damaged copy stays in quarantine; reopening finds a sound library with nothing to report.
    await closeLib(lib)
    const again = await openLib()
    expect(again.problems.all).toEqual([])
    expect(read(again, draftId)).toEqual(good)
    expect(await readFile(join(dir, problem.quarantinedAs), 'utf8')).toBe(broken)
  })
})

describe('restoring and dismissing', () => {
  it('restores the backup kept in quarantine even after a fresh settings file was saved twice', async () => {
    await makeLibrary()
    await writeFile(join(dir, 'settings.json'), '{"schemaVersion":1,')
    const lib = await openLib()
    expect(profileOf(lib)).toBeNull()
    await setProfile(lib, { name: 'Stopgap', role: 'editor' })
    await setProfile(lib, { name: 'Stopgap again', role: 'editor' })
    const [problem] = lib.problems.all
    await restoreBackup(lib, problemId(problem!))
    expect(profileOf(lib)?.name).toBe('First Profile')
    // What was there before the restore is kept as the file's backup.
    expect(JSON.parse(await readFile(join(dir, 'settings.json.bak'), 'utf8')).profile.name).toBe(
      'Stopgap again',
    )
  })

  it('refuses a backup that is damaged too, and leaves everything as it was', async () => {
    const { draftId } = await makeLibrary()
    const file = join(dir, 'drafts', `${draftId}.json`)
    await writeFile(file, '')
    await writeFile(`${file}.bak`, '{"schemaVersion":4')
    const lib = await openLib()
    const [problem] = lib.problems.all
    await expect(restoreBackup(lib, problemId(problem!))).rejects.toMatchObject({
      code: 'corrupt-file',
      message: expect.stringMatching(/cannot be used either: it is not valid JSON/),
    })
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(lib.problems.all).toHaveLength(1)
  })

  it('dismiss stops the report but keeps the file and its backup in quarantine', async () => {
    const { draftId } = await makeLibrary()
    await writeFile(join(dir, 'drafts', `${draftId}.json`), 'nope')
    const lib = await openLib()
    const [problem] = lib.problems.all
    expect((await dismissProblem(lib, problemId(problem!))).problems).toEqual([])
    await closeLib(lib)
    const again = await openLib()
    expect(again.problems.all).toEqual([])
    const kept = await readdir(join(dir, 'quarantine'))
    const base = problemId(problem!)
    expect(kept.sort()).toEqual([base, `${base}.bak`, `${base}.reason.json`].sort())
    await expect(restoreBackup(again, base)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('offers no restore when a file never had a backup', async () => {
    const lib = await openLib()
    const d = await createDraft(lib, { title: 'Once', body: 'Written once.' }, editor, {
      kind: 'created',
    })
    await closeLib(lib)
    await writeFile(join(dir, 'drafts', `${d.id}.json`), '')
    const again = await openLib()
    const [problem] = again.problems.all
    expect(problem?.backupAvailable).toBe(false)
    await expect(restoreBackup(again, problemId(problem!))).rejects.toThrow(/no last good version/)
  })

  it('the channels validate the problem id before any file is touched', async () => {
    const { draftId } = await makeLibrary()
    await writeFile(join(dir, 'drafts', `${draftId}.json`), '[]')
    const core = await openCore({
      libraryPath: dir,
      mode: 'browser',
      version: 'test',
      emit: () => undefined,
      seedSample: false,
    })
    try {
      for (const bad of ['../settings.json', '/etc/passwd', 'a/b', '..', 'x\0y', '']) {
        const out = await core.dispatch('recovery:restoreBackup', { problemId: bad })
        expect(out).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      }
      const info = await core.dispatch('app:info', {})
      const problems = (info as { ok: true; value: { problems: LibraryProblem[] } }).value.problems
      const out = await core.dispatch('recovery:restoreBackup', {
        problemId: problemId(problems[0]!),
      })
      expect(out).toMatchObject({ ok: true, value: { draftId, problems: [] } })
      const listed = await core.dispatch('drafts:get', { id: draftId })
      expect(listed).toMatchObject({ ok: true, value: { draft: { title: 'First title' } } })
    } finally {
      await core.close()
    }
  })
})
