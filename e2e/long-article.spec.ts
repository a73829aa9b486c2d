import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ROOT, expect, test, unwrap } from './support/host'

test.use({
  profile: { name: 'Rita Checker', role: 'fact-checker' },
  viewport: { width: 1440, height: 900 },
})

const WORDS = (
  'the council said budget ferry fares rise percent study skin kelp serum clinical trial ' +
  'within weeks expert board certified dermatologist recommends product brand research shows'
).split(' ')

/**
 * A long feature (about 330,000 characters, 50,000 words): past the size the article parses on
 * a worker and renders in steps, a quote in every paragraph (so the Quotes tab's list is
 * virtual), and a word found only in its last paragraph.
 */
function longFeature(paragraphs: number): string {
  const out = ['# The long read']
  let seed = 7
  const word = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return WORDS[seed % WORDS.length] ?? 'word'
  }
  for (let i = 0; i < paragraphs; i++) {
    const text = Array.from({ length: 70 }, word).join(' ')
    const quote = Array.from({ length: 10 }, word).join(' ')
    out.push(`Paragraph ${i} opens: ${text}. “${quote},” said Dr. Mara Quell${i % 9}.`)
  }
  out.push('The last paragraph holds a word found nowhere else: zephyrine.')
  return out.join('\n\n')
}

const screen = (page: Page, name: string) =>
  page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', `long-article-${name}.png`) })

test('a long draft opens, its cards show, a card scrolls the text to its quote, and find reaches the end', async ({
  page,
  host,
  consoleErrors,
}) => {
  test.setTimeout(240_000)
  const body = longFeature(650)
  expect(body.length).toBeGreaterThan(300_000)
  const draft = unwrap(await host.api('drafts:create', { title: 'The long read', body }))
  const phrase = 'Paragraph 0 opens'
  const start = body.indexOf(phrase)
  unwrap(
    await host.api('claims:create', {
      draftId: draft.id,
      revisionId: draft.currentRevisionId,
      start,
      end: start + phrase.length,
    }),
  )

  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: 'The long read', exact: true })
    .click()
  const article = page.getByRole('article', { name: 'Article' })
  await expect(article.getByRole('heading', { level: 1, name: 'The long read' })).toBeVisible()
  // All of it ends up in the page, the last paragraph included.
  await expect(article).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 })
  await expect(article.getByText(/zephyrine/)).toHaveCount(1)

  // Its claim's card shows in the margin, level with the text; opening it keeps the text there.
  const card = page
    .getByRole('list', { name: 'Claims in the margin' })
    .getByRole('listitem', { name: /^Claim: Paragraph 0 opens/ })
  await expect(card).toBeVisible({ timeout: 120_000 })
  await card.getByRole('button', { expanded: false }).first().click()
  await expect(card.getByRole('button', { expanded: true }).first()).toBeVisible()
  await expect(article.getByText(/^Paragraph 0 opens/)).toBeInViewport()
  await screen(page, 'claims')
  await page.emulateMedia({ colorScheme: 'dark' })
  await screen(page, 'claims-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // The Quotes tab lists every quote (the cards off screen skip layout until scrolled to).
  await page.getByRole('tab', { name: 'Quotes' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Quotes' })
  const summary = panel.getByText(/^\d+ quotes/)
  await expect(summary).toBeVisible({ timeout: 120_000 })
  const total = Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1])
  expect(total).toBeGreaterThanOrEqual(650)
  const quotes = panel.getByRole('list', { name: 'Quotes' })
  await expect(quotes.getByRole('listitem')).toHaveCount(total)
  await quotes.getByRole('listitem').first().scrollIntoViewIfNeeded()
  await screen(page, 'quotes')
  await page.emulateMedia({ colorScheme: 'dark' })
  await screen(page, 'quotes-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // The last quote's card, far down the list: "Show in the text" scrolls the article to it.
  const lastCard = quotes.getByRole('listitem').last()
  await lastCard.scrollIntoViewIfNeeded()
  await expect(lastCard).toContainText('Mara Quell1')
  await expect(article.getByText(/^Paragraph 649 opens/)).not.toBeInViewport()
  await lastCard.getByRole('button', { name: 'Show in the text' }).click()
  await expect(article.getByText(/^Paragraph 649 opens/)).toBeInViewport()

  // Find in the draft reaches its last paragraph.
  await article.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Control+f')
  const bar = page.getByRole('search', { name: 'Find in the draft' })
  const input = bar.getByRole('searchbox', { name: 'Find in the draft' })
  await input.fill('zephyrine')
  await expect(bar.getByRole('status')).toHaveText('1 of 1')
  await expect(article.getByText(/zephyrine/)).toBeInViewport()
  expect(consoleErrors).toEqual([])
})
