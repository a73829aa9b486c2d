// The kill -9 harness behind src/host/crash.test.ts and bench/durability.ts: it runs the
// built browser host as a child process, drives writes over its HTTP API, kills it with SIGKILL
// at random moments and checks, with the host stopped, that every acknowledged write is on disk.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Verdict } from '@shared/claims/domain'
import { isTempName } from '../../src/core/storage/atomic'
import type { DraftFile } from '../../src/core/storage/draft-file'
import { CorruptFileError, parseStored } from '../../src/core/storage/json-store'
import { storedDraftSpec, type DraftFolder } from '../../src/core/storage/draft-folder'
import { readDraft } from '../../src/core/store/files'
import { SettingsSchema } from '../../src/core/storage/settings-file'

export interface KillLoopOptions {
  /** The built host, `out/main/serve.js`. */
  readonly serveEntry: string
  readonly kills: number
  /** Writers running at once, each on its own drafts. */
  readonly lanes?: number
  /**
   * Once as many writes as there are lanes are acknowledged in a cycle, the host runs a random
   * part of this longer (ms) before it is killed.
   */
  readonly maxUptimeMs?: number
  /** Share of kills that land while the host is still starting (lock, reading drafts). */
  readonly startupKillShare?: number
  readonly seed?: number
  /** Where to keep the library; a temp folder (removed afterwards) by default. */
  readonly library?: string
}

export interface KillLoopReport {
  readonly kills: number
  /** Kills after which every file parsed, every acknowledged write was there and the host restarted. */
  readonly survived: number
  /** Writes the host acknowledged (HTTP 200, ok: true) before it was killed. */
  readonly acknowledged: number
  /** Acknowledged writes missing or different after a kill. */
  readonly lost: number
  /** Kills that left a temp file of an interrupted write (the next start removed each one). */
  readonly tempLeftovers: number
  /** Kills whose lock file the next host found and took over. */
  readonly staleLocks: number
  readonly startupKills: number
  /** Writes in flight at a kill: they may or may not have landed, and either is accepted. */
  readonly inFlightAtKill: number
  /** What went wrong, first ones first. */
  readonly failures: readonly string[]
}

const PROFILE = { name: 'Crash Tester', role: 'fact-checker' as const }
const MAX_REVISIONS = 12
const VERDICTS: readonly Verdict[] = ['verified', 'partly-true', 'false', 'unverifiable', 'opinion']
/** A head's backup: a head (schema 5 or 6) or, after the migration, the whole-draft file. */
const backupSpec = storedDraftSpec

/** A small seeded random source (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Pending =
  | { readonly kind: 'save'; readonly body: string }
  | { readonly kind: 'rename'; readonly title: string }
  | { readonly kind: 'claim' }
  | { readonly kind: 'verdict'; readonly claimId: string; readonly verdict: Verdict }
  | { readonly kind: 'trash' }
  | { readonly kind: 'delete' }

/** What the writer knows was acknowledged for one draft. */
interface Known {
  readonly id: string
  title: string
  revisions: Set<string>
  current: string
  body: string
  claims: Map<string, Verdict>
  trashed: boolean
  deleted: boolean
  pending: Pending | null
}

interface Lane {
  readonly n: number
  draft: Known | null
  created: number
  /** A create whose answer never came: its draft may be on disk, found by its title. */
  pendingCreate: string | null
}

/** A started host: its process, address and launch token. */
export interface Running {
  readonly child: ChildProcess
  readonly url: string
  readonly token: string
}

/** The host died (or was killed) before it answered. */
export class HostGone extends Error {}

