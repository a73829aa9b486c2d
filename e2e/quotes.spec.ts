import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { errorsBesidesRestart, expect, shot, test, unwrap, type GalleyHost } from './support/host'

test.use({
  profile: { name: 'Faye Checker', role: 'fact-checker' },
  viewport: { width: 1440, height: 900 },
})

const FEATURE = 'Is vellaria really the new retinol?'

/** A short piece with three quotes by someone not in the register, who names a brand. */
const SERUMS = [
  '# Three serums',
  '',
  '“The Orrenby serum changed my routine,” says Mara Quill, a beauty blogger.',
  '',
  '"Skin loves consistency more than novelty," Quill adds.',
  '',
  'She laughed. "I would never go back to a plain moisturiser."',
  '',
].join('\n')

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:04.000',
  '<v Hattie Brennock>What changed for you this year?',
  '',
  '00:00:05.000 --> 00:00:09.000',
  '<v Mara Quill>Honestly, the Orrenby serum completely changed my routine.',
  '',
  '00:00:10.000 --> 00:00:14.000',
  '<v Mara Quill>Skin loves consistency more than novelty.',
  '',
].join('\n')

async function openDraft(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: title, exact: true })
    .click()
  await expect(
    page.getByRole('heading', { level: 1, name: title, exact: true }).first(),
  ).toBeVisible()
}

async function openQuotes(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Quotes' }).click()
  const list = page.getByRole('list', { name: 'Quotes' })
  await expect(list).toBeVisible()
  return list
}

/** axe-core on one part of the page (this feature's own UI): no serious or critical finding. */
async function expectAccessible(page: Page, selector: string, view: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(bad, `accessibility violations in ${view}`).toEqual([])
}

/** Closes the notifications, so a screenshot shows the panel under them. */
async function dismissNotices(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Dismiss notification' })
  while ((await close.count()) > 0) await close.first().click()
}

/** Selects `words` in the article's text, as a reader dragging over them would. */
async function selectInArticle(page: Page, words: string): Promise<void> {
  // A string, not a function: the specs are type-checked without the DOM library.
  await page.evaluate(`(() => {
    const words = ${JSON.stringify(words)}
    const article = document.querySelector('article[aria-label="Article"]')
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent.indexOf(words)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(n, at)
      range.setEnd(n, at + words.length)
      document.getSelection().removeAllRanges()
      document.getSelection().addRange(range)
      return
    }
    throw new Error('not in the article: ' + words)
  })()`)
}

/** The card of the quote that starts with `words`. */
function card(page: Page, words: string): Locator {
  return page
    .getByRole('list', { name: 'Quotes' })
    .getByRole('article', { name: new RegExp(`^“?${words}`) })
}

async function newSerumsDraft(page: Page, host: GalleyHost): Promise<void> {
  unwrap(await host.api('drafts:create', { title: 'Three serums', body: SERUMS }))
  await page.reload()
  await openDraft(page, 'Three serums')
}

