// Team libraries in Chromium: two hosts on two library folders and a real Git smart-HTTP server
// (git http-backend). Share from the header, open the shared library, disagree on a verdict,
// sync from each window, and see the dispute.
import { spawn, type ChildProcess } from 'node:child_process'
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import type { ChannelInput, ChannelName, ChannelOutput } from '../src/shared/contract'
import type { Envelope } from '../src/shared/errors'
import { startGitServer, type GitServer } from '../test/harness/git-server'
import { expectAccessible } from './support/a11y'
import { ROOT, test } from './support/host'

const TOKEN = 'e2e-team-token'
const SHOTS = join(ROOT, 'test-results', 'team')

test.use({ profile: { name: 'Lena Legal', role: 'legal' } })
test.describe.configure({ timeout: 120_000 })

let server: GitServer
test.beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
})
test.afterAll(async () => {
  await server.close()
})

/** A second browser host on another library folder (the teammate's machine). */
async function secondHost(library: string) {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'out', 'main', 'serve.js'), '--port', '0', '--library', library, '--no-sample'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout?.setEncoding('utf8')
    child.stdout?.on('data', (c: string) => {
      out += c
      const m = /Galley is running at (http:\/\/\S+)/.exec(out)
      if (m?.[1]) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`second host exited (${code}): ${out}`)))
  })
  const token = new URL(url).searchParams.get('token') ?? ''
  const api = async <C extends ChannelName>(c: C, input: ChannelInput<C>) => {
    const res = await fetch(new URL(`/api/${c}`, url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Galley-Token': token },
      body: JSON.stringify(input),
    })
    return (await res.json()) as Envelope<ChannelOutput<C>>
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    const ended = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await ended
  }
  return { url, api, stop }
}

