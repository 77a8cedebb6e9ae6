export {
  figureInterval,
  formatInterval,
  intervalContains,
  intervalsOverlap,
  normalisedInterval,
  type ComparableFigure,
  type Interval,
} from './interval'
export { relateFigures, relationsOf, type Relation, type RelationKind } from './relate'
export { neighbourSteps } from './steps'
export { describeRelation, summariseQuantity, SUMMARY_SENTENCES, type DescribedFigure, type SummaryCounts } from './summary'
export { unitDimension, type Dimension } from './units'
