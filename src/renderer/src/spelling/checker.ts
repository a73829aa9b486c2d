import type { GalleyApi } from '@shared/contract'
import { call } from '../api/call'
import type { FromWorker, ToWorker } from './protocol'

/** The spell-checker the editor asks: which words are wrong, what to write instead, and the house list. */
export interface SpellChecker {
  /** The words of `words` that are misspelled (neither in the dictionary nor the house list). */
  check(words: readonly string[]): Promise<ReadonlySet<string>>
  suggest(word: string): Promise<readonly string[]>
  /** Adds a word to the library's house list; every window's checker accepts it from then on. */
  addWord(word: string): Promise<void>
}

let loading: Promise<SpellChecker> | null = null

/**
 * The one spell-checker of this window, made on first use: the dictionary comes from main (the
 * one Galley ships, never downloaded) with the library's house words, and nspell works in a
 * worker, so neither the dictionary nor the checker is in the window's first bundle.
 */
export function loadSpellChecker(api: GalleyApi): Promise<SpellChecker> {
  loading ??= start(api)
  loading.catch(() => {
    loading = null
  })
  return loading
}

async function start(api: GalleyApi): Promise<SpellChecker> {
  if (typeof Worker === 'undefined') throw new Error('This window cannot run a spell-checker')
  const { aff, dic, words } = await call(api, 'profile:spelling', {})
  const worker = new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module' })
  const send = (m: ToWorker) => worker.postMessage(m)
  const waiting = new Map<number, (m: FromWorker) => void>()
  let next = 1
  const ready = new Promise<void>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data
      if (m.type === 'ready') resolve()
      else if (m.type === 'failed') reject(new Error(m.message))
      else {
        waiting.get(m.id)?.(m)
        waiting.delete(m.id)
      }
    }
    worker.onerror = (e) => reject(new Error(e.message || 'The spell-checker did not start'))
  })
  send({ type: 'init', aff, dic, words })
  await ready
  const ask = (make: (id: number) => ToWorker) =>
    new Promise<FromWorker>((resolve) => {
      const id = next++
      waiting.set(id, resolve)
      send(make(id))
    })
  return {
    async check(list) {
      const m = await ask((id) => ({ type: 'check', id, words: list }))
      return new Set(m.type === 'checked' ? m.wrong : [])
    },
    async suggest(word) {
      const m = await ask((id) => ({ type: 'suggest', id, word }))
      return m.type === 'suggested' ? m.suggestions : []
    },
    async addWord(word) {
      const { words: saved } = await call(api, 'profile:addWord', { word })
      for (const w of saved) send({ type: 'add', word: w })
    },
  }
}