/** Starts `node serve.js` on a library; `ready` resolves once it prints its address. */
export function startHost(
  entry: string,
  library: string,
): { child: ChildProcess; ready: Promise<Running> } {
  const child = spawn(
    process.execPath,
    [entry, '--port', '0', '--library', library, '--no-sample'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let out = ''
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (c: string) => (out += c))
  const ready = new Promise<Running>((resolve, reject) => {
    child.stdout.on('data', (c: string) => {
      out += c
      const url = /Galley is running at (\S+)/.exec(out)?.[1]
      const token = url ? new URL(url).searchParams.get('token') : null
      if (url && token) resolve({ child, url, token })
    })
    child.once('exit', (code, signal) =>
      reject(
        new HostGone(
          `host exited (${signal ?? `code ${code}`}) before it was ready: ${out.trim()}`,
        ),
      ),
    )
  })
  ready.catch(() => undefined)
  return { child, ready }
}

/** Resolves once the child has exited (and was reaped, so its pid is free). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((r) => child.once('exit', () => r()))
}

/** Calls a channel as the page does; throws HostGone if the host did not answer. */
export async function call<T>(host: Running, channel: string, input: unknown): Promise<T> {
  let res: Response
  try {
    res = await fetch(new URL(`/api/${channel}`, host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Galley-Token': host.token },
      body: JSON.stringify(input),
    })
  } catch (e) {
    throw new HostGone(`${channel}: ${(e as Error).message}`)
  }
  let env: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
  try {
    env = (await res.json()) as typeof env
  } catch (e) {
    throw new HostGone(`${channel}: answer cut off (${(e as Error).message})`)
  }
  if (!env.ok) throw new Error(`${channel} refused: ${env.error.code}: ${env.error.message}`)
  return env.value
}

const WORDS =
  'the harbour ferry fares rose by twelve percent in 2024 according to the council report while commuters said the service was never on time and experts say the new boats are the fastest in the region'.split(
    ' ',
  )

function paragraph(rand: () => number, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)] ?? 'word')
  const text = out.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

/**
 * Copies the built host (`out/main`) to a folder of its own under node_modules/.cache, so that a
 * rebuild during a long run (others share the checkout) cannot swap files under it. Returns the
 * copy's entry and a function that removes the copy.
 */
async function snapshot(entry: string): Promise<{ entry: string; remove: () => Promise<void> }> {
  const root = join(dirname(entry), '..', '..')
  const cache = join(root, 'node_modules', '.cache')
  await mkdir(cache, { recursive: true })
  const dir = await mkdtemp(join(cache, 'galley-kill-loop-'))
  await cp(dirname(entry), join(dir, 'main'), { recursive: true })
  return {
    entry: join(dir, 'main', 'serve.js'),
    remove: () => rm(dir, { recursive: true, force: true }),
  }
}

/**
 * Runs the kill loop and returns what it saw. It never throws for a lost write: the report says
 * so, for the test to assert and the bench to measure.
 */
export async function runKillLoop(options: KillLoopOptions): Promise<KillLoopReport> {
  if (!existsSync(options.serveEntry)) {
    throw new Error(
      `${options.serveEntry} does not exist: build Galley first (npx electron-vite build).`,
    )
  }
  const host = await snapshot(options.serveEntry)
  try {
    return await killLoop({ ...options, serveEntry: host.entry })
  } finally {
    await host.remove()
  }
}

