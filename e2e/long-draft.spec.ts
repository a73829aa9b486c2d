import type { Request } from '@playwright/test'
import { expect, shot, test, unwrap } from './support/host'

test.use({
  profile: { name: 'Lena Legal', role: 'legal' },
  viewport: { width: 1440, height: 900 },
})

/** A long feature with quotes, people, a brand and a disclosure: over a million characters. */
function longFeature(paragraphs: number): string {
  const out = ['# The long read']
  for (let i = 0; i < paragraphs; i++)
    out.push(
      `Dr. Mara Quell${i % 7}, a dermatologist at Harrow Clinic, tested the Velnor Night Serum ${i}. ` +
        `“It calmed redness in ${(i % 9) + 2} weeks in most of my patients,” she said.`,
    )
  out.push('Dr. Mara Quell0 is a paid ambassador for Velnor Labs.')
  return out.join('\n\n')
}

test('a long draft shows its analysis in progress, the rest of Galley works meanwhile, and the tabs fill in when it is done', async ({
  page,
  host,
  consoleErrors,
}) => {
  test.slow()
  const analysed: Request[] = []
  page.on('request', (r) => {
    if (/\/api\/(legal:get|quotes:list|claims:list)$/.test(r.url())) analysed.push(r)
  })
  const body = longFeature(8000)
  expect(body.length).toBeGreaterThan(1_000_000)
  unwrap(await host.api('drafts:create', { title: 'The long read', body }))
  const row = page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: 'The long read', exact: true })
  await row.click()
  await expect(page.getByRole('heading', { level: 1, name: 'The long read' }).first()).toBeVisible()

  // The Legal tab (a lawyer's first) says the analysis is running instead of waiting on it.
  const panel = page.getByRole('tabpanel', { name: 'Legal' })
  const pending = panel.getByRole('status').filter({ hasText: 'Analysing this draft…' })
  await expect(pending).toBeVisible()
  await expect(pending).toContainText('about 200,000 words')
  expect(analysed).toEqual([])
  await shot(page, 'analysing')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'analysing-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Meanwhile the rest answers: another tab, the library search.
  await page.getByRole('tab', { name: 'Quotes' }).click()
  await expect(
    page.getByRole('tabpanel', { name: 'Quotes' }).getByText('Analysing this draft…'),
  ).toBeVisible()
  await page.getByRole('tab', { name: 'History' }).click()
  await expect(page.getByRole('list', { name: 'Revisions' }).getByRole('listitem')).toHaveCount(1)
  const search = page.getByRole('searchbox', { name: 'Search drafts' })
  await search.fill('retinol')
  await expect(page.getByRole('list', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(1)
  await search.fill('')

  // When it is done, the tabs ask and show what it found, without a reload.
  await page.getByRole('tab', { name: 'Legal' }).click()
  await expect(panel.getByText('Analysing this draft…')).toBeHidden({ timeout: 120_000 })
  await expect(panel.getByText(/\d+ disclosures?/).first()).toBeVisible()
  await page.getByRole('tab', { name: 'Quotes' }).click()
  await expect(page.getByRole('list', { name: 'Quotes' })).toBeVisible()
  expect(consoleErrors).toEqual([])
})
