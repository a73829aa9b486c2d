import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { DOCX_FIXTURE, writeDocx } from './support/docx'
import {
  fixtureDir,
  htmlPage,
  writeCorruptDocx,
  writeHtml,
  writeMarkdown,
  writePngAsMarkdown,
} from './support/files'
import { expect, shot, test, unwrap, type GalleyHost } from './support/host'

test.use({ profile: { name: 'Eda Editor', role: 'editor' } })

/** Clicks a button that opens the file picker and picks `file`, as a person would. */
async function pickFile(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: button, exact: true }).click()
  await (await chooser).setFiles(file)
}

const article = (page: Page) => page.getByRole('article')
/** The open draft's title (the article may repeat it as its own first heading). */
const draftTitle = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).first()

test('import .md, .html and .docx files as new drafts', async ({ page, host, consoleErrors }) => {
  const dir = await fixtureDir()
  const md = await writeMarkdown(
    dir,
    'tidal-power.md',
    '# Tidal power at Merrow Point\n\nThe turbines delivered **38 megawatts** in their first winter.\n\n## Costs\n\nThe build ran *two years* late.\n',
  )
  await pickFile(page, 'Import', md)
  await expect(draftTitle(page, 'Tidal power at Merrow Point')).toBeVisible()
  await expect(article(page).getByRole('heading', { name: 'Costs' })).toBeVisible()
  await expect(article(page).locator('strong')).toHaveText('38 megawatts')
  await shot(page, 'imported-markdown')

  const html = await writeHtml(
    dir,
    'ferry.html',
    htmlPage('Ferry fares rise again', 'Fares on the island route rise by 9% in May.'),
  )
  await pickFile(page, 'Import', html)
  await expect(draftTitle(page, 'Ferry fares rise again')).toBeVisible()
  await expect(article(page)).toContainText('Fares on the island route rise by 9% in May.')
  // The script and the event handler of the HTML file are gone, not rendered, not run.
  const ferry = unwrap(await host.api('drafts:list', { view: 'active', query: 'Ferry fares' }))[0]
  expect(ferry).toBeDefined()
  const detail = unwrap(await host.api('drafts:get', { id: ferry!.id }))
  expect(detail.current.body).not.toMatch(/script|onclick|alert|color: red/)
  expect(
    await page.evaluate(() => (globalThis as unknown as { __hacked?: boolean }).__hacked),
  ).toBeUndefined()

  const docx = await writeDocx(dir)
  await pickFile(page, 'Import', docx)
  await expect(draftTitle(page, DOCX_FIXTURE.title)).toBeVisible()
  await expect(article(page).locator('strong')).toHaveText(DOCX_FIXTURE.bold)
  await expect(article(page).locator('em')).toHaveText(DOCX_FIXTURE.italic)
  // Links show as text, never as live links inside the app.
  await expect(article(page)).toContainText(DOCX_FIXTURE.linkText)
  await expect(article(page).locator('a[href]')).toHaveCount(0)
  await shot(page, 'imported-docx')

  const titles = unwrap(await host.api('drafts:list', { view: 'active' })).map((d) => d.title)
  expect(titles).toEqual(
    expect.arrayContaining([
      'Tidal power at Merrow Point',
      'Ferry fares rise again',
      DOCX_FIXTURE.title,
    ]),
  )
  expect(consoleErrors).toEqual([])
})

test('drop a file on the window to import it', async ({ page }) => {
  const text = '# Lighthouse keepers return\n\nThree keepers will staff the rock from June.\n'
  const transfer = await page.evaluateHandle((body) => {
    // The page's own DataTransfer and File (this file is type-checked without DOM types).
    const dom = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } }
      File: new (parts: string[], name: string, options: { type: string }) => unknown
    }
    const dt = new dom.DataTransfer()
    dt.items.add(new dom.File([body], 'lighthouse.md', { type: 'text/markdown' }))
    return dt
  }, text)
  const target = page.locator('body')
  await target.dispatchEvent('dragenter', { dataTransfer: transfer })
  await target.dispatchEvent('dragover', { dataTransfer: transfer })
  await shot(page, 'drop-overlay')
  await target.dispatchEvent('drop', { dataTransfer: transfer })
  await expect(draftTitle(page, 'Lighthouse keepers return')).toBeVisible()
})

