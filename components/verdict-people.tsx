import type { VerdictRevision } from '@/lib/data/verdicts'
import { formatMoment } from '@/lib/format'

function When({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatMoment(date)}</time>
}

/** Who wrote, edited, approved and published a revision, and when. */
export function VerdictPeople({ revision }: { revision: VerdictRevision }) {
  return (
    <dl className="verdict-people">
      <dt>Written by</dt>
      <dd>
        {revision.author.name}, <When date={revision.createdAt} />
      </dd>
      <dt>Last edited by</dt>
      <dd>
        {revision.lastEditedBy.name}, <When date={revision.updatedAt} />
      </dd>
      {revision.submittedAt ? (
        <>
          <dt>Submitted</dt>
          <dd>
            <When date={revision.submittedAt} />
          </dd>
        </>
      ) : null}
      {revision.approvedBy && revision.approvedAt ? (
        <>
          <dt>Approved by</dt>
          <dd>
            {revision.approvedBy.name}, <When date={revision.approvedAt} />
          </dd>
        </>
      ) : null}
      {revision.publishedBy && revision.publishedAt ? (
        <>
          <dt>Published by</dt>
          <dd>
            {revision.publishedBy.name}, <When date={revision.publishedAt} />
          </dd>
        </>
      ) : null}
      {revision.supersededAt ? (
        <>
          <dt>Replaced</dt>
          <dd>
            <When date={revision.supersededAt} />
          </dd>
        </>
      ) : null}
    </dl>
  )
}
