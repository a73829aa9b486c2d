import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Download, Page } from '@playwright/test'
import { readDocx } from '../test/fixtures/docx-read'
import { expect, shot, test, unwrap } from './support/host'

const ROOT = join(import.meta.dirname, '..')
const FEATURE = 'Is vellaria really the new retinol?'

test.use({
  profile: { name: 'Eda Editor', role: 'editor' },
  viewport: { width: 1440, height: 900 },
})

async function openDraft(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: title, exact: true })
    .click()
  await expect(
    page.getByRole('heading', { level: 1, name: title, exact: true }).first(),
  ).toBeVisible()
}

const bytesOf = async (d: Download) => new Uint8Array(await readFile((await d.path())!))

test('the review, the article and the claim log export from the draft’s Export menu', async ({
  page,
  host,
  consoleErrors,
}) => {
  const draft = unwrap(await host.api('drafts:list', { view: 'active' })).find(
    (d) => d.title === FEATURE,
  )!
  const detail = unwrap(await host.api('drafts:get', { id: draft.id }))
  const body = detail.current.body
  const at = body.indexOf('240 percent')
  const claim = unwrap(
    await host.api('claims:create', {
      draftId: draft.id,
      revisionId: detail.current.id,
      start: at,
      end: at + '240 percent'.length,
    }),
  )
  unwrap(
    await host.api('claims:setVerdict', {
      draftId: draft.id,
      claimId: claim.id,
      verdict: 'verified',
      reason: 'Shelfwise report, June 2025.',
    }),
  )
  unwrap(
    await host.api('claims:comment', {
      draftId: draft.id,
      claimId: claim.id,
      text: '@Hattie confirmed.',
    }),
  )

  await openDraft(page, FEATURE)
  const exportButton = page.getByRole('button', { name: 'Export', exact: true })
  await exportButton.click()
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Article as Word (.docx)',
    'Article as Markdown (.md)',
    'Article as web page (.html)',
    'Review with comments (.docx)',
    'Claim log (.csv)',
  ])
  await shot(page, 'export-menu')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'export-menu-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // The review: every claim and quote a Word comment at its words.
  const review = page.waitForEvent('download')
  await menu.getByRole('menuitem', { name: 'Review with comments (.docx)' }).click()
  const reviewFile = await review
  expect(reviewFile.suggestedFilename()).toBe('is-vellaria-really-the-new-retinol-review-r3.docx')
  await expect(
    page.getByText('Saved is-vellaria-really-the-new-retinol-review-r3.docx'),
  ).toBeVisible()
  const doc = readDocx(await bytesOf(reviewFile))
  const claimComment = doc.comments.find((c) => c.range === '240 percent')
  expect(claimComment?.author).toBe('Eda Editor')
  expect(claimComment?.text).toContain('Claim: Verified')
  expect(claimComment?.text).toContain('Reason: Shelfwise report, June 2025.')
  expect(doc.comments.find((c) => c.text === '@Hattie confirmed.')?.author).toBe('Eda Editor')
  expect(doc.comments.some((c) => c.text.startsWith('Quote — speaker: Rosalind Achterberg'))).toBe(
    true,
  )
  expect(doc.comments.some((c) => c.text.startsWith('Legal finding'))).toBe(true)
  expect(doc.paragraphs[0]?.toLowerCase()).toBe(FEATURE.toLowerCase())

  // The claim log: one row with the verdict, its reason and the comment with who and when.
  await exportButton.click()
  const csv = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Claim log (.csv)' }).click()
  const log = await readFile((await (await csv).path())!, 'utf8')
  expect(log.split('\r\n')[1]).toContain('240 percent,Verified')
  expect(log).toContain('Shelfwise report, June 2025.')
  expect(log).toContain('Eda Editor, ')

  // The article of the revision on screen: Markdown of revision 3.
  await exportButton.click()
  const md = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Article as Markdown (.md)' }).click()
  expect((await md).suggestedFilename()).toBe('is-vellaria-really-the-new-retinol-r3.md')
  expect(consoleErrors).toEqual([])
})

test('the compare view exports the redline as a .docx with tracked changes and as a PDF', async ({
  page,
  consoleErrors,
}) => {
  test.slow()
  await openDraft(page, FEATURE)
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  const group = page.getByRole('group', { name: 'Export redline' })
  await expect(group).toBeVisible()
  await shot(page, 'compare-redline-buttons')

  const word = page.waitForEvent('download')
  await group.getByRole('button', { name: '.docx' }).click()
  const wordFile = await word
  expect(wordFile.suggestedFilename()).toBe('is-vellaria-really-the-new-retinol-redline-r2-r3.docx')
  const doc = readDocx(await bytesOf(wordFile))
  expect(doc.changes.length).toBeGreaterThan(3)
  expect(new Set(doc.changes.map((c) => c.author))).toEqual(new Set(['Hattie Brennock']))
  expect(doc.part('word/settings.xml')).toContain('w:trackRevisions')

  const pdf = page.waitForEvent('download')
  await group.getByRole('button', { name: 'PDF' }).click()
  const pdfFile = await pdf
  expect(pdfFile.suggestedFilename()).toBe('is-vellaria-really-the-new-retinol-redline-r2-r3.pdf')
  const path = (await pdfFile.path())!
  expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-')
  const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout
  expect(text).toMatch(/Redline — Is vellaria really the new retinol\?/)
  expect(text).toMatch(/From\s+Revision 2/)
  expect(text).toMatch(/To\s+Revision 3/)
  expect(text).toMatch(/sha-256\s+[0-9a-f]{64}/)
  // Pages 1-3 as images, kept with the screenshots to look at.
  const out = join(ROOT, 'test-results', 'screenshots', 'exports-redline-pdf')
  const ppm = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '3', path, out])
  expect(ppm.status).toBe(0)
  await test.info().attach('redline.pdf', { path, contentType: 'application/pdf' })
  await writeFile(`${out}.txt`, text)
  expect(consoleErrors).toEqual([])
})
