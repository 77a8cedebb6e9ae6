import type { ClaimPage } from '@/lib/data/public/claims'
import { formatDay, isoDay } from '@/lib/format'
import styles from './claim-corrections.module.css'

export function ClaimCorrections({ corrections }: { corrections: ClaimPage['corrections'] }) {
  return (
    <section aria-labelledby="corrections-heading" className={styles.corrections}>
      <h2 id="corrections-heading">Corrections</h2>
      <ul>
        {corrections.map((correction) => (
          <li key={correction.id}>
            <time dateTime={isoDay(correction.publishedAt!)}>{formatDay(correction.publishedAt!)}</time>: {correction.correctionNote}
          </li>
        ))}
      </ul>
    </section>
  )
}
