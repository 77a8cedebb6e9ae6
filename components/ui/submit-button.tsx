'use client'

import { useFormStatus } from 'react-dom'
import type { ReactNode } from 'react'

/** A submit button that says it is working while its form's action runs. */
export function SubmitButton({ children, pending, quiet, name, value }: { children: ReactNode; pending: string; quiet?: boolean; name?: string; value?: string }) {
  const status = useFormStatus()
  return (
    <button type="submit" className={quiet ? 'button button--quiet' : 'button'} disabled={status.pending} name={name} value={value}>
      {status.pending ? pending : children}
    </button>
  )
}
