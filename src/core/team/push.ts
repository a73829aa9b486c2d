// Pushing a sync's commits: only the objects the server does not have, found by comparing each
// new commit's tree with its parents' and entering only the folders whose tree differs.
// isomorphic-git's own push lists what to send by walking every tree of the new commit and of
// the merge base: a library kept as records has a folder per draft and one per kind of record
// (about 30,000 trees at 5,000 drafts, 10-14 s a push); this sends ~10 objects for one changed
// draft. The request is git's smart-HTTP receive-pack, as isomorphic-git sends it: the ref
// discovery through isomorphic-git (`listServerRefs`, so a refused token fails as it always did),
// then one POST of the ref update and a pack made by `git.packObjects`, and the server's
// report-status read back.
import http from 'isomorphic-git/http/node'
import {
  BRANCH,
  REMOTE_REF,
  authFor,
  cacheFor,
  fs,
  git,
  treeEntries,
  type RemoteAccess,
} from './repo'

const ZERO = '0'.repeat(40)
const FULL_REF = `refs/heads/${BRANCH}`

/** A push the server refused because its branch moved: fetch, merge and try again. */
export function pushRejected(message: string): Error {
  return Object.assign(new Error(message), { code: 'PushRejectedError' })
}

interface CommitInfo {
  readonly tree: string
  readonly parents: readonly string[]
  readonly time: number
}

async function commitInfo(dir: string, oid: string): Promise<CommitInfo> {
  const { commit } = await git.readCommit({ fs, dir, cache: cacheFor(dir), oid })
  return { tree: commit.tree, parents: commit.parent, time: commit.committer.timestamp }
}

/**
 * The commits reachable from `head` and not from `known` (a commit the server has), newest
 * first. Walked by commit time from both ends, as git does, until every commit still queued is
 * reachable from `known`: a few commits for a sync, whatever the history's length. A clock set
 * wrong can only make a commit the server has look new (it is then sent again), never the reverse.
 */
export async function commitsToSend(dir: string, head: string, known: string): Promise<string[]> {
  const HEAD = 1
  const KNOWN = 2
  const flags = new Map<string, number>()
  const info = new Map<string, CommitInfo>()
  const queue: string[] = []
  const read = async (oid: string) => {
    let c = info.get(oid)
    if (!c) {
      c = await commitInfo(dir, oid)
      info.set(oid, c)
    }
    return c
  }
  const mark = async (oid: string, flag: number) => {
    const before = flags.get(oid) ?? 0
    if ((before | flag) === before) return
    flags.set(oid, before | flag)
    await read(oid)
    if (!queue.includes(oid)) queue.push(oid)
  }
  await mark(head, HEAD)
  await mark(known, KNOWN)
  while (queue.some((oid) => flags.get(oid) === HEAD)) {
    // The newest queued commit next.
    queue.sort((a, b) => info.get(a)!.time - info.get(b)!.time)
    const oid = queue.pop()!
    const flag = flags.get(oid)!
    for (const parent of info.get(oid)!.parents) await mark(parent, flag)
  }
  return [...flags]
    .filter(([, f]) => f === HEAD)
    .map(([oid]) => oid)
    .sort((a, b) => info.get(b)!.time - info.get(a)!.time)
}

/** A draft's folder of record files: drafts/<id>. */
const isDraftFolder = (path: string) => /^drafts\/[^/]+$/.test(path)

/**
 * Every object `commits` need that their parents do not have at the same place: the commits,
 * and the trees and blobs that differ from each parent's (a folder whose tree one parent has
 * is not entered). What a parent has, the server has, or it is itself among `commits`.
 *
 * A draft's folder that differs is sent whole (its ~20 small objects) without reading the
 * parents' version of it: that version is usually in the pack of the first copy, and
 * isomorphic-git reads and checks a whole pack (77 MB at 5,000 drafts, 0.3-0.6 s) to read one
 * object of it. The new folder was just written as loose objects by the commit.
 */
