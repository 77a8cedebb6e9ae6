import type { ClaimPage } from '@/lib/data/public/claims'
import { formatDay, isoDay } from '@/lib/format'

export function ClaimCorrections({ corrections }: { corrections: ClaimPage['corrections'] }) {
  return (
    <section aria-labelledby="corrections-heading" className="corrections">
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
