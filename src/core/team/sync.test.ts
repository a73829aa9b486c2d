// Two libraries on one real Git smart-HTTP server (git http-backend): share, open shared, edit
// the same draft apart, sync both ways, and check that nothing is lost and nothing about a
// verdict or a sign-off was decided silently.
import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ChannelName } from '@shared/contract'
import type { GitServer } from '../../../test/harness/git-server'
import { caller, teamFixture } from '../../../test/support/team'
import { type GalleyCore } from '..'

const run = promisify(execFile)
const TOKEN = 'team-token-1'
const DISCLOSURE = '*Dr. Achterberg is a paid ambassador for Orrenby.*'

const team = teamFixture(TOKEN, 'galley-team-')
let server: GitServer
let root: string
beforeEach(() => {
  server = team.server
  root = team.root
})
const open = (dir: string, seedSample = true) => team.open(dir, seedSample)

async function refusal(core: GalleyCore, c: ChannelName, input: unknown) {
  const res = await core.dispatch(c, input)
  if (res.ok) throw new Error(`${c} was not refused`)
  return res.error
}

async function feature(call: ReturnType<typeof caller>) {
  const list = await call('drafts:list', { view: 'active' })
  const d = list.find((x) => x.title === 'Is vellaria really the new retinol?')
  if (!d) throw new Error('no sample feature')
  return call('drafts:get', { id: d.id })
}

async function saveEdit(
  call: ReturnType<typeof caller>,
  draftId: string,
  edit: (body: string) => string,
  message: string,
) {
  const detail = await call('drafts:get', { id: draftId })
  const body = edit(detail.current.body)
  expect(body).not.toBe(detail.current.body)
  return call('revisions:save', { draftId, baseRevisionId: detail.current.id, body, message })
}

/** A copy of the shared repository made with git by someone outside Galley, who pushes to it. */
async function vandal(url: string) {
  const work = join(root, 'vandal')
  await run('git', ['clone', '-q', url.replace('http://', `http://x:${TOKEN}@`), work])
  /** Commits as "V" with `args` (what to commit and the message) and pushes. */
  const push = async (...args: string[]) => {
    await run('git', ['-C', work, '-c', 'user.name=V', '-c', 'user.email=v@x', 'commit', ...args])
    await run('git', ['-C', work, 'push', '-q', 'origin', 'main'])
  }
  return { work, push }
}

/** A library shared by Lena (Legal, roster admin) and one Eda (editor) opened from it. */
async function sharedPair() {
  const url = await server.createRepo(`lib-${Math.random().toString(36).slice(2)}`)
  const dirA = join(root, 'a')
  const a = await open(dirA)
  const callA = caller(a)
  await callA('profile:set', { name: 'Lena Legal', role: 'legal' })
  const shared = await callA('team:share', { url, token: TOKEN })
  expect(shared.status.state).toBe('synced')
  const dirB = join(root, 'b')
  await callA('team:openShared', { url, token: TOKEN, folder: dirB })
  const b = await open(dirB, false)
  const callB = caller(b)
  await callB('profile:set', { name: 'Eda Editor', role: 'editor' })
  return { url, dirA, dirB, a, b, callA, callB }
}

