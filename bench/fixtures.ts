const WORDS = (
  'the council said budget ferry fares rise percent study skin kelp serum clinical trial ' +
  'within weeks expert board certified dermatologist recommends product brand ambassador ' +
  'research shows experts say always never only most effective gentler than retinol causes ' +
  'boosts hydration barrier week month year university institute program data results'
).split(' ')

/** Deterministic pseudo-random numbers so every run measures the same text. */
export function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** A Markdown article of about `words` words in paragraphs of 60–120 words. */
export function article(words: number, seed = 1): string {
  const rand = rng(seed)
  const paras: string[] = ['# Generated feature']
  let left = words
  while (left > 0) {
    const n = Math.min(left, 60 + Math.floor(rand() * 60))
    const w: string[] = []
    for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(rand() * WORDS.length)] ?? 'word')
    paras.push(`${w.join(' ')}.`)
    left -= n
  }
  return paras.join('\n\n') + '\n'
}
