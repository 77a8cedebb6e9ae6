export { contentHash } from './content-hash'
export { extractArticle, MIN_ARTICLE_WORDS, type ExtractedArticle } from './extract-article'
export { ImportError, type ImportFailure } from './import-error'
export { markdownToText, type MarkdownText } from './markdown-to-text'
export { normalizeLine, normalizeText } from './normalize-text'
export {
  MAX_INPUT_LENGTH,
  MAX_TEXT_LENGTH,
  sourceTextFrom,
  type SourceFormat,
  type SourceText,
  type SourceUpload,
} from './read-upload'