function value<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`)
  return env.value
}

async function openTeamDialog(page: Page) {
  await page.locator('.sync-chip').click()
  return page.getByRole('dialog')
}

test('share, open shared, disagree on a verdict offline, sync from both windows: the dispute shows', async ({
  page,
  host,
  browser,
}) => {
  const url = await server.createRepo('e2e-team')
  // A claim on the sample feature, made before sharing.
  const list = value(await host.api('drafts:list', { view: 'active' }))
  const feature = list.find((d) => d.title === 'Is vellaria really the new retinol?')
  if (!feature) throw new Error('no sample feature')
  const detail = value(await host.api('drafts:get', { id: feature.id }))
  const at = detail.current.body.indexOf('vellaria')
  const claim = value(
    await host.api('claims:create', {
      draftId: feature.id,
      revisionId: detail.current.id,
      start: at,
      end: detail.current.body.indexOf('shrub', at) + 'shrub'.length,
    }),
  )

  // A: the header says the library is not shared; share it from the dialog.
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(host.url)
  await expect(page.locator('.sync-chip')).toHaveText(/Not shared/)
  await page.screenshot({ path: join(SHOTS, 'header-not-shared.png') })
  let dialog = await openTeamDialog(page)
  await dialog.getByRole('button', { name: 'Share library…' }).click()
  await dialog.getByLabel('Repository address').fill(url)
  await dialog.getByLabel('Access token').fill(TOKEN)
  await page.screenshot({ path: join(SHOTS, 'share-dialog.png') })
  await dialog.getByRole('button', { name: 'Share', exact: true }).click()
  await expect(dialog.getByText(/The library is shared/)).toBeVisible()
  await expect(page.locator('.sync-chip')).toHaveText(/Synced/)

  // A wrong token when opening: a sentence, nothing made.
  const root = await mkdtemp(join(tmpdir(), 'galley-e2e-team-'))
  const folder = join(root, 'teammate')
  await dialog.getByRole('button', { name: 'Open shared library…' }).click()
  await dialog.getByLabel('Repository address').fill(url)
  await dialog.getByLabel('Access token').fill('wrong')
  await dialog.getByLabel('New folder for the library').fill(folder)
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(dialog.getByText(/refused the token/)).toBeVisible()
  await dialog.getByLabel('Access token').fill(TOKEN)
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(dialog.getByText(/The shared library is copied to/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Not now' }).click()

  // B: the teammate's Galley on the copy, in its own browser context.
  const b = await secondHost(folder)
  try {
    value(await b.api('profile:set', { name: 'Eda Editor', role: 'editor' }))
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const pageB = await context.newPage()
    await pageB.goto(b.url)
    await expect(pageB.locator('.sync-chip')).toHaveText(/Synced/)

    // Offline from each other, they give the same claim different verdicts.
    value(
      await host.api('claims:setVerdict', {
        draftId: feature.id,
        claimId: claim.id,
        verdict: 'verified',
      }),
    )
    value(
      await b.api('claims:setVerdict', {
        draftId: feature.id,
        claimId: claim.id,
        verdict: 'false',
      }),
    )

    // A syncs from its window (sends), then B (merges: the dispute is reported).
    dialog = await openTeamDialog(page)
    await dialog.getByRole('button', { name: 'Sync now' }).click()
    await expect(page.locator('.sync-chip')).toHaveText(/Synced/)
    await page.keyboard.press('Escape')

    // B's chip counts the verdict given here as a change to send.
    await expect(pageB.locator('.sync-chip')).toHaveText(/1 to send/)
    const dialogB = await openTeamDialog(pageB)
    await expect(dialogB.getByText(/1 to send/)).toBeVisible()
    await pageB.screenshot({ path: join(SHOTS, 'sync-dialog-before.png') })
    await dialogB.getByRole('button', { name: 'Sync now' }).click()
    await expect(dialogB.getByText(/Lena Legal said verified|Eda Editor said false/)).toBeVisible()
    await pageB.screenshot({ path: join(SHOTS, 'sync-dispute-dialog.png') })
    await pageB.emulateMedia({ colorScheme: 'dark' })
    await pageB.screenshot({ path: join(SHOTS, 'sync-dispute-dialog-dark.png') })
    await pageB.emulateMedia({ colorScheme: 'light' })
    await pageB.keyboard.press('Escape')

    // B's margin marks the claim disputed and, open, lists both verdicts with who and when.
    await pageB
      .getByRole('list', { name: 'Drafts' })
      .getByRole('button', { name: 'Is vellaria really the new retinol?', exact: true })
      .click()
    await pageB.getByRole('article').waitFor()
    await pageB.getByRole('tab', { name: 'Claims' }).click()
    const card = pageB.locator('.claim-card').filter({ hasText: 'Disputed' })
    await expect(card).toBeVisible()
    await card.locator('.claim-card-head').click()
    await expect(card.locator('.claim-dispute')).toContainText('Lena Legal')
    await expect(card.locator('.claim-dispute')).toContainText('Eda Editor')
    await pageB.screenshot({ path: join(SHOTS, 'claim-disputed.png') })

    // A receives the merge: both machines show the claim disputed, readiness blocked.
    dialog = await openTeamDialog(page)
    await dialog.getByRole('button', { name: 'Sync now' }).click()
    await expect(page.locator('.sync-chip')).toHaveText(/Synced/)
    await page.keyboard.press('Escape')
    for (const api of [host.api, b.api] as const) {
      const legal = value(await api('legal:get', { draftId: feature.id }))
      expect(legal.readiness.items.map((i) => i.message).join('\n')).toMatch(/Disputed claim/)
    }
    await page.screenshot({ path: join(SHOTS, 'header-synced.png') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: join(SHOTS, 'header-synced-dark.png') })
    await context.close()
  } finally {
    await b.stop()
    await rm(root, { recursive: true, force: true })
  }
})

test('a shared library just copied opens in this window’s place, and a bad folder is refused', async ({
  page,
  host,
}) => {
  const url = await server.createRepo('e2e-team-switch')
  value(await host.api('team:share', { url, token: TOKEN }))
  const titles = value(await host.api('drafts:list', { view: 'active' })).map((d) => d.title)
  const root = await mkdtemp(join(tmpdir(), 'galley-e2e-switch-'))
  try {
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto(host.url)
    const before = await page.locator('.library-path').getAttribute('title')

    const dialog = await openTeamDialog(page)
    await dialog.getByRole('button', { name: 'Open shared library…' }).click()
    await dialog.getByLabel('Repository address').fill(url)
    await dialog.getByLabel('Access token').fill(TOKEN)
    const folder = join(root, 'copy')
    await dialog.getByLabel('New folder for the library').fill(folder)
    await dialog.getByRole('button', { name: 'Open', exact: true }).click()
    await expect(dialog.getByText(`The shared library is copied to ${folder}`)).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'open-shared-copied.png') })
    await dialog.getByRole('button', { name: 'Open it now' }).click()

    // The window reloads on the copy: its path in the header, the same drafts, synced.
    await expect(page.locator('.library-path')).toHaveAttribute('title', folder)
    expect(folder).not.toBe(before)
    await expect(page.locator('.sync-chip')).toHaveText(/Synced/)
    // The same person: the copy takes this window's profile instead of asking again.
    await expect(page.locator('.header-end')).toContainText('Lena Legal')
    const list = page.getByRole('list', { name: 'Drafts' })
    for (const title of titles)
      await expect(list.getByRole('button', { name: title, exact: true })).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'open-shared-switched.png') })

    // A folder of other files is not a library: refused with a sentence, the copy stays open.
    const documents = join(root, 'documents')
    await mkdir(documents)
    await writeFile(join(documents, 'notes.txt'), 'mine')
    const refused = await host.api('app:openLibrary', { folder: documents })
    expect(refused).toMatchObject({ ok: false, error: { message: /not a Galley library/ } })
    expect(value(await host.api('app:info', {})).libraryPath).toBe(folder)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})

test('two machines save the same draft apart: both revisions kept, compared side by side, reconciled by the next save', async ({
  host,
  browser,
}) => {
  const url = await server.createRepo('e2e-team-divergent')
  value(await host.api('team:share', { url, token: TOKEN }))
  const root = await mkdtemp(join(tmpdir(), 'galley-e2e-divergent-'))
  const folder = join(root, 'teammate')
  value(await host.api('team:openShared', { url, token: TOKEN, folder }))
  const b = await secondHost(folder)
  try {
    value(await b.api('profile:set', { name: 'Eda Editor', role: 'editor' }))
    const title = 'Larkhaven council approves £412 million budget'
    const draft = value(await host.api('drafts:list', { view: 'active' })).find(
      (d) => d.title === title,
    )
    if (!draft) throw new Error('no sample news draft')
    const base = value(await host.api('drafts:get', { id: draft.id })).current
    const sentence = /[^.\n]*£412 million[^.\n]*\./.exec(base.body)?.[0]
    if (!sentence) throw new Error('no budget sentence')

    // Offline from each other, both edit the same revision.
    const here = base.body.replace('£412 million', '£414 million')
    const there = base.body.replace(sentence, `${sentence} The vote was 9 to 4.`)
    value(
      await host.api('revisions:save', {
        draftId: draft.id,
        baseRevisionId: base.id,
        body: here,
        message: 'Budget total checked',
      }),
    )
    value(
      await b.api('revisions:save', {
        draftId: draft.id,
        baseRevisionId: base.id,
        body: there,
        message: 'Vote added',
      }),
    )
    value(await host.api('team:sync', {}))
    const merged = value(await b.api('team:sync', {}))
    expect(merged.merged.flatMap((m) => m.divergent).join('\n')).toMatch(/saved apart/)
    value(await host.api('team:sync', {}))

    // Both machines keep both revisions and block readiness until they are reconciled.
    for (const api of [host.api, b.api] as const) {
      const legal = value(await api('legal:get', { draftId: draft.id }))
      expect(legal.readiness.items.map((i) => i.message).join('\n')).toMatch(
        /were saved apart on two machines/,
      )
    }

    // B's editor sees the bar, compares the two side by side, then saves the reconciled text.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const pageB = await context.newPage()
    await pageB.goto(b.url)
    await pageB
      .getByRole('list', { name: 'Drafts' })
      .getByRole('button', { name: title, exact: true })
      .click()
    const bar = pageB.getByRole('status').filter({ hasText: 'saved apart from the same text' })
    await expect(bar).toBeVisible()
    await pageB.screenshot({ path: join(SHOTS, 'divergent-bar.png') })
    await bar.getByRole('button', { name: 'Compare side by side' }).click()
    const compare = pageB.getByRole('region', { name: 'Side by side comparison' })
    await expect(compare).toBeVisible()
    // Each side's change is marked: the total changed here, the vote added there.
    await expect(compare).toContainText('[deleted: 414]')
    await expect(compare).toContainText('[inserted:  The vote was 9 to 4.]')
    await pageB.screenshot({ path: join(SHOTS, 'divergent-compare.png') })

    // The editor keeps both: the total checked here (reject its undoing), the vote added there.
    const changes = pageB.getByRole('list', { name: 'Changes' }).locator(':scope > li')
    const replacement = changes.filter({ hasText: 'Replacement' })
    const insertion = changes.filter({ hasText: 'Insertion' })
    await replacement.getByRole('button', { name: 'Reject' }).click()
    await insertion.getByRole('button', { name: 'Accept' }).click()
    await pageB.getByRole('button', { name: 'Save as new revision…' }).click()
    const save = pageB.getByRole('dialog', { name: 'Save as new revision' })
    await save.getByLabel('Revision message').fill('Reconciled: total checked, vote added')
    await pageB.screenshot({ path: join(SHOTS, 'divergent-reconcile-save.png') })
    await save.getByRole('button', { name: 'Save revision' }).click()
    await expect(pageB.getByRole('status').filter({ hasText: 'Saved revision 4' })).toBeVisible()
    const reconciled = here.replace(sentence, `${sentence} The vote was 9 to 4.`)
    value(await b.api('team:sync', {}))
    value(await host.api('team:sync', {}))

    // Reconciled on both machines: the bar is gone and readiness no longer names them.
    for (const api of [host.api, b.api] as const) {
      const detail = value(await api('drafts:get', { id: draft.id }))
      expect(detail.current.body).toBe(reconciled)
      expect(detail.divergent ?? []).toEqual([])
      const legal = value(await api('legal:get', { draftId: draft.id }))
      expect(legal.readiness.items.map((i) => i.message).join('\n')).not.toMatch(/saved apart/)
    }
    await pageB.reload()
    await pageB
      .getByRole('list', { name: 'Drafts' })
      .getByRole('button', { name: title, exact: true })
      .click()
    await expect(pageB.getByRole('article')).toContainText('The vote was 9 to 4.')
    await expect(bar).toHaveCount(0)
    await context.close()
  } finally {
    await b.stop()
    await rm(root, { recursive: true, force: true })
  }
})

test('the roster: everyone sees their key; the admin adds, changes and removes members', async ({
  page,
  host,
}) => {
  const url = await server.createRepo('e2e-roster')
  value(await host.api('team:share', { url, token: TOKEN }))
  const { publicKey: mine } = value(await host.api('team:identity', {}))
  // A teammate's key, as they would send it (raw Ed25519 public key, base64).
  const der = createPublicKey(generateKeyPairSync('ed25519').privateKey).export({
    format: 'der',
    type: 'spki',
  })
  const theirs = der.subarray(der.length - 32).toString('base64')

  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(host.url)
  const dialog = await openTeamDialog(page)
  await dialog.getByRole('button', { name: 'Team roster…' }).click()
  await expect(dialog.getByLabel('Your signing key')).toHaveText(mine ?? '')
  const table = dialog.getByRole('table', { name: 'Team roster' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('Lena Legal (you)Admin')

  // A key that is not one is refused with a sentence, and nothing is added.
  const form = dialog.getByRole('form', { name: 'Add or change a member' })
  await form.getByLabel('Name').fill('Ola Counsel')
  await form.getByLabel('Role').selectOption('legal')
  await form.getByLabel('Their signing key').fill('not-a-key')
  await form.getByRole('button', { name: 'Save member' }).click()
  await expect(form.locator('.form-error')).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(2)

  await form.getByLabel('Their signing key').fill(theirs)
  await form.getByRole('button', { name: 'Save member' }).click()
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByRole('row').nth(2)).toContainText('Ola CounselLegal')
  await page.screenshot({ path: join(SHOTS, 'roster.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(SHOTS, 'roster-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })
  const roster = value(await host.api('team:identity', {})).roster ?? []
  expect(roster.map((m) => [m.name, m.role, m.admin])).toEqual([
    ['Lena Legal', 'legal', true],
    ['Ola Counsel', 'legal', false],
  ])

  // Changed to an editor, then removed; the last admin cannot remove herself.
  await table.getByRole('button', { name: 'Change Ola Counsel' }).click()
  await form.getByLabel('Role').selectOption('editor')
  await form.getByRole('button', { name: 'Save member' }).click()
  await expect(table.getByRole('row').nth(2)).toContainText('Ola CounselEditor')
  await table.getByRole('button', { name: 'Remove Ola Counsel' }).click()
  await expect(table.getByRole('row')).toHaveCount(2)
  await table.getByRole('button', { name: 'Remove Lena Legal' }).click()
  await expect(dialog.getByText('The roster needs at least one admin.')).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(2)
})

/** Screenshots in light and dark, transitions finished (a theme switch animates the buttons). */
async function lightAndDark(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join(SHOTS, `${name}-dark.png`), animations: 'disabled' })
  await page.emulateMedia({ colorScheme: 'light' })
}

test('Access token…: an empty token is refused, a new one saved and synced, a wrong one refused with nothing lost; a long address stays readable', async ({
  page,
  host,
  library,
}) => {
  // A repository address as long as a newsroom's Git server gives them.
  const url = await server.createRepo('git/newsroom-features-desk-2026-long-repository-name')
  value(await host.api('team:share', { url, token: TOKEN }))
  const remoteFile = join(library, '.galley-local', 'remote.json')
  const saved = await readFile(remoteFile, 'utf8')

  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(host.url)
  await expect(page.locator('.sync-chip')).toHaveText(/Synced/)
  const dialog = await openTeamDialog(page)

  // The whole address is on screen, selectable, in its title too, and breaks only between its parts.
  const address = dialog.locator('.team-shared-address .remote-address')
  await expect(address).toHaveText(url)
  await expect(address).toHaveAttribute('title', url)
  // Where each line starts, as an index into the address.
  const starts = await address.evaluate((el) => {
    const found: number[] = []
    let seen = 0
    let top = Number.NEGATIVE_INFINITY
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0
      for (let i = 0; i < length; i++) {
        const r = document.createRange()
        r.setStart(node, i)
        r.setEnd(node, i + 1)
        const box = r.getBoundingClientRect()
        if (box.top > top + 2) {
          found.push(seen + i)
          top = box.top
        }
      }
      seen += length
    }
    return found
  })
  expect(starts.length).toBeGreaterThan(1) // it is too long for one line here
  for (const at of starts.slice(1)) expect(url[at - 1]).toMatch(/[/-]/)
  await lightAndDark(page, 'long-address')

  // The form: its field is labelled and takes the focus.
  await dialog.getByRole('button', { name: 'Access token…' }).click()
  await expect(dialog.getByRole('heading', { name: 'Access token' })).toBeVisible()
  const field = dialog.getByLabel('Access token')
  await expect(field).toBeFocused()
  await lightAndDark(page, 'access-token')

  // Nothing, or only spaces, with Enter: a sentence, and the saved token is left as it was.
  for (const blank of ['', '   ']) {
    await field.fill(blank)
    await field.press('Enter')
    await expect(dialog.getByRole('alert')).toHaveText(/Enter the access token/)
    await expect(field).toBeVisible()
  }
  await lightAndDark(page, 'access-token-empty')
  await expectAccessible(page, 'the Access token form with its sentence')
  expect(await readFile(remoteFile, 'utf8')).toBe(saved)
  expect(value(await host.api('team:status', {})).state).toBe('synced')

  // Escape closes the dialog; reopened, it starts at the state again.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // A change waits to be sent; a wrong token is saved, its sync refused with the sentence.
  const draft = value(await host.api('drafts:list', { view: 'active' }))[0]
  if (!draft) throw new Error('no sample draft')
  const renamed = `${draft.title} (checked)`
  value(await host.api('drafts:rename', { id: draft.id, title: renamed }))
  await expect(page.locator('.sync-chip')).toHaveText(/1 to send/)
  await openTeamDialog(page)
  await dialog.getByRole('button', { name: 'Access token…' }).click()
  await expect(field).toBeFocused()
  await field.fill('wrong-token')
  await field.press('Enter')
  await expect(dialog.getByRole('alert')).toContainText(`The server at ${url} refused the token`)
  await expect(page.locator('.sync-chip')).toHaveText(/Sync stopped/)
  await lightAndDark(page, 'access-token-refused')
  await expectAccessible(page, 'the team dialog with a refused token and a long address')
  // Nothing lost: the rename is still here and still waits to be sent.
  const after = value(await host.api('drafts:get', { id: draft.id }))
  expect(after.draft.title).toBe(renamed)
  const waiting = value(await host.api('team:status', {}))
  expect(waiting.toSend).toBe(1)
  expect(waiting.remote).toBe(url)

  // The right token, keyboard only: saved, synced at once, the rename sent.
  await dialog.getByRole('button', { name: 'Access token…' }).focus()
  await page.keyboard.press('Enter')
  await expect(field).toBeFocused()
  await page.keyboard.type(TOKEN)
  await page.keyboard.press('Enter')
  await expect(page.locator('.sync-chip')).toHaveText(/Synced/)
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  const synced = value(await host.api('team:status', {}))
  expect(synced).toMatchObject({ state: 'synced', toSend: 0, remote: url })

  // The next Sync now works with it too.
  value(await host.api('drafts:rename', { id: draft.id, title: `${renamed} again` }))
  await expect(page.locator('.sync-chip')).toHaveText(/1 to send/)
  await dialog.getByRole('button', { name: 'Sync now' }).click()
  await expect(page.locator('.sync-chip')).toHaveText(/Synced/)
  expect(value(await host.api('team:status', {})).toSend).toBe(0)
})
