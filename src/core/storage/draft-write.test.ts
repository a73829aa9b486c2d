import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { anchorAt, type Claim } from '@shared/claims'
import type { Revision } from '@shared/domain'
import { appendAudit } from '../audit/service'
import { sha256 } from '../ids'
import { writeFileAtomic } from './atomic'
import {
  DRAFT_MIGRATIONS,
  DRAFT_SCHEMA_VERSION,
  DraftFileSchema,
  draftFileJson,
  serializeDraftFile,
  type DraftFile,
} from './draft-file'
import { JsonPieces } from './json-pieces'
import { ValidatedJsonFile } from './json-store'

const spec = {
  schema: DraftFileSchema,
  version: DRAFT_SCHEMA_VERSION,
  migrations: DRAFT_MIGRATIONS,
  serialize: draftFileJson,
}
const editor = { name: 'Mara Quist', role: 'editor' as const }
const checker = { name: 'Tomás Reyes', role: 'fact-checker' as const }

/** The draft file format: JSON.stringify of the file with its revisions moved last. */
function reference(file: DraftFile): string {
  const { revisions, ...rest } = file
  return JSON.stringify({ ...rest, revisions })
}

function revision(n: number, body: string, freeze = true): Revision {
  const r: Revision = {
    id: `r${n}`,
    parentId: n > 1 ? `r${n - 1}` : null,
    number: n,
    author: { ...editor },
    createdAt: `2025-01-0${n}T00:00:00.000Z`,
    message: `Revision ${n} — “quoted”`,
    hash: sha256(body),
    words: body.split(/\s+/).length,
    origin: { kind: 'edited' },
    body,
  }
  return freeze ? Object.freeze(r) : r
}

function claim(i: number, body: string, revisionId: string): Claim {
  const start = body.indexOf(' ', i * 37) + 1
  return {
    id: `c${i}`,
    revisionId,
    anchor: anchorAt(body, start, start + 20),
    status: 'anchored',
    verdict: i % 2 ? 'verified' : 'unchecked',
    needsRecheck: false,
    note: i % 3 ? undefined : `Note ${i}: «naïve» 😀 \u2028 "quotes" \\ back`,
    sources: [],
    comments: [],
    history: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    createdBy: { ...checker },
    updatedAt: '2025-01-01T00:00:00.000Z',
  }
}

const BODY = Array.from({ length: 400 }, (_, i) => `Wörd${i} 😀 line’s “text” ${i}.`).join(' ')

function draft(): DraftFile {
  const rev = revision(1, BODY)
  const file: DraftFile = {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    draft: {
      id: 'd1',
      title: 'Ferry fares ⛴',
      byline: '',
      credits: [],
      status: 'draft',
      relations: [],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      archivedAt: null,
      trashedAt: null,
      currentRevisionId: rev.id,
    },
    revisions: [rev],
    attachments: [],
    claims: Array.from({ length: 30 }, (_, i) => claim(i, BODY, rev.id)),
    queries: [],
    dismissedSuggestions: ['some sentence'],
    quotes: [],
    transcripts: [],
    legal: { subject: 'Ferry operator', accepted: [], signoffs: [] },
    audit: [],
  }
  appendAudit(file, [{ action: 'draft.create', target: 'draft/d1', after: { title: 'x' } }], editor)
  appendAudit(
    file,
    [{ action: 'claim.verdict', target: 'claim/c1', before: { v: 'a' }, after: { v: 'b' } }],
    checker,
  )
  return file
}

