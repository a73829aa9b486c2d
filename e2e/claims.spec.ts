import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { expect, shot, test, unwrap } from './support/host'

test.use({ profile: { name: 'Rita Checker', role: 'fact-checker' } })

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

interface Box {
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
}

/** Screen points just inside the first and last characters of `phrase` in the article. */
// Page-side code is written as strings: the e2e tsconfig has no DOM types.
const FIND_TEXT = `(phrase) => {
  const article = document.querySelector('article[aria-label="Article"]')
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent.indexOf(phrase)
    if (i >= 0) return { n, i }
  }
  throw new Error('"' + phrase + '" is not in the article')
}`

function inPage<T>(page: Page, body: string, arg: unknown): Promise<T> {
  return page.evaluate<T>(`(() => {
    const find = ${FIND_TEXT}
    const arg = ${JSON.stringify(arg)}
    ${body}
  })()`)
}

/** Screen points just inside the first and last characters of `phrase` in the article. */
function phraseBox(page: Page, phrase: string): Promise<Box> {
  return inPage<Box>(
    page,
    `const { n, i } = find(arg)
    n.parentElement.scrollIntoView({ block: 'center' })
    const r = document.createRange()
    r.setStart(n, i)
    r.setEnd(n, i + 1)
    const a = r.getBoundingClientRect()
    r.setStart(n, i + arg.length - 1)
    r.setEnd(n, i + arg.length)
    const b = r.getBoundingClientRect()
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }`,
    phrase,
  )
}

/** Drags the mouse over `phrase`, as a reader selects it. */
async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const box = await phraseBox(page, phrase)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move(box.x2, box.y2, { steps: 6 })
  await page.mouse.up()
}

/** The card of a claim whose text starts with `start`. */
function card(page: Page, start: string): Locator {
  return page
    .getByRole('list', { name: 'Claims in the margin' })
    .getByRole('listitem', { name: `Claim: ${start}` })
}

function suggestionCard(page: Page, start: string): Locator {
  return page
    .getByRole('list', { name: 'Claims in the margin' })
    .getByRole('listitem', { name: `Suggested claim: ${start}` })
}

