import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { openCore, type GalleyCore } from '..'

let dir: string
let core: GalleyCore

async function call<C extends ChannelName>(
  c: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const res = await core.dispatch(c, input)
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
  return res.value as ChannelOutput<C>
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-portable-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
  })
  await call('profile:set', { name: 'Eda Editor', role: 'editor' })
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

it('names a Galley file imported back as a copy, numbered, and records where it came from', async () => {
  const draft = await call('drafts:create', {
    title: 'Harbour costs',
    body: 'The build ran late.\n',
  })
  const exported = await call('export:draft', { draftId: draft.id })
  const again = () =>
    call('import:portable', {
      fileName: exported.fileName,
      dataBase64: Buffer.from(exported.text).toString('base64'),
    })
  const first = await again()
  const second = await again()
  expect([first.title, second.title]).toEqual(['Harbour costs (copy)', 'Harbour costs (copy 2)'])
  const copy = (await call('drafts:get', { id: first.draftId })).draft
  expect(copy.title).toBe('Harbour costs (copy)')
  expect(copy.copyOf).toMatchObject({
    title: 'Harbour costs',
    draftId: draft.id,
    fileName: 'harbour-costs.galley.json',
    exportedBy: 'Eda Editor',
  })
  // The original is as it was.
  expect((await call('drafts:get', { id: draft.id })).draft.copyOf).toBeUndefined()
})
