export { ABOUT_TOLERANCE, NEARLY_TOLERANCE } from './qualifiers'
export { findFigures, parseFigure, type ReadingContext } from './find-figures'
export type {
  FigureDirection,
  FigurePeriod,
  FigureQualifier,
  FoundFigure,
  ParsedFigure,
} from './types'
