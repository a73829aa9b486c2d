import type { Request } from '@playwright/test'
import { join } from 'node:path'
import { ROOT, expect, test, unwrap } from './support/host'

test.use({
  profile: { name: 'Lena Legal', role: 'legal' },
  viewport: { width: 1440, height: 900 },
})

/**
 * A long feature with quotes, people, a brand and a disclosure: about 150 characters a
 * paragraph, a quote in every one, so that its analysis takes a while.
 */
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
  test.setTimeout(180_000)
  // Long enough that its analysis outlasts the window's first look at the tab (at 450,000
  // characters it was done first on a quiet machine once analysis got faster).
  const body = longFeature(6000)
  expect(body.length).toBeGreaterThan(900_000)
  const draft = unwrap(await host.api('drafts:create', { title: 'The long read', body }))
  const library = page.getByRole('navigation', { name: 'Library' })
  await library.getByRole('button', { name: 'The long read', exact: true }).click()
  const heading = page.getByRole('heading', { level: 1, name: 'The long read' }).first()
  await expect(heading).toBeVisible({ timeout: 60_000 })
  const panel = page.getByRole('tabpanel', { name: 'Legal' })
  // Whatever the first revision's state, its tab ends up filled in.
  await expect(panel.getByText(/\d+ disclosures?/).first()).toBeVisible({ timeout: 120_000 })

  // A new revision, analysed from when the window hears of it (the Archived view does not list
  // the draft, so the library's own readiness check is not what starts it).
  await library.getByRole('tab', { name: 'Archived' }).click()
  const analysed: Request[] = []
  page.on('request', (r) => {
    if (/\/api\/(legal:get|quotes:list|claims:list)$/.test(r.url())) analysed.push(r)
  })
  // Dark first: the first screenshot is the likelier to find the analysis still running.
  await page.emulateMedia({ colorScheme: 'dark' })
  unwrap(
    await host.api('revisions:save', {
      draftId: draft.id,
      baseRevisionId: unwrap(await host.api('drafts:get', { id: draft.id })).current.id,
      // Every paragraph changed, so that nothing of the first revision's analysis applies, and
      // twice as long (1,800,000 characters), so its analysis outlasts the window's fetch of the
      // new revision: at 900,000 characters a fast machine had it done first (seen in CI).
      body: `${body}\n\n${body}`.replaceAll('weeks', 'days'),
      message: 'Days, not weeks',
    }),
  )
  // The Legal tab (a lawyer's first) says the analysis is running instead of waiting on it.
  const pending = panel.getByRole('status').filter({ hasText: 'Analysing this draft…' })
  // The window as it is (a full page of 75,000 words would take longer than the analysis).
  const screen = (name: string) =>
    page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', `long-draft-${name}.png`) })
  await expect(pending).toBeVisible({ timeout: 60_000 })
  await screen('analysing-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await screen('analysing')
  // (A request the Legal tab sent as the revision arrived may still be out; none goes after.)
  const sent = analysed.length
  if (await pending.isVisible()) await expect(pending).toContainText(/about \d{2,3},000 words/)

  // Meanwhile the rest answers: another tab, the library.
  await page.getByRole('tab', { name: 'History' }).click()
  await expect(page.getByRole('list', { name: 'Revisions' }).getByRole('listitem')).toHaveCount(2)
  await library.getByRole('tab', { name: 'Active' }).click()
  await expect(library.getByRole('button', { name: 'The long read', exact: true })).toBeVisible({
    timeout: 30_000,
  })
  // No tab asked for the analysis it would have to wait for.
  await page.getByRole('tab', { name: 'Legal' }).click()
  if (await pending.isVisible()) expect(analysed.length).toBe(sent)

  // When it is done, the tabs ask and show what it found, without a reload.
  await expect(panel.getByText(/\d+ disclosures?/).first()).toBeVisible({ timeout: 120_000 })
  await expect(panel.getByText('Analysing this draft…')).toHaveCount(0)
  expect(consoleErrors).toEqual([])
})