// Each test opens two or three libraries and runs several syncs: on a busy 2-core machine that
// takes 10–30 s, so the bound is generous (a passing test never waits it out).
describe('team sync against a real Git server', { timeout: 120_000 }, () => {
  it('shares to an empty repository, refuses a non-empty one, and opens the shared library', async () => {
    const { url, dirB, callA, callB } = await sharedPair()
    // The clone holds the same drafts, the roster and the marker, not the local files.
    const listA = await callA('drafts:list', { view: 'active' })
    const listB = await callB('drafts:list', { view: 'active' })
    expect(listB.map((d) => d.id).sort()).toEqual(listA.map((d) => d.id).sort())
    const names = await readdir(dirB)
    expect(names).toContain('galley-library.json')
    expect(names).not.toContain('galley.lock.bak')
    const idB = await callB('team:identity', {})
    expect(idB.roster?.map((m) => [m.name, m.role, m.admin])).toEqual([
      ['Lena Legal', 'legal', true],
    ])
    expect(idB.admin).toBe(false)
    // The private key is readable by its owner only.
    const key = await stat(join(dirB, '.galley-local', 'signing-key.pem'))
    expect(key.mode & 0o777).toBe(0o600)

    // Sharing again to the same (now non-empty) repository is refused with a sentence.
    const c = await open(join(root, 'c'))
    await caller(c)('profile:set', { name: 'Cy', role: 'editor' })
    const galley = await refusal(c, 'team:share', { url, token: TOKEN })
    expect(galley.message).toMatch(/already holds a Galley library/)
    // A repository with something else in it is refused and left alone.
    const other = await server.createRepo('not-galley')
    const work = join(root, 'plain')
    const authed = other.replace('http://', `http://x:${TOKEN}@`)
    await run('git', ['init', '-q', '-b', 'main', work])
    await writeFile(join(work, 'README.md'), 'hello\n')
    await run('git', ['-C', work, 'add', '.'])
    await run('git', [
      '-C',
      work,
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@x',
      'commit',
      '-qm',
      'x',
    ])
    await run('git', ['-C', work, 'push', '-q', authed, 'main'])
    const plain = await refusal(c, 'team:share', { url: other, token: TOKEN })
    expect(plain.message).toMatch(/not empty and is not a Galley library/)
    const opened = await refusal(c, 'team:openShared', {
      url: other,
      token: TOKEN,
      folder: join(root, 'd'),
    })
    expect(opened.message).toMatch(/not a Galley library/)
    await expect(stat(join(root, 'd'))).rejects.toThrow()
  })

  it('merges verdicts, revisions, a sign-off and a disclosure edit made apart, losing nothing', async () => {
    const { a, b, callA, callB } = await sharedPair()
    const draft = await feature(callA)
    const draftId = draft.draft.id
    const at = draft.current.body.indexOf('vellaria')
    const claim = await callA('claims:create', {
      draftId,
      revisionId: draft.current.id,
      start: at,
      end: draft.current.body.indexOf('shrub', at) + 'shrub'.length,
    })
    await callA('team:sync', {})
    await callB('team:sync', {})

    // Offline, on A: a verdict, a new revision (not touching the disclosure), a sign-off.
    await callA('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
    await callA('claims:setVerdict', { draftId, claimId: claim.id, verdict: 'verified' })
    await callA('profile:set', { name: 'Lena Legal', role: 'legal' })
    const revA = await saveEdit(callA, draftId, (t) => `${t}\n\nA closing line from A.`, 'A')
    const signed = await callA('legal:signoff', {
      draftId,
      revisionId: revA.id,
      decision: 'approve',
      comment: '',
    })
    expect(signed.sig?.key).toBeDefined()

    // Offline, on B: another verdict on the same claim, and an edit of the disclosure.
    await callB('claims:setVerdict', { draftId, claimId: claim.id, verdict: 'false' })
    const revB = await saveEdit(
      callB,
      draftId,
      (t) => t.replace(DISCLOSURE, '*Dr. Achterberg works with Orrenby.*'),
      'B',
    )

    // A syncs first (sends), B syncs (merges, sends), A syncs (receives the merge).
    expect((await callA('team:sync', {})).status.state).toBe('synced')
    const mergedB = await callB('team:sync', {})
    expect(mergedB.status.state).toBe('synced')
    const report = mergedB.merged.find((m) => m.draftId === draftId)
    expect(report?.disputes).toHaveLength(1)
    expect(report?.divergent).toHaveLength(1)
    const backA = await callA('team:sync', {})
    expect(backA.received).toBeGreaterThan(0)
    expect((await callA('team:status', {})).state).toBe('synced')

    for (const call of [callA, callB]) {
      const detail = await call('drafts:get', { id: draftId })
      // Nothing lost: both revisions are there; the later one is current.
      const ids = detail.revisions.map((r) => r.id)
      expect(ids).toContain(revA.id)
      expect(ids).toContain(revB.id)
      // The disputed claim shows both verdicts with who and when.
      const c = (await call('claims:list', { draftId })).claims.find((x) => x.id === claim.id)
      expect(c?.dispute?.verdicts.map((v) => [v.verdict, v.by]).sort()).toEqual([
        ['false', 'Eda Editor'],
        ['verified', 'Faye Checker'],
      ])
      const legal = await call('legal:get', { draftId })
      // The sign-off is kept and counts (Lena is Legal in the roster) but went stale.
      expect(legal.signoff?.record.id).toBe(signed.id)
      expect(legal.signoff?.trust?.kind).toBe('verified')
      expect(legal.signoff?.stale).toBe(true)
      expect(legal.readiness.ready).toBe(false)
      const messages = legal.readiness.items.map((i) => i.message).join('\n')
      expect(messages).toMatch(/Disputed claim/)
      expect(messages).toMatch(/saved apart on two machines/)
      // The audit graph verifies on both machines.
      const audit = await call('audit:get', { draftId })
      expect(audit.verdict).toMatchObject({ intact: true })
      expect(audit.events.some((e) => e.action === 'sync.merge' && e.parents?.length === 2)).toBe(
        true,
      )
    }

    // A new verdict settles the dispute, and the settlement syncs.
    await callB('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
    await callB('claims:setVerdict', { draftId, claimId: claim.id, verdict: 'partly-true' })
    await callB('team:sync', {})
    await callA('team:sync', {})
    const settled = (await callA('claims:list', { draftId })).claims.find((x) => x.id === claim.id)
    expect(settled?.dispute).toBeUndefined()
    expect(settled?.verdict).toBe('partly-true')
    expect((await callA('audit:get', { draftId })).verdict).toMatchObject({ intact: true })

    // An editor compares the two revisions and saves a reconciled one: no longer divergent.
    await callA('profile:set', { name: 'Eda Editor', role: 'editor' })
    await saveEdit(callA, draftId, (t) => `${t}\n\nA closing line from A.`, 'Reconciled')
    const after = await callA('legal:get', { draftId })
    expect(after.readiness.items.map((i) => i.message).join('\n')).not.toMatch(/saved apart/)
    const trail = await callA('audit:get', { draftId })
    expect(trail.events.at(-1)?.action).toBe('revision.reconcile')
    expect(trail.events.at(-1)?.sig).toBeDefined()
    expect(trail.verdict).toMatchObject({ intact: true })
    await callA('team:sync', {})
    await callB('team:sync', {})
    const onB = await callB('legal:get', { draftId })
    expect(onB.readiness.items.map((i) => i.message).join('\n')).not.toMatch(/saved apart/)
    void a
    void b
  })

  it('does not count a forged sign-off: a key the roster does not list as Legal', async () => {
    const { callA, callB } = await sharedPair()
    const draft = await feature(callB)
    const draftId = draft.draft.id
    // Eda picks "Legal" and signs under Lena's name with her own key.
    await callB('profile:set', { name: 'Lena Legal', role: 'legal' })
    await callB('legal:signoff', {
      draftId,
      revisionId: draft.current.id,
      decision: 'approve',
      comment: '',
    })
    await callB('team:sync', {})
    await callA('team:sync', {})
    for (const call of [callA, callB]) {
      const legal = await call('legal:get', { draftId })
      expect(legal.signoff?.trust).toMatchObject({ kind: 'rejected' })
      expect(legal.signoff?.trust?.reason).toMatch(/roster does not list/)
      expect(legal.readiness.ready).toBe(false)
      expect(legal.readiness.items.map((i) => i.message).join('\n')).toMatch(
        /sign-off does not count/,
      )
    }
  })

  it('is offline as a state, refuses a wrong token with a sentence, and completes next time', async () => {
    const { dirB, callA, callB, b } = await sharedPair()
    const draft = await feature(callB)
    await saveEdit(callB, draft.draft.id, (t) => `${t}\n\nWritten offline.`, 'offline')
    await server.pause()
    try {
      const off = await callB('team:sync', {})
      expect(off.status.state).toBe('offline')
      expect(off.status.toSend).toBeGreaterThan(0)
      expect(off.status.message).toMatch(/cannot be reached/)
    } finally {
      await server.resume()
    }
    // A wrong token: a sentence, nothing lost.
    const saved = JSON.parse(
      await readFile(join(dirB, '.galley-local', 'remote.json'), 'utf8'),
    ) as {
      url: string
    }
    await writeFile(
      join(dirB, '.galley-local', 'remote.json'),
      JSON.stringify({
        url: saved.url.replace(/:\d+\//, `:${new URL(server.origin).port}/`),
        token: 'wrong',
      }),
    )
    const refused = await refusal(b, 'team:sync', {})
    expect(refused.code).toBe('unauthorized')
    expect(refused.message).toMatch(/refused the token/)
    expect((await callB('team:status', {})).state).toBe('error')
    // The right token again: the next sync completes and A receives the offline edit.
    await writeFile(
      join(dirB, '.galley-local', 'remote.json'),
      JSON.stringify({
        url: saved.url.replace(/:\d+\//, `:${new URL(server.origin).port}/`),
        token: TOKEN,
      }),
    )
    expect((await callB('team:sync', {})).status.state).toBe('synced')
    await writeFile(
      join(root, 'a', '.galley-local', 'remote.json'),
      JSON.stringify({
        url: saved.url.replace(/:\d+\//, `:${new URL(server.origin).port}/`),
        token: TOKEN,
      }),
    )
    await callA('team:sync', {})
    const onA = await callA('drafts:get', { id: draft.draft.id })
    expect(onA.current.body).toMatch(/Written offline\./)
  })

  it('merges claims, verdicts and comments added apart to one draft as disjoint record files', async () => {
    const { url, dirA, dirB, callA, callB } = await sharedPair()
    const repo = server.repoPath(
      url
        .split('/')
        .pop()!
        .replace(/\.git$/, ''),
    )
    const shown = async (rev: string, path: string) =>
      (await run('git', ['--git-dir', repo, 'rev-parse', `${rev}:${path}`])).stdout.trim()
    const draft = await feature(callA)
    const draftId = draft.draft.id
    const body = draft.current.body
    const span = (word: string) => {
      const start = body.indexOf(word)
      expect(start).toBeGreaterThanOrEqual(0)
      return { draftId, revisionId: draft.current.id, start, end: start + word.length }
    }
    await callA('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
    await callB('profile:set', { name: 'Eda Editor', role: 'editor' })
    // Apart: A marks one claim and gives it a verdict, B another and comments on it.
    const onA = await callA('claims:create', span('vellaria'))
    await callA('claims:setVerdict', { draftId, claimId: onA.id, verdict: 'verified' })
    const onB = await callB('claims:create', span('retinol'))
    await callB('claims:comment', { draftId, claimId: onB.id, text: 'Which study says so?' })
    await callA('team:sync', {})
    const fromA = await shown('main', `drafts/${draftId}/claims/${onA.id}.json`)
    const result = await callB('team:sync', {})
    expect(result.merged.flatMap((m) => [...m.disputes, ...m.divergent])).toEqual([])
    await callA('team:sync', {})

    for (const call of [callA, callB]) {
      const { claims } = await call('claims:list', { draftId })
      const a = claims.find((c) => c.id === onA.id)
      const b = claims.find((c) => c.id === onB.id)
      expect(a?.verdict).toBe('verified')
      expect(b?.comments.map((c) => c.text)).toEqual(['Which study says so?'])
      expect(claims.some((c) => c.dispute)).toBe(false)
    }
    // Each claim is its own file, and A's reached the shared library byte for byte as A made it.
    expect(await shown('main', `drafts/${draftId}/claims/${onA.id}.json`)).toBe(fromA)
    await shown('main', `drafts/${draftId}/claims/${onB.id}.json`)
    for (const dir of [dirA, dirB]) {
      const files = await readdir(join(dir, 'drafts', draftId, 'claims'))
      expect(files).toEqual(expect.arrayContaining([`${onA.id}.json`, `${onB.id}.json`]))
    }
    for (const call of [callA, callB]) {
      expect((await call('audit:get', { draftId })).verdict).toMatchObject({ intact: true })
    }
  })

  it('comments and verdict changes added apart to the same claim are disjoint files and both survive', async () => {
    const { url, dirA, dirB, callA, callB } = await sharedPair()
    const repo = server.repoPath(
      url
        .split('/')
        .pop()!
        .replace(/\.git$/, ''),
    )
    const shown = async (rev: string, path: string) =>
      (await run('git', ['--git-dir', repo, 'rev-parse', `${rev}:${path}`])).stdout.trim()
    const listed = async (rev: string, path: string) =>
      (await run('git', ['--git-dir', repo, 'ls-tree', '--name-only', `${rev}:${path}`])).stdout
        .split('\n')
        .filter(Boolean)
        .sort()
    const draft = await feature(callA)
    const draftId = draft.draft.id
    const start = draft.current.body.indexOf('vellaria')
    const claim = await callA('claims:create', {
      draftId,
      revisionId: draft.current.id,
      start,
      end: start + 'vellaria'.length,
    })
    await callA('team:sync', {})
    await callB('team:sync', {})
    const folder = `drafts/${draftId}/claims/${claim.id}`
    const verdictsBefore = await listed('main', `${folder}/verdicts`)

    // Apart, on the same claim: A comments and records a verdict, B comments and adds a source.
    await callA('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
    const onA = await callA('claims:comment', { draftId, claimId: claim.id, text: 'Seen on A.' })
    await callA('claims:setVerdict', { draftId, claimId: claim.id, verdict: 'verified' })
    const onB = await callB('claims:comment', { draftId, claimId: claim.id, text: 'Seen on B.' })
    await callB('claims:addSource', {
      draftId,
      claimId: claim.id,
      citation: 'Journal of Skin Science, 2024',
    })
    const commentA = onA.comments.at(-1)!.id
    const commentB = onB.comments.at(-1)!.id
    const filesOf = async (dir: string, part: string) =>
      (await readdir(join(dir, ...folder.split('/'), part)).catch(() => [] as string[]))
        .filter((n) => n.endsWith('.json'))
        .sort()
    // Each side's additions are new files of its own: the two sets do not meet.
    const aNew = [
      ...(await filesOf(dirA, 'comments')).map((n) => `comments/${n}`),
      ...(await filesOf(dirA, 'verdicts'))
        .filter((n) => !verdictsBefore.includes(n))
        .map((n) => `verdicts/${n}`),
    ]
    const bNew = [
      ...(await filesOf(dirB, 'comments')).map((n) => `comments/${n}`),
      ...(await filesOf(dirB, 'sources')).map((n) => `sources/${n}`),
    ]
    expect(aNew).toHaveLength(2)
    expect(bNew).toHaveLength(2)
    expect(aNew.filter((p) => bNew.includes(p))).toEqual([])

    await callA('team:sync', {})
    const fromA = await shown('main', `${folder}/comments/${commentA}.json`)
    const result = await callB('team:sync', {})
    expect(result.merged.flatMap((m) => [...m.disputes, ...m.divergent])).toEqual([])
    await callA('team:sync', {})

    // The shared library holds every file both made; A's comment is byte for byte A's.
    expect(await listed('main', `${folder}/comments`)).toEqual(
      [`${commentA}.json`, `${commentB}.json`].sort(),
    )
    expect(await shown('main', `${folder}/comments/${commentA}.json`)).toBe(fromA)
    for (const p of [...aNew, ...bNew]) await shown('main', `${folder}/${p}`)
    for (const [dir, call] of [
      [dirA, callA],
      [dirB, callB],
    ] as const) {
      const c = (await call('claims:list', { draftId })).claims.find((x) => x.id === claim.id)
      expect(c?.comments.map((m) => m.text).sort()).toEqual(['Seen on A.', 'Seen on B.'])
      expect(c?.sources.map((s) => s.citation)).toEqual(['Journal of Skin Science, 2024'])
      expect(c?.verdict).toBe('verified')
      expect(c?.dispute).toBeUndefined()
      expect(c?.history.at(-1)?.by).toBe('Faye Checker')
      expect(await filesOf(dir, 'comments')).toEqual(
        [`${commentA}.json`, `${commentB}.json`].sort(),
      )
      expect((await call('audit:get', { draftId })).verdict).toMatchObject({ intact: true })
    }
  })

  it('quarantines a damaged record file from the remote and applies the rest of the draft', async () => {
    const { url, callA, callB } = await sharedPair()
    const draft = await feature(callA)
    const draftId = draft.draft.id
    const start = draft.current.body.indexOf('vellaria')
    const claim = await callA('claims:create', {
      draftId,
      revisionId: draft.current.id,
      start,
      end: start + 'vellaria'.length,
    })
    await callA('team:sync', {})
    await callB('team:sync', {})
    // Someone pushes a damaged claim file along with a good rename made by B.
    await callB('drafts:rename', { id: draftId, title: 'Renamed on B' })
    await callB('team:sync', {})
    const { work, push } = await vandal(url)
    await writeFile(join(work, 'drafts', draftId, 'claims', `${claim.id}.json`), '{"id": 4')
    await push('-qam', 'v')
    const result = await callA('team:sync', {})
    expect(result.quarantined).toHaveLength(1)
    expect(result.quarantined[0]).toMatch(
      new RegExp(`drafts/${draftId}/claims/${claim.id}\\.json: it came from the shared library`),
    )
    const onA = await callA('drafts:get', { id: draftId })
    expect(onA.draft.title).toBe('Renamed on B')
    expect((await callA('claims:list', { draftId })).claims.map((c) => c.id)).toContain(claim.id)
  })

  it('quarantines a damaged comment file from the remote and applies the claim and the rest', async () => {
    const { url, callA, callB } = await sharedPair()
    const draft = await feature(callA)
    const draftId = draft.draft.id
    const start = draft.current.body.indexOf('vellaria')
    const claim = await callA('claims:create', {
      draftId,
      revisionId: draft.current.id,
      start,
      end: start + 'vellaria'.length,
    })
    await callA('team:sync', {})
    await callB('team:sync', {})
    // B comments twice and syncs; someone then damages one comment and pushes it.
    await callB('claims:comment', { draftId, claimId: claim.id, text: 'Kept.' })
    const withBoth = await callB('claims:comment', { draftId, claimId: claim.id, text: 'Hit.' })
    const hit = withBoth.comments.at(-1)!.id
    await callB('team:sync', {})
    const { work, push } = await vandal(url)
    const path = `drafts/${draftId}/claims/${claim.id}/comments/${hit}.json`
    await writeFile(join(work, ...path.split('/')), '{"id": "cut')
    await push('-qam', 'v')
    const result = await callA('team:sync', {})
    expect(result.quarantined).toHaveLength(1)
    expect(result.quarantined[0]).toMatch(
      new RegExp(`${path.replace(/[.]/g, '\\.')}: it came from the shared library`),
    )
    // Its version in the merge base is none (it is new): the claim comes without it.
    const c = (await callA('claims:list', { draftId })).claims.find((x) => x.id === claim.id)
    expect(c?.comments.map((m) => m.text)).toEqual(['Kept.'])
    expect((await callA('drafts:get', { id: draftId })).draft.id).toBe(draftId)
    // The audit trail's last event was B's, with the comment: it says why A's data differs.
    const { verdict } = await callA('audit:get', { draftId })
    expect(verdict).toMatchObject({ intact: false })
    expect(verdict.intact ? '' : verdict.reason).toMatch(
      new RegExp(
        `because a record file from the shared library arrived damaged and was left out \\(${path.replace(/[.]/g, '\\.')}, kept as quarantine/.*-shared-${hit}\\.json\\); ask whoever made the change to sync again$`,
      ),
    )
  })

  it('quarantines a draft from the remote that fails validation and never applies it', async () => {
    const { url, callA, callB, dirA } = await sharedPair()
    const draft = await feature(callA)
    // Someone pushes a damaged draft file straight to the repository.
    const { work, push } = await vandal(url)
    const path = join(work, 'drafts', `${draft.draft.id}.json`)
    const json = JSON.parse(await readFile(path, 'utf8')) as { draft: { title: unknown } }
    json.draft.title = 42
    await writeFile(path, JSON.stringify(json))
    await push('-qam', 'v')
    const result = await callA('team:sync', {})
    expect(result.quarantined).toHaveLength(1)
    expect(result.quarantined[0]).toMatch(/came from the shared library/)
    const still = await callA('drafts:get', { id: draft.draft.id })
    expect(still.draft.title).toBe(draft.draft.title)
    const info = await callA('app:info', {})
    expect(JSON.stringify(info)).toMatch(/came from the shared library/)
    // The merge put the good version back on the remote: B receives a valid draft.
    await callB('team:sync', {})
    expect((await callB('drafts:get', { id: draft.draft.id })).draft.title).toBe(draft.draft.title)

    // Files aimed at a machine's own (its signing key, its profile) are never written there.
    const keyBefore = await readFile(join(dirA, '.galley-local', 'signing-key.pem'), 'utf8')
    await run('git', ['-C', work, 'pull', '-q', '--no-rebase', 'origin', 'main'])
    await mkdir(join(work, '.galley-local'), { recursive: true })
    await writeFile(join(work, '.galley-local', 'signing-key.pem'), 'attacker key\n')
    await writeFile(join(work, 'settings.json'), '{"schemaVersion":1,"profile":null}')
    await run('git', ['-C', work, 'add', '-f', '.galley-local', 'settings.json'])
    await push('-qm', 'k')
    await callA('team:sync', {})
    expect(await readFile(join(dirA, '.galley-local', 'signing-key.pem'), 'utf8')).toBe(keyBefore)
    expect((await callA('profile:get', {}))?.name).toBe('Lena Legal')
    const fresh = join(root, 'fresh')
    await callA('team:openShared', { url, token: TOKEN, folder: fresh })
    await expect(stat(join(fresh, '.galley-local', 'signing-key.pem'))).rejects.toThrow()
    await expect(stat(join(fresh, 'settings.json'))).rejects.toThrow()
    expect((await readdir(join(fresh, 'drafts'))).length).toBeGreaterThan(0)
  })
})
