import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { VerdictCompare } from '@/components/verdict-compare'
import { VerdictPeople } from '@/components/verdict-people'
import { VerdictStatusBadge } from '@/components/verdict-status'
import { DiffLegend } from '@/components/word-diff'
import { requirePermission } from '@/lib/auth/session'
import { getRevisionPair, toComparable } from '@/lib/data/workspace/verdicts'
import { idSchema } from '@/lib/validations/params'
import { compareRevisions } from '@/lib/verdicts/compare'
import styles from './page.module.css'

export const metadata: Metadata = { title: 'Compare revisions' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string | string[] }> }

/** Revision 2 and up: revision 1 has nothing before it. */
const revisionSchema = z.coerce.number().int().min(2).max(10_000)

export default async function CompareRevisionsPage({ params, searchParams }: Props) {
  const { id: rawId } = await params
  const { revision: rawRevision } = await searchParams
  const user = await requirePermission('workspace.view', `/review/claims/${rawId}/verdict/compare?revision=${String(rawRevision ?? '')}`)
  const id = idSchema.safeParse(rawId)
  const revision = revisionSchema.safeParse(rawRevision)
  const pair = id.success && revision.success ? await getRevisionPair(user, id.data, revision.data) : null
  if (!pair) notFound()
  const { claim, older, newer } = pair
  const comparison = compareRevisions(toComparable(older), toComparable(newer))
  return (
    <>
      <header>
        <p className="eyebrow">
          <Link href={`/review/claims/${claim.id}/verdict`}>Verdict</Link>
        </p>
        <h1>
          Revision {newer.revision} compared with revision {older.revision}
        </h1>
        <p className={styles.verdictCompareClaim}>{claim.text}</p>
        <div className={styles.verdictComparePeople}>
          {[older, newer].map((row) => (
            <section key={row.id} aria-labelledby={`people-${row.revision}`}>
              <h2 id={`people-${row.revision}`} className={styles.verdictCompareRevision}>
                Revision {row.revision} <VerdictStatusBadge status={row.status} isSuperseded={row.supersededAt !== null} />
              </h2>
              <VerdictPeople revision={row} />
            </section>
          ))}
        </div>
        <DiffLegend />
      </header>
      <VerdictCompare comparison={comparison} />
    </>
  )
}
