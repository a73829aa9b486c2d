import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  errorsBesidesRestart,
  expect,
  ROOT,
  shot,
  test,
  unwrap,
  type GalleyHost,
} from './support/host'
import { pdfViewerSettled } from './support/pdf-viewer'

test.use({
  profile: { name: 'Lena Legal', role: 'legal' },
  viewport: { width: 1440, height: 900 },
})

const FEATURE = 'Is vellaria really the new retinol?'
const DISCLOSURE = 'Dr. Achterberg is a paid ambassador for Orrenby.'

async function openDraft(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: title, exact: true })
    .click()
  await expect(
    page.getByRole('heading', { level: 1, name: title, exact: true }).first(),
  ).toBeVisible()
}

async function openLegal(page: Page) {
  await page.getByRole('tab', { name: 'Legal' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Legal' })
  await expect(panel.getByRole('region', { name: 'Findings' })).toBeVisible()
  return panel
}

async function featureId(host: GalleyHost): Promise<string> {
  const drafts = unwrap(await host.api('drafts:list', { view: 'active' }))
  return drafts.find((d) => d.title === FEATURE)!.id
}

/** Names of the CSS highlights painted now, with how many ranges each has. */
function highlights(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, number> = {}
    const { CSS } = globalThis as unknown as { CSS: { highlights: Map<string, { size: number }> } }
    CSS.highlights.forEach((h, name) => {
      out[name] = h.size
    })
    return out
  })
}

