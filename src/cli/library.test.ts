// The library commands run as a user would: bin/galley.js spawned on real library folders.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureChromium } from '../../e2e/support/chromium'
import { readDocx } from '../../test/fixtures/docx-read'
import { openCore } from '../core'

const BIN = resolve(import.meta.dirname, '../../bin/galley.js')
let dir = ''
let lib = ''

/** Runs bin/galley.js from the temp folder; resolves with its status and output. */
function galley(
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
}

/** A library folder with a profile, so that imports are recorded as someone's. */
async function makeLibrary(path: string): Promise<void> {
  const core = await openCore({
    libraryPath: path,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Eda Editor', role: 'editor' })
  await core.close()
}

const V1 = '# Harbour costs\n\nThe build ran **six weeks** late.\n\nThe mayor said nothing.\n'
const V2 =
  '# Harbour costs\n\nThe build ran **eight weeks** late.\n\nThe mayor said nothing at all.\n'

/** Names in a folder that are not `keep`: what a failed command must not leave behind. */
const leftovers = (folder: string, keep: readonly string[]) =>
  readdirSync(folder).filter((n) => !keep.includes(n))

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-cli-lib-'))
  lib = join(dir, 'lib')
  await makeLibrary(lib)
  await writeFile(join(dir, 'v1.md'), V1)
  await writeFile(join(dir, 'v2.md'), V2)
  await mkdir(join(dir, 'out'))
}, 60_000)
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('galley import, list, export, redline', () => {
  let draftId = ''

  it('imports a file as a new draft, then as a new revision of it, and lists it', async () => {
    const first = await galley('import', 'v1.md', '--library', 'lib')
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    draftId = first.stdout.trim()
    expect(draftId).toMatch(/^d-/)
    const second = await galley('import', 'v2.md', '--draft', draftId, '--library', lib)
    expect(second.status).toBe(0)
    expect(second.stdout.trim()).toBe(draftId)
    const list = await galley('list', '--library', 'lib', '--json')
    expect(list.status).toBe(0)
    const drafts = JSON.parse(list.stdout) as { id: string; title: string; revisions: number }[]
    expect(drafts).toEqual([
      expect.objectContaining({ id: draftId, title: 'Harbour costs', revisions: 2 }),
    ])
  }, 120_000)

  it('exports the article of a revision as .docx, Markdown and HTML, and the review, claim log and Galley file', async () => {
    const out = (name: string) => join(dir, 'out', name)
    const runs = await Promise.all([
      galley(
        'export',
        '--library',
        'lib',
        '--draft',
        draftId,
        '--as',
        'docx',
        '--revision',
        '1',
        '--out',
        'out/a.docx',
      ),
      galley('export', '--library', 'lib', '--draft', draftId, '--as', 'md', '--out', 'out/a.md'),
    ])
    // One of the two found the library open in the other: exit 3, nothing written.
    const statuses = runs.map((r) => r.status).sort()
    expect(statuses[0]).toBe(0)
    if (statuses[1] === 3) {
      const locked = runs.find((r) => r.status === 3)
      expect(locked?.stderr).toMatch(
        /already open in another Galley \(process \d+, command-line mode/,
      )
    }
    for (const [as, file] of [
      ['docx', 'a.docx'],
      ['md', 'a.md'],
      ['html', 'a.html'],
      ['review-docx', 'review.docx'],
      ['csv', 'claims.csv'],
      ['portable', 'a.galley.json'],
    ] as const) {
      if (existsSync(out(file))) continue
      const args = [
        'export',
        '--library',
        'lib',
        '--draft',
        draftId,
        '--as',
        as,
        '--out',
        `out/${file}`,
      ]
      const r = await galley(...(as === 'docx' ? [...args, '--revision', '1'] : args))
      expect(r.stderr, as).toBe('')
      expect(r.status, as).toBe(0)
      expect(r.stdout.trim()).toBe(out(file))
    }
    const docx = readDocx(readFileSync(out('a.docx')))
    expect(docx.paragraphs).toContain('The build ran six weeks late.')
    expect(docx.styles[docx.paragraphs.indexOf('Harbour costs')]).toBe('Heading1')
    expect(readFileSync(out('a.md'), 'utf8')).toBe(V2)
    expect(readFileSync(out('a.html'), 'utf8')).toContain('<strong>eight weeks</strong>')
    expect(readDocx(readFileSync(out('review.docx'))).paragraphs).toContain(
      'The build ran eight weeks late.',
    )
    const csv = readFileSync(out('claims.csv'), 'utf8')
    expect(parse(csv.slice(1))).toHaveLength(1) // the header: no claims yet
    expect(JSON.parse(readFileSync(out('a.galley.json'), 'utf8'))).toHaveProperty('draft')
  }, 240_000)

  it('merges a Galley file of a draft it has with --merge, and refuses --merge for other files', async () => {
    const r = await galley('import', 'out/a.galley.json', '--merge', '--library', 'lib')
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toBe(draftId)
    expect(r.stderr).toMatch(/^galley import: merged into “Harbour costs”: 0 new revision\(s\)/)
    const md = await galley('import', 'v1.md', '--merge', '--library', 'lib')
    expect(md.status).toBe(2)
    expect(md.stderr).toBe('galley import: --merge is for a Galley file (.galley.json).\n')
  }, 120_000)

  it('writes a redline .docx with tracked changes', async () => {
    const r = await galley(
      'redline',
      '--library',
      'lib',
      '--draft',
      draftId,
      '--from',
      '1',
      '--to',
      '2',
      '--as',
      'docx',
      '--out',
      'out/red.docx',
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const doc = readDocx(readFileSync(join(dir, 'out', 'red.docx')))
    expect(doc.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'del', text: 'six', author: 'Eda Editor' }),
        expect.objectContaining({ kind: 'ins', text: 'eight', author: 'Eda Editor' }),
        expect.objectContaining({ kind: 'ins', text: ' at all' }),
      ]),
    )
  }, 120_000)

  it('writes a redline PDF whose text has both revisions in its header', async () => {
    process.env['CHROMIUM_PATH'] ??= ensureChromium()
    const r = await galley(
      'redline',
      '--library',
      'lib',
      '--draft',
      draftId,
      '--from',
      '1',
      '--to',
      '2',
      '--as',
      'pdf',
      '--out',
      'out/red.pdf',
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const pdf = join(dir, 'out', 'red.pdf')
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout
    expect(text).toMatch(/Redline — Harbour costs/)
    expect(text).toMatch(/From\s+Revision 1/)
    expect(text).toMatch(/To\s+Revision 2/)
    expect(text).toMatch(/six eight weeks/)
    expect(text).toMatch(/nothing at all/)
  }, 120_000)
})

