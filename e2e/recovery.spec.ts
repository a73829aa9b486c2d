import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errorsBesidesRestart, expect, shot, test, unwrap } from './support/host'

test.use({ profile: { name: 'Rhea Recovery', role: 'editor' }, sample: false })

const TITLE = 'Harbour ferry fares'
const FIRST = 'Ferry fares rose by 12% in 2024, the council said.\n'
const SECOND = `${FIRST}\nCommuters say the boats are never on time.\n`

test('a damaged draft file is quarantined, and its last good version restores from the banner', async ({
  page,
  host,
  consoleErrors,
}) => {
  // Three saves: created, a second revision, then a rename. The backup holds the second state.
  const draft = unwrap(await host.api('drafts:create', { title: TITLE, body: FIRST }))
  unwrap(
    await host.api('revisions:save', {
      draftId: draft.id,
      baseRevisionId: draft.currentRevisionId,
      body: SECOND,
      message: 'Add the commuters',
    }),
  )
  unwrap(await host.api('drafts:rename', { id: draft.id, title: `${TITLE} (final)` }))

  // Cut the file short; Galley does not write it again on the way down, so on the next start it
  // finds the file as damaged as if this had happened while it was stopped.
  const file = join(host.library, 'drafts', `${draft.id}.json`)
  const whole = await readFile(file, 'utf8')
  const damaged = whole.slice(0, Math.floor(whole.length / 3))
  await writeFile(file, damaged)
  await host.restart()

  const banner = page.getByRole('alert').filter({ hasText: 'could not be read' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText(`drafts/${draft.id}.json`)
  await expect(banner).toContainText('not valid JSON')
  const drafts = page.getByRole('list', { name: 'Drafts' })
  await expect(drafts.getByRole('button', { name: /Harbour ferry fares/ })).toHaveCount(0)
  await shot(page, 'banner-with-restore')

  await banner.getByRole('button', { name: /^Restore last good version/ }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Restore the last good version?' })
  await expect(dialog).toContainText('The damaged copy stays')
  await shot(page, 'restore-dialog')
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click()

  await expect(page.getByText(`Restored drafts/${draft.id}.json`)).toBeVisible()
  await expect(banner).toBeHidden()
  // The last good version is the one before the rename: the old title, both revisions.
  await drafts.getByRole('button', { name: TITLE, exact: true }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: TITLE, exact: true }).first(),
  ).toBeVisible()
  await expect(page.getByRole('article')).toContainText(
    'Commuters say the boats are never on time.',
  )
  await expect(page.getByRole('list', { name: 'Revisions' }).getByRole('listitem')).toHaveCount(2)
  await shot(page, 'restored-draft')

  // The damaged copy is still in quarantine, byte for byte; the problem is not reported again.
  const quarantined = await readdir(join(host.library, 'quarantine'))
  const copy = quarantined.find((n) => n.endsWith(`${draft.id}.json`))
  expect(await readFile(join(host.library, 'quarantine', copy!), 'utf8')).toBe(damaged)
  await host.restart()
  await expect(drafts.getByRole('button', { name: TITLE, exact: true })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0)
  expect(unwrap(await host.api('app:info', {})).problems).toEqual([])
  expect(errorsBesidesRestart(consoleErrors)).toEqual([])
})

test('dismiss leaves a damaged file in quarantine and stops reporting it', async ({
  page,
  host,
}) => {
  const draft = unwrap(
    await host.api('drafts:create', { title: 'Never saved twice', body: 'Once.\n' }),
  )
  await writeFile(join(host.library, 'drafts', `${draft.id}.json`), '')
  await host.restart()

  const banner = page.getByRole('alert').filter({ hasText: 'could not be read' })
  await expect(banner).toContainText('the file is empty')
  // Written once, so there is no earlier version to offer.
  await expect(banner.getByRole('button', { name: /^Restore last good version/ })).toHaveCount(0)
  await banner.getByRole('button', { name: `Dismiss drafts/${draft.id}.json` }).click()
  await expect(banner).toBeHidden()

  await host.restart()
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0)
  const kept = await readdir(join(host.library, 'quarantine'))
  expect(kept.some((n) => n.endsWith(`${draft.id}.json`))).toBe(true)
})
