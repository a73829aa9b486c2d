import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { editRecords } from '../../../test/support/records'
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

async function refused(c: ChannelName, input: unknown): Promise<{ code: string; message: string }> {
  const res = await core.dispatch(c, input)
  if (res.ok) throw new Error(`${c} was not refused`)
  return res.error
}

const as = (role: 'legal' | 'editor' | 'fact-checker') =>
  call('profile:set', {
    name: { legal: 'Lena Legal', editor: 'Eda Editor', 'fact-checker': 'Faye Checker' }[role],
    role,
  })

async function feature() {
  const list = await call('drafts:list', { view: 'active' })
  const d = list.find((x) => x.title === 'Is vellaria really the new retinol?')
  if (!d) throw new Error('no sample feature')
  return call('drafts:get', { id: d.id })
}

async function saveEdit(draftId: string, edit: (body: string) => string, message: string) {
  const detail = await call('drafts:get', { id: draftId })
  const body = edit(detail.current.body)
  expect(body).not.toBe(detail.current.body)
  return call('revisions:save', {
    draftId,
    baseRevisionId: detail.current.id,
    body,
    message,
  })
}

const DISCLOSURE = '*Dr. Achterberg is a paid ambassador for Orrenby.*'

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-legal-'))
  core = await open()
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

