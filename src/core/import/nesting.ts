// The nesting guard lives in shared/text, so the renderer checks a body before parsing it too.
export {
  MAX_INLINE_RUN,
  MAX_NESTING_MARKERS,
  MAX_NESTING_WORK,
  measureNesting,
  nestingProblem,
  type Nesting,
} from '@shared/text/nesting'
