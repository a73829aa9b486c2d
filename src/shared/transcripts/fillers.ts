/** Filler words dropped from speech without changing its meaning. Always fillers. */
export const HARD_FILLERS = new Set(['um', 'uh', 'uhm', 'umm', 'er', 'erm', 'ah', 'hmm', 'mm'])

/**
 * Words that are fillers only when set off by a comma ("it's promising, you know, but"):
 * elsewhere they carry meaning ("behaves like a retinoid").
 */
export const SOFT_FILLERS: readonly (readonly string[])[] = [
  ['you', 'know'],
  ['i', 'mean'],
  ['sort', 'of'],
  ['kind', 'of'],
  ['you', 'see'],
  ['like'],
  ['well'],
  ['basically'],
  ['actually'],
  ['honestly'],
  ['really'],
  ['so'],
  ['okay'],
  ['ok'],
  ['right'],
]
