export { CONTEXT_CHARS, createAnchor, type TextAnchor } from './anchor'
export { buildOffsetMap, type Mapped, type OffsetMap } from './offset-map'
export { reanchor, type AnchorStatus, type Reanchored, type ReanchorOptions } from './reanchor'
