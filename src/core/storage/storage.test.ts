import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from './atomic'
import {
  DRAFT_MIGRATIONS,
  DRAFT_SCHEMA_VERSION,
  DraftFileSchema,
  serializeDraftFile,
  type DraftFile,
} from './draft-file'
import { CorruptFileError, ValidatedJsonFile, parseStored } from './json-store'
import { migrate } from './migrations'

const spec = {
  schema: DraftFileSchema,
  version: DRAFT_SCHEMA_VERSION,
  migrations: DRAFT_MIGRATIONS,
}
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-storage-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('replaces the file, keeps the previous one as backup and leaves no temp file', async () => {
    const file = join(dir, 'a.json')
    await writeFileAtomic(file, 'one', { backupTo: `${file}.bak` })
    await writeFileAtomic(file, 'two', { backupTo: `${file}.bak` })
    expect(await readFile(file, 'utf8')).toBe('two')
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('one')
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'a.json.bak'])
  })
})

describe('draft schema migration 1 → 2', () => {
  it('migrates the v1 fixture into a valid v2 file', async () => {
    const fixture = await readFile(
      join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'storage', 'draft-v1.json'),
      'utf8',
    )
    const { data, migratedFrom } = parseStored('draft-v1.json', fixture, spec)
    expect(migratedFrom).toBe(1)
    expect(data.schemaVersion).toBe(DRAFT_SCHEMA_VERSION)
    expect(data.draft.status).toBe('in-review')
    expect(data.draft.archivedAt).toBe('2025-03-03T10:30:00.000Z')
    expect(data.draft.credits).toEqual([])
    expect(data.revisions[0]?.author).toEqual({ name: 'Ines Okafor', role: 'editor' })
    expect(data.revisions[1]?.author).toEqual({ name: 'Tomas Reyes', role: 'fact-checker' })
    expect(data.revisions[1]?.words).toBe(14)
    expect(data.attachments).toEqual([])
  })

  it('keeps the pre-migration file as a backup when read through the adapter', async () => {
    const file = join(dir, 'd-legacy-0001.json')
    await writeFile(
      file,
      await readFile(
        join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'storage', 'draft-v1.json'),
      ),
    )
    const data = await new ValidatedJsonFile(file, spec).read()
    expect(data?.schemaVersion).toBe(DRAFT_SCHEMA_VERSION)
    expect(JSON.parse(await readFile(`${file}.schema-1.bak`, 'utf8')).schemaVersion).toBe(1)
  })
})

describe('draft schema migration 2 → 3', () => {
  it('migrates the v2 fixture: revisions kept as they were, no claims, nothing dismissed', async () => {
    const text = await readFile(
      join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'storage', 'draft-v2.json'),
      'utf8',
    )
    const { data, migratedFrom } = parseStored('draft-v2.json', text, spec)
    expect(migratedFrom).toBe(2)
    expect(data.schemaVersion).toBe(DRAFT_SCHEMA_VERSION)
    expect(data.claims).toEqual([])
    expect(data.dismissedSuggestions).toEqual([])
    const before = JSON.parse(text) as { revisions: unknown[]; draft: unknown }
    expect(data.revisions).toEqual(before.revisions)
    expect(data.draft).toEqual(before.draft)
  })
})

describe('draft schema migration 3 → 4', () => {
  it('migrates the v3 fixture: its transcript attachment becomes a transcript record, review state starts empty', async () => {
    const text = await readFile(
      join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'storage', 'draft-v3.json'),
      'utf8',
    )
    const { data, migratedFrom } = parseStored('draft-v3.json', text, spec)
    expect(migratedFrom).toBe(3)
    expect(data.schemaVersion).toBe(DRAFT_SCHEMA_VERSION)
    const before = JSON.parse(text) as { claims: unknown[]; attachments: { id: string }[] }
    expect(data.claims).toEqual(before.claims)
    expect(data.transcripts).toEqual([
      { attachmentId: before.attachments[0]?.id, format: 'vtt', personId: null },
    ])
    expect(data.quotes).toEqual([])
    expect(data.legal).toEqual({ subject: '', accepted: [], signoffs: [] })
    expect(data.audit).toEqual([])
  })

  it('refuses a file from a newer Galley instead of guessing', () => {
    expect(() => migrate({ schemaVersion: 9 }, DRAFT_SCHEMA_VERSION, DRAFT_MIGRATIONS)).toThrow(
      /newer Galley/,
    )
  })
})

describe('reading corrupt files', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /empty/],
    ['truncated', '{"schemaVersion":2,"draft":{"id":"x"', /not valid JSON/],
    ['zero-filled', '\0'.repeat(512), /zero bytes/],
    ['not an object', '[1,2,3]', /not a JSON object/],
    ['wrong schema', '{"schemaVersion":2,"draft":{}}', /not what Galley expects/],
    ['future schema', '{"schemaVersion":99}', /newer Galley/],
  ]
  it.each(cases)('%s → CorruptFileError with a reason', (_name, text, reason) => {
    let error: unknown
    try {
      parseStored('x.json', text, spec)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CorruptFileError)
    expect((error as CorruptFileError).reason).toMatch(reason)
  })
})

describe('serializeDraftFile', () => {
  it('produces the same JSON as JSON.stringify would, in any order-insensitive sense', () => {
    const rev = {
      id: 'r1',
      parentId: null,
      number: 1,
      author: { name: 'A', role: 'editor' as const },
      createdAt: '2025-01-01T00:00:00.000Z',
      message: 'm',
      hash: 'a'.repeat(64),
      words: 1,
      origin: { kind: 'created' as const },
      body: 'Hello "world"\n',
    }
    const file: DraftFile = {
      schemaVersion: DRAFT_SCHEMA_VERSION,
      draft: {
        id: 'd1',
        title: 'T',
        byline: '',
        credits: [],
        status: 'draft' as const,
        relations: [],
        createdAt: 'x',
        updatedAt: 'x',
        archivedAt: null,
        trashedAt: null,
        currentRevisionId: 'r1',
      },
      revisions: [rev],
      attachments: [],
      claims: [],
      queries: [],
      dismissedSuggestions: [],
      quotes: [],
      transcripts: [],
      legal: { subject: '', accepted: [], signoffs: [] },
      audit: [],
    }
    expect(JSON.parse(serializeDraftFile(file))).toEqual(JSON.parse(JSON.stringify(file)))
    expect(DraftFileSchema.safeParse(JSON.parse(serializeDraftFile(file))).success).toBe(true)
  })
})
