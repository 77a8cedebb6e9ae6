import type { Metadata } from 'next'
import Link from 'next/link'
import { CheckRequestForm } from '@/components/check-request-form'

export const metadata: Metadata = {
  title: 'Suggest a claim to check',
  description: 'Tell Claimtrail’s reviewers about a claim you would like checked. No account needed.',
  alternates: { canonical: '/suggest' },
}

export default function SuggestPage() {
  return (
    <article className="prose">
      <h1>Suggest a claim to check</h1>
      <p>
        Saw a number or a statement you doubt? Tell us. Our reviewers read every request and choose claims by the rules on
        the <Link href="/methodology">methodology</Link> page. We cannot check everything, and we do not publish requests.
      </p>
      <CheckRequestForm />
    </article>
  )
}