test('the quotes panel sits beside the text; confirm and change a speaker, kept after a restart', async ({
  page,
  host,
  consoleErrors,
}) => {
  await openDraft(page, FEATURE)
  const quotes = await openQuotes(page)
  await expect(quotes.getByRole('article')).toHaveCount(15)
  await expect(page.getByText('15 quotes · 2 flagged · 1 altered')).toBeVisible()

  // Beside the text, and the quotes are painted in the article in their own colour (those
  // near the screen: a long draft's thousands would cost every frame).
  const article = await page.getByRole('article', { name: 'Article' }).boundingBox()
  const panel = await quotes.boundingBox()
  expect(article && panel && panel.x >= article.x + article.width).toBe(true)
  const painted = await page.evaluate<number>("CSS.highlights.get('galley-quote')?.size ?? 0")
  expect(painted).toBeGreaterThanOrEqual(3)

  // The altered collagen quote, with printed against said.
  const collagen = card(page, 'It will rebuild collagen')
  await collagen.scrollIntoViewIfNeeded()
  await expect(collagen.locator('.align-badge')).toHaveText('Altered')
  await expect(collagen.locator('del.diff-removed').first()).toHaveText('can help')
  await expect(collagen.locator('ins.diff-added').first()).toHaveText('will')
  await expect(collagen).toContainText('said by Rosalind Achterberg')
  await expect(card(page, 'Fermented foods').locator('.align-badge')).toHaveText(
    'Not in this transcript',
  )
  await expect(card(page, 'Sunscreen is still').locator('.align-badge')).toHaveText('Exact')
  await shot(page, 'panel-altered')
  await expectAccessible(page, '.quotes-panel', 'the quotes panel')

  // Confirm the proposed speaker.
  await collagen.getByRole('button', { name: 'Confirm Rosalind Achterberg as the speaker' }).click()
  await expect(collagen.locator('.speaker-source')).toHaveText('Confirmed')

  // Change the speaker of the unattributed review, with the keyboard.
  const review = card(page, 'My skin has never')
  await review.scrollIntoViewIfNeeded()
  await expect(review).toContainText('No speaker: the text does not say who said this.')
  await review.getByRole('button', { name: 'Change speaker' }).click()
  const box = review.getByRole('combobox', { name: 'Speaker' })
  await box.fill('Castel')
  await expect(review.getByRole('option', { name: /Priya Castellane/ })).toBeVisible()
  await shot(page, 'speaker-picker')
  await box.press('Enter')
  await expect(review).toContainText('Priya Castellane')
  await expect(review.locator('.speaker-source')).toHaveText('Confirmed')
  await expect(review).not.toContainText('No speaker')

  // And change it again: typed names not in the register are kept as typed.
  await review.getByRole('button', { name: 'Change speaker' }).click()
  await review.getByRole('combobox', { name: 'Speaker' }).fill('A reader on a retailer site')
  await review.getByRole('option', { name: /A reader on a retailer site/ }).click()
  await expect(review).toContainText('A reader on a retailer site')

  // Leave the page first, so no request or event stream is cut off by the host stopping.
  await page.goto('about:blank')
  await host.restart()
  await openDraft(page, FEATURE)
  await openQuotes(page)
  await expect(card(page, 'My skin has never')).toContainText('A reader on a retailer site')
  await expect(card(page, 'It will rebuild collagen')).toContainText('Confirmed by Faye Checker')
  expect(consoleErrors).toEqual([])
})

