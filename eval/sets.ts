/**
 * The labelled sets kept in eval/ that have been read while tuning the analysers (spent: measured
 * once, then read), in the order the real-article bench text takes them. A measure-only set
 * (`eval/blind9` now) is never listed here: nobody working on the analysers may read or run it
 * before its one measurement, and a failing test would print its sentences.
 */
export const READ_SETS = [
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'fresh',
  'articles',
  'holdout',
] as const
