import { expect, shot, test, unwrap } from './support/host'

test('the browser host serves Galley on a fresh library without errors', async ({
  page,
  consoleErrors,
}) => {
  await expect(page).toHaveTitle(/Galley/)
  await expect(page.locator('body')).toHaveText(/\S/)
  await shot(page, 'first-start')
  expect(consoleErrors).toEqual([])
})

test.describe('with a profile', () => {
  test.use({ profile: { name: 'Tess Checker', role: 'fact-checker' } })

  test('the library opens without errors', async ({ page, consoleErrors }) => {
    await expect(page.locator('body')).toHaveText(/\S/)
    await shot(page, 'library')
    expect(consoleErrors).toEqual([])
  })
})

test('the API lists the sample drafts', async ({ host }) => {
  const drafts = unwrap(await host.api('drafts:list', { view: 'active' }))
  expect(drafts.length).toBeGreaterThan(1)
  // The sample beauty feature carries three revisions.
  expect(drafts.some((d) => d.revisionCount === 3)).toBe(true)
})

test.describe('without the sample', () => {
  test.use({ sample: false })

  test('an empty library stays empty', async ({ host }) => {
    expect(unwrap(await host.api('drafts:list', { view: 'active' }))).toEqual([])
  })
})

test('a request without the token is refused with an envelope', async ({ host }) => {
  test.skip(host.target !== 'chromium', 'the token guards the browser host only')
  const res = await fetch(new URL('/api/drafts:list', host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ view: 'active' }),
  })
  expect([401, 403]).toContain(res.status)
  const body: unknown = await res.json()
  expect(body).toMatchObject({
    ok: false,
    error: { code: expect.any(String), message: expect.any(String) },
  })
})
