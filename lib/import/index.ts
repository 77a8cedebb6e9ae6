export { contentHash } from './content-hash'
export { extractArticle, MIN_ARTICLE_WORDS, type ExtractedArticle } from './extract-article'
export {
  byCheckWorthiness,
  MAX_SENTENCE_LENGTH,
  MIN_SENTENCE_WORDS,
  scoreSentence,
  type CheckWorthiness,
} from './check-worthiness'
export { findFigureSuggestions, findSuggestions, type Suggestion, type SuggestionKind } from './find-suggestions'
export { ImportError, type ImportFailure } from './import-error'
export { markdownToText, type MarkdownText } from './markdown-to-text'
export { normalizeLine, normalizeText } from './normalize-text'
export { originalRow, pageRows, pastedOriginal, UPLOAD_MEDIA_TYPES, type SnapshotContent, type SourceOriginalInput } from './original'
export { readPageMetadata, type PageMetadata } from './page-metadata'
export {
  MAX_INPUT_LENGTH,
  MAX_TEXT_LENGTH,
  sourceTextFrom,
  type SourceFormat,
  type SourceText,
  type SourceUpload,
} from './read-upload'
export { reanchorQuotes, type ReanchoredQuote, type StoredQuote } from './reanchor-quotes'
