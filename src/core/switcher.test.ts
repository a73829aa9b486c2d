// Opening another library in a running host: real library folders, real locks.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lastLibraryFile, LibrarySwitcher, openCore, type GalleyCore } from './index'

let root: string
const extra: GalleyCore[] = []

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-switch-'))
})
afterEach(async () => {
  await Promise.all(extra.splice(0).map((c) => c.close()))
  await rm(root, { recursive: true, force: true })
})

/** A switcher as the hosts make one: each library's core can open another in its place. */
function switcher(remembered: string[] = []): LibrarySwitcher {
  const s: LibrarySwitcher = new LibrarySwitcher(
    (libraryPath) =>
      openCore({
        libraryPath,
        mode: 'browser',
        version: 'test',
        emit: () => undefined,
        seedSample: false,
        openLibrary: (folder) => s.open(folder),
      }),
    async (path) => {
      remembered.push(path)
    },
  )
  return s
}

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value as T
}

describe('LibrarySwitcher', () => {
  it('opens another library in the current one’s place: requests go there, the old lock is let go', async () => {
    const a = join(root, 'a')
    const b = join(root, 'b')
    const remembered: string[] = []
    const s = switcher(remembered)
    await s.start(a)
    await ok(s.dispatch('profile:set', { name: 'Ana', role: 'editor' }))
    await ok(s.dispatch('drafts:create', { title: 'Only in A', body: 'Text.' }))

    const opened = await ok<{ libraryPath: string }>(s.dispatch('app:openLibrary', { folder: b }))
    expect(opened.libraryPath).toBe(b)
    expect(s.libraryPath).toBe(b)
    expect(remembered).toEqual([b])
    const info = await ok<{ libraryPath: string }>(s.dispatch('app:info', {}))
    expect(info.libraryPath).toBe(b)
    expect(await ok<unknown[]>(s.dispatch('drafts:list', { view: 'active' }))).toEqual([])
    // The person carries over to a library that has no profile yet.
    expect(await ok(s.dispatch('profile:get', {}))).toEqual({ name: 'Ana', role: 'editor' })

    // A's lock went with it: another Galley may open A now, and finds its draft.
    const again = await openCore({
      libraryPath: a,
      mode: 'browser',
      version: 'test',
      emit: () => undefined,
      seedSample: false,
    })
    extra.push(again)
    const list = await ok<{ title: string }[]>(again.dispatch('drafts:list', { view: 'active' }))
    expect(list.map((d) => d.title)).toEqual(['Only in A'])
    await s.close()
  })

  it('a library in use elsewhere, a file or a folder of other things is refused; the current one stays', async () => {
    const a = join(root, 'a')
    const busy = join(root, 'busy')
    const s = switcher()
    await s.start(a)
    extra.push(
      await openCore({
        libraryPath: busy,
        mode: 'browser',
        version: 'test',
        emit: () => undefined,
        seedSample: false,
      }),
    )
    const locked = await s.dispatch('app:openLibrary', { folder: busy })
    expect(locked).toMatchObject({ ok: false, error: { code: 'library-locked' } })

    const documents = join(root, 'documents')
    await mkdir(documents)
    await writeFile(join(documents, 'tax-return.pdf'), 'not a library')
    const other = await s.dispatch('app:openLibrary', { folder: documents })
    expect(other).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: `“${documents}” holds other files and is not a Galley library: choose a library folder or an empty one.`,
      },
    })
    expect(await readFile(join(documents, 'tax-return.pdf'), 'utf8')).toBe('not a library')

    const file = join(documents, 'tax-return.pdf')
    const notFolder = await s.dispatch('app:openLibrary', { folder: file })
    expect(notFolder).toMatchObject({ ok: false, error: { message: /is a file, not a folder/ } })
    const relative = await s.dispatch('app:openLibrary', { folder: 'team/library' })
    expect(relative).toMatchObject({ ok: false, error: { message: /full path/ } })

    // Still the first library, working.
    expect(s.libraryPath).toBe(a)
    await ok(s.dispatch('profile:set', { name: 'Ana', role: 'editor' }))
    await ok(s.dispatch('drafts:create', { title: 'Still here', body: 'Text.' }))
    await s.close()
  })

  it('a request sent while the switch runs waits for it and reaches the new library', async () => {
    const s = switcher()
    await s.start(join(root, 'a'))
    const b = join(root, 'b')
    const switching = s.open(b)
    const info = ok<{ libraryPath: string }>(s.dispatch('app:info', {}))
    await switching
    expect((await info).libraryPath).toBe(b)
    await s.close()
  })

  it('a core opened without a switcher (the command line) refuses app:openLibrary with a sentence', async () => {
    const core = await openCore({
      libraryPath: join(root, 'cli'),
      mode: 'browser',
      version: 'test',
      emit: () => undefined,
      seedSample: false,
    })
    extra.push(core)
    const r = await core.dispatch('app:openLibrary', { folder: join(root, 'b') })
    expect(r).toMatchObject({ ok: false, error: { message: /start it with --library/ } })
  })
})

describe('lastLibraryFile', () => {
  it('keeps the library opened last; a missing file, a bad one or a folder gone mean none', async () => {
    const file = join(root, 'config', 'last-library.json')
    const last = lastLibraryFile(file)
    expect(await last.read()).toBeNull()
    const lib = join(root, 'lib')
    await mkdir(lib)
    await last.write(lib)
    expect(await last.read()).toBe(lib)
    await rm(lib, { recursive: true })
    expect(await last.read()).toBeNull()
    await writeFile(file, '{ not json')
    expect(await last.read()).toBeNull()
    await writeFile(file, JSON.stringify({ library: 'relative/path' }))
    expect(await last.read()).toBeNull()
  })
})