export async function objectsToSend(dir: string, commits: readonly string[]): Promise<string[]> {
  const out = new Set<string>()
  const whole = async (tree: string) => {
    if (out.has(tree)) return
    out.add(tree)
    for (const e of (await treeEntries(dir, tree)).values()) {
      if (e.type === 'tree') await whole(e.oid)
      else if (e.type === 'blob') out.add(e.oid)
    }
  }
  const add = async (path: string, tree: string, theirs: readonly string[]) => {
    if (theirs.includes(tree) || out.has(tree)) return
    if (isDraftFolder(path)) return whole(tree)
    out.add(tree)
    const mine = await treeEntries(dir, tree)
    const parents = await Promise.all(theirs.map((t) => treeEntries(dir, t)))
    for (const [name, e] of mine) {
      const same = parents.map((p) => p.get(name)).filter((p) => p?.type === e.type)
      if (same.some((p) => p?.oid === e.oid)) continue
      const sub = path ? `${path}/${name}` : name
      if (e.type === 'tree')
        await add(
          sub,
          e.oid,
          same.map((p) => p!.oid),
        )
      else if (e.type === 'blob') out.add(e.oid)
    }
  }
  for (const oid of commits) {
    out.add(oid)
    const c = await commitInfo(dir, oid)
    const parents = await Promise.all(c.parents.map(async (p) => (await commitInfo(dir, p)).tree))
    await add('', c.tree, parents)
  }
  return [...out]
}

/** One pkt-line: four hex digits of length (itself included), then the data. */
export function pktLine(text: string): Buffer {
  const data = Buffer.from(text, 'utf8')
  return Buffer.concat([Buffer.from((data.length + 4).toString(16).padStart(4, '0')), data])
}

/** The pkt-lines of a report-status answer ("unpack ok", "ok <ref>" / "ng <ref> <why>"). */
export function readPktLines(body: Buffer): string[] {
  const lines: string[] = []
  let at = 0
  while (at + 4 <= body.length) {
    const length = Number.parseInt(body.subarray(at, at + 4).toString('latin1'), 16)
    if (!Number.isFinite(length)) throw new Error('the server answered the push with no report')
    if (length === 0) {
      at += 4
      continue
    }
    lines.push(
      body
        .subarray(at + 4, at + length)
        .toString('utf8')
        .replace(/\n$/, ''),
    )
    at += length
  }
  return lines
}

