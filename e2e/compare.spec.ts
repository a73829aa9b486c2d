import type { Locator, Page } from '@playwright/test'
import { RESOLVE_DIFF_OPTIONS } from '../src/shared/channels/revisions'
import { applyDecisions, diffRevisions } from '../src/shared/diff'
import { expectAccessible } from './support/a11y'
import { expect, shot, test, unwrap, type GalleyHost } from './support/host'

test.use({
  profile: { name: 'Eda Editor', role: 'editor' },
  viewport: { width: 1440, height: 900 },
})

const FEATURE = 'Is vellaria really the new retinol?'
const CLAIMED = 'Participants who applied a 3 percent vellaria serum'

async function openDraft(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByRole('button', { name: title, exact: true })
    .click()
  await expect(
    page.getByRole('heading', { level: 1, name: title, exact: true }).first(),
  ).toBeVisible()
}

/** The feature's id and revisions, and a verified claim on the sentence revision 2 corrected. */
async function featureWithClaim(host: GalleyHost) {
  const drafts = unwrap(await host.api('drafts:list', { view: 'active' }))
  const id = drafts.find((d) => d.title === FEATURE)!.id
  const detail = unwrap(await host.api('drafts:get', { id }))
  const body = detail.current.body
  const start = body.indexOf(CLAIMED)
  const end = body.indexOf('.', body.indexOf('within eight weeks')) + 1
  expect(start).toBeGreaterThan(0)
  const claim = unwrap(
    await host.api('claims:create', { draftId: id, revisionId: detail.current.id, start, end }),
  )
  unwrap(
    await host.api('claims:setVerdict', { draftId: id, claimId: claim.id, verdict: 'verified' }),
  )
  const byNumber = [...detail.revisions].sort((a, b) => a.number - b.number)
  return { id, revisions: byNumber }
}

const changeItems = (page: Page): Locator =>
  page.getByRole('list', { name: 'Changes' }).locator(':scope > li')

