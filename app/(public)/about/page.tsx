import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = {
  title: 'About and contact',
  description: 'Who runs Claimtrail, how it works, and how to reach us.',
  alternates: { canonical: '/about' },
}

export default function AboutPage() {
  return (
    <article className="prose">
      <h1>About Claimtrail</h1>
      <p>
        Claimtrail is a fact-checking knowledge base. We keep the checkable claims made in articles and reports, each traced to
        the exact words of a preserved copy of its source, with the figures sources give, the verdicts our reviewers reach,
        and every correction since.
      </p>
      <h2>Who does the work</h2>
      <p>
        Reviewers import sources, mark the passages that make a claim or state a figure, and draft verdicts with their evidence.
        Editors approve or return those drafts, never their own, and publish them. The rules they follow are on
        the <Link href="/methodology">methodology</Link> page.
      </p>
      <h2>Using our work</h2>
      <p>
        Every claim page is linkable and carries schema.org ClaimReview data. Published claims, sources and figures are also
        available as a feed (<a href="/feed.xml">Atom</a>) and as read-only JSON under <code>/api/v1/</code>.
      </p>
      <h2 id="contact">Contact</h2>
      <p>
        To ask us to check a claim, use the <Link href="/suggest">request form</Link>; no account is needed. If you think we got
        something wrong, send the claim’s address and what you believe is wrong through the same form: every message reaches
        our reviewers, and any change we make appears on the <Link href="/corrections">corrections</Link> page.
      </p>
    </article>
  )
}
