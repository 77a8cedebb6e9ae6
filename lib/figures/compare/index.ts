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
export { describeRelation, summariseQuantity, type DescribedFigure } from './summary'
export { unitDimension, type Dimension } from './units'
