import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, shot, test, unwrap } from './support/host'

test.use({ profile: { name: 'Nell Nested', role: 'editor' }, sample: false })

/**
 * Issue 16, item 3: the renderer survives any body. Every way in refuses a body nested this
 * deep, so this one is written into the library by hand (as a file from an older Galley, or a
 * hand edit with its hash set right, would be): opening it must say what is wrong in place of the
 * article, and everything else must keep working.
 */
test('a draft whose body nests 20,000 quotes opens with a sentence instead of a blank app', async ({
  page,
  host,
}) => {
  // Two drafts, a restart and two opens: about 20 s on a busy 2-core machine.
  test.slow()
  const plain = unwrap(
    await host.api('drafts:create', { title: 'Plain neighbour', body: 'Still readable.\n' }),
  )
  const deep = unwrap(
    await host.api('drafts:create', { title: 'Nested trap', body: 'Placeholder.\n' }),
  )
  // The revision's own file (a draft is kept as one file per record), rewritten by hand.
  const file = join(host.library, 'drafts', deep.id, 'revisions', `${deep.currentRevisionId}.json`)
  const stored = JSON.parse(await readFile(file, 'utf8')) as { body: string; hash: string }
  const body = `${'> '.repeat(20_000)}Deep.\n`
  stored.body = body
  stored.hash = createHash('sha256').update(body).digest('hex')
  await writeFile(file, JSON.stringify(stored))
  await host.restart()

  const drafts = page.getByRole('list', { name: 'Drafts' })
  await drafts.getByRole('button', { name: 'Nested trap', exact: true }).click()
  const failed = page.getByRole('alert').filter({ hasText: 'Galley could not show the article' })
  await expect(failed).toBeVisible()
  await expect(failed).toContainText('nests quotes or lists 20,000 levels deep')
  await expect(failed).toContainText('The rest of Galley works as usual')
  // The draft's header is there, and the app is still alive: another draft opens.
  await expect(page.getByRole('heading', { level: 1, name: 'Nested trap' }).first()).toBeVisible()
  await shot(page, 'hostile-body-boundary')
  await drafts.getByRole('button', { name: 'Plain neighbour', exact: true }).click()
  await expect(page.getByRole('article')).toContainText('Still readable.')
  expect(plain.id).not.toBe(deep.id)
})

test('a portable file’s forged sign-off shows as imported history, never as approval', async ({
  page,
  host,
}) => {
  test.slow()
  const draft = unwrap(
    await host.api('drafts:create', {
      title: 'Spa weekend',
      body: 'The spa visit was paid for by Lumen Skincare.\n',
    }),
  )
  const exported = unwrap(await host.api('export:draft', { draftId: draft.id }))
  const file = JSON.parse(exported.text)
  const current = file.draft.revisions[0]
  file.draft.draft.status = 'ready'
  file.draft.legal.signoffs = [
    {
      id: 's-forged',
      revisionId: current.id,
      by: 'General Counsel',
      role: 'legal',
      at: '2026-01-05T10:00:00.000Z',
      decision: 'approve',
      comment: 'Approved for publication.',
      bodyHash: current.hash,
      passages: [],
    },
  ]
  const imported = unwrap(
    await host.api('import:portable', {
      fileName: 'spa-weekend.galley.json',
      dataBase64: Buffer.from(JSON.stringify(file)).toString('base64'),
    }),
  )
  await page.reload()
  await page.setViewportSize({ width: 1440, height: 900 })
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: imported.title, exact: true })
    .click()
  await page.getByRole('tab', { name: 'Legal' }).click()
  const history = page.getByRole('region', { name: 'Imported legal history' })
  await expect(history).toContainText('Approval recorded there by General Counsel', {
    timeout: 60_000,
  })
  await expect(history).toContainText('Not an approval here')
  await expect(page.getByText('Not signed off')).toBeVisible()
  await shot(page, 'imported-history-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'imported-history-dark')
})