test('import a new version of a draft as its next revision', async ({ page, host }) => {
  const dir = await fixtureDir()
  await pickFile(
    page,
    'Import',
    await writeMarkdown(dir, 'bridge.md', '# Bridge repairs\n\nThe bridge reopens in March.\n'),
  )
  await expect(draftTitle(page, 'Bridge repairs')).toBeVisible()
  const revisions = page.getByRole('list', { name: 'Revisions' })
  await expect(revisions.getByRole('listitem')).toHaveCount(1)

  const v2 = await writeMarkdown(
    dir,
    'bridge-v2.md',
    '# Bridge repairs\n\nThe bridge reopens in April, a month late.\n',
  )
  await pickFile(page, 'Import new version…', v2)
  await expect(revisions.getByRole('listitem')).toHaveCount(2)
  await expect(revisions.getByRole('button', { name: /Revision 2 \(current\)/ })).toBeVisible()
  await expect(article(page)).toContainText('The bridge reopens in April, a month late.')
  await shot(page, 'imported-new-version')

  // Still one draft; the first version is kept as revision 1.
  const found = unwrap(await host.api('drafts:list', { view: 'active' })).filter(
    (d) => d.title === 'Bridge repairs',
  )
  expect(found).toHaveLength(1)
  const detail = unwrap(await host.api('drafts:get', { id: found[0]!.id }))
  expect(detail.revisions).toHaveLength(2)
  await revisions.getByRole('button', { name: /Revision 1/ }).click()
  await expect(page.getByText(/Viewing revision 1 of 2/)).toBeVisible()
  await expect(page.getByRole('article')).toContainText('The bridge reopens in March.')
})

test('unreadable files are refused with a sentence and nothing is stored', async ({
  page,
  host,
}) => {
  const dir = await fixtureDir()
  const before = unwrap(await host.api('drafts:list', { view: 'active' }))

  await pickFile(page, 'Import', await writeCorruptDocx(dir))
  const docxError = page.getByRole('alert').filter({ hasText: '“broken.docx” was not imported' })
  await expect(docxError).toBeVisible()
  await shot(page, 'import-refused')

  await pickFile(page, 'Import', await writePngAsMarkdown(dir))
  await expect(
    page.getByRole('alert').filter({ hasText: '“photo.md” was not imported' }),
  ).toBeVisible()

  const unknown = await writeMarkdown(dir, 'budget.xlsx', 'not really a spreadsheet')
  // The picker filters by type, so send it the way a drop would.
  const bytes = await readFile(unknown)
  const refused = await host.api('import:file', {
    fileName: 'budget.xlsx',
    dataBase64: bytes.toString('base64'),
  })
  expect(refused.ok).toBe(false)
  if (!refused.ok) expect(refused.error.message).toMatch(/xlsx|kind of file|type/i)

  const after = unwrap(await host.api('drafts:list', { view: 'active' }))
  expect(after.map((d) => d.id).sort()).toEqual(before.map((d) => d.id).sort())
})

