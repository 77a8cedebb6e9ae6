import Link from 'next/link'
import type { ChangeListItem } from '@/lib/data/workspace/pending-changes'
import { askerName } from '@/lib/labels/capture'
import sourceImportNotice from './source-import-notice.module.css'

/** On a source's or figure's page: the changes to it that wait for an editor, while the public reads it as it is. */
export function WaitingChanges({ changes }: { changes: ChangeListItem[] }) {
  if (changes.length === 0) return null
  return (
    <div className={`${sourceImportNotice.readerNotice} form__success`} role="status">
      <p>The public still reads this as it is. Waiting for an editor other than the proposer:</p>
      <ul>
        {changes.map((change) => (
          <li key={change.id}>
            <Link href={`/review/changes/${change.id}`}>{change.label}</Link>, proposed by {askerName(change.proposedBy)}
          </li>
        ))}
      </ul>
    </div>
  )
}
