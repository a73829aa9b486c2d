import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, shot, test, unwrap } from './support/host'

test.use({ profile: { name: 'Eda Editor', role: 'editor' } })

const FEATURE = 'Is vellaria really the new retinol?'

async function openDraft(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: title, exact: true })
    .click()
  await expect(
    page.getByRole('heading', { level: 1, name: title, exact: true }).first(),
  ).toBeVisible()
}

test('read a draft, browse its revisions, edit and save a new one; it survives a restart', async ({
  page,
  host,
  consoleErrors,
}) => {
  await openDraft(page, FEATURE)
  const revisions = page.getByRole('list', { name: 'Revisions' })
  await expect(revisions.getByRole('listitem')).toHaveCount(3)
  await shot(page, 'draft-view')

  await revisions.getByRole('button', { name: /Revision 1/ }).click()
  await expect(page.getByText(/Viewing revision 1 of 3/)).toBeVisible()
  await shot(page, 'old-revision')
  await page.getByRole('button', { name: 'Back to current' }).click()
  await expect(page.getByText(/Viewing revision 1 of 3/)).toBeHidden()

  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const text = page.getByRole('textbox', { name: 'Markdown text' })
  const body = await text.inputValue()
  await text.fill(`${body.trimEnd()}\n\nA closing line added in review.\n`)
  await page.getByRole('textbox', { name: 'Revision message' }).fill('Add a closing line')
  await shot(page, 'editing')
  await page.getByRole('button', { name: 'Save revision' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved revision 4' })).toBeVisible()
  await expect(revisions.getByRole('listitem')).toHaveCount(4)
  const newest = revisions.getByRole('listitem').filter({ hasText: 'Add a closing line' })
  await expect(newest).toContainText('Eda Editor')
  await expect(page.getByRole('article')).toContainText('A closing line added in review.')

  await host.restart()
  await openDraft(page, FEATURE)
  await expect(revisions.getByRole('listitem')).toHaveCount(4)
  await expect(
    revisions.getByRole('listitem').filter({ hasText: 'Add a closing line' }),
  ).toContainText('Eda Editor')
  await expect(page.getByRole('article')).toContainText('A closing line added in review.')
  await expect(page.getByRole('banner')).toContainText('Eda Editor')
  await shot(page, 'after-restart')

  const found = unwrap(await host.api('drafts:list', { view: 'active' })).find(
    (d) => d.title === FEATURE,
  )
  const detail = unwrap(await host.api('drafts:get', { id: found!.id }))
  expect(detail.revisions.map((r) => r.message)).toContain('Add a closing line')
  expect(consoleErrors).toEqual([])
})

test('a corrupt draft file is quarantined and reported while the other drafts still open', async ({
  page,
  host,
}) => {
  const drafts = unwrap(await host.api('drafts:list', { view: 'active' }))
  const victim = drafts.find((d) => d.title !== FEATURE)!
  const file = join(host.library, 'drafts', `${victim.id}.json`)
  const original = await readFile(file, 'utf8')
  await writeFile(file, original.slice(0, Math.floor(original.length / 2)))

  await host.restart()
  const banner = page.getByRole('alert').filter({ hasText: /Library problems|could not be read/i })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText(victim.id)
  await shot(page, 'corrupt-file-reported')

  const list = page.getByRole('list', { name: 'Drafts' })
  await expect(list.getByRole('button', { name: victim.title, exact: true })).toHaveCount(0)
  await openDraft(page, FEATURE)
  await expect(page.getByRole('article')).toContainText('vellaria')

  // The broken file was moved aside as it was, not overwritten.
  const quarantined = await readdir(join(host.library, 'quarantine'))
  const copy = quarantined.find((n) => n.includes(victim.id) && n.endsWith('.json'))
  expect(copy).toBeDefined()
  expect(await readFile(join(host.library, 'quarantine', copy!), 'utf8')).toBe(
    original.slice(0, Math.floor(original.length / 2)),
  )
})

test('notices share one area that covers nothing; the newest of a kind replaces the older; each can be dismissed', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openDraft(page, FEATURE)
  const notices = page.getByRole('region', { name: 'Notifications' })
  const save = async (line: string) => {
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    const text = page.getByRole('textbox', { name: 'Markdown text' })
    await text.fill(`${(await text.inputValue()).trimEnd()}\n\n${line}\n`)
    await page.getByRole('textbox', { name: 'Revision message' }).fill(line)
    await page.getByRole('button', { name: 'Save revision' }).click()
  }
  await save('A first closing line.')
  await expect(notices.getByRole('status')).toHaveText(/Saved revision 4/)
  await save('A second closing line.')
  // The newer confirmation replaces the older one: they do not stack.
  await expect(notices.getByRole('status')).toHaveText(/Saved revision 5/)
  await expect(notices.getByText('Saved revision 4')).toHaveCount(0)

  // A warning beside it, while editing: Compare asks to save or discard first.
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const text = page.getByRole('textbox', { name: 'Markdown text' })
  await text.fill(`${await text.inputValue()}\nUnsaved.\n`)
  await page.keyboard.press('Control+Alt+c')
  await expect(notices).toContainText('Save or discard your edit first')
  await expect(notices.getByRole('button', { name: 'Dismiss notification' })).toHaveCount(2)

  // Nothing is under the notices: the workspace (library, article, side panel) ends where they
  // begin, and the Save button is above them.
  const area = (await notices.boundingBox())!
  const workspace = (await page.locator('.workspace').boundingBox())!
  expect(workspace.y + workspace.height).toBeLessThanOrEqual(area.y + 0.5)
  for (const covered of [
    page.getByRole('button', { name: 'Save revision' }),
    page.getByRole('tablist', { name: 'Review panels' }),
    page.getByRole('navigation', { name: 'Library' }),
  ]) {
    const box = (await covered.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(area.y + 0.5)
  }
  await shot(page, 'notices')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'notices-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Each one goes with its own button.
  await notices
    .locator('.notice-warning')
    .getByRole('button', { name: 'Dismiss notification' })
    .click()
  await expect(notices).not.toContainText('Save or discard your edit first')
  await expect(notices.getByRole('button', { name: 'Dismiss notification' })).toHaveCount(1)
  expect(consoleErrors).toEqual([])
})

test('Ctrl+F finds in the open draft and in a comparison; Ctrl+Shift+F searches the library; with no draft, the browser keeps its find', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  // The window is up (its shortcuts listen once it has rendered).
  await expect(page.getByRole('searchbox', { name: 'Search drafts' })).toBeVisible()
  // No draft open: Galley has no find, so it leaves Ctrl+F to the browser.
  const unhandled = await page.evaluate<boolean>(`(() => {
    const e = new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true, cancelable: true })
    document.body.dispatchEvent(e)
    return !e.defaultPrevented
  })()`)
  expect(unhandled).toBe(true)
  await page.keyboard.press('Control+Shift+F')
  await expect(page.getByRole('searchbox', { name: 'Search drafts' })).toBeFocused()
  await page.keyboard.press('Escape')

  await openDraft(page, FEATURE)
  await page.getByRole('heading', { level: 1, name: FEATURE }).first().click()
  await page.keyboard.press('Control+f')
  const bar = page.getByRole('search', { name: 'Find in the draft' })
  const input = bar.getByRole('searchbox', { name: 'Find in the draft' })
  await expect(input).toBeFocused()
  await input.fill('vellaria')
  const count = bar.getByRole('status')
  await expect(count).toHaveText(/^1 of \d+$/)
  const total = Number(/of (\d+)/.exec((await count.textContent()) ?? '')![1])
  expect(total).toBeGreaterThan(5)
  await input.press('Enter')
  await expect(count).toHaveText(`2 of ${total}`)
  await input.press('Shift+Enter')
  await input.press('Shift+Enter')
  await expect(count).toHaveText(`${total} of ${total}`)
  await bar.getByRole('button', { name: 'Next match' }).click()
  await expect(count).toHaveText(`1 of ${total}`)
  const painted = await page.evaluate<number>("CSS.highlights.get('galley-find')?.size ?? 0")
  expect(painted).toBe(total)
  await input.fill('no such words anywhere')
  await expect(count).toHaveText('No matches')
  await input.fill('Sankt Aurel')
  await expect(count).toHaveText('1 of 2')
  await shot(page, 'find-in-draft')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'find-in-draft-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await input.press('Escape')
  await expect(bar).toBeHidden()
  expect(await page.evaluate<number>("CSS.highlights.get('galley-find')?.size ?? 0")).toBe(0)
  // The library search keeps its own keys.
  await page.keyboard.press('Control+Shift+F')
  await expect(page.getByRole('searchbox', { name: 'Search drafts' })).toBeFocused()

  // In a comparison, folded paragraphs included.
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(page.getByRole('heading', { name: /Compare revisions/ })).toBeVisible()
  await page.locator('.cmp-text-pane').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+f')
  const cmpBar = page.getByRole('search', { name: 'Find in the comparison' })
  await cmpBar.getByRole('searchbox').fill('Sankt Aurel')
  // Both sides of an unchanged paragraph show it: each side counts.
  await expect(cmpBar.getByRole('status')).toHaveText(/^1 of \d+$/)
  // The current match is brought into view in the text pane.
  await expect
    .poll(() =>
      page.evaluate<boolean>(`(() => {
        const r = CSS.highlights.get('galley-find-current')
        const range = r && [...r][0]
        if (!range) return false
        const box = range.getBoundingClientRect()
        const pane = document.querySelector('.cmp-text-pane').getBoundingClientRect()
        return box.top >= pane.top && box.bottom <= pane.bottom
      })()`),
    )
    .toBe(true)
  await shot(page, 'find-in-comparison')
  await cmpBar.getByRole('searchbox').press('Escape')
  await expect(cmpBar).toBeHidden()
  // Escape in the find bar closes only the find bar, not the comparison.
  await expect(page.getByRole('heading', { name: /Compare revisions/ })).toBeVisible()
  expect(consoleErrors).toEqual([])
})
