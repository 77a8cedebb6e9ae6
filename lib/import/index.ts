export { contentHash } from './content-hash'
export { ImportError, type ImportFailure } from './import-error'
export { normalizeLine, normalizeText } from './normalize-text'