test('the fact-checker marks, checks, sources, filters and steps through claims; they survive a new revision and export', async ({
  page,
  host,
  consoleErrors,
}) => {
  // The whole fact-check workflow in one test, with a new revision's analysis on the worker:
  // about 40 s on a busy 2-core machine, so it gets three times the default.
  test.slow()
  await openDraft(page, FEATURE)
  const margin = page.getByRole('list', { name: 'Claims in the margin' })
  await expect(page.getByRole('tab', { name: 'Claims' })).toHaveAttribute('aria-selected', 'true')

  // 1. Mark by mouse: drag over the words, then the floating button.
  await selectWithMouse(page, 'clinically proven to reduce wrinkles')
  await page.getByRole('button', { name: 'Mark as claim (selection)' }).click()
  const proven = card(page, 'clinically proven to reduce wrinkles')
  await expect(proven).toBeVisible()
  await expect(proven.getByRole('combobox', { name: 'Verdict' })).toBeVisible()

  // 2. A verdict with a reason, recorded in the history.
  await proven.getByRole('combobox', { name: 'Verdict' }).selectOption('false')
  await proven
    .getByRole('textbox', { name: 'Reason for the verdict' })
    .fill('VELLA-12 measured fine lines, not wrinkles')
  await proven.getByRole('button', { name: 'Record verdict' }).click()
  await expect(proven.locator('.verdict-chip')).toHaveText('False')
  await proven.getByText('Verdict history').click()
  await expect(proven.getByRole('list', { name: 'Verdict history' })).toContainText(
    'VELLA-12 measured fine lines, not wrinkles',
  )
  await expect(proven.getByRole('list', { name: 'Verdict history' })).toContainText('Rita Checker')

  // 3. A source with an attached file; its URL stays text. Sources fold away in the open card.
  await proven.locator('summary', { hasText: 'Sources' }).click()
  await proven.getByRole('button', { name: 'Add source' }).click()
  const form = proven.getByRole('form', { name: 'Add a source' })
  await form
    .getByRole('textbox', { name: 'Citation' })
    .fill('Brightline VELLA-12 trial report, 2025')
  await form.getByRole('textbox', { name: /URL/ }).fill('https://example.org/vella-12/report')
  await form.getByLabel('Accessed').fill('2026-03-14')
  await form.getByLabel('Source file').setInputFiles({
    name: 'vella-12-report.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('VELLA-12: fine line depth fell 38% in eight weeks.\n'),
  })
  await form.getByRole('button', { name: 'Add source' }).click()
  const sources = proven.getByRole('list', { name: 'Sources' })
  await expect(sources).toContainText('Brightline VELLA-12 trial report, 2025')
  await expect(sources).toContainText('https://example.org/vella-12/report')
  await expect(sources).toContainText('vella-12-report.txt')
  await expect(sources).toContainText('Accessed 2026-03-14')
  await expect(sources.getByRole('link')).toHaveCount(0)
  await proven.getByRole('button', { name: 'Assign to me (Rita Checker)' }).click()
  await expect(proven.getByRole('textbox', { name: 'Assignee' })).toHaveValue('Rita Checker')

  // 4. Mark by keyboard: Tab into the article, move the caret, Shift+arrows, the shortcut.
  const rose = 'searches for it rose 240 percent'
  // The caret starts at the first line on screen: put the paragraph there, focus the button
  // before the article (without scrolling), and Tab into the article.
  await inPage(
    page,
    `find(arg).n.parentElement.closest('p').scrollIntoView({ block: 'start' })
    const edit = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Edit')
    edit.focus({ preventScroll: true })`,
    rose,
  )
  await page.keyboard.press('Tab')
  await expect(page.getByRole('article', { name: 'Article' })).toBeFocused()
  // Arrows move the caret to the phrase; Shift+arrows select it.
  const selection = () =>
    page.evaluate<{ selected: string; ahead: string }>(`(() => {
      const sel = document.getSelection()
      const node = sel.focusNode
      return { selected: sel.toString(), ahead: node ? node.textContent.slice(sel.focusOffset) : '' }
    })()`)
  for (let i = 0; i < 400 && !(await selection()).ahead.startsWith(rose); i++) {
    await page.keyboard.press('ArrowRight')
  }
  expect((await selection()).ahead.startsWith(rose)).toBe(true)
  for (let i = 0; i < 60 && (await selection()).selected.replace(/\s+/g, ' ') !== rose; i++) {
    await page.keyboard.press('Shift+ArrowRight')
  }
  expect((await selection()).selected.replace(/\s+/g, ' ')).toBe(rose)
  // At once, as a quick hand would: the shortcut reads the selection as it is now.
  await page.keyboard.press('Control+Shift+M')
  const roseCard = card(page, rose)
  await expect(roseCard).toBeVisible()
  await expect(roseCard.locator('.claim-text')).toHaveText(rose)
  // The new card has the focus: 2 sets it to Verified.
  await page.keyboard.press('2')
  await expect(roseCard.locator('.verdict-chip')).toHaveText('Verified')

  // 5. The context menu marks a third.
  await selectWithMouse(page, 'within eight weeks')
  const weeks = await phraseBox(page, 'within eight weeks')
  await page.mouse.click((weeks.x1 + weeks.x2) / 2, weeks.y1, { button: 'right' })
  await page.getByRole('menuitem', { name: /Mark as claim/ }).click()
  await expect(card(page, 'within eight weeks')).toBeVisible()

  // 6. Accept one suggestion, dismiss another; each says which rules fired and why.
  await page.keyboard.press('Escape')
  const gentler = suggestionCard(page, 'Studies show it is gentler than retinol')
  await gentler.scrollIntoViewIfNeeded()
  await gentler.getByRole('button').first().click()
  await expect(gentler.getByRole('list', { name: 'Why the spotter proposes it' })).toContainText(
    'find that source and check it says this',
  )
  await gentler.getByRole('button', { name: 'Accept as claim' }).click()
  await expect(card(page, 'Studies show it is gentler than retinol')).toBeVisible()
  await expect(gentler).toHaveCount(0)
  // The margin renders the cards near what is on screen: go to the paragraph first, as a
  // reader would (more suggestions above it stack its card further down).
  await page
    .getByRole('article')
    .getByText(/^Prices range from £24/)
    .scrollIntoViewIfNeeded()
  const prices = suggestionCard(page, 'Prices range from £24')
  await prices.scrollIntoViewIfNeeded()
  await prices.getByRole('button').first().click()
  await prices.getByRole('button', { name: 'Dismiss' }).click()
  await expect(prices).toHaveCount(0)

  // 7. Filter by verdict: only the verified claim; then all again.
  await page.getByRole('button', { name: /^Verified 1$/ }).click()
  await expect(margin.getByRole('listitem')).toHaveCount(1)
  await expect(roseCard).toBeVisible()
  await page.getByRole('button', { name: /^All 4$/ }).click()
  // Filter by assignee.
  await page.getByRole('combobox', { name: 'Assignee' }).first().selectOption('Rita Checker')
  await expect(margin.getByRole('listitem')).toHaveCount(1)
  await page.getByRole('combobox', { name: 'Assignee' }).first().selectOption({ label: 'Anyone' })

  // 8. Next and previous with the keyboard (focus outside any text field).
  await page.getByRole('button', { name: 'Suggestions (', exact: false }).click()
  await expect(page.getByRole('button', { name: 'Suggestions (', exact: false })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
  await page.getByRole('heading', { level: 1, name: FEATURE }).first().click()
  await page.keyboard.press('Escape')
  const expanded = (start: string) =>
    expect(card(page, start).getByRole('button').first()).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('j')
  await expanded(rose)
  await expect(roseCard.locator('.claim-card')).toBeFocused()
  await page.keyboard.press('j')
  await expanded('clinically proven')
  await page.keyboard.press('Alt+ArrowDown')
  await expanded('within eight weeks')
  await page.keyboard.press('k')
  await expanded('clinically proven')
  await page.getByRole('button', { name: 'Suggestions (', exact: false }).click()
  await shot(page, 'margin')

  // 9. A new revision edits the verified claim and drops the accepted one.
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const text = page.getByRole('textbox', { name: 'Markdown text' })
  const body = await text.inputValue()
  expect(body).toContain('searches for it rose 240 percent')
  await text.fill(
    body
      .replace('searches for it rose 240 percent', 'searches for it rose 260 percent')
      .replace('Studies show it is gentler than retinol, too. ', ''),
  )
  await page.getByRole('textbox', { name: 'Revision message' }).fill('Correct the search figure')
  await page.getByRole('button', { name: 'Save revision' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved revision 4' })).toBeVisible()
  const changed = card(page, 'searches for it rose 260 percent')
  await expect(changed).toBeVisible()
  await expect(changed).toContainText('Needs re-check')
  await expect(changed).toContainText('Text changed')
  await page.getByRole('button', { name: 'Orphaned claims (1)' }).click()
  const orphans = page.getByRole('list', { name: 'Orphaned claims' })
  await expect(orphans.getByRole('listitem')).toHaveCount(1)
  await expect(orphans).toContainText('From revision 3')
  await expect(orphans).toContainText('Studies show it is gentler than retinol')
  await shot(page, 'after-new-revision')

  // 10. Export both files and read them.
  const download = async (item: string) => {
    const waiting = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export claims' }).click()
    await page.getByRole('menuitem', { name: item }).click()
    const file = await waiting
    return {
      name: file.suggestedFilename(),
      json: JSON.parse(await readFile(await file.path(), 'utf8')) as unknown,
    }
  }
  const annotations = await download('Web Annotation JSON (all claims)')
  expect(annotations.name).toMatch(/\.jsonld$/)
  const list = annotations.json as {
    type: string
    target: { selector: { type: string; exact?: string; start?: number; end?: number }[] }
  }[]
  expect(list).toHaveLength(3)
  const quote = list.map((a) => a.target.selector.find((s) => s.type === 'TextQuoteSelector'))
  expect(quote.map((q) => q?.exact)).toContain('searches for it rose 260 percent')
  const rev4 = unwrap(await host.api('drafts:list', { view: 'active' })).find(
    (d) => d.title === FEATURE,
  )
  const detail = unwrap(await host.api('drafts:get', { id: rev4!.id }))
  for (const a of list) {
    const q = a.target.selector.find((s) => s.type === 'TextQuoteSelector')
    const p = a.target.selector.find((s) => s.type === 'TextPositionSelector')
    expect(a.type).toBe('Annotation')
    expect(detail.current.body.slice(p?.start, p?.end)).toBe(q?.exact)
  }
  const reviews = await download('ClaimReview JSON-LD (resolved claims)')
  const reviewed = reviews.json as {
    '@type': string
    claimReviewed: string
    reviewRating: { alternateName: string }
  }[]
  expect(reviews.name).toMatch(/claimreview\.jsonld$/)
  for (const r of reviewed) expect(r['@type']).toBe('ClaimReview')
  const falseOne = reviewed.find((r) => r.claimReviewed === 'clinically proven to reduce wrinkles')
  expect(falseOne?.reviewRating.alternateName).toBe('False')
  // Unchecked claims are not reviews.
  expect(reviewed.map((r) => r.claimReviewed)).not.toContain('within eight weeks')

  // The library row counts the claims.
  await expect(
    page.getByRole('list', { name: 'Drafts' }).getByRole('listitem').filter({ hasText: FEATURE }),
  ).toContainText('4 claims')
  expect(consoleErrors).toEqual([])
})

test('the margin with many cards: level with their spans, never overlapping, in both themes', async ({
  page,
  host,
  consoleErrors,
}) => {
  const drafts = unwrap(await host.api('drafts:list', { view: 'active' }))
  const id = drafts.find((d) => d.title === FEATURE)!.id
  const listed = unwrap(await host.api('claims:list', { draftId: id }))
  const verdicts = [
    'verified',
    'false',
    'partly-true',
    'unchecked',
    'unverifiable',
    'opinion',
  ] as const
  for (const [i, s] of listed.suggestions.slice(2, 16).entries()) {
    const claim = unwrap(
      await host.api('claims:create', {
        draftId: id,
        revisionId: listed.revisionId,
        start: s.start,
        end: s.end,
        suggestionKey: s.key,
      }),
    )
    const verdict = verdicts[i % verdicts.length]!
    if (verdict !== 'unchecked') {
      unwrap(await host.api('claims:setVerdict', { draftId: id, claimId: claim.id, verdict }))
    }
    if (i % 4 === 0) {
      unwrap(
        await host.api('claims:update', {
          draftId: id,
          claimId: claim.id,
          assignee: 'Rita Checker',
        }),
      )
    }
  }
  await page.reload()
  await openDraft(page, FEATURE)
  const margin = page.getByRole('list', { name: 'Claims in the margin' })
  await page.getByRole('button', { name: 'Suggestions (', exact: false }).click()
  await expect(margin.getByRole('listitem').first()).toBeVisible()

  // Cards never overlap, and each is level with its highlighted span (or below the card above).
  const check = () =>
    page.evaluate<boolean>(`(() => {
      const slots = Array.from(document.querySelectorAll('.margin-slot'), (s) => s.getBoundingClientRect())
      slots.sort((a, b) => a.top - b.top)
      return slots.length > 1 && slots.every((s, i) => i === 0 || s.top >= slots[i - 1].bottom)
    })()`)
  expect(await check()).toBe(true)
  const first = margin.getByRole('listitem').first()
  const firstBox = await first.boundingBox()
  await shot(page, 'many-cards')

  // A narrower window reflows the text; the cards follow.
  await page.setViewportSize({ width: 1100, height: 800 })
  await expect.poll(async () => (await first.boundingBox())?.y).not.toBe(firstBox?.y)
  expect(await check()).toBe(true)
  await page.setViewportSize({ width: 1280, height: 800 })

  // Clicking a highlight opens its card level with it.
  const span = listed.suggestions[5]!
  const phrase = span.text.slice(0, 30)
  const box = await inPage<{ x: number; y: number }>(
    page,
    `const { n, i } = find(arg)
    n.parentElement.scrollIntoView({ block: 'center' })
    const r = document.createRange()
    r.setStart(n, i + 2)
    r.setEnd(n, i + 3)
    const b = r.getBoundingClientRect()
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 }`,
    phrase,
  )
  await page.mouse.click(box.x, box.y)
  const opened = margin.getByRole('listitem', { name: `Claim: ${phrase.slice(0, 20)}` })
  await expect(opened.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true')
  const cardTop = (await opened.boundingBox())!.y
  expect(Math.abs(cardTop - (box.y - 16))).toBeLessThan(24)
  await shot(page, 'focused-card')

  await page.emulateMedia({ colorScheme: 'dark' })
  // Buttons fade to the dark surface (a 120 ms transition): shoot once they are there.
  await expect(page.getByRole('button', { name: 'Suggestions (', exact: false })).toHaveCSS(
    'background-color',
    'rgb(28, 29, 32)',
  )
  await shot(page, 'many-cards-dark')
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await shot(page, 'shortcuts-help-dark')
  expect(consoleErrors).toEqual([])
})

test('marking part of a suggested sentence keeps the rest of the suggestion, with its rules', async ({
  page,
  host,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const id = unwrap(await host.api('drafts:list', { view: 'active' })).find(
    (d) => d.title === FEATURE,
  )!.id
  const phrase = 'searches for it rose 240 percent'
  const before = unwrap(await host.api('claims:list', { draftId: id })).suggestions
  const whole = before.find((s) => s.text.includes(phrase))!
  expect(whole.text.startsWith(phrase)).toBe(false)
  const head = whole.text.slice(0, whole.text.indexOf(phrase)).trim()
  await openDraft(page, FEATURE)
  await expect(page.getByRole('button', { name: 'Suggestions (', exact: false })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(suggestionCard(page, whole.text.slice(0, 30))).toBeAttached()

  await selectWithMouse(page, phrase)
  await page.getByRole('button', { name: 'Mark as claim (selection)' }).click()
  await expect(card(page, phrase)).toBeVisible()
  // The sentence's other facts keep their suggestion: the part before the claim, and after it.
  const rest = unwrap(await host.api('claims:list', { draftId: id })).suggestions.filter(
    (s) => s.start >= whole.start && s.end <= whole.end,
  )
  expect(rest.length).toBeGreaterThan(0)
  expect(rest.every((s) => !s.text.includes(phrase))).toBe(true)
  expect(rest.some((s) => head.startsWith(s.text.replace(/[\s,;:]+$/, '')))).toBe(true)
  const kept = suggestionCard(page, whole.text.slice(0, 30))
  await kept.scrollIntoViewIfNeeded()
  await kept.getByRole('button').first().click()
  await expect(kept.locator('.claim-text')).not.toContainText(phrase)
  await expect(kept.getByRole('list', { name: 'Why the spotter proposes it' })).not.toBeEmpty()
  await shot(page, 'partial-mark-keeps-rest')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'partial-mark-keeps-rest-dark')
  expect(consoleErrors).toEqual([])
})

/** Each rendered margin card against its span: the card's top, its span's top, on screen or not. */
const MARGIN_OFFSETS = `(() => {
  const article = document.querySelector('article[aria-label="Article"]')
  const scroller = (() => {
    for (let p = article.parentElement; p; p = p.parentElement) {
      const y = getComputedStyle(p).overflowY
      if (y === 'auto' || y === 'scroll') return p
    }
    return document.scrollingElement
  })()
  const view = scroller.getBoundingClientRect()
  const nodes = []
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n)
  const spanTop = (label) => {
    const words = label.replace(/^(Suggested claim|Claim): /, '').replace(/…$/, '').slice(0, 24)
    for (const n of nodes) {
      const i = n.textContent.indexOf(words)
      if (i < 0) continue
      const r = document.createRange()
      r.setStart(n, i)
      r.setEnd(n, i + 1)
      return r.getBoundingClientRect().top
    }
    return null
  }
  return Array.from(document.querySelectorAll('.margin-slot'), (slot) => {
    const box = slot.getBoundingClientRect()
    return {
      label: slot.getAttribute('aria-label'),
      open: slot.classList.contains('is-focus'),
      top: box.top,
      bottom: box.bottom,
      span: spanTop(slot.getAttribute('aria-label')),
      onScreen: box.top >= view.top && box.top < view.bottom,
    }
  })
})()`

interface Placed {
  label: string
  open: boolean
  top: number
  bottom: number
  span: number | null
  onScreen: boolean
}

/** Cards on screen further from their span than 8 px, unless their span is within a card's height (80 px) of the span before. */
async function drifting(page: Page): Promise<string[]> {
  const placed = (await page.evaluate<Placed[]>(MARGIN_OFFSETS)).filter((p) => p.span !== null)
  placed.sort((a, b) => a.span! - b.span!)
  const bad: string[] = []
  placed.forEach((p, i) => {
    const crowded = i > 0 && p.span! - placed[i - 1]!.span! < 80
    if (p.onScreen && !crowded && Math.abs(p.top - p.span!) > 8)
      bad.push(`${p.label}: card at ${Math.round(p.top)}, span at ${Math.round(p.span!)}`)
  })
  return bad
}

test('an open card keeps every card level with its span; compact, never under the toolbar', async ({
  page,
  host,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const id = unwrap(await host.api('drafts:list', { view: 'active' })).find(
    (d) => d.title === FEATURE,
  )!.id
  const listed = unwrap(await host.api('claims:list', { draftId: id }))
  const claims = []
  for (const s of listed.suggestions.slice(0, 12)) {
    claims.push(
      unwrap(
        await host.api('claims:create', {
          draftId: id,
          revisionId: listed.revisionId,
          start: s.start,
          end: s.end,
          suggestionKey: s.key,
        }),
      ),
    )
  }
  // The one to open carries a source and a comment, as the card that pushed the margin did.
  const target = claims[2]!
  unwrap(
    await host.api('claims:addSource', {
      draftId: id,
      claimId: target.id,
      citation: 'Shelfwise retail analytics, H1 2025 ingredient report',
      url: 'https://example.org/shelfwise/h1-2025',
      accessed: '2026-03-14',
      note: 'Table 4 lists the launches by month; count the vellaria ones.',
    }),
  )
  unwrap(
    await host.api('claims:comment', {
      draftId: id,
      claimId: target.id,
      text: 'Ask Shelfwise whether “new serums” counts relaunches.',
    }),
  )
  await openDraft(page, FEATURE)
  const margin = page.getByRole('list', { name: 'Claims in the margin' })
  await expect(margin.getByRole('listitem').first()).toBeVisible()
  expect(await drifting(page)).toEqual([])

  // Its span scrolled to the top of the window, under where the sticky toolbar is; a click on
  // the highlight opens the card.
  const phrase = target.anchor.exact.slice(0, 24)
  const box = await inPage<{ x: number; y: number }>(
    page,
    `const { n, i } = find(arg)
    n.parentElement.scrollIntoView({ block: 'start' })
    const r = document.createRange()
    r.setStart(n, i + 2)
    r.setEnd(n, i + 3)
    const b = r.getBoundingClientRect()
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 }`,
    phrase,
  )
  await page.mouse.click(box.x, box.y)
  const opened = margin.getByRole('listitem', { name: `Claim: ${phrase.slice(0, 20)}` })
  await expect(opened.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true')
  // Compact: sources and comments are folded, with their counts.
  await expect(opened.locator('summary', { hasText: 'Sources' })).toContainText('1')
  await expect(opened.locator('summary', { hasText: 'Comments' })).toContainText('1')
  await expect(opened.getByRole('list', { name: 'Sources' })).toBeHidden()
  const card = await opened.boundingBox()
  expect(card!.height).toBeLessThan(520)
  // Level with its span, below the toolbar, with the claim's own words on screen.
  const toolbar = await page.locator('.claims-head').boundingBox()
  await expect
    .poll(async () => (await opened.boundingBox())!.y)
    .toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height)
  const words = await phraseBox(page, phrase)
  expect(words.y1).toBeGreaterThan(toolbar!.y + toolbar!.height)
  expect(words.y1).toBeLessThan(900)
  await expect.poll(() => drifting(page)).toEqual([])
  await shot(page, 'open-card-level')

  // Open its sources: the cards below stay where they are; further down, every card is level.
  await opened.locator('summary', { hasText: 'Sources' }).click()
  await expect(opened.getByRole('list', { name: 'Sources' })).toBeVisible()
  expect(await drifting(page)).toEqual([])
  for (const y of [900, 1800, 2700]) {
    // A third of a screen at a time, then the cards on screen are measured again.
    await page.evaluate(`(() => {
      let p = document.querySelector('article[aria-label="Article"]').parentElement
      while (p && !['auto', 'scroll'].includes(getComputedStyle(p).overflowY)) p = p.parentElement
      ;(p || document.scrollingElement).scrollTop += ${y / 3}
    })()`)
    await expect.poll(() => drifting(page)).toEqual([])
  }
  await shot(page, 'open-card-further-down')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'open-card-further-down-dark')
  expect(consoleErrors).toEqual([])
})

test('Markdown shows as text: links and emphasis in cards and the article, never their syntax', async ({
  page,
  host,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const id = unwrap(await host.api('drafts:list', { view: 'active' })).find(
    (d) => d.title === FEATURE,
  )!.id
  const listed = unwrap(await host.api('claims:list', { draftId: id }))
  const linked = listed.suggestions.find((s) => s.text.includes(']('))!
  expect(linked).toBeDefined()
  const linkText = /\[([^\]]+)\]\(/.exec(linked.text)![1]!
  // A claim on a passage with emphasis and a link.
  const body = unwrap(await host.api('drafts:get', { id })).current.body
  const start = body.indexOf('*Dr. Achterberg is a paid ambassador')
  const claim = unwrap(
    await host.api('claims:create', {
      draftId: id,
      revisionId: listed.revisionId,
      start,
      end: body.indexOf('Orrenby.*', start) + 'Orrenby.*'.length,
    }),
  )
  expect(claim.anchor.exact).toContain('*')
  await openDraft(page, FEATURE)

  // The margin renders the cards near the screen: bring the passage there first.
  await inPage(page, `find(arg).n.parentElement.scrollIntoView({ block: 'center' })`, linkText)
  const suggestion = suggestionCard(page, plainStart(linked.text))
  await suggestion.scrollIntoViewIfNeeded()
  await suggestion.getByRole('button').first().click()
  const quoted = suggestion.locator('.claim-text')
  await expect(quoted).toContainText(linkText)
  await expect(quoted).not.toContainText('](')
  await expect(quoted).not.toContainText('https://')
  await shot(page, 'markdown-suggestion-card')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'markdown-suggestion-card-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  await inPage(
    page,
    `find(arg).n.parentElement.scrollIntoView({ block: 'center' })`,
    'Dr. Achterberg is a paid ambassador',
  )
  const card = page
    .getByRole('list', { name: 'Claims in the margin' })
    .getByRole('listitem', { name: 'Claim: Dr. Achterberg is a paid ambassador' })
  await card.scrollIntoViewIfNeeded()
  await expect(card.locator('.claim-excerpt')).toHaveText(/^Dr\. Achterberg is a paid ambassador/)
  await card.getByRole('button').first().click()
  await expect(card.locator('.claim-text')).toHaveText(
    'Dr. Achterberg is a paid ambassador for Orrenby.',
  )

  // The article's links read as text: not link-coloured, never followed.
  const article = page.getByRole('article', { name: 'Article' })
  await expect(article).not.toContainText('](')
  const link = article.locator('.article-link', { hasText: linkText })
  const paragraph = await page.evaluate<string>(
    `getComputedStyle(document.querySelector('article[aria-label="Article"] p')).color`,
  )
  await expect(link).toHaveCSS('color', paragraph)
  await expect(link).toHaveAttribute('title', /^https:\/\//)
  await link.scrollIntoViewIfNeeded()
  await shot(page, 'markdown-article-link')
  expect(consoleErrors).toEqual([])
})

/** The first words of a suggestion as its card's label shows them (Markdown as text). */
function plainStart(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .slice(0, 24)
}
