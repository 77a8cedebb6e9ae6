'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { recheckSource } from '@/lib/actions/recheck-source'
import { watchSource } from '@/lib/actions/watch-source'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import styles from './source-watch-panel.module.css'

type Props = { sourceId: string; isWatched: boolean; canToggle: boolean; canRecheck: boolean }

/** Start or stop watching a source, and fetch it again now (which opens the capture's progress page). */
export function SourceWatchForms({ sourceId, isWatched, canToggle, canRecheck }: Props) {
  const [watched, toggle] = useActionState(watchSource, INITIAL_FORM_STATE)
  const [rechecked, recheck] = useActionState(recheckSource, INITIAL_FORM_STATE)
  return (
    <>
      <FormAlert state={rechecked.message ? rechecked : watched} />
      <div className={styles.actions}>
        {canToggle ? (
          <form action={toggle} noValidate>
            <input type="hidden" name="sourceId" value={sourceId} />
            <input type="hidden" name="isWatched" value={isWatched ? 'false' : 'true'} />
            <SubmitButton pending={isWatched ? 'Stopping…' : 'Starting…'} quiet={isWatched}>
              {isWatched ? 'Stop watching' : 'Watch for changes'}
            </SubmitButton>
          </form>
        ) : null}
        {canRecheck ? (
          <form action={recheck} noValidate>
            <input type="hidden" name="sourceId" value={sourceId} />
            <SubmitButton pending="Queuing…" quiet>
              Re-check now
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </>
  )
}
