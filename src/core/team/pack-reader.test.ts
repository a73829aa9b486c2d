// The pack reader of the first copy against packs made by the git program itself: every object
// read back is the one git has (deltas on deltas included), and damaged bytes give null (the
// caller then reads through isomorphic-git), never a wrong object.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PackIndexError, PackReader, applyDelta, parseTree } from './pack-reader'

const run = promisify(execFile)
let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-pack-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const git = async (...args: string[]) =>
  (await run('git', ['-C', root, ...args], { maxBuffer: 1 << 26, encoding: 'buffer' })).stdout

/** A repository of similar files in a few commits, packed by git with long delta chains. */
async function packedRepo(): Promise<{ pack: string; idx: string }> {
  await git('init', '-q', '-b', 'main')
  const line = (i: number) => `Paragraph ${i}: the vellaria serum was tested on ${i * 7} people.\n`
  for (let round = 0; round < 4; round++) {
    for (let f = 0; f < 12; f++) {
      const body = Array.from({ length: 60 + f }, (_, i) => line(i + round)).join('')
      await run('mkdir', ['-p', join(root, 'drafts', `d${f}`, 'claims')])
      await writeFile(join(root, 'drafts', `d${f}.json`), `{"round":${round},"f":${f}}\n${body}`)
      await writeFile(join(root, 'drafts', `d${f}`, 'claims', 'c.json'), body.slice(round * 10))
    }
    await git('add', '.')
    await git('-c', 'user.name=T', '-c', 'user.email=t@x', 'commit', '-qm', `round ${round}`)
  }
  await git('repack', '-adf', '--depth=50', '--window=50', '-q')
  const packDir = join(root, '.git', 'objects', 'pack')
  const name = (await readdir(packDir)).find((n) => n.endsWith('.pack'))!
  return { pack: join(packDir, name), idx: join(packDir, name.replace(/\.pack$/, '.idx')) }
}

describe('the pack reader', () => {
  it('reads every object of a pack git made, deltas included, as git has it', async () => {
    const { pack, idx } = await packedRepo()
    const reader = (await PackReader.open(pack, idx))!
    expect(reader).not.toBeNull()
    const verify = (await git('verify-pack', '-v', idx)).toString()
    const all = verify
      .split('\n')
      .map((l) => /^([0-9a-f]{40}) (blob|tree|commit|tag) /.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
    expect(all.length).toBeGreaterThan(50)
    expect(verify).toMatch(/chain length = [2-9]/) // deltas on deltas are there to read
    for (const [, oid, type] of all) {
      const got = reader.read(oid!)
      expect(got?.type).toBe(type)
      expect(got!.data.equals(await git('cat-file', type!, oid!))).toBe(true)
    }
    const tree = all.find((m) => m[2] === 'tree')![1]!
    const entries = parseTree(reader.read(tree)!.data)
    const ls = (await git('ls-tree', tree)).toString().trim().split('\n')
    expect(entries.map((e) => `${e.mode.padStart(6, '0')} ${e.oid}\t${e.name}`)).toEqual(
      ls.map((l) => l.replace(/ (blob|tree) /, ' ')),
    )
    expect(reader.read('0'.repeat(40))).toBeNull()
  })

  it('gives null, never a wrong object, for damaged bytes or a delta that does not fit', async () => {
    const { pack, idx } = await packedRepo()
    const objects = [
      ...(await git('verify-pack', '-v', idx))
        .toString()
        .matchAll(/^([0-9a-f]{40}) (blob|tree|commit) /gm),
    ].map((m) => ({ oid: m[1]!, type: m[2]!, data: null as Buffer | null }))
    for (const o of objects) o.data = await git('cat-file', o.type, o.oid)
    const bytes = await readFile(pack)
    // Damage the middle of the pack: the objects there fail to inflate or fail their id.
    for (let i = Math.floor(bytes.length / 3); i < Math.floor(bytes.length / 3) + 400; i++) {
      bytes[i] = bytes[i]! ^ 0x5a
    }
    await writeFile(pack, bytes)
    const reader = (await PackReader.open(pack, idx))!
    let nulls = 0
    for (const o of objects) {
      const got = reader.read(o.oid)
      if (got === null) nulls++
      else expect(got.data.equals(o.data!)).toBe(true)
    }
    expect(nulls).toBeGreaterThan(0)
    expect(applyDelta(Buffer.from([5, 1, 0x91, 0, 9]), Buffer.from('abcde'))).toBeNull()
    expect(applyDelta(Buffer.from([5, 3, 0x91, 1, 3]), Buffer.from('abcde'))!.toString()).toBe(
      'bcd',
    )
  })

  it('indexes a pack as git index-pack does: the same .idx byte for byte, deltas resolved', async () => {
    const { pack, idx } = await packedRepo()
    const bytes = await readFile(pack)
    const { reader, idx: made } = PackReader.index(bytes)
    expect(made.equals(await readFile(idx))).toBe(true)
    const verify = (await git('verify-pack', '-v', idx)).toString()
    for (const [, oid, type] of verify.matchAll(/^([0-9a-f]{40}) (blob|tree|commit) /gm)) {
      const got = reader.read(oid!)
      expect(got?.type).toBe(type)
      expect(got!.data.equals(await git('cat-file', type!, oid!))).toBe(true)
    }
  })

  it('indexes a pack with ref-deltas (no ofs-delta asked), as git index-pack does', async () => {
    await packedRepo()
    const refs = (await git('rev-list', '--objects', '--all')).toString()
    const out = await new Promise<Buffer>((resolve, reject) => {
      const child = execFile(
        'git',
        ['-C', root, 'pack-objects', '--stdout', '--depth=50', '--window=50', '-q'],
        { encoding: 'buffer', maxBuffer: 1 << 26 },
        (e, stdout) => (e ? reject(e) : resolve(stdout)),
      )
      child.stdin!.end(
        refs
          .split('\n')
          .map((l) => l.split(' ')[0])
          .join('\n'),
      )
    })
    await writeFile(join(root, 'ref.pack'), out)
    await run('git', [
      '-C',
      root,
      'index-pack',
      '-o',
      join(root, 'ref.idx'),
      join(root, 'ref.pack'),
    ])
    expect(PackReader.index(out).idx.equals(await readFile(join(root, 'ref.idx')))).toBe(true)
  })

  it('refuses a damaged or cut pack rather than index it', async () => {
    const { pack } = await packedRepo()
    const bytes = await readFile(pack)
    const damaged = Buffer.from(bytes)
    const middle = Math.floor(bytes.length / 2)
    damaged[middle] = damaged[middle]! ^ 0x5a
    expect(() => PackReader.index(damaged)).toThrow(PackIndexError)
    expect(() => PackReader.index(bytes.subarray(0, bytes.length - 100))).toThrow(PackIndexError)
    expect(() => PackReader.index(Buffer.from('not a pack at all, not at all'))).toThrow(
      PackIndexError,
    )
  })
})
