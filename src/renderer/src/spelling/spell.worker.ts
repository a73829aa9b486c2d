// The spell-checker, off the window's thread: nspell reading the dictionary Galley ships takes a
// second or two, and suggestions for a word take tens of milliseconds each.
import NSpell from 'nspell'
import { spelledRight } from '@shared/spelling/words'
import type { FromWorker, ToWorker } from './protocol'

let spell: NSpell | null = null
const house = new Set<string>()

// A dedicated worker's postMessage takes one argument; the DOM typings describe the window's.
const scope = self as unknown as { postMessage(m: FromWorker): void }
const post = (m: FromWorker) => scope.postMessage(m)

/** Suggestions for a word, with the capitals it was written with ("Recieve" → "Receive"). */
function suggest(word: string): string[] {
  if (!spell) return []
  const plain = word.replace(/’/g, "'")
  const capital = /^\p{Lu}/u.test(plain)
  const out: string[] = []
  for (const s of spell.suggest(plain)) {
    const cased = capital ? s.charAt(0).toUpperCase() + s.slice(1) : s
    if (!out.includes(cased)) out.push(cased)
    if (out.length === 6) break
  }
  return out
}

onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data
  if (m.type === 'init') {
    try {
      spell = new NSpell(m.aff, m.dic)
      for (const w of m.words) house.add(w.toLowerCase())
      post({ type: 'ready' })
    } catch (err) {
      post({ type: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
  } else if (m.type === 'add') {
    house.add(m.word.toLowerCase())
  } else if (m.type === 'check') {
    const checker = spell
    const wrong = checker
      ? m.words.filter((w) => !spelledRight(w, (x) => checker.correct(x), house))
      : []
    post({ type: 'checked', id: m.id, wrong })
  } else {
    post({ type: 'suggested', id: m.id, suggestions: suggest(m.word) })
  }
}
