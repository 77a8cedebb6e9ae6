import type { ParsedFigure } from '@/lib/figures'
import { readingWords } from '@/lib/figures/reading-words'
import styles from './figure-reading.module.css'

/** How the importer read a suggested figure, field by field, as Accept will pre-fill the form. */
export function FigureReading({ figure }: { figure: ParsedFigure }) {
  const words = readingWords(figure)
  return (
    <dl className={styles.figureReading} aria-label="Read as">
      <div>
        <dt>Stated as</dt>
        <dd>{words.statedAs}</dd>
      </div>
      <div>
        <dt>Bounds</dt>
        <dd>{words.bounds}</dd>
      </div>
      <div>
        <dt>Unit</dt>
        <dd>{words.unit}</dd>
      </div>
      <div>
        <dt>Period</dt>
        <dd>{words.period}</dd>
      </div>
    </dl>
  )
}