describe('legal review through the contract', () => {
  it('reports the sample feature’s findings: revision 3 has the undisclosed ambassador error', async () => {
    await as('legal')
    const d = await feature()
    expect(d.revisions).toHaveLength(3)
    const view = await call('legal:get', { draftId: d.draft.id })
    expect(view.revisionId).toBe(d.current.id)
    const errors = view.findings.filter((f) => f.severity === 'error')
    // The sign-off's buried "#spon" is the only sign of a sponsorship: an error since issue 11.
    expect(errors.map((f) => f.rule)).toEqual([
      'material-connection-undisclosed',
      'sponsorship-undisclosed',
    ])
    expect(d.current.body.slice(errors[0]!.start, errors[0]!.end)).toMatch(
      /^“?I often suggest the Orrenby serum/,
    )
    expect(view.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['ambiguous-wording', 'disclosure-buried']),
    )
    expect(view.disclosures.map((x) => x.kind)).toEqual(
      expect.arrayContaining(['affiliate', 'material-connection']),
    )
    expect(view.brands.map((b) => b.name)).toEqual(
      expect.arrayContaining(['Orrenby', 'Pell & Quist']),
    )
    expect(view.endorsements.some((e) => e.kind === 'connected-quote' && e.covered)).toBe(true)
    expect(view.signoff).toBeNull()
    expect(view.readiness.ready).toBe(false)
    expect(view.readiness.items).toContainEqual(
      expect.objectContaining({
        area: 'disclosures',
        message: 'Disclosures not signed off by legal',
      }),
    )
    // The transcript is aligned: the altered collagen quote blocks.
    expect(view.readiness.transcripts.checked).toBeGreaterThan(0)
    expect(view.readiness.items.some((i) => /differs from the transcript/.test(i.message))).toBe(
      true,
    )
  })

  it('refuses a sign-off and an accepted finding from a profile without the legal role', async () => {
    const d = await feature()
    for (const role of ['editor', 'fact-checker'] as const) {
      await as(role)
      const err = await refused('legal:signoff', {
        draftId: d.draft.id,
        revisionId: d.current.id,
        decision: 'approve',
        comment: '',
      })
      expect(err.code).toBe('forbidden-role')
      expect(err.message).toMatch(/Only a profile with the Legal role can sign off/)
      const view = await call('legal:get', { draftId: d.draft.id })
      const accept = await refused('legal:acceptFinding', {
        draftId: d.draft.id,
        findingId: view.findings[0]!.id,
        reason: 'fine',
      })
      expect(accept.code).toBe('forbidden-role')
    }
    const view = await call('legal:get', { draftId: d.draft.id })
    expect(view.signoff).toBeNull()
    expect(view.findings.every((f) => f.accepted === null)).toBe(true)
  })

  it('binds a sign-off to the exact text: edits elsewhere keep it, an edited disclosure makes it stale with a diff, re-sign', async () => {
    await as('legal')
    const d = await feature()
    const so = await call('legal:signoff', {
      draftId: d.draft.id,
      revisionId: d.current.id,
      decision: 'approve',
      comment: 'Disclosures fine once the ambassador line moves up.',
    })
    expect(so.revisionId).toBe(d.current.id)
    expect(so.by).toBe('Lena Legal')
    const signed = so.passages.find((p) => p.exact === DISCLOSURE.slice(1, -1))
    expect(signed?.role).toBe('disclosure')
    expect(signed?.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(so.passages.some((p) => p.role === 'covered' && p.exact.includes('Orrenby serum'))).toBe(
      true,
    )

    await saveEdit(
      d.draft.id,
      (b) => b.replace('tends to sting', 'can sting'),
      'Tighten a sentence',
    )
    let view = await call('legal:get', { draftId: d.draft.id })
    expect(view.signoff?.stale).toBe(false)
    expect(view.signoff?.revisionNumber).toBe(3)

    await saveEdit(
      d.draft.id,
      (b) => b.replace(DISCLOSURE, '*Dr. Achterberg works with Orrenby.*'),
      'Soften the ambassador line',
    )
    view = await call('legal:get', { draftId: d.draft.id })
    expect(view.signoff?.stale).toBe(true)
    const changed = view.signoff?.changed ?? []
    expect(changed).toHaveLength(1)
    expect(changed[0]).toMatchObject({
      role: 'disclosure',
      oldText: 'Dr. Achterberg is a paid ambassador for Orrenby.',
      newText: 'Dr. Achterberg works with Orrenby.',
    })
    expect(changed[0]?.diff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'delete', text: expect.stringContaining('paid') }),
        expect.objectContaining({ type: 'insert', text: expect.stringContaining('works') }),
      ]),
    )
    expect(view.readiness.items).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/sign-off is stale/) }),
    )

    const again = await call('legal:signoff', {
      draftId: d.draft.id,
      revisionId: view.revisionId,
      decision: 'request-changes',
      comment: '“Works with” is vague: say paid ambassador.',
    })
    view = await call('legal:get', { draftId: d.draft.id })
    expect(view.signoff?.record.id).toBe(again.id)
    expect(view.signoff?.stale).toBe(false)
    expect(view.history.map((h) => h.decision)).toEqual(['request-changes', 'approve'])
    expect(view.readiness.items).toContainEqual(
      expect.objectContaining({ message: 'Legal requested changes' }),
    )
    // A sign-off on a revision that is no longer current is refused.
    const stale = await refused('legal:signoff', {
      draftId: d.draft.id,
      revisionId: d.current.id,
      decision: 'approve',
      comment: '',
    })
    expect(stale.code).toBe('conflict')
  })

  it('accepts a finding with a reason (legal only); it stops blocking', async () => {
    await as('legal')
    const d = await feature()
    let view = await call('legal:get', { draftId: d.draft.id })
    const error = view.findings.find((f) => f.severity === 'error')!
    await call('legal:acceptFinding', {
      draftId: d.draft.id,
      findingId: error.id,
      reason: 'The Q&A intro names the connection; counsel agreed.',
    })
    view = await call('legal:get', { draftId: d.draft.id })
    expect(view.findings.find((f) => f.id === error.id)?.accepted).toMatchObject({
      by: 'Lena Legal',
      reason: 'The Q&A intro names the connection; counsel agreed.',
    })
    expect(
      view.readiness.items.some((i) => i.message === error.message && i.severity === 'error'),
    ).toBe(false)
    await call('legal:unacceptFinding', { draftId: d.draft.id, findingId: error.id })
    view = await call('legal:get', { draftId: d.draft.id })
    expect(view.findings.find((f) => f.id === error.id)?.accepted).toBeNull()
    const audit = await call('audit:get', { draftId: d.draft.id })
    expect(audit.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['legal.finding-accept', 'legal.finding-unaccept']),
    )
    expect(audit.verdict.intact).toBe(true)
  })

  it('gates "ready": refused with a sentence until claims, quotes and sign-off are clear', async () => {
    await as('editor')
    const body = [
      '# Lumio night serum',
      '',
      'Dr. Ines Varga is a paid ambassador for Lumio.',
      '',
      '“I use the Lumio serum every night,” says Dr. Ines Varga.',
      '',
      'The serum contains 2 percent vellaria.',
      '',
    ].join('\n')
    const draft = await call('drafts:create', { title: 'Lumio', body })
    const start = body.indexOf('The serum')
    const claim = await call('claims:create', {
      draftId: draft.id,
      revisionId: draft.currentRevisionId,
      start,
      end: body.indexOf('vellaria.') + 'vellaria.'.length,
    })
    const err = await refused('drafts:updateMeta', { id: draft.id, status: 'ready' })
    expect(err.code).toBe('conflict')
    expect(err.message).toMatch(
      /cannot be marked ready yet: 2 blocking items in claims and disclosures .*“Can this go out\?” in the Legal tab/,
    )
    expect((await call('drafts:get', { id: draft.id })).draft.status).toBe('draft')
    // The list never waits for a draft's analysis: a row gets its readiness once it has run.
    const row = async () => {
      for (;;) {
        const r = (await call('drafts:list', { view: 'active' })).find((d) => d.id === draft.id)
        if (r?.readiness) return r.readiness
        await new Promise((res) => setTimeout(res, 20))
      }
    }
    expect(await row()).toEqual({ ready: false, blocking: 2 })

    await as('fact-checker')
    await call('claims:setVerdict', { draftId: draft.id, claimId: claim.id, verdict: 'verified' })
    await as('legal')
    await call('legal:signoff', {
      draftId: draft.id,
      revisionId: draft.currentRevisionId,
      decision: 'approve',
      comment: '',
    })
    const view = await call('legal:get', { draftId: draft.id })
    expect(view.readiness.ready).toBe(true)
    await as('editor')
    const ready = await call('drafts:updateMeta', { id: draft.id, status: 'ready' })
    expect(ready.status).toBe('ready')
    expect(await row()).toEqual({ ready: true, blocking: 0 })
    const audit = await call('audit:get', { draftId: draft.id })
    expect(audit.events.at(-1)).toMatchObject({ action: 'draft.status', after: 'ready' })

    // A new revision puts it back in review: what was checked was checked on the old text.
    const saved = await call('revisions:save', {
      draftId: draft.id,
      baseRevisionId: draft.currentRevisionId,
      body: `${body}\nOne more line.`,
      message: 'Late addition',
    })
    expect((await call('drafts:get', { id: draft.id })).draft.status).toBe('in-review')
    const later = await call('audit:get', { draftId: draft.id })
    expect(later.verdict.intact).toBe(true)
    expect(later.events.slice(-2)).toMatchObject([
      { action: 'revision.save', by: 'Eda Editor' },
      { action: 'draft.status', before: 'ready', after: 'in-review', by: 'Eda Editor' },
    ])
    // The line added touches no signed passage: the gate, run again, lets it be ready.
    expect(saved.number).toBe(2)
    expect((await call('drafts:updateMeta', { id: draft.id, status: 'ready' })).status).toBe(
      'ready',
    )

    // A save that changes the verified claim's figure and "ready", asked for together: whichever
    // comes first in the draft's queue, the draft does not end up ready on text the gate did
    // not check (ready then back in review, or refused after the save).
    const now = await call('drafts:get', { id: draft.id })
    await Promise.all([
      call('revisions:save', {
        draftId: draft.id,
        baseRevisionId: now.current.id,
        body: now.current.body.replace('2 percent vellaria', '3 percent vellaria'),
        message: 'New figure',
      }),
      core.dispatch('drafts:updateMeta', { id: draft.id, status: 'ready' }),
    ])
    expect((await call('drafts:get', { id: draft.id })).draft.status).toBe('in-review')

    // Cutting the disclosure legal signed leaves the text with nothing to disclose that Galley
    // can see, but the sign-off on record no longer matches: it blocks until legal signs again.
    const latest = await call('drafts:get', { id: draft.id })
    await call('revisions:save', {
      draftId: draft.id,
      baseRevisionId: latest.current.id,
      body: latest.current.body.replace('Dr. Ines Varga is a paid ambassador for Lumio.', ''),
      message: 'Cut the disclosure',
    })
    const afterCut = await call('legal:get', { draftId: draft.id })
    expect(afterCut.readiness.items.map((i) => i.message)).toContain(
      'Legal sign-off is stale: signed text has changed since; re-sign',
    )
  })

  it('verifies the audit trail: intact, then a hand-edited draft file is detected', async () => {
    await as('legal')
    const d = await feature()
    await call('legal:signoff', {
      draftId: d.draft.id,
      revisionId: d.current.id,
      decision: 'approve',
      comment: 'ok',
    })
    const before = await call('audit:get', { draftId: d.draft.id })
    expect(before.verdict.intact).toBe(true)
    expect(before.events.at(-1)).toMatchObject({
      action: 'legal.signoff',
      by: 'Lena Legal',
      role: 'legal',
    })
    await core.close()
    // Change the signed comment in the event itself (its own file in the draft's folder): the
    // event's hash no longer matches.
    const edited = await editRecords(
      dir,
      d.draft.id,
      'audit',
      (e: { after?: { comment?: string } }) => {
        if (e.after?.comment !== 'ok') return false
        e.after.comment = 'approved without reservation'
        return true
      },
    )
    expect(edited).toBe(1)
    core = await open()
    const after = await call('audit:get', { draftId: d.draft.id })
    expect(after.verdict.intact).toBe(false)
    expect(after.verdict).toMatchObject({ firstBadSeq: after.events.length })
  })

  it('detects review data changed by hand outside the audit trail', async () => {
    await as('legal')
    const d = await feature()
    await call('legal:signoff', {
      draftId: d.draft.id,
      revisionId: d.current.id,
      decision: 'request-changes',
      comment: 'Move the ambassador line up.',
    })
    await core.close()
    const edited = await editRecords(dir, d.draft.id, 'signoffs', (s: { decision: string }) => {
      s.decision = 'approve'
      return true
    })
    expect(edited).toBe(1)
    core = await open()
    const after = await call('audit:get', { draftId: d.draft.id })
    expect(after.verdict.intact).toBe(false)
    if (!after.verdict.intact) expect(after.verdict.reason).toMatch(/changed outside Galley/)
  })
})

