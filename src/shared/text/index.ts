export { clampSpan, contains, containsOffset, overlaps, spanLength, type Span } from './spans'
export {
  paragraphAt,
  paragraphs,
  paragraphUnits,
  trimmedEnd,
  type Paragraph,
  type ParagraphUnit,
} from './paragraphs'
export { countWords } from './words'
export {
  escapeRegExp,
  firstName,
  foldedSurname,
  nameRegExp,
  nameWords,
  sameName,
  surname,
} from './names'
