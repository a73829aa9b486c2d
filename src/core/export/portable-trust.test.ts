import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { openCore, type GalleyCore } from '..'
import { sha256 } from '../ids'

/**
 * Issue 16, item 3: a portable file is trusted no further than any input. It never lands ready
 * nor signed off, it is imported whole or not at all, its counts are capped, and no body that
 * would freeze or overflow the article view gets in by any route.
 */

let dir: string
let core: GalleyCore

async function call<C extends ChannelName>(
  c: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const res = await core.dispatch(c, input)
  if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code })
  return res.value as ChannelOutput<C>
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-portable-trust-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample: false,
  })
  await call('profile:set', { name: 'Eda Editor', role: 'editor' })
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** A real exported file of a fresh draft, parsed, to be tampered with. */
async function exported(body = 'The spa visit was paid for by Lumen Skincare.\n'): Promise<Json> {
  const draft = await call('drafts:create', { title: 'Spa weekend', body })
  const out = await call('export:draft', { draftId: draft.id })
  await call('drafts:trash', { id: draft.id })
  await call('drafts:deleteForever', { id: draft.id })
  return JSON.parse(out.text) as Json
}

function importing(file: Json, fileName = 'spa.galley.json') {
  return call('import:portable', {
    fileName,
    dataBase64: Buffer.from(JSON.stringify(file)).toString('base64'),
  })
}

/** The library's files, name and bytes, to show an import changed nothing. */
async function snapshot(): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    if (name.startsWith('galley.lock') || name.startsWith('cache')) continue
    const bytes = await readFile(join(dir, name)).catch(() => null)
    out.set(name, bytes === null ? '<dir>' : sha256(bytes))
  }
  return out
}

const person = (i: number) => ({
  id: `p-smuggled-${i}`,
  name: `Person Number${i}`,
  title: '',
  credentials: [],
  affiliations: [],
  contact: '',
  connections: [],
})

describe('a portable file carries no approval into this library', () => {
  it('a "ready" draft with an invented General Counsel sign-off lands not ready, the sign-off shown as imported history only', async () => {
    const file = await exported()
    const draft = file['draft'] as Json
    const current = draft['revisions'].find((r: Json) => r.id === draft['draft'].currentRevisionId)
    draft['draft'].status = 'ready'
    draft['legal'].signoffs = [
      {
        id: 's-forged',
        revisionId: current.id,
        by: 'General Counsel',
        role: 'legal',
        at: new Date().toISOString(),
        decision: 'approve',
        comment: 'Approved.',
        bodyHash: current.hash,
        passages: [],
      },
    ]
    draft['legal'].accepted = [
      {
        findingId: 'disclosure-missing',
        reason: 'Fine by me',
        by: 'General Counsel',
        role: 'legal',
        at: new Date().toISOString(),
      },
    ]
    // Imported by a fact-checker, as in the attack.
    await call('profile:set', { name: 'Tomas Reyes', role: 'fact-checker' })
    const imported = await importing(file)
    const got = await call('drafts:get', { id: imported.draftId })
    expect(got.draft.status).not.toBe('ready')
    const legal = await call('legal:get', { draftId: imported.draftId })
    expect(legal.signoff).toBeNull()
    expect(legal.history).toEqual([])
    expect(legal.imported).toHaveLength(1)
    expect(legal.imported?.[0]).toMatchObject({
      from: { fileName: 'spa.galley.json', exportedBy: 'Eda Editor' },
      signoffs: [{ by: 'General Counsel', decision: 'approve' }],
      accepted: [{ by: 'General Counsel' }],
    })
    expect(legal.findings.every((f) => f.accepted === null)).toBe(true)
  })
})

describe('an import is all or nothing', () => {
  it('an attachment with an invalid date is refused before the people register or anything else changes', async () => {
    const file = await exported()
    file['people'] = [person(1), person(2)]
    file['attachments'] = [
      {
        id: 'a-bad',
        name: 'notes.txt',
        kind: 'source',
        bytes: 3,
        addedAt: 'not a date',
        sha256: sha256('abc'),
        dataBase64: Buffer.from('abc').toString('base64'),
      },
    ]
    const before = await snapshot()
    await expect(importing(file)).rejects.toMatchObject({ code: 'unreadable-file' })
    expect((await call('people:list', {})).people).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('20,000 people in one file are refused with a sentence, and nothing is added', async () => {
    const file = await exported()
    file['people'] = Array.from({ length: 20_000 }, (_, i) => person(i))
    const before = await snapshot()
    await expect(importing(file)).rejects.toThrow(/people/)
    expect((await call('people:list', {})).people).toEqual([])
    expect(await snapshot()).toEqual(before)
  })
})

describe('no body that would freeze or overflow the article gets in', () => {
  const nested = `${'> '.repeat(20_000)}Deep.\n`

  it('refused on save, on create and in a portable file, with a sentence', async () => {
    const draft = await call('drafts:create', { title: 'Plain', body: 'Plain text.\n' })
    await expect(
      call('revisions:save', {
        draftId: draft.id,
        baseRevisionId: draft.currentRevisionId,
        body: nested,
        message: 'm',
      }),
    ).rejects.toThrow(/nests quotes or lists 20,000 levels deep/)
    await expect(call('drafts:create', { title: 'Deep', body: nested })).rejects.toThrow(
      /nests quotes or lists/,
    )
    const file = await exported()
    const d = file['draft'] as Json
    d['revisions'] = d['revisions'].map((r: Json) => ({ ...r, body: nested, hash: sha256(nested) }))
    const before = await snapshot()
    await expect(importing(file)).rejects.toThrow(/nests quotes or lists/)
    expect(await snapshot()).toEqual(before)
  })
})