test('legal signs off the feature; another role is refused; an edited disclosure makes it stale with a diff; re-sign', async ({
  page,
  host,
  consoleErrors,
}) => {
  await openDraft(page, FEATURE)
  const panel = await openLegal(page)
  const findings = panel.getByRole('region', { name: 'Findings' })
  const error = findings
    .getByRole('listitem')
    .filter({ hasText: 'material-connection-undisclosed' })
  await expect(error).toContainText('Error')
  await expect(error).toContainText(/Rosalind Achterberg.*Orrenby.*paragraphs away/)
  await expect(findings).toContainText('ambiguous-wording')
  await expect(panel.getByRole('region', { name: 'Disclosures' })).toContainText(DISCLOSURE)
  await expect
    .poll(async () => (await highlights(page))['galley-legal-disclosure'] ?? 0)
    .toBeGreaterThan(0)
  await error.getByRole('button', { name: 'Show in text' }).click()
  await expect
    .poll(async () => (await highlights(page))['galley-legal-active'] ?? 0)
    .toBeGreaterThan(0)
  // The article scrolled to the endorsement.
  const quote = page.getByRole('article').getByText(/I often suggest the Orrenby serum/)
  await expect(quote).toBeInViewport()
  await shot(page, 'legal-tab-findings')

  // Sign off as legal: no decision is pre-selected, and approving beside the open error asks
  // for an explicit acknowledgement.
  const form = panel.getByRole('form', { name: 'Legal sign-off' })
  const signButton = form.getByRole('button', { name: 'Sign off revision 3' })
  await expect(form.getByRole('radio', { name: 'Approve' })).not.toBeChecked()
  await expect(form.getByRole('radio', { name: 'Request changes' })).not.toBeChecked()
  await expect(signButton).toBeDisabled()
  await form.getByRole('radio', { name: 'Approve' }).check()
  const errors = await findings.locator('.legal-finding-error').count()
  expect(errors).toBeGreaterThan(0)
  const ack = form.getByRole('checkbox', {
    name: new RegExp(`I have read the ${errors} open error finding`),
  })
  await expect(ack).toBeVisible()
  await expect(signButton).toBeDisabled()
  await form
    .getByRole('textbox', { name: /Comment/ })
    .fill('Approved; move the ambassador line up before print.')
  await ack.check()
  await shot(page, 'legal-approve-acknowledge')
  await signButton.click()
  // Beside an open error the approval is never shown in green.
  const signed = panel.getByRole('status').filter({ hasText: 'Signed off' })
  await expect(signed).toContainText(`Signed off, with ${errors} open error finding`)
  await expect(panel.locator('.legal-status-signed')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Signed off revision 3' })).toContainText(
    `with ${errors} open error finding`,
  )
  await expect(panel).toContainText('Approved by Lena Legal')
  await shot(page, 'legal-signed')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'legal-signed-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Switching to Editor in the header: the open Legal tab follows at once.
  await expect(panel.getByRole('button', { name: 'Accept…' }).first()).toBeVisible()
  await page.getByRole('button', { name: /Profile: Lena Legal/ }).click()
  await page.getByRole('menuitemradio', { name: 'Editor' }).click()
  await expect(page.getByRole('button', { name: /Profile: Lena Legal ?, Editor/ })).toBeVisible()
  await expect(form.getByRole('button', { name: 'Re-sign revision 3' })).toBeDisabled()
  await expect(form.getByRole('radio', { name: 'Request changes' })).toBeDisabled()
  await expect(form.getByRole('textbox', { name: /Comment/ })).toBeDisabled()
  await expect(panel.getByRole('button', { name: 'Accept…' })).toHaveCount(0)
  await expect(panel).toContainText(
    'Only a profile with the Legal role can sign off. You are working as Lena Legal (Editor).',
  )
  await shot(page, 'legal-editor-cannot-sign')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'legal-editor-cannot-sign-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  // Main refuses too, whatever a screen offers.
  unwrap(await host.api('profile:set', { name: 'Eda Editor', role: 'editor' }))
  const refused = await host.api('legal:signoff', {
    draftId: await featureId(host),
    revisionId: unwrap(await host.api('drafts:get', { id: await featureId(host) })).current.id,
    decision: 'request-changes',
    comment: 'Looks fine to me.',
  })
  expect(refused.ok ? null : refused.error.message).toBe(
    'Only a profile with the Legal role can sign off disclosures; you are working as Eda Editor (Editor).',
  )
  await page.reload()
  await openDraft(page, FEATURE)
  await openLegal(page)

  // The editor saves a revision that rewords the disclosure.
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const text = page.getByRole('textbox', { name: 'Markdown text' })
  const body = await text.inputValue()
  await text.fill(body.replace(DISCLOSURE, 'Dr. Achterberg works with Orrenby.'))
  await page.getByRole('textbox', { name: 'Revision message' }).fill('Shorter ambassador line')
  await page.getByRole('button', { name: 'Save revision' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved revision 4' })).toBeVisible()
  const stale = await openLegal(page)
  await expect(stale.getByText('Sign-off is stale')).toBeVisible()
  const status = stale.locator('.legal-status-stale')
  await expect(status.locator('del')).toContainText('is a paid ambassador for')
  await expect(status.locator('ins')).toContainText('works with')
  // The struck and the new words stay apart: not "ambassador forworks with".
  await expect(status.locator('.legal-diff')).toContainText('ambassador for works with Orrenby.')
  await shot(page, 'legal-stale-diff')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'legal-stale-diff-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Back as legal: re-sign revision 4.
  unwrap(await host.api('profile:set', { name: 'Lena Legal', role: 'legal' }))
  await page.reload()
  await openDraft(page, FEATURE)
  const again = await openLegal(page)
  const form2 = again.getByRole('form', { name: 'Legal sign-off' })
  await form2.getByRole('radio', { name: 'Request changes' }).check()
  await form2
    .getByRole('textbox', { name: /Comment/ })
    .fill('“Works with” is vague: say paid ambassador, next to the quote.')
  await form2.getByRole('button', { name: 'Re-sign revision 4' }).click()
  await expect(again.locator('.legal-status-changes')).toContainText('Changes requested')
  await expect(again.getByText('Sign-off is stale')).toHaveCount(0)
  await again.getByText('All sign-offs (2)').click()
  await shot(page, 'legal-resigned')
  expect(consoleErrors).toEqual([])
})

test('publish readiness blocks "ready", then allows it once claims and the sign-off are clear', async ({
  page,
  host,
  consoleErrors,
}) => {
  const body = [
    '# Lumio night serum',
    '',
    'Dr. Ines Varga is a paid ambassador for Lumio.',
    '',
    '“I use the Lumio serum every night,” says Dr. Ines Varga.',
    '',
    'The serum contains 2 percent vellaria.',
    '',
    'Sales of the serum rose 40 percent in 2024.',
    '',
  ].join('\n')
  const draft = unwrap(await host.api('drafts:create', { title: 'Lumio night serum', body }))
  const start = body.indexOf('The serum')
  const claim = unwrap(
    await host.api('claims:create', {
      draftId: draft.id,
      revisionId: draft.currentRevisionId,
      start,
      end: body.indexOf('vellaria.') + 'vellaria.'.length,
    }),
  )
  await page.reload()
  await openDraft(page, 'Lumio night serum')
  const panel = await openLegal(page)
  await panel.getByRole('button', { name: /Can this go out\? 2 blocking/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Can this go out?' })
  await expect(dialog).toContainText('Not yet: 2 blocking items.')
  // Each item names its claim; the suggestion nobody reviewed is listed, and does not block.
  const claimsArea = dialog.getByRole('region', { name: 'Claims' })
  await expect(claimsArea).toContainText(
    'Claim ‘The serum contains 2 percent vellaria.’ not checked yet',
  )
  const open = unwrap(await host.api('claims:list', { draftId: draft.id })).suggestions
  expect(open.map((s) => s.text)).toContain('Sales of the serum rose 40 percent in 2024.')
  const suggested = `${open.length} suggested claim${open.length === 1 ? '' : 's'}`
  await claimsArea.getByText(`${suggested} never accepted or dismissed`).click()
  await expect(claimsArea).toContainText(
    'Suggested claim ‘Sales of the serum rose 40 percent in 2024.’ never accepted or dismissed',
  )
  await expect(dialog.getByRole('region', { name: 'Disclosures and sign-off' })).toContainText(
    'Disclosures not signed off by legal',
  )
  await dialog.getByRole('button', { name: 'Mark ready' }).click()
  await expect(dialog.getByRole('alert')).toContainText(
    'This draft cannot be marked ready yet: 2 blocking items',
  )
  await shot(page, 'readiness-blocked')
  expect(unwrap(await host.api('drafts:get', { id: draft.id })).draft.status).toBe('draft')
  // "Show" goes to the claim in the text.
  await claimsArea.getByRole('button', { name: 'Show' }).first().click()
  await expect(dialog).toBeHidden()

  // The fact-checker verifies the claim; legal signs off in the tab.
  unwrap(await host.api('profile:set', { name: 'Faye Checker', role: 'fact-checker' }))
  unwrap(
    await host.api('claims:setVerdict', {
      draftId: draft.id,
      claimId: claim.id,
      verdict: 'verified',
    }),
  )
  unwrap(await host.api('profile:set', { name: 'Lena Legal', role: 'legal' }))
  await page.reload()
  await openDraft(page, 'Lumio night serum')
  const legal = await openLegal(page)
  await legal.getByRole('radio', { name: 'Approve' }).check()
  await legal.getByRole('button', { name: 'Sign off revision 1' }).click()
  await expect(legal.locator('.legal-status-signed')).toContainText('Signed off')
  await legal.getByRole('button', { name: 'Ready to go out' }).click()
  await expect(dialog).toContainText(
    `Yes: nothing blocks this draft. ${suggested} ${open.length === 1 ? 'was' : 'were'} never accepted or dismissed`,
  )
  await shot(page, 'readiness-clear')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'readiness-clear-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  // The library setting makes them block, and back.
  const policy = dialog.getByRole('checkbox', { name: /Suggested claims nobody accepted/ })
  await policy.check()
  await expect(dialog).toContainText(`Not yet: ${open.length} blocking item`)
  await expect(claimsArea).toContainText('Blocked')
  await shot(page, 'readiness-suggestions-block')
  await policy.uncheck()
  await expect(dialog).toContainText('Yes: nothing blocks this draft.')
  await dialog.getByRole('button', { name: 'Mark ready' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Marked ready' })).toBeVisible()
  await expect
    .poll(async () => unwrap(await host.api('drafts:get', { id: draft.id })).draft.status)
    .toBe('ready')
  const row = unwrap(await host.api('drafts:list', { view: 'active' })).find(
    (d) => d.id === draft.id,
  )
  expect(row?.readiness).toEqual({ ready: true, blocking: 0 })
  expect(consoleErrors).toEqual([])
})

test('the subject of the piece is set in the legal tab, audited, and kept', async ({
  page,
  host,
  consoleErrors,
}) => {
  await openDraft(page, FEATURE)
  const panel = await openLegal(page)
  const field = panel.getByRole('textbox', { name: 'Subject of the piece' })
  await field.fill('skincare')
  await panel.getByRole('button', { name: 'Save subject' }).click()
  await expect(page.getByText('Subject set to “skincare”')).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Save subject' })).toBeDisabled()
  await shot(page, 'legal-subject')
  expect(unwrap(await host.api('legal:get', { draftId: await featureId(host) })).subject).toBe(
    'skincare',
  )

  await host.restart()
  await openDraft(page, FEATURE)
  const again = await openLegal(page)
  await expect(again.getByRole('textbox', { name: 'Subject of the piece' })).toHaveValue('skincare')
  await again.getByRole('button', { name: 'Audit trail' }).click()
  await expect(
    page.getByRole('dialog', { name: 'Audit trail' }).getByRole('table', { name: 'Audit events' }),
  ).toContainText('legal.subject')
  expect(errorsBesidesRestart(consoleErrors)).toEqual([])
})

test('the audit trail verifies intact, then a hand-tampered draft file is detected', async ({
  page,
  host,
  consoleErrors,
}) => {
  const id = await featureId(host)
  const detail = unwrap(await host.api('drafts:get', { id }))
  unwrap(
    await host.api('legal:signoff', {
      draftId: id,
      revisionId: detail.current.id,
      decision: 'approve',
      comment: 'ok',
    }),
  )
  await openDraft(page, FEATURE)
  const panel = await openLegal(page)
  await panel.getByRole('button', { name: 'Audit trail' }).click()
  const dialog = page.getByRole('dialog', { name: 'Audit trail' })
  const events = dialog.getByRole('table', { name: 'Audit events' })
  await expect(events).toContainText('legal.signoff')
  await expect(events).toContainText('Lena Legal')
  await dialog.getByRole('button', { name: 'Verify' }).click()
  await expect(dialog.getByRole('status')).toContainText('Intact.')
  await shot(page, 'audit-intact')

  // Someone edits the file by hand: the revision-2 event now claims another author.
  // Each audit event is its own file (named by its hash) in the draft's folder.
  const folder = join(host.library, 'drafts', id, 'audit')
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.json')) continue
    const json = JSON.parse(await readFile(join(folder, name), 'utf8')) as {
      seq: number
      by: string
    }
    if (json.seq !== 2) continue
    json.by = 'Somebody Else'
    await writeFile(join(folder, name), JSON.stringify(json))
  }
  await host.restart()
  await openDraft(page, FEATURE)
  const after = await openLegal(page)
  await after.getByRole('button', { name: 'Audit trail' }).click()
  await dialog.getByRole('button', { name: 'Verify' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Altered: event #2 was changed.')
  await expect(dialog.locator('tr.is-bad')).toContainText('Somebody Else')
  await shot(page, 'audit-tampered')
  expect(errorsBesidesRestart(consoleErrors)).toEqual([])
})

test('the review report downloads as HTML, prints, and its PDF carries the sign-off', async ({
  page,
  host,
  consoleErrors,
}) => {
  const id = await featureId(host)
  const detail = unwrap(await host.api('drafts:get', { id }))
  unwrap(
    await host.api('legal:signoff', {
      draftId: id,
      revisionId: detail.current.id,
      decision: 'approve',
      comment: 'Cleared for print by counsel.',
    }),
  )
  await openDraft(page, FEATURE)
  const panel = await openLegal(page)
  const download = page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Report (HTML)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('is-vellaria-really-the-new-retinol-review-report.html')
  const html = await readFile((await file.path())!, 'utf8')
  expect(html).toContain('Approved by Lena Legal')
  expect(html).toContain('Cleared for print by counsel.')
  expect(html).not.toMatch(/<script|https?:\/\/[^"]*\.(js|css)/i)
  // The draft's Markdown as a reader sees it: emphasis set, no syntax, links never live.
  expect(html).toContain(
    'Hollowmere Ferment Barrier Cream, £42 <span class="addr">(shop.example/hollowmere/',
  )
  expect(html).not.toContain('*Dr. Achterberg')
  expect(html).not.toContain('](https://')
  expect(html).not.toMatch(/<a\s/i)

  // Browser mode prints through a hidden frame with the report's own styles.
  await page.evaluate(() => {
    ;(globalThis as unknown as { print: () => void }).print = () => undefined
  })
  await panel.getByRole('button', { name: 'Print / PDF' }).click()
  const frame = page.frameLocator('#galley-report-print')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
    'Is vellaria really the new retinol?',
  )
  await expect(frame.locator('.signoff')).toContainText('Approved by Lena Legal')
  // The report's own styles apply inside the frame (its pills are coloured, its body serif).
  await expect(frame.locator('body')).toHaveCSS('font-family', /Georgia/)
  await expect(frame.locator('.pill.ok').first()).toHaveCSS('color', 'rgb(31, 107, 58)')
  // The app's PDF channel is the shell's; the browser host says so.
  const pdfChannel = await host.api('export:reportPdf', { draftId: id })
  expect(pdfChannel.ok ? null : pdfChannel.error.code).toBe('not-available-in-browser')

  // The PDF, as the browser's print produces it, rendered and checked.
  const printer = await page.context().newPage()
  await printer.setViewportSize({ width: 1440, height: 900 })
  await printer.setContent(html)
  await printer.evaluate(`document.querySelectorAll('h2')[2].scrollIntoView()`)
  await printer.screenshot({
    path: join(ROOT, 'test-results', 'screenshots', 'legal-report-disclosures.png'),
  })
  const pdfPath = join(ROOT, 'test-results', 'screenshots', 'legal-report.pdf')
  const pdf = await printer.pdf({ path: pdfPath, format: 'A4', printBackground: true })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length
  expect(pages).toBeGreaterThan(1)
  await printer.close()
  // Its pages as images: the PDF opened in Chromium's own PDF viewer (served, not downloaded).
  const viewer = await page.context().newPage()
  await viewer.route('http://report.invalid/**', (r) =>
    r.fulfill({ body: pdf, contentType: 'application/pdf' }),
  )
  await viewer.goto('http://report.invalid/report.pdf')
  // Page 1 shows readiness and the start of the sign-off ("Approved by Lena Legal").
  await writeFile(
    join(ROOT, 'test-results', 'screenshots', 'legal-report-pdf.png'),
    await pdfViewerSettled(viewer),
  )
  await viewer.close()
  await test.info().attach('legal-report.pdf', { path: pdfPath, contentType: 'application/pdf' })
  expect(consoleErrors).toEqual([])
})

test('a long draft’s readiness lists its first 500 suggested claims and counts them all', async ({
  page,
  host,
  consoleErrors,
}) => {
  const body = [
    '# Serum sales',
    ...Array.from(
      { length: 700 },
      (_, i) =>
        `Sales of the Velnor serum ${i} rose ${i % 50}% in March 2024, said Dr. Mara Quell of Harrow Clinic.`,
    ),
  ].join('\n\n')
  const draft = unwrap(await host.api('drafts:create', { title: 'Serum sales', body }))
  const open = unwrap(await host.api('claims:list', { draftId: draft.id })).suggestions.length
  expect(open).toBeGreaterThan(500)
  await page.reload()
  await openDraft(page, 'Serum sales')
  const panel = await openLegal(page)
  // The suggestions do not block (the library's default): the draft is ready.
  await panel.getByRole('button', { name: 'Ready to go out' }).click()
  const dialog = page.getByRole('dialog', { name: 'Can this go out?' })
  const claimsArea = dialog.getByRole('region', { name: 'Claims' })
  await claimsArea.getByText(`${open} suggested claims never accepted or dismissed`).click()
  await expect(claimsArea).toContainText(
    `The first 500 of ${open.toLocaleString('en')} are listed here; the Claims tab lists them all.`,
  )
  await expect(claimsArea.locator('.ready-suggestions li')).toHaveCount(500)
  await shot(page, 'readiness-long-draft')
  expect(consoleErrors).toEqual([])
})
