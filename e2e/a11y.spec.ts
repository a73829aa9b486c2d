import type { Page } from '@playwright/test'
import { expectAccessible } from './support/a11y'
import { expect, test } from './support/host'

const FEATURE = 'Is vellaria really the new retinol?'

async function openFeature(page: Page): Promise<void> {
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: FEATURE, exact: true })
    .click()
  await expect(page.getByRole('article')).toBeVisible()
}

test('the first-start profile dialog', async ({ page }) => {
  await expect(page.getByRole('dialog', { name: 'Who is reviewing?' })).toBeVisible()
  await expectAccessible(page, 'first start')
})

test.describe('with a profile', () => {
  test.use({ profile: { name: 'Ari Access', role: 'fact-checker' } })

  test('library, search, trash and the new-draft dialog', async ({ page }) => {
    await expect(page.getByRole('list', { name: 'Drafts' })).toBeVisible()
    await expectAccessible(page, 'library')
    await page.getByRole('searchbox', { name: 'Search drafts' }).fill('no such words anywhere')
    await expect(page.getByText(/No drafts match/i)).toBeVisible()
    await expectAccessible(page, 'library search, no results')
    await page.getByRole('searchbox', { name: 'Search drafts' }).fill('')
    await page.getByRole('tab', { name: 'Trash' }).click()
    await expectAccessible(page, 'trash')
    await page.getByRole('button', { name: 'New draft' }).click()
    await expect(page.getByRole('dialog', { name: 'New draft' })).toBeVisible()
    await expectAccessible(page, 'new draft dialog')
  })

  test('the draft view with each side-panel tab, an old revision and the editor', async ({
    page,
  }) => {
    // Five full axe scans of the busiest view: 10–22 s on two shared cores.
    test.slow()
    await openFeature(page)
    await expectAccessible(page, 'draft view, claims margin')
    for (const tab of ['Quotes', 'Legal', 'History']) {
      await page.getByRole('tab', { name: tab }).click()
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
      await expectAccessible(page, `draft view, ${tab} tab`)
    }
    await page
      .getByRole('button', { name: /Revision 1/ })
      .first()
      .click()
    await expect(page.getByText(/Viewing revision 1 of/)).toBeVisible()
    await expectAccessible(page, 'old revision')
    await page.getByRole('button', { name: 'Back to current' }).click()
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    await expect(page.getByRole('textbox', { name: 'Markdown text' })).toBeVisible()
    await expectAccessible(page, 'editor')
  })

  test('dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await openFeature(page)
    await expectAccessible(page, 'draft view, dark')
  })
})
