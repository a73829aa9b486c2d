export { applyDecisions, touched } from './apply'
export { diffRevisions } from './engine'
export { classify } from './substantive'
export type * from './types'
