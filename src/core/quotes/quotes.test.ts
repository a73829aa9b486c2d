import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import { afterEach, describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { readWholeDraft } from '../../../test/support/records'
import { openCore, type GalleyCore } from '..'

let dir: string
let core: GalleyCore

async function open(seedSample: boolean): Promise<void> {
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample,
  })
}

async function start(seedSample: boolean): Promise<void> {
  dir = await mkdtemp(join(tmpdir(), 'galley-quotes-'))
  await open(seedSample)
  await call('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
}

async function call<C extends ChannelName>(
  c: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const res = await core.dispatch(c, input)
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
  return res.value as ChannelOutput<C>
}

async function refused(c: ChannelName, input: unknown): Promise<{ code: string; message: string }> {
  const res = await core.dispatch(c, input)
  if (res.ok) throw new Error(`${c} was not refused`)
  return res.error
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

async function feature() {
  const drafts = await call('drafts:list', { view: 'active' })
  const d = drafts.find((x) => x.title === 'Is vellaria really the new retinol?')
  if (!d) throw new Error('no sample feature')
  return d
}

const BODY = [
  '# Serums',
  '',
  '“The Orrenby serum changed my routine,” says Mara Quill, a beauty blogger.',
  '',
  '"Skin loves consistency more than novelty," Quill adds.',
  '',
].join('\n')

afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

describe('quotes on the sample feature', () => {
  it('labels the altered collagen quote with a word diff and checks the speaker', async () => {
    await start(true)
    const d = await feature()
    const list = await call('quotes:list', { draftId: d.id })
    expect(list.transcripts).toHaveLength(1)
    expect(list.transcripts[0]?.segments).toBeGreaterThan(10)
    const collagen = list.quotes.find((q) => q.text.startsWith('It will rebuild collagen'))!
    expect(collagen.speaker).toBe('Rosalind Achterberg')
    expect(collagen.alignment?.label).toBe('altered')
    expect(collagen.alignment?.transcriptName).toBe('interview-transcript-achterberg.txt')
    expect(collagen.alignment?.passage).toContain('can help rebuild collagen in many people')
    expect(collagen.alignment?.passageSpeaker).toBe('Rosalind Achterberg')
    expect(collagen.alignment?.speakerMatches).toBe(true)
    const diff = collagen.alignment?.diff ?? []
    expect(diff.filter((p) => p.kind === 'removed').map((p) => p.text)).toContain('can help')
    expect(diff.some((p) => p.kind === 'added' && p.text.includes('will'))).toBe(true)
    const labels = new Set(list.quotes.map((q) => q.alignment?.label))
    expect(labels).toEqual(new Set(['exact', 'trivial-edit', 'altered', 'not-found']))
    // The shopper's review has no speaker; the ambassador names her brand.
    const review = list.quotes.find((q) => q.text.startsWith('My skin has never'))!
    expect(review.flags.map((f) => f.rule)).toEqual(['no-speaker'])
    const pick = list.quotes.find((q) => q.text.startsWith('I often suggest the Orrenby'))!
    expect(pick.flags.map((f) => f.rule)).toContain('material-connection')
    expect(pick.flags[0]?.message).toMatch(/ambassador for Orrenby/)
  })

  it('confirms and changes a speaker; both survive a reopen and are audited', async () => {
    await start(true)
    const d = await feature()
    const list = await call('quotes:list', { draftId: d.id })
    const review = list.quotes.find((q) => q.text.startsWith('My skin has never'))!
    const span = {
      draftId: d.id,
      revisionId: list.revisionId,
      start: review.start,
      end: review.end,
    }
    const people = (await call('people:list', {})).people
    const castellane = people.find((p) => p.name === 'Priya Castellane')!
    let after = await call('quotes:setSpeaker', {
      ...span,
      speaker: { name: castellane.name, personId: castellane.id },
    })
    let q = after.quotes.find((x) => x.start === review.start)!
    expect(q.speaker).toBe('Priya Castellane')
    expect(q.speakerSource).toBe('confirmed')
    expect(q.flags).toEqual([])
    after = await call('quotes:setSpeaker', {
      ...span,
      speaker: { name: 'A reader', personId: null },
    })
    q = after.quotes.find((x) => x.start === review.start)!
    expect(q.speaker).toBe('A reader')

    // The detected speaker of another quote, confirmed as it is.
    const collagen = after.quotes.find((x) => x.text.startsWith('It will rebuild'))!
    await call('quotes:setSpeaker', {
      draftId: d.id,
      revisionId: list.revisionId,
      start: collagen.start,
      end: collagen.end,
      speaker: {
        name: 'Rosalind Achterberg',
        personId: people.find((p) => p.name === 'Rosalind Achterberg')!.id,
      },
    })
    await call('quotes:setSubject', {
      draftId: d.id,
      revisionId: list.revisionId,
      start: collagen.start,
      end: collagen.end,
      subject: 'gut health and diet',
    })

    await core.close()
    await open(true)
    const reopened = await call('quotes:list', { draftId: d.id })
    const r = reopened.quotes.find((x) => x.start === review.start)!
    expect(r.speaker).toBe('A reader')
    expect(r.reason).toBe('Confirmed by Faye Checker')
    const c = reopened.quotes.find((x) => x.text.startsWith('It will rebuild'))!
    expect(c.speakerSource).toBe('confirmed')
    expect(c.subject).toBe('gut health and diet')
    expect(c.flags.map((f) => f.rule)).toContain('credential-mismatch')
    const audit = await call('audit:get', { draftId: d.id })
    expect(audit.verdict.intact).toBe(true)
    const actions = audit.events.map((e) => e.action)
    expect(actions.filter((a) => a === 'quote.speaker')).toHaveLength(3)
    expect(actions).toContain('quote.subject')
  })

  it('re-anchors a confirmed quote into a new revision; its label follows the new words', async () => {
    await start(true)
    const d = await feature()
    const list = await call('quotes:list', { draftId: d.id })
    const sun = list.quotes.find((q) => q.text === 'Vellaria is a very good extra.')!
    expect(sun.alignment?.label).toBe('exact')
    await call('quotes:setSpeaker', {
      draftId: d.id,
      revisionId: list.revisionId,
      start: sun.start,
      end: sun.end,
      speaker: { name: 'Rosalind Achterberg', personId: null },
    })
    const { current } = await call('drafts:get', { id: d.id })
    const body = current.body
      .replace('Vellaria is a very good extra.', 'Vellaria is a miracle in a bottle.')
      .replace('Prices range from', 'Today, prices range from')
    await call('revisions:save', {
      draftId: d.id,
      baseRevisionId: current.id,
      body,
      message: 'Edit',
    })
    const next = await call('quotes:list', { draftId: d.id })
    expect(next.revisionId).not.toBe(list.revisionId)
    const moved = next.quotes.find((q) => q.text.startsWith('Vellaria is a miracle'))!
    expect(moved.speakerSource).toBe('confirmed')
    expect(moved.alignment?.label).not.toBe('exact')
    const file = await readWholeDraft(dir, d.id)
    expect(file.quotes).toHaveLength(1)
    expect(file.quotes[0]?.status).toBe('changed')
    expect(file.quotes[0]?.revisionId).toBe(next.revisionId)
    // A stale revision id is refused as a conflict.
    const stale = await refused('quotes:setSubject', {
      draftId: d.id,
      revisionId: list.revisionId,
      start: moved.start,
      end: moved.end,
      subject: 'skin',
    })
    expect(stale.code).toBe('conflict')
  })
})

describe('people and flags', () => {
  it('flags a material connection once the person is in the register, and proposes people found', async () => {
    await start(false)
    const d = await call('drafts:create', { title: 'Serums', body: BODY })
    let list = await call('quotes:list', { draftId: d.id })
    expect(list.quotes.map((q) => q.speaker)).toEqual(['Mara Quill', 'Mara Quill'])
    expect(list.quotes[0]?.flags).toEqual([])
    expect(list.peopleFound.map((p) => p.name)).toContain('Mara Quill')
    const saved = await call('people:save', {
      draftId: d.id,
      person: {
        name: 'Mara Quill',
        title: 'Beauty blogger',
        credentials: [],
        affiliations: [],
        contact: '',
        connections: [{ brand: 'Orrenby', kind: 'ambassador', since: '2025', source: 'Her blog' }],
      },
    })
    list = await call('quotes:list', { draftId: d.id })
    expect(list.peopleFound.map((p) => p.name)).not.toContain('Mara Quill')
    const first = list.quotes[0]!
    expect(first.personId).toBe(saved.id)
    expect(first.flags.map((f) => f.rule)).toEqual(['material-connection'])
    expect(first.flags[0]?.message).toContain('a brand ambassador for Orrenby since 2025')
    // Edited: the connection goes, so does the flag.
    await call('people:save', { draftId: d.id, person: { ...saved, connections: [] } })
    list = await call('quotes:list', { draftId: d.id })
    expect(list.quotes[0]?.flags).toEqual([])
    await call('people:delete', { id: saved.id, draftId: d.id })
    expect((await call('people:list', {})).people).toEqual([])
    const audit = await call('audit:get', { draftId: d.id })
    expect(audit.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['person.save', 'person.delete']),
    )
    expect(audit.verdict.intact).toBe(true)
    const stored = JSON.parse(await readFile(join(dir, 'people.json'), 'utf8')) as { people: [] }
    expect(stored.people).toEqual([])
  })

  it('marks a quote by hand and unmarks quotes, detected or manual', async () => {
    await start(false)
    // Words with no quotation marks: nothing detects them, so a reviewer marks them by hand.
    const body = `${BODY}\nShe posted that it was a small revolution in a jar on her channel.\n`
    const d = await call('drafts:create', { title: 'Marks', body })
    const rev = d.currentRevisionId
    const s = body.indexOf('a small')
    const e = body.indexOf(' on her channel')
    let list = await call('quotes:mark', { draftId: d.id, revisionId: rev, start: s, end: e })
    const manual = list.quotes.find((q) => q.kind === 'manual')!
    expect(manual.text).toBe('a small revolution in a jar')
    expect(
      (await refused('quotes:mark', { draftId: d.id, revisionId: rev, start: s + 2, end: e })).code,
    ).toBe('conflict')
    const detected = list.quotes[0]!
    list = await call('quotes:unmark', {
      draftId: d.id,
      revisionId: rev,
      start: detected.start,
      end: detected.end,
    })
    expect(list.quotes.some((q) => q.start === detected.start)).toBe(false)
    list = await call('quotes:unmark', {
      draftId: d.id,
      revisionId: rev,
      start: manual.start,
      end: manual.end,
    })
    expect(list.quotes.some((q) => q.kind === 'manual')).toBe(false)
    // Marking the unmarked detected quote again brings it back.
    list = await call('quotes:mark', {
      draftId: d.id,
      revisionId: rev,
      start: detected.start,
      end: detected.end,
    })
    expect(list.quotes.some((q) => q.start === detected.start && q.kind === 'direct')).toBe(true)
    expect(
      (await refused('quotes:mark', { draftId: d.id, revisionId: rev, start: 0, end: 1 })).code,
    ).toBe('invalid-input')
  })

  it('needs a profile for every change', async () => {
    dir = await mkdtemp(join(tmpdir(), 'galley-quotes-'))
    await open(false)
    const err = await refused('people:save', {
      person: {
        name: 'X',
        title: '',
        credentials: [],
        affiliations: [],
        contact: '',
        connections: [],
      },
    })
    expect(err.code).toBe('no-profile')
  })
})

describe('transcripts', () => {
  it('attaches txt, vtt and srt transcripts and aligns to them; removes one', async () => {
    await start(false)
    const d = await call('drafts:create', { title: 'Serums', body: BODY })
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:04.000',
      '<v Mara Quill>The Orrenby serum completely changed my routine.',
      '',
    ].join('\n')
    const one = await call('transcripts:attach', {
      draftId: d.id,
      fileName: 'quill.vtt',
      dataBase64: b64(vtt),
    })
    expect(one.transcript).toMatchObject({ format: 'vtt', segments: 1, problem: null })
    const srt =
      '1\n00:00:05,000 --> 00:00:08,000\nMARA QUILL: Skin loves consistency more than novelty.\n'
    await call('transcripts:attach', { draftId: d.id, fileName: 'quill.srt', dataBase64: b64(srt) })
    let list = await call('quotes:list', { draftId: d.id })
    expect(list.transcripts.map((t) => t.format)).toEqual(['vtt', 'srt'])
    expect(list.quotes.map((q) => q.alignment?.label)).toEqual(['altered', 'exact'])
    expect(list.quotes[0]?.alignment?.diff).toContainEqual({ kind: 'removed', text: 'completely' })
    expect(list.quotes[0]?.alignment?.speakerMatches).toBe(true)
    await call('transcripts:remove', { draftId: d.id, attachmentId: one.attachment.id })
    list = await call('quotes:list', { draftId: d.id })
    expect(list.quotes.map((q) => q.alignment?.label)).toEqual(['not-found', 'exact'])
    const actions = (await call('audit:get', { draftId: d.id })).events.map((e) => e.action)
    expect(actions.filter((a) => a.startsWith('transcript.'))).toEqual([
      'transcript.attach',
      'transcript.attach',
      'transcript.remove',
    ])
  })

  it('reads a Word transcript through the importer', async () => {
    await start(false)
    const d = await call('drafts:create', { title: 'Serums', body: BODY })
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Interviewer: What do you tell readers?'),
            new Paragraph('Mara Quill: Skin loves consistency more than novelty, um, every time.'),
          ],
        },
      ],
    })
    const bytes = await Packer.toBuffer(doc)
    const out = await call('transcripts:attach', {
      draftId: d.id,
      fileName: 'quill.docx',
      dataBase64: Buffer.from(bytes).toString('base64'),
    })
    expect(out.transcript).toMatchObject({ format: 'docx', segments: 2 })
    const list = await call('quotes:list', { draftId: d.id })
    expect(list.quotes[1]?.alignment).toMatchObject({
      label: 'exact',
      transcriptName: 'quill.docx',
      passageSpeaker: 'Mara Quill',
      speakerMatches: true,
    })
  })

  it('refuses other file types, empty, binary and wordless files with a sentence', async () => {
    await start(false)
    const d = await call('drafts:create', { title: 'Serums', body: BODY })
    const attach = (fileName: string, data: string) =>
      refused('transcripts:attach', { draftId: d.id, fileName, dataBase64: data })
    const pdf = await attach('interview.pdf', b64('%PDF-1.4'))
    expect(pdf.code).toBe('unsupported-file')
    expect(pdf.message).toMatch(/does not read \.pdf files.*\.vtt/)
    expect((await attach('empty.txt', '')).message).toMatch(/is empty/)
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]).toString('base64')
    expect((await attach('photo.txt', png)).code).toBe('unreadable-file')
    expect((await attach('fake.docx', b64('not a zip'))).message).toMatch(/not a Word document/)
    expect((await attach('numbers.srt', b64('1\n00:00:01,000 --> 00:00:02,000\n\n'))).code).toBe(
      'unreadable-file',
    )
    const detail = await call('drafts:get', { id: d.id })
    expect(detail.attachments).toEqual([])
  })
})
