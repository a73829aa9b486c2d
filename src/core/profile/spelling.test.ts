import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import NSpell from 'nspell'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openCore, type GalleyCore } from '..'

let dir: string
let core: GalleyCore
const open = () =>
  openCore({ libraryPath: dir, mode: 'browser', version: 'test', emit: () => undefined })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-spelling-'))
  core = await open()
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

it('ships an English Hunspell dictionary that nspell reads, with suggestions', async () => {
  const res = await core.dispatch('profile:spelling', {})
  if (!res.ok) throw new Error(res.error.message)
  const { aff, dic, words, language } = res.value as {
    aff: string
    dic: string
    words: string[]
    language: string
  }
  expect(language).toBe('en')
  expect(words).toEqual([])
  const spell = new NSpell(aff, dic)
  expect(spell.correct('receive')).toBe(true)
  expect(spell.correct('recieve')).toBe(false)
  expect(spell.suggest('recieve')).toContain('receive')
})

it('keeps house words in the library, once, lower case, and refuses what is not a word', async () => {
  expect((await core.dispatch('profile:addWord', { word: 'Vellaria' })).ok).toBe(false) // no profile
  await core.dispatch('profile:set', { name: 'Eda Editor', role: 'editor' })
  for (const word of ['Vellaria', 'vellaria', ' Orrenby ', 'skin-care', 'Brennock’s']) {
    const res = await core.dispatch('profile:addWord', { word })
    expect(res.ok).toBe(true)
  }
  for (const word of ['two words', '', 'x'.repeat(65), 'VELLA-12', '<b>', '-dash']) {
    const res = await core.dispatch('profile:addWord', { word })
    expect(res.ok, word).toBe(false)
    if (!res.ok) expect(res.error.code).toBe('invalid-input')
  }
  const expected = ["brennock's", 'orrenby', 'skin-care', 'vellaria']
  const settings = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as {
    houseWords: string[]
  }
  expect(settings.houseWords).toEqual(expected)
  // Another session on the same library reads them back.
  await core.close()
  core = await open()
  const res = await core.dispatch('profile:spelling', {})
  expect(res.ok && (res.value as { words: string[] }).words).toEqual(expected)
})