test('compare revisions 1 → 3 side by side and inline, step, filter, decide and save', async ({
  page,
  host,
  consoleErrors,
}) => {
  const { id, revisions } = await featureWithClaim(host)
  const [rev1, , rev3] = revisions
  await openDraft(page, FEATURE)

  // Ctrl+Alt+C opens the comparison: previous → current by default.
  await page.keyboard.press('Control+Alt+c')
  await expect(page.getByRole('heading', { name: /Compare revisions/ })).toBeVisible()
  await expect(page.getByLabel('From revision')).toHaveValue(revisions[1]!.id)
  await expect(page.getByLabel('To revision')).toHaveValue(rev3!.id)

  // Non-adjacent: 1 → 3.
  await page.getByLabel('From revision').selectOption(rev1!.id)
  const side = page.getByRole('region', { name: 'Side by side comparison' })
  await expect(side).toBeVisible()
  await expect(page.getByRole('region', { name: 'From: revision 1' })).toContainText('First draft')
  await expect(page.getByText('12 changes, ')).toBeVisible()
  const row = side.locator('.cmp-row-changed').filter({ hasText: 'VELLA-12' }).first()
  await expect(row.locator('.cmp-old del', { hasText: 'six' })).toBeVisible()
  await expect(row.locator('.cmp-new ins', { hasText: 'eight' })).toBeVisible()
  await expect(side.getByRole('button', { name: /Moved from ¶/ }).first()).toBeVisible()
  // Markdown as a reader sees it: headings, emphasis and links without their syntax.
  await side
    .getByRole('button', { name: /unchanged paragraphs/ })
    .first()
    .click()
  await expect(side.locator('.cmp-heading').first()).not.toContainText('#')
  const shown = await side.innerText()
  expect(shown).not.toMatch(/^#{1,6} /m)
  expect(shown).not.toContain('](https://')
  expect(shown).not.toMatch(/\*Dr\. Achterberg|\*Hattie/)

  // The claim whose text changed is listed on the change that edited it.
  await expect(page.getByText(/This comparison touches 1 claim/)).toBeVisible()
  const numberChange = changeItems(page).filter({ hasText: 'eight' }).first()
  await expect(numberChange).toContainText('Claim')
  await expect(numberChange).toContainText(/Verified|needs re-check/)
  await shot(page, 'side-by-side')
  await expectAccessible(page, 'comparison, side by side')
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  await shot(page, 'side-by-side-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Next / previous by keyboard.
  await page.locator('.cmp-text-pane').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('n')
  await expect(page.getByText('Change 1 of 12')).toBeVisible()
  await page.keyboard.press('n')
  await expect(page.getByText('Change 2 of 12')).toBeVisible()
  await expect(page.locator('#cmp-change-c2')).toBeFocused()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByText('Change 3 of 12')).toBeVisible()
  await page.keyboard.press('p')
  await expect(page.getByText('Change 2 of 12')).toBeVisible()

  // Substantive only hides punctuation and wording-only edits.
  await expect(changeItems(page)).toHaveCount(12)
  await page.getByRole('checkbox', { name: 'Substantive only' }).check()
  const substantive = await changeItems(page).count()
  expect(substantive).toBeGreaterThan(0)
  expect(substantive).toBeLessThan(12)
  await expect(page.getByRole('list', { name: 'Changes' })).not.toContainText('Punctuation only')
  await expect(changeItems(page).filter({ hasText: 'eight' })).toHaveCount(1)
  await page.getByRole('checkbox', { name: 'Substantive only' }).uncheck()

  // Inline.
  await page.getByRole('button', { name: 'Inline' }).click()
  const inline = page.getByRole('region', { name: 'Inline comparison' })
  await expect(inline).toBeVisible()
  const inlineRow = inline.locator('.cmp-row-changed').filter({ hasText: 'VELLA-12' }).first()
  await expect(inlineRow.locator('del', { hasText: 'six' })).toBeVisible()
  await expect(inlineRow.locator('ins', { hasText: 'eight' })).toBeVisible()
  await shot(page, 'inline')
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  await shot(page, 'inline-dark')
  await expectAccessible(page, 'comparison, inline, dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByRole('button', { name: 'Side by side' }).click()

  // Reject two changes, accept the move, leave the rest undecided.
  await page.getByRole('button', { name: 'Reject change 1', exact: true }).click()
  await page.getByRole('button', { name: 'Reject change 6', exact: true }).click()
  await page.getByRole('button', { name: 'Accept change 5', exact: true }).click()
  await expect(page.getByText('1 accepted · 2 rejected · 9 undecided')).toBeVisible()
  await shot(page, 'decisions')
  // Saving asks about the 9 undecided changes; the default goes back to the first of them.
  await page.getByRole('button', { name: 'Save as new revision…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save as new revision' })
  await expect(dialog).toContainText('9 changes have no decision yet')
  await expect(dialog.getByRole('radio', { name: /Keep reviewing/ })).toBeChecked()
  await expect(dialog.getByLabel('Revision message')).toBeHidden()
  await shot(page, 'save-undecided')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'save-undecided-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Change 2 of 12')).toBeVisible()
  await expect(changeItems(page).nth(1)).toHaveAttribute('aria-current', 'true')
  // Saved with the undecided ones accepted, as the editor chooses explicitly.
  await page.getByRole('button', { name: 'Save as new revision…' }).click()
  await dialog.getByRole('radio', { name: 'Accept them all' }).check()
  await expect(dialog.getByLabel('Revision message')).toHaveValue(
    'Accepted 10 changes, rejected 2 from revision 1 → 3',
  )
  await dialog.getByRole('button', { name: 'Save revision' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved revision 4' })).toBeVisible()

  // Now comparing 3 → 4: the two rejected changes, undone.
  const after = unwrap(await host.api('drafts:get', { id }))
  const rev4 = after.revisions.find((r) => r.number === 4)!
  expect(rev4.parentId).toBe(rev3!.id)
  expect(rev4.author.name).toBe('Eda Editor')
  await expect(page.getByLabel('From revision')).toHaveValue(rev3!.id)
  await expect(page.getByLabel('To revision')).toHaveValue(rev4.id)
  await expect(page.getByText('2 changes, ')).toBeVisible()

  const old = unwrap(await host.api('revisions:get', { draftId: id, revisionId: rev1!.id })).body
  const nw = unwrap(await host.api('revisions:get', { draftId: id, revisionId: rev3!.id })).body
  const diff = diffRevisions(old, nw, RESOLVE_DIFF_OPTIONS)
  const accepted = new Set(diff.changes.map((c) => c.id).filter((c) => c !== 'c1' && c !== 'c6'))
  const saved = unwrap(await host.api('revisions:get', { draftId: id, revisionId: rev4.id })).body
  expect(saved).toBe(applyDecisions(old, nw, diff, accepted))
  expect(saved).toContain('within six weeks')
  expect(saved).not.toContain('within eight weeks')
  expect(saved).toContain("Honestly, it's the one I reach for first")

  // Escape closes the comparison and the draft shows again.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: /Compare revisions/ })).toBeHidden()
  await expect(page.getByRole('article')).toContainText('within six weeks')
  expect(consoleErrors).toEqual([])
})

test('compare is reachable without the shortcut: the header, the History tab; "?" lists every view’s keys', async ({
  page,
  host,
  consoleErrors,
}) => {
  const id = unwrap(await host.api('drafts:list', { view: 'active' })).find(
    (d) => d.title === FEATURE,
  )!.id
  const revisions = [...unwrap(await host.api('drafts:get', { id })).revisions].sort(
    (a, b) => a.number - b.number,
  )
  const [rev1, rev2, rev3] = revisions
  await openDraft(page, FEATURE)
  const heading = page.getByRole('heading', { name: /Compare revisions/ })

  // The draft header's Compare button: previous → current.
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(heading).toBeVisible()
  await expect(page.getByLabel('From revision')).toHaveValue(rev2!.id)
  await expect(page.getByLabel('To revision')).toHaveValue(rev3!.id)
  await page.getByRole('button', { name: 'Close comparison' }).click()

  // The History tab: each older revision compares with the current one, or with any other.
  await page.getByRole('tab', { name: 'History' }).click()
  const list = page.getByRole('list', { name: 'Revisions' })
  await expect(list.getByRole('button', { name: 'Compare with current: revision 3' })).toHaveCount(
    0,
  )
  await shot(page, 'history-compare-actions')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'history-compare-actions-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await list.getByRole('button', { name: 'Compare with current: revision 1' }).click()
  await expect(heading).toBeVisible()
  await expect(page.getByLabel('From revision')).toHaveValue(rev1!.id)
  await expect(page.getByLabel('To revision')).toHaveValue(rev3!.id)
  await page.keyboard.press('Escape')
  await expect(heading).toBeHidden()
  await page.getByRole('tab', { name: 'History' }).click()
  await list.getByRole('button', { name: 'Compare with…: revision 3' }).click()
  await shot(page, 'history-compare-with-menu')
  await page.getByRole('menuitem', { name: /^Revision 2/ }).click()
  await expect(heading).toBeVisible()
  await expect(page.getByLabel('From revision')).toHaveValue(rev2!.id)
  await expect(page.getByLabel('To revision')).toHaveValue(rev3!.id)

  // "?" in the comparison shows every view's keys, not only the margin's.
  await page.locator('.cmp-text-pane').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  for (const section of ['Anywhere', 'Claims margin', 'Comparing revisions']) {
    await expect(help.getByRole('region', { name: section })).toBeVisible()
  }
  await expect(help.getByRole('region', { name: 'Comparing revisions' })).toContainText(
    'Next change',
  )
  await expect(help.getByRole('region', { name: 'Anywhere' })).toContainText(
    'Compare revisions of the open draft',
  )
  await shot(page, 'shortcuts-help')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'shortcuts-help-dark')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(heading).toBeVisible()
  expect(consoleErrors).toEqual([])
})

/** About `paragraphs` paragraphs of a made-up feature, with emphasis, a link and a quote each. */
function longFeature(paragraphs: number): string {
  const words = 'the council said ferry fares rise study trial weeks expert board data'.split(' ')
  const out = ['# A long comparison']
  for (let i = 0; i < paragraphs; i++) {
    const w = Array.from({ length: 24 }, (_, k) => words[(i * 7 + k * k) % words.length])
    out.push(
      `${w.join(' ')} *${i}* [source](https://example.com/${i}). “Quote ${i},” said Dr. Quell.`,
    )
  }
  return out.join('\n\n') + '\n'
}

test('a long pair is compared on a worker started while the draft was read, and shows the diff main works out', async ({
  page,
  host,
  consoleErrors,
}) => {
  test.setTimeout(90_000)
  const body = longFeature(500)
  const edited = body.replace(/ferry (fares)/g, (_, f: string, at: number) =>
    at % 3 ? `ferry ${f}` : `bus ${f}`,
  )
  // Past LONG_PAIR (120,000 characters together): the window compares it on its workers.
  expect(body.length + edited.length).toBeGreaterThan(120_000)
  const made = unwrap(await host.api('drafts:create', { title: 'The long comparison', body }))
  unwrap(
    await host.api('revisions:save', {
      draftId: made.id,
      baseRevisionId: made.currentRevisionId,
      body: edited,
      message: 'Buses',
    }),
  )
  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))
  const started = (name: string) => workers.filter((u) => u.includes(name)).length
  await openDraft(page, 'The long comparison')
  // Nobody has asked for the comparison yet: its diff's worker starts while the draft is read.
  await expect.poll(() => started('diff.worker'), { timeout: 20_000 }).toBe(1)
  expect(started('marks.worker')).toBe(0)

  await page.keyboard.press('Control+Alt+c')
  const want = diffRevisions(body, edited, RESOLVE_DIFF_OPTIONS)
  expect(want.changes.length).toBeGreaterThan(50)
  await expect(page.getByText(`${want.changes.length} changes`, { exact: true })).toBeVisible({
    timeout: 30_000,
  })
  await expect(changeItems(page)).toHaveCount(want.changes.length)
  await expect(changeItems(page).first()).toContainText('bus')
  // The diff went to the worker already started; each side's marks to a worker of its own.
  expect([started('diff.worker'), started('marks.worker')]).toEqual([1, 2])
  expect(
    Number(await page.evaluate(() => document.documentElement.dataset['lastDiffMs'])),
  ).toBeGreaterThan(0)
  await shot(page, 'long-pair')
  expect(consoleErrors).toEqual([])
})
