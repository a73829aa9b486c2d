import { afterAll, describe, expect, it } from 'vitest'
import { anchorAt } from '@shared/claims'
import type { Revision } from '@shared/domain'
import type { QuoteRecord } from '@shared/records'
import { sha256 } from '../ids'
import type { DraftFile } from '../storage/draft-file'
import { ComputePool } from '../workers/pool'
import { reanchorQuotes, reanchorQuotesOffThread } from './reanchor'

const pool = new ComputePool()
afterAll(() => pool.close())

const editor = { name: 'Mara Quist', role: 'editor' as const }
const at = new Date('2025-02-01T00:00:00.000Z')

function revision(n: number, body: string): Revision {
  return {
    id: `r${n}`,
    parentId: n > 1 ? `r${n - 1}` : null,
    number: n,
    author: editor,
    createdAt: at.toISOString(),
    message: 'm',
    hash: sha256(body),
    words: 0,
    origin: { kind: 'edited' },
    body,
  }
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} of filler.`).join(' ')
const OLD = `${filler(40)} “We never cut corners,” said Ana. ${filler(40)} “Fares will rise,” said Ben. ${filler(40)} “It was my idea,” said Cy. ${filler(40)}`
const NEW = OLD.replace('Fares will rise', 'Fares will soar').replace(
  ' “It was my idea,” said Cy.',
  '',
)

function quote(id: string, text: string, revisionId: string): QuoteRecord {
  const start = OLD.indexOf(text)
  return {
    id,
    revisionId,
    anchor: anchorAt(OLD, start, start + text.length),
    status: 'anchored',
    origin: 'detected',
    speaker: { name: id, personId: null },
    confirmed: { ...editor, at: at.toISOString() },
    subject: '',
    hidden: false,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  }
}

function file(previous: Revision): DraftFile {
  return {
    schemaVersion: 5,
    draft: {
      id: 'd1',
      title: 'T',
      byline: '',
      credits: [],
      status: 'draft',
      relations: [],
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      archivedAt: null,
      trashedAt: null,
      currentRevisionId: previous.id,
    },
    revisions: [previous],
    attachments: [],
    claims: [],
    queries: [],
    dismissedSuggestions: [],
    quotes: [
      quote('ana', 'We never cut corners', previous.id),
      quote('ben', 'Fares will rise', previous.id),
      quote('cy', 'It was my idea', previous.id),
      { ...quote('old', 'said Ana', 'r0'), status: 'orphaned' },
    ],
    transcripts: [],
    legal: { subject: '', accepted: [], signoffs: [] },
    audit: [],
  }
}

describe('re-anchoring quotes on the worker thread', () => {
  it('changes nothing until its patch is applied, then gives what the in-save hook gives', async () => {
    const previous = revision(1, OLD)
    const next = revision(2, NEW)
    const inSave = file(previous)
    await reanchorQuotes(inSave, previous, next, editor, at)
    const offThread = file(previous)
    const patch = await reanchorQuotesOffThread(pool)(offThread, previous, next, editor, at)
    expect(offThread).toEqual(file(previous))
    expect(typeof patch).toBe('function')
    if (typeof patch === 'function') patch(offThread)
    expect(offThread.quotes).toEqual(inSave.quotes)
    const byId = new Map(offThread.quotes.map((q) => [q.id, q]))
    expect(byId.get('ana')).toMatchObject({ status: 'anchored', revisionId: 'r2' })
    expect(byId.get('ben')).toMatchObject({ status: 'changed', revisionId: 'r2' })
    expect(byId.get('ben')?.anchor.exact).toBe('Fares will soar')
    expect(byId.get('cy')?.status).toBe('orphaned')
    expect(byId.get('old')).toEqual(file(previous).quotes[3])
  })

  it('does nothing when no quote follows the text', async () => {
    const previous = revision(1, OLD)
    const empty = { ...file(previous), quotes: [] }
    expect(await reanchorQuotesOffThread(pool)(empty, previous, revision(2, NEW), editor, at)).toBe(
      undefined,
    )
  })
})