test('a Galley file imported back is named as a copy and says where it came from', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const feature = 'Is vellaria really the new retinol?'
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: feature, exact: true })
    .click()
  await page.getByRole('tab', { name: 'Legal' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Galley file' }).click()
  const file = await download
  const saved = join(await fixtureDir(), file.suggestedFilename())
  await file.saveAs(saved)

  // The draft is here already: Galley asks whether to merge it or keep a copy.
  const ask = page.getByRole('alertdialog', { name: `“${feature}” is already in this library` })
  await pickFile(page, 'Import', saved)
  await ask.getByRole('button', { name: 'Import as a copy' }).click()
  const copy = `${feature} (copy)`
  await expect(draftTitle(page, copy)).toBeVisible()
  await expect(page.locator('.draft-copy-of')).toContainText(
    `Copy of “${feature}”, imported from ${file.suggestedFilename()} (exported`,
  )
  await expect(page.locator('.draft-copy-of')).toContainText('by Eda Editor')
  const rows = page.getByRole('list', { name: 'Drafts' })
  await expect(rows.getByRole('button', { name: copy, exact: true })).toBeVisible()
  await expect(rows.getByRole('button', { name: feature, exact: true })).toBeVisible()
  await shot(page, 'imported-copy')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'imported-copy-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Once more: a second copy, numbered.
  await pickFile(page, 'Import', saved)
  await ask.getByRole('button', { name: 'Import as a copy' }).click()
  await expect(draftTitle(page, `${feature} (copy 2)`)).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('a .txt whose first line is a heading takes its words as the title, not the "#"', async ({
  page,
  consoleErrors,
}) => {
  const dir = await fixtureDir()
  const txt = await writeMarkdown(
    dir,
    'council-notes.txt',
    '# Council passes harbour budget\n\nThe vote was 7 to 2.\n',
  )
  await pickFile(page, 'Import', txt)
  await expect(draftTitle(page, 'Council passes harbour budget')).toBeVisible()
  await expect(
    page
      .getByRole('list', { name: 'Drafts' })
      .getByRole('button', { name: 'Council passes harbour budget', exact: true }),
  ).toBeVisible()
  expect(consoleErrors).toEqual([])
})

/**
 * A draft sent out as a Galley file and worked on elsewhere (here: imported as a copy, changed by
 * `work`, exported, and the copy deleted), its returning file written to `fileName`.
 */
async function sentOutAndBack(
  host: GalleyHost,
  draft: { id: string },
  fileName: string,
  work: (awayId: string, current: { id: string; body: string }) => Promise<void>,
): Promise<{ file: string; original: { id: string; body: string } }> {
  const out = unwrap(await host.api('export:draft', { draftId: draft.id }))
  const away = unwrap(
    await host.api('import:portable', {
      fileName: out.fileName,
      dataBase64: Buffer.from(out.text).toString('base64'),
    }),
  )
  const original = unwrap(await host.api('drafts:get', { id: away.draftId })).current
  await work(away.draftId, original)
  const back = unwrap(await host.api('export:draft', { draftId: away.draftId }))
  unwrap(await host.api('drafts:trash', { id: away.draftId }))
  unwrap(await host.api('drafts:deleteForever', { id: away.draftId }))
  const file = join(await fixtureDir(), fileName)
  await writeFile(file, back.text)
  return { file, original }
}

test('a Galley file of a draft already here is merged into it when the person chooses to', async ({
  page,
  host,
  consoleErrors,
}) => {
  const body = 'The Harbour tunnel cost £40 million.\n\nIt carries 12,000 vehicles a day.\n'
  const draft = unwrap(await host.api('drafts:create', { title: 'Harbour tunnel', body }))
  // The draft goes out for review and comes back changed: a new revision and a new claim.
  const { file } = await sentOutAndBack(
    host,
    draft,
    'harbour-tunnel-checked.galley.json',
    async (awayId, current) => {
      const revised = body.replace('£40 million', '£52 million')
      const saved = unwrap(
        await host.api('revisions:save', {
          draftId: awayId,
          baseRevisionId: current.id,
          body: revised,
          message: 'Cost corrected by the checker',
        }),
      )
      const start = revised.indexOf('£52 million')
      unwrap(
        await host.api('claims:create', {
          draftId: awayId,
          revisionId: saved.id,
          start,
          end: start + '£52 million'.length,
        }),
      )
    },
  )

  await page.reload()
  await pickFile(page, 'Import', file)
  const ask = page.getByRole('alertdialog', { name: '“Harbour tunnel” is already in this library' })
  await expect(ask).toBeVisible()
  await expect(ask).toContainText('harbour-tunnel-checked.galley.json')
  await shot(page, 'portable-merge-choice')
  await ask.getByRole('button', { name: 'Merge into the draft' }).click()
  await expect(ask).toBeHidden()
  await expect(
    page.getByText(
      'Merged harbour-tunnel-checked.galley.json into “Harbour tunnel”: 1 new revision, 1 new claim',
    ),
  ).toBeVisible()
  await expect(draftTitle(page, 'Harbour tunnel')).toBeVisible()
  await expect(article(page)).toContainText('£52 million')
  await shot(page, 'portable-merged')
  // One draft of that name: merged, not copied.
  const list = unwrap(await host.api('drafts:list', { view: 'active', query: 'Harbour tunnel' }))
  expect(list.map((d) => d.title)).toEqual(['Harbour tunnel'])

  // Chosen the other way, the same file comes in as a named copy.
  await pickFile(page, 'Import', file)
  await ask.getByRole('button', { name: 'Import as a copy' }).click()
  await expect(draftTitle(page, 'Harbour tunnel (copy)')).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('revisions saved apart come back divergent and open side by side', async ({
  page,
  host,
  consoleErrors,
}) => {
  const body = 'The ferry runs 14 times a day.\n\nFares rose 4% in May.\n'
  const draft = unwrap(await host.api('drafts:create', { title: 'Island ferry', body }))
  const { file, original } = await sentOutAndBack(
    host,
    draft,
    'island-ferry-back.galley.json',
    async (awayId, current) => {
      unwrap(
        await host.api('revisions:save', {
          draftId: awayId,
          baseRevisionId: current.id,
          body: body.replace('14 times', '12 times'),
          message: 'Timetable checked',
        }),
      )
    },
  )
  // Meanwhile the editor changed the same text here.
  unwrap(
    await host.api('revisions:save', {
      draftId: draft.id,
      baseRevisionId: original.id,
      body: body.replace('4% in May', '4% in June'),
      message: 'Month fixed',
    }),
  )

  await page.reload()
  await pickFile(page, 'Import', file)
  await page
    .getByRole('alertdialog', { name: '“Island ferry” is already in this library' })
    .getByRole('button', { name: 'Merge into the draft' })
    .click()
  const bar = page.getByRole('status').filter({ hasText: 'Both are kept: compare them' })
  await expect(bar).toContainText('Revision 2 (Eda Editor) and revision 3 (Eda Editor)')
  await shot(page, 'divergent-revisions')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'divergent-revisions-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await bar.getByRole('button', { name: 'Compare side by side' }).click()
  await expect(page.getByRole('heading', { name: /Compare revisions/ })).toBeVisible()
  const detail = unwrap(await host.api('drafts:get', { id: draft.id }))
  const [r2, r3] = [2, 3].map((n) => detail.revisions.find((r) => r.number === n)!)
  await expect(page.getByLabel('From revision')).toHaveValue(r2!.id)
  await expect(page.getByLabel('To revision')).toHaveValue(r3!.id)
  await expect(page.getByRole('region', { name: 'Side by side comparison' })).toBeVisible()
  await shot(page, 'divergent-compare')
  expect(consoleErrors).toEqual([])
})
