import { expect, shot, test, unwrap } from './support/host'

// A library of a few hundred drafts: the list renders only the rows near its view (issue 13),
// scrolls to the last draft, and is worked with the keyboard.
test.use({
  sample: false,
  profile: { name: 'Eda Editor', role: 'editor' },
  viewport: { width: 1440, height: 900 },
})

const COUNT = 240

test('a long library list is virtualised, scrolls to its last draft and moves with the keyboard', async ({
  page,
  host,
  consoleErrors,
}) => {
  test.setTimeout(240_000)
  // Created oldest first: the list shows the newest (Draft 240) at the top.
  for (let i = 1; i <= COUNT; i++) {
    unwrap(
      await host.api('drafts:create', {
        title: `Draft ${String(i).padStart(3, '0')} ${i % 7 === 0 ? 'harbour' : 'council'}`,
        byline: `By Writer ${i % 13}`,
      }),
    )
  }
  await page.reload()
  const library = page.getByRole('navigation', { name: 'Library' })
  const list = library.getByRole('list', { name: 'Drafts' })
  const row = (n: number) =>
    list.getByRole('button', { name: new RegExp(`^Draft ${String(n).padStart(3, '0')} `) })
  await expect(row(COUNT)).toBeVisible()

  // Fewer rows in the DOM than drafts; each says its place in the whole list.
  const items = list.getByRole('listitem')
  expect(await items.count()).toBeLessThan(COUNT / 4)
  await expect(items.first()).toHaveAttribute('aria-setsize', String(COUNT))
  await expect(items.first()).toHaveAttribute('aria-posinset', '1')
  await shot(page, 'library-long-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'library-long-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Scrolling the panel to its end reaches the oldest draft.
  const panel = library.locator('.views-panel:not([hidden])')
  await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(row(1)).toBeVisible()
  await expect(items.last()).toHaveAttribute('aria-posinset', String(COUNT))
  expect(await items.count()).toBeLessThan(COUNT / 4)

  // Keyboard: End and Home, arrows, type-ahead; one row in the Tab order.
  await panel.evaluate((el) => el.scrollTo({ top: 0 }))
  await row(COUNT).focus()
  await page.keyboard.press('ArrowDown')
  await expect(row(COUNT - 1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(row(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(row(2)).toBeFocused()
  await shot(page, 'library-long-keyboard-end')
  await page.keyboard.press('Home')
  await expect(row(COUNT)).toBeFocused()
  await expect(row(COUNT)).toHaveAttribute('tabindex', '0')
  await expect(row(COUNT - 1)).toHaveAttribute('tabindex', '-1')
  // Typing jumps to the next title starting with the letters ("Draft 1…" after "Draft 240").
  await page.keyboard.type('draft 1', { delay: 20 })
  await expect(row(199)).toBeFocused()
  // Enter opens the focused draft, which becomes the selected row.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /^Draft 199 / })).toBeVisible()
  await expect(row(199)).toHaveAttribute('aria-current', 'true')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'library-long-open-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  // Tab from the row reaches its menu, which keeps Rename…, Archive and Move to trash.
  await row(199).focus()
  await page.keyboard.press('Tab')
  await expect(list.getByRole('button', { name: /^Actions for Draft 199 / })).toBeFocused()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem', { name: 'Rename…' })).toBeVisible()
  await expect(menu.getByRole('menuitem', { name: 'Archive' })).toBeVisible()
  await expect(menu.getByRole('menuitem', { name: 'Move to trash' })).toBeVisible()
  await page.keyboard.press('Escape')
  expect(consoleErrors).toEqual([])
})
