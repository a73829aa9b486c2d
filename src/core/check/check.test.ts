import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GalleyError } from '@shared/errors'
import { claimsAnalyser } from './analysers'
import { main } from '../../cli/main'
import type { Analyser } from './report'
import { formatReport, hasErrors, runCheck } from './run'
import { SAMPLE_DRAFTS } from '../sample/content'

const CLAIM = 'The serum is clinically proven to reduce fine lines within six weeks.'
const SCENE = 'The light through the studio window is soft.'
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-check-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err }
}

describe('runCheck', () => {
  it('reports suggested claims in a Markdown file with offsets into its text', async () => {
    const body = `# Kelp\n\n${SCENE} ${CLAIM}\n`
    const file = await write('feature.md', body)
    const report = await runCheck(file)
    expect(report).toEqual({
      file,
      claims: [
        {
          start: body.indexOf(CLAIM),
          end: body.indexOf(CLAIM) + CLAIM.length,
          text: CLAIM,
          rules: ['evidence', 'causal', 'date'],
        },
      ],
      quotes: [],
      disclosures: [],
      findings: [],
    })
    expect(hasErrors(report)).toBe(false)
    expect(formatReport(report)).toContain('1 suggested claim to check')
  })

  it('reads HTML and .docx through the importers', async () => {
    const html = await write(
      'feature.html',
      `<html><head><title>Kelp</title></head><body><h1>Kelp</h1><p>${SCENE}</p><p>${CLAIM}</p></body></html>`,
    )
    expect((await runCheck(html)).claims.map((c) => c.text)).toEqual([CLAIM])

    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Kelp')] }),
            new Paragraph({ children: [new TextRun(SCENE)] }),
            new Paragraph({
              children: [
                new TextRun('The serum is '),
                new TextRun({ text: 'clinically proven', bold: true }),
                new TextRun(' to reduce fine lines within six weeks.'),
              ],
            }),
          ],
        },
      ],
    })
    const docx = await write('feature.docx', await Packer.toBuffer(doc))
    const claims = (await runCheck(docx)).claims
    expect(claims).toHaveLength(1)
    expect(claims[0]?.text).toBe(
      'The serum is **clinically proven** to reduce fine lines within six weeks.',
    )
    expect(claims[0]?.rules).toContain('evidence')
  })

  it('refuses unreadable input with a sentence', async () => {
    const png = await write('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
    const folder = join(dir, 'folder.md')
    await mkdir(folder)
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.md'), /does not exist/],
      [png, /not a text file \(it looks like a PNG image\)/],
      [folder, /is a folder/],
      [await write('notes.pdf', 'x'), /Galley does not read \.pdf files/],
      [await write('empty.md', ''), /is empty/],
    ]
    for (const [file, message] of cases) {
      const e = await runCheck(file).catch((x: unknown) => x)
      expect(e, file).toBeInstanceOf(GalleyError)
      expect((e as GalleyError).message).toMatch(message)
    }
  })

  it('runs every analyser in the list and merges their sections', async () => {
    const file = await write('two.md', `${CLAIM}\n`)
    const strict: Analyser = {
      name: 'strict',
      run: () => ({
        findings: [{ severity: 'error', rule: 'test-error', message: 'Always fails.' }],
      }),
    }
    const report = await runCheck(file, [claimsAnalyser, strict])
    expect(report.claims).toHaveLength(1)
    expect(report.findings.map((f) => f.rule)).toEqual(['test-error'])
    expect(hasErrors(report)).toBe(true)
    expect(formatReport(report)).toContain('ERROR test-error: Always fails.')
  })
})

describe('main', () => {
  it('prints JSON and exits 0 when nothing is an error', async () => {
    const file = await write('cli.md', `${SCENE} ${CLAIM}\n`)
    const c = capture()
    expect(await main(['check', file, '--json'], c.io)).toBe(0)
    const report = JSON.parse(c.out.join('')) as Record<string, unknown>
    expect(Object.keys(report)).toEqual(['file', 'claims', 'quotes', 'disclosures', 'findings'])
    expect(c.err).toEqual([])
  })

  it('prints a readable report without --json', async () => {
    const file = await write('cli2.md', `${CLAIM}\n`)
    const c = capture()
    expect(await main(['check', file], c.io)).toBe(0)
    expect(c.out.join('')).toMatch(/1\. \[0–\d+\] The serum is clinically proven/)
  })

  it('exits 2 with the reason on stderr when the file cannot be read, or on bad usage', async () => {
    const c = capture()
    expect(await main(['check', join(dir, 'nope.docx')], c.io)).toBe(2)
    expect(c.err.join('')).toMatch(/nope\.docx" does not exist/)
    expect(c.out).toEqual([])
    expect(await main(['check'], capture().io)).toBe(2)
    expect(await main(['check', 'a.md', '--yaml'], capture().io)).toBe(2)
    expect(await main(['publish', 'a.md'], capture().io)).toBe(2)
    const help = capture()
    expect(await main(['--help'], help.io)).toBe(0)
    expect(help.out.join('')).toMatch(/^Usage: galley check FILE \[--json\]/)
  })
})

describe('the sample feature through every analyser', () => {
  const feature = SAMPLE_DRAFTS[0]
  const body = (n: number) => feature?.revisions[n]?.body ?? ''

  // The writer's sign-off hides "#spon" among hashtags, the only sign of a sponsorship in the
  // piece: an error in every revision since issue 11 (it was a warning).
  it('revision 1: quotes attributed to the expert, disclosures found, only the buried “#spon” is an error (exit 1)', async () => {
    const file = await write('vellaria-r1.md', body(0))
    const report = await runCheck(file)
    expect(report.quotes.some((q) => q.speaker === 'Rosalind Achterberg')).toBe(true)
    expect(report.quotes.some((q) => q.kind === 'qa-answer')).toBe(true)
    expect(report.disclosures.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['affiliate', 'material-connection']),
    )
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'sponsorship-undisclosed',
    ])
    const { io } = capture()
    expect(await main(['check', file], io)).toBe(1)
  })

  it('revision 3 moves the ambassador disclosure away: an error on the endorsement (exit 1)', async () => {
    const file = await write('vellaria-r3.md', body(2))
    const report = await runCheck(file)
    const errors = report.findings.filter((f) => f.severity === 'error')
    expect(errors.map((f) => f.rule)).toEqual([
      'material-connection-undisclosed',
      'sponsorship-undisclosed',
    ])
    const { io, out } = capture()
    expect(await main(['check', file, '--json'], io)).toBe(1)
    const printed = JSON.parse(out.join('')) as { findings: { rule: string }[] }
    expect(printed.findings.map((f) => f.rule)).toContain('material-connection-undisclosed')
  })
})
