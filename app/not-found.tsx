import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="notice">
      <h1>Page not found</h1>
      <p>There is no published page at this address. It may have been mistyped, or it is not published.</p>
      <p>
        <Link href="/">See the latest checked claims</Link>
      </p>
    </section>
  )
}