/** What the library does to a file when a revision is saved and claims follow it. */
function saveRevision(file: DraftFile, n: number): void {
  const body = `${BODY} Edit ${n} ✍️.`
  const rev = revision(n, body)
  file.revisions = [...file.revisions, rev]
  file.draft.currentRevisionId = rev.id
  for (const c of file.claims) {
    c.anchor = anchorAt(body, c.anchor.start, c.anchor.end)
    c.revisionId = rev.id
    c.history.push({ verdict: c.verdict, by: checker.name, role: checker.role, at: 'now' })
  }
  appendAudit(file, [{ action: 'revision.save', target: `revision/${rev.id}` }], editor)
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-draft-write-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('draftFileJson', () => {
  it('is the text of the file format, and stays so as the file changes in place', async () => {
    const file = draft()
    expect(DraftFileSchema.safeParse(file).success).toBe(true)
    expect(serializeDraftFile(file)).toBe(reference(file))
    for (let n = 2; n <= 4; n++) {
      // Claims change in place, new revisions and events join the cached ones.
      saveRevision(file, n)
      file.draft.title = `Title ${n}`
      file.claims.push(claim(100 + n, BODY, file.draft.currentRevisionId))
      expect(serializeDraftFile(file)).toBe(reference(file))
      expect(Buffer.concat(await draftFileJson(file).bytes()).toString('utf8')).toBe(
        reference(file),
      )
    }
    expect(JSON.parse(serializeDraftFile(file))).toEqual(JSON.parse(JSON.stringify(file)))
  })

  it('follows the order of the file’s members, whatever it is', () => {
    // A file rebuilt by Library.update has its revisions before its audit trail.
    const { revisions, audit, ...rest } = draft()
    const file: DraftFile = { ...rest, revisions, audit }
    expect(serializeDraftFile(file)).toBe(reference(file))
  })

  it('freezes the records it reuses, so that a change to one throws instead of going unwritten', async () => {
    const file = draft()
    file.revisions = [...file.revisions, revision(2, 'Unfrozen revision', false)]
    await draftFileJson(file).bytes()
    const event = file.audit[1] as unknown as { by: string; before: { v: string } }
    expect(() => {
      event.by = 'Someone else'
    }).toThrow(TypeError)
    expect(() => {
      event.before.v = 'z'
    }).toThrow(TypeError)
    const rev = file.revisions[1] as unknown as { author: { name: string } }
    expect(() => {
      rev.author.name = 'Someone else'
    }).toThrow(TypeError)
    // Claims are not records: they still change in place, and the next write has the change.
    ;(file.claims[0] as Claim).verdict = 'false'
    expect(serializeDraftFile(file)).toBe(reference(file))
  })
})

describe('JsonPieces', () => {
  it('encodes long text in slices without splitting a character', async () => {
    // Pairs from an odd offset: every slice boundary falls inside one unless it is moved.
    const text = `"${'😀'.repeat(200_000)}é"`
    const pieces = new JsonPieces().text(text)
    const chunks = await pieces.bytes()
    expect(chunks.length).toBeGreaterThan(2)
    expect(Buffer.concat(chunks).equals(Buffer.from(text))).toBe(true)
    expect(pieces.toString()).toBe(text)
  })

  it('keeps an array of records as it was when added', () => {
    const records = [{ a: 1 }, { a: 2 }]
    const pieces = new JsonPieces().text('{"x":').records(records).text('}')
    records.push({ a: 3 })
    expect(pieces.toString()).toBe('{"x":[{"a":1},{"a":2}]}')
    expect(new JsonPieces().records([]).toString()).toBe('[]')
  })
})

describe('writing a draft file', () => {
  it('writes the data as it was when the write was asked for, whatever changes next', async () => {
    const file = draft()
    const adapter = new ValidatedJsonFile(join(dir, 'd1.json'), spec)
    const expected = reference(file)
    const written = adapter.write(file)
    // Changed before the write has even started: none of it may reach this write.
    saveRevision(file, 2)
    file.draft.title = 'Changed meanwhile'
    file.claims.splice(0, 5)
    await written
    expect(await readFile(join(dir, 'd1.json'), 'utf8')).toBe(expected)
    expect(await adapter.read()).toEqual(JSON.parse(expected))
  })

  it('writes one at a time in the order asked for: a later write is never overtaken', async () => {
    const file = draft()
    const path = join(dir, 'd1.json')
    const adapter = new ValidatedJsonFile(path, spec)
    const texts: string[] = []
    const done: number[] = []
    const writes: Promise<void>[] = []
    for (let n = 2; n <= 7; n++) {
      // Every other write carries a big new revision whose encoding takes several turns.
      if (n % 2 === 0) {
        const big = `${'Long paragraph with “quotes” and ü. '.repeat(60_000)}${n}`
        file.revisions = [...file.revisions, revision(n, big)]
      } else {
        file.draft.title = `Title ${n}`
      }
      texts.push(reference(file))
      writes.push(adapter.write(file).then(() => void done.push(n)))
    }
    await Promise.all(writes)
    expect(done).toEqual([2, 3, 4, 5, 6, 7])
    expect(await readFile(path, 'utf8')).toBe(texts.at(-1))
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(texts.at(-2))
    expect((await readdir(dir)).sort()).toEqual(['d1.json', 'd1.json.bak'])
  })

  it('writes many chunks in order, beyond what one writev call takes', async () => {
    const chunks = Array.from({ length: 1_500 }, (_, i) => Buffer.from(`${i},`))
    const path = join(dir, 'chunks.txt')
    await writeFileAtomic(path, chunks, { backupTo: `${path}.bak` })
    expect(await readFile(path, 'utf8')).toBe(Buffer.concat(chunks).toString('utf8'))
    expect((await readdir(dir)).sort()).toEqual(['chunks.txt'])
  })
})
