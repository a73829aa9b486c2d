import { expect, shot, test, unwrap } from './support/host'

const PROFILE = { name: 'Eda Editor', role: 'editor' } as const

test('first start asks who is reviewing and shows the sample library', async ({
  page,
  consoleErrors,
}) => {
  const dialog = page.getByRole('dialog', { name: 'Who is reviewing?' })
  await expect(dialog).toBeVisible()
  await shot(page, 'profile-dialog')
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Faye Checker')
  await dialog.getByRole('radio', { name: 'Fact-checker' }).check()
  await dialog.getByRole('button', { name: 'Start reviewing' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('banner')).toContainText('Faye Checker')
  const drafts = page.getByRole('list', { name: 'Drafts' })
  await expect(drafts.getByRole('button').first()).toBeVisible()
  await shot(page, 'sample-library')
  expect(consoleErrors).toEqual([])
})

test.describe('with a profile', () => {
  test.use({ profile: PROFILE })

  test('create a draft, find it by its text, rename, archive, trash, restore and delete it', async ({
    page,
    host,
    consoleErrors,
  }) => {
    const library = page.getByRole('navigation', { name: 'Library' })
    await library.getByRole('button', { name: 'New draft' }).click()
    const dialog = page.getByRole('dialog', { name: 'New draft' })
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Harbour dredging costs')
    await dialog.getByRole('textbox', { name: 'Byline (optional)' }).fill('Mara Quill')
    await dialog.getByRole('button', { name: 'Create draft' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Harbour dredging costs' }),
    ).toBeVisible()
    await shot(page, 'new-draft-empty')

    // A new, empty draft opens in edit mode: give it text, then search for a word only the text holds.
    await page
      .getByRole('textbox', { name: 'Markdown text' })
      .fill('The council spent *4.2 million* on dredging the eastern channel.')
    await page.getByRole('textbox', { name: 'Revision message' }).fill('First paragraph')
    await page.getByRole('button', { name: 'Save revision' }).click()
    // The empty text it started with is not a revision: the first text saved is revision 1.
    await expect(page.getByRole('status').filter({ hasText: 'Saved revision 1' })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Revisions' }).getByRole('listitem')).toHaveCount(1)

    const search = library.getByRole('searchbox', { name: 'Search drafts' })
    await search.fill('eastern channel')
    const rows = library.getByRole('list', { name: 'Drafts' })
    const row = (title: string) => rows.getByRole('button', { name: title, exact: true })
    const renamed = 'Harbour dredging: the real costs'
    await expect(row('Harbour dredging costs')).toBeVisible()
    await expect(rows.getByRole('listitem')).toHaveCount(1)
    await shot(page, 'library-search')
    await search.fill('')
    // The whole list is back (the search box waits for typing to pause) before a row's menu.
    await expect(rows.getByRole('listitem')).toHaveCount(4)

    // Rename through the row menu.
    await library.getByRole('button', { name: 'Actions for Harbour dredging costs' }).click()
    await page.getByRole('menuitem', { name: 'Rename…' }).click()
    const rename = page.getByRole('dialog')
    await rename.getByRole('textbox').fill('Harbour dredging: the real costs')
    await rename.getByRole('button', { name: /Rename/ }).click()
    await expect(row(renamed)).toBeVisible()

    // Archive, find it under Archived, move it to the trash, restore it, delete it for good.
    await library
      .getByRole('button', { name: 'Actions for Harbour dredging: the real costs' })
      .click()
    await page.getByRole('menuitem', { name: 'Archive' }).click()
    await expect(row(renamed)).toHaveCount(0)
    await library.getByRole('tab', { name: 'Archived' }).click()
    await expect(row(renamed)).toBeVisible()

    await library
      .getByRole('button', { name: 'Actions for Harbour dredging: the real costs' })
      .click()
    await page.getByRole('menuitem', { name: 'Move to trash' }).click()
    await library.getByRole('tab', { name: 'Trash' }).click()
    await expect(row(renamed)).toBeVisible()
    await shot(page, 'library-trash')

    await library
      .getByRole('button', { name: 'Actions for Harbour dredging: the real costs' })
      .click()
    await page.getByRole('menuitem', { name: 'Restore' }).click()
    await expect(row(renamed)).toHaveCount(0)
    // It was archived before the trash: the notice says it went back to Archived.
    await expect(
      page.getByText('Restored “Harbour dredging: the real costs” to Archived'),
    ).toBeVisible()
    const archived = unwrap(await host.api('drafts:list', { view: 'archived' }))
    expect(archived.map((d) => d.title)).toContain('Harbour dredging: the real costs')

    await library.getByRole('tab', { name: 'Archived' }).click()
    await library
      .getByRole('button', { name: 'Actions for Harbour dredging: the real costs' })
      .click()
    await page.getByRole('menuitem', { name: 'Move to trash' }).click()
    await library.getByRole('tab', { name: 'Trash' }).click()
    await library
      .getByRole('button', { name: 'Actions for Harbour dredging: the real costs' })
      .click()
    await page.getByRole('menuitem', { name: 'Delete for good…' }).click()
    const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'))
    await confirm.getByRole('button', { name: /Delete/ }).click()
    await expect(row(renamed)).toHaveCount(0)
    const everywhere = await Promise.all(
      (['active', 'archived', 'trash'] as const).map(async (view) =>
        unwrap(await host.api('drafts:list', { view })),
      ),
    )
    expect(everywhere.flat().map((d) => d.title)).not.toContain('Harbour dredging: the real costs')
    expect(consoleErrors).toEqual([])
  })

  test('the list keeps its order while a draft is open, and sorts again on a new view', async ({
    page,
    consoleErrors,
  }) => {
    const library = page.getByRole('navigation', { name: 'Library' })
    const rows = library.getByRole('list', { name: 'Drafts' })
    const order = async () =>
      (await rows.getByRole('listitem').allInnerTexts()).map((t) => t.split('\n')[0]!.trim())
    await expect(rows.getByRole('listitem')).toHaveCount(3)
    const before = await order()
    const second = before[1]!
    await rows.getByRole('button', { name: second, exact: true }).click()
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    const text = page.getByRole('textbox', { name: 'Markdown text' })
    await text.fill(`${(await text.inputValue()).trimEnd()}\n\nOne more line.\n`)
    await page.getByRole('button', { name: 'Save revision' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved revision' })).toBeVisible()
    // Its row shows the change, and stays where it was.
    await expect(rows.getByRole('listitem').nth(1)).toContainText('just now')
    expect(await order()).toEqual(before)
    // At 1280 px the header's buttons wrap instead of running under the side panel.
    const edit = (await page.getByRole('button', { name: 'Edit', exact: true }).boundingBox())!
    const header = (await page.locator('.draft-header').boundingBox())!
    expect(edit.x + edit.width).toBeLessThanOrEqual(header.x + header.width)
    await shot(page, 'steady-order')
    // Another view and back: the list is sorted by last change again.
    await library.getByRole('tab', { name: 'Archived' }).click()
    await library.getByRole('tab', { name: 'Active' }).click()
    await expect.poll(order).toEqual([second, ...before.filter((t) => t !== second)])
    expect(consoleErrors).toEqual([])
  })
})
