// Made-up drafts for the comparison's tests: Markdown as a draft has it, and a revision of it
// with words changed, a paragraph moved, one gone and one new.
const WORDS = (
  'the council said budget ferry fares rise study trial weeks expert board research shows ' +
  'results data program university week month year brand product serum clinic patients'
).split(' ')

/** A deterministic made-up draft of about `words` words, with the Markdown a draft has. */
export function madeUpDraft(words: number, seed = 1): string {
  let s = seed
  const rand = () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)] as string
  const paras = ['# A made-up feature']
  for (let left = words, i = 0; left > 0; i++) {
    if (i % 12 === 11) paras.push(`## Part ${i}`)
    const n = Math.min(left, 40 + Math.floor(rand() * 60))
    const w = Array.from({ length: n }, pick)
    w[3] = `*${w[3]}*`
    w[9] = `[${w[9]}](https://example.com/${i})`
    w[15] = `${Math.floor(rand() * 100)}%,`
    paras.push(`${w.join(' ')}. “${pick()} ${pick()},” said Dr. Quell${i % 9}.`)
    left -= n
  }
  return paras.join('\n\n') + '\n'
}

/** `text` with about 3% of its words changed, one paragraph moved, one gone, one new. */
export function madeUpEdit(text: string, seed = 2): string {
  let s = seed
  const rand = () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
  const paras = text
    .replace(/[a-z]+/g, (w) => {
      const r = rand()
      return r < 0.015 ? 'revised' : r < 0.022 ? `${w} newly` : r < 0.03 ? '' : w
    })
    .split('\n\n')
  const moved = paras.splice(3, 1)
  paras.splice(paras.length - 4, 0, ...moved)
  paras.splice(7, 1, 'A paragraph written for this revision, with nothing like it before.')
  paras.splice(12, 1)
  return paras.join('\n\n')
}
