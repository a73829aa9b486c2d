import type { Page } from '@playwright/test'
import { fixtureDir } from './support/files'
import { expect, shot, test, unwrap } from './support/host'
import {
  asPayload,
  hostileFiles,
  setTraps,
  writeHugeFile,
  type HostileFile,
  type Traps,
} from './support/hostile'

test.use({ profile: { name: 'Hal Hostile', role: 'editor' } })

const files = await hostileFiles()
const ui = files.filter((f) => f.ui)
const inert = ui.filter((f) => 'inert' in f.expect)
const refused = ui.filter((f) => 'refused' in f.expect)

/** Picks a file in the Import file chooser, as a person would. */
async function pickFile(page: Page, file: Parameters<typeof asPayload>[0] | string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles(typeof file === 'string' ? file : asPayload(file))
}

/** Nothing in the article can run, load or navigate: no active elements, handlers or URLs. */
async function expectInertArticle(page: Page): Promise<void> {
  const found = await page.getByRole('article').evaluate((article) => {
    // This file is type-checked without DOM types: the little of the DOM it reads.
    interface El {
      tagName: string
      attributes: ArrayLike<{ name: string }>
      querySelectorAll(selector: string): ArrayLike<El>
    }
    const ACTIVE_TAGS =
      /^(script|iframe|frame|object|embed|img|image|video|audio|source|link|meta|base|form|input|button|svg|math|style|a)$/
    const ACTIVE_ATTRS = /^(on|href|src|srcset|action|formaction|style|xlink:href|poster|data$)/i
    const bad: string[] = []
    for (const el of Array.from((article as unknown as El).querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase()
      if (ACTIVE_TAGS.test(tag)) bad.push(`<${tag}>`)
      for (const attr of Array.from(el.attributes)) {
        if (ACTIVE_ATTRS.test(attr.name)) bad.push(`${tag}[${attr.name}]`)
      }
    }
    return bad
  })
  expect(found).toEqual([])
}

async function expectNothingRan(traps: Traps, consoleErrors: string[]): Promise<void> {
  expect(traps.fired, 'a payload from a draft ran').toEqual([])
  expect(traps.foreign, 'a draft made the page request another host').toEqual([])
  expect(await traps.pwned()).toBeUndefined()
  // Not even a blocked attempt: a CSP report would mean content tried to run or load.
  expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([])
}

test('hostile HTML, Markdown, text and Word files import inert: no script runs, nothing is fetched', async ({
  page,
  host,
  consoleErrors,
}) => {
  test.setTimeout(120_000)
  const traps = await setTraps(page, () => host.url)
  for (const file of inert) {
    if (!('inert' in file.expect)) continue
    await pickFile(page, file)
    // The app opens the imported draft; its first kept words show it is the one on screen.
    const words = file.expect.inert.keeps[0] ?? ''
    await expect(page.getByRole('article'), file.id).toContainText(words, { timeout: 15_000 })
    await expectInertArticle(page)
    if (file.id === 'md-raw-html') {
      // The raw HTML is shown as the text it is.
      await expect(page.getByRole('article')).toContainText('<script>')
      await shot(page, 'inert-markdown')
    }
  }
  // Every one is a draft of its own, and the library list shows them all.
  const drafts = unwrap(await host.api('drafts:list', { view: 'active' }))
  expect(drafts.length).toBeGreaterThanOrEqual(inert.length)
  await expectNothingRan(traps, consoleErrors)
})

test('hostile files that must be refused are refused with a sentence, and nothing is stored', async ({
  page,
  host,
  consoleErrors,
}) => {
  test.setTimeout(120_000)
  const traps = await setTraps(page, () => host.url)
  const before = unwrap(await host.api('drafts:list', { view: 'active' }))
  for (const file of refused) {
    if (!('refused' in file.expect)) continue
    await pickFile(page, file)
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'was not imported' })
      .filter({ hasText: file.expect.refused.says })
    await expect(alert, file.id).toBeVisible({ timeout: 15_000 })
    if (file.id === 'docx-bomb') await shot(page, 'refused-zip-bomb')
  }

  const dir = await fixtureDir()
  await pickFile(page, await writeHugeFile(dir))
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /huge-100mb\.md.*was not imported/ })
      .filter({ hasText: /is 100\.0 MB; Galley imports files up to 20\.0 MB/ }),
  ).toBeVisible()

  const after = unwrap(await host.api('drafts:list', { view: 'active' }))
  expect(after.map((d) => d.id).sort()).toEqual(before.map((d) => d.id).sort())
  await expectNothingRan(traps, consoleErrors)
})

test('a hostile draft stays inert when reopened after a restart', async ({
  page,
  host,
  consoleErrors,
}) => {
  const traps = await setTraps(page, () => host.url)
  const file = files.find((f) => f.id === 'md-raw-html') as HostileFile
  await pickFile(page, file)
  await expect(page.getByRole('article')).toContainText('Readable paragraph of the Markdown file.')
  await host.restart()
  const rows = page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('list', { name: 'Drafts' })
  await rows.getByRole('button', { name: 'Hostile Markdown', exact: true }).click()
  await expect(page.getByRole('article')).toContainText('Readable paragraph of the Markdown file.')
  await expectInertArticle(page)
  await expectNothingRan(traps, consoleErrors)
})
