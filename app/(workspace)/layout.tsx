import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { WorkspaceNav } from '@/components/workspace-nav'
import { getCurrentUser } from '@/lib/auth/session'

export const metadata: Metadata = { robots: { index: false, follow: false } }

// Layouts do not re-run on every navigation, so each page still checks who is asking.
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser()
  return (
    <>
      {user ? <WorkspaceNav user={user} /> : null}
      {children}
    </>
  )
}
