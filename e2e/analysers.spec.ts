import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, ROOT, shot, test } from './support/host'

// A labelled article someone else wrote (the development corpus beside the repo, as CI has it).
const CORPUS = join(ROOT, '..', 'shared', 'corpus')
const ARTICLE = join(CORPUS, '01-beauty-silverleaf-serums.md')

test.use({ profile: { name: 'Lena Legal', role: 'legal' }, sample: false })

interface CheckReport {
  readonly quotes: readonly { text: string; speaker: string | null }[]
  readonly disclosures: readonly { text: string; kind: string }[]
  readonly findings: readonly { severity: string; rule: string; start?: number }[]
}

/** What `galley check --json` (the command line, a separate process) reports for the file. */
function galleyCheck(file: string): CheckReport {
  let out: string
  try {
    out = execFileSync(
      process.execPath,
      [join(ROOT, 'bin', 'galley.js'), 'check', file, '--json'],
      {
        encoding: 'utf8',
      },
    )
  } catch (e) {
    // Exit 1 means "an error finding": the report is still on stdout.
    out = (e as { stdout?: string }).stdout ?? ''
  }
  return JSON.parse(out) as CheckReport
}

async function pickFile(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: button, exact: true }).click()
  await (await chooser).setFiles(file)
}

test('the Quotes and Legal tabs show what galley check reports for an imported article', async ({
  page,
  consoleErrors,
}) => {
  test.skip(!existsSync(ARTICLE), 'the development corpus is not beside the repo')
  const report = galleyCheck(ARTICLE)
  expect(report.quotes.length).toBeGreaterThan(5)

  await pickFile(page, 'Import', ARTICLE)
  await expect(page.getByRole('article', { name: 'Article' })).toBeVisible()

  // Quotes: the same quotes, each with the same speaker, in text order.
  await page.getByRole('tab', { name: 'Quotes' }).click()
  const list = page.getByRole('list', { name: 'Quotes' })
  await expect(list.getByRole('article')).toHaveCount(report.quotes.length)
  const speakers = await list.locator('.quote-speaker-line strong').allTextContents()
  expect(speakers).toEqual(report.quotes.map((q) => q.speaker ?? 'none'))
  const unattributed = report.findings.filter((f) => f.rule === 'quote-no-speaker').length
  await expect(list.locator('.quote-flag', { hasText: 'No speaker' })).toHaveCount(unattributed)
  await shot(page, 'analysers-quotes')

  // Legal: the same disclosures and the same errors and warnings.
  await page.getByRole('tab', { name: 'Legal' }).click()
  const disclosures = page.getByRole('region', { name: 'Disclosures' }).locator('.legal-disclosure')
  await expect(disclosures).toHaveCount(report.disclosures.length)
  const findings = page.getByRole('region', { name: 'Findings' })
  // A quote without a speaker is the Quotes tab's flag, not a legal finding.
  const legal = report.findings.filter((f) => f.rule !== 'quote-no-speaker')
  for (const severity of ['error', 'warning'] as const) {
    const expected = legal.filter((f) => f.severity === severity).length
    await expect(findings.locator(`.legal-finding-${severity}`)).toHaveCount(expected)
  }
  expect(report.findings.some((f) => f.severity === 'error')).toBe(true)
  await shot(page, 'analysers-legal')
  expect(consoleErrors).toEqual([])
})
