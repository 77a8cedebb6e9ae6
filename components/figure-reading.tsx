import type { ParsedFigure } from '@/lib/figures'
import { readingWords, type ReadingWords } from '@/lib/figures/reading-words'
import styles from './figure-reading.module.css'

const FIELDS: ReadonlyArray<[keyof ReadingWords, string]> = [
  ['statedAs', 'Stated as'],
  ['bounds', 'Bounds'],
  ['unit', 'Unit'],
  ['period', 'Period'],
]

/** How the importer read a suggested figure, field by field, as Accept will pre-fill the form. */
export function FigureReading({ figure }: { figure: ParsedFigure }) {
  const words = readingWords(figure)
  return (
    <dl className={styles.figureReading} aria-label="Read as">
      {FIELDS.map(([field, label]) => (
        <div key={field}>
          <dt>{label}</dt>
          <dd>{words[field]}</dd>
        </div>
      ))}
    </dl>
  )
}
