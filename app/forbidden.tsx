import Link from 'next/link'

export default function Forbidden() {
  return (
    <section className="notice">
      <h1>Not allowed</h1>
      <p>Your account does not have permission to open this page. An admin can change your role.</p>
      <p>
        <Link href="/review">Back to the workspace</Link>
      </p>
    </section>
  )
}
