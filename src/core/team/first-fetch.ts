// The first copy's fetch: what `git.clone` does up to its checkout (a repository made, the
// remote named, the branch's pack fetched and indexed, the remote branch and the local one set),
// with the pack indexed by pack-reader.ts instead of isomorphic-git. isomorphic-git's indexing of
// a 5,000-draft library's pack (87,000 objects) was about 40 s of CPU of a 62 s copy. The ref
// discovery is isomorphic-git's (`getRemoteInfo2`, so a refused token or a missing repository
// fails as before); the pack is one upload-pack request, as git and isomorphic-git send it.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import http from 'isomorphic-git/http/node'
import { PackIndexError, PackReader } from './pack-reader'
import { postService, pktLine } from './push'
import {
  BRANCH,
  REMOTE_REF,
  authFor,
  cacheFor,
  fs,
  git,
  writeGitFile,
  type RemoteAccess,
} from './repo'

/** The pack's bytes out of an upload-pack answer: after the NAK, in side-band or as is. */
export function packOfAnswer(answer: Buffer, sideBand: boolean): Buffer {
  let at = 0
  const parts: Buffer[] = []
  while (at + 4 <= answer.length) {
    const length = Number.parseInt(answer.toString('latin1', at, at + 4), 16)
    if (!Number.isFinite(length) || (length > 0 && length < 4)) {
      throw new PackIndexError('the server answered the fetch in a form Git does not use')
    }
    at += 4
    if (length === 0) {
      if (sideBand && parts.length > 0) break
      continue
    }
    const end = at + length - 4
    if (end > answer.length) throw new PackIndexError('the answer was cut short')
    if (parts.length === 0 && !sideBand) {
      if (answer.toString('latin1', at, end).startsWith('NAK')) {
        return answer.subarray(end) // without side-band the pack follows the NAK as is
      }
    } else if (sideBand && answer[at] === 1) parts.push(answer.subarray(at + 1, end))
    else if (sideBand && answer[at] === 3) {
      throw new Error(`the server stopped: ${answer.toString('utf8', at + 1, end).trim()}`)
    }
    // NAK, progress (band 2), shallow lines: nothing to keep
    at = end
  }
  return Buffer.concat(parts)
}

/**
 * Makes `dir` a repository whose branch is the shared library's, as `git.clone` with
 * `noCheckout` leaves it: returns the branch's commit and a reader over the pack just fetched, or
 * null when the server has no such branch (an empty repository, or one that is not a Galley
 * library).
 */
export async function fetchFirstCopy(
  dir: string,
  remote: RemoteAccess,
): Promise<{ head: string; reader: PackReader } | null> {
  await git.init({ fs, dir, defaultBranch: BRANCH })
  await git.addRemote({ fs, dir, remote: 'origin', url: remote.url })
  const info = await git.getRemoteInfo2({
    http,
    url: remote.url,
    protocolVersion: 1,
    ...authFor(remote),
  })
  const head = info.refs?.find((r) => r.ref === `refs/heads/${BRANCH}`)?.oid
  if (!head) return null
  const offered = new Set(Object.keys(info.capabilities))
  const sideBand = offered.has('side-band-64k')
  const wanted = ['side-band-64k', 'ofs-delta', 'no-progress'].filter((c) => offered.has(c))
  const request = Buffer.concat([
    pktLine(`want ${head} ${[...wanted, 'agent=galley'].join(' ')}\n`),
    Buffer.from('0000'),
    pktLine('done\n'),
  ])
  const pack = packOfAnswer(await postService(remote, 'git-upload-pack', request), sideBand)
  const { reader, idx } = PackReader.index(pack)
  const name = join(
    dir,
    '.git',
    'objects',
    'pack',
    `pack-${pack.toString('hex', pack.length - 20)}`,
  )
  await mkdir(join(dir, '.git', 'objects', 'pack'), { recursive: true })
  // The pack, then its index: isomorphic-git and git find a pack by its index.
  await writeGitFile(`${name}.pack`, pack)
  await writeGitFile(`${name}.idx`, idx)
  await git.writeRef({ fs, dir, ref: REMOTE_REF, value: head, force: true })
  // As the clone's own checkout leaves it: the local branch from the remote's, tracking it.
  await git.checkout({ fs, dir, cache: cacheFor(dir), ref: BRANCH, noCheckout: true })
  return { head, reader }
}
