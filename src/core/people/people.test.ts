import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { openCore, type GalleyCore } from '..'

let dir: string
let core: GalleyCore

const open = () =>
  openCore({ libraryPath: dir, mode: 'browser', version: 'test', emit: () => undefined })

async function call<C extends ChannelName>(
  c: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const res = await core.dispatch(c, input)
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
  return res.value as ChannelOutput<C>
}

const BODY = [
  '# Quill on serums',
  '',
  '“I use the Orrenby serum every night, and it shows,” says Mara Quill.',
  '',
].join('\n')

const person = (
  name: string,
  connections: ChannelInput<'people:save'>['person']['connections'],
) => ({
  name,
  title: 'Beauty blogger',
  credentials: [],
  affiliations: [],
  contact: '',
  connections,
})
const AMBASSADOR = { brand: 'Orrenby', kind: 'ambassador' as const, since: '2025', source: '' }

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-people-'))
  core = await open()
  await call('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

/** Writes two records for one person straight into people.json, as an older Galley could. */
async function duplicates(): Promise<void> {
  await core.close()
  const file = join(dir, 'people.json')
  const data = JSON.parse(await readFile(file, 'utf8')) as { people: unknown[] }
  data.people.push(
    { id: 'p_quill1', ...person('Mara Quill', []) },
    { id: 'p_quill2', ...person('Mara Quill', [AMBASSADOR]) },
  )
  await writeFile(file, JSON.stringify(data))
  core = await open()
}

describe('people register: one person, one record', () => {
  it('refuses a second record for a name already there, initials and honorifics aside', async () => {
    await call('people:save', { person: person('Mara Quill', []) })
    for (const name of ['Mara Quill', 'M. Quill', 'Ms. Mara Quill']) {
      const res = await core.dispatch('people:save', { person: person(name, [AMBASSADOR]) })
      expect(res.ok ? null : res.error).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/^Mara Quill \(Beauty blogger\) is already in the register/),
      })
    }
    // Another name given as an other name counts too; a different person does not.
    await call('people:save', { person: { ...person('Quill Mara', []), aliases: [] } })
    const res = await core.dispatch('people:save', {
      person: { ...person('Ana Ruiz', []), aliases: ['M. Quill'] },
    })
    expect(res.ok).toBe(false)
  })

  it('checks see a connection recorded on a duplicate: the quote flag and the legal error', async () => {
    await duplicates()
    const draft = await call('drafts:create', { title: 'Quill on serums', body: BODY })
    const quotes = await call('quotes:list', { draftId: draft.id })
    const quote = quotes.quotes.find((q) => q.text.includes('Orrenby serum'))
    expect(quote?.flags.map((f) => f.rule)).toContain('material-connection')
    const legal = await call('legal:get', { draftId: draft.id })
    expect(legal.findings.some((f) => f.severity === 'error' && /Mara Quill/.test(f.message))).toBe(
      true,
    )
  })

  it('merges two records: every connection and quote attribution is kept, and audited', async () => {
    await duplicates()
    const draft = await call('drafts:create', { title: 'Quill on serums', body: BODY })
    const listed = await call('quotes:list', { draftId: draft.id })
    const q = listed.quotes.find((x) => x.text.includes('Orrenby serum'))!
    await call('quotes:setSpeaker', {
      draftId: draft.id,
      revisionId: listed.revisionId,
      start: q.start,
      end: q.end,
      speaker: { name: 'Mara Quill', personId: 'p_quill2' },
    })
    const merged = await call('people:merge', {
      intoId: 'p_quill1',
      fromId: 'p_quill2',
      draftId: draft.id,
    })
    expect(merged).toMatchObject({ id: 'p_quill1', name: 'Mara Quill', connections: [AMBASSADOR] })
    const register = await call('people:list', {})
    expect(register.people.filter((p) => p.name === 'Mara Quill').map((p) => p.id)).toEqual([
      'p_quill1',
    ])
    const after = await call('quotes:list', { draftId: draft.id })
    const moved = after.quotes.find((x) => x.text.includes('Orrenby serum'))!
    expect(moved.personId).toBe('p_quill1')
    expect(moved.speakerSource).toBe('confirmed')
    expect(moved.flags.map((f) => f.rule)).toContain('material-connection')
    const audit = await call('audit:get', { draftId: draft.id })
    expect(audit.events.at(-1)).toMatchObject({ action: 'person.merge', target: 'person/p_quill1' })
    expect(audit.verdict.intact).toBe(true)
  })
})
