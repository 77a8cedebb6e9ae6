import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/sign-in-form'
import { getCurrentUser } from '@/lib/auth/session'
import { safeReturnPath } from '@/lib/auth/return-path'

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> }

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams
  const returnTo = safeReturnPath(callbackUrl)
  if (await getCurrentUser()) redirect('/review')
  return (
    <section className="narrow">
      <h1>Sign in to the workspace</h1>
      <p>For reviewers, editors and admins. Reading Claimtrail needs no account.</p>
      <SignInForm callbackUrl={returnTo} />
    </section>
  )
}
