export * from './domain'
export * from './export'
export * from './spotter'
export { splitSentences, maskInlineMarkdown, type SentenceSpan } from './sentences'