async function collect(body: AsyncIterableIterator<Uint8Array> | undefined): Promise<Buffer> {
  const chunks: Buffer[] = []
  if (body) for await (const chunk of body) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/** An HTTP failure shaped as isomorphic-git's (gitFailure reads `data.statusCode`). */
function httpError(statusCode: number, statusMessage: string, response: string): Error {
  return Object.assign(new Error(`HTTP Error: ${statusCode} ${statusMessage}`), {
    code: 'HttpError',
    data: { statusCode, statusMessage, response },
  })
}

/**
 * One smart-HTTP request to the repository's `service` (git-receive-pack, git-upload-pack), with
 * the token as HTTP Basic auth as isomorphic-git sends it; the answer's body, or an HttpError.
 */
export async function postService(
  remote: RemoteAccess,
  service: 'git-receive-pack' | 'git-upload-pack',
  body: Buffer,
): Promise<Buffer> {
  const url = new URL(remote.url)
  const headers: Record<string, string> = {
    'content-type': `application/x-${service}-request`,
    accept: `application/x-${service}-result`,
  }
  const user = decodeURIComponent(url.username)
  const password = remote.token ?? decodeURIComponent(url.password)
  if (remote.token || url.username || url.password) {
    const name = remote.token ? 'galley' : user
    headers['authorization'] = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`
  }
  url.username = ''
  url.password = ''
  headers['content-length'] = String(body.length)
  const res = await http.request({
    url: `${url.toString().replace(/\/$/, '')}/${service}`,
    method: 'POST',
    headers,
    body: (async function* () {
      yield new Uint8Array(body)
    })(),
  })
  const answer = await collect(res.body)
  if (res.statusCode !== 200) {
    throw httpError(res.statusCode, res.statusMessage, answer.toString('utf8'))
  }
  return answer
}

/**
 * Sends `objects` and moves the server's branch from `old` to `head` in one receive-pack
 * request. The server refuses the update when its branch is no longer `old` (someone pushed
 * meanwhile): that is a rejected push.
 */
export async function sendPack(
  dir: string,
  remote: RemoteAccess,
  old: string,
  head: string,
  objects: readonly string[],
): Promise<void> {
  const { packfile } = await git.packObjects({ fs, dir, cache: cacheFor(dir), oids: [...objects] })
  const body = Buffer.concat([
    pktLine(`${old} ${head} ${FULL_REF}\0report-status agent=galley\n`),
    Buffer.from('0000'),
    Buffer.from(packfile ?? new Uint8Array()),
  ])
  const answer = await postService(remote, 'git-receive-pack', body)
  const lines = readPktLines(answer)
  const unpack = lines.find((l) => l.startsWith('unpack '))
  if (unpack !== 'unpack ok') {
    throw new Error(`the server could not store what was sent (${unpack ?? 'no answer'})`)
  }
  const ref = lines.find((l) => l.startsWith('ok ') || l.startsWith('ng '))
  if (ref === `ok ${FULL_REF}`) return
  const why = ref?.startsWith(`ng ${FULL_REF}`) ? ref.slice(`ng ${FULL_REF}`.length).trim() : ''
  // The branch moved since it was read (a push came first): fetch, merge and try again.
  if (/lock|expected|stale|fetch first|non-fast-forward|failed to update/i.test(why)) {
    throw pushRejected(`the shared library changed meanwhile (${why})`)
  }
  throw new Error(`the server refused the push${why ? ` (${why})` : ''}`)
}

export interface PushReport {
  /** How many objects were sent (null: isomorphic-git's push, for a branch the server lacks). */
  readonly objects: number | null
}

/**
 * Pushes this machine's branch to the shared library's. The server's branch must be this
 * machine's or one of its ancestors, else the push is rejected (someone pushed first). A
 * server without the branch yet (the first share) gets isomorphic-git's push of everything.
 */
export async function pushBranch(dir: string, remote: RemoteAccess): Promise<PushReport> {
  const head = await git.resolveRef({ fs, dir, ref: 'HEAD' })
  const refs = await git.listServerRefs({
    http,
    url: remote.url,
    forPush: true,
    protocolVersion: 1,
    ...authFor(remote),
  })
  const old = refs.find((r) => r.ref === FULL_REF)?.oid ?? ZERO
  let objects: number | null = 0
  if (old === ZERO) {
    const res = await git.push({
      fs,
      http,
      dir,
      cache: cacheFor(dir),
      url: remote.url,
      remote: 'origin',
      ref: BRANCH,
      remoteRef: BRANCH,
      ...authFor(remote),
    })
    if (!res.ok) {
      const why = Object.values(res.refs ?? {})
        .map((r) => r.error)
        .filter(Boolean)
        .join('; ')
      throw pushRejected(why || 'the server refused the push')
    }
    objects = null
  } else if (old !== head) {
    const known = await git
      .readCommit({ fs, dir, cache: cacheFor(dir), oid: old })
      .then(() => true)
      .catch(() => false)
    if (
      !known ||
      !(await git.isDescendent({
        fs,
        dir,
        cache: cacheFor(dir),
        oid: head,
        ancestor: old,
        depth: -1,
      }))
    ) {
      throw pushRejected('the shared library has changes this machine has not merged yet')
    }
    const send = await objectsToSend(dir, await commitsToSend(dir, head, old))
    await sendPack(dir, remote, old, head, send)
    objects = send.length
  }
  // The remote branch is now ours.
  await git.writeRef({ fs, dir, ref: REMOTE_REF, value: head, force: true })
  return { objects }
}
