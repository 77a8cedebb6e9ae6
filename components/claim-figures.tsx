import Link from 'next/link'
import { QuotePagesLink } from '@/components/quote-pages-link'
import type { ClaimPage } from '@/lib/data/public/claims'
import type { Dispute } from '@/lib/data/public/quantities'
import { formatNumber } from '@/lib/format'
import styles from './claim-figures.module.css'
import figureList from './figure-list.module.css'

const QUALIFIER_WORDS = {
  EXACT: '',
  AT_LEAST: 'at least ',
  MORE_THAN: 'more than ',
  AT_MOST: 'at most ',
  FEWER_THAN: 'fewer than ',
  ABOUT: 'about ',
  RANGE: '',
} as const


type Props = {
  figures: ClaimPage['figures']
  /** Figure id → who disagrees with it, for figures in an open conflict (see disputedFigures). */
  disputed: Map<string, Dispute>
}

function DisputeNote({ dispute }: { dispute: Dispute | undefined }) {
  if (!dispute) return null
  return (
    <p className={styles.dispute}>
      {dispute.isWithOtherSource ? 'Other sources give a different figure for the same period. ' : null}
      {dispute.isWithinSource ? 'This source gives another figure for the same period that disagrees with it. ' : null}
      <Link href={`/quantities/${dispute.quantitySlug}`}>Compare the figures</Link>
    </p>
  )
}

export function ClaimFigures({ figures, disputed }: Props) {
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">Figures in this claim</h2>
      <table className={figureList.figures}>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Measures</th>
            <th scope="col">When</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id}>
              <td>
                {figure.qualifier === 'RANGE' && figure.low && figure.high
                  ? `${formatNumber(figure.low.toNumber())} to ${formatNumber(figure.high.toNumber())}`
                  : `${QUALIFIER_WORDS[figure.qualifier]}${figure.value ? formatNumber(figure.value.toNumber()) : ''}`}{' '}
                {figure.unit}
                {figure.derivation ? <span className={figureList.figureDerivation}>derived: {figure.derivation}</span> : null}
              </td>
              <td>
                <Link href={`/quantities/${figure.quantity.slug}`}>{figure.quantity.name}</Link>
                <DisputeNote dispute={disputed.get(figure.id)} />
              </td>
              <td>{figure.periodLabel ?? '—'}</td>
              <td>
                <a href={`/sources/${figure.quote.snapshot.source.id}#q-${figure.quote.id}`}>{figure.quote.snapshot.source.title}</a>
                {figure.quote.pdf ? (
                  <>
                    , <QuotePagesLink pdf={figure.quote.pdf} />
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