describe('review report', () => {
  it('is one self-contained HTML page with claims, quotes, findings, the sign-off and the audit check', async () => {
    await as('fact-checker')
    const d = await feature()
    const body = d.current.body
    const at = body.indexOf('clinically proven')
    const claim = await call('claims:create', {
      draftId: d.draft.id,
      revisionId: d.current.id,
      start: at,
      end: at + 'clinically proven to reduce wrinkles'.length,
    })
    await call('claims:setVerdict', {
      draftId: d.draft.id,
      claimId: claim.id,
      verdict: 'false',
      reason: 'The trial measured hydration, not wrinkles.',
    })
    await call('claims:comment', {
      draftId: d.draft.id,
      claimId: claim.id,
      text: 'Lab confirmed by phone <Tue>.',
    })
    await call('claims:addSource', {
      draftId: d.draft.id,
      claimId: claim.id,
      citation: 'VELLA-12 trial report <2025>',
      url: 'https://example.org/vella-12',
    })
    await as('legal')
    await call('legal:signoff', {
      draftId: d.draft.id,
      revisionId: d.current.id,
      decision: 'approve',
      comment: 'Signed for print.',
    })
    const { fileName, html } = await call('export:report', { draftId: d.draft.id, format: 'html' })
    expect(fileName).toBe('is-vellaria-really-the-new-retinol-review-report.html')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/i)
    // No style attributes: the app's policy would refuse them when it prints the report.
    expect(html).not.toMatch(/ style=/)
    expect(html).toContain('Approved by Lena Legal')
    expect(html).toContain('Signed for print.')
    expect(html).toContain('clinically proven to reduce wrinkles')
    expect(html).toContain('VELLA-12 trial report &lt;2025&gt;')
    // The verdict's reason and the claim's comments (issue 12, item 7).
    expect(html).toContain('Reason: The trial measured hydration, not wrinkles.')
    expect(html).toContain('Lab confirmed by phone &lt;Tue&gt;.')
    expect(html).toContain('material-connection-undisclosed')
    expect(html).toContain('Altered')
    expect(html).toContain('Audit trail intact')

    const pdf = await refused('export:reportPdf', { draftId: d.draft.id })
    expect(pdf.code).toBe('not-available-in-browser')
  })
})