describe('refusals: a sentence, exit 2 (3 when locked), nothing written', () => {
  const refused = async (status: number, why: RegExp, ...args: string[]) => {
    const before = readdirSync(join(dir, 'out'))
    const r = await galley(...args)
    expect(r.status, args.join(' ')).toBe(status)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim()).toMatch(why)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(leftovers(join(dir, 'out'), before)).toEqual([])
  }

  it('refuses missing options, unknown options and bad values', async () => {
    await refused(2, /^galley list: --library is required\.$/, 'list', '--json')
    await refused(
      2,
      /^galley export: Unknown option '--format'/,
      'export',
      '--library',
      'lib',
      '--format',
      'docx',
    )
    await refused(
      2,
      /^galley export: --as takes docx, md, html, review-docx, csv, portable; not "pdf"\.$/,
      'export',
      '--library',
      'lib',
      '--draft',
      'd-x',
      '--as',
      'pdf',
      '--out',
      'out/x.pdf',
    )
    await refused(
      2,
      /^galley redline: --from takes a revision number such as 1 or 2, not "one"\.$/,
      'redline',
      '--library',
      'lib',
      '--draft',
      'd-x',
      '--from',
      'one',
      '--to',
      '2',
      '--as',
      'docx',
      '--out',
      'out/x.docx',
    )
  }, 120_000)

  it('refuses a folder that is not a library, an unknown draft or revision, and a missing output folder', async () => {
    await refused(
      2,
      /^galley list: there is no folder at .*nowhere\.$/,
      'list',
      '--library',
      'nowhere',
    )
    await refused(2, /is not a Galley library/, 'list', '--library', 'out')
    await refused(
      2,
      /^galley export: /,
      'export',
      '--library',
      'lib',
      '--draft',
      'd-nope',
      '--as',
      'md',
      '--out',
      'out/nope.md',
    )
    const list = JSON.parse((await galley('list', '--library', 'lib', '--json')).stdout) as {
      id: string
    }[]
    const id = list[0]?.id ?? ''
    await refused(
      2,
      /has no revision 7 \(it has revisions 1, 2\)\.$/,
      'redline',
      '--library',
      'lib',
      '--draft',
      id,
      '--from',
      '1',
      '--to',
      '7',
      '--as',
      'docx',
      '--out',
      'out/r.docx',
    )
    await refused(
      2,
      /^galley export: the folder .*missing does not exist\.$/,
      'export',
      '--library',
      'lib',
      '--draft',
      id,
      '--as',
      'md',
      '--out',
      'missing/a.md',
    )
  }, 120_000)

  it('refuses an unreadable import and takes away the library folder it would have made', async () => {
    await writeFile(join(dir, 'bad.docx'), 'this is not a zip')
    const r = await galley('import', 'bad.docx', '--library', 'fresh')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^galley import: /)
    expect(existsSync(join(dir, 'fresh'))).toBe(false)
    const noProfile = await galley('import', 'v1.md', '--library', 'fresh')
    expect(noProfile.status).toBe(2)
    expect(noProfile.stderr).toMatch(/no profile yet/)
    expect(existsSync(join(dir, 'fresh'))).toBe(false)
  }, 120_000)

  it('exits 3 while the library is open in another Galley', async () => {
    const core = await openCore({
      libraryPath: lib,
      mode: 'browser',
      version: 'test',
      emit: () => undefined,
      seedSample: false,
    })
    try {
      await refused(3, /already open in another Galley/, 'list', '--library', 'lib')
      await refused(3, /already open in another Galley/, 'import', 'v1.md', '--library', 'lib')
    } finally {
      await core.close()
    }
  }, 120_000)
})
