import type { Page } from '@playwright/test'
import {
  commentEnd,
  commentStart,
  makeDocx,
  paragraph,
  reviewedDocx,
  run,
} from '../test/fixtures/word'
import { expectAccessible } from './support/a11y'
import { expect, shot, test, unwrap } from './support/host'

test.use({
  profile: { name: 'Faye Checker', role: 'fact-checker' },
  viewport: { width: 1440, height: 900 },
})

/** Drops a file on the window, as a person dragging it from the desktop would. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name: fileName, base64 }) => {
      // The page's own DataTransfer and File (this file is type-checked without DOM types).
      const dom = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } }
        File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown
        atob: (s: string) => string
      }
      const raw = dom.atob(base64)
      const data = Uint8Array.from(raw, (c) => c.charCodeAt(0))
      const dt = new dom.DataTransfer()
      dt.items.add(
        new dom.File([data], fileName, {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
      )
      return dt
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  )
  const target = page.locator('body')
  await target.dispatchEvent('dragenter', { dataTransfer: transfer })
  await target.dispatchEvent('dragover', { dataTransfer: transfer })
  await target.dispatchEvent('drop', { dataTransfer: transfer })
}

const margin = (page: Page) => page.getByRole('list', { name: 'Claims in the margin' })

test('a reviewed .docx: comments become claim and query cards, tracked changes two revisions to compare', async ({
  page,
  host,
  consoleErrors,
}) => {
  // Four conversions (before and after the changes, with and without comment markers) on a
  // busy 2-core machine.
  test.slow()
  await expect(page.getByRole('list', { name: 'Drafts' })).toBeVisible()
  await dropFile(page, 'ferry.docx', reviewedDocx())
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ferry fares rise', exact: true }).first(),
  ).toBeVisible({ timeout: 30_000 })

  // The notice says what came in and that nothing was accepted or rejected.
  const notice = page.getByText('Imported “ferry.docx” as a new draft')
  await expect(notice).toBeVisible()
  await expect(page.getByText(/^5 Word comments came in: 2 claims/)).toBeVisible()
  await expect(page.getByText(/Nothing was accepted or rejected: revision 1/)).toBeVisible()
  await shot(page, 'import-notice')

  // The draft holds two revisions: before and after the pending changes.
  const draft = unwrap(await host.api('drafts:list', { view: 'active' })).find(
    (d) => d.title === 'Ferry fares rise',
  )!
  const detail = unwrap(await host.api('drafts:get', { id: draft.id }))
  expect(detail.revisions.map((r) => [r.number, r.author.name])).toEqual([
    [1, 'Faye Checker'],
    [2, 'Ana Ruiz and Ben Ode'],
  ])

  // Comments are cards in the Claims margin: claims with their note, queries with their thread.
  await expect(page.getByRole('tab', { name: 'Claims' })).toHaveAttribute('aria-selected', 'true')
  const claimCard = margin(page).getByRole('listitem', {
    name: /^Claim: carried 1\.2 million/,
  })
  await expect(claimCard).toBeVisible()
  const queryCard = margin(page).getByRole('listitem', { name: 'Query: Tighten this?' })
  await expect(queryCard).toBeVisible()
  await expect(queryCard).toContainText('Ben Ode')
  await expect(queryCard).toContainText('1 reply')

  await claimCard.getByRole('button', { expanded: false }).click()
  await expect(claimCard.getByRole('textbox', { name: 'Research note' })).toHaveValue(
    'Source: Port authority annual report 2024, p. 12',
  )
  await expect(claimCard).toContainText('From Ana Ruiz’s Word comment in ferry.docx')
  // The verdict's reason stays on the card once recorded (issue 12, item 7).
  await claimCard.getByRole('combobox', { name: 'Verdict' }).selectOption('verified')
  const reason = claimCard.getByRole('textbox', { name: 'Reason for the verdict' })
  await reason.fill('Matches the annual report, table 3.')
  await claimCard.getByRole('button', { name: 'Record verdict' }).click()
  await expect(claimCard.getByText(/^Reason given by Faye Checker/)).toBeVisible()
  await expect(
    claimCard.locator('.claim-reason-given', { hasText: 'Matches the annual report, table 3.' }),
  ).toBeVisible()
  await expect(reason).toHaveValue('')
  await shot(page, 'claim-reason')
  await claimCard.getByRole('button', { expanded: true }).click()

  await queryCard.getByRole('button', { expanded: false }).click()
  await expect(queryCard.getByRole('list', { name: 'Comments' })).toContainText('Agreed, will cut')
  await expect(queryCard).toContainText('in Word')
  await queryCard.getByRole('textbox', { name: 'Comment' }).fill('Cut to one clause, please.')
  await queryCard.getByRole('button', { name: 'Reply', exact: true }).click()
  await expect(queryCard.getByRole('list', { name: 'Comments' })).toContainText(
    'Cut to one clause, please.',
  )
  await shot(page, 'query-card')
  await expectAccessible(page, 'an open query card')
  await queryCard.getByRole('button', { name: 'Resolve', exact: true }).click()
  await expect(queryCard).toContainText('Resolved by Faye Checker')
  await expect(queryCard.getByRole('button', { name: 'Reopen' })).toBeVisible()
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'query-card-dark')
  await expectAccessible(page, 'a resolved query card, dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // The comment on deleted text only is kept, as an orphan of revision 1.
  await page.getByRole('button', { name: /Orphaned queries \(1\)/ }).click()
  await expect(page.getByRole('list', { name: 'Orphaned queries' })).toContainText('Why cut this?')

  // The editor reviews the changes in the compare view: previous → current.
  await page.keyboard.press('Control+Alt+c')
  await expect(page.getByRole('heading', { name: /Compare revisions/ })).toBeVisible()
  await expect(page.getByLabel('From revision')).toHaveValue(detail.revisions[0]!.id)
  await expect(page.getByLabel('To revision')).toHaveValue(detail.revisions[1]!.id)
  await expect(page.getByText('4 changes, 1 substantive')).toBeVisible()
  const changes = page.getByRole('list', { name: 'Changes' })
  await expect(changes).toContainText('Replacement')
  await expect(changes).toContainText('Deletion')
  await expect(changes).toContainText('Insertion')
  // Word's deletion and insertion, to accept or reject here.
  await expect(changes.getByRole('deletion').filter({ hasText: 'mayor' })).toBeVisible()
  await expect(changes.getByRole('insertion').filter({ hasText: 'council' })).toBeVisible()
  await shot(page, 'compare-tracked-changes')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'compare-tracked-changes-dark')
  expect(consoleErrors).toEqual([])
})

test('a .docx with a damaged comments part is refused with a sentence, and nothing is added', async ({
  page,
  host,
}) => {
  await expect(page.getByRole('list', { name: 'Drafts' })).toBeVisible()
  const before = unwrap(await host.api('drafts:list', { view: 'active' })).length
  const bad = makeDocx(
    [paragraph(commentStart(1), run('The pier reopened in May.'), commentEnd(1))],
    [],
    {
      commentsXml:
        '<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="1"><w:p></w:comment>',
    },
  )
  await dropFile(page, 'pier.docx', bad)
  const alert = page.getByRole('alert').filter({ hasText: '“pier.docx” was not imported' })
  await expect(alert).toBeVisible({ timeout: 30_000 })
  await expect(alert).toContainText(
    '"pier.docx" has a damaged comments part (word/comments.xml): its XML is not well-formed.',
  )
  await expect(alert).toContainText('Nothing was imported.')
  await shot(page, 'damaged-comments')
  expect(unwrap(await host.api('drafts:list', { view: 'active' }))).toHaveLength(before)
})
