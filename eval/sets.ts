/**
 * The labelled sets kept in eval/ that have been read while tuning the analysers (spent: measured
 * once, then read), in the order the real-article bench text takes them. A measure-only set is
 * never listed here until it is measured: nobody working on the analysers may read or run it
 * before its one measurement, and a failing test would print its sentences. (`eval/blind9` was
 * measured at the end of round 27 and may now join.)
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