describe('portable draft file', () => {
  it('round-trips a draft into another library with nothing lost', async () => {
    await as('fact-checker')
    const d = await feature()
    const body = d.current.body
    const at = body.indexOf('within eight weeks')
    const claim = await call('claims:create', {
      draftId: d.draft.id,
      revisionId: d.current.id,
      start: at,
      end: at + 'within eight weeks'.length,
    })
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256)
    await call('claims:addSource', {
      draftId: d.draft.id,
      claimId: claim.id,
      citation: 'Trial figure',
      file: { fileName: 'figure.bin', dataBase64: Buffer.from(bytes).toString('base64') },
    })
    await call('claims:setVerdict', {
      draftId: d.draft.id,
      claimId: claim.id,
      verdict: 'partly-true',
    })
    await as('legal')
    await call('legal:signoff', {
      draftId: d.draft.id,
      revisionId: d.current.id,
      decision: 'approve',
      comment: 'ok',
    })
    const exported = await call('export:draft', { draftId: d.draft.id })
    expect(exported.fileName).toBe('is-vellaria-really-the-new-retinol.galley.json')
    const original = await call('audit:get', { draftId: d.draft.id })

    // Another library, empty, with its own profile.
    await core.close()
    const other = await mkdtemp(join(tmpdir(), 'galley-legal-other-'))
    const first = dir
    dir = other
    core = await openCore({
      libraryPath: other,
      mode: 'browser',
      version: 'test',
      emit: () => undefined,
      seedSample: false,
    })
    await as('editor')
    const imported = await call('import:portable', {
      fileName: exported.fileName,
      dataBase64: Buffer.from(exported.text).toString('base64'),
    })
    expect(imported).toMatchObject({ revisions: 3, attachments: 2 })
    expect(imported.people.added).toBeGreaterThan(0)
    const copy = await call('drafts:get', { id: imported.draftId })
    const back = await call('export:draft', { draftId: imported.draftId })
    const a = JSON.parse(exported.text) as PortableShape
    const b = JSON.parse(back.text) as PortableShape
    // Content byte for byte: revisions (bodies, ids, hashes), annotations, attachments.
    expect(b.draft.revisions).toEqual(a.draft.revisions)
    // The other library's sign-offs and accepted findings arrive as its history, never as
    // approval here (issue 16, item 3).
    expect(b.draft.legal).toMatchObject({
      subject: a.draft.legal.subject,
      accepted: [],
      signoffs: [],
    })
    expect(b.draft.legal.imported).toEqual([
      expect.objectContaining({
        from: expect.objectContaining({ fileName: exported.fileName }),
        signoffs: a.draft.legal.signoffs,
        accepted: a.draft.legal.accepted,
      }),
    ])
    expect(b.draft.dismissedSuggestions).toEqual(a.draft.dismissedSuggestions)
    const noAtt = (c: unknown) =>
      JSON.parse(JSON.stringify(c).replace(/"attachmentId":"[^"]+"/g, '"attachmentId":"*"'))
    expect(noAtt(b.draft.claims)).toEqual(noAtt(a.draft.claims))
    expect(b.attachments.map((x) => [x.name, x.kind, x.bytes, x.sha256, x.dataBase64])).toEqual(
      a.attachments.map((x) => [x.name, x.kind, x.bytes, x.sha256, x.dataBase64]),
    )
    const src = b.draft.claims[0]?.sources[0]?.attachmentId
    expect(b.attachments.some((x) => x.id === src && x.name === 'figure.bin')).toBe(true)
    expect(copy.draft).toMatchObject({ title: d.draft.title, status: d.draft.status })
    expect(copy.draft.id).not.toBe(d.draft.id)
    // The audit trail comes along, one import event added, and still verifies.
    const audit = await call('audit:get', { draftId: imported.draftId })
    expect(audit.events.slice(0, original.events.length)).toEqual(original.events)
    expect(audit.events.at(-1)?.action).toBe('draft.import')
    expect(audit.verdict.intact).toBe(true)
    // The sign-off does not count in the new library: it is shown as the other library's history.
    const view = await call('legal:get', { draftId: imported.draftId })
    expect(view.signoff).toBeNull()
    expect(view.imported?.[0]?.signoffs.map((x) => x.by)).toEqual(['Lena Legal'])
    // A second import of the same file is a second draft.
    const again = await call('import:portable', {
      fileName: exported.fileName,
      dataBase64: Buffer.from(exported.text).toString('base64'),
    })
    expect(again.draftId).not.toBe(imported.draftId)
    expect(again.people).toMatchObject({ added: 0 })
    await rm(first, { recursive: true, force: true })
  })

  it('refuses a file that is not a Galley draft, or whose content was altered', async () => {
    await as('editor')
    const notJson = await refused('import:portable', {
      fileName: 'x.galley.json',
      dataBase64: Buffer.from('hello').toString('base64'),
    })
    expect(notJson).toMatchObject({ code: 'unreadable-file' })
    const d = await feature()
    const exported = await call('export:draft', { draftId: d.draft.id })
    const tampered = exported.text.replace('Vellaria is a low', 'Vellaria is a tall')
    const err = await refused('import:portable', {
      fileName: 'x.galley.json',
      dataBase64: Buffer.from(tampered).toString('base64'),
    })
    expect(err.message).toMatch(/does not match its content hash/)
  })
})

interface PortableShape {
  draft: {
    revisions: unknown[]
    legal: { subject: string; accepted: unknown[]; signoffs: unknown[]; imported?: unknown[] }
    dismissedSuggestions: unknown
    claims: { sources: { attachmentId?: string }[] }[]
  }
  attachments: {
    id: string
    name: string
    kind: string
    bytes: number
    sha256: string
    dataBase64: string
  }[]
}
