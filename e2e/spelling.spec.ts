import type { Page, Request } from '@playwright/test'
import { errorsBesidesRestart, expect, shot, test, unwrap } from './support/host'

test.use({
  profile: { name: 'Eda Editor', role: 'editor' },
  viewport: { width: 1440, height: 900 },
})

const TITLE = 'Fermented serums'
const BODY = [
  '# Fermented serums',
  '',
  'Vellaria serums claim to recieve the best reviews, says the [studdy](https://exmple.org/studdy).',
  '',
  'The VELLA-12 trial ran for eight weeks.',
  '',
].join('\n')

/** Right-clicks a misspelled word where the editor underlines it. */
async function rightClickWord(page: Page, word: string): Promise<void> {
  const mark = page.locator('.spell-backdrop mark.spell-wrong', {
    hasText: new RegExp(`^${word}$`),
  })
  await expect(mark).toHaveCount(1)
  const box = (await mark.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' })
}

const underlined = (page: Page) => page.locator('.spell-backdrop mark.spell-wrong').allInnerTexts()

test('the editor checks spelling offline: underlines, suggestions, and a house word list kept in the library', async ({
  page,
  host,
  consoleErrors,
}) => {
  const requests: Request[] = []
  page.on('request', (r) => requests.push(r))
  unwrap(await host.api('drafts:create', { title: TITLE, body: BODY }))
  await page.reload()
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: TITLE, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: TITLE }).first()).toBeVisible()
  // Reading a draft loads no dictionary: it comes with the editor.
  const spellingAsked = () =>
    requests.filter((r) => /profile:spelling|spell\.worker/.test(r.url())).length
  expect(spellingAsked()).toBe(0)

  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const text = page.getByRole('textbox', { name: 'Markdown text' })
  await expect(text).toHaveAttribute('data-spelling', 'galley')
  // Chromium's own checker is off once Galley's works: one set of underlines, no downloads.
  await expect(text).toHaveAttribute('spellcheck', 'false')
  // Misspellings in the prose; not the link's address, the trial's code or the Markdown.
  await expect.poll(() => underlined(page)).toEqual(['Vellaria', 'recieve', 'studdy'])
  // The underline sits under the word in the textarea.
  const mark = await page.locator('mark.spell-wrong', { hasText: 'recieve' }).boundingBox()
  const area = (await text.boundingBox())!
  expect(mark!.x).toBeGreaterThan(area.x)
  expect(mark!.x + mark!.width).toBeLessThan(area.x + area.width)

  // Suggestions on a right-click, and the chosen one replaces the word.
  await rightClickWord(page, 'recieve')
  const menu = page.getByRole('menu', { name: 'Spelling of “recieve”' })
  await expect(menu.getByRole('menuitem', { name: 'receive', exact: true })).toBeVisible()
  await expect(menu.getByRole('menuitem', { name: 'Add “recieve” to dictionary' })).toBeVisible()
  await shot(page, 'suggestions')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'suggestions-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await menu.getByRole('menuitem', { name: 'receive', exact: true }).click()
  await expect(menu).toBeHidden()
  await expect(text).toHaveValue(/claim to receive the best/)
  await expect.poll(() => underlined(page)).toEqual(['Vellaria', 'studdy'])
  // As if typed: Ctrl+Z takes it back.
  await text.press('Control+z')
  await expect(text).toHaveValue(/claim to recieve the best/)
  await text.press('Control+Shift+z')
  await expect(text).toHaveValue(/claim to receive the best/)

  // The keyboard: the context-menu key with the caret in a word opens the same menu, the arrows
  // move through it, and Escape closes it and gives the text its focus back.
  const at = (await text.inputValue()).indexOf('studdy') + 2
  await text.evaluate((el: HTMLTextAreaElement, i) => el.setSelectionRange(i, i), at)
  await text.press('Shift+F10')
  const studdy = page.getByRole('menu', { name: 'Spelling of “studdy”' })
  await expect(studdy).toBeVisible()
  await expect(studdy.getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('End')
  await expect(studdy.getByRole('menuitem', { name: 'Add “studdy” to dictionary' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toBeHidden()
  await expect(text).toBeFocused()

  // A house word: added once, accepted from then on, kept in the library.
  await rightClickWord(page, 'Vellaria')
  await page.getByRole('menuitem', { name: 'Add “Vellaria” to dictionary' }).click()
  await expect.poll(() => underlined(page)).toEqual(['studdy'])
  expect(unwrap(await host.api('profile:spelling', {})).words).toEqual(['vellaria'])
  await page.getByRole('button', { name: 'Save revision' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved revision' })).toBeVisible()

  await host.restart()
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: TITLE, exact: true })
    .click()
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Markdown text' })).toHaveAttribute(
    'data-spelling',
    'galley',
  )
  await expect.poll(() => underlined(page)).toEqual(['studdy'])

  // Nothing was fetched from anywhere but Galley itself (its port changes with the restart).
  const elsewhere = requests
    .map((r) => r.url())
    .filter((u) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(u) && !u.startsWith('data:'))
  expect(elsewhere).toEqual([])
  expect(errorsBesidesRestart(consoleErrors)).toEqual([])
})
