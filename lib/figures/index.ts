export { ABOUT_TOLERANCE, NEARLY_TOLERANCE } from './qualifiers'
export { findFigures, parseFigure } from './find-figures'
export type {
  FigureDirection,
  FigureQualifier,
  FoundFigure,
  ParsedFigure,
} from './types'
