import { DiffLegend, DiffText } from '@/components/word-diff'
import { formatNumber } from '@/lib/format'
import type { ComparisonPart, DiffPart, TextComparison } from '@/lib/text-diff/word-diff'
import styles from './source-comparison.module.css'

type Props = { comparison: TextComparison; from: number; to: number }

const words = (n: number, what = 'word') => `${formatNumber(n)} ${what}${n === 1 ? '' : 's'}`

type Block = { kind: 'text'; parts: DiffPart[] } | { kind: 'skipped'; words: number }

/** The changes with their context, one block each, between the collapsed runs of unchanged words. */
function blocks(parts: ComparisonPart[]): Block[] {
  const result: Block[] = []
  for (const part of parts) {
    const last = result.at(-1)
    if (part.kind === 'skipped') result.push(part)
    else if (last?.kind === 'text') last.parts.push(part)
    else result.push({ kind: 'text', parts: [part] })
  }
  return result
}

function Summary({ comparison, from, to }: Props) {
  if (comparison.status === 'too-different') {
    return (
      <p className={styles.warning} role="status">
        Versions {from} and {to} differ in too many places to compare word by word in the {words(comparison.timeLimitMs / 1000, 'second')} a comparison may take (
        {words(comparison.wordsBefore)} in version {from}, {words(comparison.wordsAfter)} in version {to}).
      </p>
    )
  }
  if (from === to) return <p className="meta">Both sides are version {from}; choose two different versions.</p>
  if (comparison.changes === 0) return <p className="meta">No words differ between versions {from} and {to}; only spacing or line breaks do.</p>
  return (
    <>
      <p>
        From version {from} to version {to}: {words(comparison.wordsAdded)} added and {words(comparison.wordsRemoved)} removed, in {formatNumber(comparison.changes)}{' '}
        {comparison.changes === 1 ? 'place' : 'places'}. Unchanged text is shortened to a few words either side of each change.
      </p>
      {comparison.wholeParagraphRuns > 0 ? (
        <p className={styles.warning}>
          {comparison.wholeParagraphRuns === 1 ? 'One run of paragraphs' : `${formatNumber(comparison.wholeParagraphRuns)} runs of paragraphs`} could not be compared word by word in time
          and {comparison.wholeParagraphRuns === 1 ? 'is' : 'are'} shown whole, removed and then added.
        </p>
      ) : null}
      <DiffLegend />
    </>
  )
}

/** Two versions of a source's text word by word, as compareTexts found them. */
export function SourceComparison(props: Props) {
  const { comparison } = props
  return (
    <section aria-labelledby="comparison-heading" className={styles.comparison}>
      <h2 id="comparison-heading">Changes, word by word</h2>
      <Summary {...props} />
      {comparison.status === 'compared' && comparison.changes > 0 ? (
        <div className={`card ${styles.text}`}>
          {blocks(comparison.parts).map((block, index) =>
            block.kind === 'skipped' ? (
              <p key={index} className={styles.skipped}>
                … {words(block.words, 'unchanged word')} …
              </p>
            ) : (
              <p key={index} className={styles.passage}>
                <DiffText parts={block.parts} />
              </p>
            ),
          )}
        </div>
      ) : null}
    </section>
  )
}
