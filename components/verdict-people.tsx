import type { VerdictRevision } from '@/lib/data/workspace/verdicts'
import { formatMoment } from '@/lib/format'
import styles from './verdict-people.module.css'

function When({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatMoment(date)}</time>
}

function Role({ label, name, date }: { label: string; name: string; date: Date }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {name}, <When date={date} />
      </dd>
    </>
  )
}

/**
 * Who wrote, last edited, approved and published a revision, each with their own time; everyone
 * who changed it when that is more than its author; and the correction that replaced it.
 */
export function VerdictPeople({ revision }: { revision: VerdictRevision }) {
  const { contributors, supersededBy } = revision
  return (
    <dl className={styles.verdictPeople}>
      <Role label="Written by" name={revision.author.name} date={revision.createdAt} />
      <Role label="Last edited by" name={revision.lastEditedBy.name} date={revision.lastEditedAt} />
      {contributors.some((item) => item.userId !== revision.authorId) ? (
        <>
          <dt>Changed by</dt>
          <dd>
            <ul className={styles.contributors}>
              {contributors.map((item) => (
                <li key={item.userId}>
                  {item.user.name}, last <When date={item.lastChangedAt} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {revision.submittedAt ? (
        <>
          <dt>Submitted</dt>
          <dd>
            <When date={revision.submittedAt} />
          </dd>
        </>
      ) : null}
      {revision.approvedBy && revision.approvedAt ? <Role label="Approved by" name={revision.approvedBy.name} date={revision.approvedAt} /> : null}
      {revision.publishedBy && revision.publishedAt ? <Role label="Published by" name={revision.publishedBy.name} date={revision.publishedAt} /> : null}
      {supersededBy ? (
        <>
          <dt>Superseded by</dt>
          <dd>
            revision {supersededBy.revision}, written by {supersededBy.authorName}, published <When date={supersededBy.publishedAt} />
          </dd>
        </>
      ) : revision.supersededAt ? (
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