test('add a person found in the draft with a material connection and see the flag', async ({
  page,
  host,
  consoleErrors,
}) => {
  await newSerumsDraft(page, host)
  await openQuotes(page)
  const first = card(page, 'The Orrenby serum')
  await expect(first).toContainText('Mara Quill')
  await expect(first.getByRole('list', { name: 'Flags' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Add Mara Quill to the register' }).click()
  const dialog = page.getByRole('dialog', { name: 'People register' })
  const form = dialog.getByRole('form', { name: 'New person' })
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Mara Quill')
  await form.getByRole('textbox', { name: 'Title' }).fill('Beauty blogger')
  await form.getByRole('textbox', { name: /Credentials/ }).fill('Certified makeup artist')
  await form.getByRole('button', { name: 'Add connection' }).click()
  const row = form.getByRole('listitem', { name: 'Connection 1' })
  await row.getByRole('textbox', { name: 'Brand' }).fill('Orrenby')
  await row.getByRole('combobox', { name: 'Kind' }).selectOption('ambassador')
  await row.getByRole('textbox', { name: 'Since' }).fill('2025')
  await row.getByRole('textbox', { name: 'Source' }).fill('Her blog, "About me" page')
  await shot(page, 'register-new-person')
  await form.getByRole('button', { name: 'Save person' }).click()
  await expect(dialog.getByRole('button', { name: /Mara Quill/ })).toBeVisible()
  await expect(dialog.getByRole('form', { name: 'Edit Mara Quill' })).toBeVisible()
  await shot(page, 'register-saved')
  await expectAccessible(page, '[role="dialog"]', 'the people register')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  const flag = first.getByRole('list', { name: 'Flags' })
  await expect(flag).toContainText(
    'Mara Quill is a brand ambassador for Orrenby since 2025, and Orrenby is named in the quote',
  )
  await expect(page.getByRole('button', { name: 'Add Mara Quill to the register' })).toHaveCount(0)
  await dismissNotices(page)
  await first.scrollIntoViewIfNeeded()
  await shot(page, 'material-connection-flag')

  // The subject drives the credential check.
  const second = card(page, 'Skin loves consistency')
  await second.getByRole('textbox', { name: /Subject/ }).fill('skin and wrinkles')
  await second.getByRole('textbox', { name: /Subject/ }).press('Enter')
  await expect(second.getByRole('list', { name: 'Flags' })).toContainText("Mara Quill's record")

  // Mark words of the text as a quote by hand, then unmark them.
  const mark = page.getByRole('button', { name: 'Mark as quote' })
  await expect(mark).toBeDisabled()
  await selectInArticle(page, 'a beauty blogger')
  await mark.click()
  const manual = card(page, 'a beauty blogger')
  await expect(manual).toContainText('Marked by hand')
  await expect(page.getByText('4 quotes', { exact: false })).toBeVisible()
  await manual.getByRole('button', { name: 'Unmark' }).click()
  await expect(manual).toHaveCount(0)
  expect(consoleErrors).toEqual([])
})

test('attach a transcript: exact, altered with a word diff, not in it; an edit changes the label', async ({
  page,
  host,
  consoleErrors,
}) => {
  await newSerumsDraft(page, host)
  await openQuotes(page)
  await expect(page.getByText(/No transcript yet/)).toBeVisible()

  // A file Galley cannot read is refused with a sentence.
  await page.getByLabel('Transcript file').setInputFiles({
    name: 'interview.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4'),
  })
  await expect(
    page.getByRole('alert').filter({ hasText: 'does not read .pdf files' }),
  ).toBeVisible()

  await page.getByLabel('Transcript file').setInputFiles({
    name: 'quill-interview.vtt',
    mimeType: 'text/vtt',
    buffer: Buffer.from(VTT),
  })
  await expect(page.getByText('quill-interview.vtt', { exact: true })).toBeVisible()
  const first = card(page, 'The Orrenby serum')
  const second = card(page, 'Skin loves consistency')
  const third = card(page, 'I would never')
  await expect(first.locator('.align-badge')).toHaveText('Altered')
  await expect(first.locator('del.diff-removed')).toHaveText('completely')
  await expect(second.locator('.align-badge')).toHaveText('Exact')
  await expect(second).toContainText('said by Mara Quill')
  await expect(third.locator('.align-badge')).toHaveText('Not in this transcript')
  await dismissNotices(page)
  await first.scrollIntoViewIfNeeded()
  await shot(page, 'transcript-labels')

  // Edit the exact quote in a new revision: its label follows the text.
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const text = page.getByRole('textbox', { name: 'Markdown text' })
  const body = await text.inputValue()
  await text.fill(body.replace('more than novelty', 'far more than any novelty'))
  await page.getByRole('textbox', { name: 'Revision message' }).fill('Punchier Quill quote')
  await page.getByRole('button', { name: 'Save revision' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved revision 2' })).toBeVisible()
  await openQuotes(page)
  const edited = card(page, 'Skin loves consistency far more')
  await expect(edited.locator('.align-badge')).toHaveText('Altered')
  await expect(edited.locator('ins.diff-added')).toContainText(['far'])
  await dismissNotices(page)
  await edited.scrollIntoViewIfNeeded()
  await shot(page, 'label-after-edit')

  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'label-after-edit-dark')
  await expectAccessible(page, '.quotes-panel', 'the quotes panel, dark')
  expect(consoleErrors).toEqual([])
})

test('a transcript of part of the interview: quotes beyond it are not in it, not altered, and do not block', async ({
  page,
  host,
  consoleErrors,
}) => {
  const body = [
    '# Quill on serums',
    '',
    '“The Orrenby serum changed my routine, and I have tried them all,” says Mara Quill.',
    '',
    '"I would never go back to a plain moisturiser," Quill adds.',
    '',
  ].join('\n')
  unwrap(await host.api('drafts:create', { title: 'Quill on serums', body }))
  await page.reload()
  await openDraft(page, 'Quill on serums')
  await openQuotes(page)
  // The recording's first minutes only: it stops in the middle of her first answer.
  const partial = [
    'WEBVTT',
    '',
    '00:00:01.000 --> 00:00:04.000',
    '<v Hattie Brennock>What changed for you this year?',
    '',
    '00:00:05.000 --> 00:00:09.000',
    '<v Mara Quill>The Orrenby serum changed my routine, and',
    '',
  ].join('\n')
  await page.getByLabel('Transcript file').setInputFiles({
    name: 'quill-first-minutes.vtt',
    mimeType: 'text/vtt',
    buffer: Buffer.from(partial),
  })
  await expect(page.getByText('quill-first-minutes.vtt', { exact: true })).toBeVisible()
  const runsOn = card(page, 'The Orrenby serum')
  const later = card(page, 'I would never')
  await expect(runsOn.locator('.align-badge')).toHaveText('Not in this transcript')
  await expect(later.locator('.align-badge')).toHaveText('Not in this transcript')
  await dismissNotices(page)
  await shot(page, 'partial-transcript')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'partial-transcript-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Readiness lists them, as warnings: the quotes area stays clear.
  await page.getByRole('tab', { name: 'Legal' }).click()
  await page.getByRole('button', { name: /Can this go out\?|Ready to go out/ }).click()
  const quotes = page.getByRole('dialog', { name: 'Can this go out?' }).getByRole('region', {
    name: 'Quotes',
  })
  await expect(quotes).toContainText('Clear')
  await expect(quotes.locator('.ready-warning')).toHaveCount(2)
  await expect(quotes).toContainText(
    'Quote ‘I would never go back to a plain moisturiser’ by Mara Quill is not in this transcript',
  )
  await expect(quotes.locator('.ready-error')).toHaveCount(0)
  await shot(page, 'partial-transcript-readiness')
  expect(consoleErrors).toEqual([])
})

test('one person, one record: the register warns on a namesake and merges; a duplicate’s paid tie is never ignored', async ({
  page,
  host,
  consoleErrors,
}) => {
  // A register from before holds Mara Quill twice; only the second record has the paid tie.
  unwrap(
    await host.api('people:save', {
      person: {
        name: 'Mara Quill',
        title: 'Beauty blogger',
        credentials: [],
        affiliations: [],
        contact: '',
        connections: [],
      },
    }),
  )
  const file = join(host.library, 'people.json')
  const stored = JSON.parse(await readFile(file, 'utf8')) as { people: { name: string }[] }
  stored.people.push({
    ...stored.people.find((p) => p.name === 'Mara Quill')!,
    id: 'p_quill_dup',
    title: '',
    connections: [{ brand: 'Orrenby', kind: 'ambassador', since: '2025', source: 'Her blog' }],
  } as { name: string })
  await writeFile(file, JSON.stringify(stored))
  await host.restart()
  await newSerumsDraft(page, host)
  await openQuotes(page)

  // The checks read both records: the quote is flagged, and legal sees the undisclosed tie.
  const first = card(page, 'The Orrenby serum')
  await expect(first.getByRole('list', { name: 'Flags' })).toContainText(
    'Mara Quill is a brand ambassador for Orrenby since 2025',
  )
  await page.getByRole('tab', { name: 'Legal' }).click()
  const findings = page.getByRole('region', { name: 'Findings' })
  await expect(
    findings.locator('.legal-finding-error').filter({ hasText: 'Mara Quill' }).first(),
  ).toBeVisible()
  await page.getByRole('tab', { name: 'Quotes' }).click()

  // The register marks the pair, and merges them into one record.
  await page.getByRole('button', { name: 'People register' }).click()
  const dialog = page.getByRole('dialog', { name: 'People register' })
  const people = dialog.getByRole('navigation', { name: 'People' })
  await expect(people.getByText('Same person as another record: merge')).toHaveCount(2)
  await people.getByRole('button', { name: /Mara Quill.*Ambassador, Orrenby/ }).click()
  const edit = dialog.getByRole('form', { name: 'Edit Mara Quill' })
  await expect(edit.getByRole('status')).toContainText(
    'Mara Quill (Beauty blogger) is already in the register',
  )
  await shot(page, 'register-duplicate')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'register-duplicate-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await edit.getByRole('button', { name: 'Merge into Mara Quill' }).click()
  await expect(page.getByText('Merged into Mara Quill')).toBeVisible()
  await expect(people.getByRole('button', { name: /Mara Quill/ })).toHaveCount(1)
  await expect(people.getByText('Same person as another record: merge')).toHaveCount(0)
  const register = unwrap(await host.api('people:list', {})).people
  const quill = register.filter((p) => p.name === 'Mara Quill')
  expect(quill).toHaveLength(1)
  expect(quill[0]).toMatchObject({
    title: 'Beauty blogger',
    connections: [{ brand: 'Orrenby', kind: 'ambassador', since: '2025', source: 'Her blog' }],
  })

  // A new record for the same person, under her initial: warned at once, and merged instead.
  await dialog.getByRole('button', { name: 'New person' }).click()
  const fresh = dialog.getByRole('form', { name: 'New person' })
  await fresh.getByRole('textbox', { name: 'Name' }).fill('M. Quill')
  await expect(fresh.getByRole('status')).toContainText('Mara Quill (Beauty blogger)')
  await expect(fresh.getByRole('button', { name: 'Save person' })).toBeDisabled()
  await fresh.getByRole('textbox', { name: /Credentials/ }).fill('Certified makeup artist')
  await shot(page, 'register-namesake-warning')
  await fresh.getByRole('button', { name: 'Merge into Mara Quill' }).click()
  const merged = dialog.getByRole('form', { name: 'Edit Mara Quill' })
  await expect(merged.getByRole('textbox', { name: /Also known as/ })).toHaveValue('M. Quill')
  await expect(merged.getByRole('textbox', { name: /Credentials/ })).toHaveValue(
    'Certified makeup artist',
  )
  await page.keyboard.press('Escape')
  await expect(first.getByRole('list', { name: 'Flags' })).toContainText(
    'Mara Quill is a brand ambassador for Orrenby since 2025',
  )
  // The window asked while the host restarted (above): those refusals are expected.
  expect(errorsBesidesRestart(consoleErrors)).toEqual([])
})

test('a compound written apart in the transcript ("skin care") is a trivial edit, not an altered quote', async ({
  page,
  host,
  consoleErrors,
}) => {
  const body = [
    '# Quill on routines',
    '',
    '“Good skincare is mostly sunscreen and patience, every single day,” says Mara Quill.',
    '',
  ].join('\n')
  unwrap(await host.api('drafts:create', { title: 'Quill on routines', body }))
  await page.reload()
  await openDraft(page, 'Quill on routines')
  await openQuotes(page)
  await page.getByLabel('Transcript file').setInputFiles({
    name: 'quill.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'MARA QUILL: Good skin care is mostly sunscreen and patience, every single day.\n',
    ),
  })
  const quote = card(page, 'Good skincare')
  await expect(quote.locator('.align-badge')).toHaveText('Trivial edit')
  // One turn, said as one.
  await expect(page.getByText('TXT · 1 turn', { exact: true })).toBeVisible()
  await expect(quote.locator('del.diff-removed')).toHaveCount(0)
  // No key for marks that are not there.
  await expect(quote.locator('.diff-legend')).toHaveCount(0)
  await dismissNotices(page)
  await quote.scrollIntoViewIfNeeded()
  await shot(page, 'compound-trivial')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'compound-trivial-dark')
  expect(consoleErrors).toEqual([])
})

test('places, institutions and groups are not proposed as people named in the draft', async ({
  page,
  host,
  consoleErrors,
}) => {
  const body = [
    '# The fermenters',
    '',
    'In 2019 a team at the University of Sankt Aurel fermented the extract; a pilot in Sankt Aurel followed.',
    '',
    '“It keeps for two years,” says Ilse Vandermeer, a nutritionist from Port Marlow.',
    '',
    'Participants who applied the serum saw fewer lines. Visitors from Mount Carrow agreed.',
    '',
  ].join('\n')
  unwrap(await host.api('drafts:create', { title: 'The fermenters', body }))
  await page.reload()
  await openDraft(page, 'The fermenters')
  await openQuotes(page)
  const found = page.getByRole('region', { name: 'Named here, not in the register' })
  await expect(found.getByRole('listitem')).toHaveCount(1)
  await expect(found.getByRole('listitem')).toContainText('Ilse Vandermeer')
  await expect(found).not.toContainText('Sankt Aurel')
  await expect(found).not.toContainText('Participants')
  expect(consoleErrors).toEqual([])
})
