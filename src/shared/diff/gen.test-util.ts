// Generators of multi-paragraph texts and random edits for the property tests.
import fc from 'fast-check'

export interface Word {
  w: string
  punct: string
  space: string
}
export interface Doc {
  paras: Word[][]
  seps: string[]
  tail: string
}

const SEPS = ['\n\n', '\n\n', '\n\n\n', '  \n\n', '\n \n']

/** A document whose words are all distinct (w0, W1, 2…), so a diff of it has one explanation. */
export const uniqueDoc = (): fc.Arbitrary<Doc> =>
  fc
    .record({
      paras: fc.array(
        fc.array(
          fc.record({ style: fc.nat(9), punct: fc.constantFrom('', '', '', ',', '.', '“', '”') }),
          {
            minLength: 1,
            maxLength: 9,
          },
        ),
        { minLength: 1, maxLength: 7 },
      ),
      seps: fc.array(fc.constantFrom(...SEPS), { minLength: 7, maxLength: 7 }),
      tail: fc.constantFrom('', '\n'),
    })
    .map(({ paras, seps, tail }) => {
      let k = 0
      return {
        paras: paras.map((p) =>
          p.map((x) => ({ w: word(k++, x.style), punct: x.punct, space: ' ' })),
        ),
        seps: seps.slice(0, paras.length - 1),
        tail,
      }
    })

/** A document over a tiny vocabulary: repeated words everywhere. */
export const repetitiveDoc = (): fc.Arbitrary<Doc> =>
  fc
    .record({
      paras: fc.array(
        fc.array(
          fc.record({
            w: fc.constantFrom('the', 'a', 'cat', 'Dog', '5', 'sat', '“no”', 'x'),
            punct: fc.constantFrom('', '', ',', '.'),
            space: fc.constantFrom(' ', ' ', '  ', '\n'),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        { minLength: 1, maxLength: 6 },
      ),
      seps: fc.array(fc.constantFrom(...SEPS), { minLength: 6, maxLength: 6 }),
      tail: fc.constantFrom('', '\n', '\n\n'),
    })
    .map(({ paras, seps, tail }) => ({ paras, seps: seps.slice(0, paras.length - 1), tail }))

function word(k: number, style: number): string {
  if (style === 0) return `W${k}`
  if (style === 1) return `${k}`
  return `w${k}`
}

export function render(d: Doc): string {
  const paras = d.paras.map((p) =>
    p.map((x, i) => `${x.w}${x.punct}${i < p.length - 1 ? x.space : ''}`).join(''),
  )
  return paras.map((p, i) => p + (i < paras.length - 1 ? (d.seps[i] ?? '\n\n') : d.tail)).join('')
}

export type Edit = { kind: number; a: number; b: number; c: number }
export const edits = (): fc.Arbitrary<Edit[]> =>
  fc.array(fc.record({ kind: fc.nat(9), a: fc.nat(100), b: fc.nat(100), c: fc.nat(9) }), {
    maxLength: 8,
  })

/** Apply random edits; new words get fresh ids starting at `fresh` so they stay unique. */
export function edit(d: Doc, list: readonly Edit[], fresh = 10_000): Doc {
  const paras = d.paras.map((p) => p.map((x) => ({ ...x })))
  const seps = [...d.seps]
  let k = fresh
  for (const e of list) {
    if (paras.length === 0) break
    const pi = e.a % paras.length
    const p = paras[pi] as Word[]
    const wi = e.b % Math.max(1, p.length)
    const w = p[wi]
    switch (e.kind) {
      case 0:
      case 1:
        if (w) w.w = word(k++, e.c)
        break
      case 2:
        p.splice(wi, 0, { w: word(k++, e.c), punct: '', space: ' ' })
        break
      case 3:
        if (p.length > 1) p.splice(wi, 1)
        break
      case 4:
        if (w) w.punct = w.punct === ',' ? '' : ','
        break
      case 5:
        if (w) w.space = w.space === ' ' ? '  ' : ' '
        break
      case 6:
        paras.splice(pi, 0, [
          { w: word(k++, e.c), punct: '.', space: ' ' },
          { w: word(k++, 2), punct: '', space: ' ' },
        ])
        seps.splice(pi, 0, '\n\n')
        break
      case 7:
        if (paras.length > 1) {
          paras.splice(pi, 1)
          seps.splice(Math.min(pi, seps.length - 1), 1)
        }
        break
      default: {
        const [moved] = paras.splice(pi, 1)
        const to = e.b % (paras.length + 1)
        if (moved) paras.splice(to, 0, moved)
      }
    }
  }
  while (seps.length < paras.length - 1) seps.push('\n\n')
  return { paras, seps: seps.slice(0, Math.max(0, paras.length - 1)), tail: d.tail }
}