async function killLoop(options: KillLoopOptions): Promise<KillLoopReport> {
  const rand = random(options.seed ?? Date.now())
  const lanesN = options.lanes ?? 3
  const maxUptime = options.maxUptimeMs ?? 400
  const startupShare = options.startupKillShare ?? 0.1
  const library = options.library ?? (await mkdtemp(join(tmpdir(), 'galley-kill-')))
  const failures: string[] = []
  const fail = (msg: string) => {
    if (failures.length < 50) failures.push(msg)
  }
  const known = new Map<string, Known>()
  const lanes: Lane[] = Array.from({ length: lanesN }, (_, n) => ({
    n,
    draft: null,
    created: 0,
    pendingCreate: null,
  }))
  let acknowledged = 0
  let lost = 0
  let survived = 0
  let tempLeftovers = 0
  let staleLocks = 0
  let startupKills = 0
  let inFlightAtKill = 0
  let profileAcked = false
  let quarantineSeen = 0
  /** Called on every acknowledged write: counts it and wakes whoever waits for a count. */
  let onAck: (() => void)[] = []
  const acked = () => {
    acknowledged++
    for (const wake of onAck.splice(0)) wake()
  }
  /** Resolves once `count` writes are acknowledged in all (never, if the lanes stop first). */
  const acknowledgedReach = (count: number): Promise<void> =>
    new Promise((resolve) => {
      const check = () => (acknowledged >= count ? resolve() : onAck.push(check))
      check()
    })

  /** One write by a lane; resolves when the host answered, throws HostGone when it died. */
  async function step(host: Running, lane: Lane): Promise<void> {
    const d = lane.draft
    if (!d || d.deleted) {
      const title = `Lane ${lane.n} draft ${++lane.created}`
      lane.pendingCreate = title
      const body = `${title}.\n\n${paragraph(rand, 40)}\n\n${paragraph(rand, 40)}\n`
      const rec = await call<{ id: string; currentRevisionId: string }>(host, 'drafts:create', {
        title,
        body,
      })
      lane.pendingCreate = null
      acked()
      const fresh: Known = {
        id: rec.id,
        title,
        revisions: new Set([rec.currentRevisionId]),
        current: rec.currentRevisionId,
        body,
        claims: new Map(),
        trashed: false,
        deleted: false,
        pending: null,
      }
      known.set(rec.id, fresh)
      lane.draft = fresh
      return
    }
    const r = rand()
    let op: Pending
    if (d.trashed) op = { kind: 'delete' }
    else if (d.revisions.size >= MAX_REVISIONS) op = { kind: 'trash' }
    else if (r < 0.4) op = { kind: 'save', body: `${d.body}\n${paragraph(rand, 25)}\n` }
    else if (r < 0.55 || d.claims.size === 0) op = { kind: 'claim' }
    else if (r < 0.85) {
      const ids = [...d.claims.keys()]
      const claimId = ids[Math.floor(rand() * ids.length)] as string
      op = { kind: 'verdict', claimId, verdict: VERDICTS[Math.floor(rand() * VERDICTS.length)]! }
    } else
      op = {
        kind: 'rename',
        title: `${d.title.replace(/ \(\d+\)$/, '')} (${Math.floor(rand() * 1000)})`,
      }

    d.pending = op
    switch (op.kind) {
      case 'save': {
        const rev = await call<{ id: string }>(host, 'revisions:save', {
          draftId: d.id,
          baseRevisionId: d.current,
          body: op.body,
          message: 'kill loop',
        })
        d.revisions.add(rev.id)
        d.current = rev.id
        d.body = op.body
        break
      }
      case 'claim': {
        const spaces = [...d.body.slice(0, 400).matchAll(/ /g)].map((m) => m.index)
        const at = spaces[Math.floor(rand() * Math.max(1, spaces.length - 6))] ?? 0
        const claim = await call<{ id: string; verdict: Verdict }>(host, 'claims:create', {
          draftId: d.id,
          revisionId: d.current,
          start: at + 1,
          end: Math.min(d.body.length, at + 1 + 20 + Math.floor(rand() * 30)),
        })
        d.claims.set(claim.id, claim.verdict)
        break
      }
      case 'verdict':
        await call(host, 'claims:setVerdict', {
          draftId: d.id,
          claimId: op.claimId,
          verdict: op.verdict,
          reason: 'checked in the kill loop',
        })
        d.claims.set(op.claimId, op.verdict)
        break
      case 'rename':
        await call(host, 'drafts:rename', { id: d.id, title: op.title })
        d.title = op.title
        break
      case 'trash':
        await call(host, 'drafts:trash', { id: d.id })
        d.trashed = true
        break
      case 'delete':
        await call(host, 'drafts:deleteForever', { id: d.id })
        d.deleted = true
        break
    }
    d.pending = null
    acked()
  }

  async function runLane(host: Running, lane: Lane): Promise<void> {
    for (;;) {
      try {
        await step(host, lane)
      } catch (e) {
        if (e instanceof HostGone) return
        fail(`lane ${lane.n}: ${(e as Error).message}`)
        if (lane.draft) lane.draft.pending = null
        return
      }
    }
  }

  /** With the host dead: every file must parse, and hold every write it acknowledged. */
  async function verify(cycle: number): Promise<boolean> {
    let ok = true
    const bad = (msg: string, lostWrites = 1) => {
      ok = false
      lost += lostWrites
      fail(`kill ${cycle}: ${msg}`)
    }
    const names = await readdir(join(library, 'drafts')).catch(() => [] as string[])
    if (names.some(isTempName)) tempLeftovers++
    if (existsSync(join(library, 'galley.lock'))) staleLocks++
    const quarantined = await readdir(join(library, 'quarantine')).catch(() => [] as string[])
    if (quarantined.length > quarantineSeen) {
      ok = false
      fail(`kill ${cycle}: something was quarantined: ${quarantined.join(', ')}`)
      quarantineSeen = quarantined.length
    }
    // The last-good backups are what a restore offers: each must read as well.
    for (const name of names.filter((n) => /^[A-Za-z0-9_-]{1,64}\.json\.bak$/.test(n))) {
      const file = join(library, 'drafts', name)
      try {
        parseStored(file, await readFile(file, 'utf8'), backupSpec)
      } catch (e) {
        if (!(e instanceof CorruptFileError)) throw e
        ok = false
        fail(`kill ${cycle}: backup ${name} does not read: ${e.reason}`)
      }
    }
    const onDisk = new Map<string, DraftFile>()
    for (const name of names.filter((n) => /^[A-Za-z0-9_-]{1,64}\.json$/.test(n))) {
      try {
        // The head and every record file it lists, as Galley reads them (looking only).
        const db = await readDraft(library, name.slice(0, -'.json'.length), { quarantine: false })
        const left = (db.adapter as DraftFolder).problems
        if (left.length > 0) bad(`${name}: ${left.map((p) => `${p.file}: ${p.reason}`).join('; ')}`)
        onDisk.set(db.data.draft.id, db.data)
      } catch (e) {
        if (!(e instanceof CorruptFileError)) throw e
        bad(`${name} does not read: ${e.reason}`)
      }
    }
    try {
      const settings = parseStored(
        'settings.json',
        await readFile(join(library, 'settings.json'), 'utf8'),
        {
          schema: SettingsSchema,
          version: 1,
          migrations: [],
        },
      ).data
      if (profileAcked && settings.profile?.name !== PROFILE.name) bad('the profile is gone')
    } catch (e) {
      if (profileAcked) bad(`settings.json: ${(e as Error).message}`)
    }

    for (const lane of lanes) {
      if (lane.pendingCreate === null) continue
      inFlightAtKill++
      const landed = [...onDisk.values()].find((f) => f.draft.title === lane.pendingCreate)
      if (landed) {
        const rev = landed.revisions[0]
        const d: Known = {
          id: landed.draft.id,
          title: landed.draft.title,
          revisions: new Set(landed.revisions.map((r) => r.id)),
          current: landed.draft.currentRevisionId,
          body: rev?.body ?? '',
          claims: new Map(),
          trashed: false,
          deleted: false,
          pending: null,
        }
        known.set(d.id, d)
        lane.draft = d
      }
      lane.pendingCreate = null
    }
    for (const id of onDisk.keys()) {
      if (!known.has(id)) bad(`a draft nobody created is on disk: ${id}`, 0)
    }

    for (const d of known.values()) {
      const p = d.pending
      if (p) inFlightAtKill++
      const file = onDisk.get(d.id)
      if (d.deleted) {
        if (file) bad(`${d.id} was deleted for good but is back`)
        continue
      }
      if (!file) {
        if (p?.kind !== 'delete') bad(`${d.id} is missing`, d.revisions.size + d.claims.size)
        // Counted once: from now on it is gone, and its lane moves on to a new draft.
        d.deleted = true
        d.pending = null
        continue
      }
      const revs = new Map(file.revisions.map((r) => [r.id, r]))
      for (const id of d.revisions) if (!revs.has(id)) bad(`${d.id}: revision ${id} is missing`)
      const current = revs.get(file.draft.currentRevisionId)
      if (file.draft.currentRevisionId !== d.current) {
        const landed =
          p?.kind === 'save' && current?.parentId === d.current && current.body === p.body
        if (!landed)
          bad(`${d.id}: current revision is ${file.draft.currentRevisionId}, not ${d.current}`)
      }
      if (file.draft.title !== d.title && !(p?.kind === 'rename' && file.draft.title === p.title)) {
        bad(`${d.id}: title is "${file.draft.title}", not "${d.title}"`)
      }
      const trashed = file.draft.trashedAt !== null
      if (trashed !== d.trashed && !(p?.kind === 'trash' && trashed))
        bad(`${d.id}: trash state lost`)
      const claims = new Map(file.claims.map((c) => [c.id, c.verdict]))
      for (const [id, verdict] of d.claims) {
        const now = claims.get(id)
        if (now === undefined) bad(`${d.id}: claim ${id} is missing`)
        else if (
          now !== verdict &&
          !(p?.kind === 'verdict' && p.claimId === id && p.verdict === now)
        ) {
          bad(`${d.id}: claim ${id} is ${now}, not ${verdict}`)
        }
      }
      const newClaims = [...claims.keys()].filter((id) => !d.claims.has(id))
      if (newClaims.length > (p?.kind === 'claim' ? 1 : 0)) bad(`${d.id}: claims nobody made`, 0)

      // What is on disk now is durable: carry on from it.
      d.revisions = new Set(revs.keys())
      d.current = file.draft.currentRevisionId
      d.body = current?.body ?? d.body
      d.title = file.draft.title
      d.trashed = trashed
      d.claims = claims
      d.pending = null
    }
    return ok
  }

  let kills = 0
  try {
    // Start once to set the profile every write needs.
    {
      const { child, ready } = startHost(options.serveEntry, library)
      const host = await ready
      await call(host, 'profile:set', PROFILE)
      profileAcked = true
      acknowledged++
      child.kill('SIGTERM')
      await exited(child)
    }
    while (kills < options.kills) {
      const { child, ready } = startHost(options.serveEntry, library)
      let cycleOk = true
      if (rand() < startupShare) {
        startupKills++
        await new Promise((r) => setTimeout(r, rand() * 150))
      } else {
        let host: Running
        try {
          host = await ready
        } catch (e) {
          fail(`start ${kills + 1}: ${(e as Error).message}`)
          child.kill('SIGKILL')
          await exited(child)
          kills++
          continue
        }
        const problems = await call<{ problems: unknown[] }>(host, 'app:info', {})
        if (problems.problems.length > 0) {
          cycleOk = false
          fail(`start ${kills + 1}: problems reported: ${JSON.stringify(problems.problems)}`)
        }
        const leftover = (await readdir(join(library, 'drafts'))).filter(isTempName)
        if (leftover.length > 0) {
          cycleOk = false
          fail(`start ${kills + 1}: temp files not cleaned up: ${leftover.join(', ')}`)
        }
        const running = lanes.map((lane) => runLane(host, lane))
        // The kill lands at a random moment after the lanes got going (as many acknowledged
        // writes as lanes), so every cycle writes however slow the machine is.
        await Promise.race([Promise.all(running), acknowledgedReach(acknowledged + lanesN)])
        onAck = []
        await new Promise((r) => setTimeout(r, 10 + rand() * maxUptime))
        child.kill('SIGKILL')
        await exited(child)
        await Promise.all(running)
      }
      child.kill('SIGKILL')
      await exited(child)
      kills++
      if ((await verify(kills)) && cycleOk) survived++
    }
    // One last start: the library opens cleanly after the last kill.
    const { child, ready } = startHost(options.serveEntry, library)
    try {
      const host = await ready
      const info = await call<{ problems: unknown[] }>(host, 'app:info', {})
      if (info.problems.length > 0) fail(`final start: problems reported`)
    } catch (e) {
      fail(`final start: ${(e as Error).message}`)
    }
    child.kill('SIGTERM')
    await exited(child)
  } finally {
    if (!options.library) await rm(library, { recursive: true, force: true })
  }
  return {
    kills,
    survived,
    acknowledged,
    lost,
    tempLeftovers,
    staleLocks,
    startupKills,
    inFlightAtKill,
    failures,
  }
}
